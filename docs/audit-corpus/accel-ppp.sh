#!/bin/sh
# ossl-lint audit of accel-ppp (github.com/accel-ppp/accel-ppp, branch master)
# 89637ee2417fc7f42e4213d417da38aa814047e4 (2026-08-16, "Merge pull request #350 from
# nuclearcat/pptp-fixes")
# usage: accel-ppp.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/accel-ppp (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libpcre2-dev, cmake): git archive of the
# commit into $R/accel-ppp/src, then in $R/accel-ppp/build:
#   cmake ../src -DCMAKE_BUILD_TYPE=Debug   (only configures: writes build/config.h, included by
#   include/ap_net.h, and build/version.h; nothing is built); the flags are those of
#   build/accel-pppd/ctrl/sstp/CMakeFiles/sstp.dir/flags.make (C_DEFINES -DAP_SESSIONID_LEN=16
#   -DHAVE_LOGWTMP -DOPENSSL_API_COMPAT=0x10100000L -DPTHREAD_SPINLOCK -DRADIUS; -Dsstp_EXPORTS
#   and -DACCEL_PPP_VERSION="1.14.0" left out: no file of the run uses them; C_INCLUDES build, src,
#   accel-pppd/include, accel-pppd/ctrl/sstp; C_FLAGS -D_GNU_SOURCE -fno-strict-aliasing; no -std:
#   gcc's default gnu17), plus triton's -DHAVE_TIMERFD and -I accel-pppd/triton for its two files
# Files: the only OpenSSL I/O, the SSTP server accel-pppd/ctrl/sstp/sstp.c (ssl_stream_read/
# ssl_stream_write: ERR_clear_error, SSL_read/SSL_write over SSL_set_fd on a non-blocking socket
# in accept state, so the handshake runs inside them, classified by SSL_get_error;
# ssl_stream_close: SSL_shutdown; called through the stream->read/write/close pointers by the
# md handlers sstp_read/sstp_write/...); and the triton event loop that calls those handlers
# through h->ud->read/write (accel-pppd/triton/triton.c ctx_thread) and registers them
# (accel-pppd/triton/md.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/accel-ppp" ] || { echo "$0: $R/accel-ppp: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/accel-ppp/src
B=$R/accel-ppp/build
exec "$BIN" "$@" -j2 \
  $S/accel-pppd/ctrl/sstp/sstp.c $S/accel-pppd/triton/triton.c $S/accel-pppd/triton/md.c \
  -- -D_GNU_SOURCE -fno-strict-aliasing -DAP_SESSIONID_LEN=16 -DHAVE_LOGWTMP -DHAVE_TIMERFD \
  -DOPENSSL_API_COMPAT=0x10100000L -DPTHREAD_SPINLOCK -DRADIUS -I$B -I$S \
  -I$S/accel-pppd/include -I$S/accel-pppd/ctrl/sstp -I$S/accel-pppd/triton
