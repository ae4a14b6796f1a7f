/* xinline-db.c - build, list and show xinline helper databases (.xdb).
 *
 *   xinline-db build -o OUT.xdb INPUT...
 *   xinline-db list [--importable] FILE
 *   xinline-db show FILE NAME
 *   xinline-db emit-llvm [-o FILE] [--flavour=F] [--attrs=A] DB [NAME...]
 *
 * Inputs are ELF64 little-endian objects (relocatable, executable or
 * shared) with a .gnu.xinline section, ar archives (regular, with GNU or
 * BSD long names, and GNU thin archives whose members are files relative
 * to the archive), .xdb files and raw unit files.  The ELF and archive
 * readers are self-contained: no libelf, no BFD.
 *
 * Plain C; links the IR library (ir/).
 */
#define _POSIX_C_SOURCE 200809L

#include "xir.h"
#include "xir-import.h"
#include "xir-llvm.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef XINLINE_VERSION
# ifdef PACKAGE_VERSION
#  define XINLINE_VERSION PACKAGE_VERSION
# else
#  define XINLINE_VERSION "unknown"
# endif
#endif

#define PROG "xinline-db"
#define SECTION ".gnu.xinline"
#define MAX_NESTING 16          /* archives within archives */

/* One place entries came from: an object (or archive member), a DB or a
   raw unit file.  Kept apart until the end so that a conflict can name
   both files involved.  */
struct source {
  char *name;                   /* "a.o", "lib.a(a.o)", "helpers.xdb" */
  int is_db;
  xir_db db;
};

static struct source *sources;
static size_t nsources, capsources;
static int verbose;
static int check_types;         /* build: the typing rules of each target */

/* ---- messages ------------------------------------------------------------ */

/* "xinline-db: " FMT TAIL on stderr.  */
static void
vmessage (const char *fmt, va_list ap, const char *tail)
{
  fputs (PROG ": ", stderr);
  vfprintf (stderr, fmt, ap);
  fputs (tail, stderr);
}

static void __attribute__ ((noreturn, format (printf, 1, 2)))
die (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  vmessage (fmt, ap, "\n");
  va_end (ap);
  exit (1);
}

static void __attribute__ ((noreturn, format (printf, 1, 2)))
usage_error (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  vmessage (fmt, ap, " (try --help)\n");
  va_end (ap);
  exit (2);
}

static void __attribute__ ((format (printf, 1, 2)))
note (const char *fmt, ...)
{
  va_list ap;
  if (!verbose)
    return;
  va_start (ap, fmt);
  vmessage (fmt, ap, "\n");
  va_end (ap);
}

static void *
xmalloc (size_t n)
{
  void *p = malloc (n ? n : 1);
  if (!p)
    die ("out of memory");
  return p;
}

static char *
xasprintf (const char *fmt, ...)
{
  va_list ap;
  int n;
  char *s;
  va_start (ap, fmt);
  n = vsnprintf (NULL, 0, fmt, ap);
  va_end (ap);
  s = (char *) xmalloc ((size_t) n + 1);
  va_start (ap, fmt);
  vsnprintf (s, (size_t) n + 1, fmt, ap);
  va_end (ap);
  return s;
}

static void
usage (FILE *out)
{
  fputs ("Usage: " PROG " build [-v] -o OUT.xdb INPUT...\n"
         "       " PROG " build --empty -o OUT.xdb\n"
         "       " PROG " list [-v] [--importable] FILE\n"
         "       " PROG " show [-v] FILE NAME\n"
         "       " PROG " emit-llvm [-o OUT.ll] [--flavour=builtin|module]\n"
         "                 [--attrs=ATTRS] [--dso-local] FILE [NAME...]\n"
         "       " PROG " symvers -o OUT.xsv SYMVERS...\n"
         "       " PROG " --help | --version\n"
         "\n"
         "Builds and inspects xinline helper databases.\n"
         "\n"
         "  build  merges the helpers found in the INPUTs into OUT.xdb (written\n"
         "         atomically).  INPUTs: ELF objects with a " SECTION " section,\n"
         "         ar archives (also GNU thin archives such as the kernel's\n"
         "         built-in.a), and other .xdb files.  Inputs without helpers\n"
         "         contribute nothing.  Every helper is checked: its structure,\n"
         "         and the typing rules of its unit's target when that is one\n"
         "         xinline-db knows (x86_64, i386..i686); for any other target\n"
         "         the structure only.  --empty writes a DB without helpers\n"
         "         (a DB path that command lines name before the helpers are\n"
         "         exported: kbuild/whole-tree.sh).\n"
         "  list   one line per helper: NAME <TAB> STATEMENTS <TAB> refs=SYMBOLS\n"
         "         (<TAB> file-local for a static function's body, kept for\n"
         "         module-local copies: its NAME is NAME.local.HASH;\n"
         "         <TAB> va_start for a body that calls va_start, which GCC\n"
         "         never inlines: kept for module-local copies, no call is\n"
         "         an import candidate).  --importable: only the helpers a\n"
         "         call can import (neither file-local nor va_start)\n"
         "  show   the metadata and the IR of helper NAME\n"
         "  emit-llvm  the helpers (all, or the NAMEs) as LLVM IR text:\n"
         "         available_externally definitions with the symbols they\n"
         "         reference declared, for llvm-link into a module whose\n"
         "         calls LLVM's inliner then inlines (docs/LLVM.md).  A helper\n"
         "         the translator refuses becomes a line\n"
         "         \"; NAME: refused: REASON\".  One flavour (default builtin);\n"
         "         ATTRS (LLVM attribute syntax, e.g. '\"target-cpu\"=\"x86-64\"')\n"
         "         are added to every definition; --dso-local declares the\n"
         "         variables they reference dso_local (executables, the kernel).\n"
         "  symvers  the exports of the Module.symvers files (or indexes)\n"
         "         SYMVERS as one index that -fplugin-arg-xinline-symvers=\n"
         "         reads in place (written atomically)\n"
         "\n"
         "Options:\n"
         "  -o FILE       the DB to write (build), the LLVM IR (emit-llvm;\n"
         "                default: standard output)\n"
         "  -v            say which inputs contribute nothing and what was done\n"
         "  -h, --help    show this help\n"
         "  --version     show the version and the IR format version\n", out);
}

/* ---- files ------------------------------------------------------------------ */

/* Reads all of PATH; dies naming SHOWN (PATH by default) on failure: a
   file that cannot be opened, or one that can but not be read.  */
static unsigned char *
read_file (const char *path, const char *shown, size_t *len)
{
  unsigned char *buf;
  if (xir_read_file (path, &buf, len))
    {
      int e = errno;
      if (access (path, R_OK) == 0)
        die ("%s: read error: %s", shown ? shown : path, strerror (e));
      die ("%s: %s", shown ? shown : path, strerror (e));
    }
  return buf;
}

/* Writes LEN bytes to OUT through OUT.tmp.PID and rename(2), so that a
   concurrent reader sees the old file or the new one, never a mix.  */
static void
write_atomic (const char *out, const unsigned char *data, size_t len)
{
  char *tmp = xasprintf ("%s.tmp.%ld", out, (long) getpid ());
  int fd = open (tmp, O_WRONLY | O_CREAT | O_TRUNC, 0666);
  size_t done = 0;
  if (fd < 0)
    die ("cannot create %s: %s", tmp, strerror (errno));
  while (done < len)
    {
      ssize_t w = write (fd, data + done, len - done);
      if (w < 0 && errno == EINTR)
        continue;
      if (w <= 0)
        {
          int e = errno;
          close (fd);
          unlink (tmp);
          die ("%s: write error: %s", tmp, strerror (e));
        }
      done += (size_t) w;
    }
  if (close (fd) < 0)
    {
      int e = errno;
      unlink (tmp);
      die ("%s: write error: %s", tmp, strerror (e));
    }
  if (rename (tmp, out) < 0)
    {
      int e = errno;
      unlink (tmp);
      die ("cannot rename %s to %s: %s", tmp, out, strerror (e));
    }
  free (tmp);
}

/* ---- sources ------------------------------------------------------------------ */

/* Explains a parse error ERR of NAME and exits.  */
static void __attribute__ ((noreturn))
die_parse (const char *name, int is_db, const char *err)
{
  unsigned long long v;
  const char *advice = is_db ? "rebuild the DB with this xinline"
                             : "recompile it with this xinline";
  if (sscanf (err, "IR format version %llu", &v) == 1)
    die ("%s: IR format version %llu, this " PROG " reads version %d; %s",
         name, v, XIR_VERSION, advice);
  if (is_db)
    die ("%s: corrupt xinline DB: %s; rebuild it", name, err);
  die ("%s: corrupt " SECTION " section: %s; %s", name, err, advice);
}

/* Checks helper E of source NAME: decodes it (the structure) and, when
   building, applies the typing rules of its unit's target if known.  */
static void
check_entry (const char *name, int is_db, const xir_entry *e)
{
  const char *err = NULL;
  xir_func *f = xir_entry_decode (e, &err);
  xir_target tgt;
  if (f && check_types && !xir_target_from_meta (e->meta.target, &tgt))
    err = xir_func_check (f, &tgt);
  if (!f || err)
    die ("%s: helper '%s' is invalid: %s; %s", name, e->name, err,
         is_db ? "rebuild the DB" : "recompile it with this xinline");
  xir_func_free (f);
}

/* Parses DATA (an .xdb or a sequence of units) as a new source NAME and
   checks every helper in it.  */
static void
add_source (const char *name, int is_db, const unsigned char *data,
            size_t len)
{
  struct source *s;
  const char *err = NULL;
  uint32_t i;
  if (nsources == capsources)
    {
      capsources = capsources ? capsources * 2 : 64;
      sources = (struct source *) realloc (sources,
                                           capsources * sizeof *sources);
      if (!sources)
        die ("out of memory");
    }
  s = &sources[nsources++];
  memset (s, 0, sizeof *s);
  s->name = xasprintf ("%s", name);
  s->is_db = is_db;
  if (xir_db_parse (&s->db, data, len, &err) < 0)
    die_parse (name, is_db, err);
  for (i = 0; i < s->db.n; i++)
    check_entry (name, is_db, &s->db.e[i]);
  if (!s->db.n)
    note ("%s: no helpers", name);
}

/* ---- ELF ------------------------------------------------------------------ */

static int
is_elf (const unsigned char *d, size_t len)
{
  return len >= 4 && !memcmp (d, "\177ELF", 4);
}

/* Adds the .gnu.xinline section(s) of ELF image D (named NAME); the
   sections are found by xir_elf_sections (ir/xir-elf.c).  */
static void
load_elf (const char *name, const unsigned char *d, size_t len)
{
  xir_span spans[64];
  const char *err = NULL;
  unsigned n, i;
  if (xir_elf_sections (d, len, spans, 64, &n, &err) < 0)
    die ("%s: %s", name, err);
  if (!n)
    note ("%s: no " SECTION " section (or an empty one), contributes "
          "nothing", name);
  for (i = 0; i < n; i++)
    add_source (name, 0, d + spans[i].off, spans[i].len);
}

/* ---- archives --------------------------------------------------------------- */

static void load_file (const char *path, const char *shown, int depth);
static void load_buffer (const char *name, const char *path,
                         const unsigned char *d, size_t len, int depth,
                         int member);

static int
is_archive (const unsigned char *d, size_t len, int *thin)
{
  if (len >= 8 && !memcmp (d, "!<arch>\n", 8))
    *thin = 0;
  else if (len >= 8 && !memcmp (d, "!<thin>\n", 8))
    *thin = 1;
  else
    return 0;
  return 1;
}

/* A decimal field of an archive header (space padded); -1 if bad.  */
static long long
ar_num (const unsigned char *p, size_t n)
{
  long long v = 0;
  size_t i = 0;
  int digits = 0;
  for (; i < n && p[i] >= '0' && p[i] <= '9'; i++, digits++)
    {
      if (v > (long long) 1 << 50)
        return -1;
      v = v * 10 + (p[i] - '0');
    }
  for (; i < n; i++)
    if (p[i] != ' ')
      return -1;
  return digits ? v : -1;
}

/* The name of the member with header H: from the GNU long-name table
   (LN, LNLEN), "#1/N" BSD style (then *SKIP bytes of the data hold it),
   or the 16-byte field.  Returns a malloc'd string or NULL.  */
static char *
ar_member_name (const unsigned char *h, const unsigned char *ln, size_t lnlen,
                const unsigned char *data, size_t size, size_t *skip)
{
  size_t n;
  char *s;
  *skip = 0;
  if (h[0] == '/' && h[1] >= '0' && h[1] <= '9')
    {
      /* The offset's digits end the number: GNU ar (2.40) may leave a
         stray character after them (a 15-character name in a thin
         archive gives "/234           /"); binutils reads it with strtol.  */
      long long off = 0;
      const unsigned char *e;
      for (n = 1; n < 16 && h[n] >= '0' && h[n] <= '9'; n++)
        {
          if (off > (long long) 1 << 50)
            return NULL;
          off = off * 10 + (h[n] - '0');
        }
      if (!ln || off < 0 || (size_t) off >= lnlen)
        return NULL;
      e = (const unsigned char *) memchr (ln + off, '\n', lnlen - (size_t) off);
      n = (size_t) ((e ? e : ln + lnlen) - (ln + off));
      s = (char *) xmalloc (n + 1);
      memcpy (s, ln + off, n);
      if (n && s[n - 1] == '/')
        n--;                    /* GNU terminates names with "/\n" */
      s[n] = 0;
      return s;
    }
  if (!memcmp (h, "#1/", 3))
    {
      long long l = ar_num (h + 3, 13);
      if (l < 0 || !data || (size_t) l > size)
        return NULL;
      n = strnlen ((const char *) data, (size_t) l);
      *skip = (size_t) l;
      s = (char *) xmalloc (n + 1);
      memcpy (s, data, n);
      s[n] = 0;
      return s;
    }
  for (n = 16; n && h[n - 1] == ' '; n--)
    ;
  if (n && h[n - 1] == '/')
    n--;
  s = (char *) xmalloc (n + 1);
  memcpy (s, h, n);
  s[n] = 0;
  return s;
}

/* The directory part of PATH, with a trailing slash, or "".  */
static char *
dir_of (const char *path)
{
  const char *sl = strrchr (path, '/');
  char *d;
  size_t n = sl ? (size_t) (sl - path) + 1 : 0;
  d = (char *) xmalloc (n + 1);
  memcpy (d, path, n);
  d[n] = 0;
  return d;
}

/* Adds every member of archive D (named NAME, read from PATH).  */
static void
load_archive (const char *name, const char *path, const unsigned char *d,
              size_t len, int thin, int depth)
{
  const unsigned char *ln = NULL;
  size_t lnlen = 0, pos = 8;
  while (pos < len)
    {
      const unsigned char *h = d + pos, *data;
      long long size;
      int special;
      size_t skip;
      char *mname;
      if (len - pos < 60)
        die ("%s: truncated archive member header", name);
      if (h[58] != '`' || h[59] != '\n'
          || (size = ar_num (h + 48, 10)) < 0)
        die ("%s: bad archive member header at offset %zu", name, pos);
      data = h + 60;
      /* "/" and "/SYM64/": symbol tables; "//": the long-name table.  In
         a thin archive only these have their data inside the archive.  */
      special = h[0] == '/' && (h[1] == ' ' || h[1] == '/'
                                || !memcmp (h, "/SYM64/ ", 8));
      if ((!thin || special) && (size_t) size > len - pos - 60)
        die ("%s: truncated archive member", name);
      if (special || !memcmp (h, "__.SYMDEF", 9))
        {
          if (h[1] == '/')
            {
              ln = data;
              lnlen = (size_t) size;
            }
        }
      else
        {
          mname = ar_member_name (h, ln, lnlen, thin ? NULL : data,
                                  (size_t) size, &skip);
          if (!mname)
            die ("%s: bad archive member name at offset %zu", name, pos);
          if (thin)
            {
              char *dir = dir_of (path);
              char *mpath = mname[0] == '/' ? xasprintf ("%s", mname)
                                            : xasprintf ("%s%s", dir, mname);
              char *shown = xasprintf ("%s(%s)", name, mpath);
              load_file (mpath, shown, depth + 1);
              free (shown);
              free (mpath);
              free (dir);
            }
          else
            {
              char *shown = xasprintf ("%s(%s)", name, mname);
              load_buffer (shown, path, data + skip, (size_t) size - skip,
                           depth + 1, 1);
              free (shown);
            }
          free (mname);
        }
      if (!thin || special)
        pos += 60 + (size_t) size + ((size_t) size & 1);
      else
        pos += 60;
    }
}

/* ---- dispatch ------------------------------------------------------------------ */

static void
load_buffer (const char *name, const char *path, const unsigned char *d,
             size_t len, int depth, int member)
{
  int thin, kind;
  if (depth > MAX_NESTING)
    die ("%s: archives nested too deeply", name);
  if (is_elf (d, len))
    load_elf (name, d, len);
  else if (is_archive (d, len, &thin))
    load_archive (name, path, d, len, thin, depth);
  else if ((kind = xir_sniff (d, len)))
    add_source (name, kind == 1, d, len);
  else if (member)
    note ("%s: not an ELF object, skipped", name);
  else
    die ("%s: not an ELF object, archive or xinline DB", name);
}

static void
load_file (const char *path, const char *shown, int depth)
{
  size_t len;
  unsigned char *d = read_file (path, shown, &len);
  load_buffer (shown ? shown : path, path, d, len, depth, depth > 0);
  free (d);
}

static void
free_sources (void)
{
  size_t i;
  for (i = 0; i < nsources; i++)
    {
      free (sources[i].name);
      xir_db_free (&sources[i].db);
    }
  free (sources);
  sources = NULL;
  nsources = capsources = 0;
}

/* Merges every source into DB.  */
static void
merge_sources (xir_db *db)
{
  const char *err = NULL;
  size_t i;
  memset (db, 0, sizeof *db);
  for (i = 0; i < nsources; i++)
    if (xir_db_merge (db, &sources[i].db, &err) < 0)
      die ("%s: %s", sources[i].name, err);
}

/* ---- build -------------------------------------------------------------------- */

static int
same_entry (const xir_entry *a, const xir_entry *b)
{
  return (!strcmp (a->meta.producer, b->meta.producer)
          && !strcmp (a->meta.target, b->meta.target)
          && !strcmp (a->meta.source, b->meta.source)
          && a->meta.semflags == b->meta.semflags
          && a->body_len == b->body_len
          && !memcmp (a->body, b->body, a->body_len));
}

/* Names the two inputs that define helper NAME differently, and exits.  */
static void __attribute__ ((noreturn))
die_conflict (const char *name)
{
  size_t i, j;
  uint32_t k, l;
  for (i = 0; i < nsources; i++)
    for (k = 0; k < sources[i].db.n; k++)
      {
        const xir_entry *a = &sources[i].db.e[k];
        if (strcmp (a->name, name))
          continue;
        for (j = i; j < nsources; j++)
          for (l = j == i ? k + 1 : 0; l < sources[j].db.n; l++)
            {
              const xir_entry *b = &sources[j].db.e[l];
              if (strcmp (b->name, name) || b->meta.flavour != a->meta.flavour
                  || same_entry (a, b))
                continue;
              die ("helper '%s' is defined differently in %s (from %s) and "
                   "in %s (from %s); give only one of them", name,
                   sources[i].name, a->meta.source, sources[j].name,
                   b->meta.source);
            }
      }
  die ("helper '%s' is defined differently in two inputs; give only one of "
       "them", name);
}

static char **inputs;           /* (global: still reachable on exit) */

static int
cmd_build (int argc, char **argv)
{
  const char *out = NULL, *err = NULL, *dup = NULL;
  int ninputs = 0, i, opts = 1, empty = 0;
  xir_db db;
  xir_buf b;

  inputs = (char **) xmalloc ((size_t) argc * sizeof *inputs);
  for (i = 1; i < argc; i++)
    {
      const char *a = argv[i];
      if (opts && !strcmp (a, "--"))
        opts = 0;
      else if (opts && !strcmp (a, "-o"))
        {
          if (++i == argc)
            usage_error ("-o needs a file name");
          out = argv[i];
        }
      else if (opts && !strncmp (a, "-o", 2))
        out = a + 2;
      else if (opts && !strcmp (a, "-v"))
        verbose = 1;
      else if (opts && !strcmp (a, "--empty"))
        empty = 1;
      else if (opts && a[0] == '-' && a[1])
        usage_error ("build: unknown option '%s'", a);
      else
        inputs[ninputs++] = argv[i];
    }
  if (!out)
    usage_error ("missing -o OUTPUT");
  if (!ninputs && !empty)
    usage_error ("build: no input files (--empty for a DB without helpers)");
  if (ninputs && empty)
    usage_error ("build: --empty takes no input files");

  check_types = 1;
  for (i = 0; i < ninputs; i++)
    load_file (inputs[i], NULL, 0);
  merge_sources (&db);
  if (xir_db_finish (&db, &err, &dup) < 0)
    {
      if (dup)
        die_conflict (dup);
      die ("%s", err);
    }
  xir_buf_init (&b);
  xir_db_encode (&b, &db);
  write_atomic (out, b.data, b.len);
  note ("%s: %u helpers from %d inputs", out, db.n, ninputs);
  xir_buf_free (&b);
  xir_db_free (&db);
  free_sources ();
  free (inputs);
  inputs = NULL;
  return 0;
}

/* ---- list and show ---------------------------------------------------------- */

/* Loads FILE for list / show: all its entries, sorted by name.  */
static void
load_for_reading (const char *file, xir_db *db)
{
  const char *err, *dup;
  load_file (file, NULL, 0);
  merge_sources (db);
  /* A conflict does not matter for reading; the DB stays sorted.  */
  xir_db_finish (db, &err, &dup);
}

static int
cmp_str (const void *a, const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
mark_operand (const xir_operand *o, unsigned char *used, uint32_t nsyms)
{
  if (o->kind == XIR_O_SYM && o->idx < nsyms)
    used[o->idx] = 1;
}

static void
mark_asm (const xir_asm *a, unsigned char *used, uint32_t nsyms)
{
  uint32_t k;
  for (k = 0; k < a->nout; k++)
    if (a->outs[k].is_mem == XIR_ASM_MEM)
      mark_operand (&a->outs[k].mem.base, used, nsyms);
  for (k = 0; k < a->nin; k++)
    mark_operand (a->ins[k].is_mem == XIR_ASM_MEM ? &a->ins[k].mem.base
                                                  : &a->ins[k].val,
                  used, nsyms);
}

/* Marks in USED the symbols statement S refers to.  */
static void
mark_stmt (const xir_stmt *s, unsigned char *used, uint32_t nsyms)
{
  const xir_call *c = s->call;
  uint32_t k;
  for (k = 0; k < s->nops && k < XIR_MAX_OPS; k++)
    mark_operand (&s->ops[k], used, nsyms);
  mark_operand (&s->mem[0].base, used, nsyms);
  mark_operand (&s->mem[1].base, used, nsyms);
  if (c)
    {
      if (c->kind == XIR_C_DIRECT && c->sym < nsyms)
        used[c->sym] = 1;
      if (c->kind == XIR_C_INDIRECT)
        mark_operand (&c->target, used, nsyms);
      for (k = 0; k < c->nargs; k++)
        mark_operand (&c->args[k], used, nsyms);
    }
  if (s->asm_)
    mark_asm (s->asm_, used, nsyms);
}

/* Prints the symbols F's body refers to: sorted, comma separated, or "-".  */
static void
print_refs (FILE *out, const xir_func *f)
{
  unsigned char *used = (unsigned char *) xmalloc (f->nsyms + 1);
  const char **names = (const char **) xmalloc ((f->nsyms + 1)
                                                * sizeof *names);
  uint32_t i, j, n = 0;
  memset (used, 0, f->nsyms + 1);
  for (i = 0; i < f->nblocks; i++)
    {
      const xir_block *bl = &f->blocks[i];
      for (j = 0; j < bl->nstmts; j++)
        mark_stmt (&bl->stmts[j], used, f->nsyms);
      mark_operand (&bl->term.a, used, f->nsyms);
      mark_operand (&bl->term.b, used, f->nsyms);
    }
  for (i = 0; i < f->nsyms; i++)
    if (used[i])
      names[n++] = f->syms[i].name;
  qsort (names, n, sizeof *names, cmp_str);
  fputs ("refs=", out);
  for (i = 0; i < n; i++)
    fprintf (out, "%s%s", i ? "," : "", names[i]);
  if (!n)
    fputc ('-', out);
  free (used);
  free (names);
}

static int
cmd_list (int argc, char **argv)
{
  const char *file = NULL, *err;
  xir_db db;
  uint32_t i;
  int a, opts = 1, importable = 0;
  for (a = 1; a < argc; a++)
    {
      if (opts && !strcmp (argv[a], "--"))
        opts = 0;
      else if (opts && !strcmp (argv[a], "-v"))
        verbose = 1;
      else if (opts && !strcmp (argv[a], "--importable"))
        {
          if (importable)
            usage_error ("list: --importable given twice");
          importable = 1;
        }
      else if (opts && argv[a][0] == '-' && argv[a][1])
        usage_error ("list: unknown option '%s'", argv[a]);
      else if (file)
        usage_error ("list: more than one FILE");
      else
        file = argv[a];
    }
  if (!file)
    usage_error (importable ? "list --importable: missing FILE"
                 : "list: missing FILE");
  load_for_reading (file, &db);
  for (i = 0; i < db.n; i++)
    {
      xir_func *f = xir_entry_decode (&db.e[i], &err);
      const char *mark;
      if (!f)
        die ("%s: helper '%s' is invalid: %s", file, db.e[i].name, err);
      /* --importable: a marked entry is never a call's import.  */
      mark = xir_entry_no_call (&db.e[i], f);
      if (!importable || !mark)
        {
          printf ("%s\t%u\t", db.e[i].name, db.e[i].nstmts);
          print_refs (stdout, f);
          printf ("%s%s\n", mark ? "\t" : "", mark ? mark : "");
        }
      xir_func_free (f);
    }
  xir_db_free (&db);
  free_sources ();
  return 0;
}

static const char *const semflag_names[] = {
  "-fwrapv", "-fwrapv-pointer", "-ftrapv", "-fstrict-aliasing",
  "-fdelete-null-pointer-checks", "-fexceptions", "-fnon-call-exceptions",
  "-fsigned-char", "-fshort-enums", "-fisolate-erroneous-paths-dereference",
  "-fsanitize", "-fstack-protector"
};

static void
show_entry (const xir_entry *e, const char *file)
{
  const char *err;
  xir_func *f = xir_entry_decode (e, &err);
  unsigned i, any = 0;
  if (!f)
    die ("%s: helper '%s' is invalid: %s", file, e->name, err);
  printf ("helper:     %s\n", e->name);
  if (xir_is_file_local_key (e->name))
    puts ("linkage:    file-local (a function with internal linkage of its "
          "source file: used only as a module-local copy)");
  printf ("flavour:    %s\n", e->meta.flavour == XIR_FLAVOUR_MODULE
                              ? "module" : "builtin");
  printf ("producer:   %s\n", e->meta.producer);
  printf ("target:     %s\n", e->meta.target);
  fputs ("semflags:  ", stdout);
  for (i = 0; i < sizeof semflag_names / sizeof *semflag_names; i++)
    if (e->meta.semflags & (1u << i))
      {
        printf (" %s", semflag_names[i]);
        any = 1;
      }
  puts (any ? "" : " (none)");
  printf ("source:     %s\n", e->meta.source);
  for (i = 0; i < e->meta.ndeps; i++)
    printf ("depends:    %s\n", e->meta.deps[i].path);
  printf ("statements: %u\n", e->nstmts);
  printf ("hash:       %016llx\n\n", (unsigned long long) e->hash);
  xir_print_func (stdout, f);
  xir_func_free (f);
}

static int
cmd_show (int argc, char **argv)
{
  const char *file = NULL, *name = NULL;
  xir_db db;
  uint32_t i;
  int a, opts = 1, shown = 0;
  for (a = 1; a < argc; a++)
    {
      if (opts && !strcmp (argv[a], "--"))
        opts = 0;
      else if (opts && !strcmp (argv[a], "-v"))
        verbose = 1;
      else if (opts && argv[a][0] == '-' && argv[a][1])
        usage_error ("show: unknown option '%s'", argv[a]);
      else if (!file)
        file = argv[a];
      else if (!name)
        name = argv[a];
      else
        usage_error ("show: too many arguments");
    }
  if (!file || !name)
    usage_error ("show: needs FILE and NAME");
  load_for_reading (file, &db);
  for (i = 0; i < db.n; i++)
    if (!strcmp (db.e[i].name, name))
      {
        if (shown++)
          putchar ('\n');
        show_entry (&db.e[i], file);
      }
  xir_db_free (&db);
  free_sources ();
  if (!shown)
    die ("no helper '%s' in %s", name, file);
  return 0;
}

/* ---- emit-llvm -------------------------------------------------------------- */

/* Whether NAME is among the N names NAMES (all when N is 0); marks it.  */
static int
wanted (const char *name, char **names, int n, unsigned char *seen)
{
  int i, hit = !n;
  for (i = 0; i < n; i++)
    if (!strcmp (names[i], name))
      {
        seen[i] = 1;
        hit = 1;
      }
  return hit;
}

static int
cmd_emit_llvm (int argc, char **argv)
{
  const char *file = NULL, *out = NULL, *attrs = NULL, *err, *why;
  char **names = (char **) xmalloc ((size_t) argc * sizeof *names);
  unsigned char *seen;
  int n = 0, a, opts = 1, flavour = XIR_FLAVOUR_BUILTIN;
  unsigned flags = 0;
  xir_llvm_mod *m;
  xir_db db;
  xir_buf b;
  uint32_t i;
  for (a = 1; a < argc; a++)
    {
      const char *s = argv[a];
      if (opts && !strcmp (s, "--"))
        opts = 0;
      else if (opts && !strcmp (s, "-o"))
        {
          if (++a == argc)
            usage_error ("-o needs a file name");
          out = argv[a];
        }
      else if (opts && !strcmp (s, "--flavour=builtin"))
        flavour = XIR_FLAVOUR_BUILTIN;
      else if (opts && !strcmp (s, "--flavour=module"))
        flavour = XIR_FLAVOUR_MODULE;
      else if (opts && !strncmp (s, "--attrs=", 8))
        attrs = s + 8;
      else if (opts && !strcmp (s, "--dso-local"))
        flags |= XIR_LLVM_DSO_LOCAL;
      else if (opts && !strcmp (s, "-v"))
        verbose = 1;
      else if (opts && s[0] == '-' && s[1])
        usage_error ("emit-llvm: unknown option '%s'", s);
      else if (!file)
        file = s;
      else
        names[n++] = argv[a];
    }
  if (!file)
    usage_error ("emit-llvm: missing FILE");
  seen = (unsigned char *) xmalloc ((size_t) n + 1);
  memset (seen, 0, (size_t) n + 1);
  load_for_reading (file, &db);
  m = xir_llvm_mod_new (attrs, flags);
  for (i = 0; i < db.n; i++)
    {
      const xir_entry *e = &db.e[i];
      xir_func *f;
      if (e->meta.flavour != flavour || !wanted (e->name, names, n, seen))
        continue;
      if (!(f = xir_entry_decode (e, &err)))
        die ("%s: helper '%s' is invalid: %s", file, e->name, err);
      if ((why = xir_llvm_mod_add (m, f, &e->meta)))
        {
          char *line = xasprintf ("%s: refused: %s", e->name, why);
          xir_llvm_mod_comment (m, line);
          free (line);
        }
      xir_func_free (f);
    }
  for (a = 0; a < n; a++)
    if (!seen[a])
      die ("no helper '%s' of the %s flavour in %s", names[a],
           flavour == XIR_FLAVOUR_MODULE ? "module" : "builtin", file);
  xir_buf_init (&b);
  xir_llvm_mod_print (m, &b);
  if (out)
    write_atomic (out, b.data, b.len);
  else
    fwrite (b.data, 1, b.len, stdout);
  xir_buf_free (&b);
  xir_llvm_mod_free (m);
  xir_db_free (&db);
  free_sources ();
  free (names);
  free (seen);
  return 0;
}

/* ---- symvers ---------------------------------------------------------------------- */

static int
cmd_symvers (int argc, char **argv)
{
  const char *out = NULL;
  xir_symvers *s = xir_symvers_new ();
  char msg[2048];
  xir_buf b;
  int i, n = 0;
  for (i = 1; i < argc; i++)
    if (!strcmp (argv[i], "-o") && i + 1 < argc)
      out = argv[++i];
    else if (argv[i][0] == '-')
      usage_error ("symvers: unknown option '%s'", argv[i]);
    else if (xir_symvers_load (s, argv[i], msg, sizeof msg))
      die ("%s", msg);
    else
      n++;
  if (!out)
    usage_error ("missing -o OUTPUT");
  if (!n)
    usage_error ("symvers: no input files");
  xir_buf_init (&b);
  xir_symvers_encode (&b, s);
  write_atomic (out, b.data, b.len);
  xir_buf_free (&b);
  xir_symvers_free (s);
  return 0;
}

/* ---- main ------------------------------------------------------------------------ */

int
main (int argc, char **argv)
{
  const char *cmd;
  int i, rc;
  for (i = 1; i < argc && strcmp (argv[i], "--"); i++)
    {
      if (!strcmp (argv[i], "-h") || !strcmp (argv[i], "--help"))
        {
          usage (stdout);
          return 0;
        }
      if (!strcmp (argv[i], "--version"))
        {
          printf (PROG " (xinline) %s\nIR format version %d\n",
                  XINLINE_VERSION, XIR_VERSION);
          return 0;
        }
    }
  /* -v may also come before the command.  */
  for (i = 1; i < argc && !strcmp (argv[i], "-v"); i++)
    verbose = 1;
  if (i == argc)
    usage_error ("missing command: build, list, show or emit-llvm");
  cmd = argv[i];
  argc -= i;
  argv += i;
  if (!strcmp (cmd, "build"))
    rc = cmd_build (argc, argv);
  else if (!strcmp (cmd, "list"))
    rc = cmd_list (argc, argv);
  else if (!strcmp (cmd, "show"))
    rc = cmd_show (argc, argv);
  else if (!strcmp (cmd, "emit-llvm"))
    rc = cmd_emit_llvm (argc, argv);
  else if (!strcmp (cmd, "symvers"))
    rc = cmd_symvers (argc, argv);
  else
    usage_error ("unknown command '%s'; use build, list, show or emit-llvm", cmd);
  if (fflush (stdout) || ferror (stdout))
    die ("write error on standard output: %s", strerror (errno));
  return rc;
}
