#!/bin/sh
# ossl-lint audit of spice-gtk (github.com/freedesktop/spice-gtk, branch master; a stale mirror of
# gitlab.freedesktop.org/spice/spice-gtk)
# 61002aaa3bbbacbe47d3a52f5be0d8eab06912c6 (2021-06-28, "Remove incorrect volatile usage")
# usage: spice-gtk.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/spice-gtk (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libglib2.0-dev libspice-protocol-dev
# libpixman-1-dev libopus-dev libcairo2-dev libjpeg-dev libjson-glib-dev liblz4-dev libsasl2-dev
# libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev python3-six python3-pyparsing meson): git
# archive of the commit into $R/spice-gtk/src, and of its spice-common submodule
# (github.com/freedesktop/spice-common d589542e0492888ac1b300200c7c6cb4eaf88cb0, 2020-09-17) into
# src/subprojects/spice-common; the keycodemapdb submodule (gtk only) is stubbed with a
# one-line meson.build and empty tools/keymap-gen, data/keymaps.csv, and meson.build's lines 53-54
# (files() of it, which meson 1.0 refuses from a subproject) set to plain strings; a
# .tarball-version "0.39-61002aaa" stands in for git; then in src:
#   meson setup build -Dgtk=disabled -Dwebdav=disabled -Dusbredir=disabled -Dintrospection=disabled
#   -Dvapi=disabled -Dgtk_doc=disabled -Dsmartcard=disabled -Dspice-common:python-checks=false
#   (writes build/config.h: HAVE_SASL, HAVE_LZ4, coroutine ucontext), and
#   ninja -C build subprojects/spice-common/common/generated_messages.h
#   subprojects/spice-common/common/generated_client_marshallers.h src/spice-marshal.h
#   src/spice-glib-enums.h   (generated headers only; nothing is compiled); the flags are
#   compile_commands.json's for libspice-client-glib-2.0 (spice-common's ssl_verify.c is built
#   with the same includes, its own G_LOG_DOMAIN and GLIB_VERSION bounds aside); no -std: gcc's gnu17
# Files: the OpenSSL layer, src/spice-channel.c (SSL_CTX/SSL_new and the SSL_connect handshake
# classified with SSL_get_error in the coroutine spice_channel_coroutine, CA loading, the
# SSL_write/SSL_read wrappers spice_channel_flush_wire_nonblocking/read_wire_nonblocking and their
# retry loops, RSA ticket encryption before the first writes), src/bio-gio.c (the BIO method of its
# own over a GIOStream that every SSL of the run uses: SSL_set_bio, no socket BIO) and
# subprojects/spice-common/common/ssl_verify.c (spice_openssl_verify_new, called between SSL_new
# and SSL_connect, and the verify callback); their callers: src/channel-base.c,
# src/channel-main.c, src/channel-display.c and src/channel-inputs.c (spice_msg_out_send_internal
# -> spice_channel_write_msg -> SSL_write; channel-main.c's iterate_write chains to
# spice_channel_iterate_write) and src/gio-coroutine.c (g_coroutine_socket_wait, the retry loops' wait).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/spice-gtk" ] || { echo "$0: $R/spice-gtk: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/spice-gtk/src
exec "$BIN" "$@" -j2 \
  $S/src/spice-channel.c $S/src/bio-gio.c $S/subprojects/spice-common/common/ssl_verify.c \
  $S/src/channel-base.c $S/src/channel-main.c $S/src/channel-display.c $S/src/channel-inputs.c \
  $S/src/gio-coroutine.c \
  -- -pthread -D_FILE_OFFSET_BITS=64 -DHAVE_CONFIG_H -DSPICE_COMPILATION '-DG_LOG_DOMAIN="GSpice"' \
  -DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_52 -DGLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_52 \
  -I$S/build/src -I$S/src -I$S/build -I$S -I$S/build/subprojects/spice-common \
  -I$S/subprojects/spice-common -I$S/build/subprojects/spice-common/common -I/usr/include/spice-1 \
  -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include -I/usr/include/pixman-1 \
  -I/usr/include/opus -I/usr/include/cairo -I/usr/include/freetype2 -I/usr/include/libpng16 \
  -I/usr/include/json-glib-1.0 -I/usr/include/gio-unix-2.0 -I/usr/include/gstreamer-1.0 \
  -I/usr/include/orc-0.4
