#!/bin/sh
# ossl-lint audit of sofia-sip 7333682a297f28130ff46d5ef0f9e2f72adca0e8 (2026-06-18)
# usage: sofia-sip.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/sofia-sip (docs/audit-corpus/README.md)
# repository: https://github.com/freeswitch/sofia-sip (master)
# preparation: git archive of the commit into $R/sofia-sip/src, then in src:
#   ./autogen.sh && ./configure
#   cd libsofia-sip-ua && make -C msg sofia-sip/msg_protos.h sofia-sip/msg_mime_protos.h &&
#   make -C http sofia-sip/http_protos.h sofia-sip/http_tag.h &&
#   make -C sip sofia-sip/sip_hclasses.h sofia-sip/sip_protos.h sofia-sip/sip_tag.h sofia-sip/sip_extra.h
# (awk-generated headers only; nothing compiled). Files: tport's TLS (tport_tls.c) and WSS
# (ws.c) I/O with their transports (tport_type_tls.c, tport_type_ws.c, tport.c) and stun.c's
# TLS shared-secret client; flags of libsofia-sip-ua/{tport,stun}/Makefile.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/sofia-sip" ] || { echo "$0: $R/sofia-sip: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/sofia-sip/src
L=$S/libsofia-sip-ua
INC=""
for d in features ipt iptsec bnf http msg nth nta nea nua soa sdp sip sresolv tport stun url su; do
  INC="$INC -I$L/$d"
done
exec "$BIN" "$@" -j2 \
  $L/tport/tport_tls.c $L/tport/tport_type_tls.c $L/tport/ws.c $L/tport/tport_type_ws.c \
  $L/tport/tport.c $L/stun/stun.c \
  -- -DHAVE_CONFIG_H -I$S -I$L/su/sofia-sip -I$L/tport/include $INC -DSU_DEBUG=0 -Wall
