/* pwd.h: the user database. WasmOS has one user, root (uid 0, gid 0, home
 * /home, shell /bin/sh), who owns everything; there is no /etc/passwd. */
#ifndef _PWD_H
#define _PWD_H

#include <stddef.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct passwd {
    char *pw_name;
    char *pw_passwd;
    uid_t pw_uid;
    gid_t pw_gid;
    char *pw_gecos;
    char *pw_dir;
    char *pw_shell;
};

/* The entry, or NULL (errno unchanged) when there is no such user. */
struct passwd *getpwnam(const char *name);
struct passwd *getpwuid(uid_t uid);
/* Fill `entry`, its strings in `buffer`: 0 with *result set (NULL if no
 * such user), or ERANGE when `size` is too small. */
int getpwnam_r(const char *name, struct passwd *entry, char *buffer, size_t size, struct passwd **result);
int getpwuid_r(uid_t uid, struct passwd *entry, char *buffer, size_t size, struct passwd **result);

/* Walks the database: root, then NULL. */
struct passwd *getpwent(void);
void setpwent(void);
void endpwent(void);

#ifdef __cplusplus
}
#endif

#endif
