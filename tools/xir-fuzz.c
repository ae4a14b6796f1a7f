/* xir-fuzz.c - fuzz target for the xinline IR decoder.
 *
 * libFuzzer:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *     -DFUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION -Iir \
 *     tools/xir-fuzz.c ir/xir-*.c -o xir-fuzz
 *   ./xir-fuzz -max_total_time=300 CORPUS_DIR
 * (FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION makes the decoder skip the
 * record hash check, so that mutations get past it; leave it out to fuzz
 * the production configuration.)
 *
 * Standalone (any C compiler, e.g. to replay crashes with gcc):
 *   gcc -DXIR_FUZZ_STANDALONE -Iir tools/xir-fuzz.c ir/xir-*.c
 *   ./a.out FILE...
 *
 * Each input is parsed as an .xdb or a sequence of units; every entry is
 * decoded, checked by the typing rules (of its unit's target, x86-64 if
 * the library does not know that one), printed to /dev/null and
 * re-encoded.  Beyond "no crash, no leak" it asserts the codec's
 * invariants: a decoded function passes the structural check and
 * re-encodes to the bytes it came from (apart from the hash, which a
 * fuzzing build does not check), a parsed DB survives finish /
 * encode / parse unchanged, and the lazy reader of an .xdb (xir_db_attach,
 * lookups by name, xir_db_unmap) agrees with the complete parse.
 */
#include "xir.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *devnull;

static void
fail (const char *what)
{
  fprintf (stderr, "xir-fuzz: invariant violated: %s\n", what);
  abort ();
}

/* Offset of the 8 hash bytes in the function record P..LEN (whose head
   the decoder accepted).  */
static size_t
hash_offset (const unsigned char *p, size_t len)
{
  size_t i = 0;
  unsigned k;
  for (k = 0; k < 2; k++)       /* the name's length, then nstmts */
    {
      uint64_t v = 0;
      unsigned shift = 0;
      unsigned char c;
      do
        {
          if (i >= len)
            return len;
          c = p[i++];
          if (shift < 64)
            v |= (uint64_t) (c & 0x7f) << shift;
          shift += 7;
        }
      while (c & 0x80);
      if (k == 0)
        {
          if (v > len - i)
            return len;
          i += (size_t) v;
        }
    }
  return i;
}

static void
check_entry (const xir_entry *e)
{
  const char *err = NULL;
  xir_func *f = xir_entry_decode (e, &err);
  xir_target tgt;
  xir_buf b;
  size_t h;
  if (!f)
    {
      if (!err)
        fail ("entry refused without a message");
      return;
    }
  if (xir_func_check (f, NULL))
    fail ("decoded function does not pass xir_func_check");
  if (xir_target_from_meta (e->meta.target, &tgt))
    xir_target_from_meta ("x86_64-linux-gnu p64 le", &tgt);
  (void) xir_func_check (f, &tgt);
  xir_print_func (devnull, f);
  xir_buf_init (&b);
  xir_encode_func (&b, f);
  h = hash_offset (e->body, e->body_len);
  if (b.len != e->body_len || h + 8 > b.len
      || memcmp (b.data, e->body, h)
      || memcmp (b.data + h + 8, e->body + h + 8, b.len - h - 8))
    fail ("decoded function does not re-encode to its bytes");
  xir_buf_free (&b);
  xir_func_free (f);
}

/* finish / encode / parse / encode must be stable.  */
static void
check_db (xir_db *db)
{
  const char *err = NULL, *dup = NULL;
  xir_db again;
  xir_buf b1, b2;
  uint32_t i;
  for (i = 0; i < db->n; i++)
    if (xir_db_find (db, db->e[i].name, db->e[i].meta.flavour) == NULL)
      fail ("xir_db_find misses an entry");
  if (xir_db_finish (db, &err, &dup) < 0)
    {
      if (!err || !dup)
        fail ("conflict without a message");
      return;
    }
  xir_buf_init (&b1);
  xir_buf_init (&b2);
  xir_db_encode (&b1, db);
  memset (&again, 0, sizeof again);
  if (xir_db_parse (&again, b1.data, b1.len, &err) < 0)
    fail ("an encoded DB does not parse");
  xir_db_encode (&b2, &again);
  if (b1.len != b2.len || memcmp (b1.data, b2.data, b1.len))
    fail ("DB re-encoding differs");
  xir_db_free (&again);
  xir_buf_free (&b1);
  xir_buf_free (&b2);
}

/* The lazy reader (xir_db_attach) on the same bytes: lookups never
   crash; on a DB the complete parse accepted every entry is found, equal,
   without error; and reading it all (xir_db_unmap) agrees with the
   complete parse.  */
static void
check_lazy (const xir_db *full, int parsed, const uint8_t *data, size_t size)
{
  static const char *const probes[] = { "", "a", "helper", "zzzz" };
  xir_db lazy;
  xir_mapping m;
  const char *err = NULL, *name = NULL;
  uint32_t i;
  memset (&lazy, 0, sizeof lazy);
  m.data = (const unsigned char *) memcpy (malloc (size ? size : 1), data, size);
  m.len = size;
  m.mapped = 0;
  if (xir_db_attach (&lazy, &m, "fuzz", &err) < 0)
    {
      if (!err)
        fail ("attach error without a message");
      if (parsed && xir_sniff (data, size) == 1)
        fail ("attach refuses a DB the parser accepts");
      return;
    }
  for (i = 0; i < sizeof probes / sizeof *probes; i++)
    (void) xir_db_find (&lazy, probes[i], XIR_FLAVOUR_BUILTIN);
  for (i = 0; i < full->n; i++)
    {
      const xir_entry *a = &full->e[i];
      const xir_entry *b = xir_db_find (&lazy, a->name, a->meta.flavour);
      if (parsed && (!b || b->hash != a->hash || b->body_len != a->body_len
                     || memcmp (b->body, a->body, a->body_len)))
        fail ("the lazy reader differs from the parser");
    }
  if (xir_db_error (&lazy, &name, &err) && (!err || !name))
    fail ("lookup error without a message");
  if (parsed && xir_db_error (&lazy, &name, &err))
    fail ("lookup error in a DB the parser accepts");
  err = NULL;
  if ((xir_db_unmap (&lazy, &name, &err) == 0) != parsed)
    fail ("complete lazy read and parse disagree");
  if (parsed && lazy.n != full->n)
    fail ("complete lazy read and parse differ");
  xir_db_free (&lazy);
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  xir_db db;
  const char *err = NULL;
  uint32_t i;
  if (!devnull && !(devnull = fopen ("/dev/null", "w")))
    abort ();
  memset (&db, 0, sizeof db);
  (void) xir_sniff (data, size);
  if (xir_db_parse (&db, data, size, &err) < 0 && !err)
    fail ("parse error without a message");
  for (i = 0; i < db.n; i++)
    check_entry (&db.e[i]);
  if (xir_sniff (data, size) == 1)
    check_lazy (&db, !err, data, size);
  if (!err)
    check_db (&db);
  xir_db_free (&db);
  return 0;
}

#ifdef XIR_FUZZ_STANDALONE
int
main (int argc, char **argv)
{
  int i;
  for (i = 1; i < argc; i++)
    {
      unsigned char *buf;
      size_t len;
      if (xir_read_file (argv[i], &buf, &len))
        {
          perror (argv[i]);
          return 1;
        }
      LLVMFuzzerTestOneInput (buf, len);
      free (buf);
    }
  printf ("xir-fuzz: %d inputs ran\n", argc - 1);
  return 0;
}
#endif
