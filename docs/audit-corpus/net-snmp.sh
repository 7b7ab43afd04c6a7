#!/bin/sh
# ossl-lint audit of net-snmp f9374e9bf0a7e0cc9514edf38ea49a9fa77aab4a (2026-08-21)
# usage: net-snmp.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/net-snmp (docs/audit-corpus/README.md)
# preparation: checkout of the commit into $R/net-snmp/src (git read-tree + checkout-index with a
# temporary index: the mirror lacks the ChangeLog blob, so `git archive` fails; ChangeLog left empty),
# then in src:
#   ./configure --with-defaults --with-openssl --with-transports="TLSTCP DTLSUDP" \
#     --with-security-modules="tsm usm" --disable-embedded-perl --without-perl-modules \
#     --disable-agent --disable-applications --disable-manuals --disable-scripts --disable-mibs
# (generates include/net-snmp/net-snmp-config.h and the transport/security init headers;
#  flags below are those of `make -n` in snmplib, minus warnings/optimisation)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/net-snmp" ] || { echo "$0: $R/net-snmp: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/net-snmp/src
exec "$BIN" "$@" -j2 \
  $S/snmplib/transports/snmpTLSBaseDomain.c $S/snmplib/transports/snmpTLSTCPDomain.c \
  $S/snmplib/transports/snmpDTLSUDPDomain.c $S/snmplib/snmp_openssl.c $S/snmplib/cert_util.c \
  -- -I$S/include -I$S/snmplib -D_GNU_SOURCE -D_ALL_SOURCE -D_THREAD_SAFE -D__EXTENSIONS__ \
  -DNETSNMP_ENABLE_IPV6 -DNETSNMP_REMOVE_U64 -Ulinux -Dlinux=linux
