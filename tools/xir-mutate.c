/* xir-mutate.c - writes an adversarial copy of an xinline DB.
 *
 *   xir-mutate [-v] IN.xdb OUT.xdb SEED [N]
 *   xir-mutate [-v] --zero-stores IN.xdb OUT.xdb
 *   xir-mutate [-v] --op OLD:NEW IN.xdb OUT.xdb
 *   xir-mutate [-v] --indirect-calls IN.xdb OUT.xdb
 *
 * Decodes entries of IN, applies N (default 1) random structural
 * mutations to their functions -- a register's or a constant's type, an
 * opcode, an operand, a register or block index, a memory access's type,
 * alignment, offset or address space, a terminator, a signature, a slot, a
 * symbol, a 128-bit constant's high half, a target builtin's name; a
 * statement deleted, duplicated or moved -- and re-encodes them
 * with valid record hashes.  A mutant must pass the structural check
 * (xir_func_check without a target; up to MAX_TRIES draws), so that OUT
 * passes every integrity check of the decoder and what it exercises is
 * the reader's own typing rules and GENERIC building: a body the checker
 * rejects for the reader's target is one the importer must refuse, any
 * other it must import.  The result is a DB a careless or malicious
 * producer could write; the plugin must turn it into an error, a warning
 * or an ordinary import, never a crash (testsuite/fuzz/import-fuzz.sh
 * drives it).  Entries whose decoding fails are left as they are.
 * Deterministic for a given SEED.  -v prints, for each rewritten helper,
 * the checker's verdict for its unit's target (xir_target_from_meta).
 *
 * --zero-stores turns every store into a clear of its memory ("zero" of
 * the stored type), a statement the exporter writes only for aggregates:
 * the importer must build a clear of a scalar as a store of 0, not as an
 * empty CONSTRUCTOR (which GCC's gimplifier rejects); test
 * xinline.misc/import-adversarial.exp.
 * --op OLD:NEW turns every operation with opcode OLD into NEW (numbers of
 * enum xir_opcode), e.g. 26:33, AND into MULH: a high-part multiplication
 * of a width the target has no instruction for (8 bits on x86) must be
 * computed in the double width (same test).
 * --indirect-calls turns every direct call into an indirect call through
 * the callee's address: one passing or returning an aggregate by value
 * must be refused (only a declaration gives its ABI), the others still
 * import (same test).  The random mutations also toggle a call's MEMRET
 * flag and retarget or retype its result memory (IR version 3).
 *
 * Plain C, no GCC headers: built with the tools (not installed).
 */
#include "xir.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng;

static uint32_t
rnd (uint32_t n)
{
  /* xorshift64* */
  rng ^= rng >> 12;
  rng ^= rng << 25;
  rng ^= rng >> 27;
  return n ? (uint32_t) ((rng * 0x2545F4914F6CDD1DULL) >> 33) % n : 0;
}

/* A value near the interesting edges of N things: -1, 0, N-1, N, N+1, big.  */
static uint32_t
near (uint32_t n)
{
  static const int64_t d[] = { -1, 0, 1, 2 };
  switch (rnd (4))
    {
    case 0:
      return rnd (n + 2);
    case 1:
      return (uint32_t) ((int64_t) n + d[rnd (4)]);
    case 2:
      return rnd (2) ? 0xffffffffu : 0x7fffffffu;
    default:
      return rnd (n ? n : 1);
    }
}

static uint64_t
any_val (void)
{
  static const uint64_t v[] = { 0, 1, 2, 7, 8, 31, 32, 63, 64, 127, 128, 255,
                                0x7fffffffULL, 0x80000000ULL, 0xffffffffULL,
                                0x7fffffffffffffffULL, 0x8000000000000000ULL,
                                0xffffffffffffffffULL };
  if (rnd (3))
    return v[rnd (sizeof v / sizeof *v)];
  return ((uint64_t) rnd (0xffffffffu) << 32) | rnd (0xffffffffu);
}

static void
mut_type (xir_type *t)
{
  static const uint32_t sizes[] = { 0, 1, 2, 3, 4, 8, 16, 32, 0xffffffffu };
  static const uint32_t precs[] = { 0, 1, 7, 8, 16, 31, 32, 33, 64, 65, 128 };
  switch (rnd (5))
    {
    case 0: t->kind = (uint8_t) rnd (XIR_T__COUNT + 1); break;
    case 1: t->size = sizes[rnd (sizeof sizes / sizeof *sizes)]; break;
    case 2: t->prec = precs[rnd (sizeof precs / sizeof *precs)]; break;
    case 3: t->uns ^= 1; break;
    default: t->as = (uint8_t) rnd (4); break;
    }
}

static void
mut_operand (xir_func *f, xir_operand *o)
{
  switch (rnd (5))
    {
    case 0: o->kind = (uint8_t) rnd (XIR_O__COUNT); break;
    case 1:
      o->idx = near (o->kind == XIR_O_REG ? f->nregs
                     : o->kind == XIR_O_SYM ? f->nsyms
                     : o->kind == XIR_O_SLOT ? f->nslots
                     : o->kind == XIR_O_POOL ? f->npool : 4);
      break;
    case 2:
      /* A 128-bit constant's high half too (the checker wants it to be
         the extension of the value for narrower precisions).  */
      if (o->type.size > 8 && rnd (2))
        o->val_hi = any_val ();
      else
        o->val = any_val ();
      break;
    case 3: o->off = (int64_t) any_val (); break;
    default: mut_type (&o->type); break;
    }
}

/* A target-builtin call renamed: to one of another type, to one that
   needs an instruction set the consumer may lack, to an unknown name.  */
static void
mut_target_builtin (xir_call *c)
{
  static const char *const names[] = {
    "__builtin_ia32_pause", "__builtin_ia32_rdtsc", "__builtin_ia32_rdpmc",
    "__builtin_ia32_crc32si", "__builtin_ia32_lfence", "__builtin_ia32_bsrsi",
    "__builtin_ia32_nonexistent"
  };
  const char *n = names[rnd (sizeof names / sizeof *names)];
  char *copy = (char *) malloc (strlen (n) + 1);
  if (!copy)
    return;
  strcpy (copy, n);
  free (c->bname);
  c->bname = copy;
}

static void
mut_mem (xir_func *f, xir_mem *m)
{
  switch (rnd (7))
    {
    case 0: mut_operand (f, &m->base); break;
    case 1: m->off = (int64_t) any_val (); break;
    case 2: mut_type (&m->type); break;
    case 3: m->align = rnd (2) ? 0 : 1u << rnd (8); break;
    case 4: m->flags = (uint8_t) rnd (256); break;
    case 5: m->as = (uint8_t) rnd (4); break;
    default:
      if (m->nidx && rnd (2))
        {
          xir_index *ix = &m->idx[rnd (m->nidx)];
          if (rnd (2))
            ix->reg = near (f->nregs);
          else
            ix->scale = (int64_t) any_val ();
        }
      else
        m->nidx = (uint8_t) rnd (XIR_MAX_INDEX + 1);
      break;
    }
}

static xir_stmt *
any_stmt (xir_func *f, uint32_t *blk)
{
  uint32_t total = 0, k, b;
  for (b = 0; b < f->nblocks; b++)
    total += f->blocks[b].nstmts;
  if (!total)
    return NULL;
  k = rnd (total);
  for (b = 0; b < f->nblocks; b++)
    {
      if (k < f->blocks[b].nstmts)
        {
          *blk = b;
          return &f->blocks[b].stmts[k];
        }
      k -= f->blocks[b].nstmts;
    }
  return NULL;
}

/* An operand of asm A: its kind (value, memory, hard-register variable),
   the register variable's register, type, or its value.  */
static void
mut_asm_op (xir_func *f, xir_asm *a)
{
  xir_asm_op *op;
  if (a->nout && (!a->nin || rnd (2)))
    op = &a->outs[rnd (a->nout)];
  else if (a->nin)
    op = &a->ins[rnd (a->nin)];
  else
    return;
  static const char *const regs[] = { "rsp", "r12", "%rdx", "xmm0", "st",
                                      "nosuchreg", "" };
  switch (rnd (5))
    {
    case 0: op->is_mem = (uint8_t) rnd (4); break;
    case 1: mut_type (&op->htype); break;
    case 2: op->reg = rnd (4) ? (int32_t) near (f->nregs) : -1; break;
    case 3:
      /* Registers this target lacks, cannot hold the type in, or that
         are allocatable (a global one then must be declared).  */
      free (op->hreg);
      op->hreg = strdup (regs[rnd (sizeof regs / sizeof regs[0])]);
      break;
    default: mut_operand (f, &op->val); break;
    }
}

static void
mut_stmt (xir_func *f, xir_stmt *s)
{
  switch (rnd (7))
    {
    case 0:
      {
        /* Only to kinds that need no side structure.  */
        static const uint8_t k[] = { XIR_S_ASSIGN, XIR_S_LOAD, XIR_S_STORE,
                                     XIR_S_COPY, XIR_S_ZERO, XIR_S_ADDR };
        if (s->kind != XIR_S_CALL && s->kind != XIR_S_ASM)
          s->kind = k[rnd (sizeof k)];
        break;
      }
    case 1: s->op = (uint8_t) rnd (80); break;
    case 2: s->dst = rnd (4) ? (int32_t) near (f->nregs) : -1; break;
    case 3: s->nops = (uint8_t) rnd (XIR_MAX_OPS + 1); break;
    case 4: mut_operand (f, &s->ops[rnd (XIR_MAX_OPS)]); break;
    case 5: mut_mem (f, &s->mem[rnd (2)]); break;
    default:
      if (s->call)
        {
          xir_call *c = s->call;
          switch (rnd (6))
            {
            case 5:
              /* An aggregate result in memory, or not (IR version 3).  */
              c->flags ^= XIR_CF_MEMRET;
              if (c->flags & XIR_CF_MEMRET)
                mut_mem (f, &s->mem[0]);
              break;
            case 0: c->sig = near (f->nsigs); break;
            case 1: c->sym = near (f->nsyms); break;
            case 2: c->flags = (uint8_t) rnd (256); break;
            case 3:
              if (c->kind == XIR_C_TARGET_BUILTIN)
                mut_target_builtin (c);
              else
                c->builtin = near (2000);
              break;
            default:
              if (c->nargs)
                mut_operand (f, &c->args[rnd (c->nargs)]);
              else
                mut_operand (f, &c->target);
              break;
            }
        }
      else if (s->asm_ && rnd (2))
        mut_asm_op (f, s->asm_);
      else
        mut_operand (f, &s->ops[0]);
      break;
    }
}

static void
mut_term (xir_func *f, xir_term *t)
{
  switch (rnd (6))
    {
    case 0:
      {
        uint8_t k = (uint8_t) rnd (6);
        if (k != XIR_K_SWITCH || t->kind == XIR_K_SWITCH)
          t->kind = k;
        break;
      }
    case 1: t->succ[rnd (2)] = near (f->nblocks); break;
    case 2: t->cmp = (uint8_t) rnd (80); break;
    case 3: mut_operand (f, &t->a); break;
    case 4: mut_operand (f, &t->b); break;
    default:
      if (t->ncases)
        {
          xir_case *c = &t->cases[rnd (t->ncases)];
          switch (rnd (3))
            {
            case 0: c->lo = any_val (); break;
            case 1: c->hi = any_val (); break;
            default: c->succ = near (f->nblocks); break;
            }
        }
      else
        t->succ[0] = near (f->nblocks);
      break;
    }
}

static void
mutate (xir_func *f)
{
  uint32_t b;
  xir_stmt *s;
  switch (rnd (10))
    {
    case 0:
      if (f->nregs)
        mut_type (&f->regs[rnd (f->nregs)]);
      break;
    case 1: case 2: case 3:
      if ((s = any_stmt (f, &b)))
        mut_stmt (f, s);
      break;
    case 4:
      if (f->nblocks)
        mut_term (f, &f->blocks[rnd (f->nblocks)].term);
      break;
    case 5:
      if (f->nsigs)
        {
          xir_sig *g = &f->sigs[rnd (f->nsigs)];
          if (g->nparams && rnd (2))
            mut_type (&g->params[rnd (g->nparams)]);
          else if (rnd (2))
            mut_type (&g->ret);
          else
            g->varargs ^= 1;
        }
      break;
    case 6:
      if (f->nslots)
        {
          xir_slot *sl = &f->slots[rnd (f->nslots)];
          switch (rnd (4))
            {
            case 0: sl->size = near (64); break;
            case 1: sl->align = rnd (2) ? 0 : 1u << rnd (12); break;
            case 2: sl->flags = (uint8_t) rnd (256); break;
            default: sl->param = (int32_t) near (8); break;
            }
        }
      break;
    case 7:
      if (f->nsyms)
        {
          xir_sym *y = &f->syms[rnd (f->nsyms)];
          switch (rnd (4))
            {
            case 0: y->kind = (uint8_t) rnd (6); break;
            case 1: y->sig = near (f->nsigs); break;
            case 2: y->as = (uint8_t) rnd (4); break;
            default: y->flags = (uint8_t) rnd (256); break;
            }
        }
      break;
    case 8:
      /* Delete a statement (calls and asm own memory: those stay).  */
      if ((s = any_stmt (f, &b)) && !s->call && !s->asm_)
        {
          xir_block *bl = &f->blocks[b];
          size_t i = (size_t) (s - bl->stmts);
          memmove (s, s + 1, (bl->nstmts - i - 1) * sizeof *s);
          bl->nstmts--;
        }
      break;
    default:
      /* Duplicate a statement into a random block (same caveat).  */
      if ((s = any_stmt (f, &b)) && !s->call && !s->asm_ && f->nblocks)
        {
          xir_stmt copy = *s;
          xir_block *bl = &f->blocks[rnd (f->nblocks)];
          if (bl->nstmts == bl->cap)
            {
              bl->cap = bl->cap ? 2 * bl->cap : 4;
              bl->stmts = (xir_stmt *) realloc (bl->stmts,
                                                bl->cap * sizeof *bl->stmts);
              if (!bl->stmts)
                abort ();
            }
          uint32_t at = rnd (bl->nstmts + 1);
          memmove (&bl->stmts[at + 1], &bl->stmts[at],
                   (bl->nstmts - at) * sizeof *bl->stmts);
          bl->stmts[at] = copy;
          bl->nstmts++;
        }
      break;
    }
}

#define MAX_TRIES 64

/* Mutates E's function (one random mutation, redrawn until the result
   passes the structural check) or rewrites it (--zero-stores: OP_FROM
   -1; --op: OP_FROM to OP_TO).  Returns the new function, or NULL if E
   does not decode.  */
static xir_func *
rewrite (const xir_entry *e, int rewrite_all, int op_from, int op_to)
{
  const char *err = NULL;
  unsigned tries;
  for (tries = 0;; tries++)
    {
      xir_func *fn = xir_entry_decode (e, &err);
      if (!fn)
        return NULL;
      if (!rewrite_all)
        {
          mutate (fn);
          if (xir_func_check (fn, NULL) && tries + 1 < MAX_TRIES)
            {
              xir_func_free (fn);
              continue;
            }
          return fn;
        }
      for (uint32_t bi = 0; bi < fn->nblocks; bi++)
        for (uint32_t si = 0; si < fn->blocks[bi].nstmts; si++)
          {
            xir_stmt *st = &fn->blocks[bi].stmts[si];
            if (op_from == -1 && st->kind == XIR_S_STORE)
              {
                st->kind = XIR_S_ZERO;
                st->nops = 0;
              }
            else if (op_from >= 0 && st->kind == XIR_S_ASSIGN
                     && st->op == op_from)
              st->op = (uint8_t) op_to;
            else if (op_from == -2 && st->kind == XIR_S_CALL
                     && st->call->kind == XIR_C_DIRECT)
              {
                /* Through the callee's address: same signature.  */
                xir_call *c = st->call;
                c->kind = XIR_C_INDIRECT;
                memset (&c->target, 0, sizeof c->target);
                c->target.kind = XIR_O_SYM;
                c->target.idx = c->sym;
              }
          }
      return fn;
    }
}

/* Replaces E's body by FN's encoding.  */
static void
replace_body (xir_entry *e, xir_func *fn)
{
  xir_buf b;
  xir_buf_init (&b);
  xir_encode_func (&b, fn);
  free (e->body);
  e->body = b.data;           /* the buffer is malloc'd: hand it over */
  e->body_len = b.len;
  e->nstmts = fn->nstmts_total;
  e->hash = fn->hash;
}

/* -v: what the checker says of FN for E's target.  */
static void
verdict (const xir_entry *e, const xir_func *fn)
{
  xir_target tgt;
  const char *why = xir_func_check (fn, NULL);
  if (!why && !xir_target_from_meta (e->meta.target, &tgt))
    why = xir_func_check (fn, &tgt);
  fprintf (stderr, "xir-mutate: %s: %s\n", e->name,
           why ? why : "well typed");
}

static int
usage (void)
{
  fprintf (stderr, "usage: xir-mutate [-v] IN.xdb OUT.xdb SEED [N]\n"
           "       xir-mutate [-v] --zero-stores IN.xdb OUT.xdb\n"
           "       xir-mutate [-v] --op OLD:NEW IN.xdb OUT.xdb\n"
           "       xir-mutate [-v] --indirect-calls IN.xdb OUT.xdb\n");
  return 2;
}

int
main (int argc, char **argv)
{
  xir_db db;
  const char *err = NULL;
  size_t len;
  unsigned char *data;
  unsigned n = 1, i;
  int verbose = 0, rewrite_all = 0, op_from = -1, op_to = -1;
  xir_buf out;
  FILE *f;

  if (argc > 1 && !strcmp (argv[1], "-v"))
    {
      verbose = 1;
      argv++;
      argc--;
    }
  if (argc == 4 && !strcmp (argv[1], "--zero-stores"))
    rewrite_all = 1;
  else if (argc == 4 && !strcmp (argv[1], "--indirect-calls"))
    {
      rewrite_all = 1;
      op_from = -2;
    }
  else if (argc == 5 && !strcmp (argv[1], "--op"))
    {
      if (sscanf (argv[2], "%d:%d", &op_from, &op_to) != 2
          || op_from < 0 || op_from > 255 || op_to < 0 || op_to > 255)
        {
          fprintf (stderr, "xir-mutate: --op wants OLD:NEW opcode numbers\n");
          return 2;
        }
      rewrite_all = 2;
    }
  else if (argc < 4 || argc > 5)
    return usage ();
  else
    {
      rng = strtoull (argv[3], NULL, 0) * 0x9E3779B97F4A7C15ULL + 1;
      if (argc == 5)
        n = (unsigned) strtoul (argv[4], NULL, 0);
    }
  argv += rewrite_all;          /* IN and OUT are argv[1] and argv[2] */
  if (xir_read_file (argv[1], &data, &len))
    {
      fprintf (stderr, "xir-mutate: cannot read %s\n", argv[1]);
      return 2;
    }
  memset (&db, 0, sizeof db);
  if (xir_db_parse (&db, data, len, &err) < 0 || !db.n)
    {
      fprintf (stderr, "xir-mutate: %s: %s\n", argv[1],
               err ? err : "no helpers");
      xir_db_free (&db);
      free (data);
      return 2;
    }
  for (i = 0; i < (rewrite_all ? db.n : n); i++)
    {
      xir_entry *e = &db.e[rewrite_all ? i : rnd (db.n)];
      xir_func *fn = rewrite (e, rewrite_all, op_from, op_to);
      if (!fn)
        continue;
      if (verbose)
        verdict (e, fn);
      replace_body (e, fn);
      xir_func_free (fn);
    }
  xir_buf_init (&out);
  xir_db_encode (&out, &db);
  f = fopen (argv[2], "wb");
  if (!f || fwrite (out.data, 1, out.len, f) != out.len || fclose (f))
    {
      fprintf (stderr, "xir-mutate: cannot write %s\n", argv[2]);
      return 2;
    }
  xir_buf_free (&out);
  xir_db_free (&db);
  free (data);
  return 0;
}
