/* xir-print.c - the IR's text form (xinline-db show, debugging): types,
 * operands, memory references, statements, terminators, tables and whole
 * functions.  Copes with invalid IR (prints "?" for what it cannot name).
 */
#include "xir-int.h"

#include <stdio.h>
#include <string.h>

void
xir_print_type (FILE *out, const xir_type *t)
{
  switch (t->kind)
    {
    case XIR_T_VOID:
      fputs ("void", out);
      return;
    case XIR_T_INT:
      fprintf (out, "%c%u", t->uns ? 'u' : 'i', t->prec);
      if (t->prec != t->size * 8)
        fprintf (out, "(%u)", t->size);
      break;
    case XIR_T_BOOL:
      fputs ("bool", out);
      if (t->prec != 1 || t->size != 1)
        fprintf (out, "%u(%u)", t->prec, t->size);
      break;
    case XIR_T_PTR:
      fprintf (out, "ptr%u", t->prec);
      if (t->prec != t->size * 8)
        fprintf (out, "(%u)", t->size);
      break;
    case XIR_T_BLOB:
      fprintf (out, "blob%u", t->size);
      break;
    default:
      fprintf (out, "?type%u", t->kind);
      return;
    }
  if (t->as)
    fprintf (out, "@as%u", t->as);
}

static void
print_off (FILE *out, int64_t off)
{
  if (off > 0)
    fprintf (out, "+%lld", (long long) off);
  else if (off < 0)
    fprintf (out, "-%llu", (unsigned long long) -(uint64_t) off);
}

/* A value of a scalar type: signed decimal for signed integers (SGN 1),
   unsigned decimal for small unsigned ones, hex otherwise or for
   pointers (SGN 2).  */
static void
print_value (FILE *out, uint64_t v, int sgn)
{
  if (sgn == 1)
    fprintf (out, "%lld", (long long) (int64_t) v);
  else if (v < 65536 && sgn != 2)
    fprintf (out, "%llu", (unsigned long long) v);
  else
    fprintf (out, "0x%llx", (unsigned long long) v);
}

/* A constant of a type wider than 64 bits: as a 64-bit one when its high
   half is only the extension of the low one, else the 128 bits in hex.  */
static void
print_wide_value (FILE *out, const xir_operand *o)
{
  int sgn = !o->type.uns;
  uint64_t ext = (sgn && (o->val >> 63)) ? ~(uint64_t) 0 : 0;
  if (o->val_hi == ext)
    print_value (out, o->val, sgn);
  else
    fprintf (out, "0x%llx%016llx", (unsigned long long) o->val_hi,
             (unsigned long long) o->val);
}

static void
print_operand (FILE *out, const xir_func *f, const xir_operand *o)
{
  switch (o->kind)
    {
    case XIR_O_NONE:
      fputs ("-", out);
      break;
    case XIR_O_REG:
      fprintf (out, "r%u", o->idx);
      break;
    case XIR_O_CONST:
      xir_print_type (out, &o->type);
      fputc (' ', out);
      if (o->type.size > 8)
        print_wide_value (out, o);
      else
        print_value (out, o->val, o->type.kind == XIR_T_PTR ? 2
                                  : o->type.kind == XIR_T_INT && !o->type.uns);
      break;
    case XIR_O_SYM:
      if (o->idx < f->nsyms && f->syms[o->idx].name)
        fprintf (out, "@%s", f->syms[o->idx].name);
      else
        fprintf (out, "@#%u", o->idx);
      print_off (out, o->off);
      break;
    case XIR_O_SLOT:
      fprintf (out, "%%%u", o->idx);
      print_off (out, o->off);
      break;
    case XIR_O_POOL:
      fprintf (out, "$%u", o->idx);
      print_off (out, o->off);
      break;
    default:
      fprintf (out, "?operand%u", o->kind);
      break;
    }
}

static void
print_mem (FILE *out, const xir_func *f, const xir_mem *m)
{
  unsigned i;
  if (m->flags & XIR_M_VOLATILE)
    fputs ("volatile ", out);
  xir_print_type (out, &m->type);
  fputs (" [", out);
  print_operand (out, f, &m->base);
  if (m->off)
    fprintf (out, " %c %llu", m->off < 0 ? '-' : '+',
             (unsigned long long) (m->off < 0 ? -(uint64_t) m->off
                                              : (uint64_t) m->off));
  for (i = 0; i < m->nidx && i < XIR_MAX_INDEX; i++)
    fprintf (out, " + r%u*%lld", m->idx[i].reg, (long long) m->idx[i].scale);
  fprintf (out, "] align %u", m->align);
  if (m->as)
    fprintf (out, " as%u", m->as);
}

static void
print_call (FILE *out, const xir_func *f, const xir_call *c)
{
  uint32_t i;
  fputs ("call ", out);
  switch (c->kind)
    {
    case XIR_C_DIRECT:
      if (c->sym < f->nsyms && f->syms[c->sym].name)
        fprintf (out, "@%s", f->syms[c->sym].name);
      else
        fprintf (out, "@#%u", c->sym);
      break;
    case XIR_C_INDIRECT:
      fputc ('*', out);
      print_operand (out, f, &c->target);
      break;
    case XIR_C_TARGET_BUILTIN:
      fprintf (out, "target builtin %s", c->bname ? c->bname : "?");
      break;
    default:
      fprintf (out, "builtin %s#%u", c->bname ? c->bname : "?", c->builtin);
      break;
    }
  fputs (" (", out);
  for (i = 0; i < c->nargs; i++)
    {
      if (i)
        fputs (", ", out);
      print_operand (out, f, &c->args[i]);
    }
  fprintf (out, ") s%u", c->sig);
  if (c->flags & XIR_CF_NORETURN)
    fputs (" noreturn", out);
  if (c->flags & XIR_CF_NOTHROW)
    fputs (" nothrow", out);
}

/* BYTES..LEN as a C string literal.  */
static void
print_escaped (FILE *out, const unsigned char *p, size_t len)
{
  size_t i;
  fputc ('"', out);
  for (i = 0; i < len; i++)
    {
      unsigned char c = p[i];
      if (c == '"' || c == '\\')
        fprintf (out, "\\%c", c);
      else if (c >= 0x20 && c < 0x7f)
        fputc (c, out);
      else if (c == '\n')
        fputs ("\\n", out);
      else if (c == '\t')
        fputs ("\\t", out);
      else
        fprintf (out, "\\%03o", c);
    }
  fputc ('"', out);
}

static void
print_cstr (FILE *out, const char *s)
{
  if (s)
    print_escaped (out, (const unsigned char *) s, strlen (s));
  else
    fputs ("(null)", out);
}

/* A hard-register variable: "reg \"rsp\" @name u64" for a global one,
   "reg \"r10\" i64 r3" for a local one with its value.  */
static void
print_asm_hreg (FILE *out, const xir_func *f, const xir_asm_op *op,
                int output)
{
  fputs ("reg ", out);
  print_cstr (out, op->hreg ? op->hreg : "");
  if (op->hvar)
    fprintf (out, " @%s", op->hvar);
  fputc (' ', out);
  xir_print_type (out, &op->htype);
  if (op->hvar)
    return;
  fputc (' ', out);
  if (output)
    fprintf (out, "r%d", (int) op->reg);
  else
    print_operand (out, f, &op->val);
}

static void
print_asm_ops (FILE *out, const xir_func *f, const xir_asm_op *ops,
               uint32_t n, int output)
{
  uint32_t i;
  for (i = 0; i < n; i++)
    {
      const xir_asm_op *op = &ops[i];
      fputs (i ? ", " : " ", out);
      if (op->name)
        fprintf (out, "[%s] ", op->name);
      print_cstr (out, op->constraint);
      fputs (" (", out);
      if (op->is_mem == XIR_ASM_HREG)
        print_asm_hreg (out, f, op, output);
      else if (op->is_mem)
        print_mem (out, f, &op->mem);
      else if (output)
        fprintf (out, "r%d", (int) op->reg);
      else
        print_operand (out, f, &op->val);
      fputc (')', out);
    }
}

/* GNU C syntax: asm volatile ("templ" : outs : ins : clobbers : labels).  */
static void
print_asm (FILE *out, const xir_func *f, const xir_asm *a)
{
  uint32_t i;
  fputs ("asm", out);
  if (a->flags & XIR_ASM_VOLATILE)
    fputs (" volatile", out);
  if (a->flags & XIR_ASM_INLINE)
    fputs (" inline", out);
  if (a->flags & XIR_ASM_BASIC)
    fputs (" basic", out);
  fputs (" (", out);
  print_cstr (out, a->templ);
  if (a->nout || a->nin || a->nclob || a->nlabels)
    {
      fputs (" :", out);
      print_asm_ops (out, f, a->outs, a->nout, 1);
      fputs (" :", out);
      print_asm_ops (out, f, a->ins, a->nin, 0);
      if (a->nclob || a->nlabels)
        fputs (" :", out);
      for (i = 0; i < a->nclob; i++)
        {
          fputs (i ? ", " : " ", out);
          print_cstr (out, a->clobbers[i]);
        }
      if (a->nlabels)
        fputs (" :", out);
      for (i = 0; i < a->nlabels; i++)
        {
          fputs (i ? ", " : " ", out);
          if (a->label_names && a->label_names[i])
            fprintf (out, "[%s] ", a->label_names[i]);
          fprintf (out, "b%u", a->labels[i]);
        }
    }
  fputc (')', out);
}

static void
print_stmt (FILE *out, const xir_func *f, const xir_stmt *s)
{
  unsigned i;
  fputs ("  ", out);
  if (s->dst >= 0)
    fprintf (out, "r%d = ", (int) s->dst);
  switch (s->kind)
    {
    case XIR_S_ASSIGN:
      fputs (xir_op_name (s->op), out);
      for (i = 0; i < s->nops && i < XIR_MAX_OPS; i++)
        {
          fputs (i ? ", " : " ", out);
          print_operand (out, f, &s->ops[i]);
        }
      break;
    case XIR_S_LOAD:
      fputs ("load ", out);
      print_mem (out, f, &s->mem[0]);
      break;
    case XIR_S_STORE:
      fputs ("store ", out);
      print_mem (out, f, &s->mem[0]);
      fputs (", ", out);
      print_operand (out, f, &s->ops[0]);
      break;
    case XIR_S_COPY:
      fputs ("copy ", out);
      print_mem (out, f, &s->mem[0]);
      fputs (", ", out);
      print_mem (out, f, &s->mem[1]);
      break;
    case XIR_S_ZERO:
      fputs ("zero ", out);
      print_mem (out, f, &s->mem[0]);
      break;
    case XIR_S_ADDR:
      fputs ("addr ", out);
      print_mem (out, f, &s->mem[0]);
      break;
    case XIR_S_CALL:
      if (s->call)
        {
          print_call (out, f, s->call);
          if (s->call->flags & XIR_CF_MEMRET)
            {
              fputs (" -> ", out);
              print_mem (out, f, &s->mem[0]);
            }
        }
      else
        fputs ("call ?", out);
      break;
    case XIR_S_ASM:
      if (s->asm_)
        print_asm (out, f, s->asm_);
      else
        fputs ("asm ?", out);
      break;
    default:
      fprintf (out, "?stmt%u", s->kind);
      break;
    }
  fputc ('\n', out);
}

static void
print_term (FILE *out, const xir_func *f, const xir_term *t)
{
  uint32_t i;
  int sgn;
  fputs ("  ", out);
  switch (t->kind)
    {
    case XIR_K_GOTO:
      fprintf (out, "goto b%u", t->succ[0]);
      break;
    case XIR_K_COND:
      fputs ("if ", out);
      print_operand (out, f, &t->a);
      fprintf (out, " %s ", xir_op_name (t->cmp));
      print_operand (out, f, &t->b);
      fprintf (out, " then b%u else b%u", t->succ[0], t->succ[1]);
      break;
    case XIR_K_SWITCH:
      fputs ("switch ", out);
      print_operand (out, f, &t->a);
      fputs (" [", out);
      sgn = xir_switch_signed (f, &t->a);
      for (i = 0; i < t->ncases; i++)
        {
          fputs (i ? ", " : "", out);
          print_value (out, t->cases[i].lo, sgn);
          if (t->cases[i].hi != t->cases[i].lo)
            {
              fputs ("..", out);
              print_value (out, t->cases[i].hi, sgn);
            }
          fprintf (out, ": b%u", t->cases[i].succ);
        }
      fprintf (out, "] default b%u", t->succ[0]);
      break;
    case XIR_K_RETURN:
      fputs ("return", out);
      if (t->a.kind != XIR_O_NONE)
        {
          fputc (' ', out);
          print_operand (out, f, &t->a);
        }
      break;
    case XIR_K_UNREACHABLE:
      fputs ("unreachable", out);
      break;
    case XIR_K_UNSET:
      fputs ("(no terminator)", out);
      break;
    default:
      fprintf (out, "?term%u", t->kind);
      break;
    }
  fputc ('\n', out);
}

static void
print_sig (FILE *out, const xir_sig *s)
{
  uint32_t i;
  fputc ('(', out);
  for (i = 0; i < s->nparams; i++)
    {
      if (i)
        fputs (", ", out);
      xir_print_type (out, &s->params[i]);
    }
  if (s->varargs)
    fputs (s->nparams ? ", ..." : "...", out);
  fputs (") -> ", out);
  xir_print_type (out, &s->ret);
}

static void
print_pool (FILE *out, const xir_pool *p)
{
  uint32_t i;
  fprintf (out, " %s align %u len %u ",
           p->kind == XIR_POOL_STRING ? "string"
           : p->kind == XIR_POOL_RODATA ? "rodata" : "static", p->align,
           p->len);
  if (p->kind == XIR_POOL_STRING)
    {
      print_escaped (out, p->data, p->len);
      return;
    }
  for (i = 0; i < p->len; i++)
    fprintf (out, "%s%02x", i ? " " : "", p->data[i]);
}

static void
print_tables (FILE *out, const xir_func *f)
{
  uint32_t i;
  for (i = 0; i < f->nsigs; i++)
    {
      fprintf (out, "  sig s%u ", i);
      print_sig (out, &f->sigs[i]);
      fputc ('\n', out);
    }
  for (i = 0; i < f->nsyms; i++)
    {
      const xir_sym *s = &f->syms[i];
      fprintf (out, "  sym @%s ", s->name ? s->name : "?");
      if (s->kind == XIR_SYM_FUNC)
        fprintf (out, "func s%u%s%s%s\n", s->sig,
                 s->flags & XIR_CF_NORETURN ? " noreturn" : "",
                 s->flags & XIR_CF_NOTHROW ? " nothrow" : "",
                 s->flags & XIR_SYM_FILE_LOCAL ? " file-local" : "");
      else if (s->as)
        fprintf (out, "var as%u\n", s->as);
      else
        fputs ("var\n", out);
    }
  for (i = 0; i < f->npool; i++)
    {
      fprintf (out, "  pool $%u", i);
      print_pool (out, &f->pool[i]);
      fputc ('\n', out);
    }
  for (i = 0; i < f->nregs; i++)
    {
      fprintf (out, "  reg r%u ", i);
      xir_print_type (out, &f->regs[i]);
      fputc ('\n', out);
    }
  for (i = 0; i < f->nslots; i++)
    {
      const xir_slot *s = &f->slots[i];
      fprintf (out, "  slot %%%u size %u align %u", i, s->size, s->align);
      if (s->flags & XIR_SL_VOLATILE)
        fputs (" volatile", out);
      if (s->param >= 0)
        fprintf (out, " param %d", (int) s->param);
      fputc ('\n', out);
    }
}

/* The text form: the function line, its tables, then the blocks.  */
void
xir_print_func (FILE *out, const xir_func *f)
{
  uint32_t i, j;
  fprintf (out, "func @%s s%u", f->name ? f->name : "?", f->sig);
  if (f->sig < f->nsigs)
    {
      fputc (' ', out);
      print_sig (out, &f->sigs[f->sig]);
    }
  fprintf (out, "  ; %u statements, hash %016llx\n", f->nstmts_total,
           (unsigned long long) f->hash);
  print_tables (out, f);
  for (i = 0; i < f->nblocks; i++)
    {
      const xir_block *bl = &f->blocks[i];
      fprintf (out, "b%u:\n", i);
      for (j = 0; j < bl->nstmts; j++)
        print_stmt (out, f, &bl->stmts[j]);
      print_term (out, f, &bl->term);
    }
}
