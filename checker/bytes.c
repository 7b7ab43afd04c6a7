#include "bytes.h"

#include "util.h"

#include <limits.h>
#include <string.h>

static void reserve(bytes_out *o, size_t more) {
  if (o->len + more <= o->cap) return;
  size_t cap = o->cap ? o->cap : 256;
  while (cap < o->len + more) cap *= 2;
  o->data = xrealloc(o->data, cap);
  o->cap = cap;
}

void out_raw(bytes_out *o, const void *p, size_t n) {
  reserve(o, n);
  if (n) memcpy(o->data + o->len, p, n);
  o->len += n;
}

void out_u8(bytes_out *o, unsigned v) {
  reserve(o, 1);
  o->data[o->len++] = (unsigned char)v;
}

void out_uv(bytes_out *o, uint64_t v) {
  reserve(o, 10);
  while (v >= 0x80) {
    o->data[o->len++] = (unsigned char)(v | 0x80);
    v >>= 7;
  }
  o->data[o->len++] = (unsigned char)v;
}

void out_sv(bytes_out *o, int64_t v) { out_uv(o, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63)); }

void out_u64(bytes_out *o, uint64_t v) {
  unsigned char b[8];
  for (int i = 0; i < 8; i++) b[i] = (unsigned char)(v >> (8 * i));
  out_raw(o, b, 8);
}

void out_str(bytes_out *o, const char *s) {
  if (!s) {
    out_uv(o, 0);
    return;
  }
  size_t n = strlen(s);
  out_uv(o, (uint64_t)n + 1);
  out_raw(o, s, n);
}

unsigned in_u8(bytes_in *in) {
  if (in->bad || in->p >= in->end) {
    in->bad = true;
    return 0;
  }
  return *in->p++;
}

uint64_t in_uv_slow(bytes_in *in) {
  uint64_t v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    unsigned b = in_u8(in);
    if (in->bad) return 0;
    v |= (uint64_t)(b & 0x7f) << shift;
    if (!(b & 0x80)) return v;
  }
  in->bad = true; /* more than ten bytes */
  return 0;
}

uint64_t in_u64(bytes_in *in) {
  if (in->bad || in->end - in->p < 8) {
    in->bad = true;
    return 0;
  }
  uint64_t v = 0;
  for (int i = 0; i < 8; i++) v |= (uint64_t)in->p[i] << (8 * i);
  in->p += 8;
  return v;
}

int in_count(bytes_in *in, size_t min_size) {
  uint64_t n = in_uv(in);
  size_t left = (size_t)(in->end - in->p);
  if (in->bad || n > INT_MAX / 2 || (min_size && n > left / min_size)) {
    in->bad = true;
    return 0;
  }
  return (int)n;
}

const char *in_str_view(bytes_in *in, size_t *n) {
  *n = 0;
  uint64_t len = in_uv(in);
  if (in->bad || len == 0) return NULL;
  len--;
  if (len > (uint64_t)(in->end - in->p) || memchr(in->p, '\0', (size_t)len)) {
    in->bad = true;
    return NULL;
  }
  const char *s = (const char *)in->p;
  in->p += len;
  *n = (size_t)len;
  return s;
}

char *in_str(bytes_in *in) {
  size_t n;
  const char *s = in_str_view(in, &n);
  if (!s) return NULL;
  char *copy = xmalloc(n + 1);
  memcpy(copy, s, n);
  copy[n] = '\0';
  return copy;
}
