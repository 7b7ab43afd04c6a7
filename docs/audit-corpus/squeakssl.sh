#!/bin/sh
# ossl-lint audit of opensmalltalk-vm's SqueakSSL plugin, Unix (GitHub fork TheDoctor0/opensmalltalk-vm,
# branch Cog: OpenSmalltalk/opensmalltalk-vm's snapshot, 607 MB, is over the fetch limit)
# 10981ddd02bd86612dbc78ab3d240bdfc42a625f (2021-07-23, "Update main.yaml"); the plugin's
# platforms/unix/plugins/SqueakSSL is at upstream's 440556eb5 (2020-09-16, "[unix/configure] Fix
# autoconf for ssl")
# usage: squeakssl.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/squeakssl (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit's
# platforms/unix, platforms/Cross, spur64src, src/plugins/SqueakSSL, src/plugins/FilePlugin and
# build.linux64x64/squeak.cog.spur into $R/squeakssl/src (the whole snapshot has a missing blob
# under processors/), then in build.linux64x64/squeak.cog.spur/build, as its mvm script does:
#   cp ../plugins.int ../plugins.ext . && ../../../platforms/unix/config/configure --without-npsqueak
#     --with-vmversion=5.0 --with-src=spur64src TARGET_ARCH=-m64
#     CFLAGS="-g -O2 -DNDEBUG -DDEBUGVM=0 -msse2 -DCOGMTVM=0" --disable-dynamicopenssl
#   (only configures: writes config.h with SQSSL_OPENSSL_LINKED, whose openssl_overlay.h maps each
#   sqo_X to OpenSSL's X; the default dynamic build calls every OpenSSL function through a
#   dlsym()ed pointer the checker cannot see); the flags are SqueakSSL/Makefile's (DEFS
#   -DHAVE_CONFIG_H, CFLAGS, INCLUDES and XINCLUDES; -Wall left out)
# Files: platforms/unix/plugins/SqueakSSL/sqUnixSSL.c, which includes sqUnixOpenSSL.inc (a
# memory-BIO pair per session: sqSetupSSL: SSL_CTX_new, SSL_new, SSL_set_bio; sqConnectSSL and
# sqAcceptSSL: BIO_write of the peer's bytes, SSL_connect/SSL_accept classified with
# SSL_get_error, then BIO_read of the output; sqEncryptSSL: SSL_write; sqDecryptSSL: SSL_read
# classified), and the generated plugin src/plugins/SqueakSSL/SqueakSSL.c, whose primitives call
# them (the VM calls the primitives)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/squeakssl" ] || { echo "$0: $R/squeakssl: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/squeakssl/src
B=$S/build.linux64x64/squeak.cog.spur/build
exec "$BIN" "$@" -j2 \
  $S/platforms/unix/plugins/SqueakSSL/sqUnixSSL.c $S/src/plugins/SqueakSSL/SqueakSSL.c \
  -- -DHAVE_CONFIG_H -g -O2 -DNDEBUG -DDEBUGVM=0 -msse2 -DCOGMTVM=0 -pthread -DLSB_FIRST=1 \
  -I$B -I$S/platforms/unix/vm -I$S/platforms/Cross/vm -I$S/spur64src/vm \
  -I$S/platforms/Cross/plugins/SqueakSSL -I$S/platforms/unix/plugins/SqueakSSL
