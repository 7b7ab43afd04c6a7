#!/bin/sh
# ossl-lint audit of pgexporter (github.com/pgexporter/pgexporter, branch main) cfa0e298f58555215b93ca3d94ed49eeb294c1b0 (2026-07-20, "[#561] Support backend passwords/tokens longer than 256 characters")
# usage: pgexporter.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/pgexporter (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev zlib1g-dev libbz2-dev libzstd-dev
# liblz4-dev libyaml-dev libsqlite3-dev libsystemd-dev python3-docutils (rst2man)): git archive
# --prefix=src/ of the commit into $R/pgexporter (the tree is $R/pgexporter/src), then in src:
#   cmake -S . -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_BUILD_TYPE=Release
#   (only configures: no config header, the defines are on the command line; nothing is built;
#   Debian's liburing 2.3 is below the 2.5 it asks for, so the epoll backend); the flags are the
#   pgexporter library's entry of build/compile_commands.json (the warnings left out), used for
#   the programs' units too (theirs differ by -fPIE and -Dpgexporter_EXPORTS only)
# Files: the whole library src/libpgexporter/*.c (message.c: pgexporter_read_*/pgexporter_write_*
# over SSL_read/SSL_write classified with SSL_get_error; security.c: the PostgreSQL client side's
# and the management side's SSL_connect/SSL_accept and the TLS contexts; connection.c,
# management.c, console.c, http.c, http_server.c, prometheus.c, prometheus_client.c, bridge.c: the
# management, console, HTTP client and metrics/bridge endpoints over TLS; the queries and workers
# that call them) and the programs src/main.c (pgexporter), src/cli.c (pgexporter-cli),
# src/admin.c (pgexporter-admin) and src/config.c (pgexporter-config)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/pgexporter" ] || { echo "$0: $R/pgexporter: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/pgexporter/src
exec "$BIN" "$@" -j2 \
  $S/src/libpgexporter/*.c $S/src/main.c $S/src/cli.c $S/src/admin.c $S/src/config.c \
  -- -Dpgexporter_EXPORTS -I$S/src/include -fstack-protector-strong -fPIC -O3 -DNDEBUG \
  -DHAVE_LINUX -D_POSIX_C_SOURCE=200809L -DHAVE_EXECINFO_H -DHAVE_EPOLL_PWAIT2 -DHAVE_SYSTEMD -g \
  -std=c17 -D__USE_ISOC11 -D_GNU_SOURCE -DPGEXPORTER_MAJOR_VERSION=0 -DPGEXPORTER_MINOR_VERSION=9 \
  -DPGEXPORTER_PATCH_VERSION=0 '-DPGEXPORTER_VERSION="0.9.0"' -O2
