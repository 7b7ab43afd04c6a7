#!/bin/sh
# ossl-lint audit of mruby-tls-openssl (github.com/iij/mruby-tls-openssl, branch master) d35a027f0ff997fb4c7553f65cbaf8660fb877c7 (2016-08-16, "Merge pull request #2 from toch/master")
# usage: mruby-tls-openssl.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/mruby-tls-openssl (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/mruby-tls-openssl/src (git archive --prefix=src/); the gem is built inside mruby's build
# system, so mruby's headers are needed: include/ (and its MITL licence) of github.com/mruby/mruby
# at tag 1.2.0 (22464fe5a0a10f2b077eaba109ce1e912e4a77de, 2015-11-17, "mruby-1.2.0", the release
# current at the gem's commit) put into $R/mruby-tls-openssl/mruby (git archive 1.2.0 include
# MITL); nothing to configure; the flags are mruby 1.2.0's gcc toolchain (tasks/toolchains/
# gcc.rake: -g -std=gnu99 -O3 -Wall -Werror-implicit-function-declaration
# -Wdeclaration-after-statement -Wwrite-strings) with build_config.rb's enable_debug (-DMRB_DEBUG),
# mruby's include directory and the gem's include/ (mrbgem.rake adds only the include path of a
# LibreSSL built with BUILD_SSL_DEPENDENCY, which is not used: the system's OpenSSL 3.0 instead)
# Files: src/openssl.c, the whole gem's C part: the OpenSSL::SSL_CTX and OpenSSL::SSL classes
# (SSL_CTX_new and its setters; SSL_new, SSL_set_fd and SSL_set_tlsext_host_name, each raising on
# failure; connect: SSL_connect, on failure drains the queue with ERR_get_error and raises; read:
# one SSL_read, 0 returned as nil; write: SSL_write's count to Ruby; shutdown; check_identity:
# the peer certificate's names). No SSL_get_error anywhere. Left out: src/inet_pton.c (Windows
# helper, no OpenSSL) and test/test_openssl.c (binds the DNS-id matcher for the tests).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/mruby-tls-openssl" ] || { echo "$0: $R/mruby-tls-openssl: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/mruby-tls-openssl/src
exec "$BIN" "$@" -j2 \
  $S/src/openssl.c \
  -- -g -std=gnu99 -O3 -Wall -Werror-implicit-function-declaration \
  -Wdeclaration-after-statement -Wwrite-strings -DMRB_DEBUG \
  -I$R/mruby-tls-openssl/mruby/include -I$S/include
