/* xir-symvers.c - the Module.symvers index (.xsv, docs/IR-FORMAT.md §3.4):
 * the exports of Module.symvers files sorted by name, written once
 * (xinline-db symvers) and read in place by every unit (a mapped file,
 * checked whole when opened, searched by bisection).
 */
#include "xir-import.h"
#include "xir-int.h"

#include <stdlib.h>
#include <string.h>

#define XSV_HEAD 16u   /* magic, version, nsyms, strs_len */
#define XSV_REC 12u    /* name_off, ns_off, flags */
#define XSV_NO_NS 0xffffffffu
#define XSV_GPL 1u

struct xir_svindex {
  xir_mapping m;
  uint32_t n;
  const unsigned char *recs;       /* n records */
  const char *strs;                /* strs_len bytes, NUL-terminated strings */
};

static int
svsym_cmp (const xir_svsym *a, const xir_svsym *b)
{
  int c = strcmp (a->name, b->name);
  if (c)
    return c;
  if (a->gpl != b->gpl)
    return a->gpl < b->gpl ? -1 : 1;
  if ((a->ns == NULL) != (b->ns == NULL))
    return a->ns ? 1 : -1;
  return a->ns ? strcmp (a->ns, b->ns) : 0;
}

static int
svsym_qcmp (const void *a, const void *b)
{
  return svsym_cmp ((const xir_svsym *) a, (const xir_svsym *) b);
}

void
xir_svindex_encode (xir_buf *b, xir_svsym *v, uint32_t n)
{
  unsigned char ver = XIR_SYMVERS_VERSION;
  uint32_t i, k = 0;
  uint64_t at = 0;
  if (n)
    qsort (v, n, sizeof *v, svsym_qcmp);
  for (i = 0; i < n; i++)         /* drop exact duplicates */
    if (!k || svsym_cmp (&v[k - 1], &v[i]))
      v[k++] = v[i];
  for (i = 0; i < k; i++)
    at += strlen (v[i].name) + 1 + (v[i].ns ? strlen (v[i].ns) + 1 : 0);
  if (at + XSV_HEAD + (uint64_t) k * XSV_REC > UINT32_MAX)
    xir_fatal ("a symvers index over 4 GiB cannot be written");
  xir_buf_put (b, XIR_SYMVERS_MAGIC, 7);
  xir_buf_put (b, &ver, 1);
  xir_put_fixed (b, k, 4);
  xir_put_fixed (b, at, 4);
  for (i = 0, at = 0; i < k; i++)
    {
      size_t nl = strlen (v[i].name) + 1;
      xir_put_fixed (b, at, 4);
      xir_put_fixed (b, v[i].ns ? at + nl : XSV_NO_NS, 4);
      xir_put_fixed (b, v[i].gpl ? XSV_GPL : 0, 4);
      at += nl + (v[i].ns ? strlen (v[i].ns) + 1 : 0);
    }
  for (i = 0; i < k; i++)
    {
      xir_buf_put (b, v[i].name, strlen (v[i].name) + 1);
      if (v[i].ns)
        xir_buf_put (b, v[i].ns, strlen (v[i].ns) + 1);
    }
}

/* Record I (already checked).  */
void
xir_svindex_get (const xir_svindex *x, uint32_t i, xir_svsym *s)
{
  const unsigned char *r = x->recs + (size_t) i * XSV_REC;
  uint32_t ns = xir_get_u32 (r + 4);
  s->name = x->strs + xir_get_u32 (r);
  s->ns = ns == XSV_NO_NS ? NULL : x->strs + ns;
  s->gpl = xir_get_u32 (r + 8) & XSV_GPL;
}

/* Whether string offset OFF starts a NUL-terminated string inside the
   table of LEN bytes.  */
static int
sv_str_ok (const xir_svindex *x, uint32_t off, uint32_t len)
{
  return off < len && memchr (x->strs + off, 0, len - off) != NULL;
}

/* Checks the whole index once, so that lookups need no checks: every
   record in bounds, its strings terminated, records strictly in order.  */
static const char *
sv_check (xir_svindex *x)
{
  const unsigned char *p = x->m.data;
  uint32_t i, strs_len;
  xir_svsym prev, cur;
  if (x->m.len < 8 || memcmp (p, XIR_SYMVERS_MAGIC, 7))
    return "not a symvers index";
  if (p[7] != XIR_SYMVERS_VERSION)
    return xir_fmt_err ("symvers index version %u, this build reads "
                        "version %d", (unsigned) p[7], XIR_SYMVERS_VERSION);
  if (x->m.len < XSV_HEAD)
    return "truncated symvers index";
  x->n = xir_get_u32 (p + 8);
  strs_len = xir_get_u32 (p + 12);
  if (XSV_HEAD + (uint64_t) x->n * XSV_REC + strs_len != x->m.len)
    return "symvers index size does not match its header";
  x->recs = p + XSV_HEAD;
  x->strs = (const char *) x->recs + (size_t) x->n * XSV_REC;
  for (i = 0; i < x->n; i++)
    {
      const unsigned char *r = x->recs + (size_t) i * XSV_REC;
      uint32_t ns = xir_get_u32 (r + 4);
      if (!sv_str_ok (x, xir_get_u32 (r), strs_len)
          || (ns != XSV_NO_NS && !sv_str_ok (x, ns, strs_len))
          || (xir_get_u32 (r + 8) & ~XSV_GPL))
        return "corrupt symvers index record";
      xir_svindex_get (x, i, &cur);
      if (i && svsym_cmp (&prev, &cur) >= 0)
        return "symvers index out of order";
      prev = cur;
    }
  return NULL;
}

int
xir_svindex_open (xir_mapping *m, xir_svindex **out, const char **err)
{
  xir_svindex *x = (xir_svindex *) xir_xcalloc (1, sizeof *x);
  const char *e;
  x->m = *m;
  memset (m, 0, sizeof *m);
  if ((e = sv_check (x)))
    {
      xir_svindex_free (x);
      *err = e;
      return -1;
    }
  *out = x;
  return 0;
}

void
xir_svindex_free (xir_svindex *x)
{
  if (!x)
    return;
  xir_unmap_file (&x->m);
  free (x);
}

uint32_t
xir_svindex_size (const xir_svindex *x)
{
  return x->n;
}

int
xir_svindex_find (const xir_svindex *x, const char *name, xir_svsym *s)
{
  uint32_t lo = 0, hi = x->n;
  while (lo < hi)
    {
      uint32_t mid = lo + (hi - lo) / 2;
      xir_svindex_get (x, mid, s);
      if (strcmp (name, s->name) > 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo >= x->n)
    return 0;
  xir_svindex_get (x, lo, s);
  return !strcmp (name, s->name);
}
