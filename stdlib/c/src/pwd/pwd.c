/* pwd.c: the user database, which holds the one user, root (pwd.h). */
#include <errno.h>
#include <pwd.h>
#include <stdint.h>
#include <string.h>

static const char *const user_strings[] = {"root", "x", "root", "/home", "/bin/sh"};
#define STRING_COUNT 5

/* Fills `entry` with root, its strings copied into `buffer`; ERANGE if they do not fit. */
static int fill_root(struct passwd *entry, char *buffer, size_t size) {
    char *fields[STRING_COUNT];
    size_t used = 0;
    for (int index = 0; index < STRING_COUNT; index++) {
        size_t length = strlen(user_strings[index]) + 1;
        if (size - used < length)
            return ERANGE;
        fields[index] = memcpy(buffer + used, user_strings[index], length);
        used += length;
    }
    entry->pw_name = fields[0];
    entry->pw_passwd = fields[1];
    entry->pw_uid = 0;
    entry->pw_gid = 0;
    entry->pw_gecos = fields[2];
    entry->pw_dir = fields[3];
    entry->pw_shell = fields[4];
    return 0;
}

static int lookup(int found, struct passwd *entry, char *buffer, size_t size, struct passwd **result) {
    *result = NULL;
    if (!found)
        return 0;
    int error = fill_root(entry, buffer, size);
    if (error)
        return error;
    *result = entry;
    return 0;
}

int getpwnam_r(const char *name, struct passwd *entry, char *buffer, size_t size, struct passwd **result) {
    return lookup(name && strcmp(name, "root") == 0, entry, buffer, size, result);
}

int getpwuid_r(uid_t uid, struct passwd *entry, char *buffer, size_t size, struct passwd **result) {
    return lookup(uid == 0, entry, buffer, size, result);
}

static struct passwd static_entry;
static char static_buffer[64];

struct passwd *getpwnam(const char *name) {
    struct passwd *result;
    int error = getpwnam_r(name, &static_entry, static_buffer, sizeof static_buffer, &result);
    if (error)
        errno = error;
    return result;
}

struct passwd *getpwuid(uid_t uid) {
    struct passwd *result;
    int error = getpwuid_r(uid, &static_entry, static_buffer, sizeof static_buffer, &result);
    if (error)
        errno = error;
    return result;
}

/* Where getpwent is in the database: 0 before root, 1 after it. */
static int position;

struct passwd *getpwent(void) {
    if (position > 0)
        return NULL;
    position++;
    return getpwuid(0);
}

void setpwent(void) {
    position = 0;
}

void endpwent(void) {
    position = 0;
}
