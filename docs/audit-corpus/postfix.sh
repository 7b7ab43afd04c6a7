#!/bin/sh
# ossl-lint audit of postfix (vdukhovni/postfix 17830e5c13c160d51c95cb971d137a46de84e48c, 2026-08-22,
# postfix-3.12-20260821; a GitHub mirror of Wietse Venema's releases, the newest commit of the stored
# snapshot on 2026-12-03): src/tls/tls_bio_ops.c (tls_bio(), the one retry loop that runs SSL_connect,
# SSL_accept, SSL_read, SSL_write and SSL_shutdown for the tls library, through function-pointer parameters
# that the tls_bio_* macros of tls.h fill), its callers tls_client.c, tls_server.c, tls_session.c,
# tls_stream.c, the error printer and info callback in tls_misc.c, and tlsproxy(8)'s own non-blocking engine
# src/tlsproxy/tlsproxy.c (the only other SSL I/O in the tree) with tlsproxy_state.c (its destructor)
# No configure, no config header: the flags are the CC line of src/tls/Makefile after `make makefiles
#   CCARGS='-DUSE_TLS -DNO_DB -DNO_NIS' AUXLIBS='-lssl -lcrypto' default_database_type=texthash
#   default_cache_db_type=texthash` (no Berkeley DB on the machine) plus -D$(SYSTYPE) (warnings left out);
#   nothing is built, so ../../include (which `make update` fills with copies of each library's public
#   headers) is replaced by -I of those libraries' source directories; the script needs no generated file
# usage: postfix.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/postfix (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/postfix" ] || { echo "$0: $R/postfix: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/postfix/src/postfix/src
exec "$B" "$@" -j2 $S/tls/tls_bio_ops.c $S/tls/tls_client.c $S/tls/tls_server.c $S/tls/tls_session.c \
  $S/tls/tls_stream.c $S/tls/tls_misc.c $S/tlsproxy/tlsproxy.c $S/tlsproxy/tlsproxy_state.c \
  -- -DLINUX6 -I$S/util -I$S/global -I$S/dns -I$S/tls -I$S/master -I$S/tlsproxy -DUSE_TLS -DNO_DB -DNO_NIS \
  -DHAS_DEV_URANDOM -DHAS_PCRE=2 -DSNAPSHOT -DDEF_CACHE_DB_TYPE=\"texthash\" -DDEF_DB_TYPE=\"texthash\" \
  -UUSE_DYNAMIC_LIBS -DDEF_SHLIB_DIR=\"no\" -UUSE_DYNAMIC_MAPS
