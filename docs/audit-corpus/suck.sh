#!/bin/sh
# ossl-lint audit of suck (github.com/lazarus-pkgs/suck, branch master: the maintained fork of
# suck, the NNTP client that pulls news from a server into a local spool and posts back with
# rpost) e7bc085b22d65672196fbb6b0252f8d040df5134 (2024-03-20, "Release 4.3.5"); audited in place
# of tin, whose OpenSSL backend (src/nntps.c) does its TLS through an SSL BIO only
# (BIO_new_ssl, BIO_do_handshake, BIO_read_ex, BIO_write_ex: no SSL_read/SSL_write/SSL_connect
# in any .c file), in ThomasDickey/tin-beta-snapshots v2_6_5-20250919 and since nntps.c began
# usage: suck.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/suck (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev autoconf): git archive of the commit into
#   $R/suck/src, then in src:
#   autoreconf -fi && ./configure && make phrases.h DMALLOC_LD=.
#   (configure writes config.h and finds libssl: SSL_DEFS -DHAVE_LIBSSL; `make phrases.h` builds
#   the small makephrases tool and writes the generated phrases.h that both.c includes; the
#   DMALLOC_LD=. only keeps LDFLAGS' bare -L from swallowing the -o of that link; nothing else
#   is built); the flags are the Makefile's .c.o rule: CFLAGS -O2, SSL_DEFS -DHAVE_LIBSSL,
#   CPPFLAGS -I. and DEFS -DHAVE_CONFIG_H -DSUCK_VERSION="4.3.5" (GCC_FLAGS is empty); no -std:
#   gcc's default
# Files: both.c, the network layer the four programs share (connect_to_nntphost: SSL_CTX_new,
# SSL_new, SSL_set_fd and the blocking SSL_connect; disconnect_from_nntphost: SSL_shutdown,
# SSL_free; sputline: SSL_write; sgetline: SSL_read, whose result < 1 ends the line read as an
# error; nothing is classified with SSL_get_error), and the units that call it: suck.c, active.c,
# batch.c, xover.c, killfile.c and killprg.c (suck), rpost.c (rpost) and testhost.c (testhost)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/suck" ] || { echo "$0: $R/suck: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/suck/src
exec "$BIN" "$@" -j2 \
  $S/both.c $S/suck.c $S/active.c $S/batch.c $S/xover.c $S/killfile.c $S/killprg.c $S/rpost.c \
  $S/testhost.c \
  -- -O2 -DHAVE_LIBSSL -DHAVE_CONFIG_H '-DSUCK_VERSION="4.3.5"' -I$S
