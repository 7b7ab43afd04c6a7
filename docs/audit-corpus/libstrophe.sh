#!/bin/sh
# ossl-lint audit of libstrophe (strophe/libstrophe b9eead3b903756f3cec2ab9502c61b2966a84001, 2025-10-31): every source of
# libstrophe_la_SOURCES as configured (src/tls_openssl.c with all TLS I/O: tls_start/tls_stop/tls_read/tls_write; its
# callers conn.c, event.c, auth.c, compression.c (zlib layer over the TLS interface), tls.c (the tls_intf table), sock.c,
# and the rest of src/ but tls_dummy/gnutls/schannel.c, compression_dummy.c, parser_libxml2.c, snprintf.c, not built);
# prepared with `./bootstrap.sh && ./configure` (defaults: OpenSSL, expat, zlib); flags = the Makefile's DEFS, -I top
# usage: libstrophe.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libstrophe (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libstrophe" ] || { echo "$0: $R/libstrophe: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libstrophe/src
exec "$B" "$@" -j2 $S/src/auth.c $S/src/conn.c $S/src/crypto.c $S/src/ctx.c $S/src/deprecated.c $S/src/event.c $S/src/handler.c $S/src/hash.c $S/src/jid.c $S/src/md5.c $S/src/rand.c $S/src/resolver.c $S/src/sasl.c $S/src/scram.c $S/src/sha1.c $S/src/sha256.c $S/src/sha512.c $S/src/sock.c $S/src/stanza.c $S/src/tls.c $S/src/util.c $S/src/uuid.c $S/src/compression.c $S/src/tls_openssl.c $S/src/parser_expat.c -- -DHAVE_STDIO_H=1 -DHAVE_STDLIB_H=1 -DHAVE_STRING_H=1 -DHAVE_INTTYPES_H=1 -DHAVE_STDINT_H=1 -DHAVE_STRINGS_H=1 -DHAVE_SYS_STAT_H=1 -DHAVE_SYS_TYPES_H=1 -DHAVE_UNISTD_H=1 -DSTDC_HEADERS=1 -DHAVE_DLFCN_H=1 -DHAVE_CLOCK_GETTIME=1 -DHAVE_SNPRINTF=1 -DHAVE_VSNPRINTF=1 -DHAVE_VA_COPY=1 -DHAVE_GETRANDOM=1 -DHAVE_ZLIB=1 -DLIBXMPP_VERSION_MAJOR=0 -DLIBXMPP_VERSION_MINOR=14 -I$S
