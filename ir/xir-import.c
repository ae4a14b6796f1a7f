/* xir-import.c - the importer rules that do not depend on a compiler:
 * loading DB files, stale entries, module safety (xir-import.h).
 */
#include "xir-import.h"
#include "xir-int.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *xir_oq = "'", *xir_cq = "'";

void
xir_import_quotes (const char *open, const char *close)
{
  xir_oq = open;
  xir_cq = close;
}

/* ---- DB files ---------------------------------------------------------------- */

/* The message of ERR, a problem of DB or object FILE.  */
static void
load_error (const char *file, int elf, const char *err, char *msg,
            size_t len)
{
  if (elf)
    snprintf (msg, len, "%s%s%s: %s; recompile it with this xinline",
              xir_oq, file, xir_cq, err);
  else
    snprintf (msg, len, "%s%s%s: %s; rebuild it with %sxinline-db "
              "build%s", xir_oq, file, xir_cq, err, xir_oq, xir_cq);
}

int
xir_db_load_file (xir_db *db, const char *file, char *msg, size_t len)
{
  xir_mapping m;
  const char *err = NULL;
  int kind, rc, elf;
  if (xir_map_file (file, &m))
    {
      snprintf (msg, len, "cannot read helper DB %s%s%s: %s; build it with "
                "%sxinline-db build -o %s OBJECTS%s", xir_oq, file, xir_cq,
                strerror (errno), xir_oq, file, xir_cq);
      return -1;
    }
  kind = xir_sniff (m.data, m.len);
  elf = kind == 0 && m.len >= 4 && !memcmp (m.data, "\177ELF", 4);
  if (kind == 1)
    {
      /* An .xdb is searched in place: only the entries called are read.  */
      rc = xir_db_attach (db, &m, file, &err);
    }
  else
    {
      if (elf)
        rc = xir_elf_extract (db, m.data, m.len, &err);
      else if (kind == 0)
        {
          err = "not an xinline DB or an object with a .gnu.xinline section";
          rc = -1;
        }
      else
        rc = xir_db_parse (db, m.data, m.len, &err);
      xir_unmap_file (&m);
    }
  if (rc)
    load_error (file, elf, err, msg, len);
  return rc ? -1 : 0;
}

int
xir_db_load_finish (xir_db *db, const char *first, char *msg, size_t len)
{
  const char *err = NULL, *dup = NULL;
  if (!xir_db_finish (db, &err, &dup) && !xir_db_dups (db, &err, &dup))
    return xir_db_load_error (db, msg, len);
  snprintf (msg, len, "helper DBs %s%s%s: %s%s%s; pass each helper once",
            xir_oq, first ? first : "", xir_cq, err, dup ? " " : "",
            dup ? dup : "");
  return -1;
}

int
xir_db_load_error (const xir_db *db, char *msg, size_t len)
{
  const char *file, *err;
  if (!xir_db_error (db, &file, &err))
    return 0;
  load_error (file, 0, err, msg, len);
  return -1;
}

/* ---- stale DB entries ---------------------------------------------------------- */

struct xir_fresh_file {
  char *path;
  uint64_t hash;             /* now; 0: unreadable */
};

struct xir_fresh {
  uint32_t n, cap;
  struct xir_fresh_file *v;  /* in order of first use */
};

xir_fresh *
xir_fresh_new (void)
{
  return (xir_fresh *) xir_xcalloc (1, sizeof (xir_fresh));
}

void
xir_fresh_free (xir_fresh *c)
{
  uint32_t i;
  if (!c)
    return;
  for (i = 0; i < c->n; i++)
    free (c->v[i].path);
  free (c->v);
  free (c);
}

/* Whether PATH still has hash HASH; a file that cannot be read has
   nothing to compare and counts as fresh.  Each file is hashed once; the
   hash, not a verdict, is kept, since entries may record different
   hashes of one file.  */
static int
xir_file_fresh (xir_fresh *c, const char *path, uint64_t hash)
{
  uint32_t i;
  for (i = 0; i < c->n; i++)
    if (!strcmp (c->v[i].path, path))
      break;
  if (i == c->n)
    {
      c->v = (struct xir_fresh_file *) xir_grow (c->v, &c->cap, c->n,
                                                 sizeof *c->v);
      c->v[i].path = xir_strdup (path);
      c->v[i].hash = xir_file_hash (path);
      c->n++;
    }
  return !c->v[i].hash || c->v[i].hash == hash;
}

enum xir_stale
xir_entry_stale (xir_fresh *c, const xir_entry *e, const char **file)
{
  uint32_t i;
  if (e->meta.source_hash && e->meta.source && *e->meta.source
      && !xir_file_fresh (c, e->meta.source, e->meta.source_hash))
    {
      *file = e->meta.source;
      return XIR_STALE_SOURCE;
    }
  for (i = 0; i < e->meta.ndeps; i++)
    if (!xir_file_fresh (c, e->meta.deps[i].path, e->meta.deps[i].hash))
      {
        *file = e->meta.deps[i].path;
        return XIR_STALE_HEADER;
      }
  return XIR_FRESH;
}

/* ---- module safety ------------------------------------------------------------ */

struct xir_symvers_sym {
  char *name;
  int gpl;
  char *ns;                  /* namespace or NULL */
};

struct xir_symvers {
  uint32_t n, cap;
  struct xir_symvers_sym *v;
  uint32_t nidx;
  xir_svindex **idx;         /* mapped symvers indexes, searched after V */
};

xir_symvers *
xir_symvers_new (void)
{
  return (xir_symvers *) xir_xcalloc (1, sizeof (xir_symvers));
}

void
xir_symvers_free (xir_symvers *s)
{
  uint32_t i;
  if (!s)
    return;
  for (i = 0; i < s->n; i++)
    {
      free (s->v[i].name);
      free (s->v[i].ns);
    }
  free (s->v);
  for (i = 0; i < s->nidx; i++)
    xir_svindex_free (s->idx[i]);
  free (s->idx);
  free (s);
}

/* Maps the symvers index M of FILE into S.  */
static int
xir_symvers_map (xir_symvers *s, const char *file, xir_mapping *m,
                 char *msg, size_t len)
{
  xir_svindex *x;
  const char *err;
  if (xir_svindex_open (m, &x, &err))
    {
      snprintf (msg, len, "%s%s%s: %s; make it again with %sxinline-db "
                "symvers%s", xir_oq, file, xir_cq, err, xir_oq, xir_cq);
      return -1;
    }
  s->idx = (xir_svindex **) xir_xrealloc (s->idx, s->nidx + 1,
                                          sizeof *s->idx);
  s->idx[s->nidx++] = x;
  return 0;
}

void
xir_symvers_encode (xir_buf *b, const xir_symvers *s)
{
  uint64_t n = s->n;
  xir_svsym *v;
  uint32_t i, j, k;
  for (i = 0; i < s->nidx; i++)
    n += xir_svindex_size (s->idx[i]);
  if (n > UINT32_MAX)
    n = UINT32_MAX;            /* (a 4 GiB index is refused anyway) */
  v = (xir_svsym *) xir_xcalloc ((size_t) n, sizeof *v);
  for (i = 0; i < s->n; i++)
    {
      v[i].name = s->v[i].name;
      v[i].gpl = s->v[i].gpl;
      v[i].ns = s->v[i].ns;
    }
  for (j = 0, k = s->n; j < s->nidx; j++)
    for (i = 0; i < xir_svindex_size (s->idx[j]) && k < n; i++)
      xir_svindex_get (s->idx[j], i, &v[k++]);
  xir_svindex_encode (b, v, (uint32_t) n);
  free (v);
}

int
xir_symvers_load (xir_symvers *s, const char *file, char *msg, size_t len)
{
  FILE *f = fopen (file, "r");
  char line[1024];
  unsigned lineno = 0;
  if (f && fread (line, 1, 7, f) == 7 && !memcmp (line, XIR_SYMVERS_MAGIC, 7))
    {
      xir_mapping m;
      fclose (f);
      if (!xir_map_file (file, &m))
        return xir_symvers_map (s, file, &m, msg, len);
      f = NULL;
    }
  else if (f)
    rewind (f);
  if (!f)
    {
      snprintf (msg, len, "cannot read %s%s%s: %s; pass the kernel's (and "
                "your module's) Module.symvers", xir_oq, file, xir_cq,
                strerror (errno));
      return -1;
    }
  while (fgets (line, sizeof line, f))
    {
      char *fld[5] = { NULL, NULL, NULL, NULL, NULL };
      unsigned nf = 0;
      char *p = line;
      lineno++;
      p[strcspn (p, "\r\n")] = 0;
      while (nf < 5)
        {
          fld[nf++] = p;
          p = strchr (p, '\t');
          if (!p)
            break;
          *p++ = 0;
        }
      if (nf < 4 || strncmp (fld[3], "EXPORT_SYMBOL", 13))
        {
          snprintf (msg, len, "%s:%u: not a Module.symvers line; pass the "
                    "file modpost writes", file, lineno);
          fclose (f);
          return -1;
        }
      s->v = (struct xir_symvers_sym *) xir_grow (s->v, &s->cap, s->n,
                                                  sizeof *s->v);
      s->v[s->n].name = xir_strdup (fld[1]);
      s->v[s->n].gpl = strstr (fld[3], "_GPL") != NULL;
      s->v[s->n].ns = nf > 4 && *fld[4] ? xir_strdup (fld[4]) : NULL;
      s->n++;
    }
  fclose (f);
  return 0;
}

static int
xir_symvers_cmp (const void *a, const void *b)
{
  return strcmp (((const struct xir_symvers_sym *) a)->name,
                 ((const struct xir_symvers_sym *) b)->name);
}

void
xir_symvers_sort (xir_symvers *s)
{
  if (s->n)
    qsort (s->v, s->n, sizeof *s->v, xir_symvers_cmp);
}

int
xir_license_gpl_compatible (const char *l)
{
  static const char *const ok[] = {
    "GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL",
    "Dual MIT/GPL", "Dual MPL/GPL"
  };
  size_t i;
  for (i = 0; l && i < sizeof ok / sizeof *ok; i++)
    if (!strcmp (l, ok[i]))
      return 1;
  return 0;
}

/* The export NAME: from the text files, else from the indexes.  */
static const xir_svsym *
xir_symvers_find (const xir_symvers *s, const char *name, xir_svsym *out)
{
  struct xir_symvers_sym key;
  const struct xir_symvers_sym *e;
  uint32_t i;
  key.name = (char *) name;
  e = s->n ? (const struct xir_symvers_sym *)
             bsearch (&key, s->v, s->n, sizeof key, xir_symvers_cmp) : NULL;
  if (e)
    {
      out->name = e->name;
      out->gpl = e->gpl;
      out->ns = e->ns;
      return out;
    }
  for (i = 0; i < s->nidx; i++)
    if (xir_svindex_find (s->idx[i], name, out))
      return out;
  return NULL;
}

enum xir_modsafe
xir_symvers_check (const xir_symvers *s, const char *name,
                   const char *license, const char *const *ns, unsigned nns,
                   const char **symns)
{
  xir_svsym found;
  const xir_svsym *e = xir_symvers_find (s, name, &found);
  unsigned i;
  if (!e)
    return XIR_MS_NOT_EXPORTED;
  if (e->gpl && !xir_license_gpl_compatible (license))
    return license ? XIR_MS_GPL_ONLY : XIR_MS_GPL_UNKNOWN;
  if (!e->ns)
    return XIR_MS_OK;
  for (i = 0; i < nns; i++)
    if (!strcmp (ns[i], e->ns))
      return XIR_MS_OK;
  *symns = e->ns;
  return XIR_MS_NAMESPACE;
}

static int
xir_ident_char (char c)
{
  return isalnum ((unsigned char) c) || c == '_' || c == '.' || c == '$';
}

int
xir_asm_call_targets (const char *t, int (*fn) (const char *, void *),
                      void *arg)
{
  const char *p, *q, *e;
  char name[256];
  int rc;
  for (p = t; *p; p++)
    {
      if (p != t && (isalnum ((unsigned char) p[-1]) || p[-1] == '_'
                     || p[-1] == '.'))
        continue;
      if (strncmp (p, "call", 4) && strncmp (p, "jmp", 3))
        continue;
      q = p + (p[0] == 'c' ? 4 : 3);
      while (isalpha ((unsigned char) *q))       /* callq, jmpq */
        q++;
      if (*q != ' ' && *q != '\t')
        continue;
      while (*q == ' ' || *q == '\t')
        q++;
      if (!(isalpha ((unsigned char) *q) || *q == '_'))
        continue;                                /* %0, *%rax, 1f, .L... */
      for (e = q; xir_ident_char (*e); e++)
        ;
      snprintf (name, sizeof name, "%.*s", (int) (e - q < 255 ? e - q : 255),
                q);
      if ((rc = fn (name, arg)))
        return rc;
    }
  return 0;
}
