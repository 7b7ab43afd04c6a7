#!/bin/sh
# ossl-lint audit of pgmoneta (github.com/pgmoneta/pgmoneta, branch main; a backup and restore
# tool for PostgreSQL in C, taken instead of Bacula, whose src/lib/tls.c and BSOCK callers are C++
# (the .c files are compiled with $(CXX): BSOCK::...) in every mirror here, bacula-org/bacula having
# no snapshot) 200fc35d849220462cd837751aca224359f2089e (2026-08-22, "Leave room for the
# terminator when reading a password (#1255)")
# usage: pgmoneta.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/pgmoneta (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libev-dev zlib1g-dev libbz2-dev
# libzstd-dev liblz4-dev libarchive-dev libssh-dev libyaml-dev libsystemd-dev python3-docutils
# (rst2man)): git archive of the commit into $R/pgmoneta/src, then in src:
#   cmake -S . -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_BUILD_TYPE=Release
#   (only configures: no config header, the defines are on the command line; nothing is built);
#   the flags are the pgmoneta library's entry of build/compile_commands.json (-Werror and the
#   warnings left out), used for the programs' units too (theirs differ by -fPIE and
#   -Dpgmoneta_EXPORTS only)
# Files: the whole library src/libpgmoneta/*.c (message.c: pgmoneta_read_*/pgmoneta_write_*
# over SSL_read/SSL_write classified with SSL_get_error; security.c: the server side's and the
# PostgreSQL client side's SSL_connect/SSL_accept and the TLS context; management.c, console.c,
# http.c, prometheus.c: the management, console, HTTP and metrics endpoints over TLS; the
# workers, WAL streaming and backup workflows that call them) and the programs src/main.c
# (pgmoneta), src/cli.c (pgmoneta-cli), src/admin.c, src/walinfo.c and src/walfilter.c
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/pgmoneta" ] || { echo "$0: $R/pgmoneta: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/pgmoneta/src
exec "$BIN" "$@" -j2 \
  $S/src/libpgmoneta/*.c $S/src/main.c $S/src/cli.c $S/src/admin.c $S/src/walinfo.c $S/src/walfilter.c \
  -- -Dpgmoneta_EXPORTS -I$S/src/include -DHAVE_CRC32_SSE42 -msse4.2 -fstack-protector-strong -fPIC \
  -O3 -DNDEBUG -DHAVE_LINUX -D_POSIX_C_SOURCE=200809L -DHAVE_EXECINFO_H -DHAVE_SYSTEMD -g -std=c17 \
  -D__USE_ISOC11 -D_GNU_SOURCE -DPGMONETA_MAJOR_VERSION=0 -DPGMONETA_MINOR_VERSION=22 \
  -DPGMONETA_PATCH_VERSION=0 '-DPGMONETA_VERSION="0.22.0"' -O2
