#!/bin/sh
# ossl-lint audit of uwsgi (github.com/unbit/uwsgi) 6cbb2177ae48af91d2799ff3135abda545cf634c (2025-09-21)
# usage: uwsgi.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/uwsgi (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/uwsgi/src; no configure step: the flags are
#   those `python3 uwsgiconfig.py --cflags` prints for buildconf/default.ini (Debian 12, OpenSSL 3.0),
#   less warnings/-O2 and the embedded-plugin lists; plugins build with the same flags
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/uwsgi" ] || { echo "$0: $R/uwsgi: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/uwsgi/src
exec "$BIN" "$@" -j2 \
  $S/core/ssl.c $S/core/uwsgi.c $S/core/legion.c $S/core/reader.c $S/core/writer.c \
  $S/core/sendfile.c $S/core/io.c $S/core/utils.c \
  $S/proto/base.c $S/proto/http.c $S/proto/uwsgi.c \
  $S/plugins/corerouter/corerouter.c $S/plugins/corerouter/cr_common.c $S/plugins/corerouter/cr_map.c \
  $S/plugins/http/http.c $S/plugins/http/https.c $S/plugins/http/keepalive.c $S/plugins/http/spdy3.c \
  $S/plugins/sslrouter/sslrouter.c \
  -- -I$S -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64 -DUWSGI_HAS_IFADDRS -DUWSGI_ZLIB \
     -DUWSGI_LOCK_USE_MUTEX -DUWSGI_EVENT_USE_EPOLL -DUWSGI_EVENT_TIMER_USE_TIMERFD \
     -DUWSGI_EVENT_FILEMONITOR_USE_INOTIFY -DUWSGI_UUID -DUWSGI_VERSION=\"2.1-dev\" \
     -DUWSGI_VERSION_BASE=2 -DUWSGI_VERSION_MAJOR=1 -DUWSGI_VERSION_MINOR=0 -DUWSGI_VERSION_REVISION=0 \
     -DUWSGI_VERSION_CUSTOM=\"dev\" -DUWSGI_YAML -DUWSGI_JSON -DUWSGI_SSL \
     -I/usr/include/libxml2 -DUWSGI_XML -DUWSGI_XML_LIBXML2 -DUWSGI_PLUGIN_DIR=\".\" \
     -DUWSGI_CFLAGS=\"\" -DUWSGI_BUILD_DATE=\"\" \
     -DUWSGI_DECLARE_EMBEDDED_PLUGINS= -DUWSGI_LOAD_EMBEDDED_PLUGINS=
