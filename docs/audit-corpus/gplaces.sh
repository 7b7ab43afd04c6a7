#!/bin/sh
# ossl-lint audit of gplaces (github.com/dimkr/gplaces, branch gemini) e9dc803f86ddff68f3ff5b46694d58eae5576dec (2024-12-20, "add 0.19.8 release notes [skip ci]")
# usage: gplaces.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/gplaces (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libcurl4-openssl-dev libidn2-dev
# libmagic-dev): git archive of the commit into $R/gplaces/src; the bestline submodule is not in
# the archive: bestline.c, bestline.h and LICENSE of github.com/jart/bestline at the pinned commit
# a8252e38e1038f50f70d83e766817a21a4eeb7ff put into $R/gplaces/src/bestline (only its header
# is read); nothing to configure (plain Makefile, no config header); the flags are the Makefile's
# CFLAGS with its defaults: -O2 -Wall -Wextra -Wno-unused-result -D_GNU_SOURCE, PREFIX/CONFDIR/
# GPLACES_VERSION, pkg-config --cflags libcurl libssl libcrypto, WITH_TITAN, WITH_GOPHER,
# WITH_GOPHERS, WITH_SPARTAN, WITH_FINGER, WITH_GUPPY all on, libidn2 and libmagic found
# Files: gplaces.c, the whole browser in one translation unit: it #includes the protocol
# modules titan.c, socket.c, tcp.c, gopher.c, gophers.c, spartan.c, finger.c and guppy.c. The
# TLS code: ssl_connect (SSL_do_handshake classified with SSL_get_error over a blocking socket
# BIO), the gemini/titan/gophers request writers (SSL_write classified at once with
# SSL_get_error), ssl_read/ssl_peek/ssl_error (the download loop's read hooks through the
# Protocol table), gemini's status-line read loop, download and the client-certificate setup.
# bestline/bestline.c (line editing, no OpenSSL) is left out.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/gplaces" ] || { echo "$0: $R/gplaces: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/gplaces/src
exec "$BIN" "$@" -j2 \
  $S/gplaces.c \
  -- -O2 -Wall -Wextra -Wno-unused-result -D_GNU_SOURCE '-DPREFIX="/usr/local"' \
  '-DCONFDIR="/usr/local/etc"' '-DGPLACES_VERSION="?"' -I/usr/include/x86_64-linux-gnu \
  -DGPLACES_WITH_TITAN -DGPLACES_WITH_GOPHER -DGPLACES_WITH_GOPHERS -DGPLACES_WITH_SPARTAN \
  -DGPLACES_WITH_FINGER -DGPLACES_WITH_GUPPY -DGPLACES_USE_LIBIDN2 -DGPLACES_USE_LIBMAGIC
