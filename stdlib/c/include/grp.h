/* grp.h: the group database: one group, root (gid 0), with no members
 * listed (its one user has it as primary group). */
#ifndef _GRP_H
#define _GRP_H

#include <stddef.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct group {
    char *gr_name;
    char *gr_passwd;
    gid_t gr_gid;
    char **gr_mem;
};

struct group *getgrnam(const char *name);
struct group *getgrgid(gid_t gid);
int getgrnam_r(const char *name, struct group *entry, char *buffer, size_t size, struct group **result);
int getgrgid_r(gid_t gid, struct group *entry, char *buffer, size_t size, struct group **result);

struct group *getgrent(void);
void setgrent(void);
void endgrent(void);

/* The groups of `user`: `group` and root's (they are the same). Fills up to
 * *count gids; returns how many there are, or -1 (with *count the number
 * needed) when they do not fit. */
int getgrouplist(const char *user, gid_t group, gid_t *groups, int *count);

#ifdef __cplusplus
}
#endif

#endif
