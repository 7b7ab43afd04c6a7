#!/bin/sh
# ossl-lint audit of pgBackRest (github.com/pgbackrest/pgbackrest, branch main)
# bd22b6809d308265e603ddd96f51559338fa90e2 (2026-08-20)
# usage: pgbackrest.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/pgbackrest (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; libpq-dev, libxml2-dev, libyaml-dev, liblz4-dev, libzstd-dev,
#   libbz2-dev, meson and ninja-build installed): git archive of the commit into $R/pgbackrest/src;
#   meson setup $R/pgbackrest/build (in $R/pgbackrest/src; writes build/src/build.auto.h; libsystemd
#   and libssh2 not found; on a machine that has libsystemd-dev add -Dlibsystemd=disabled); ninja -C $R/pgbackrest/build src/command/help/help.auto.c.inc
#   src/postgres/interface.auto.c.inc (the two generated sources that units include); nothing built.
#   The flags are those of the database's units (one set for all 190). meson found gcc's
#   libbacktrace (HAVE_LIBBACKTRACE), whose backtrace.h is in gcc's private include directory:
#   it is searched last (-idirafter) so that clang's own stddef.h etc. stay first.
# Files: every unit of the pgbackrest program (190). The TLS code is common/io/tls/ (session.c:
#   SSL_read/SSL_write/SSL_connect/SSL_accept through tlsSessionResult() with SSL_get_error and
#   ERR_get_error; client.c, server.c, common.c: contexts and SSL setup); its callers are reached
#   through the IoSession/IoClient/IoServer interfaces (common/io/), the HTTP client (common/io/http/)
#   of the S3/GCS/Azure storage drivers, the TLS server (command/server/) and protocol/helper.c.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/pgbackrest" ] || { echo "$0: $R/pgbackrest: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/pgbackrest/src/src
B=$R/pgbackrest/build
exec "$BIN" "$@" -j2 \
  $S/command/annotate/annotate.c $S/command/archive/common.c $S/command/archive/find.c \
  $S/command/archive/get/file.c $S/command/archive/get/get.c $S/command/archive/get/protocol.c \
  $S/command/archive/push/file.c $S/command/archive/push/protocol.c \
  $S/command/archive/push/push.c $S/command/backup/backup.c $S/command/backup/blockIncr.c \
  $S/command/backup/blockMap.c $S/command/backup/common.c $S/command/backup/pageChecksum.c \
  $S/command/backup/protocol.c $S/command/check/check.c $S/command/check/common.c \
  $S/command/check/report.c $S/command/command.c $S/command/control/common.c \
  $S/command/control/start.c $S/command/control/stop.c $S/command/exit.c \
  $S/command/expire/expire.c $S/command/help/help.c $S/command/info/info.c \
  $S/command/local/local.c $S/command/lock.c $S/command/manifest/manifest.c \
  $S/command/remote/remote.c $S/command/repo/common.c $S/command/repo/get.c $S/command/repo/ls.c \
  $S/command/repo/rm.c $S/command/restore/blockChecksum.c $S/command/restore/blockDelta.c \
  $S/command/restore/protocol.c $S/command/restore/restore.c $S/command/restore/timeline.c \
  $S/command/server/ping.c $S/command/server/server.c $S/command/stanza/common.c \
  $S/command/stanza/create.c $S/command/stanza/delete.c $S/command/stanza/upgrade.c \
  $S/command/verify/file.c $S/command/verify/protocol.c $S/command/verify/verify.c \
  $S/common/compress/bz2/common.c $S/common/compress/bz2/compress.c \
  $S/common/compress/bz2/decompress.c $S/common/compress/common.c $S/common/compress/gz/common.c \
  $S/common/compress/gz/compress.c $S/common/compress/gz/decompress.c $S/common/compress/helper.c \
  $S/common/compress/lz4/common.c $S/common/compress/lz4/compress.c \
  $S/common/compress/lz4/decompress.c $S/common/compress/zst/common.c \
  $S/common/compress/zst/compress.c $S/common/compress/zst/decompress.c \
  $S/common/crypto/cipherBlock.c $S/common/crypto/common.c $S/common/crypto/hash.c \
  $S/common/crypto/spec.c $S/common/crypto/xxhash.c $S/common/debug.c $S/common/encode.c \
  $S/common/error/error.c $S/common/error/retry.c $S/common/exec.c $S/common/fork.c \
  $S/common/ini.c $S/common/io/bufferRead.c $S/common/io/bufferWrite.c $S/common/io/client.c \
  $S/common/io/fd.c $S/common/io/fdRead.c $S/common/io/fdWrite.c $S/common/io/filter/buffer.c \
  $S/common/io/filter/filter.c $S/common/io/filter/group.c $S/common/io/filter/sink.c \
  $S/common/io/filter/size.c $S/common/io/http/client.c $S/common/io/http/common.c \
  $S/common/io/http/header.c $S/common/io/http/query.c $S/common/io/http/request.c \
  $S/common/io/http/response.c $S/common/io/http/session.c $S/common/io/http/url.c \
  $S/common/io/io.c $S/common/io/limitRead.c $S/common/io/read.c $S/common/io/server.c \
  $S/common/io/session.c $S/common/io/socket/address.c $S/common/io/socket/client.c \
  $S/common/io/socket/common.c $S/common/io/socket/server.c $S/common/io/socket/session.c \
  $S/common/io/tls/client.c $S/common/io/tls/common.c $S/common/io/tls/server.c \
  $S/common/io/tls/session.c $S/common/io/write.c $S/common/lock.c $S/common/log.c \
  $S/common/memContext.c $S/common/regExp.c $S/common/stackTrace.c $S/common/stat.c \
  $S/common/time.c $S/common/type/blob.c $S/common/type/buffer.c $S/common/type/convert.c \
  $S/common/type/json.c $S/common/type/keyValue.c $S/common/type/list.c $S/common/type/object.c \
  $S/common/type/pack.c $S/common/type/string.c $S/common/type/stringId.c \
  $S/common/type/stringList.c $S/common/type/stringStatic.c $S/common/type/stringZ.c \
  $S/common/type/variant.c $S/common/type/variantList.c $S/common/type/xml.c $S/common/user.c \
  $S/common/wait.c $S/config/common.c $S/config/config.c $S/config/exec.c $S/config/load.c \
  $S/config/parse.c $S/config/protocol.c $S/db/db.c $S/db/helper.c $S/db/protocol.c \
  $S/info/info.c $S/info/infoArchive.c $S/info/infoBackup.c $S/info/infoPg.c \
  $S/info/manifest/manifest.c $S/main.c $S/postgres/client.c $S/postgres/interface.c \
  $S/postgres/interface/crc32.c $S/postgres/interface/page.c $S/protocol/client.c \
  $S/protocol/helper.c $S/protocol/parallel.c $S/protocol/parallelJob.c $S/protocol/server.c \
  $S/storage/azure/helper.c $S/storage/azure/read.c $S/storage/azure/storage.c \
  $S/storage/azure/write.c $S/storage/cifs/helper.c $S/storage/cifs/storage.c \
  $S/storage/gcs/helper.c $S/storage/gcs/read.c $S/storage/gcs/storage.c $S/storage/gcs/write.c \
  $S/storage/helper.c $S/storage/iterator.c $S/storage/list.c $S/storage/posix/read.c \
  $S/storage/posix/storage.c $S/storage/posix/write.c $S/storage/read.c $S/storage/readMulti.c \
  $S/storage/remote/protocol.c $S/storage/remote/read.c $S/storage/remote/readMulti.c \
  $S/storage/remote/storage.c $S/storage/remote/write.c $S/storage/s3/helper.c \
  $S/storage/s3/read.c $S/storage/s3/storage.c $S/storage/s3/write.c $S/storage/sftp/helper.c \
  $S/storage/sftp/read.c $S/storage/sftp/storage.c $S/storage/sftp/write.c $S/storage/storage.c \
  $S/storage/write.c \
  -- -std=c11 -DNDEBUG -D_FILE_OFFSET_BITS=64 -D_POSIX_C_SOURCE=200809L -I$B/src/pgbackrest.p -I$B/src \
     -I$S -I$B/src/command/help -I$B/src/postgres -I/usr/include/postgresql -I/usr/include/libxml2 \
     -idirafter /usr/lib/gcc/x86_64-linux-gnu/12/include
