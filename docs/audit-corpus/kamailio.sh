#!/bin/sh
# ossl-lint audit of kamailio 38711a3e788de0130d48cb485578c482b57d9351 (2026-08-21)
# usage: kamailio.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/kamailio (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/kamailio/src, then in src (nothing generated is
#   needed; cmake only gives the flags, in build/compile_commands.json):
#   cmake -S . -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DINCLUDE_MODULES="tls" -DUSE_GIT=OFF
# the cdp module (Diameter, its own SSL_connect/SSL_read/SSL_write) needs libxml2's headers (libxml2-dev)
# files: every source of the tls module (src/modules/tls), and the TLS files of the cdp module with
#   their callers (cdp_tls.c, receiver.c, tcp_accept.c, acceptor.c, peerstatemachine.c,
#   peermanager.c, diameter_peer.c); the core reaches the tls module only through the tls_hooks
#   function pointers, so no core file is given
# flags: those of the tls module's database entry (tls_server.c), minus warnings/optimisation, plus
#   libxml2's include dir; the cdp files get the tls module's MOD_NAME/MOD_NAMEID (log prefix only)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/kamailio" ] || { echo "$0: $R/kamailio: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/kamailio/src
T=$S/src/modules/tls
C=$S/src/modules/cdp
exec "$BIN" "$@" -j2 \
  $T/tls_bio.c $T/tls_cfg.c $T/tls_config.c $T/tls_ct_wrq.c $T/tls_domain.c $T/tls_dump_vf.c \
  $T/tls_init.c $T/tls_locking.c $T/tls_mod.c $T/tls_rand.c $T/tls_rpc.c $T/tls_select.c \
  $T/tls_server.c $T/tls_util.c $T/tls_verify.c \
  $C/cdp_tls.c $C/receiver.c $C/tcp_accept.c $C/acceptor.c $C/peerstatemachine.c $C/peermanager.c \
  $C/diameter_peer.c \
  -- '-DARCH="x86_64"' -DCC_GCC_LIKE_ASM '-DCFG_DIR="/usr/local/etc/kamailio/"' '-DCOMPILER="gcc 12.2.0"' \
  -DDBG_SR_MEMORY -DDISABLE_NAGLE -DDNS_IP_HACK -DF_MALLOC -DHAVE_ALLOCA_H -DHAVE_EPOLL \
  -DHAVE_GETHOSTBYNAME2 -DHAVE_IP_MREQN -DHAVE_MSGHDR_MSG_CONTROL -DHAVE_MSG_NOSIGNAL -DHAVE_RESOLV_RES \
  -DHAVE_SCHED_SETSCHEDULER -DHAVE_SCHED_YIELD -DHAVE_SELECT -DHAVE_SIGIO_RT -DHAVE_TIMEGM \
  -DHAVE_UNION_SEMUN -DKSR_PTHREAD_MUTEX_SHARED -DMALLOC_STATS -DMEM_JOIN_FREE '-DMOD_NAME="tls"' \
  -DMOD_NAMEID=tls '-DNAME="kamailio"' -DOS=Linux '-DOS_QUOTED="linux"' -DPKG_MALLOC -DQ_MALLOC \
  '-DRUN_DIR="/run/kamailio"' '-DSHARE_DIR="/usr/local/share/kamailio/"' -DSHM_MMAP \
  -DSIGINFO64_WORKAROUND -DSTATISTICS -DTLSF_MALLOC -DTLS_HOOKS -DUSE_CORE_STATS -DUSE_DNS_CACHE \
  -DUSE_DNS_FAILOVER -DUSE_DST_BLOCKLIST -DUSE_FUTEX -DUSE_MCAST -DUSE_NAPTR -DUSE_RAW_SOCKS -DUSE_SCTP \
  -DUSE_TCP -DUSE_TLS '-DVERSION="6.2.0-dev1"' -DVERSIONVAL=6002000 -D__CPU_x86_64 -D__OS_linux \
  -Dtls_EXPORTS -I/usr/include/libxml2 -std=gnu11
