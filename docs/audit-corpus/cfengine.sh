#!/bin/sh
# ossl-lint audit of cfengine (github.com/cfengine/core, branch master) b14a380d0dcc9305f8e2a7d6018d01e41593b57d (2026-08-21, "Merge pull request #6301 from nickanderson/CFE-159/master")
# usage: cfengine.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/cfengine (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev liblmdb-dev libpcre2-dev libyaml-dev libxml2-dev
# libpam0g-dev libacl1-dev libcurl4-openssl-dev librsync-dev autoconf automake libtool flex bison): git archive
# --prefix=src/ of the commit into $R/cfengine (the tree is $R/cfengine/src); the core pins its libntech
# submodule at 3c2147919c602cd66c1c4360ce067478e50b3c9a, which no mirror has, so git archive
# --prefix=src/libntech/ of github.com/NorthernTechHQ/libntech b05a7a3d1664bbc5ec7b029071cb54a80154c925
# (2026-06-30, its newest; the core's 9c2543e of 2026-07-01 pins exactly that, and libcfnet and
# cf-serverd differ from it only in libcfnet/addr_lib.c); then in src: NO_CONFIGURE=1 ./autogen.sh and
# ./configure --with-lmdb (config.h and libntech's config.h, libutils' generated headers), then
# make -C libpromises enterprise_extension.h enterprise_extension.c (two sed-generated sources that
# prototypes3.h includes; nothing is compiled); the flags are the union of libcfnet/, cf-serverd/, cf-net/, cf-runagent/ and libpromises/
# Makefiles' DEFS, DEFAULT_INCLUDES (-I. of cf-serverd/), AM_CPPFLAGS, CORE_CPPFLAGS and DEBUG_CFLAGS (-DHAVE_CONFIG_H, -I
# top builddir, libntech/libutils, libpromises, libcfnet, libcfecompat, libenv, cf-check, -std=gnu99,
# -O2 -DNDEBUG).
# Files: CFEngine's network layer, blocking sockets (SO_RCVTIMEO/SO_SNDTIMEO) with SSL_MODE_AUTO_RETRY:
# libcfnet/tls_generic.c (TLSSend()/TLSRecv() loops over SSL_write()/SSL_read() that retry a want up to
# 5 times with sleep(1), TLSRecvLines(), TLSLogError() classifies and logs, the verify callback and
# TLSVerifyPeer()), libcfnet/tls_client.c (TLSTry(): SSL_connect() with the same retry loop, the
# client SSL_CTX), libcfnet/net.c (SendTransaction()/ReceiveTransaction() over TLS or classic),
# client_code.c, client_protocol.c, communication.c, conn_cache.c, connection_info.c, protocol.c,
# stream_protocol.c, stat_cache.c and key.c (the client side and its helpers); cf-serverd/*.c (the
# server: a thread per connection, server_tls.c's ServerTLSSessionEstablish(): SSL_accept() and its
# retry loop, the identification exchange and BusyWithNewProtocol(); server.c and server_common.c reply
# over TLSSend()); cf-net/cf-net.c and cf-runagent/cf-runagent.c (client programs);
# libpromises/crypto.c (key loading and the RSA helpers that leave errors on a thread's queue).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/cfengine" ] || { echo "$0: $R/cfengine: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/cfengine/src
N=$S/libcfnet
D=$S/cf-serverd
exec "$BIN" "$@" -j2 \
  $N/tls_generic.c $N/tls_client.c $N/net.c $N/client_code.c $N/client_protocol.c $N/communication.c \
  $N/conn_cache.c $N/connection_info.c $N/protocol.c $N/stream_protocol.c $N/stat_cache.c $N/key.c \
  $N/classic.c $N/server_code.c \
  $D/server_tls.c $D/server.c $D/server_common.c $D/server_classic.c $D/server_access.c \
  $D/server_transform.c $D/cf-serverd-functions.c $D/cf-serverd.c $D/cf-serverd-enterprise-stubs.c \
  $D/strlist.c \
  $S/cf-net/cf-net.c $S/cf-runagent/cf-runagent.c $S/libpromises/crypto.c \
  -- -DHAVE_CONFIG_H -I$S -I$D -I$S/libntech/libutils -I$S/libpromises -I$N -I$S/libcfecompat -I$S/libenv \
  -I$S/cf-check -I/usr/include/postgresql -I/usr/include/libxml2 -std=gnu99 -O2 -DNDEBUG
