/* export-asm.c - inline asm statements into IR asm records: the template's
 * lines and directives a body may carry, labels, operands (registers,
 * memory, hard-register variables) and asm goto.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "export-int.h"

/* ---- inline asm -------------------------------------------------------------- */

/* Asm is copied into every consumer that inlines it: it must not define
   anything that may exist once only.  Labels must be local numeric labels
   ("1:"), operand-numbered ones ("%c0:" with a constant operand) or made
   unique with "%="; symbol assignments ("x = 1") are refused; directives
   must be on a list of those that only emit data or switch sections
   (.pushsection/.popsection, .long, .balign, .if ...).  */
static bool
xe_asm_label_ok (const char *q, const char *c, gasm *g)
{
  const char *d = q;
  while (d < c && ISDIGIT (*d))
    d++;
  if (d == c)
    return true;                  /* numeric local label */
  if (memmem (q, c - q, "%=", 2))
    return true;                  /* unique per asm instance */
  if (*q != '%')
    return false;
  /* %N: or %cN: with a constant input N.  */
  const char *n = q + 1;
  if (*n == 'c')
    n++;
  char *end;
  unsigned long k = strtoul (n, &end, 10);
  unsigned nout = gimple_asm_noutputs (g);
  return (end == c && end != n && k >= nout
          && k - nout < gimple_asm_ninputs (g)
          && TREE_CODE (TREE_VALUE (gimple_asm_input_op (g, k - nout)))
             == INTEGER_CST);
}

/* Are the N characters at Q one of the COUNT words of LIST?  */
static bool
xe_asm_word_in (const char *q, size_t n, const char *const *list,
                size_t count)
{
  for (size_t i = 0; i < count; i++)
    if (strlen (list[i]) == n && !strncmp (q, list[i], n))
      return true;
  return false;
}

/* Is the directive named at Q (after its dot, up to E) on the list of
   those safe to duplicate?  */
static bool
xe_asm_directive_ok (const char *q, const char *e)
{
  static const char *const ok[] = {
    "pushsection", "popsection", "section", "previous", "subsection",
    "byte", "short", "word", "hword", "int", "long", "quad", "octa",
    "2byte", "4byte", "8byte", "value", "balign", "balignw", "balignl",
    "p2align", "p2alignw", "p2alignl", "align", "skip", "space", "zero",
    "fill", "nops", "ascii", "asciz", "string", "org", "if", "ifdef",
    "ifndef", "ifeq", "ifne", "ifb", "ifnb", "ifc", "ifnc", "ifgt", "ifge",
    "iflt", "ifle", "else", "elseif", "endif", "rept", "irp", "irpc", "endr",
    "insn", "reloc", "nop"
  };
  size_t n = 0;
  while (q + n < e && (ISALNUM (q[n]) || q[n] == '_'))
    n++;
  return xe_asm_word_in (q, n, ok, ARRAY_SIZE (ok));
}

/* The reason for refusing directive Q (its dot) .. C, not on the list.  */
static const char *
xe_asm_directive_bad (const char *q, const char *c)
{
  static char buf[128];
  static const char *const definers[] = {
    "globl", "global", "weak", "weakref", "set", "equ", "equiv",
    "symver", "comm", "lcomm", "type", "size", "local", "hidden",
    "protected", "internal", "macro"
  };
  if (xe_asm_word_in (q + 1, c - q - 1, definers, ARRAY_SIZE (definers)))
    snprintf (buf, sizeof buf, "it has inline assembly that defines a symbol "
              "('%.*s')", (int) MIN (c - q, 40), q);
  else
    snprintf (buf, sizeof buf, "it has inline assembly with directive "
              "'%.*s', not known to be safe to duplicate",
              (int) MIN (c - q, 40), q);
  return buf;
}

/* The reason for refusing the asm statement P .. E of G's template, or
   NULL: its labels, then its first word.  */
static const char *
xe_asm_line_bad (const char *p, const char *e, gasm *g)
{
  const char *q = p;
  for (;;)
    {
      while (q < e && (*q == ' ' || *q == '\t'))
        q++;
      const char *c = q;
      while (c < e && (ISALNUM (*c) || *c == '_' || *c == '.' || *c == '$'
                       || *c == '%' || *c == '=' || *c == '[' || *c == ']'))
        c++;
      const char *after = c;
      while (after < e && (*after == ' ' || *after == '\t'))
        after++;
      if (c > q && after < e && *after == ':')
        {
          if (!xe_asm_label_ok (q, c, g))
            return "it has inline assembly that defines a non-numeric label";
          q = after + 1;
          continue;
        }
      if (c > q && *q == '.' && !xe_asm_directive_ok (q + 1, e))
        return xe_asm_directive_bad (q, c);
      if (c > q && after < e && *after == '=' && after[1] != '='
          && !memchr (q, '%', c - q))
        return "it has inline assembly that defines a symbol";
      return NULL;
    }
}

/* The reason for refusing asm template T of G, or NULL.  */
static const char *
xe_asm_template_bad (const char *t, gasm *g)
{
  for (const char *p = t; *p;)
    {
      /* One statement: up to a newline or ';'.  */
      const char *e = p;
      while (*e && *e != '\n' && *e != ';')
        e++;
      const char *bad = xe_asm_line_bad (p, e, g);
      if (bad)
        return bad;
      p = *e ? e + 1 : e;
    }
  return NULL;
}

/* A hard-register variable V (register T v asm ("rsp")) as operand OP: a
   global one by its name, register and type (the importer binds it to the
   consumer's own); a local one by its register and type with its value,
   which is all GCC guarantees of it (the register holds the value on entry
   to the asm, and the output's value on exit): an input loads it from the
   variable's slot here, an output's register is stored back after the asm
   (xe_asm_hreg_stores).  */
static bool
xe_asm_hreg (xe_ctx *x, tree v, bool output, xir_asm_op *op)
{
  const char *why;
  const char *reg = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (v));
  if (*reg == '*')
    reg++;
  if ((why = xi_type_of (TREE_TYPE (v), &op->htype, false))
      || op->htype.kind == XIR_T_VOID)
    return xe_fail (x, "it passes register variable '%s' of %s to inline "
                    "assembly", IDENTIFIER_POINTER (DECL_NAME (v)),
                    why ? why : "void type");
  op->is_mem = XIR_ASM_HREG;
  op->hreg = xstrdup (reg);
  if (is_global_var (v))
    {
      op->hvar = xstrdup (IDENTIFIER_POINTER (DECL_NAME (v)));
      return true;
    }
  uint32_t r = xir_add_reg (x->xf, op->htype);
  if (output)
    {
      op->reg = r;
      return true;
    }
  xir_mem m;
  if (!xe_mem (x, v, &m, false))
    return false;
  xir_stmt *s = xe_stmt (x, XIR_S_LOAD);
  s->dst = r;
  s->mem[0] = m;
  xe_reg_op (&op->val, r);
  return true;
}

/* After asm G (translated into A): the values of its local register
   variable outputs stored back into their variables.  */
static bool
xe_asm_hreg_stores (xe_ctx *x, gasm *g, const xir_asm *a)
{
  for (uint32_t i = 0; i < a->nout; i++)
    {
      if (a->outs[i].is_mem != XIR_ASM_HREG || a->outs[i].hvar)
        continue;
      if (a->nlabels)
        return xe_fail (x, "it has an asm goto with an output to local "
                        "register variable '%s'",
                        IDENTIFIER_POINTER (DECL_NAME (TREE_VALUE
                          (gimple_asm_output_op (g, i)))));
      xir_mem m;
      if (!xe_mem (x, TREE_VALUE (gimple_asm_output_op (g, i)), &m, false))
        return false;
      xir_stmt *s = xe_stmt (x, XIR_S_STORE);
      s->mem[0] = m;
      s->nops = 1;
      xe_reg_op (&s->ops[0], a->outs[i].reg);
    }
  return true;
}

/* Operand LINK of an asm statement: an output register, a memory
   operand or an input value.  */
static bool
xe_asm_operand (xe_ctx *x, tree link, bool output, xir_asm_op *op)
{
  tree cons = TREE_VALUE (TREE_PURPOSE (link));
  tree name = TREE_PURPOSE (TREE_PURPOSE (link));
  tree v = TREE_VALUE (link);
  memset (op, 0, sizeof *op);
  op->constraint = xstrdup (TREE_STRING_POINTER (cons));
  op->name = name ? xstrdup (TREE_STRING_POINTER (name)) : NULL;
  op->reg = -1;
  if (VAR_P (v) && DECL_HARD_REGISTER (v))
    return xe_asm_hreg (x, v, output, op);
  if (output && TREE_CODE (v) == SSA_NAME)
    {
      uint32_t r;
      if (!xe_ssa_reg (x, v, &r))
        return false;
      op->reg = r;
      return true;
    }
  if (xe_memref_p (v) && !(TREE_CODE (v) == STRING_CST && !output))
    {
      if (xe_bitfield_p (v))
        return xe_fail (x, "it passes a bit-field to inline assembly");
      op->is_mem = 1;
      return xe_mem (x, v, &op->mem, true);
    }
  if (output)
    return xe_fail (x, "it has an inline assembly output of kind %s",
                    get_tree_code_name (TREE_CODE (v)));
  return xe_operand (x, v, &op->val);
}

/* A's operands, clobbers and labels from G, in block BB.  */
static bool
xe_asm_operands (xe_ctx *x, gasm *g, basic_block bb, xir_asm *a)
{
  for (uint32_t i = 0; i < a->nout; i++)
    if (!xe_asm_operand (x, gimple_asm_output_op (g, i), true, &a->outs[i]))
      return false;
  for (uint32_t i = 0; i < a->nin; i++)
    if (!xe_asm_operand (x, gimple_asm_input_op (g, i), false, &a->ins[i]))
      return false;
  for (uint32_t i = 0; i < a->nclob; i++)
    a->clobbers[i] = xstrdup (TREE_STRING_POINTER
                              (TREE_VALUE (gimple_asm_clobber_op (g, i))));
  for (uint32_t i = 0; i < a->nlabels; i++)
    {
      tree l = gimple_asm_label_op (g, i);
      basic_block dest = label_to_block (x->fn, TREE_VALUE (l));
      edge e = dest ? find_edge (bb, dest) : NULL;
      bool ok = (e ? xe_edge_target (x, e, &a->labels[i])
                 : xe_fail (x, "it has an asm goto without its edge"));
      if (TREE_PURPOSE (l))
        a->label_names[i] = xstrdup (TREE_STRING_POINTER (TREE_PURPOSE (l)));
      if (!ok)
        return false;
    }
  return true;
}

/* An asm statement G of block BB, its template checked first.  */
bool
xe_asm (xe_ctx *x, gasm *g, basic_block bb)
{
  const char *bad;
  if ((bad = xe_asm_template_bad (gimple_asm_string (g), g)))
    return xe_fail (x, "%s", bad);
  xir_asm *a = XCNEW (xir_asm);
  a->templ = xstrdup (gimple_asm_string (g));
  if (gimple_asm_volatile_p (g))
    a->flags |= XIR_ASM_VOLATILE;
  if (gimple_asm_inline_p (g))
    a->flags |= XIR_ASM_INLINE;
  if (gimple_asm_input_p (g))
    a->flags |= XIR_ASM_BASIC;
  a->nout = gimple_asm_noutputs (g);
  a->nin = gimple_asm_ninputs (g);
  a->nclob = gimple_asm_nclobbers (g);
  a->nlabels = gimple_asm_nlabels (g);
  a->outs = XCNEWVEC (xir_asm_op, a->nout + 1);
  a->ins = XCNEWVEC (xir_asm_op, a->nin + 1);
  a->clobbers = XCNEWVEC (char *, a->nclob + 1);
  a->labels = XCNEWVEC (uint32_t, a->nlabels + 1);
  a->label_names = XCNEWVEC (char *, a->nlabels + 1);
  bool ok = xe_asm_operands (x, g, bb, a);
  /* Added even when refused: the function owns A then, and a refused
     function is freed whole.  */
  xe_stmt (x, XIR_S_ASM)->asm_ = a;
  return ok && xe_asm_hreg_stores (x, g, a);
}
