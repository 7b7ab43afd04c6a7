#!/bin/sh
# ossl-lint audit of pgagroal (github.com/agroal/pgagroal, branch main)
# 63c05cfaf6f3912949cc52fcc28e531ab59ad259 (2026-01-11)
# usage: pgagroal.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/pgagroal (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): apt-get install -y liburing-dev; git archive of the
#   commit into $R/pgagroal/src; nothing else (CMake writes no config header: the flags are
#   the Release flags of src/CMakeLists.txt on Linux, -DHAVE_LINUX -D_POSIX_C_SOURCE=200809L
#   -std=c17 -D__USE_ISOC11 -D_GNU_SOURCE -DHAVE_EXECINFO_H -DNDEBUG and the version macros;
#   libsystemd-dev absent, so no -DHAVE_SYSTEMD). Debian 12's liburing 2.3 lacks
#   IORING_TIMEOUT_MULTISHOT (liburing >= 2.5, which CMake asks for), used once in ev.c: it is
#   given its value from liburing 2.5's io_uring.h, (1U << 6).
# Files: the whole of libpgagroal (connection.c, management.c, message.c, network.c:
#   SSL_read/SSL_write with SSL_get_error; security.c: SSL_accept/SSL_connect, the SSL_CTX and
#   SSL setup, the client and server authentication; pool.c, worker.c, remote.c, prometheus.c,
#   pipeline_*.c: their callers; ev.c: the event loop that calls the accept callbacks) and the
#   four programs that link it (main.c pgagroal, cli.c pgagroal-cli, vault.c pgagroal-vault,
#   admin.c pgagroal-admin).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/pgagroal" ] || { echo "$0: $R/pgagroal: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/pgagroal/src/src
exec "$BIN" "$@" -j2 \
  $S/libpgagroal/aes.c $S/libpgagroal/art.c $S/libpgagroal/bzip2_compression.c \
  $S/libpgagroal/configuration.c $S/libpgagroal/connection.c $S/libpgagroal/deque.c \
  $S/libpgagroal/ev.c $S/libpgagroal/gzip_compression.c $S/libpgagroal/json.c \
  $S/libpgagroal/logging.c $S/libpgagroal/lz4_compression.c $S/libpgagroal/management.c \
  $S/libpgagroal/memory.c $S/libpgagroal/message.c $S/libpgagroal/network.c \
  $S/libpgagroal/pipeline_perf.c $S/libpgagroal/pipeline_session.c \
  $S/libpgagroal/pipeline_transaction.c $S/libpgagroal/pool.c $S/libpgagroal/prometheus.c \
  $S/libpgagroal/remote.c $S/libpgagroal/security.c $S/libpgagroal/server.c \
  $S/libpgagroal/shmem.c $S/libpgagroal/status.c $S/libpgagroal/tracker.c \
  $S/libpgagroal/utf8.c $S/libpgagroal/utils.c $S/libpgagroal/value.c \
  $S/libpgagroal/worker.c $S/libpgagroal/zstandard_compression.c \
  $S/main.c $S/cli.c $S/vault.c $S/admin.c \
  -- -std=c17 -D__USE_ISOC11 -D_GNU_SOURCE -DHAVE_LINUX -D_POSIX_C_SOURCE=200809L \
     -DHAVE_EXECINFO_H -DNDEBUG -DPGAGROAL_MAJOR_VERSION=2 -DPGAGROAL_MINOR_VERSION=0 \
     -DPGAGROAL_PATCH_VERSION=0 -DPGAGROAL_VERSION=\"2.0.0\" \
     "-DIORING_TIMEOUT_MULTISHOT=(1U << 6)" -I$S/include
