/* xir-base.c - the IR library's foundations: allocation, table growth,
 * the opcode table (generated from xir-ops.def), FNV-1a hashing, reading
 * files, byte buffers and LEB128 varints.
 */
#include "xir-int.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- memory ------------------------------------------------------------ */

void
xir_fatal (const char *msg)
{
  fprintf (stderr, "xinline: %s\n", msg);
  abort ();
}

static void
oom (void)
{
  xir_fatal ("out of memory");
}

void *
xir_xcalloc (size_t n, size_t size)
{
  void *p = calloc (n ? n : 1, size ? size : 1);
  if (!p)
    oom ();
  return p;
}

void *
xir_xrealloc (void *p, size_t n, size_t size)
{
  if (size && n > (size_t) -1 / size)
    oom ();
  n *= size;
  p = realloc (p, n ? n : 1);
  if (!p)
    oom ();
  return p;
}

void *
xir_memdup (const void *p, size_t n)
{
  void *q = xir_xrealloc (NULL, n, 1);
  if (n)
    memcpy (q, p, n);
  return q;
}

char *
xir_strdup (const char *s)
{
  return (char *) xir_memdup (s, strlen (s) + 1);
}

void *
xir_grow (void *p, uint32_t *cap, uint32_t n, size_t elt)
{
  uint32_t c;
  if (n < *cap)
    return p;
  if (*cap >= 0x80000000u)
    oom ();
  c = *cap ? *cap * 2 : 8;
  if (c <= n)
    c = n + 1;
  p = xir_xrealloc (p, c, elt);
  memset ((char *) p + (size_t) *cap * elt, 0, (size_t) (c - *cap) * elt);
  *cap = c;
  return p;
}

/* ---- opcodes ------------------------------------------------------------ */

/* The rows of xir-ops.def, in order, and a lookup by opcode number.  */
struct op_info {
  const char *name;
  signed char arity;
  unsigned char cls;
};

enum op_row {
#define XIR_OP(NAME, NUM, MNEMONIC, ARITY, CLASS, CODE) OP_ROW_##NAME,
#include "xir-ops.def"
  OP_ROW__COUNT
};

static const struct op_info op_rows[OP_ROW__COUNT] = {
#define XIR_OP(NAME, NUM, MNEMONIC, ARITY, CLASS, CODE) \
  { MNEMONIC, ARITY, XIR_OPC_##CLASS },
#include "xir-ops.def"
};

static const struct op_info *
op_get (unsigned op)
{
  switch (op)
    {
#define XIR_OP(NAME, NUM, MNEMONIC, ARITY, CLASS, CODE) \
    case NUM: return &op_rows[OP_ROW_##NAME];
#include "xir-ops.def"
    default: return NULL;
    }
}

int
xir_op_arity (unsigned op)
{
  const struct op_info *i = op_get (op);
  return i ? i->arity : -1;
}

const char *
xir_op_name (unsigned op)
{
  const struct op_info *i = op_get (op);
  return i ? i->name : "?";
}

int
xir_op_class (unsigned op)
{
  const struct op_info *i = op_get (op);
  return i ? i->cls : XIR_OPC_NONE;
}

/* ---- hashing ------------------------------------------------------------ */

#define FNV_PRIME UINT64_C (0x100000001b3)

uint64_t
xir_fnv_update (uint64_t h, const void *p, size_t n)
{
  const unsigned char *s = (const unsigned char *) p;
  size_t i;
  for (i = 0; i < n; i++)
    {
      h ^= s[i];
      h *= FNV_PRIME;
    }
  return h;
}

uint64_t
xir_hash (const void *p, size_t n)
{
  return xir_fnv_update (XIR_FNV_BASIS, p, n);
}

/* ---- file-local keys ------------------------------------------------------ */

#define XIR_LOCAL_MARK ".local."

int
xir_file_local_key (char *buf, size_t n, const char *name,
                    const char *source)
{
  int len = snprintf (buf, n, "%s" XIR_LOCAL_MARK "%016llx", name,
                      (unsigned long long) xir_hash (source, strlen (source)));
  return len > 0 && (size_t) len < n;
}

int
xir_is_file_local_key (const char *name)
{
  size_t len = strlen (name), m = strlen (XIR_LOCAL_MARK), i;
  if (len < m + 17 || strncmp (name + len - 16 - m, XIR_LOCAL_MARK, m))
    return 0;
  for (i = len - 16; i < len; i++)
    if (!strchr ("0123456789abcdef", name[i]))
      return 0;
  return 1;
}

int
xir_func_va_start (const xir_func *f)
{
  uint32_t b, i;
  for (b = 0; b < f->nblocks; b++)
    for (i = 0; i < f->blocks[b].nstmts; i++)
      {
        const xir_stmt *s = &f->blocks[b].stmts[i];
        if (s->kind == XIR_S_CALL && s->call->kind == XIR_C_BUILTIN
            && !strcmp (s->call->bname, "__builtin_va_start"))
          return 1;
      }
  return 0;
}

/* ---- files -------------------------------------------------------------- */

int
xir_read_file (const char *name, unsigned char **data, size_t *len)
{
  FILE *f = fopen (name, "rb");
  unsigned char *buf = NULL;
  size_t cap = 0, n = 0;
  int err;
  *data = NULL;
  *len = 0;
  if (!f)
    return -1;
  for (;;)
    {
      size_t got;
      if (n == cap)
        {
          if (cap > SIZE_MAX / 4)
            {
              free (buf);
              fclose (f);
              errno = EFBIG;
              return -1;
            }
          cap = cap ? cap * 2 : 65536;
          buf = (unsigned char *) xir_xrealloc (buf, cap, 1);
        }
      got = fread (buf + n, 1, cap - n, f);
      n += got;
      if (got == 0)
        break;
    }
  err = ferror (f) ? errno : 0;
  fclose (f);
  if (err)
    {
      free (buf);
      errno = err;
      return -1;
    }
  *data = buf;
  *len = n;
  return 0;
}

int
xir_map_file (const char *name, xir_mapping *m)
{
  struct stat st;
  int fd = open (name, O_RDONLY);
  void *p;
  memset (m, 0, sizeof *m);
  if (fd < 0)
    return -1;
  /* Only a non-empty regular file is mapped; anything else (a pipe, an
     empty file) is read.  */
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_size > 0
      && (uint64_t) st.st_size <= (uint64_t) SIZE_MAX)
    {
      p = mmap (NULL, (size_t) st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
      if (p != MAP_FAILED)
        {
          close (fd);
          m->data = (const unsigned char *) p;
          m->len = (size_t) st.st_size;
          m->mapped = 1;
          return 0;
        }
    }
  close (fd);
  {
    unsigned char *d;
    if (xir_read_file (name, &d, &m->len))
      return -1;
    m->data = d;
  }
  return 0;
}

void
xir_unmap_file (xir_mapping *m)
{
  if (m->mapped)
    munmap ((void *) m->data, m->len);
  else
    free ((void *) m->data);
  memset (m, 0, sizeof *m);
}

uint64_t
xir_file_hash (const char *name)
{
  xir_mapping m;
  uint64_t h;
  if (!name || !*name || xir_map_file (name, &m))
    return 0;
  h = xir_hash (m.data, m.len);
  xir_unmap_file (&m);
  return h ? h : 1;
}

/* ---- byte buffers ------------------------------------------------------- */

void
xir_buf_init (xir_buf *b)
{
  b->data = NULL;
  b->len = b->cap = 0;
}

void
xir_buf_free (xir_buf *b)
{
  free (b->data);
  xir_buf_init (b);
}

void
xir_buf_put (xir_buf *b, const void *p, size_t n)
{
  if (!n)
    return;
  if (n > b->cap - b->len)
    {
      size_t c = b->cap ? b->cap : 256;
      while (c - b->len < n)
        {
          if (c > (size_t) -1 / 2)
            oom ();
          c *= 2;
        }
      b->data = (unsigned char *) xir_xrealloc (b->data, c, 1);
      b->cap = c;
    }
  memcpy (b->data + b->len, p, n);
  b->len += n;
}

/* ---- varints ------------------------------------------------------------ */

size_t
xir_uleb_len (uint64_t v)
{
  size_t n = 1;
  while (v >>= 7)
    n++;
  return n;
}

size_t
xir_encode_uleb (unsigned char *out, uint64_t v)
{
  size_t n = 0;
  do
    {
      unsigned char c = v & 0x7f;
      v >>= 7;
      if (v)
        c |= 0x80;
      out[n++] = c;
    }
  while (v);
  return n;
}

size_t
xir_encode_sleb (unsigned char *out, int64_t sv)
{
  /* Shift as unsigned, re-inserting the sign bits by hand: right shifts of
     negative values are implementation-defined.  */
  uint64_t v = (uint64_t) sv;
  uint64_t fill = sv < 0 ? ~(~(uint64_t) 0 >> 7) : 0;
  size_t n = 0;
  for (;;)
    {
      unsigned char c = v & 0x7f;
      v = (v >> 7) | fill;
      if ((v == 0 && !(c & 0x40)) || (v == ~(uint64_t) 0 && (c & 0x40)))
        {
          out[n++] = c;
          return n;
        }
      out[n++] = c | 0x80;
    }
}

size_t
xir_sleb_len (int64_t v)
{
  unsigned char tmp[10];
  return xir_encode_sleb (tmp, v);
}

void
xir_put_uleb (xir_buf *b, uint64_t v)
{
  unsigned char tmp[10];
  xir_buf_put (b, tmp, xir_encode_uleb (tmp, v));
}

void
xir_put_sleb (xir_buf *b, int64_t v)
{
  unsigned char tmp[10];
  xir_buf_put (b, tmp, xir_encode_sleb (tmp, v));
}

void
xir_put_fixed (xir_buf *b, uint64_t v, unsigned n)
{
  unsigned char tmp[8];
  unsigned i;
  for (i = 0; i < n; i++)
    tmp[i] = (unsigned char) (v >> (8 * i));
  xir_buf_put (b, tmp, n);
}

void
xir_put_blob (xir_buf *b, const void *p, size_t n)
{
  xir_put_uleb (b, n);
  xir_buf_put (b, p, n);
}

void
xir_put_str (xir_buf *b, const char *s)
{
  if (!s)
    s = "";
  xir_put_blob (b, s, strlen (s));
}
