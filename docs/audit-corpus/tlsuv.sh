#!/bin/sh
# ossl-lint audit of tlsuv (github.com/openziti/tlsuv, branch main)
# ce5c470aa3c2fa9538f64f91b64c30fcd5290650 (2026-06-29, "Merge pull request #361 from openziti/cert-print-ex")
# usage: tlsuv.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/tlsuv (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libuv1-dev zlib1g-dev): git archive
# --prefix=src/ of the commit into $R/tlsuv (the repository has its own src/); no cmake (it
# wants vcpkg's llhttp): $R/tlsuv/generated/tlsuv/config.h written by hand from config.h.in as
# CMake would (tlsuv_VERSION* 0.42.1 from version.txt, TLSUV_TLSLIB openssl, TLSUV_HTTP
# defined); llhttp.h (Debian has no libllhttp-dev) taken from Debian's node-llhttp package:
# `apt-get download node-llhttp; dpkg -x node-llhttp_*.deb $R/tlsuv/node-llhttp`; the flags
# are CMakeLists.txt's: C_STANDARD 11 (gnu11), TLSUV_VERSION=v0.42.1, USE_OPENSSL,
# TLS_IMPL=openssl, the Linux _POSIX_C_SOURCE=200112 _GNU_SOURCE, include/, generated/, src/
# and deps/uv_link_t/include
# Files: src/openssl/engine.c (the OpenSSL tls_engine: SSL objects over memory BIOs, the
# handshake (SSL_do_handshake), SSL_write_ex/SSL_read_ex/SSL_shutdown with SSL_get_error,
# each preceded by ERR_clear_error) and src/openssl/keys.c (its key/cert helpers);
# src/tls_engine.c (default TLS context selection); its callers through the tls_engine
# function table: src/tlsuv.c (tlsuv_stream_t: the TCP stream with TLS over libuv),
# src/tls_link.c (the uv_link TLS layer used by HTTP), src/http.c and src/websocket.c (HTTP
# client and websocket over tls_link).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/tlsuv" ] || { echo "$0: $R/tlsuv: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/tlsuv/src
exec "$BIN" "$@" -j2 \
  $S/src/openssl/engine.c $S/src/openssl/keys.c $S/src/tls_engine.c $S/src/tlsuv.c \
  $S/src/tls_link.c $S/src/http.c $S/src/websocket.c \
  -- -std=gnu11 -DTLSUV_VERSION=v0.42.1 -DUSE_OPENSSL -DTLS_IMPL=openssl \
  -D_POSIX_C_SOURCE=200112 -D_GNU_SOURCE -I$S/include -I$R/tlsuv/generated -I$S/src \
  -I$S/deps/uv_link_t/include -I$R/tlsuv/node-llhttp/usr/share/include/llhttp
