/* regerror.c: the messages of regcomp's and regexec's error codes (glibc's). */
#include <regex.h>
#include <string.h>

static const char *const messages[] = {
    [REG_NOERROR] = "Success",
    [REG_NOMATCH] = "No match",
    [REG_BADPAT] = "Invalid regular expression",
    [REG_ECOLLATE] = "Invalid collation character",
    [REG_ECTYPE] = "Invalid character class name",
    [REG_EESCAPE] = "Trailing backslash",
    [REG_ESUBREG] = "Invalid back reference",
    [REG_EBRACK] = "Unmatched [, [^, [:, [., or [=",
    [REG_EPAREN] = "Unmatched ( or \\(",
    [REG_EBRACE] = "Unmatched \\{",
    [REG_BADBR] = "Invalid content of \\{\\}",
    [REG_ERANGE] = "Invalid range end",
    [REG_ESPACE] = "Memory exhausted",
    [REG_BADRPT] = "Invalid preceding regular expression",
    [REG_EEND] = "Premature end of regular expression",
    [REG_ESIZE] = "Regular expression too big",
    [REG_ERPAREN] = "Unmatched ) or \\)",
};

size_t regerror(int error, const regex_t *regex, char *buffer, size_t size) {
    (void)regex;
    const char *message = error >= 0 && error < (int)(sizeof messages / sizeof messages[0])
                              ? messages[error]
                              : "Unknown error";
    size_t length = strlen(message) + 1;
    if (size > 0) {
        size_t copied = length < size ? length : size;
        memcpy(buffer, message, copied - 1);
        buffer[copied - 1] = '\0';
    }
    return length;
}
