/* xir.h - the xinline intermediate representation (IR).
 *
 * Plain C99, no GCC headers: shared by the GCC plugin, the xinline-db tool
 * and the fuzz targets.  The byte format is described in docs/IR-FORMAT.md;
 * keep the two in step (bump XIR_VERSION on any change of meaning).
 *
 * The IR is low level and type agnostic: values are scalars described by
 * kind, size and signedness; every memory access is base + byte offset
 * (+ scaled index registers) with an access type, alignment and flags.
 */
#ifndef XINLINE_XIR_H
#define XINLINE_XIR_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define XIR_VERSION 5

/* Limits enforced by the decoder (and respected by the encoder).  */
#define XIR_MAX_COUNT   (1u << 20)   /* any table / list length */
#define XIR_MAX_BYTES   (1u << 24)   /* any string / blob length */
#define XIR_MAX_INDEX   4            /* scaled index terms per address */
#define XIR_MAX_OPS     3            /* operands of an ASSIGN */

/* ---- types ------------------------------------------------------------ */
enum xir_tkind {
  XIR_T_VOID = 0,
  XIR_T_INT = 1,     /* integer (incl. enums): prec bits, uns */
  XIR_T_BOOL = 2,    /* C _Bool */
  XIR_T_PTR = 3,     /* data or code pointer: as = target address space */
  XIR_T_BLOB = 4,    /* aggregate in memory: size bytes, no value */
  XIR_T__COUNT
};

typedef struct xir_type {
  uint8_t kind;      /* enum xir_tkind */
  uint8_t uns;       /* INT: unsigned */
  uint8_t as;        /* PTR: address space of the pointed-to memory
                        (the access's own space is xir_mem.as) */
  uint32_t size;     /* bytes */
  uint32_t prec;     /* INT: precision in bits; BOOL: 1; PTR: size*8 */
} xir_type;

/* ---- operands ------------------------------------------------------- */
enum xir_okind {
  XIR_O_NONE = 0,
  XIR_O_REG = 1,     /* register idx */
  XIR_O_CONST = 2,   /* integer/boolean/pointer constant: type + val */
  XIR_O_SYM = 3,     /* address of symbol idx, plus off */
  XIR_O_SLOT = 4,    /* address of local slot idx, plus off */
  XIR_O_POOL = 5,    /* address of pool entry idx (string/rodata), plus off */
  XIR_O__COUNT
};

typedef struct xir_operand {
  uint8_t kind;      /* enum xir_okind */
  uint32_t idx;
  int64_t off;       /* SYM/SLOT/POOL: byte offset */
  xir_type type;     /* CONST: the constant's type */
  uint64_t val;      /* CONST: value, zero/sign extension per type */
  uint64_t val_hi;   /* CONST of a type wider than 64 bits: bits 64..127
                        (extension per type); 0 otherwise */
} xir_operand;

/* ---- memory references ------------------------------------------------ */
enum xir_mflags {
  XIR_M_VOLATILE = 1
};

typedef struct xir_index {
  uint32_t reg;      /* index register (converted to a 64-bit offset per
                        its own signedness) */
  int64_t scale;     /* bytes per unit */
} xir_index;

typedef struct xir_mem {
  xir_operand base;  /* REG (a pointer), CONST (a pointer), SYM, SLOT or
                        POOL */
  int64_t off;       /* constant byte offset added to base */
  uint8_t nidx;
  xir_index idx[XIR_MAX_INDEX];
  xir_type type;     /* the accessed type (scalar or BLOB) */
  uint32_t align;    /* known alignment of the access, bytes (>= 1) */
  uint8_t flags;     /* enum xir_mflags */
  uint8_t as;        /* address space of the access (x86: 1 %fs, 2 %gs);
                        a REG or CONST base then points into it */
} xir_mem;

/* ---- operations ------------------------------------------------------- */
/* Defined once, in xir-ops.def (numbers are part of the format).  */
enum xir_opcode {
#define XIR_OP(NAME, NUM, MNEMONIC, ARITY, CLASS, CODE) XIR_OP_##NAME = NUM,
#include "xir-ops.def"
  XIR_OP__MAX = 64
};

/* The typing rule of an opcode (column CLASS of xir-ops.def).  */
enum xir_opclass {
  XIR_OPC_NONE = 0,  /* not an opcode */
  XIR_OPC_MOVE,      /* d = a, same type */
  XIR_OPC_CONV,      /* d = (d's type) a, scalars */
  XIR_OPC_ARITH,     /* integers, operands and result of one type */
  XIR_OPC_BITWISE,   /* integers or _Bool of one type */
  XIR_OPC_ABSU,      /* signed a -> unsigned d of the same precision */
  XIR_OPC_SHIFT,     /* integer a and d of one type, integer count */
  XIR_OPC_PTR_ADD,   /* pointer + pointer-sized integer */
  XIR_OPC_PTR_DIFF,  /* pointer - pointer -> signed pointer-sized integer */
  XIR_OPC_MULH,      /* high part, computed in the double width */
  XIR_OPC_COMPARE,   /* operands of one type, result _Bool or integer */
  XIR_OPC_COND,      /* a ? b : c */
  XIR_OPC_OVF        /* checked arithmetic, integers of any types */
};

/* Number of operands of OP, or -1 if OP is not a valid opcode.  */
int xir_op_arity (unsigned op);
/* The mnemonic of OP ("add"), or "?" if OP is not a valid opcode.  */
const char *xir_op_name (unsigned op);
/* The class of OP (enum xir_opclass), XIR_OPC_NONE if not an opcode.  */
int xir_op_class (unsigned op);
static inline int xir_op_is_compare (unsigned op)
{ return xir_op_class (op) == XIR_OPC_COMPARE; }

/* ---- statements -------------------------------------------------------- */
enum xir_skind {
  XIR_S_ASSIGN = 0,  /* reg[dst] = op (ops[0..n)) */
  XIR_S_LOAD = 1,    /* reg[dst] = mem[0] */
  XIR_S_STORE = 2,   /* mem[0] = ops[0] */
  XIR_S_COPY = 3,    /* mem[0] = mem[1]  (same type; BLOB copies) */
  XIR_S_ZERO = 4,    /* mem[0] = all zero bytes */
  XIR_S_ADDR = 5,    /* reg[dst] = address of mem[0] (no access) */
  XIR_S_CALL = 6,    /* [reg[dst] =] call */
  XIR_S_ASM = 7,     /* inline asm (GNU extended or basic) */
  XIR_S__COUNT
};

enum xir_ckind {
  XIR_C_DIRECT = 0,  /* symbol idx (a FUNC symbol) */
  XIR_C_INDIRECT = 1,/* through pointer operand target, signature sig */
  XIR_C_BUILTIN = 2, /* GCC builtin: code + name (checked on import) */
  XIR_C_TARGET_BUILTIN = 3 /* target (machine-specific) builtin: by name
                        and signature only (target codes are not stable);
                        looked up and checked on import */
};

enum xir_callflags {
  XIR_CF_NORETURN = 1,
  XIR_CF_NOTHROW = 2,
  XIR_CF_MEMRET = 4   /* the result is an aggregate returned by value:
                         stored to mem[0] of the call statement (dst -1) */
};

typedef struct xir_call {
  uint8_t kind;      /* enum xir_ckind */
  uint32_t sym;      /* DIRECT */
  uint32_t builtin;  /* BUILTIN: GCC's built_in_function code */
  char *bname;       /* BUILTIN: its name, e.g. "__builtin_expect";
                        malloc'd, freed by xir_func_free */
  xir_operand target;/* INDIRECT */
  uint32_t sig;      /* signature index (all kinds) */
  uint8_t flags;     /* enum xir_callflags */
  uint32_t nargs;
  xir_operand *args;
} xir_call;

/* An asm operand's kind (xir_asm_op.is_mem).  */
enum xir_asmopkind {
  XIR_ASM_VAL = 0,   /* a value: an output writes register REG, an input
                        reads VAL */
  XIR_ASM_MEM = 1,   /* memory MEM (constraints that only allow memory) */
  XIR_ASM_HREG = 2   /* a hard-register variable (register T v asm ("rsp")):
                        an output writes the variable, an input reads it */
};

/* An asm operand: a register or value, memory, or a hard-register
   variable (enum xir_asmopkind).  */
typedef struct xir_asm_op {
  char *constraint;  /* as GCC keeps it after gimplification ("=r", "0") */
  char *name;        /* symbolic name ([name]) or NULL */
  uint8_t is_mem;    /* enum xir_asmopkind */
  int32_t reg;       /* output, XIR_ASM_VAL */
  xir_operand val;   /* input, XIR_ASM_VAL */
  xir_mem mem;       /* XIR_ASM_MEM */
  char *hreg;        /* XIR_ASM_HREG: the register's name (as in the
                        declaration's asm ("rsp")); an output writes the
                        variable (reg -1), an input reads it (val NONE) */
  char *hvar;        /* hreg: the variable's name */
  xir_type htype;    /* hreg: the variable's type (a scalar) */
} xir_asm_op;

enum xir_asmflags {
  XIR_ASM_VOLATILE = 1,
  XIR_ASM_INLINE = 2,  /* asm inline */
  XIR_ASM_BASIC = 4    /* basic asm: no operands, template taken literally */
};

typedef struct xir_asm {
  char *templ;
  uint8_t flags;     /* enum xir_asmflags */
  uint32_t nout, nin, nclob, nlabels;
  xir_asm_op *outs, *ins;
  char **clobbers;
  uint32_t *labels;  /* asm goto: target blocks; the statement is then the
                        last of its block and the block's GOTO is the
                        fall-through */
  char **label_names;/* asm goto: symbolic label names or NULL */
} xir_asm;

typedef struct xir_stmt {
  uint8_t kind;      /* enum xir_skind */
  uint8_t op;        /* ASSIGN: enum xir_opcode */
  int32_t dst;       /* destination register or -1 */
  uint8_t nops;
  xir_operand ops[XIR_MAX_OPS];
  xir_mem mem[2];
  xir_call *call;    /* CALL */
  xir_asm *asm_;     /* ASM (all its strings and arrays malloc'd, freed by
                        xir_func_free) */
} xir_stmt;

/* ---- blocks ------------------------------------------------------------ */
enum xir_termkind {
  XIR_K_GOTO = 0,    /* succ[0] */
  XIR_K_COND = 1,    /* if (a CMP b) succ[0] else succ[1] */
  XIR_K_SWITCH = 2,  /* switch (a): cases, default succ[0] */
  XIR_K_RETURN = 3,  /* return [a] */
  XIR_K_UNREACHABLE = 4 /* control never gets here (after noreturn) */
};

typedef struct xir_case {
  uint64_t lo, hi;   /* inclusive range, in the type of the index */
  uint32_t succ;
} xir_case;

typedef struct xir_term {
  uint8_t kind;      /* enum xir_termkind */
  uint8_t cmp;       /* COND: comparison opcode */
  xir_operand a, b;  /* COND: a, b; SWITCH: a; RETURN: a (NONE if void) */
  uint32_t succ[2];
  uint32_t ncases;
  xir_case *cases;   /* SWITCH: sorted, non-overlapping; malloc'd, freed
                        by xir_func_free */
} xir_term;

typedef struct xir_block {
  uint32_t nstmts, cap;
  xir_stmt *stmts;
  xir_term term;
} xir_block;

/* ---- tables ------------------------------------------------------------ */
typedef struct xir_sig {
  xir_type ret;      /* VOID for none */
  uint32_t nparams;
  xir_type *params;
  uint8_t varargs;
} xir_sig;

enum xir_symkind { XIR_SYM_FUNC = 0, XIR_SYM_VAR = 1 };

/* A FUNC symbol's flag (besides its call flags): a function with internal
   linkage of the exporting unit, named by its file-local key
   (xir_file_local_key).  Only a module-local copy of that key's DB entry
   satisfies it; it is only ever called directly, never address-taken.  */
#define XIR_SYM_FILE_LOCAL 8u

typedef struct xir_sym {
  char *name;        /* assembler name */
  uint8_t kind;      /* enum xir_symkind */
  uint32_t sig;      /* FUNC: signature index */
  uint8_t flags;     /* FUNC: enum xir_callflags */
  uint8_t as;        /* VAR: the address space it is declared in (x86:
                        1 %fs, 2 %gs), 0 generic */
} xir_sym;

enum xir_poolkind {
  XIR_POOL_STRING = 0,  /* a string literal */
  XIR_POOL_RODATA = 1,  /* anonymous constant bytes (switch tables) */
  XIR_POOL_STATIC = 2,  /* a "once" flag (.data.once) of a static inline
                           callee (WARN_ONCE's): each importing unit
                           gets its own copy, as with the header itself */
  XIR_POOL__LAST = XIR_POOL_STATIC
};

typedef struct xir_pool {
  uint8_t kind;      /* enum xir_poolkind */
  uint32_t align;    /* bytes */
  uint32_t len;      /* bytes (a STRING includes its final NUL) */
  unsigned char *data;
} xir_pool;

enum xir_slotflags { XIR_SL_VOLATILE = 1 };

typedef struct xir_slot {
  uint32_t size, align;
  uint8_t flags;
  int32_t param;     /* >= 0: initialised from this parameter on entry */
} xir_slot;

/* ---- compile-unit metadata: what the body's meaning depends on -------- */
enum xir_semflags {
  XIR_SEM_WRAPV = 1u << 0,             /* -fwrapv */
  XIR_SEM_WRAPV_POINTER = 1u << 1,     /* -fwrapv-pointer */
  XIR_SEM_TRAPV = 1u << 2,             /* -ftrapv */
  XIR_SEM_STRICT_ALIASING = 1u << 3,   /* -fstrict-aliasing */
  XIR_SEM_DELETE_NULL_CHECKS = 1u << 4,/* -fdelete-null-pointer-checks */
  XIR_SEM_EXCEPTIONS = 1u << 5,        /* -fexceptions */
  XIR_SEM_NON_CALL_EXCEPTIONS = 1u << 6,
  XIR_SEM_SIGNED_CHAR = 1u << 7,       /* plain char is signed */
  XIR_SEM_SHORT_ENUMS = 1u << 8,
  XIR_SEM_ISOLATE_PATHS = 1u << 9,     /* -fisolate-erroneous-paths-dereference */
  XIR_SEM_SANITIZE = 1u << 10,         /* any -fsanitize= in effect */
  XIR_SEM_STACK_PROTECT = 1u << 11     /* -fstack-protector* */
};

/* The flags that change what an imported body means; the others are
   recorded for information.  -fstrict-aliasing is not among them: imported
   accesses use alias set 0, and the exported body already is what the
   provider's own compilation made of it.  Isolation of erroneous paths,
   stack protection and sanitizers are applied by the consumer's own late
   passes to whatever it compiles, imported bodies included.
   Some differences are safe in one direction: a unit may import a body
   made without -fwrapv/-fwrapv-pointer/-ftrapv into a unit with them (it
   only defines what was undefined), and a body made with
   -fdelete-null-pointer-checks into a unit without (checks the provider
   deleted are deleted in its out-of-line code too).  */
#define XIR_SEM_EXACT_MASK                                                \
  (XIR_SEM_EXCEPTIONS | XIR_SEM_NON_CALL_EXCEPTIONS | XIR_SEM_SIGNED_CHAR \
   | XIR_SEM_SHORT_ENUMS)
#define XIR_SEM_CONSUMER_SUPERSET (XIR_SEM_WRAPV | XIR_SEM_WRAPV_POINTER  \
                                   | XIR_SEM_TRAPV)
#define XIR_SEM_PROVIDER_SUPERSET XIR_SEM_DELETE_NULL_CHECKS
#define XIR_SEM_MEANING_MASK (XIR_SEM_EXACT_MASK | XIR_SEM_CONSUMER_SUPERSET \
                              | XIR_SEM_PROVIDER_SUPERSET)
/* The meaning flags that forbid importing a body made under PROVIDER into
   a unit compiled under CONSUMER.  */
static inline uint32_t
xir_sem_conflicts (uint32_t provider, uint32_t consumer)
{
  return (((provider ^ consumer) & XIR_SEM_EXACT_MASK)
          | (provider & ~consumer & XIR_SEM_CONSUMER_SUPERSET)
          | (consumer & ~provider & XIR_SEM_PROVIDER_SUPERSET));
}

enum xir_flavour { XIR_FLAVOUR_BUILTIN = 0, XIR_FLAVOUR_MODULE = 1 };

/* A file other than the main input that the exported bodies came from
   (a header holding a static inline function, a macro or a structure
   definition they use), with its hash at export.  */
typedef struct xir_dep {
  char *path;        /* as the providing compilation named it */
  uint64_t hash;     /* FNV-1a 64 of its bytes at export (never 0) */
} xir_dep;

typedef struct xir_meta {
  char *producer;    /* "GCC 12.2.0" */
  char *target;      /* "x86_64-linux-gnu lp64 le" */
  uint32_t semflags; /* enum xir_semflags */
  uint8_t flavour;   /* enum xir_flavour */
  char *source;      /* the provider's main input file, as named there */
  uint64_t source_hash; /* FNV-1a 64 of that file's bytes at export, or 0 */
  uint32_t ndeps;    /* deps[0..ndeps): sorted by path, no duplicates */
  xir_dep *deps;
} xir_meta;

/* ---- a function -------------------------------------------------------- */
typedef struct xir_func {
  char *name;        /* assembler name */
  uint32_t sig;      /* its own signature: index into sigs */
  uint32_t nstmts_total; /* statement count (size measure; set by the
                            encoder to the sum over all blocks) */
  uint64_t hash;     /* FNV-1a 64 of the encoded body (filled by encoder) */

  uint32_t nregs, capregs;  xir_type *regs;  /* regs[0..nparams) = params */
  uint32_t nslots, capslots; xir_slot *slots;
  uint32_t nsyms, capsyms;  xir_sym *syms;
  uint32_t nsigs, capsigs;  xir_sig *sigs;
  uint32_t npool, cappool;  xir_pool *pool;
  uint32_t nblocks, capblocks; xir_block *blocks; /* blocks[0] = entry */
} xir_func;

/* ---- building (used by the exporter) ----------------------------------- */
xir_func *xir_func_new (const char *name);
void xir_func_free (xir_func *f);
uint32_t xir_add_reg (xir_func *f, xir_type t);
uint32_t xir_add_slot (xir_func *f, uint32_t size, uint32_t align,
                       uint8_t flags, int32_t param);
/* Interned: equal signatures / symbols / pool entries share an index
   (except STATIC pool entries: each is its own object).  */
uint32_t xir_add_sig (xir_func *f, const xir_sig *s);
uint32_t xir_add_sym (xir_func *f, const char *name, uint8_t kind,
                      uint32_t sig, uint8_t flags);
uint32_t xir_add_pool (xir_func *f, uint8_t kind, uint32_t align,
                       const void *data, uint32_t len);
uint32_t xir_add_block (xir_func *f);
xir_stmt *xir_block_add_stmt (xir_func *f, uint32_t block);
xir_call *xir_call_new (uint32_t nargs);
int xir_type_equal (const xir_type *a, const xir_type *b);
int xir_sig_equal (const xir_sig *a, const xir_sig *b);
/* What a reader of the IR can compile: the target-dependent part of the
   typing rules.  Filled by each reader from its own back end (the GCC
   plugin from targetm, the LLVM translator from its data layout).  */
typedef struct xir_target {
  uint32_t ptr_bits;          /* pointer precision (64 on x86-64) */
  uint32_t int_bits;          /* C int: arguments narrower than it are
                                 passed promoted to it */
  uint32_t max_scalar_bytes;  /* largest INT/BOOL/PTR value it handles */
  uint32_t mulh_max_bits;     /* largest precision whose MULH it can
                                 compute (in the double width) */
  uint32_t addr_spaces;       /* bit N: pointers into address space N
                                 are valid (bit 0 is always set) */
} xir_target;

/* The one checker: the structure of F (indices in range, tables sane,
   every block terminated) and, with TGT, every typing rule a reader
   relies on (operand and result types of each statement, memory
   references, calls, asm, switch cases) for that target.  TGT NULL checks
   what does not depend on a target (the decoder's level).  Returns NULL
   or a static error string.  Run by the exporter before writing, by
   xinline-db build, by every importer and translator, the self-test and
   the fuzzers.  */
const char *xir_func_check (const xir_func *f, const xir_target *tgt);

/* The target a unit's metadata target string names ("x86_64-linux-gnu p64
   le"), for tools that check bodies without the compiler that reads them:
   0, or -1 (and *T zeroed) if the target is not one the library knows
   (x86_64 with 64-bit pointers, i386..i686).  (xir-target.c)  */
int xir_target_from_meta (const char *target, xir_target *t);

/* ---- byte buffers ------------------------------------------------------ */
typedef struct xir_buf {
  unsigned char *data;
  size_t len, cap;
} xir_buf;
void xir_buf_init (xir_buf *b);
void xir_buf_free (xir_buf *b);
void xir_buf_put (xir_buf *b, const void *p, size_t n);

/* ---- encoding ----------------------------------------------------------- */
/* A unit: what one compilation puts into .gnu.xinline; sections of several
   objects concatenated by ld -r are a sequence of units.  */
#define XIR_UNIT_MAGIC "\177XIU"
#define XIR_DB_MAGIC   "\177XINLDB"   /* 7 bytes + format version byte */

/* Encodes F (and sets F->hash).  */
void xir_encode_func (xir_buf *b, xir_func *f);
void xir_encode_meta (xir_buf *b, const xir_meta *m);
/* A whole unit: magic, version, length, META, the functions.  */
void xir_encode_unit (xir_buf *b, const xir_meta *m, xir_func **fs, uint32_t n);

/* ---- decoding (safe on any input) -------------------------------------- */
typedef struct xir_reader {
  const unsigned char *p, *end;
  const char *err;   /* first error, or NULL */
} xir_reader;

xir_func *xir_decode_func (xir_reader *r);
int xir_decode_meta (xir_reader *r, xir_meta *m);
void xir_meta_free (xir_meta *m);

/* One DB entry: a helper with the metadata of the unit that made it.  */
typedef struct xir_entry {
  xir_meta meta;
  char *name;                 /* = func name, decoded eagerly */
  uint32_t nstmts;
  uint64_t hash;
  unsigned char *body;        /* encoded function, owned by the entry */
  size_t body_len;
} xir_entry;

/* An indexed .xdb image read lazily (xir-dbmap.c): its index is searched
   in place and an entry is decoded when first found.  */
typedef struct xir_dbmap xir_dbmap;

typedef struct xir_db {
  uint32_t n, cap;
  xir_entry *e;               /* decoded entries, sorted by name, then
                                 flavour */
  uint32_t nmaps;
  xir_dbmap **maps;           /* lazily read DBs, searched after E */
} xir_db;

/* Appends the entries of BUF, which is either a whole .xdb file or the raw
   contents of .gnu.xinline section(s) (a sequence of units, possibly with
   zero padding between them), to DB (copying).  Returns 0, or -1 with *ERR
   set to a static message (DB keeps what was added before the error).
   Messages that carry a number ("IR format version 7, this build reads
   version 1") live in a small ring of static buffers: copy one that must
   survive several later errors.  Parsing and merging keep DB sorted (with
   duplicates) so that xir_db_find works at any time.  */
int xir_db_parse (xir_db *db, const unsigned char *data, size_t len,
                  const char **err);
/* A byte range of a file.  */
typedef struct xir_span { size_t off, len; } xir_span;
/* Finds the non-empty .gnu.xinline sections of the ELF64 little-endian image
   D: up to MAX spans into OUT, their number in *N.  An image without one is
   not an error.  Returns 0, or -1 with *ERR set.  (xir-elf.c)  */
int xir_elf_sections (const unsigned char *d, size_t len, xir_span *out,
                      unsigned max, unsigned *n, const char **err);
/* Appends the entries of the .gnu.xinline section of the ELF object in BUF
   (ELF64 little-endian) to DB.  An object without the section adds nothing.
   Returns 0, or -1 with *ERR set.  */
int xir_elf_extract (xir_db *db, const unsigned char *data, size_t len,
                     const char **err);
/* 1 if BUF starts like an .xdb file, 2 like a unit, 0 otherwise.  */
int xir_sniff (const unsigned char *data, size_t len);
/* Merges SRC's entries into DB (copying).  */
int xir_db_merge (xir_db *db, const xir_db *src, const char **err);
/* Sorts, removes identical duplicates; fails on conflicting duplicates
   (same name and flavour, different body), naming it in *DUP.  */
int xir_db_finish (xir_db *db, const char **err, const char **dup);
void xir_db_encode (xir_buf *b, const xir_db *db);
/* The entry (NAME, FLAVOUR): the decoded entries first, then each lazily
   read DB in the order attached (an entry found there is decoded then and
   kept).  NULL if none, or if the entry of a lazily read DB is corrupt
   (xir_db_error then says why).  */
const xir_entry *xir_db_find (const xir_db *db, const char *name,
                              uint8_t flavour);
void xir_db_free (xir_db *db);
/* Entries of DB, decoded or not.  */
uint32_t xir_db_count (const xir_db *db);

/* Attaches the .xdb image M (taken over: released by xir_db_free) to DB
   for lazy reading, named NAME in messages, after checking its header and
   the bounds of its index.  Returns 0, or -1 with *ERR set (M released).  */
typedef struct xir_mapping {
  const unsigned char *data;
  size_t len;
  int mapped;                 /* 1: mmap'd, 0: malloc'd */
} xir_mapping;
int xir_db_attach (xir_db *db, xir_mapping *m, const char *name,
                   const char **err);
/* The first corrupt entry or index record a lookup in a lazily read DB
   met: 0, or 1 with *NAME the DB and *ERR the message.  */
int xir_db_error (const xir_db *db, const char **name, const char **err);
/* Decodes every entry of the lazily read DBs into DB->e (checking all of
   the index, as xir_db_parse does), for rules that need every entry.  */
int xir_db_unmap (xir_db *db, const char **name, const char **err);

/* Decodes the body of entry E.  NULL with *ERR on error.  */
xir_func *xir_entry_decode (const xir_entry *e, const char **err);

/* ---- printing (xinline-db show, debugging) ------------------------------ */
#include <stdio.h>
void xir_print_func (FILE *out, const xir_func *f);
void xir_print_type (FILE *out, const xir_type *t);

/* FNV-1a 64.  */
uint64_t xir_hash (const void *p, size_t n);
/* The file-local key of function NAME with internal linkage in the unit
   whose main input is SOURCE (as named on its command line):
   "NAME.local.<16 hex digits of xir_hash (SOURCE)>", in BUF of N bytes
   (truncated keys are never made: 0 when it does not fit, else 1).  */
int xir_file_local_key (char *buf, size_t n, const char *name,
                        const char *source);
/* Whether NAME has the form of a file-local key: such a DB entry is only
   found through a reference flagged XIR_SYM_FILE_LOCAL, never by a plain
   name (a call site's callee).  */
int xir_is_file_local_key (const char *name);
/* Whether body F calls va_start (GCC never inlines such a body: no call
   to it is an import candidate; it serves module-local copies).  */
int xir_func_va_start (const xir_func *f);

/* Why no call site imports entry E, whatever the consumer: "file-local"
   (a static function's entry, only a module-local copy uses it) or
   "va_start" (its body starts its variable arguments: GCC never inlines
   it, only a module-local copy runs it; docs/DESIGN.md, "Variadic
   copies"); NULL when a call may.  F is E's decoded body, or NULL to
   decode it here (an entry that does not decode is left to the
   importer's own checks).  The one rule of the importer's candidates
   (xi_legal_known) and of `xinline-db list`'s marks and --importable.  */
const char *xir_entry_no_call (const xir_entry *e, const xir_func *f);

/* Reads all of file NAME into *DATA (malloc'd) and *LEN: 0, or -1 with
   errno set.  The one file reader of every tool and reader.  */
int xir_read_file (const char *name, unsigned char **data, size_t *len);
/* Maps file NAME read-only into *M (a regular file; anything else is
   read): 0, or -1 with errno set.  */
int xir_map_file (const char *name, xir_mapping *m);
void xir_unmap_file (xir_mapping *m);
/* xir_hash of file NAME's bytes; 0 if it cannot be read (never 0
   otherwise).  */
uint64_t xir_file_hash (const char *name);

#ifdef __cplusplus
}
#endif
#endif /* XINLINE_XIR_H */
