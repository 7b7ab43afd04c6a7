#include "hash.h"

#include <string.h>

static const uint64_t P1 = 0x9E3779B185EBCA87ULL, P2 = 0xC2B2AE3D27D4EB4FULL, P3 = 0x165667B19E3779F9ULL,
                      P4 = 0x85EBCA77C2B2AE63ULL, P5 = 0x27D4EB2F165667C5ULL;

static uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

static uint64_t avalanche(uint64_t h) {
  h ^= h >> 33;
  h *= P2;
  h ^= h >> 29;
  h *= P3;
  h ^= h >> 32;
  return h;
}

uint64_t hash64(const void *data, size_t n, uint64_t seed) {
  const unsigned char *p = data;
  uint64_t h = seed + P5 + (uint64_t)n;
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    memcpy(&w, p, 8);
    w = rotl(w * P2, 31) * P1;
    h = rotl(h ^ w, 27) * P1 + P4;
  }
  for (; n > 0; p++, n--) h = rotl(h ^ (*p * P5), 11) * P1;
  return avalanche(h);
}

uint64_t hash64_mix(uint64_t h, uint64_t v) { return avalanche(rotl(h ^ (rotl(v * P2, 31) * P1), 27) * P1 + P4); }

uint64_t hash64_str(const char *s, uint64_t seed) { return s ? hash64(s, strlen(s), seed) : hash64_mix(seed, 0x5A5A); }
