#!/bin/sh
# ossl-lint audit of Net-SSLeay (github.com/radiator-software/p5-net-ssleay, branch master)
# 147f77a5133770ec53641dd824535502ab2d8db6 (2026-06-28, "Merge pull request #557 from
# michal-josef-spacek/fixes_in_P_X509_copy_extensions"), Net::SSLeay 1.96
# usage: net-ssleay.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/net-ssleay (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0, perl 5.36; apt: libssl-dev perl, whose xsubpp and
# CORE headers are all it needs): git archive of the commit into $R/net-ssleay/src, then in src:
#   PERL_MM_USE_DEFAULT=1 perl Makefile.PL && make SSLeay.c   (finds OpenSSL 3.0 in /usr, writes
#   the Makefile; `make SSLeay.c` runs xsubpp with perl's and the project's typemap on SSLeay.xs,
#   which is all the C there is: it #includes constants.c and ppport.h; nothing is compiled)
# the flags are the Makefile's compile line of SSLeay.o: INC, CCFLAGS (perl's own, as
# `perl -MExtUtils::Embed -e ccopts` prints them), -DVERSION/-DXS_VERSION, -fPIC, PERL_INC and
# DEFINE (-DOPENSSL_API_COMPAT=908 -DNET_SSLEAY_PERL_VERSION=5036000); no -std: gcc's gnu17
# Files: the generated SSLeay.c alone, the whole C of the module: the XSUBs Net::SSLeay::read/
# peek/read_ex/peek_ex/write/write_ex/write_partial/accept/connect/do_handshake/shutdown/
# get_error (each an entry point: perl calls them through the newXS() table; SSL_read/SSL_peek
# classify their own result for the second return value), the C callbacks it hands OpenSSL
# (verify, password, session, PSK, ALPN/NPN, tlsext, info, msg, keylog; the BIO-less RSA keygen
# callback) and helpers (ssleay_RAND_*, the ctx/ssl data hashes); lib/Net/SSLeay.pm's ssl_read_all,
# ssl_write_all, sslcat etc. are Perl and not seen.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/net-ssleay" ] || { echo "$0: $R/net-ssleay: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/net-ssleay/src
exec "$BIN" "$@" -j2 \
  $S/SSLeay.c \
  -- -I/usr/include -D_REENTRANT -D_GNU_SOURCE -DDEBIAN -fwrapv -fno-strict-aliasing \
  -I/usr/local/include -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64 -DVERSION=\"1.96\" \
  -DXS_VERSION=\"1.96\" -fPIC -I/usr/lib/x86_64-linux-gnu/perl/5.36/CORE \
  -DOPENSSL_API_COMPAT=908 -DNET_SSLEAY_PERL_VERSION=5036000 -I$S
