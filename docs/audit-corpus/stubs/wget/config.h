/* hand-written for the ossl-lint audit: wget from git has no configure script and no gnulib */
#define HAVE_LIBSSL 1
#define ENABLE_IPV6 1
#define HAVE_STDINT_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_STDBOOL_H 1
#define HAVE_UNISTD_H 1
#define HAVE_SYS_IOCTL_H 1
#define HAVE_SIGNAL_H 1
#define HAVE_STRING_H 1
#define HAVE_STDLIB_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_TERMIOS_H 1
#define HAVE_SYMLINK 1
#define HAVE_ISATTY 1
#define HAVE_USLEEP 1
#define HAVE_NANOSLEEP 1
#define HAVE_STRUCT_UTIMBUF 1
#define HAVE_UTIME_H 1
#define SIZEOF_OFF_T 8
#define SIZEOF_LONG 8
#define SIZEOF_LONG_LONG 8
#define SIZEOF_INT 4
#define SIZEOF_SHORT 2
#define SIZEOF_SIZE_T 8
#define PACKAGE "wget"
#define PACKAGE_NAME "wget"
#define VERSION "1.24.5"
#define OS_TYPE "linux-gnu"
#define _GNU_SOURCE 1
#define HAVE_NETINET_IN_H 1
#define HAVE_ARPA_INET_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_NETDB_H 1
#define _GL_UNUSED __attribute__((__unused__))
#define _GL_ATTRIBUTE_FORMAT(x)
#define _GL_ATTRIBUTE_PURE
#define _GL_ATTRIBUTE_CONST
#define _GL_ATTRIBUTE_MALLOC
#define _GL_ATTRIBUTE_NODISCARD
#define _GL_ATTRIBUTE_MAYBE_UNUSED
#define _Noreturn __attribute__((noreturn))
