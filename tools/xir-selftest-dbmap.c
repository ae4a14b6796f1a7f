/* xir-selftest-dbmap.c - the self-test of the indexed DB layout read
 * lazily (xir_db_attach, lookups, xir_db_unmap, helpers defined twice
 * across DB files) and of the symvers index: a valid image agrees with
 * the complete parse; each corruption of the header, the index records
 * and the entries gives its message, at attach or when a lookup meets it.
 */
#include "xir-selftest.h"
#include "xir-import.h"
#include "xir-int.h"

#include <stdlib.h>

#define HEAD 16u   /* DB header: magic, version, nentries, names_len */
#define IREC 20u   /* index record: name_off, name_len, flavour, off, len */

static void
wr32 (unsigned char *p, uint32_t v)
{
  p[0] = (unsigned char) v;
  p[1] = (unsigned char) (v >> 8);
  p[2] = (unsigned char) (v >> 16);
  p[3] = (unsigned char) (v >> 24);
}

/* Field F (0..4) of index record I of DB image B.  */
static unsigned char *
field (const xir_buf *b, unsigned i, unsigned f)
{
  return b->data + HEAD + i * IREC + f * 4;
}

/* DB holding a copy of image B (LEN bytes of it), attached lazily: 0, or
   -1 with *ERR.  */
static int
attach (xir_db *db, const xir_buf *b, size_t len, const char **err)
{
  xir_mapping m;
  memset (db, 0, sizeof *db);
  m.data = (const unsigned char *) xir_memdup (b->data, len);
  m.len = len;
  m.mapped = 0;
  return xir_db_attach (db, &m, "t.xdb", err);
}

/* Looks NAME up in a lazily read copy of B; the error met, or NULL.  */
static const char *
lookup_error (const xir_buf *b, const char *name, uint8_t flavour)
{
  xir_db db;
  const char *err = NULL, *file = NULL;
  if (attach (&db, b, b->len, &err))
    return err;
  if (xir_db_find (&db, name, flavour))
    err = NULL;
  else if (!xir_db_error (&db, &file, &err))
    err = NULL;
  xir_db_free (&db);
  return err;
}

/* The DB of helpers a, b, c (all built-in) and the same with another b.  */
static void
sample_dbs (xir_buf *x, xir_buf *other)
{
  xir_meta m = meta ("lib/a.c", XIR_FLAVOUR_BUILTIN, 0);
  xir_func *fs[3], *g[3];
  xir_buf u;
  xir_db db;
  const char *e;
  fs[0] = build_ops ("helper_a");
  fs[1] = build_all ("helper_b");
  fs[2] = build_void ("helper_c");
  g[0] = build_ops ("helper_a");
  g[1] = build_min ("helper_b");
  g[2] = build_void ("helper_c");
  unit_of (&u, &m, fs, 3);
  CHECK (parse (&db, &u, &e) == 0, "sample DB: %s", e ? e : "");
  xir_buf_init (x);
  xir_db_encode (x, &db);
  xir_db_free (&db);
  xir_buf_free (&u);
  unit_of (&u, &m, g, 3);
  CHECK (parse (&db, &u, &e) == 0, "other DB: %s", e ? e : "");
  xir_buf_init (other);
  xir_db_encode (other, &db);
  xir_db_free (&db);
  xir_buf_free (&u);
  for (unsigned i = 0; i < 3; i++)
    {
      xir_func_free (fs[i]);
      xir_func_free (g[i]);
    }
}

/* A valid image: lazy lookups agree with the complete parse.  */
static void
lazy_valid (const xir_buf *x)
{
  xir_db full, lazy;
  const char *e = NULL, *file = NULL;
  CHECK (parse (&full, x, &e) == 0 && full.n == 3, "parse: %s", e ? e : "");
  CHECK (attach (&lazy, x, x->len, &e) == 0, "attach: %s", e ? e : "");
  CHECK (xir_db_count (&lazy) == 3 && lazy.n == 0, "count without decoding");
  for (uint32_t i = 0; i < full.n; i++)
    {
      const xir_entry *a = &full.e[i];
      const xir_entry *b = xir_db_find (&lazy, a->name, a->meta.flavour);
      CHECK (b && b->hash == a->hash && b->body_len == a->body_len
             && !memcmp (b->body, a->body, a->body_len)
             && !strcmp (b->meta.source, a->meta.source), "lazy %s", a->name);
      CHECK (b == xir_db_find (&lazy, a->name, a->meta.flavour),
             "decoded once");
    }
  CHECK (!xir_db_find (&lazy, "helper_b", XIR_FLAVOUR_MODULE)
         && !xir_db_find (&lazy, "helper", XIR_FLAVOUR_BUILTIN)
         && !xir_db_find (&lazy, "zzz", XIR_FLAVOUR_BUILTIN)
         && !xir_db_find (&lazy, "", XIR_FLAVOUR_BUILTIN)
         && !xir_db_error (&lazy, &file, &e), "misses without error");
  CHECK (xir_db_unmap (&lazy, &file, &e) == 0 && lazy.n == 3
         && lazy.nmaps == 0, "unmap: %s", e ? e : "");
  xir_db_free (&lazy);
  xir_db_free (&full);
}

/* Checks that the corruption of a copy of X made by FN gives message
   WANT: at attach, or when looking up NAME.  */
#define CORRUPT(what, stmt, name, flav, want)                              \
  do                                                                       \
    {                                                                      \
      xir_buf c_;                                                          \
      const char *got_;                                                    \
      xir_buf_init (&c_);                                                  \
      xir_buf_put (&c_, x->data, x->len);                                  \
      {                                                                    \
        xir_buf *b = &c_;                                                  \
        stmt;                                                              \
      }                                                                    \
      got_ = lookup_error (&c_, name, flav);                               \
      CHECK (got_ && !strcmp (got_, want), "%s: %s", what,                 \
             got_ ? got_ : "accepted");                                    \
      xir_buf_free (&c_);                                                  \
    }                                                                      \
  while (0)

static void
lazy_corrupt (const xir_buf *x)
{
  const uint8_t B = XIR_FLAVOUR_BUILTIN;
  CORRUPT ("truncated", b->len--, "helper_b", B, "truncated DB");
  CORRUPT ("trailing", xir_buf_put (b, "", 1), "helper_b", B,
           "trailing bytes after DB");
  CORRUPT ("short header", b->len = 12, "helper_b", B, "truncated DB header");
  CORRUPT ("index past the end", wr32 (b->data + 8, 100000), "helper_b", B,
           "truncated DB index");
  CORRUPT ("first entry", wr32 (field (b, 0, 3), 5), "helper_b", B,
           "DB index: entry out of bounds");
  CORRUPT ("name bounds", wr32 (field (b, 1, 0), 99999), "helper_b", B,
           "DB index: name out of bounds");
  CORRUPT ("empty name", wr32 (field (b, 1, 1), 0), "helper_b", B,
           "DB index: name out of bounds");
  CORRUPT ("flavour", wr32 (field (b, 1, 2), 7), "helper_b", B,
           "DB index: bad flavour");
  CORRUPT ("entry length", wr32 (field (b, 1, 4), 3), "helper_b", B,
           "DB index: entry out of bounds");
  /* Record 2 named as record 0: helper_a after helper_b.  */
  CORRUPT ("order", (wr32 (field (b, 2, 0), 0), wr32 (field (b, 2, 1), 8)),
           "helper_b", B, "DB entries out of order");
  CORRUPT ("key of another entry", wr32 (field (b, 1, 2), 1), "helper_b",
           XIR_FLAVOUR_MODULE, "DB index does not match its entry");
  /* The last byte of the entry of record 1, inside its body.  */
  CORRUPT ("body", b->data[b->data[HEAD + IREC + 12]
                           + (b->data[HEAD + IREC + 13] << 8)
                           + (b->data[HEAD + IREC + 16]
                              + (b->data[HEAD + IREC + 17] << 8)) - 1] ^= 1,
           "helper_b", B, "function record hash mismatch");
  /* Record 0's entry one byte longer, record 1's one shorter: the first
     entry ends inside the second.  */
  CORRUPT ("entry boundary",
           (wr32 (field (b, 0, 4), b->data[HEAD + 16] + (b->data[HEAD + 17] << 8) + 1)),
           "helper_a", B, "trailing bytes after a DB entry");
}

/* What only the complete read sees: contiguity and the name table.  */
static void
complete_corrupt (const xir_buf *x)
{
  xir_buf c;
  xir_db db;
  const char *e = NULL;
  xir_buf_init (&c);
  xir_buf_put (&c, x->data, x->len);
  /* Record 1's name one byte later and shorter: the names have a gap.  */
  wr32 (field (&c, 1, 0), x->data[HEAD + IREC] + 1);
  wr32 (field (&c, 1, 1), 7);
  CHECK (parse (&db, &c, &e) < 0 && !strcmp (e, "DB index: records not "
                                                "contiguous"),
         "names gap: %s", e ? e : "accepted");
  xir_db_free (&db);
  e = NULL;
  CHECK (attach (&db, &c, c.len, &e) == 0
         && xir_db_unmap (&db, NULL, &e) < 0
         && !strcmp (e, "DB index: records not contiguous"),
         "unmap sees the gap: %s", e ? e : "accepted");
  xir_db_free (&db);
  /* One name byte more than the names use.  */
  memcpy (c.data, x->data, x->len);
  wr32 (c.data + 12, x->data[12] + 1);
  e = NULL;
  CHECK (parse (&db, &c, &e) < 0, "unused name byte: %s", e ? e : "accepted");
  xir_db_free (&db);
  xir_buf_free (&c);
}

/* Two DB files with the same helper: identical is fine, different is the
   conflict of xir_db_finish.  */
static void
lazy_dups (const xir_buf *x, const xir_buf *other)
{
  xir_db db, two;
  xir_mapping m;
  const char *e = NULL, *dup = NULL;
  CHECK (attach (&db, x, x->len, &e) == 0, "attach 1");
  m.data = (const unsigned char *) xir_memdup (x->data, x->len);
  m.len = x->len;
  m.mapped = 0;
  CHECK (xir_db_attach (&db, &m, "u.xdb", &e) == 0
         && xir_db_dups (&db, &e, &dup) == 0 && !dup, "identical twice");
  CHECK (attach (&two, x, x->len, &e) == 0, "attach 2");
  m.data = (const unsigned char *) xir_memdup (other->data, other->len);
  m.len = other->len;
  m.mapped = 0;
  CHECK (xir_db_attach (&two, &m, "o.xdb", &e) == 0
         && xir_db_dups (&two, &e, &dup) < 0 && dup
         && !strcmp (dup, "helper_b")
         && !strcmp (e, "conflicting definitions of a helper"),
         "conflict: %s", dup ? dup : "none");
  xir_db_free (&db);
  xir_db_free (&two);
}

/* ---- the symvers index ------------------------------------------------------ */

static const char *
sv_open_error (const xir_buf *b, size_t len)
{
  xir_mapping m;
  xir_svindex *x = NULL;
  const char *err = NULL;
  m.data = (const unsigned char *) xir_memdup (b->data, len);
  m.len = len;
  m.mapped = 0;
  if (xir_svindex_open (&m, &x, &err) == 0)
    {
      xir_svindex_free (x);
      return NULL;
    }
  return err;
}

static void
symvers_index (void)
{
  xir_svsym v[4] = { { "b_func", 1, NULL }, { "a_var", 0, NULL },
                     { "c_ns", 0, "MY_NS" }, { "a_var", 0, NULL } };
  xir_buf b, c;
  xir_mapping m;
  xir_svindex *x = NULL;
  xir_svsym s;
  const char *e = NULL;
  xir_buf_init (&b);
  xir_svindex_encode (&b, v, 4);
  m.data = (const unsigned char *) xir_memdup (b.data, b.len);
  m.len = b.len;
  m.mapped = 0;
  CHECK (xir_svindex_open (&m, &x, &e) == 0 && xir_svindex_size (x) == 3,
         "symvers index: %s", e ? e : "");
  CHECK (x && xir_svindex_find (x, "b_func", &s) && s.gpl && !s.ns
         && xir_svindex_find (x, "c_ns", &s) && !s.gpl && s.ns
         && !strcmp (s.ns, "MY_NS") && xir_svindex_find (x, "a_var", &s)
         && !xir_svindex_find (x, "a", &s) && !xir_svindex_find (x, "zz", &s),
         "symvers lookups");
  xir_svindex_free (x);
  e = sv_open_error (&b, 7);
  CHECK (e && !strcmp (e, "not a symvers index"),
         "sv short: %s", e ? e : "accepted");
  e = sv_open_error (&b, b.len - 1);
  CHECK (e
         && !strcmp (e, "symvers index size does not match its header"),
         "sv truncated: %s", e ? e : "accepted");
  xir_buf_init (&c);
  xir_buf_put (&c, b.data, b.len);
  c.data[7] = 9;
  e = sv_open_error (&c, c.len);
  CHECK (e && !strcmp (e, "symvers index "
                                         "version 9, this build reads version 1"),
         "sv version: %s", e ? e : "accepted");
  memcpy (c.data, b.data, b.len);
  c.data[16 + 8] = 2;                        /* record 0's flags */
  e = sv_open_error (&c, c.len);
  CHECK (e
         && !strcmp (e, "corrupt symvers index record"),
         "sv flags: %s", e ? e : "accepted");
  memcpy (c.data, b.data, b.len);
  wr32 (c.data + 16, 99999);                 /* record 0's name */
  e = sv_open_error (&c, c.len);
  CHECK (e
         && !strcmp (e, "corrupt symvers index record"),
         "sv name: %s", e ? e : "accepted");
  memcpy (c.data, b.data, b.len);
  memcpy (c.data + 16, b.data + 28, 12);     /* record 0 := record 1 */
  e = sv_open_error (&c, c.len);
  CHECK (e
         && !strcmp (e, "symvers index out of order"),
         "sv order: %s", e ? e : "accepted");
  xir_buf_free (&c);
  xir_buf_free (&b);
}

void
test_dbmap (void)
{
  xir_buf x, other;
  sample_dbs (&x, &other);
  lazy_valid (&x);
  lazy_corrupt (&x);
  complete_corrupt (&x);
  lazy_dups (&x, &other);
  symvers_index ();
  xir_buf_free (&x);
  xir_buf_free (&other);
}
