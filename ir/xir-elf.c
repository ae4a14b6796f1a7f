/* xir-elf.c - finding .gnu.xinline in ELF64 little-endian images.
 *
 * Used by the plugin (a DB argument may be an object) and by xinline-db.
 * Every offset is checked against the image.
 */
#include "xir-int.h"

#include <string.h>

#define XELF_SHT_NOBITS 8
#define XELF_SHF_COMPRESSED 0x800
#define XELF_SHN_XINDEX 0xffff
#define XELF_SECTION ".gnu.xinline"

static uint64_t
xelf_le (const unsigned char *p, unsigned n)
{
  uint64_t v = 0;
  while (n--)
    v = (v << 8) | p[n];
  return v;
}

int
xir_elf_sections (const unsigned char *d, size_t len, xir_span *out,
                  unsigned max, unsigned *n, const char **err)
{
  uint64_t shoff, shnum, shstrndx, stroff, strsize, i;
  const unsigned char *sh;

  *n = 0;
  if (len < 64 || memcmp (d, "\177ELF", 4))
    return *err = "truncated or not an ELF header", -1;
  if (d[4] != 2)
    return *err = d[4] == 1 ? "32-bit ELF objects are not supported (only "
                              "ELF64)" : "unknown ELF class", -1;
  if (d[5] != 1)
    return *err = "big-endian ELF objects are not supported", -1;
  shoff = xelf_le (d + 0x28, 8);
  shnum = xelf_le (d + 0x3c, 2);
  shstrndx = xelf_le (d + 0x3e, 2);
  if (shoff == 0)
    return 0;
  if (xelf_le (d + 0x3a, 2) != 64)
    return *err = "unexpected ELF section header size", -1;
  if (shoff > len || len - shoff < 64)
    return *err = "ELF section headers lie outside the file", -1;
  /* Extended numbering: the real values live in section header 0.  */
  if (shnum == 0)
    shnum = xelf_le (d + shoff + 32, 8);
  if (shstrndx == XELF_SHN_XINDEX)
    shstrndx = xelf_le (d + shoff + 40, 4);
  if (shnum > (len - shoff) / 64)
    return *err = "ELF section headers lie outside the file", -1;
  if (shstrndx >= shnum)
    return *err = "bad ELF section name table index", -1;
  sh = d + shoff + shstrndx * 64;
  stroff = xelf_le (sh + 24, 8);
  strsize = xelf_le (sh + 32, 8);
  if (xelf_le (sh + 4, 4) == XELF_SHT_NOBITS || stroff > len
      || strsize > len - stroff)
    return *err = "ELF section name table lies outside the file", -1;

  for (i = 1; i < shnum; i++)
    {
      uint64_t nm, off, size;
      sh = d + shoff + i * 64;
      nm = xelf_le (sh, 4);
      if (nm >= strsize || strsize - nm < sizeof XELF_SECTION
          || memcmp (d + stroff + nm, XELF_SECTION, sizeof XELF_SECTION))
        continue;
      off = xelf_le (sh + 24, 8);
      size = xelf_le (sh + 32, 8);
      if (xelf_le (sh + 4, 4) == XELF_SHT_NOBITS || size == 0)
        continue;
      if (xelf_le (sh + 8, 8) & XELF_SHF_COMPRESSED)
        return *err = "compressed .gnu.xinline section is not supported", -1;
      if (off > len || size > len - off)
        return *err = ".gnu.xinline section lies outside the file", -1;
      if (*n == max)
        return *err = "too many .gnu.xinline sections", -1;
      out[*n].off = (size_t) off;
      out[*n].len = (size_t) size;
      (*n)++;
    }
  return 0;
}

int
xir_elf_extract (xir_db *db, const unsigned char *data, size_t len,
                 const char **err)
{
  xir_span spans[64];
  unsigned n, i;
  if (xir_elf_sections (data, len, spans, 64, &n, err))
    return -1;
  for (i = 0; i < n; i++)
    if (xir_db_parse (db, data + spans[i].off, spans[i].len, err))
      return -1;
  return 0;
}
