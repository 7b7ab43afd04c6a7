#!/bin/sh
# ossl-lint audit of ucspi-ssl (fehQlibs/ucspi-ssl has no snapshot here; its GitHub copy
# github.com/Safari77/ucspi-ssl-fehcom, branch master: Erwin Hoffmann's (fehcom) release 0.95b)
# b44b1769584ce93eeec188f3c8e203fdea23b97b (2015-11-27, "import
# http://www.fehcom.de/ipnet/ucspi-ssl/ucspi-ssl-0.95b.tgz")
# usage: ucspi-ssl.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/ucspi-ssl (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/ucspi-ssl/src, then in src/src: echo $R/ucspi-ssl/src > home (what package/compile writes)
# and make iopause.h uint64.h uint32.h select.h hasflock.h hassgact.h hassgprm.h hasshsgr.h
# haswaitp.h haveip6.h (djb-style try-and-choose headers; nothing else is built); the flags are
# those of the generated ./compile script (conf-cc "auto": gcc -O2 and warnings, no -D; conf-ssl's
# -I /usr/kerberos/include only when tryssl.c fails to compile, which it does not) plus -I for
# src; no -std: gcc's default gnu17
# Files: the OpenSSL layer (ucspissl.a): src/ssl_io.c (ssl_io: the select-driven relay pumping
# SSL_read/SSL_write classified with SSL_get_error, SSL_shutdown), src/ssl_timeoutaccept.c and
# src/ssl_timeoutconn.c (the non-blocking SSL_accept/SSL_connect loops classified with
# SSL_get_error), src/ssl_error.c (ssl_error: drains the queue through ERR_get_error),
# src/ucspissl.c (the global ssl_errno), src/ssl_new.c (SSL_new, BIO_new_socket, SSL_set_bio),
# src/ssl_context.c, src/ssl_certkey.c, src/ssl_chainfile.c, src/ssl_ca.c, src/ssl_cca.c,
# src/ssl_ciphers.c, src/ssl_params.c (the SSL_CTX's setup: the calls before the handshake),
# src/ssl_verify.c (peer certificate checks between handshake and ssl_io); their callers, two
# programs in one run: src/sslserver.c (doit: ssl_timeoutaccept, ssl_verify, ssl_io,
# ssl_error_str) and src/sslclient.c (main: ssl_timeoutconn, ssl_verify, ssl_io, ssl_error),
# and their helper src/strerr_die.c (strerr_die, behind every strerr_die*x: it _exit()s, so the
# failures of ssl_new, ssl_certkey, ... end their paths).
# Left out: src/ssl_env.c (ssl_server_env/ssl_client_env, no TLS I/O; it reads OpenSSL 1.0's
# struct internals, X509_NAME, SSL_SESSION, X509, and does not parse against OpenSSL 3.0) and
# src/sslhandle.c (sslperl's copy of sslserver.c's doit, a third program whose build needs
# Perl's embedding headers; it makes the same ssl_* calls).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/ucspi-ssl" ] || { echo "$0: $R/ucspi-ssl: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/ucspi-ssl/src
exec "$BIN" "$@" -j2 \
  $S/src/ssl_io.c $S/src/ssl_timeoutaccept.c $S/src/ssl_timeoutconn.c $S/src/ssl_error.c \
  $S/src/ucspissl.c $S/src/ssl_new.c $S/src/ssl_context.c $S/src/ssl_certkey.c \
  $S/src/ssl_chainfile.c $S/src/ssl_ca.c $S/src/ssl_cca.c $S/src/ssl_ciphers.c \
  $S/src/ssl_params.c $S/src/ssl_verify.c $S/src/sslserver.c $S/src/sslclient.c \
  $S/src/strerr_die.c \
  -- -I$S/src
