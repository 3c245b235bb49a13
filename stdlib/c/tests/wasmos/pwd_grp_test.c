/* pwd_grp_test.c: the user and group databases of WasmOS, which hold one
 * user, root (uid 0, home /home, shell /bin/sh), and its group. glibc's
 * answers come from the host's /etc/passwd, hence a .expected file. */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void show_user(const char *how, const struct passwd *entry) {
    if (!entry) {
        printf("%s: none\n", how);
        return;
    }
    printf("%s: %s:%s:%u:%u:%s:%s:%s\n", how, entry->pw_name, entry->pw_passwd, entry->pw_uid, entry->pw_gid,
           entry->pw_gecos, entry->pw_dir, entry->pw_shell);
}

static void show_group(const char *how, const struct group *entry) {
    if (!entry) {
        printf("%s: none\n", how);
        return;
    }
    printf("%s: %s:%s:%u: members", how, entry->gr_name, entry->gr_passwd, entry->gr_gid);
    for (char **member = entry->gr_mem; *member; member++)
        printf(" %s", *member);
    printf(" (end)\n");
}

int main(void) {
    show_user("getpwnam(root)", getpwnam("root"));
    show_user("getpwuid(getuid())", getpwuid(getuid()));
    errno = 0;
    struct passwd *nobody = getpwnam("nobody");
    printf("getpwnam(nobody): %s, errno %d\n", nobody ? "found" : "NULL", errno);
    show_user("getpwuid(1000)", getpwuid(1000));

    struct passwd entry, *result;
    char buffer[64];
    int error = getpwuid_r(0, &entry, buffer, sizeof buffer, &result);
    printf("getpwuid_r: %d, result is the entry %d\n", error, result == &entry);
    show_user("  entry", result);
    error = getpwnam_r("root", &entry, buffer, 8, &result);
    printf("getpwnam_r with 8 bytes: %s, result %s\n", error == ERANGE ? "ERANGE" : "other", result ? "set" : "NULL");
    error = getpwnam_r("daemon", &entry, buffer, sizeof buffer, &result);
    printf("getpwnam_r(daemon): %d, result %s\n", error, result ? "set" : "NULL");

    setpwent();
    int count = 0;
    struct passwd *each;
    while ((each = getpwent()))
        show_user("getpwent", each), count++;
    printf("getpwent gave %d\n", count);
    show_user("getpwent after the end", getpwent());
    setpwent();
    show_user("getpwent after setpwent", getpwent());
    endpwent();

    show_group("getgrnam(root)", getgrnam("root"));
    show_group("getgrgid(getgid())", getgrgid(getgid()));
    show_group("getgrnam(wheel)", getgrnam("wheel"));
    struct group group_entry, *group_result;
    char group_buffer[64];
    error = getgrgid_r(0, &group_entry, group_buffer + 1, sizeof group_buffer - 1, &group_result);
    printf("getgrgid_r (unaligned buffer): %d\n", error);
    show_group("  entry", group_result);
    error = getgrnam_r("root", &group_entry, group_buffer, 4, &group_result);
    printf("getgrnam_r with 4 bytes: %s\n", error == ERANGE ? "ERANGE" : "other");
    setgrent();
    count = 0;
    while (getgrent())
        count++;
    endgrent();
    printf("getgrent gave %d\n", count);

    gid_t groups[4];
    int group_count = 4;
    int listed = getgrouplist("root", 0, groups, &group_count);
    printf("getgrouplist(root, 0): %d, count %d, first %u\n", listed, group_count, groups[0]);
    group_count = 1;
    listed = getgrouplist("root", 5, groups, &group_count);
    printf("getgrouplist(root, 5) into 1: %d, needed %d, first %u\n", listed, group_count, groups[0]);
    return 0;
}
