/* xir-dbmap.c - the indexed .xdb layout (docs/IR-FORMAT.md §3.2): its
 * header and index, read in place; looking an entry up by binary search
 * and decoding only the entries found (lazily read DBs, xir_db_attach);
 * the complete check of an image (xir_db_parse of an .xdb); writing one.
 */
#include "xir-int.h"

#include <stdlib.h>
#include <string.h>

#define XDB_HEAD 16u   /* magic, version, nentries, names_len */
#define XDB_IREC 20u   /* name_off, name_len, flavour, entry_off, entry_len */

struct xir_dbmap {
  xir_mapping m;
  int own;                       /* release M on free */
  char *name;                    /* the file, for messages */
  uint32_t n;                    /* entries */
  const unsigned char *index;    /* n records of XDB_IREC bytes */
  const unsigned char *names;    /* names_len bytes */
  uint32_t names_len;
  size_t entries;                /* offset of the first entry */
  xir_entry **cache;             /* [n], decoded entries, made on demand */
  const char *err;               /* first corrupt record met */
};

/* One index record, bounds-checked against the image.  */
struct xdb_rec {
  const unsigned char *name;
  uint32_t name_off, name_len, flavour, entry_off, entry_len;
};

static void
put32 (xir_buf *b, uint64_t v)
{
  xir_put_fixed (b, v, 4);
}

static const char *
dbmap_header (xir_dbmap *d)
{
  const unsigned char *p = d->m.data;
  size_t len = d->m.len;
  uint64_t end;
  if (len < 8 || memcmp (p, XIR_DB_MAGIC, 7))
    return len < 8 ? "truncated DB header" : "not an xinline DB";
  if (p[7] != XIR_VERSION)
    return xir_fmt_err ("IR format version %u, this build reads version %d",
                        (unsigned) p[7], XIR_VERSION);
  if (len < XDB_HEAD)
    return "truncated DB header";
  d->n = xir_get_u32 (p + 8);
  d->names_len = xir_get_u32 (p + 12);
  if (d->n > XIR_MAX_COUNT)
    return xir_fmt_err ("too many DB entries (%u)", (unsigned) d->n);
  end = XDB_HEAD + (uint64_t) d->n * XDB_IREC + d->names_len;
  if (end > len)
    return "truncated DB index";
  d->index = p + XDB_HEAD;
  d->names = d->index + (size_t) d->n * XDB_IREC;
  d->entries = (size_t) end;
  return NULL;
}

/* Record I, its name and entry within their tables.  */
static const char *
dbmap_rec (const xir_dbmap *d, uint32_t i, struct xdb_rec *r)
{
  const unsigned char *q = d->index + (size_t) i * XDB_IREC;
  r->name_off = xir_get_u32 (q);
  r->name_len = xir_get_u32 (q + 4);
  r->flavour = xir_get_u32 (q + 8);
  r->entry_off = xir_get_u32 (q + 12);
  r->entry_len = xir_get_u32 (q + 16);
  r->name = d->names + r->name_off;
  if (r->name_off > d->names_len || r->name_len > d->names_len - r->name_off
      || !r->name_len)
    return "DB index: name out of bounds";
  if (r->flavour > XIR_FLAVOUR_MODULE)
    return "DB index: bad flavour";
  if (r->entry_off > d->m.len || r->entry_len > d->m.len - r->entry_off)
    return "truncated DB";
  if (r->entry_off < d->entries || r->entry_len < XIR_MIN_ENTRY)
    return "DB index: entry out of bounds";
  return NULL;
}

/* (NAME, FLAVOUR) against a record's key: names as strcmp orders them
   (they hold no NUL), then flavour.  */
static int
rec_cmp (const char *name, size_t nlen, uint32_t flavour,
         const struct xdb_rec *r)
{
  int c = memcmp (name, r->name, nlen < r->name_len ? nlen : r->name_len);
  if (c)
    return c;
  if (nlen != r->name_len)
    return nlen < r->name_len ? -1 : 1;
  return flavour == r->flavour ? 0 : flavour < r->flavour ? -1 : 1;
}

static int
rec_order (const struct xdb_rec *a, const struct xdb_rec *b)
{
  return rec_cmp ((const char *) a->name, a->name_len, a->flavour, b);
}

/* Decodes the entry of record R into E: its metadata and function head,
   which must fill the entry exactly and match the record's key.  */
static const char *
dbmap_decode (const xir_dbmap *d, const struct xdb_rec *r, xir_entry *e)
{
  xir_reader rd;
  xir_meta m;
  struct xir_func_head h;
  const char *err = NULL;
  rd.p = d->m.data + r->entry_off;
  rd.end = rd.p + r->entry_len;
  rd.err = NULL;
  if (xir_decode_meta (&rd, &m) < 0)
    return rd.err;
  if (xir_rd_func_head (&rd, &h) < 0)
    err = rd.err;
  else if (rd.p != rd.end)
    err = "trailing bytes after a DB entry";
  else if (strlen (h.name) != r->name_len
           || memcmp (h.name, r->name, r->name_len)
           || m.flavour != r->flavour)
    err = "DB index does not match its entry";
  if (!err)
    xir_entry_init (e, &m, &h);
  free (h.name);
  xir_meta_free (&m);
  return err;
}

/* ---- lazy reading -------------------------------------------------------- */

/* The header, and the first and last records: the entries must fill the
   rest of the image exactly (a truncated DB or bytes after it are found
   at once; the other records are checked when a lookup meets them).  */
static const char *
dbmap_ends (xir_dbmap *d)
{
  struct xdb_rec r;
  const char *e = dbmap_header (d);
  uint64_t end;
  if (e || !d->n)
    return e ? e : d->entries == d->m.len ? NULL : "trailing bytes after DB";
  if ((e = dbmap_rec (d, 0, &r)) || r.entry_off != d->entries)
    return e ? e : "DB index: records not contiguous";
  if ((e = dbmap_rec (d, d->n - 1, &r)))
    return e;
  end = (uint64_t) r.entry_off + r.entry_len;
  return end == d->m.len ? NULL
         : end < d->m.len ? "trailing bytes after DB" : "truncated DB";
}

int
xir_db_attach (xir_db *db, xir_mapping *m, const char *name,
               const char **err)
{
  xir_dbmap *d = (xir_dbmap *) xir_xcalloc (1, sizeof *d);
  const char *e;
  d->m = *m;
  d->own = 1;
  memset (m, 0, sizeof *m);
  if ((e = dbmap_ends (d)))
    {
      xir_unmap_file (&d->m);
      free (d);
      if (err)
        *err = e;
      return -1;
    }
  d->name = xir_strdup (name ? name : "");
  /* (Pages of zeros until used.)  */
  d->cache = (xir_entry **) xir_xcalloc (d->n, sizeof *d->cache);
  db->maps = (xir_dbmap **) xir_xrealloc (db->maps, db->nmaps + 1,
                                          sizeof *db->maps);
  db->maps[db->nmaps++] = d;
  return 0;
}

/* Lookups may run in several threads at once (the LLVM plugin under
   rustc): the cache and the first error are set with atomic
   compare-and-swap, without locks.  */
static void
dbmap_fail (xir_dbmap *d, const char *err)
{
  const char *none = NULL;
  __atomic_compare_exchange_n (&d->err, &none, err, 0, __ATOMIC_ACQ_REL,
                               __ATOMIC_ACQUIRE);
}

/* Looks (NAME, FLAVOUR) up in D: the index is searched in place; the entry
   found is decoded once, after checking that its neighbours in the index
   are in order (a corrupt index is an error, not a wrong entry).  */
const xir_entry *
xir_dbmap_find (xir_dbmap *d, const char *name, uint8_t flavour)
{
  size_t nlen = strlen (name);
  uint32_t lo = 0, hi = d->n, i;
  struct xdb_rec r, o;
  const char *err;
  xir_entry *e;
  while (lo < hi)
    {
      uint32_t mid = lo + (hi - lo) / 2;
      if ((err = dbmap_rec (d, mid, &r)))
        {
          dbmap_fail (d, err);
          return NULL;
        }
      if (rec_cmp (name, nlen, flavour, &r) > 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  i = lo;
  if (i >= d->n || dbmap_rec (d, i, &r) || rec_cmp (name, nlen, flavour, &r))
    return NULL;
  if ((e = __atomic_load_n (&d->cache[i], __ATOMIC_ACQUIRE)))
    return e;
  if ((i > 0 && ((err = dbmap_rec (d, i - 1, &o)) || rec_order (&o, &r) >= 0))
      || (i + 1 < d->n
          && ((err = dbmap_rec (d, i + 1, &o)) || rec_order (&r, &o) >= 0)))
    {
      dbmap_fail (d, err ? err : "DB entries out of order");
      return NULL;
    }
  e = (xir_entry *) xir_xcalloc (1, sizeof *e);
  if ((err = dbmap_decode (d, &r, e)))
    {
      free (e);
      dbmap_fail (d, err);
      return NULL;
    }
  {
    xir_entry *none = NULL;
    if (!__atomic_compare_exchange_n (&d->cache[i], &none, e, 0,
                                      __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
      {
        xir_entry_clear (e);     /* another thread was first */
        free (e);
        e = none;
      }
  }
  return e;
}

uint32_t
xir_dbmap_count (const xir_dbmap *d)
{
  return d->n;
}

void
xir_dbmap_free (xir_dbmap *d)
{
  uint32_t i;
  for (i = 0; d->cache && i < d->n; i++)
    if (d->cache[i])
      {
        xir_entry_clear (d->cache[i]);
        free (d->cache[i]);
      }
  free (d->cache);
  if (d->own)
    xir_unmap_file (&d->m);
  free (d->name);
  free (d);
}

int
xir_db_error (const xir_db *db, const char **name, const char **err)
{
  uint32_t i;
  for (i = 0; i < db->nmaps; i++)
    if ((*err = __atomic_load_n (&db->maps[i]->err, __ATOMIC_ACQUIRE)))
      {
        *name = db->maps[i]->name;
        return 1;
      }
  return 0;
}

/* ---- complete reading ------------------------------------------------------ */

/* Checks all of D and appends its entries to DB (xir_db_add_entry): every
   record in bounds, names and entries contiguous and in index order,
   keys strictly increasing, every entry matching its record, nothing
   left over.  */
static const char *
dbmap_read_all (xir_dbmap *d, xir_db *db)
{
  uint64_t name_at = 0, entry_at = d->entries;
  struct xdb_rec r, prev;
  const char *err;
  uint32_t i;
  for (i = 0; i < d->n; i++)
    {
      xir_entry e;
      if ((err = dbmap_rec (d, i, &r)))
        return err;
      if (r.name_off != name_at || r.entry_off != entry_at)
        return "DB index: records not contiguous";
      if (i && rec_order (&prev, &r) >= 0)
        return "DB entries out of order";
      memset (&e, 0, sizeof e);
      if ((err = dbmap_decode (d, &r, &e)))
        return err;
      if ((err = xir_db_add_entry (db, &e)))
        return err;
      name_at += r.name_len;
      entry_at += r.entry_len;
      prev = r;
    }
  if (name_at != d->names_len)
    return "DB index: unused names";
  if (entry_at != d->m.len)
    return entry_at < d->m.len ? "trailing bytes after DB" : "truncated DB";
  return NULL;
}

const char *
xir_dbmap_parse (xir_db *db, const unsigned char *data, size_t len)
{
  xir_dbmap d;
  const char *err;
  memset (&d, 0, sizeof d);
  d.m.data = data;
  d.m.len = len;
  if ((err = dbmap_header (&d)))
    return err;
  return dbmap_read_all (&d, db);
}

int
xir_db_unmap (xir_db *db, const char **name, const char **err)
{
  uint32_t i, old_n = db->n;
  const char *e = NULL;
  for (i = 0; i < db->nmaps && !e; i++)
    {
      e = dbmap_read_all (db->maps[i], db);
      if (e && name)
        *name = db->maps[i]->name;
    }
  for (i = 0; i < db->nmaps; i++)
    xir_dbmap_free (db->maps[i]);
  free (db->maps);
  db->maps = NULL;
  db->nmaps = 0;
  xir_db_resort (db, old_n);
  if (e && err)
    *err = e;
  return e ? -1 : 0;
}

/* ---- writing ------------------------------------------------------------- */

void
xir_db_encode (xir_buf *b, const xir_db *db)
{
  unsigned char v = XIR_VERSION;
  xir_buf ents;
  uint64_t names_len = 0, base, at;
  uint32_t i;
  size_t *off = (size_t *) xir_xcalloc (db->n + 1, sizeof *off);
  xir_buf_init (&ents);
  for (i = 0; i < db->n; i++)
    {
      off[i] = ents.len;
      names_len += strlen (db->e[i].name);
      xir_encode_meta (&ents, &db->e[i].meta);
      xir_buf_put (&ents, db->e[i].body, db->e[i].body_len);
    }
  off[db->n] = ents.len;
  base = XDB_HEAD + (uint64_t) db->n * XDB_IREC + names_len;
  if (base + ents.len > UINT32_MAX)
    xir_fatal ("a helper DB over 4 GiB cannot be written");
  xir_buf_put (b, XIR_DB_MAGIC, 7);
  xir_buf_put (b, &v, 1);
  put32 (b, db->n);
  put32 (b, names_len);
  for (i = 0, at = 0; i < db->n; i++)
    {
      size_t nl = strlen (db->e[i].name);
      put32 (b, at);
      put32 (b, nl);
      put32 (b, db->e[i].meta.flavour);
      put32 (b, base + off[i]);
      put32 (b, off[i + 1] - off[i]);
      at += nl;
    }
  for (i = 0; i < db->n; i++)
    xir_buf_put (b, db->e[i].name, strlen (db->e[i].name));
  xir_buf_put (b, ents.data, ents.len);
  xir_buf_free (&ents);
  free (off);
}

/* ---- helpers defined twice ------------------------------------------------- */

/* A conflict between entries of equal key A and B: 0 if identical,
   else -1 with *DUP naming it.  */
static int
dbmap_same (const xir_entry *a, const xir_entry *b, const char **dup)
{
  if (!a || !b || !xir_entry_cmp (a, b))
    return 0;
  *dup = a->name;
  return -1;
}

/* The key of record R of D as a NUL-terminated name (malloc'd).  */
static char *
rec_name (const struct xdb_rec *r)
{
  char *s = (char *) xir_xcalloc (r->name_len + 1, 1);
  memcpy (s, r->name, r->name_len);
  return s;
}

/* Entries of equal key in lazily read DBs A and B, found by walking both
   indexes in order; a corrupt record stops the walk (recorded in A or B,
   reported by xir_db_error).  */
static int
dbmap_dups2 (xir_dbmap *a, xir_dbmap *b, const char **dup)
{
  uint32_t i = 0, j = 0;
  struct xdb_rec ra, rb;
  const char *err;
  while (i < a->n && j < b->n)
    {
      int c;
      if ((err = dbmap_rec (a, i, &ra)))
        return dbmap_fail (a, err), 0;
      if ((err = dbmap_rec (b, j, &rb)))
        return dbmap_fail (b, err), 0;
      c = rec_order (&ra, &rb);
      if (c == 0)
        {
          char *s = rec_name (&ra);
          c = dbmap_same (xir_dbmap_find (a, s, (uint8_t) ra.flavour),
                          xir_dbmap_find (b, s, (uint8_t) ra.flavour), dup);
          free (s);
          if (c)
            return -1;
          i++, j++;
        }
      else if (c < 0)
        i++;
      else
        j++;
    }
  return 0;
}

int
xir_db_dups (const xir_db *db, const char **err, const char **dup)
{
  uint32_t i, j;
  for (i = 0; i < db->nmaps; i++)
    {
      for (j = 0; j < db->n; j++)
        if (dbmap_same (&db->e[j], xir_dbmap_find (db->maps[i], db->e[j].name,
                                                   db->e[j].meta.flavour),
                        dup))
          break;
      for (j = i + 1; j < db->nmaps && !*dup; j++)
        dbmap_dups2 (db->maps[i], db->maps[j], dup);
      if (*dup)
        {
          *err = "conflicting definitions of a helper";
          return -1;
        }
    }
  return 0;
}
