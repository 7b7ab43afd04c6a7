#!/bin/sh
# ossl-lint audit of ettercap (github.com/Ettercap/ettercap, default branch)
# e4be6c8530a165b7e366e34d8d249be06adeec54 (2026-04-27)
# usage: ettercap.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/ettercap (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libpcap-dev libnet1-dev libncurses-dev
# libpcre2-dev libcurl4-openssl-dev zlib1g-dev bison flex): git archive of the commit into
# $R/ettercap/src (without share/GeoLite2-Country_20260102.tar.gz, absent from the snapshot),
# then an out-of-source configure in $R/ettercap/build:
#   cmake ../src -DENABLE_GTK=OFF -DENABLE_GEOIP=OFF   (only configures: writes
#   build/include/config.h with OS_LINUX, HAVE_SYS_POLL_H...; nothing is built); the flags are
#   src/CMakeFiles/lib_ettercap.dir/flags.make's (C_DEFINES -Dlib_ettercap_EXPORTS, C_INCLUDES
#   -I build/include -I src/include -I/usr/include/ncurses; default build type Release, so no
#   -DDEBUG: the DEBUG-only ERR_get_error()/ERR_error_string() of sslw_ssl_accept() is out; no -std)
# Files: the OpenSSL layer, the SSL wrapper thread and its per-connection children
# (src/ec_sslwrap.c: SSL_accept and SSL_connect loops over non-blocking sockets classified by
# SSL_get_error(), SSL_read/SSL_write in sslw_read_data()/sslw_write_data(); every SSL call is in
# this file, behind static functions), the files that call into it (src/ec_main.c:
# ssl_wrap_init(); src/ec_sniff_unified.c: starts the sslw_start thread; src/ec_dissect.c:
# sslw_dissect_move()) and the helpers its I/O path calls (src/ec_socket.c: open_socket,
# close_socket, set_blocking; src/ec_sleep.c: ec_usleep; src/ec_threads.c; src/ec_packet.c:
# packet_disp_data, packet_destroy_object; src/ec_decode.c: get_decoder).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/ettercap" ] || { echo "$0: $R/ettercap: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/ettercap/src
B=$R/ettercap/build
exec "$BIN" "$@" -j2 \
  $S/src/ec_sslwrap.c $S/src/ec_main.c $S/src/ec_sniff_unified.c $S/src/ec_dissect.c \
  $S/src/ec_socket.c $S/src/ec_sleep.c $S/src/ec_threads.c $S/src/ec_packet.c $S/src/ec_decode.c \
  -- -Dlib_ettercap_EXPORTS -I$B/include -I$S/include -I/usr/include/ncurses
