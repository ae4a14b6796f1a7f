/* xir-db.c - helper databases: parsing .xdb files (through xir-dbmap.c)
 * and sequences of units into sorted entries, merging, de-duplicating
 * (xir_db_finish), looking an entry up by (name, flavour), and decoding
 * an entry's body.
 */
#include "xir-int.h"

#include <stdlib.h>
#include <string.h>

/* ---- metadata ----------------------------------------------------------- */

static void
meta_copy (xir_meta *d, const xir_meta *s)
{
  d->producer = xir_strdup (s->producer ? s->producer : "");
  d->target = xir_strdup (s->target ? s->target : "");
  d->semflags = s->semflags;
  d->flavour = s->flavour;
  d->source = xir_strdup (s->source ? s->source : "");
  d->source_hash = s->source_hash;
  d->ndeps = s->ndeps;
  d->deps = s->ndeps ? (xir_dep *) xir_xcalloc (s->ndeps, sizeof *d->deps)
                     : NULL;
  for (uint32_t i = 0; i < s->ndeps; i++)
    {
      d->deps[i].path = xir_strdup (s->deps[i].path);
      d->deps[i].hash = s->deps[i].hash;
    }
}

static int
strcmp0 (const char *a, const char *b)
{
  return strcmp (a ? a : "", b ? b : "");
}

static int
meta_cmp (const xir_meta *a, const xir_meta *b)
{
  int c;
  if ((c = strcmp0 (a->producer, b->producer))
      || (c = strcmp0 (a->target, b->target))
      || (c = strcmp0 (a->source, b->source)))
    return c;
  if (a->semflags != b->semflags)
    return a->semflags < b->semflags ? -1 : 1;
  if (a->flavour != b->flavour)
    return a->flavour < b->flavour ? -1 : 1;
  if (a->source_hash != b->source_hash)
    return a->source_hash < b->source_hash ? -1 : 1;
  if (a->ndeps != b->ndeps)
    return a->ndeps < b->ndeps ? -1 : 1;
  for (uint32_t i = 0; i < a->ndeps; i++)
    {
      if ((c = strcmp (a->deps[i].path, b->deps[i].path)))
        return c;
      if (a->deps[i].hash != b->deps[i].hash)
        return a->deps[i].hash < b->deps[i].hash ? -1 : 1;
    }
  return 0;
}

/* ---- the DB ------------------------------------------------------------- */

static int
key_cmp (const char *name, uint8_t flavour, const xir_entry *e)
{
  int c = strcmp (name, e->name);
  if (c)
    return c;
  return flavour == e->meta.flavour ? 0 : flavour < e->meta.flavour ? -1 : 1;
}

/* Total order on entries: (name, flavour), then everything else, so that
   sorting is deterministic whatever order the entries came in.  */
int
xir_entry_cmp (const xir_entry *a, const xir_entry *b)
{
  int c = key_cmp (a->name, a->meta.flavour, b);
  if (c || (c = meta_cmp (&a->meta, &b->meta)))
    return c;
  if (a->body_len != b->body_len)
    return a->body_len < b->body_len ? -1 : 1;
  return a->body_len ? memcmp (a->body, b->body, a->body_len) : 0;
}

static int
entry_cmp (const void *pa, const void *pb)
{
  return xir_entry_cmp ((const xir_entry *) pa, (const xir_entry *) pb);
}

void
xir_entry_clear (xir_entry *e)
{
  xir_meta_free (&e->meta);
  free (e->name);
  free (e->body);
  memset (e, 0, sizeof *e);
}

void
xir_entry_init (xir_entry *e, const xir_meta *meta, struct xir_func_head *h)
{
  meta_copy (&e->meta, meta);
  e->name = h->name;
  h->name = NULL;
  e->nstmts = h->nstmts;
  e->hash = h->hash;
  e->body_len = (size_t) (h->body + h->body_len - h->rec);
  e->body = (unsigned char *) xir_memdup (h->rec, e->body_len);
}

const char *
xir_db_add_entry (xir_db *db, xir_entry *e)
{
  if (db->n >= XIR_MAX_COUNT)
    {
      xir_entry_clear (e);
      return "too many DB entries";
    }
  db->e = (xir_entry *) xir_grow (db->e, &db->cap, db->n, sizeof *e);
  db->e[db->n++] = *e;
  memset (e, 0, sizeof *e);
  return NULL;
}

/* Appends an entry; takes ownership of NAME, copies META and the record.  */
static const char *
db_add (xir_db *db, const xir_meta *meta, struct xir_func_head *h)
{
  xir_entry e;
  memset (&e, 0, sizeof e);
  xir_entry_init (&e, meta, h);
  return xir_db_add_entry (db, &e);
}

int
xir_sniff (const unsigned char *data, size_t len)
{
  size_t i = 0;
  if (len >= 7 && !memcmp (data, XIR_DB_MAGIC, 7))
    return 1;
  while (i < len && !data[i])
    i++;
  if (len - i >= 4 && !memcmp (data + i, XIR_UNIT_MAGIC, 4))
    return 2;
  return 0;
}

static const char *
version_error (uint64_t v)
{
  return xir_fmt_err ("IR format version %llu, this build reads version %d",
                  (unsigned long long) v, XIR_VERSION);
}

/* The payload of one unit: metadata, then functions.  */
static const char *
parse_unit_payload (xir_db *db, xir_reader *r)
{
  xir_meta m;
  struct xir_func_head h;
  const char *e = NULL;
  uint32_t n, i;
  if (xir_decode_meta (r, &m) < 0)
    return r->err;
  n = xir_rd_count (r, XIR_MIN_FUNC, "functions in unit");
  for (i = 0; i < n && !r->err && !e; i++)
    if (xir_rd_func_head (r, &h) == 0)
      e = db_add (db, &m, &h);
  xir_meta_free (&m);
  if (e)
    return e;
  xir_rd_name_trunc (r, "truncated unit");
  if (!r->err && r->p != r->end)
    return "trailing bytes in unit";
  return r->err;
}

static const char *
parse_units (xir_db *db, const unsigned char *data, size_t len)
{
  size_t i = 0;
  for (;;)
    {
      xir_reader r, pr;
      uint64_t ver;
      uint32_t plen;
      const char *e;
      while (i < len && !data[i])
        i++;                    /* padding between sections */
      if (i == len)
        return NULL;
      if (len - i < 4 || memcmp (data + i, XIR_UNIT_MAGIC, 4))
        return i ? "garbage between units" : "not an xinline unit or DB";
      r.p = data + i + 4;
      r.end = data + len;
      r.err = NULL;
      ver = xir_rd_uleb (&r);
      if (!r.err && ver != XIR_VERSION)
        return version_error (ver);
      plen = (uint32_t) xir_rd_fixed (&r, 4);
      if (r.err)
        return r.err == xir_e_trunc ? "truncated unit header" : r.err;
      if (plen > xir_rd_left (&r))
        return "truncated unit";
      pr.p = r.p;
      pr.end = r.p + plen;
      pr.err = NULL;
      if ((e = parse_unit_payload (db, &pr)))
        return e;
      i = (size_t) (pr.end - data);
    }
}

/* Is DB sorted by entry_cmp from index FROM - 1 on?  */
static int
db_sorted_from (const xir_db *db, uint32_t from)
{
  uint32_t i;
  for (i = from ? from : 1; i < db->n; i++)
    if (xir_entry_cmp (&db->e[i - 1], &db->e[i]) > 0)
      return 0;
  return 1;
}

/* Parsing and merging keep DB sorted (duplicates allowed), so that
   xir_db_find works on any DB.  */
void
xir_db_resort (xir_db *db, uint32_t old_n)
{
  if (!db_sorted_from (db, old_n))
    qsort (db->e, db->n, sizeof *db->e, entry_cmp);
}

int
xir_db_parse (xir_db *db, const unsigned char *data, size_t len,
              const char **err)
{
  uint32_t old_n = db->n;
  const char *e;
  if (!data)
    len = 0;
  if (xir_sniff (data, len) == 1)
    e = xir_dbmap_parse (db, data, len);
  else
    e = parse_units (db, data, len);
  xir_db_resort (db, old_n);
  if (e)
    {
      if (err)
        *err = e;
      return -1;
    }
  return 0;
}

int
xir_db_merge (xir_db *db, const xir_db *src, const char **err)
{
  uint32_t i, n = src->n, old_n = db->n;
  if (n > XIR_MAX_COUNT - db->n)
    {
      if (err)
        *err = "too many DB entries";
      return -1;
    }
  for (i = 0; i < n; i++)
    {
      xir_entry *e;
      db->e = (xir_entry *) xir_grow (db->e, &db->cap, db->n, sizeof *e);
      e = &db->e[db->n];
      /* (src->e is re-read after the grow in case SRC == DB.)  */
      meta_copy (&e->meta, &src->e[i].meta);
      e->name = xir_strdup (src->e[i].name);
      e->nstmts = src->e[i].nstmts;
      e->hash = src->e[i].hash;
      e->body_len = src->e[i].body_len;
      e->body = (unsigned char *) xir_memdup (src->e[i].body, e->body_len);
      db->n++;
    }
  xir_db_resort (db, old_n);
  return 0;
}

int
xir_db_finish (xir_db *db, const char **err, const char **dup)
{
  uint32_t i, j = 0;
  if (db->n > 1)
    qsort (db->e, db->n, sizeof *db->e, entry_cmp);
  for (i = 0; i < db->n; i++)
    {
      if (j && !key_cmp (db->e[i].name, db->e[i].meta.flavour, &db->e[j - 1]))
        {
          if (!xir_entry_cmp (&db->e[i], &db->e[j - 1]))
            {
              xir_entry_clear (&db->e[i]);   /* identical: keep one */
              continue;
            }
          /* Conflict: keep everything (still sorted) and report.  */
          memmove (&db->e[j], &db->e[i], (db->n - i) * sizeof *db->e);
          db->n = j + (db->n - i);
          if (err)
            *err = "conflicting definitions of a helper";
          if (dup)
            *dup = db->e[j].name;
          return -1;
        }
      db->e[j++] = db->e[i];
    }
  db->n = j;
  return 0;
}

const xir_entry *
xir_db_find (const xir_db *db, const char *name, uint8_t flavour)
{
  uint32_t lo = 0, hi = db->n;
  /* First entry with key >= (NAME, FLAVOUR).  */
  while (lo < hi)
    {
      uint32_t mid = lo + (hi - lo) / 2;
      if (key_cmp (name, flavour, &db->e[mid]) > 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < db->n && !key_cmp (name, flavour, &db->e[lo]))
    return &db->e[lo];
  for (lo = 0; lo < db->nmaps; lo++)
    {
      const xir_entry *e = xir_dbmap_find (db->maps[lo], name, flavour);
      if (e)
        return e;
    }
  return NULL;
}

uint32_t
xir_db_count (const xir_db *db)
{
  uint32_t i, n = db->n;
  for (i = 0; i < db->nmaps; i++)
    n += xir_dbmap_count (db->maps[i]);
  return n;
}

void
xir_db_free (xir_db *db)
{
  uint32_t i;
  for (i = 0; i < db->n; i++)
    xir_entry_clear (&db->e[i]);
  free (db->e);
  db->e = NULL;
  db->n = db->cap = 0;
  for (i = 0; i < db->nmaps; i++)
    xir_dbmap_free (db->maps[i]);
  free (db->maps);
  db->maps = NULL;
  db->nmaps = 0;
}

xir_func *
xir_entry_decode (const xir_entry *e, const char **err)
{
  xir_reader r;
  xir_func *f;
  r.p = e->body;
  r.end = e->body + e->body_len;
  r.err = NULL;
  f = xir_decode_func (&r);
  if (f && r.p != r.end)
    r.err = "trailing bytes after function record";
  else if (f && strcmp (f->name, e->name))
    r.err = "DB entry name differs from its function";
  else if (f)
    return f;
  xir_func_free (f);
  if (err)
    *err = r.err;
  return NULL;
}

const char *
xir_entry_no_call (const xir_entry *e, const xir_func *f)
{
  const char *err = NULL;
  xir_func *own = NULL;
  int va;
  if (xir_is_file_local_key (e->name))
    return "file-local";
  if (!f && (!e->nstmts || !(f = own = xir_entry_decode (e, &err))))
    return NULL;
  va = xir_func_va_start (f);
  xir_func_free (own);
  return va ? "va_start" : NULL;
}
