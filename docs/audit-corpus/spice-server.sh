#!/bin/sh
# ossl-lint audit of spice-server (github.com/c3d/spice-server, a mirror of freedesktop's spice,
# branch master) 52f716e1d2b9d93bebb8a5334c2de55a75f9be64 (2019-03-19, "test-stream-device:
# Remove interface before next loop")
# usage: spice-server.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/spice-server (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libglib2.0-dev libpixman-1-dev
# libspice-protocol-dev libjpeg-dev zlib1g-dev liblz4-dev libsasl2-dev libopus-dev python3-six
# python3-pyparsing meson ninja-build pkg-config): git archive of the commit into
# $R/spice-server/src; the submodule subprojects/spice-common is git archive of
# github.com/c3d/spice-common 302e30ff43401d9b1e7043a5e5c4f186ca997f66 (the commit the tree
# pins; its own submodule common/recorder is left empty: recorder is off by default); then in src:
#   echo 0.13.1.1435-52f716e1 > .tarball-version (git describe of the commit with the mirror's
#   tags), and a copy in a directory literally named '${MESON_SOURCE_ROOT}' (meson 1.0 passes
#   meson.build's '${MESON_SOURCE_ROOT}/.tarball-version' to git-version-gen unexpanded);
#   meson setup build -Dgstreamer=no -Dmanual=false -Dsmartcard=disabled -Dcelt051=disabled
#     -Dspice-common:python-checks=false   (configures only: writes build/config.h,
#     build/subprojects/spice-common/config.h, build/server/spice-version.h)
#   ninja -C build subprojects/spice-common/common/generated_server_marshallers.h
#     server/spice-server-enums.h   (two generated headers, no compile)
# the flags are build/compile_commands.json's for libspice-server (SASL on, the default: HAVE_SASL
# in config.h, so red_stream_read/write go through the SASL layer too)
# Files: the OpenSSL layer, server/red-stream.c (SSL_write/SSL_read in the stream's read/write
# callbacks stream_ssl_*_cb, SSL_accept in red_stream_ssl_accept, SSL_new/SSL_set_bio in
# red_stream_enable_ssl, the async reader, SASL over the stream); its callers: server/reds.c (the
# link handshake: reds_handle_ssl_accept / reds_handle_new_link, red_stream_write_all of the link
# replies, the SSL_CTX setup in reds_init_ssl) and server/red-channel-client.c (the channels' data
# pump: red_stream_read / red_stream_writev); and server/utils.c (red_dump_openssl_errors, the
# ERR_get_error drain loop called after the failures).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/spice-server" ] || { echo "$0: $R/spice-server: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/spice-server/src
B=$S/build
exec "$BIN" "$@" -j2 \
  $S/server/red-stream.c $S/server/reds.c $S/server/red-channel-client.c $S/server/utils.c \
  -- -DSPICE_SERVER_INTERNAL '-DG_LOG_DOMAIN="Spice"' -DHAVE_CONFIG_H -D_FILE_OFFSET_BITS=64 \
  -DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_38 -DGLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_38 \
  -fvisibility=hidden -pthread -I$B/server -I$S/server -I$B -I$S -I$B/subprojects/spice-common \
  -I$S/subprojects/spice-common -I$B/subprojects/spice-common/common -I/usr/include/spice-1 \
  -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include -I/usr/include/libmount \
  -I/usr/include/blkid -I/usr/include/pixman-1 -I/usr/include/opus
