/* xir-int.h - what the files of the IR library share and nobody else
 * uses: allocation that cannot fail, table growth, varint encoding, the
 * FNV-1a state, the record layout minimums and the decoder's primitives
 * (xir-decode.c) that the DB parser (xir-db.c) also reads with.
 *
 * Plain C99 that is also valid C++ (the plugin compiles the library with
 * g++): casts on every allocation, no designated initializers, no VLAs.
 * Out of memory is fatal (message + abort), as in GCC itself.
 */
#ifndef XINLINE_XIR_INT_H
#define XINLINE_XIR_INT_H

#include "xir.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Terminator kind of a block whose terminator was never set.  */
#define XIR_K_UNSET 0xff

#define XIR_ASM_FLAGS_ALL (XIR_ASM_VOLATILE | XIR_ASM_INLINE | XIR_ASM_BASIC)
#define XIR_CF_ALL (XIR_CF_NORETURN | XIR_CF_NOTHROW)
/* The flags of a symbol: its call flags and XIR_SYM_FILE_LOCAL.  */
#define XIR_CF_SYM_ALL (XIR_CF_ALL | XIR_SYM_FILE_LOCAL)
/* The flags of a call statement.  */
#define XIR_CF_CALL_ALL (XIR_CF_ALL | XIR_CF_MEMRET)

/* Record layout minimums, used to bound counts before allocating: a count
   can never exceed the remaining bytes divided by the smallest encoding of
   one element.  */
#define XIR_MIN_SIG     3   /* ret type, nparams, varargs */
#define XIR_MIN_SYM     2   /* name, kind */
#define XIR_MIN_POOL    3   /* kind, align, len */
#define XIR_MIN_TYPE    1
#define XIR_MIN_SLOT    4   /* size, align, flags, param */
#define XIR_MIN_BLOCK   2   /* nstmts, terminator kind */
#define XIR_MIN_STMT    4   /* ASSIGN: kind, op, dst, one operand */
#define XIR_MIN_CASE    3
#define XIR_MIN_ASM_OP  4   /* constraint, name flag, memory flag, operand */
#define XIR_MIN_LABEL   2   /* target, name flag */
#define XIR_MIN_OPERAND 1
#define XIR_MIN_FUNC    11  /* name, nstmts, 8-byte hash, body length */
#define XIR_MIN_META    5
#define XIR_MIN_DEP     9   /* path length, 8-byte hash */
#define XIR_MIN_ENTRY   (XIR_MIN_META + XIR_MIN_FUNC)

/* ---- memory (xir-base.c) ---------------------------------------------- */
void *xir_xcalloc (size_t n, size_t size);
void *xir_xrealloc (void *p, size_t n, size_t size);
void *xir_memdup (const void *p, size_t n);
char *xir_strdup (const char *s);
/* Makes room for element N of an array of ELT-byte elements with capacity
   *CAP; new elements are zeroed.  Returns the (possibly moved) array.  */
void *xir_grow (void *p, uint32_t *cap, uint32_t n, size_t elt);

/* ---- hashing and varints (xir-base.c) --------------------------------- */
#define XIR_FNV_BASIS UINT64_C (0xcbf29ce484222325)
uint64_t xir_fnv_update (uint64_t h, const void *p, size_t n);

size_t xir_uleb_len (uint64_t v);
size_t xir_sleb_len (int64_t v);
/* Write the shortest encoding into OUT (10 bytes suffice); its length.  */
size_t xir_encode_uleb (unsigned char *out, uint64_t v);
size_t xir_encode_sleb (unsigned char *out, int64_t v);
void xir_put_uleb (xir_buf *b, uint64_t v);
void xir_put_sleb (xir_buf *b, int64_t v);
void xir_put_fixed (xir_buf *b, uint64_t v, unsigned n);   /* LE, N bytes */
void xir_put_str (xir_buf *b, const char *s);              /* NULL as "" */
void xir_put_blob (xir_buf *b, const void *p, size_t n);

/* ---- checking (xir-check.c) ------------------------------------------- */
/* Is switch index operand O of a signed integer type?  (The printer shows
   case values in that signedness.)  */
int xir_switch_signed (const xir_func *f, const xir_operand *o);

/* ---- decoding primitives (xir-decode.c) ------------------------------- */
/* Sentinel for "ran out of bytes"; record decoders replace it by a message
   naming the record ("truncated function record").  */
extern const char xir_e_trunc[];
/* A message with a number, in one of a few static buffers so that it
   survives the next few errors.  */
const char *xir_fmt_err (const char *fmt, ...)
#ifdef __GNUC__
  __attribute__ ((format (printf, 1, 2)))
#endif
  ;
void xir_rd_fail (xir_reader *r, const char *msg);
/* Replaces a pending truncation error by WHAT.  */
void xir_rd_name_trunc (xir_reader *r, const char *what);
uint64_t xir_rd_uleb (xir_reader *r);
uint64_t xir_rd_fixed (xir_reader *r, unsigned n);
/* An element count: at most XIR_MAX_COUNT, and no more elements than the
   remaining bytes can hold at MIN bytes each.  */
uint32_t xir_rd_count (xir_reader *r, size_t min, const char *what);

static inline size_t
xir_rd_left (const xir_reader *r)
{
  return (size_t) (r->end - r->p);
}

/* The u32le at P (the fixed-size fields of DB and symvers indexes).  */
static inline uint32_t
xir_get_u32 (const unsigned char *p)
{
  return (uint32_t) p[0] | (uint32_t) p[1] << 8 | (uint32_t) p[2] << 16
         | (uint32_t) p[3] << 24;
}

/* The fixed part of a function record.  */
struct xir_func_head {
  char *name;
  uint32_t nstmts;
  uint64_t hash;
  const unsigned char *rec;       /* the record starts here */
  const unsigned char *body;      /* and ends at body + body_len */
  size_t body_len;
};
/* Reads the head of a function record and skips its body, checking the
   hash.  On error returns -1 with R->err set and nothing allocated.  */
int xir_rd_func_head (xir_reader *r, struct xir_func_head *h);

/* ---- DB entries (xir-db.c) and indexed DB images (xir-dbmap.c) -------- */
/* Fills E from META (copied) and H (its name taken, its record copied).  */
void xir_entry_init (xir_entry *e, const xir_meta *meta,
                     struct xir_func_head *h);
void xir_entry_clear (xir_entry *e);
/* Total order on entries: key (name, flavour), then everything else.  */
int xir_entry_cmp (const xir_entry *a, const xir_entry *b);
/* Helpers of equal key and different contents in two of DB's sources (its
   decoded entries and each lazily read DB): 0, or -1 with *ERR and *DUP
   (the helper) set.  *DUP must be NULL on entry.  */
int xir_db_dups (const xir_db *db, const char **err, const char **dup);
/* Appends E to DB, taking what it owns (E is cleared): NULL, or an error
   (E freed).  */
const char *xir_db_add_entry (xir_db *db, xir_entry *e);
/* Sorts DB again unless it is still sorted from entry OLD_N - 1 on.  */
void xir_db_resort (xir_db *db, uint32_t old_n);
/* Checks the whole .xdb image DATA and appends its entries to DB.  */
const char *xir_dbmap_parse (xir_db *db, const unsigned char *data,
                             size_t len);
const xir_entry *xir_dbmap_find (xir_dbmap *d, const char *name,
                                 uint8_t flavour);
uint32_t xir_dbmap_count (const xir_dbmap *d);
void xir_dbmap_free (xir_dbmap *d);
/* Prints "xinline: MSG" and aborts (as out of memory does).  */
void xir_fatal (const char *msg);

#ifdef __cplusplus
}
#endif
#endif /* XINLINE_XIR_INT_H */
