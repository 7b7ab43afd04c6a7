#!/bin/sh
# ossl-lint audit of hostapd's OpenSSL TLS layer (github.com/michael-dev/hostapd, a GitHub mirror
# of hostap.git; an older commit of the snapshot, whose newest is 9621f34 of 2021-05-14)
# f91680c15f80f0b617a0d2c369c8c1bb3dcf078b (2021-04-10)
# usage: hostap.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/hostap (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; libnl-genl-3-dev for the nl80211 flags): git archive of
#   the commit into $R/hostap/src, then `cp defconfig .config` in src/hostapd (no configure:
#   CONFIG_TLS defaults to openssl). The flags are those of `make -n V=1 hostapd` there for
#   ../src/crypto/tls_openssl.c (every unit gets the same CFLAGS), less -MMD and -o/-c.
# Files: the OpenSSL TLS layer (src/crypto/tls_openssl.c: memory BIOs, ssl_in/ssl_out;
# openssl_handshake with SSL_accept/SSL_connect and SSL_get_error, openssl_get_appl_data and
# tls_connection_decrypt with SSL_read, tls_connection_encrypt with SSL_write,
# tls_connection_shutdown with SSL_shutdown, tls_show_errors draining the queue), its OCSP part
# (tls_openssl_ocsp.c), and the EAP server methods that drive it (src/eap_server/
# eap_server_tls_common.c: eap_server_tls_phase1, the encrypt/decrypt wrappers; eap_server_tls.c,
# eap_server_peap.c, eap_server_ttls.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/hostap" ] || { echo "$0: $R/hostap: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/hostap/src
exec "$BIN" "$@" -j2 \
  $S/src/crypto/tls_openssl.c $S/src/crypto/tls_openssl_ocsp.c \
  $S/src/eap_server/eap_server_tls_common.c $S/src/eap_server/eap_server_tls.c \
  $S/src/eap_server/eap_server_peap.c $S/src/eap_server/eap_server_ttls.c \
  -- -O2 -Wall -g -I$S/src -I$S/src/utils -DHOSTAPD -DHOSTAPD_DUMP_STATE \
     -DCONFIG_CTRL_IFACE_UNIX -DCONFIG_CTRL_IFACE -DCONFIG_RSN_PREAUTH -DCONFIG_DRIVER_HOSTAP \
     -DCONFIG_DRIVER_NL80211 -I/usr/include/libnl3 -DCONFIG_ERP -DEAP_SERVER_MD5 -DEAP_SERVER_TLS \
     -DEAP_SERVER_PEAP -DEAP_SERVER_TTLS -DEAP_SERVER_MSCHAPV2 -DEAP_SERVER_GTC \
     -DEAP_SERVER_IDENTITY -DEAP_SERVER -DPKCS12_FUNCS -DEAP_TLS_FUNCS \
     -DTLS_DEFAULT_CIPHERS=\"DEFAULT:!EXP:!LOW\" -DCONFIG_DES -DCONFIG_SHA256 -DCONFIG_IPV6 \
     -DNEED_AP_MLME
