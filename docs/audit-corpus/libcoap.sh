#!/bin/sh
# ossl-lint audit of libcoap 92b3db23e99424e9282d57e471dadcfd15ab93f0 (2024-10-19)
# usage: libcoap.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libcoap (docs/audit-corpus/README.md)
# preparation: ./autogen.sh && ./configure --with-openssl --disable-documentation \
#   --disable-examples --disable-tests --disable-doxygen --disable-manpages
# files: every source of libcoap-3-openssl.la (make -n), i.e. the whole library
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libcoap" ] || { echo "$0: $R/libcoap: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libcoap/src
exec "$BIN" "$@" -j2 \
  $S/src/coap_address.c \
  $S/src/coap_asn1.c \
  $S/src/coap_async.c \
  $S/src/coap_block.c \
  $S/src/coap_cache.c \
  $S/src/coap_debug.c \
  $S/src/coap_dtls.c \
  $S/src/coap_encode.c \
  $S/src/coap_event.c \
  $S/src/coap_gnutls.c \
  $S/src/coap_hashkey.c \
  $S/src/coap_io.c \
  $S/src/coap_layers.c \
  $S/src/coap_mbedtls.c \
  $S/src/coap_mem.c \
  $S/src/coap_net.c \
  $S/src/coap_netif.c \
  $S/src/coap_notls.c \
  $S/src/coap_openssl.c \
  $S/src/coap_option.c \
  $S/src/coap_oscore.c \
  $S/src/coap_pdu.c \
  $S/src/coap_prng.c \
  $S/src/coap_proxy.c \
  $S/src/coap_resource.c \
  $S/src/coap_session.c \
  $S/src/coap_sha1.c \
  $S/src/coap_str.c \
  $S/src/coap_subscribe.c \
  $S/src/coap_tcp.c \
  $S/src/coap_threadsafe.c \
  $S/src/coap_time.c \
  $S/src/coap_tinydtls.c \
  $S/src/coap_uri.c \
  $S/src/coap_wolfssl.c \
  $S/src/coap_ws.c \
  $S/src/oscore/oscore.c \
  $S/src/oscore/oscore_cbor.c \
  $S/src/oscore/oscore_context.c \
  $S/src/oscore/oscore_cose.c \
  $S/src/oscore/oscore_crypto.c \
  -- -DHAVE_CONFIG_H -I$S -I$S/include -std=c99 '-DLIBCOAP_PACKAGE_BUILD="4.3.5"' -D_GNU_SOURCE
