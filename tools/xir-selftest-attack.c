/* xir-selftest-attack.c - the self-test's attacks on the decoder: crafted
 * records (huge counts, overlong and non-canonical varints, bad hashes,
 * names, lengths), every prefix and every single-byte corruption of valid
 * units, DBs and records (the record hash fixed up, so that the
 * structural checks are what must refuse them), and random bytes.  What
 * the decoder accepts must re-encode to the same bytes.
 */
#include "xir-selftest.h"

#include <stdlib.h>

/* ---- attacks on the decoder --------------------------------------------- */

/* Parses LEN bytes; if that works, decodes every entry.  Returns 0 if
   everything was accepted, 1 if anything was refused.  */
static int
attack (const unsigned char *data, size_t len)
{
  xir_db db;
  const char *e = NULL;
  int rc;
  unsigned char *copy = (unsigned char *) malloc (len ? len : 1);
  /* A private copy so that ASan sees reads past the end.  */
  memcpy (copy, data, len);
  memset (&db, 0, sizeof db);
  rc = xir_db_parse (&db, copy, len, &e);
  CHECK ((rc < 0) == (e != NULL), "error status without message");
  if (rc == 0 && decode_entries (&db))
    rc = -1;
  xir_db_free (&db);
  free (copy);
  return rc < 0;
}

static void
put_uleb (xir_buf *b, uint64_t v)
{
  do
    {
      unsigned char c = v & 0x7f;
      v >>= 7;
      if (v)
        c |= 0x80;
      xir_buf_put (b, &c, 1);
    }
  while (v);
}

static uint64_t
get_uleb (const unsigned char **p, const unsigned char *end, int *ok)
{
  uint64_t v = 0;
  unsigned shift = 0;
  while (*p < end && shift < 64)
    {
      unsigned char c = *(*p)++;
      v |= (uint64_t) (c & 0x7f) << shift;
      if (!(c & 0x80))
        return v;
      shift += 7;
    }
  *ok = 0;
  return 0;
}

/* Recomputes the hash of the function record REC..LEN in place (the
   record head must be intact).  Returns 0 if the head was unreadable.  */
static int
fix_hash (unsigned char *rec, size_t len)
{
  const unsigned char *p = rec, *end = rec + len;
  unsigned char *tmp;
  int ok = 1;
  uint64_t n = get_uleb (&p, end, &ok), h;
  size_t hpos, i;
  if (!ok || n > (size_t) (end - p))
    return 0;
  p += n;
  get_uleb (&p, end, &ok);
  if (!ok || end - p < 8)
    return 0;
  hpos = (size_t) (p - rec);
  tmp = (unsigned char *) malloc (len);
  memcpy (tmp, rec, hpos);
  memcpy (tmp + hpos, rec + hpos + 8, len - hpos - 8);
  h = xir_hash (tmp, len - 8);
  free (tmp);
  for (i = 0; i < 8; i++)
    rec[hpos + i] = (unsigned char) (h >> (8 * i));
  return 1;
}

/* A function record around BODY, with a correct hash.  */
static void
make_record (xir_buf *out, const char *name, uint64_t nstmts,
             const xir_buf *body)
{
  static const unsigned char nohash[8];
  xir_buf_init (out);
  put_uleb (out, strlen (name));
  xir_buf_put (out, name, strlen (name));
  put_uleb (out, nstmts);
  xir_buf_put (out, nohash, 8);
  put_uleb (out, body->len);
  xir_buf_put (out, body->data, body->len);
  fix_hash (out->data, out->len);
}

static void
expect_record_error (const xir_buf *rec, const char *want)
{
  const char *e;
  xir_func *f = decode (rec->data, rec->len, &e);
  CHECK (!f && e && !strcmp (e, want), "record: want '%s', got '%s'", want,
         f ? "success" : e);
  xir_func_free (f);
}

/* Units and DBs: a huge function count, a huge entry count, unknown
   semflags, a bad flavour, a payload length that does not match.  */
static void
crafted_containers (void)
{
  xir_meta m = meta ("s.c", 0, 0);
  xir_buf u;
  xir_db db;
  const char *e;
  xir_buf_init (&u);
  xir_encode_unit (&u, &m, NULL, 0);
  u.data[u.len - 1] = 0x7f;           /* 127 functions, no data */
  CHECK (parse (&db, &u, &e) < 0 && !strcmp (e, "truncated unit"),
         "unit count: %s", e ? e : "accepted");
  xir_db_free (&db);
  xir_buf_free (&u);

  xir_buf_init (&u);
  xir_buf_put (&u, XIR_DB_MAGIC, 7);
  put_uleb (&u, XIR_VERSION);
  xir_buf_put (&u, "\xff\xff\xff\xff\0\0\0\0", 8);
  CHECK (parse (&db, &u, &e) < 0
         && !strcmp (e, "too many DB entries (4294967295)"),
         "DB count: %s", e ? e : "accepted");
  xir_db_free (&db);
  u.data[8] = 0xe8, u.data[9] = 3, u.data[10] = u.data[11] = 0;  /* 1000 */
  CHECK (parse (&db, &u, &e) < 0 && !strcmp (e, "truncated DB index"),
         "DB count 2: %s", e ? e : "accepted");
  xir_db_free (&db);

  /* Unknown semflags and a bad flavour in the metadata.  */
  m.semflags = 1u << 20;
  xir_buf_free (&u);
  xir_buf_init (&u);
  xir_encode_unit (&u, &m, NULL, 0);
  CHECK (parse (&db, &u, &e) < 0 && !strcmp (e, "unknown semflags 0x100000"),
         "semflags: %s", e ? e : "accepted");
  xir_db_free (&db);
  m.semflags = 0;
  m.flavour = 2;
  xir_buf_free (&u);
  xir_buf_init (&u);
  xir_encode_unit (&u, &m, NULL, 0);
  CHECK (parse (&db, &u, &e) < 0 && !strcmp (e, "bad flavour 2"),
         "flavour: %s", e ? e : "accepted");
  xir_db_free (&db);
  xir_buf_free (&u);

  /* A unit whose payload length exceeds the data; a truncated header.  */
  m.flavour = 0;
  xir_buf_init (&u);
  xir_encode_unit (&u, &m, NULL, 0);
  u.data[5] += 1;
  CHECK (parse (&db, &u, &e) < 0 && !strcmp (e, "truncated unit"),
         "unit length: %s", e ? e : "accepted");
  xir_db_free (&db);
  xir_buf_put (&u, "", 1);           /* now the payload has one more */
  CHECK (parse (&db, &u, &e) < 0 && !strcmp (e, "trailing bytes in unit"),
         "unit length 2: %s", e ? e : "accepted");
  xir_db_free (&db);
  u.data[5] -= 2;
  CHECK (parse (&db, &u, &e) < 0 && !strcmp (e, "truncated unit"),
         "unit length 3: %s", e ? e : "accepted");
  xir_db_free (&db);
  u.len = 7;
  CHECK (parse (&db, &u, &e) < 0 && !strcmp (e, "truncated unit header"),
         "unit header: %s", e ? e : "accepted");
  xir_db_free (&db);
  xir_buf_free (&u);

}

void
test_crafted (void)
{
  xir_buf body, rec;

  /* Huge table counts.  */
  xir_buf_init (&body);
  put_uleb (&body, 0);                  /* own sig */
  put_uleb (&body, 0xffffffffu);        /* nsigs */
  make_record (&rec, "h", 0, &body);
  expect_record_error (&rec, "too many signatures (4294967295)");
  xir_buf_free (&rec);
  xir_buf_free (&body);

  xir_buf_init (&body);
  put_uleb (&body, 0);
  put_uleb (&body, XIR_MAX_COUNT);      /* allowed, but no data */
  make_record (&rec, "h", 0, &body);
  expect_record_error (&rec, "truncated function body");
  xir_buf_free (&rec);
  xir_buf_free (&body);

  xir_buf_init (&body);
  put_uleb (&body, 0);
  put_uleb (&body, UINT64_MAX);
  make_record (&rec, "h", 0, &body);
  expect_record_error (&rec, "too many signatures (18446744073709551615)");
  xir_buf_free (&rec);
  xir_buf_free (&body);

  /* A varint of 11 bytes.  */
  xir_buf_init (&body);
  xir_buf_put (&body, "\x80\x80\x80\x80\x80\x80\x80\x80\x80\x81\x00", 11);
  make_record (&rec, "h", 0, &body);
  expect_record_error (&rec, "varint overflows 64 bits");
  xir_buf_free (&rec);
  xir_buf_free (&body);

  /* A non-canonical varint (0 as 0x80 0x00).  */
  xir_buf_init (&body);
  xir_buf_put (&body, "\x80\x00", 2);
  make_record (&rec, "h", 0, &body);
  expect_record_error (&rec, "non-canonical varint");
  xir_buf_free (&rec);
  xir_buf_free (&body);

  /* An empty body; then a wrong statement count; then a bad hash.  */
  xir_buf_init (&body);
  make_record (&rec, "h", 0, &body);
  expect_record_error (&rec, "truncated function body");
  xir_buf_free (&rec);
  {
    xir_func *f = build_min ("h");
    xir_buf enc;
    encode (f, &enc);
    enc.data[2] = 5;                    /* nstmts: 0 -> 5 */
    fix_hash (enc.data, enc.len);
    expect_record_error (&enc, "statement count does not match the body");
    enc.data[2] = 0;
    enc.data[4] ^= 1;                   /* inside the hash */
    expect_record_error (&enc, "function record hash mismatch");
    enc.data[4] ^= 1;
    enc.data[enc.len - 1] ^= 0x40;      /* the last byte, hash not fixed */
    expect_record_error (&enc, "function record hash mismatch");
    enc.data[enc.len - 1] ^= 0x40;
    xir_buf_put (&enc, "", 1);          /* grow the body by one byte */
    enc.data[11]++;
    fix_hash (enc.data, enc.len);
    expect_record_error (&enc, "trailing bytes in function body");
    xir_buf_free (&enc);
    xir_func_free (f);
  }
  xir_buf_free (&body);

  /* A name with a NUL, an empty name, an over-long length.  */
  xir_buf_init (&rec);
  xir_buf_put (&rec, "\x02h\0", 3);
  expect_record_error (&rec, "string contains a NUL byte");
  xir_buf_free (&rec);
  xir_buf_init (&rec);
  xir_buf_put (&rec, "\x00\x00" "12345678" "\x00", 11);
  expect_record_error (&rec, "function record without name");
  xir_buf_free (&rec);
  xir_buf_init (&rec);
  put_uleb (&rec, XIR_MAX_BYTES + 1);
  expect_record_error (&rec, "string or blob too long");
  xir_buf_free (&rec);
  xir_buf_init (&rec);
  xir_buf_put (&rec, "\x01h\x00", 3);
  put_uleb (&rec, 0);
  put_uleb (&rec, 0);
  expect_record_error (&rec, "truncated function record");
  xir_buf_free (&rec);
  crafted_containers ();

}

/* Every prefix and every single-byte corruption of DATA.  */
static void
attack_all (const char *what, const unsigned char *data, size_t len)
{
  unsigned long refused = 0, total = 0;
  unsigned char *c = (unsigned char *) malloc (len);
  size_t i;
  for (i = 1; i < len; i++)
    CHECK (attack (data, i), "%s: prefix of %zu bytes accepted", what, i);
  for (i = 0; i < len; i++)
    {
      static const unsigned char xors[2] = { 0xff, 0x01 };
      unsigned k;
      for (k = 0; k < 2; k++)
        {
          memcpy (c, data, len);
          c[i] ^= xors[k];
          refused += attack (c, len);
          total++;
        }
    }
  free (c);
  checks++;
  if (getenv ("XIR_SELFTEST_VERBOSE"))
    printf ("%s: %zu bytes, %lu of %lu corruptions refused\n", what, len,
            refused, total);
}

/* Every single-byte corruption of a function record, with its hash fixed
   up so that the structural checks are what must catch it.  */
static void
attack_record (xir_func *f)
{
  xir_buf enc;
  unsigned long refused = 0, total = 0;
  unsigned char *c;
  size_t i;
  encode (f, &enc);
  c = (unsigned char *) malloc (enc.len);
  for (i = 1; i < enc.len; i++)
    {
      const char *e;
      xir_func *g = decode (enc.data, i, &e);
      CHECK (!g && e, "%s: record prefix of %zu bytes accepted", f->name, i);
      xir_func_free (g);
    }
  for (i = 0; i < enc.len; i++)
    {
      unsigned k;
      for (k = 0; k < 8; k++)
        {
          const char *e = NULL;
          xir_func *g;
          memcpy (c, enc.data, enc.len);
          c[i] ^= (unsigned char) (1u << k);
          fix_hash (c, enc.len);
          g = decode (c, enc.len, &e);
          total++;
          if (!g)
            {
              CHECK (e != NULL, "refused without message");
              refused++;
              continue;
            }
          CHECK (reencodes_to (g, c, enc.len), "%s: corruption at %zu bit %u "
                 "decodes but does not re-encode identically", f->name, i, k);
          xir_func_free (g);
        }
    }
  if (getenv ("XIR_SELFTEST_VERBOSE"))
    printf ("%s record: %zu bytes, %lu of %lu rehashed bit flips refused\n",
            f->name, enc.len, refused, total);
  free (c);
  xir_buf_free (&enc);
}

void
test_attacks (void)
{
  xir_func *fs[3];
  xir_meta m = meta ("x.c", XIR_FLAVOUR_MODULE, XIR_SEM_WRAPV);
  xir_buf u, x;
  xir_db db;
  const char *e;
  unsigned i, j;

  fs[0] = build_ops ("k_ops");
  fs[1] = build_all ("k_all");
  fs[2] = build_void ("k_void");
  unit_of (&u, &m, fs, 3);
  CHECK (!attack (u.data, u.len), "valid unit refused");
  CHECK (parse (&db, &u, &e) == 0, "parse");
  xir_buf_init (&x);
  xir_db_encode (&x, &db);
  xir_db_free (&db);
  CHECK (!attack (x.data, x.len), "valid DB refused");

  attack_all ("unit", u.data, u.len);
  attack_all ("xdb", x.data, x.len);
  for (i = 0; i < 3; i++)
    attack_record (fs[i]);

  /* Random bytes, bare and behind valid headers.  */
  for (i = 0; i < 3000; i++)
    {
      unsigned char buf[400];
      size_t len = rng () % sizeof buf, hdr = 0;
      for (j = 0; j < len; j++)
        buf[j] = (unsigned char) rng ();
      switch (i % 3)
        {
        case 1:
          if (len >= 9)
            {
              memcpy (buf, XIR_UNIT_MAGIC "\001", 5);
              hdr = len - 9;
              for (j = 0; j < 4; j++)
                buf[5 + j] = (unsigned char) (hdr >> (8 * j));
            }
          break;
        case 2:
          if (len >= 8)
            memcpy (buf, XIR_DB_MAGIC "\001", 8);
          break;
        }
      attack (buf, len);
    }
  /* Random multi-byte mutations of a valid record, hash fixed up.  */
  {
    xir_buf enc;
    encode (fs[1], &enc);
    for (i = 0; i < 20000; i++)
      {
        unsigned char *c = (unsigned char *) malloc (enc.len);
        unsigned n = 1 + rng () % 4;
        const char *e2;
        xir_func *g;
        memcpy (c, enc.data, enc.len);
        for (j = 0; j < n; j++)
          c[11 + rng () % (enc.len - 11)] = (unsigned char) rng ();
        fix_hash (c, enc.len);
        g = decode (c, enc.len, &e2);
        if (g)
          CHECK (reencodes_to (g, c, enc.len), "random mutation %u", i);
        else
          CHECK (e2 != NULL, "refused without message");
        xir_func_free (g);
        free (c);
      }
    xir_buf_free (&enc);
  }
  checks++;

  for (i = 0; i < 3; i++)
    xir_func_free (fs[i]);
  xir_buf_free (&u);
  xir_buf_free (&x);
}
