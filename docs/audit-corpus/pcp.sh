#!/bin/sh
# ossl-lint audit of pcp (github.com/performancecopilot/pcp, branch main) 918d12b68beca9b2d33e7ff9553aa0fb2fda618d (2026-08-07, "Merge branch 'qa-group-updates'")
# usage: pcp.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/pcp (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libsasl2-dev libuv1-dev zlib1g-dev
# liblzma-dev libsystemd-dev bison flex pkg-config): git archive --prefix=src/ of the commit into
# $R/pcp (the tree is $R/pcp/src; the snapshot lacks a few large files under qa/bigarchives and
# vendor/github.com/iovisor/bcc/libbpf-tools/arm64/vmlinux_614.h, which the run does not need: exclude
# both with ':!PATH', or git archive exits 255), then in src:
#   ./configure --with-secure-sockets=yes --with-qt=no --with-qt3d=no --with-perl=no
#     --with-python3=no --with-pmdabpf=no --with-pmdabpftrace=no --with-perfevent=no
#     --with-pmdajson=no --with-pmdamongodb=no --with-pmdamysql=no --with-pmdanutcracker=no
#     --with-pmdasnmp=no --with-pmdastatsd=no --with-infiniband=no --with-selinux=no
#     --with-static-probes=no
#   (writes src/include/pcp/config.h, platform_defs.h, configsz.h, platformsz.h and
#   src/include/builddefs: ENABLE_SECURE = true, HAVE_SECURE_SOCKETS; nothing is built); the flags
#   are libpcp's, as
#   `make -n secureconnect.o` in src/libpcp/src prints them (the warnings left out; -Ideps names
#   the directory of jsonsl symlinks that a build makes, absent here and not needed by these files)
# Files: libpcp's secure socket code and its callers in libpcp: src/libpcp/src/secureconnect.c
# (the client SSL_CTX, __pmSecureClientIPCFlags/__pmSecureServerIPCFlags that put an SSL on a
# socket, __pmSecureClientNegotiation's SSL_connect and __pmSecureServerNegotiation's SSL_accept,
# the __pmWrite/__pmRead/__pmSend/__pmRecv wrappers over SSL_write/SSL_read classified with
# SSL_get_error, __pmSocketReady's SSL_pending, __pmCloseSocket's SSL_shutdown; SASL),
# secureserver.c (the server SSL_CTX, __pmSecureServerHandshake and the SASL server side),
# pdu.c (__pmGetPDU/__pmXmitPDU over __pmRecv/__pmSend), connect.c (__pmConnectPMCD: the
# pmcd handshake and __pmSecureClientHandshake), auxconnect.c (sockets, __pmConnectTo, the
# IPC table), auxserver.c (server sockets), context.c (pmNewContext) and logconnect.c (pmlogger
# control connections)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/pcp" ] || { echo "$0: $R/pcp: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/pcp/src
exec "$BIN" "$@" -j2 \
  $S/src/libpcp/src/secureconnect.c $S/src/libpcp/src/secureserver.c $S/src/libpcp/src/pdu.c \
  $S/src/libpcp/src/connect.c $S/src/libpcp/src/auxconnect.c $S/src/libpcp/src/auxserver.c \
  $S/src/libpcp/src/context.c $S/src/libpcp/src/logconnect.c \
  -- -I$S/src/include -I$S/src/include/pcp '-DPCP_VERSION="7.2.1"' -fPIC -fno-strict-aliasing \
  -D_GNU_SOURCE '-DEXEC_SUFFIX=""' '-DDSO_SUFFIX="so"' -DHAVE_SYSTEMD -DPCP_INTERNAL \
  -I$S/src/libpcp/src/deps -O2 -g
