#!/bin/sh
# ossl-lint audit of open-vm-tools (github.com/vmware/open-vm-tools, branch master)
# 1634dfb42f723d2c1b3b6cf2696efc82407fae5b (2026-05-14, "Align vm_tools_version.h and l10 files
# with stable-13.1.x branch after merge to resolve diff.")
# usage: open-vm-tools.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/open-vm-tools (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libglib2.0-dev libxml2-dev libxmlsec1-dev
# libtirpc-dev libpam0g-dev autoconf automake libtool pkg-config): git archive of the commit into
# $R/open-vm-tools/src (the sources are in its open-vm-tools/ subdirectory), then there:
#   autoreconf -i && ./configure --without-x --without-kernel-modules --without-fuse
#   --disable-deploypkg --disable-containerinfo --disable-tests --disable-docs --without-gtkmm3
#   --without-gtkmm4 --without-gtk3 --without-gtk4 --disable-multimon --without-dnet
#   (only configures: there is no config header, configure puts everything in CPPFLAGS/DEFS;
#   nothing is built); the flags are lib/asyncsocket/Makefile's CPPFLAGS and the DEFS the three
#   files test, its AM_CFLAGS -DUSE_SSL_DIRECT, VMTOOLS_CPPFLAGS (glib), and VGAuthService's
#   -I vgauth/public -I vgauth/common with XMLSEC1_CPPFLAGS for certverify.c; no -std: gcc's
#   default gnu17
# Files: open-vm-tools does no OpenSSL TLS I/O. Its "SSL" socket layer is VMware's lib/ssl API
# (SSL_Read/SSL_Write/SSL_Accept/SSL_ConnectAndVerify..., capitalised, sslDirect.h), which the
# open-source tree replaces by lib/sslDirect/sslStubs.c: SSL_Read is read(), SSL_Write send(),
# SSL_Pending 0, SSL_TryCompleteAccept/SSL_WantRead/SSL_SetupAcceptWithContext ASSERT(0); and
# lib/asyncsocket/asyncsocket.c is built with -DUSE_SSL_DIRECT, which compiles out every real
# handshake call (AsyncTCPSocketConnectSSL/AcceptSSL return FALSE). The run takes that layer
# (lib/asyncsocket/asyncsocket.c, asyncSocketBase.c, asyncSocketInterface.c and
# lib/sslDirect/sslStubs.c) and the project's only OpenSSL user, vgauth/common/certverify.c
# (X509 chain and signature checks for VGAuthService's SAML tokens; no SSL object, no
# SSL_get_error). No file calls SSL_read/SSL_write/SSL_accept/SSL_connect/SSL_do_handshake.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/open-vm-tools" ] || { echo "$0: $R/open-vm-tools: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/open-vm-tools/src/open-vm-tools
exec "$BIN" "$@" -j2 \
  $S/lib/asyncsocket/asyncsocket.c $S/lib/asyncsocket/asyncSocketBase.c \
  $S/lib/asyncsocket/asyncSocketInterface.c $S/lib/sslDirect/sslStubs.c \
  $S/vgauth/common/certverify.c \
  -- -DUSING_AUTOCONF=1 -DOPEN_VM_TOOLS -DUSE_VGAUTH -DNO_ICU -DVMX86_TOOLS \
  -D_FILE_OFFSET_BITS=64 -D_LARGEFILE64_SOURCE -D_XOPEN_SOURCE=500 -D_BSD_SOURCE -D_SVID_SOURCE \
  -D_DEFAULT_SOURCE -DENABLE_RESOLUTIONKMS -DHAVE_STDINT_H=1 -DHAVE_UNISTD_H=1 -DHAVE_SYS_TIME_H=1 \
  -DHAVE_DLOPEN=1 -DNO_DNET=1 -DHAVE_STDBOOL_H=1 -DHAVE__BOOL=1 -DNO_MULTIMON=1 -DUSE_SSL_DIRECT \
  -DVMTOOLS_USE_GLIB -D__XMLSEC_FUNCTION__=__func__ -DXMLSEC_NO_SIZE_T -DXMLSEC_CRYPTO_OPENSSL=1 \
  -I$S/lib/include -I$S/vgauth/public -I$S/vgauth/common -I/usr/include/xmlsec1 \
  -I/usr/include/libxml2 -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include
