/* grp.c: the group database, which holds the one group, root (grp.h). */
#include <errno.h>
#include <grp.h>
#include <stdint.h>
#include <string.h>

/* Fills `entry` with root's group, its strings and member list (empty) in
 * `buffer`; ERANGE if they do not fit. */
static int fill_root(struct group *entry, char *buffer, size_t size) {
    /* The member list (one NULL pointer) first, aligned for a pointer. */
    size_t skip = (_Alignof(char *) - (uintptr_t)buffer % _Alignof(char *)) % _Alignof(char *);
    static const char strings[] = "root\0x";
    if (size < skip + sizeof(char *) + sizeof strings)
        return ERANGE;
    char **members = (char **)(void *)(buffer + skip);
    members[0] = NULL;
    char *text = memcpy(buffer + skip + sizeof(char *), strings, sizeof strings);
    entry->gr_name = text;
    entry->gr_passwd = text + 5;
    entry->gr_gid = 0;
    entry->gr_mem = members;
    return 0;
}

static int lookup(int found, struct group *entry, char *buffer, size_t size, struct group **result) {
    *result = NULL;
    if (!found)
        return 0;
    int error = fill_root(entry, buffer, size);
    if (error)
        return error;
    *result = entry;
    return 0;
}

int getgrnam_r(const char *name, struct group *entry, char *buffer, size_t size, struct group **result) {
    return lookup(name && strcmp(name, "root") == 0, entry, buffer, size, result);
}

int getgrgid_r(gid_t gid, struct group *entry, char *buffer, size_t size, struct group **result) {
    return lookup(gid == 0, entry, buffer, size, result);
}

static struct group static_entry;
static char *static_buffer[8];

struct group *getgrnam(const char *name) {
    struct group *result;
    int error = getgrnam_r(name, &static_entry, (char *)static_buffer, sizeof static_buffer, &result);
    if (error)
        errno = error;
    return result;
}

struct group *getgrgid(gid_t gid) {
    struct group *result;
    int error = getgrgid_r(gid, &static_entry, (char *)static_buffer, sizeof static_buffer, &result);
    if (error)
        errno = error;
    return result;
}

static int position;

struct group *getgrent(void) {
    if (position > 0)
        return NULL;
    position++;
    return getgrgid(0);
}

void setgrent(void) {
    position = 0;
}

void endgrent(void) {
    position = 0;
}

int getgrouplist(const char *user, gid_t group, gid_t *groups, int *count) {
    (void)user;
    /* glibc lists `group` first, then the user's other groups: root's is 0. */
    int needed = group == 0 ? 1 : 2;
    int capacity = *count;
    if (capacity > 0)
        groups[0] = group;
    if (needed == 2 && capacity > 1)
        groups[1] = 0;
    *count = needed;
    return needed <= capacity ? needed : -1;
}
