#!/bin/sh
# ossl-lint audit of httperf (github.com/httperf/httperf, branch master)
# de8cd6ad8a79779a0cb74a4aa2175afa9e24df57 (2020-12-06, "Merge pull request #72 from
# 55abhilash/master")
# usage: httperf.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/httperf (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev autoconf automake libtool): git archive
# of the commit into $R/httperf/src, then in src: autoreconf -fi and ./configure (no options:
# only configures: writes config.h with HAVE_EPOLL, HAVE_OPENSSL_SSL_H; nothing is built); the
# flags are src/Makefile's (DEFS -DHAVE_CONFIG_H, DEFAULT_INCLUDES -I. -I$(top_builddir), the
# -DHAVE_SSL that configure adds to CFLAGS when libssl links, AM_CFLAGS -I src -I src/gen
# -I src/lib -I src/stat; the union of the three libraries' include paths); no -std: gcc's
# default gnu17
# Files: the whole httperf program (httperf_SOURCES, libgen, libstat, libutil but getopt.c and
# the generic containers), since its callers are event handlers: src/core.c (do_send: SSL_writev;
# do_recv: SSL_read, both tested only for <= 0 and errno; core_ssl_connect: SSL_set_fd and the
# non-blocking SSL_connect classified with SSL_get_error, ERR_print_errors_fp; core_close:
# SSL_shutdown), src/lib/ssl_writev.c (SSL_writev: SSL_write of the gathered iovec), src/conn.c
# (conn_init: SSL_new, SSL_set_tlsext_host_name, SSL_set_cipher_list), src/httperf.c (main: the
# SSL_CTX and its verify paths, certificate and key), and the callers: src/call.c, src/sess.c,
# src/object.c, src/localevent.c (event_signal, through which core.c's events reach the
# handlers), src/http.c, src/timer.c (conn_timeout and the generators' timers), src/gen/*.c
# (the workload generators calling core_connect/core_send/core_close from event handlers and
# timers) and src/stat/*.c (statistics handlers).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/httperf" ] || { echo "$0: $R/httperf: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/httperf/src
exec "$BIN" "$@" -j2 \
  $S/src/core.c $S/src/lib/ssl_writev.c $S/src/conn.c $S/src/httperf.c $S/src/call.c \
  $S/src/sess.c $S/src/object.c $S/src/localevent.c $S/src/http.c $S/src/timer.c \
  $S/src/gen/call_seq.c $S/src/gen/conn_rate.c $S/src/gen/misc.c $S/src/gen/rate.c \
  $S/src/gen/session.c $S/src/gen/uri_fixed.c $S/src/gen/uri_wlog.c $S/src/gen/uri_wset.c \
  $S/src/gen/wsess.c $S/src/gen/wsesslog.c $S/src/gen/wsesspage.c $S/src/gen/sess_cookie.c \
  $S/src/stat/basic.c $S/src/stat/sess_stat.c $S/src/stat/print_reply.c \
  -- -DHAVE_CONFIG_H -DHAVE_SSL -I$S/src -I$S -I$S/src/gen -I$S/src/lib -I$S/src/stat
