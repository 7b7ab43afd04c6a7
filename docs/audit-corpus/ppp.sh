#!/bin/sh
# ossl-lint audit of ppp (github.com/ppp-project/ppp, branch master)
# ce4629f181af33fca43a4c95783e063efacead35 (2026-08-22)
# usage: ppp.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/ppp (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libpcap-dev libpam0g-dev): git archive of
# the commit into $R/ppp/src, then in src:
#   ./autogen.sh   (runs autoreconf and ./configure: writes pppd/config.h and pppd/pppdconf.h
#   with PPP_WITH_OPENSSL, PPP_WITH_EAPTLS, PPP_WITH_PEAP, PPP_WITH_MPPE, PPP_WITH_CHAPMS;
#   nothing is built); the flags are pppd/Makefile's for pppd's objects (`make -n pppd-eap-tls.o`:
#   DEFS -DHAVE_CONFIG_H, DEFAULT_INCLUDES -I. -I../pppd/plugins/pppoe, pppd_CPPFLAGS -DSYSCONFDIR
#   -DPPPD_RUNTIME_DIR -DPPPD_LOGFILE_DIR -DSYSTEM_CA_PATH -DPPPD_PLUGIN_DIR, PAM_CFLAGS
#   -I/usr/include/security; no -std: gcc's default gnu17)
# Files: the two OpenSSL layers over memory BIOs (pppd/eap-tls.c: EAP-TLS, SSL_read after
# feeding the peer's records, the handshake driven by SSL_read/SSL_write-less BIO pumping;
# pppd/peap.c: PEAP, SSL_do_handshake with SSL_get_error, SSL_read and SSL_write of the inner
# EAP), their common setup helpers (pppd/tls.c: tls_init, tls_set_*, tls_log_sslerr's
# ERR_get_error loop), the EAP state machine that calls both from its client and server input
# paths (pppd/eap.c), and the key helpers they call after the handshake (pppd/mppe.c,
# pppd/chap_ms.c, pppd/crypto.c, pppd/crypto_ms.c: EVP digests and ciphers).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/ppp" ] || { echo "$0: $R/ppp: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/ppp/src
exec "$BIN" "$@" -j2 \
  $S/pppd/eap-tls.c $S/pppd/peap.c $S/pppd/tls.c $S/pppd/eap.c $S/pppd/mppe.c \
  $S/pppd/chap_ms.c $S/pppd/crypto.c $S/pppd/crypto_ms.c \
  -- -DHAVE_CONFIG_H -I$S/pppd -I$S/pppd/plugins/pppoe -DSYSCONFDIR=\"/usr/local/etc\" \
  -DPPPD_RUNTIME_DIR='"/usr/local/var/run/pppd"' -DPPPD_LOGFILE_DIR='"/usr/local/var/log/ppp"' \
  -DSYSTEM_CA_PATH='"/usr/local/etc/ssl/certs"' -DPPPD_PLUGIN_DIR='"/usr/local/lib/pppd/2.5.4-dev"' \
  -I/usr/include/security
