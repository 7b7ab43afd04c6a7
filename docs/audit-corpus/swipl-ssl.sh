#!/bin/sh
# ossl-lint audit of swipl-ssl, SWI-Prolog's ssl package (github.com/SWI-Prolog/packages-ssl,
# branch master)
# 751f611ee1625a6a436e7a49c35fce17e3806756 (2026-01-22, "CLEANUP: avoid -Wconversion warnings")
# usage: swipl-ssl.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/swipl-ssl (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev swi-prolog-nox cmake, the last for
# SWI-Prolog.h/SWI-Stream.h in /usr/lib/swi-prolog/include): git archive of the commit into
# $R/swipl-ssl/src; the package's CMakeLists.txt includes ../cmake/PrologPackage.cmake and
# Sockets.cmake of the swipl-devel tree, so $R/swipl-ssl/cmake holds stand-ins for both (the
# AC_CHECK_HEADERS/AC_CHECK_FUNCS of swipl-devel's packages/cmake, check_include_file/
# check_function_exists; O_PLMT and _REENTRANT as MULTI_THREADED sets them; the plugin,
# install and doc functions empty), then in src:
#   cmake -S . -B build -DCMAKE_MODULE_PATH=$R/swipl-ssl/cmake -DBUILD_TESTING=OFF
#   (only configures: writes build/config.h; the generate step's complaint about the empty
#   plugin targets is harmless); the flags are swipl_plugin()'s: -D__SWI_PROLOG__,
#   add_compile_options' -DSERVER_CERT_REQUIRED=TRUE -DCLIENT_CERT_REQUIRED=TRUE, the binary dir
#   and SWI-Prolog's include dir first, and swipl-devel's CMAKE_C_STANDARD 11 (gnu11)
# Files: ssl4pl.c alone: the whole TLS layer (the SSL stream's ssl_read/ssl_write Sread/Swrite
# hooks over the Prolog stream BIO, ssl_inspect_status classifying with SSL_get_error,
# pl_ssl_negotiate's SSL_connect/SSL_accept, ssl_close's SSL_shutdown, raise_ssl_error), which
# #includes its helper cryptolib.c (the error reporting shared with crypto4pl); crypto4pl.c
# does no TLS I/O and is not linked with it.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/swipl-ssl" ] || { echo "$0: $R/swipl-ssl: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/swipl-ssl/src
exec "$BIN" "$@" -j2 \
  $S/ssl4pl.c \
  -- -std=gnu11 -D__SWI_PROLOG__ -DSERVER_CERT_REQUIRED=TRUE -DCLIENT_CERT_REQUIRED=TRUE \
  -I$S/build -I/usr/lib/swi-prolog/include -I$S
