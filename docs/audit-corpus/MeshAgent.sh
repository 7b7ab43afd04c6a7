#!/bin/sh
# ossl-lint audit of MeshAgent (github.com/Ylianst/MeshAgent, branch master) ce8d73df7afdfcd8bc39526beabdb5c1dfef1e80 (2026-08-19, "Fix FreeBSD build workflow: install git and configure `safe.directory` to resolve missing header issue. (#385)")
# usage: MeshAgent.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/MeshAgent (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive --prefix=src/ of the commit into
# $R/MeshAgent (the tree is $R/MeshAgent/src) without openssl/libstatic (the prebuilt static OpenSSL
# 1.1.1s libraries, some of whose blobs the snapshot lacks: ':!openssl/libstatic'); nothing is configured
# or built; the one generated header, microscript/ILibDuktape_Commit.h, is written as the makefile's
# $(shell ...) lines write it (the comment line, SOURCE_COMMIT_DATE "2026-Aug-20 03:27:44+1000" from
# `git log -1`'s Date, SOURCE_COMMIT_HASH the commit). The flags are the makefile's for `make linux
# ARCHID=6 DYNAMICTLS=1` (x86-64; DYNAMICTLS links the system OpenSSL and replaces -Iopenssl/include, the
# bundled 1.1.1f headers, with -I/usr/include/openssl): CFLAGS' -std=gnu99 -D_POSIX -DMICROSTACK_PROXY
# -fno-strict-aliasing and the DUK_USE_* defines, INCDIRS, -DJPEGMAXBUF=0 (KVMMaxTile), -DMESH_AGENTID=6,
# -DILibChain_WATCHDOG_TIMEOUT=6000000 (CWATCHDOG), -D_LINKVM (KVM=1), -DMICROSTACK_TLS_DETECT (TLS on);
# CEXTRA's -D_FORTIFY_SOURCE=2 and warning flags are left out (no code of the run depends on them).
# Files: the agent's "microstack" network library, one chain thread running every socket's
# PreSelect/PostSelect around select(): microstack/ILibAsyncSocket.c (TCP with TLS over two memory BIOs:
# ILibAsyncSocket_SetSSLContextEx() makes the SSL, a read-only BIO_new_mem_buf() over the module's own
# buffer that recv() fills, and a BIO_s_mem() whose bytes it send()s; the client's first
# SSL_do_handshake(); ILibProcessAsyncSocket() runs SSL_do_handshake() until done, then the SSL_read()
# loop; ILibAsyncSocket_SendTo_MultiWrite() SSL_write()s without looking at the result;
# ILibAsyncSocket_Disconnect() SSL_shutdown()), microstack/ILibWebRTC.c (DTLS over BIO_s_mem() pairs for
# WebRTC data channels: ILibStun_InitiateDTLS(), ILibStun_OnUDP()'s SSL_do_handshake() and SSL_read(),
# SSL_write() of SCTP packets), and what drives them: ILibAsyncServerSocket.c, ILibAsyncUDPSocket.c,
# ILibParsers.c (the chain), ILibWebClient.c (HTTPS/WSS client: the agent's control channel),
# ILibWebServer.c, ILibWrapperWebRTC.c, ILibRemoteLogging.c; the JavaScript bindings that make TLS
# sockets and servers (microscript/ILibDuktape_net.c with its helpers ILibDuktape_Helpers.c, whose
# Duktape_GetPointerProperty() hands the SSL_CTXs back; ILibDuktape_WebRTC.c, ILibDuktape_HttpStream.c)
# and meshcore/agentcore.c (the agent core that connects to the server). microstack/ILibCrypto.c (the
# SSL_CTX and certificate helpers, no TLS I/O) is left out: with OpenSSL 3.0's headers (built
# no-crypto-mdebug) its CRYPTO_mem_ctrl(CRYPTO_MEM_CHECK_ON) does not compile.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/MeshAgent" ] || { echo "$0: $R/MeshAgent: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/MeshAgent/src
M=$S/microstack
J=$S/microscript
exec "$BIN" "$@" -j2 \
  $M/ILibAsyncSocket.c $M/ILibWebRTC.c $M/ILibAsyncServerSocket.c $M/ILibAsyncUDPSocket.c $M/ILibParsers.c \
  $M/ILibWebClient.c $M/ILibWebServer.c $M/ILibWrapperWebRTC.c $M/ILibRemoteLogging.c \
  $J/ILibDuktape_net.c $J/ILibDuktape_Helpers.c $J/ILibDuktape_WebRTC.c $J/ILibDuktape_HttpStream.c \
  $S/meshcore/agentcore.c \
  -- -DJPEGMAXBUF=0 -DMESH_AGENTID=6 -std=gnu99 -D_POSIX -DMICROSTACK_PROXY \
  -DILibChain_WATCHDOG_TIMEOUT=6000000 -fno-strict-aliasing -I$S -I/usr/include/openssl -I$M -I$J \
  -I$S/meshcore -I$S/meshconsole -DDUK_USE_DEBUGGER_SUPPORT -DDUK_USE_INTERRUPT_COUNTER \
  -DDUK_USE_DEBUGGER_INSPECT -DDUK_USE_DEBUGGER_PAUSE_UNCAUGHT -D_LINKVM -DMICROSTACK_TLS_DETECT
