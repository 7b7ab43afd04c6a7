#!/bin/sh
# ossl-lint audit of stud (github.com/bumptech/stud, branch master)
# 663d9c335d627e504e14ff91b84da4126035c6cd (2016-03-21, "game over"; the repository is archived,
# its unmerged branch ssl-error-queue-fix 10a7ff1 of 2012-12-21 is not audited)
# usage: stud.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/stud (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libev-dev): git archive of the commit into
# $R/stud/src; nothing to configure (plain Makefile, no config header); the flags are the
# Makefile's CFLAGS (-std=c99 -fno-strict-aliasing -D_GNU_SOURCE -I/usr/local/include) of the
# default build: no USE_SHARED_CACHE (it needs an ebtree checkout the tree does not have, so
# shctx.c is not built), no NO_CONFIG_FILE. stud.c was written for OpenSSL 0.9.8/1.0 and reads
# three structs that are opaque since 1.1 (stud.c:551 ctx->default_passwd_callback{,_userdata},
# :752 x509_entry->value, :1062-1063 ps->ssl->s3->flags): against 3.0's headers those are five
# "incomplete type" errors. A shim $R/stud/shim/ossl10-structs.h (mkdir -p $R/stud/shim && cp
# docs/audit-corpus/stubs/stud/ossl10-structs.h $R/stud/shim/), given with -include, includes
# <openssl/ssl.h> and <openssl/x509.h> and completes struct ssl_ctx_st, X509_name_entry_st,
# ssl3_state_st and ssl_st with just those members (1.0's names and types); it declares no
# function, so every OpenSSL call is the model's as in any 3.0 run
# Files: the default build's three objects. stud.c is the whole OpenSSL layer (init_openssl and
# the SNI callback, the libev callbacks client_handshake/ssl_read/ssl_write running
# SSL_do_handshake/SSL_read/SSL_write classified with SSL_get_error, handle_fatal_ssl_error,
# SSL_shutdown-free in shutdown_proxy, the clear side clear_read/clear_write, and main);
# ringbuffer.c (the buffers those callbacks fill and drain) and configuration.c (its
# config_parse_cli calls init_openssl() for --test) are its helpers and the other caller.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/stud" ] || { echo "$0: $R/stud: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/stud/src
exec "$BIN" "$@" -j2 \
  $S/stud.c $S/ringbuffer.c $S/configuration.c \
  -- -std=c99 -fno-strict-aliasing -D_GNU_SOURCE -I/usr/local/include \
  -include $R/stud/shim/ossl10-structs.h -I$S
