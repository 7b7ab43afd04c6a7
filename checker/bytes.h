/* Bytes in and out for the cache's binary format: unsigned and signed
 * (zigzag) LEB128 varints, fixed-width little-endian words, and strings
 * (length + 1, 0 for NULL, then the bytes). The reader never reads past its
 * end: a short or malformed input sets `bad` and yields zeros. */
#ifndef OSSL_LINT_BYTES_H
#define OSSL_LINT_BYTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
  unsigned char *data;
  size_t len, cap;
} bytes_out;

void out_u8(bytes_out *o, unsigned v);
void out_uv(bytes_out *o, uint64_t v); /* varint */
void out_sv(bytes_out *o, int64_t v);  /* zigzag varint */
void out_u64(bytes_out *o, uint64_t v); /* 8 bytes, little-endian */
void out_raw(bytes_out *o, const void *p, size_t n);
void out_str(bytes_out *o, const char *s);

typedef struct {
  const unsigned char *p, *end;
  bool bad;
} bytes_in;

unsigned in_u8(bytes_in *in);
uint64_t in_uv_slow(bytes_in *in); /* in_uv's general case */
/* A varint; most of the IR's are one byte, read here without a call. */
static inline uint64_t in_uv(bytes_in *in) {
  if (!in->bad && in->p < in->end && *in->p < 0x80) return *in->p++;
  return in_uv_slow(in);
}
static inline int64_t in_sv(bytes_in *in) {
  uint64_t u = in_uv(in);
  return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}
uint64_t in_u64(bytes_in *in);
/* An int in [lo, hi]; outside it (or on a bad input) sets bad and returns lo. */
static inline int in_int(bytes_in *in, int lo, int hi) {
  int64_t v = in_sv(in);
  if (in->bad || v < lo || v > hi) {
    in->bad = true;
    return lo;
  }
  return (int)v;
}
/* A count of elements each at least min_size bytes long: at most what the
 * rest of the input can hold (so a corrupted count cannot ask for gigabytes). */
int in_count(bytes_in *in, size_t min_size);
/* A string (malloc'd, or NULL as written); a NUL inside it is bad. */
char *in_str(bytes_in *in);
/* The string's bytes in place, without copying: *n its length; NULL for NULL. */
const char *in_str_view(bytes_in *in, size_t *n);

#endif
