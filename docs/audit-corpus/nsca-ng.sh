#!/bin/sh
# ossl-lint audit of nsca-ng (github.com/weiss/nsca-ng, branch master)
# c253943470570cceb80c49b14ee2e3e10ca54ec3 (2026-02-26, "lib/wrapper.c: Fix error message")
# usage: nsca-ng.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/nsca-ng (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libev-dev libconfuse-dev libsystemd-dev
# libbsd-dev autoconf automake): git archive of the commit into $R/nsca-ng/src, then in src:
#   autoreconf --force --install && ./configure --enable-server   (only configures: writes
#   config.h; nothing is built; the system libev, not lib/ev); the flags are the Makefiles'
#   DEFS (-DHAVE_CONFIG_H), DEFAULT_INCLUDES (the top builddir, for config.h) and AM_CPPFLAGS
#   (-I lib, -I src/common; SYSCONFDIR/LOCALSTATEDIR with the default prefix /usr/local,
#   NSCA_VERSION with PACKAGE_VERSION 1.7); no -std: gcc's default gnu17
# Files: the whole OpenSSL layer is src/common/tls.c, shared by both programs (an event-driven
# non-blocking TLS client and server on libev: SSL_connect in connect_cb, SSL_accept in
# accept_ssl_cb, SSL_read in read_line/read_bytes, SSL_write in write_cb, SSL_shutdown in
# shutdown_cb, each classified by check_tls_error's SSL_get_error; log_tls_message drains the
# queue), with its helpers src/common/{log,buffer,util}.c and lib/wrappers.c; its callers: the
# server nsca-ng (src/server/server.c: the protocol handlers tls_read_line/tls_write/
# tls_shutdown, src/server/auth.c: the PSK callback check_psk, src/server/nsca-ng.c: main) and
# the client send_nsca (src/client/client.c, src/client/auth.c: set_psk, src/client/
# send_nsca.c: main). Two programs in one run: no function of one calls the other's. The Perl and
# Python bindings (perl/client.c, python/client.c: blocking SSL_read/SSL_write, no SSL_get_error)
# need those languages' headers and are skipped.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/nsca-ng" ] || { echo "$0: $R/nsca-ng: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/nsca-ng/src
exec "$BIN" "$@" -j2 \
  $S/src/common/tls.c $S/src/common/log.c $S/src/common/buffer.c $S/src/common/util.c \
  $S/lib/wrappers.c $S/src/server/server.c $S/src/server/auth.c $S/src/server/nsca-ng.c \
  $S/src/client/client.c $S/src/client/auth.c $S/src/client/send_nsca.c \
  -- -DHAVE_CONFIG_H -I$S -I$S/lib -I$S/src/common -DSYSCONFDIR=\"/usr/local/etc\" \
  -DLOCALSTATEDIR=\"/usr/local/var\" -DNSCA_VERSION=\"1.7\"
