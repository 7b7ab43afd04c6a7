#!/bin/sh
# ossl-lint audit of nmap db4aefddfa348ec815ffa83a109c97e05db88766 (2026-08-21)
# usage: nmap.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/nmap (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/nmap/src (nmap-os-db excluded: its blob is absent
#   from the snapshot, and nothing here reads it), then in src:
#   (cd nbase && ./configure --with-openssl) && (cd nsock/src && ./configure --with-openssl) &&
#   (cd ncat && ./configure --with-openssl)
#   (nbase/nbase_config.h, nsock/include/nsock_config.h, ncat/config.h; flags below are the union
#   of nsock/src/Makefile's and ncat/Makefile's DEFS and INCLS)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/nmap" ] || { echo "$0: $R/nmap: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/nmap/src
exec "$BIN" "$@" -j2 \
  $S/nsock/src/nsock_core.c $S/nsock/src/nsock_iod.c $S/nsock/src/nsock_ssl.c $S/nsock/src/nsock_connect.c \
  $S/ncat/ncat_ssl.c $S/ncat/ncat_core.c $S/ncat/ncat_connect.c $S/ncat/ncat_listen.c \
  $S/ncat/ncat_proxy.c $S/ncat/ncat_posix.c \
  -- -DHAVE_CONFIG_H -DNSOCK_VERSION=\"0.02\" -DNCAT_DATADIR=\"/usr/local/share/ncat\" -D_FORTIFY_SOURCE=2 \
  -I$S/ncat -I$S -I$S/nsock/include -I$S/nsock/src -I$S/nbase -I$S/libpcap
