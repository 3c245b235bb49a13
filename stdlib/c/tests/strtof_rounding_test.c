/* strtof_rounding_test.c: strtof must round the decimal string once, to
 * float, and never twice (to double and then to float). The inputs sit just
 * beside the halfway points between floats, where a double rounding lands
 * exactly on the midpoint and then goes the wrong way. The output must
 * match the host's glibc. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

static void show(const char *text) {
    errno = 0;
    char *end;
    float value = strtof(text, &end);
    printf("strtof(\"%s\") = %a (consumed %d, %s)\n", text, value, (int)(end - text),
           errno == ERANGE ? "ERANGE" : "no error");
}

int main(void) {
    static const char *const inputs[] = {
        ".7006492321624085e-45",
        "7.0064923216240854e-46",
        "7.00649232162408535461864791644958065640130970938257885878534141944895541342930300743319094181060791015625e-46",
        "7.006492321624085354618647916449580656401309709382578858785341419448955413429303007433190941810607910156251e-46",
        "340282356779733661637539395458142568447.9999999999999999999",
        "340282356779733661637539395458142568448",
        "340282356779733661637539395458142568448.0000000000000000001",
        "1.00000005960464477539062500000000001",
        "1.000000059604644775390625",
        "1.00000005960464477539062499999999999",
        "1.00000017881393432617187499999999999",
        "1.000000178813934326171875",
        "1.00000017881393432617187500000000001",
        "-1.00000017881393432617187499999999999",
        "1.1754942807573642917e-38",
        "1.17549428075736429e-38",
        "1.4012984643248170709e-45",
        "2.1019476964872256063e-45",
        "2.10194769648722560634e-45",
        "3.4028235677973366e38",
        "16777217.000000000001",
        "16777217",
        "16777219",
        "0.1",
        "1e-50",
        "1e39",
        "0x1.000001p0",
        "0x1.0000018p0",
        "nan",
        "-inf",
    };
    for (size_t index = 0; index < sizeof inputs / sizeof *inputs; index++)
        show(inputs[index]);
    return 0;
}
