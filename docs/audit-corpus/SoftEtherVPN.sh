#!/bin/sh
# ossl-lint audit of SoftEtherVPN (github.com/SoftEtherVPN/SoftEtherVPN, branch master)
# cf559617b1845e0892e51f41d0c67e7382f02c4c (2026-04-05)
# usage: SoftEtherVPN.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/SoftEtherVPN (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libsodium-dev, for Cedar/Proto_WireGuard.h's <sodium.h>):
#   git archive of the commit into $R/SoftEtherVPN/src; nothing
#   else (no configure, no generated header: the submodules cpu_features, liboqs, oqs-provider and
#   BLAKE2 are empty in the archive). The flags are those CMake gives the mayaqua and cedar targets
#   on Linux in a Release build (src/CMakeLists.txt, src/Mayaqua/CMakeLists.txt,
#   src/Cedar/CMakeLists.txt): -DNDEBUG -DVPN_SPEED -DCPU_64, the thread-safety defines,
#   -D_FILE_OFFSET_BITS=64, -DUNIX -DOS_UNIX -DUNIX_LINUX, HAVE_SSL_CTX_SET_NUM_TICKETS (found in
#   OpenSSL 3.0), -I src and mayaqua's public -I src/Mayaqua, cedar's version and build-date
#   defines (BUILD_NUMBER's default 5187, a fixed date); and the configure options
#   -DSKIP_CPU_FEATURES=ON -DOQS_ENABLE=OFF (-DSKIP_CPU_FEATURES -DSKIP_OQS_PROVIDER), the build
#   without the empty submodules (Encrypt.c includes their headers otherwise).
# Files: the TLS socket layer (Mayaqua/Network.c: StartSSLEx3 with SSL_new/SSL_set_fd and
# SSL_accept/SSL_connect, SecureRecv with SSL_peek/SSL_read and SecureSend with SSL_write, both
# classified by SSL_get_error, SSL_shutdown in Disconnect; the memory-BIO SslPipe; Recv/Send/
# RecvAll/SendAll that wrap them), the certificate and key objects it installs (Mayaqua/Encrypt.c),
# the other Mayaqua users of the socket layer (HTTP.c, Proxy.c), and the Cedar callers of
# StartSSL/Recv/Send/RecvAll/SendAll (Protocol.c, Connection.c, Client.c, Wpc.c, Admin.c,
# AzureClient.c, Command.c, EtherLog.c, Nat.c, Remote.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/SoftEtherVPN" ] || { echo "$0: $R/SoftEtherVPN: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/SoftEtherVPN/src/src
exec "$BIN" "$@" -j2 \
  $S/Mayaqua/Network.c $S/Mayaqua/Encrypt.c $S/Mayaqua/HTTP.c $S/Mayaqua/Proxy.c \
  $S/Cedar/Protocol.c $S/Cedar/Connection.c $S/Cedar/Client.c $S/Cedar/Wpc.c $S/Cedar/Admin.c \
  $S/Cedar/AzureClient.c $S/Cedar/Command.c $S/Cedar/EtherLog.c $S/Cedar/Nat.c $S/Cedar/Remote.c \
  -- -DNDEBUG -DVPN_SPEED -DCPU_64 -D_REENTRANT -DREENTRANT -D_THREAD_SAFE -D_THREADSAFE \
     -DTHREAD_SAFE -DTHREADSAFE -D_FILE_OFFSET_BITS=64 -DUNIX -DOS_UNIX -DUNIX_LINUX \
     -DHAVE_SSL_CTX_SET_NUM_TICKETS -DSKIP_CPU_FEATURES -DSKIP_OQS_PROVIDER \
     -DCEDAR_VERSION_MAJOR=5 -DCEDAR_VERSION_MINOR=2 -DCEDAR_VERSION_BUILD=5187 \
     -DBUILDER_NAME=\"audit\" -DBUILD_PLACE=\"localhost\" -DBUILD_DATE_D=4 -DBUILD_DATE_M=12 \
     -DBUILD_DATE_Y=2026 -DBUILD_DATE_HO=0 -DBUILD_DATE_MI=0 -DBUILD_DATE_SE=0 \
     -I$S -I$S/Mayaqua
