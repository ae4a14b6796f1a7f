/* xir-build.c - making and freeing IR functions: the builders the
 * exporter uses (registers, slots, interned signatures, symbols and pool
 * entries, blocks, statements, calls) and type and signature equality.
 */
#include "xir-int.h"

#include <stdlib.h>
#include <string.h>

xir_func *
xir_func_new (const char *name)
{
  xir_func *f = (xir_func *) xir_xcalloc (1, sizeof *f);
  f->name = xir_strdup (name ? name : "");
  return f;
}

static void
free_call (xir_call *c)
{
  if (!c)
    return;
  free (c->bname);
  free (c->args);
  free (c);
}

static void
free_strings (char **v, uint32_t n)
{
  uint32_t i;
  if (!v)
    return;
  for (i = 0; i < n; i++)
    free (v[i]);
  free (v);
}

static void
free_asm_ops (xir_asm_op *ops, uint32_t n)
{
  uint32_t i;
  if (!ops)
    return;
  for (i = 0; i < n; i++)
    {
      free (ops[i].constraint);
      free (ops[i].name);
      free (ops[i].hreg);
      free (ops[i].hvar);
    }
  free (ops);
}

static void
free_asm (xir_asm *a)
{
  if (!a)
    return;
  free (a->templ);
  free_asm_ops (a->outs, a->nout);
  free_asm_ops (a->ins, a->nin);
  free_strings (a->clobbers, a->nclob);
  free (a->labels);
  free_strings (a->label_names, a->nlabels);
  free (a);
}

void
xir_func_free (xir_func *f)
{
  uint32_t i, j;
  if (!f)
    return;
  free (f->name);
  free (f->regs);
  free (f->slots);
  for (i = 0; i < f->nsyms; i++)
    free (f->syms[i].name);
  free (f->syms);
  for (i = 0; i < f->nsigs; i++)
    free (f->sigs[i].params);
  free (f->sigs);
  for (i = 0; i < f->npool; i++)
    free (f->pool[i].data);
  free (f->pool);
  for (i = 0; i < f->nblocks; i++)
    {
      xir_block *bl = &f->blocks[i];
      for (j = 0; j < bl->nstmts; j++)
        {
          free_call (bl->stmts[j].call);
          free_asm (bl->stmts[j].asm_);
        }
      free (bl->stmts);
      free (bl->term.cases);
    }
  free (f->blocks);
  free (f);
}

uint32_t
xir_add_reg (xir_func *f, xir_type t)
{
  f->regs = (xir_type *) xir_grow (f->regs, &f->capregs, f->nregs, sizeof t);
  f->regs[f->nregs] = t;
  return f->nregs++;
}

uint32_t
xir_add_slot (xir_func *f, uint32_t size, uint32_t align, uint8_t flags,
              int32_t param)
{
  xir_slot *s;
  f->slots = (xir_slot *) xir_grow (f->slots, &f->capslots, f->nslots,
                                    sizeof *s);
  s = &f->slots[f->nslots];
  s->size = size;
  s->align = align;
  s->flags = flags;
  s->param = param;
  return f->nslots++;
}

int
xir_type_equal (const xir_type *a, const xir_type *b)
{
  if (a->kind != b->kind)
    return 0;
  if (a->kind == XIR_T_VOID)
    return 1;   /* a void type has no other attributes */
  return (a->uns == b->uns && a->as == b->as && a->size == b->size
          && a->prec == b->prec);
}

int
xir_sig_equal (const xir_sig *a, const xir_sig *b)
{
  uint32_t i;
  if (!xir_type_equal (&a->ret, &b->ret) || a->nparams != b->nparams
      || a->varargs != b->varargs)
    return 0;
  for (i = 0; i < a->nparams; i++)
    if (!xir_type_equal (&a->params[i], &b->params[i]))
      return 0;
  return 1;
}

uint32_t
xir_add_sig (xir_func *f, const xir_sig *s)
{
  xir_sig *n;
  uint32_t i;
  for (i = 0; i < f->nsigs; i++)
    if (xir_sig_equal (&f->sigs[i], s))
      return i;
  f->sigs = (xir_sig *) xir_grow (f->sigs, &f->capsigs, f->nsigs, sizeof *n);
  n = &f->sigs[f->nsigs];
  *n = *s;
  n->params = NULL;
  if (s->nparams)
    n->params = (xir_type *) xir_memdup (s->params,
                                         s->nparams * sizeof *s->params);
  return f->nsigs++;
}

uint32_t
xir_add_sym (xir_func *f, const char *name, uint8_t kind, uint32_t sig,
             uint8_t flags)
{
  xir_sym *s;
  uint32_t i;
  if (kind != XIR_SYM_FUNC)
    sig = flags = 0;    /* not encoded for variables */
  for (i = 0; i < f->nsyms; i++)
    {
      s = &f->syms[i];
      if (s->kind == kind && s->sig == sig && s->flags == flags
          && !strcmp (s->name, name))
        return i;
    }
  f->syms = (xir_sym *) xir_grow (f->syms, &f->capsyms, f->nsyms, sizeof *s);
  s = &f->syms[f->nsyms];
  s->name = xir_strdup (name);
  s->kind = kind;
  s->sig = sig;
  s->flags = flags;
  return f->nsyms++;
}

uint32_t
xir_add_pool (xir_func *f, uint8_t kind, uint32_t align, const void *data,
              uint32_t len)
{
  xir_pool *p;
  uint32_t i;
  for (i = 0; i < f->npool; i++)
    {
      p = &f->pool[i];
      if (kind != XIR_POOL_STATIC
          && p->kind == kind && p->align == align && p->len == len
          && (!len || !memcmp (p->data, data, len)))
        return i;
    }
  f->pool = (xir_pool *) xir_grow (f->pool, &f->cappool, f->npool, sizeof *p);
  p = &f->pool[f->npool];
  p->kind = kind;
  p->align = align;
  p->len = len;
  p->data = len ? (unsigned char *) xir_memdup (data, len) : NULL;
  return f->npool++;
}

uint32_t
xir_add_block (xir_func *f)
{
  f->blocks = (xir_block *) xir_grow (f->blocks, &f->capblocks, f->nblocks,
                                      sizeof (xir_block));
  /* Not terminated yet: xir_func_check complains until the caller sets
     the terminator.  */
  f->blocks[f->nblocks].term.kind = XIR_K_UNSET;
  return f->nblocks++;
}

xir_stmt *
xir_block_add_stmt (xir_func *f, uint32_t block)
{
  xir_block *bl;
  xir_stmt *s;
  if (block >= f->nblocks)
    return NULL;
  bl = &f->blocks[block];
  bl->stmts = (xir_stmt *) xir_grow (bl->stmts, &bl->cap, bl->nstmts,
                                     sizeof *s);
  s = &bl->stmts[bl->nstmts++];
  s->dst = -1;
  f->nstmts_total++;
  return s;
}

xir_call *
xir_call_new (uint32_t nargs)
{
  xir_call *c = (xir_call *) xir_xcalloc (1, sizeof *c);
  c->nargs = nargs;
  if (nargs)
    c->args = (xir_operand *) xir_xcalloc (nargs, sizeof *c->args);
  return c;
}
