#!/bin/sh
# ossl-lint audit of netkit-telnet-ssl (github.com/marado/netkit-telnet-ssl, branch master: a
# maintainer's archive of Debian source trees and packages) c5ca4e1ae6eceb6cb10461069dacc117d69d65dc
# (2023-02-22, "archive - upstream is in a better shape now"); the audited tree is its directory
# netkit-telnet-ssl-0.17.41+0.2/, Debian's 0.17.41+0.2-3.3+nmu1 with every quilt patch applied
# (.pc/applied-patches ends with use-cmake-as-buildsystem-debian-extras.patch); the
# 0.17.41+really0.17 directory is the unpatched plain netkit-telnet, with no SSL code
# usage: netkit-telnet-ssl.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/netkit-telnet-ssl (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): git archive of the commit into
# $R/netkit-telnet-ssl/src; nothing to configure or generate (CMakeLists.txt only adds flags,
# no config header); the flags are those of the CMake build: the top level's -D_GNU_SOURCE
# -DACCEPT_USERVAR -Wno-trigraphs, telnetd's -DISSUE_FILE="/etc/issue.net" -DPARANOID_TTYS
# -DNO_REVOKE -DKLUDGELINEMODE -DDIAGNOSTICS -DAUTHENTICATE -DLOGIN_WRAPPER="/usr/lib/telnetlogin"
# -DUSE_SSL -I/usr/include/openssl -I.. (the tree's top), and libtelnet's -I. (its own -DUSE_TERMIO
# is left out: one run, telnetd's flags, and no libtelnet file tests it)
# Files: the C code that does TLS: telnetd/telnetd.c (the SSL-only SSL_accept, the main loop's
# SSL_read), telnetd/utility.c (ttloop's SSL_read, SSL_writev and netflush's SSL_write),
# telnetd/sys_term.c (cleanup's SSL_shutdown), the rest of in.telnetd's units (state.c, global.c,
# slc.c, termstat.c), and libtelnet (ssl.c: AUTH SSL's SSL_accept/SSL_connect, sslapp.c: the
# context setup and callbacks, auth.c and misc.c: the auth option machinery). None of them
# classifies with SSL_get_error; the client's SSL_read/SSL_connect classifications are in
# telnet/netlink.cc, C++, and not in the run
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/netkit-telnet-ssl" ] || { echo "$0: $R/netkit-telnet-ssl: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/netkit-telnet-ssl/src/netkit-telnet-ssl-0.17.41+0.2
exec "$BIN" "$@" -j2 \
  $S/telnetd/telnetd.c $S/telnetd/utility.c $S/telnetd/sys_term.c $S/telnetd/state.c \
  $S/telnetd/global.c $S/telnetd/slc.c $S/telnetd/termstat.c \
  $S/libtelnet/ssl.c $S/libtelnet/sslapp.c $S/libtelnet/auth.c $S/libtelnet/misc.c \
  -- -D_GNU_SOURCE -DACCEPT_USERVAR -Wno-trigraphs '-DISSUE_FILE="/etc/issue.net"' -DPARANOID_TTYS \
  -DNO_REVOKE -DKLUDGELINEMODE -DDIAGNOSTICS -DAUTHENTICATE '-DLOGIN_WRAPPER="/usr/lib/telnetlogin"' \
  -DUSE_SSL -I/usr/include/openssl -I$S -I$S/libtelnet
