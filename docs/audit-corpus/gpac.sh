#!/bin/sh
# ossl-lint audit of gpac (github.com/gpac/gpac, branch master) d34570e3d994ede1f7fa84075fea793f8939308e (2026-08-06, "fuzz: xmt mem fixes")
# usage: gpac.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/gpac (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libnghttp2-dev libcurl4-openssl-dev
# zlib1g-dev): git archive --prefix=src/ of the commit into $R/gpac (the tree is $R/gpac/src),
# then in src: ./configure (defaults; it finds OpenSSL, nghttp2 and libcurl, not ngtcp2/nghttp3,
# and writes src/config.h: GPAC_HAS_SSL, GPAC_HAS_HTTP2, GPAC_HAS_CURL); nothing is built; the
# flags are the Makefile's CFLAGS (-I include, config.mak's OPTFLAGS less the warnings)
# Files: libgpac's HTTP(S) downloader: src/utils/downloader_ssl.c (the client and server TLS
# contexts, gf_ssl_try_connect's SSL_connect, gf_ssl_new's SSL_accept, gf_ssl_write's SSL_write
# and gf_ssl_read_data's SSL_read, classified with SSL_get_error), src/utils/downloader.c (the
# download sessions: dm_sess_write, gf_dm_read_data, the connect/request/response state machine
# that calls them, the SSL_shutdown on close), downloader_nghttp2.c (HTTP/2 over those reads and
# writes), downloader_hmux.c, downloader_cache.c and downloader_curl.c (the rest of the
# downloader), src/utils/rmt_ws.c (the remotery WebSocket server over the same sessions),
# src/filters/out_http.c (the HTTP server output filter: gf_ssl_new on accepted sockets),
# src/ietf/rtsp_session.c and rtsp_common.c (RTSP over TLS: SSL_connect, SSL_write, SSL_read of
# their own, classified with SSL_get_error) and src/utils/os_net.c (the sockets gf_sk_*)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/gpac" ] || { echo "$0: $R/gpac: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/gpac/src
exec "$BIN" "$@" -j2 \
  $S/src/utils/downloader_ssl.c $S/src/utils/downloader.c $S/src/utils/downloader_nghttp2.c \
  $S/src/utils/downloader_hmux.c $S/src/utils/downloader_cache.c $S/src/utils/downloader_curl.c \
  $S/src/utils/rmt_ws.c $S/src/filters/out_http.c $S/src/ietf/rtsp_session.c \
  $S/src/ietf/rtsp_common.c $S/src/utils/os_net.c \
  -- -I$S/include -I$S -DGPAC_HAVE_CONFIG_H -O3 -fno-strict-aliasing -fstack-protector-strong \
  -fwrapv -fPIC -DPIC -msse2 -DNDEBUG -std=gnu99 -fvisibility=hidden
