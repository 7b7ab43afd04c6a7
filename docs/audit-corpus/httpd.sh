#!/bin/sh
# ossl-lint audit of httpd 0cb680442ecaa6118cc610b5ecc6e824330bf61a (2024-10-18)
# usage: httpd.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/httpd (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/httpd/src, then in src:
#   apt-get install -y libapr1-dev libaprutil1-dev libpcre2-dev
#   ./buildconf --with-apr=/usr/bin/apr-1-config --with-apr-util=/usr/bin/apu-1-config
#   ./configure --with-apr=/usr/bin/apr-1-config --with-apr-util=/usr/bin/apu-1-config --enable-ssl
#   (flags below are those of `make -n ssl_engine_io.slo` in modules/ssl and `make -n ab.o` in support)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/httpd" ] || { echo "$0: $R/httpd: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/httpd/src
M=$S/modules/ssl
exec "$BIN" "$@" -j2 \
  $M/ssl_engine_io.c $M/ssl_engine_kernel.c $M/ssl_engine_init.c \
  $M/ssl_util.c $M/ssl_util_ssl.c $M/ssl_util_stapling.c $M/ssl_util_ocsp.c \
  $M/ssl_engine_log.c $M/ssl_engine_vars.c $M/ssl_engine_ocsp.c $M/ssl_engine_pphrase.c \
  $M/ssl_engine_config.c $M/ssl_engine_mutex.c $M/ssl_engine_rand.c $M/ssl_scache.c $M/mod_ssl.c \
  $S/support/ab.c \
  -- -DLINUX -D_REENTRANT -D_GNU_SOURCE -I$M -I$S/os/unix -I$S/include -I/usr/include/apr-1.0 \
  -I$S/modules/loggers -I$S/modules/proxy -I$S/modules/http2 -I$S/modules/md \
  -I$S/modules/arch/unix -I$S/modules/generators -I$S/server -I$S/modules/mappers -I$S/support
