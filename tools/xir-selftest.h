/* xir-selftest.h - what the self-test's files share: the CHECK harness,
 * small constructors of types, operands and memory references, the test
 * functions the builders make (every statement, operand, terminator, call
 * and pool kind), and encoding / decoding helpers.
 */
#ifndef XINLINE_XIR_SELFTEST_H
#define XINLINE_XIR_SELFTEST_H

#include "xir.h"

#include <stdio.h>
#include <string.h>

extern unsigned long checks, failures;
void check_at (int ok, int line, const char *fmt, ...)
  __attribute__ ((format (printf, 3, 4)));
#define CHECK(ok, ...) check_at (!!(ok), __LINE__, __VA_ARGS__)

/* Deterministic pseudo-random numbers (xorshift64*).  */
uint64_t rng (void);

extern FILE *devnull;

/* ---- building blocks ---------------------------------------------------- */

static inline xir_type
ty (uint8_t kind, unsigned size, unsigned prec, int uns)
{
  xir_type t;
  memset (&t, 0, sizeof t);
  t.kind = kind;
  t.size = size;
  t.prec = prec;
  t.uns = uns;
  return t;
}
#define T_VOID ty (XIR_T_VOID, 0, 0, 0)
#define T_I32 ty (XIR_T_INT, 4, 32, 0)
#define T_U64 ty (XIR_T_INT, 8, 64, 1)
#define T_I64 ty (XIR_T_INT, 8, 64, 0)
#define T_U3 ty (XIR_T_INT, 1, 3, 1)
#define T_BOOL ty (XIR_T_BOOL, 1, 1, 1)
#define T_PTR ty (XIR_T_PTR, 8, 64, 0)
#define T_BLOB16 ty (XIR_T_BLOB, 16, 0, 0)

static inline xir_operand
op_none (void)
{
  xir_operand o;
  memset (&o, 0, sizeof o);
  return o;
}

static inline xir_operand
op_reg (uint32_t r)
{
  xir_operand o = op_none ();
  o.kind = XIR_O_REG;
  o.idx = r;
  return o;
}

static inline xir_operand
op_const (xir_type t, uint64_t v)
{
  xir_operand o = op_none ();
  o.kind = XIR_O_CONST;
  o.type = t;
  o.val = v;
  return o;
}

static inline xir_operand
op_addr (uint8_t kind, uint32_t idx, int64_t off)
{
  xir_operand o = op_none ();
  o.kind = kind;
  o.idx = idx;
  o.off = off;
  return o;
}

static inline xir_mem
mem (xir_operand base, int64_t off, xir_type t, uint32_t align)
{
  xir_mem m;
  memset (&m, 0, sizeof m);
  m.base = base;
  m.off = off;
  m.type = t;
  m.align = align;
  return m;
}

xir_asm_op asm_op (const char *constraint, const char *name);
xir_asm *new_asm (const char *templ, uint8_t flags, uint32_t nout,
                  uint32_t nin, uint32_t nclob, uint32_t nlabels);
uint32_t sig_of (xir_func *f, xir_type ret, unsigned n,
                 const xir_type *params, int varargs);
xir_stmt *assign (xir_func *f, uint32_t b, int32_t dst, uint8_t op,
                  xir_operand a, xir_operand c, xir_operand d);

/* Statement I of block B.  */
static inline xir_stmt *
st (xir_func *f, uint32_t b, uint32_t i)
{
  return &f->blocks[b].stmts[i];
}

/* A function using every statement kind, operand kind, terminator, call
   kind, pool kind, index terms and every flag (its layout is what the
   mutations of xir-selftest-check.c rely on).  */
xir_func *build_all (const char *name);
/* Every opcode once.  */
xir_func *build_ops (const char *name);
/* A void function switching on an unsigned byte.  */
xir_func *build_void (const char *name);
/* void f (void) { }  */
xir_func *build_min (const char *name);

/* ---- helpers ------------------------------------------------------------ */

void encode (xir_func *f, xir_buf *b);
/* Decodes one record from DATA..LEN; NULL with *ERR on error.  */
xir_func *decode (const unsigned char *data, size_t len, const char **err);
/* For a function that decoded fine: it is valid and re-encodes to the
   very same bytes.  */
int reencodes_to (xir_func *f, const unsigned char *data, size_t len);
xir_meta meta (const char *source, uint8_t flavour, uint32_t semflags);
void unit_of (xir_buf *b, const xir_meta *m, xir_func **fs, uint32_t n);
int parse (xir_db *db, const xir_buf *b, const char **err);
/* Decodes every entry of DB; the number that failed.  */
unsigned decode_entries (const xir_db *db);

/* ---- the tests in the other files --------------------------------------- */

void test_invalid (void);     /* xir-selftest-check.c */
void test_typing (void);
void test_crafted (void);     /* xir-selftest-attack.c */
void test_attacks (void);
void test_wide (void);       /* xir-selftest-wide.c */
void test_blob (void);        /* xir-selftest-blob.c */
void test_hreg_as (void);     /* xir-selftest-hreg.c */
void test_dbmap (void);       /* xir-selftest-dbmap.c */

#endif /* XINLINE_XIR_SELFTEST_H */
