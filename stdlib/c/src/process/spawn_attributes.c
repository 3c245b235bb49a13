/* spawn_attributes.c: posix_spawnattr_t, the attributes posix_spawn honours. */
#include <errno.h>
#include <spawn.h>

#define KNOWN_FLAGS (POSIX_SPAWN_RESETIDS | POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)

int posix_spawnattr_init(posix_spawnattr_t *attributes) {
    attributes->__flags = 0;
    attributes->__group = 0;
    attributes->__default_signals = 0;
    attributes->__signal_mask = 0;
    return 0;
}

int posix_spawnattr_destroy(posix_spawnattr_t *attributes) {
    (void)attributes;
    return 0;
}

int posix_spawnattr_setflags(posix_spawnattr_t *attributes, short flags) {
    if (flags & ~KNOWN_FLAGS)
        return EINVAL;
    attributes->__flags = flags;
    return 0;
}

int posix_spawnattr_getflags(const posix_spawnattr_t *attributes, short *flags) {
    *flags = attributes->__flags;
    return 0;
}

int posix_spawnattr_setpgroup(posix_spawnattr_t *attributes, pid_t group) {
    if (group < 0)
        return EINVAL;
    attributes->__group = group;
    return 0;
}

int posix_spawnattr_getpgroup(const posix_spawnattr_t *attributes, pid_t *group) {
    *group = attributes->__group;
    return 0;
}

int posix_spawnattr_setsigdefault(posix_spawnattr_t *attributes, const sigset_t *signals) {
    attributes->__default_signals = *signals;
    return 0;
}

int posix_spawnattr_getsigdefault(const posix_spawnattr_t *attributes, sigset_t *signals) {
    *signals = attributes->__default_signals;
    return 0;
}

int posix_spawnattr_setsigmask(posix_spawnattr_t *attributes, const sigset_t *signals) {
    attributes->__signal_mask = *signals;
    return 0;
}

int posix_spawnattr_getsigmask(const posix_spawnattr_t *attributes, sigset_t *signals) {
    *signals = attributes->__signal_mask;
    return 0;
}
