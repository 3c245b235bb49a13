/* errno.c: the errno variable and the messages of strerror(). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

int errno;

static const char *message_for(int error_number) {
    switch (error_number) {
    case 0: return "Success";
    case EPERM: return "Operation not permitted";
    case ENOENT: return "No such file or directory";
    case ESRCH: return "No such process";
    case EINTR: return "Interrupted system call";
    case EIO: return "Input/output error";
    case ENXIO: return "No such device or address";
    case E2BIG: return "Argument list too long";
    case ENOEXEC: return "Exec format error";
    case EBADF: return "Bad file descriptor";
    case ECHILD: return "No child processes";
    case EAGAIN: return "Resource temporarily unavailable";
    case ENOMEM: return "Cannot allocate memory";
    case EACCES: return "Permission denied";
    case EFAULT: return "Bad address";
    case ENOTBLK: return "Block device required";
    case EBUSY: return "Device or resource busy";
    case EEXIST: return "File exists";
    case EXDEV: return "Invalid cross-device link";
    case ENODEV: return "No such device";
    case ENOTDIR: return "Not a directory";
    case EISDIR: return "Is a directory";
    case EINVAL: return "Invalid argument";
    case ENFILE: return "Too many open files in system";
    case EMFILE: return "Too many open files";
    case ENOTTY: return "Inappropriate ioctl for device";
    case ETXTBSY: return "Text file busy";
    case EFBIG: return "File too large";
    case ENOSPC: return "No space left on device";
    case ESPIPE: return "Illegal seek";
    case EROFS: return "Read-only file system";
    case EMLINK: return "Too many links";
    case EPIPE: return "Broken pipe";
    case EDOM: return "Numerical argument out of domain";
    case ERANGE: return "Numerical result out of range";
    case EDEADLK: return "Resource deadlock avoided";
    case ENAMETOOLONG: return "File name too long";
    case ENOLCK: return "No locks available";
    case ENOSYS: return "Function not implemented";
    case ENOTEMPTY: return "Directory not empty";
    case ELOOP: return "Too many levels of symbolic links";
    case EOVERFLOW: return "Value too large for defined data type";
    case EMSGSIZE: return "Message too long";
    case ENOTSOCK: return "Socket operation on non-socket";
    case EILSEQ: return "Invalid or incomplete multibyte or wide character";
    case ENOTSUP: return "Operation not supported";
    case ETIMEDOUT: return "Connection timed out";
    case ENOTCAPABLE: return "Capabilities insufficient";
    default: return NULL;
    }
}

char *strerror(int error_number) {
    static char unknown[32];
    const char *message = message_for(error_number);
    if (message)
        return (char *)message;
    snprintf(unknown, sizeof unknown, "Unknown error %d", error_number);
    return unknown;
}

int strerror_r(int error_number, char *buffer, size_t size) {
    const char *message = message_for(error_number);
    char unknown[32];
    if (!message) {
        snprintf(unknown, sizeof unknown, "Unknown error %d", error_number);
        message = unknown;
    }
    size_t length = strlen(message);
    if (size == 0)
        return ERANGE;
    if (length >= size) {
        memcpy(buffer, message, size - 1);
        buffer[size - 1] = '\0';
        return ERANGE;
    }
    memcpy(buffer, message, length + 1);
    return message_for(error_number) ? 0 : EINVAL;
}
