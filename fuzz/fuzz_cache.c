/* libFuzzer target: the cache reader (checker/tu_cache.c, checker/ir_serial.c,
 * checker/bytes.c). An input that starts with the entry magic is read as a
 * whole entry (header, key, dependencies, the unit's IR); any other input is
 * read as an entry's payload behind a well-formed header, so the fuzzer spends
 * its time in the IR reader rather than on the magic. The checksum is not
 * verified here (a run rejects what fails it before reading): every payload
 * must be either rejected or turned into IR whose every index is in range,
 * without a crash, a leak or an out-of-bounds read. */
#include "tu_cache.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char magic[8] = TU_CACHE_MAGIC; /* without its NUL */
  if (size >= sizeof magic && !memcmp(data, magic, sizeof magic)) {
    tu_cache_parse_entry(data, size);
    return 0;
  }
  unsigned char *entry = malloc(size + TU_CACHE_HEADER_SIZE);
  if (!entry) abort();
  memcpy(entry, magic, 8);
  uint64_t words[4] = {TU_CACHE_FORMAT_VERSION, 0, (uint64_t)size, 0}; /* any checker, no checksum */
  for (int w = 0; w < 4; w++)
    for (int b = 0; b < 8; b++) entry[8 + 8 * w + b] = (unsigned char)(words[w] >> (8 * b));
  if (size) memcpy(entry + TU_CACHE_HEADER_SIZE, data, size);
  tu_cache_parse_entry(entry, size + TU_CACHE_HEADER_SIZE);
  free(entry);
  return 0;
}
