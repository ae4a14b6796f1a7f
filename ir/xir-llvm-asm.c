/* xir-llvm-asm.c - GCC inline asm (x86-64, AT&T) as LLVM inline asm.
 *
 * The template: %N and %[name] become $N, a modifier %kN ${N:k} (only the
 * modifiers GCC and LLVM print alike: b h w k q c P p a n H V l), %= is
 * ${:uid}, %% a %, the dialect braces { | } LLVM's $( $| $), and $ is $$.
 * Constraints: outputs "=r" / "=&r" / "={@cccc}" are results, memory
 * operands "=*m" / "*m" pointers with elementtype; register classes
 * r q Q R, the registers a b c d S D ({ax} ...), immediates i n e Z I-O,
 * matching digits; a memory alternative of a register operand is dropped
 * (the other alternatives are the author's choice too), "g" is "ir".
 * Clobbers: memory, general registers (named by their 64-bit register),
 * and always {dirflag}, {fpsr}, {flags} as GCC's x86 back end adds them.
 * asm goto is callbr, its labels "!i" operands.  Anything else refuses
 * the helper.
 */
#include "xir-llvm-int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Operand numbers as the template counts them: outputs, inputs, labels.  */
static uint32_t
xa_nops (const xir_asm *a)
{
  return a->nout + a->nin + a->nlabels;
}

static const char *xa_gpr (const char *r, char *buf);

/* ---- constraints ----------------------------------------------------------- */

static int
xa_flag_cond_ok (const char *cc)
{
  static const char *const conds[] = {
    "a", "ae", "b", "be", "c", "e", "g", "ge", "l", "le", "na", "nae", "nb",
    "nbe", "nc", "ne", "ng", "nge", "nl", "nle", "no", "np", "ns", "nz", "o",
    "p", "pe", "po", "s", "z"
  };
  size_t i;
  for (i = 0; i < sizeof conds / sizeof *conds; i++)
    if (!strcmp (cc, conds[i]))
      return 1;
  return 0;
}

/* What a constraint allows.  */
struct xa_cons {
  char regs[8];              /* register classes, in order */
  char imms[16];             /* immediate letters */
  char fixed;                /* a b c d S D, or 0 */
  int mem;                   /* a memory alternative */
  int match;                 /* matching operand number, or -1 */
  int early;                 /* output: & */
};

static void
xa_add (char *set, size_t n, char ch)
{
  size_t l = strlen (set);
  if (!strchr (set, ch) && l + 1 < n)
    {
      set[l] = ch;
      set[l + 1] = 0;
    }
}

/* The output number matching constraint S ties an input to, or -1.  */
static int
xa_match_of (const char *s)
{
  char *end;
  long n;
  if (*s < '0' || *s > '9')
    return -1;
  n = strtol (s, &end, 10);
  return *end || n > 1000 ? -1 : (int) n;
}

/* Reads GCC constraint S of an output (OUTPUT) or input into *K.  */
static int
xa_parse (xl_ctx *c, const char *s, int output, struct xa_cons *k)
{
  const char *p = s;
  memset (k, 0, sizeof *k);
  k->match = -1;
  if (output)
    {
      if (*p++ != '=')
        return xl_refuse (c, "it has an asm output constraint '%s' without "
                          "'='", s);
      if (*p == '&')
        {
          k->early = 1;
          p++;
        }
    }
  if (*p >= '0' && *p <= '9' && !output)
    {
      if ((k->match = xa_match_of (p)) < 0)
        return xl_refuse (c, "it has asm constraint '%s'", s);
      return 1;
    }
  for (; *p; p++)
    {
      if (*p == '%')
        continue;               /* commutative with the next: a hint */
      if (strchr ("rqQR", *p))
        xa_add (k->regs, sizeof k->regs, *p);
      else if (strchr ("ineZIJKLMNO", *p) && !output)
        xa_add (k->imms, sizeof k->imms, *p);
      else if (*p == 'g' && !output)
        {
          xa_add (k->regs, sizeof k->regs, 'r');
          xa_add (k->imms, sizeof k->imms, 'i');
          k->mem = 1;
        }
      else if (*p == 'm' || *p == 'o')
        k->mem = 1;
      else if (strchr ("abcdSD", *p) && !k->fixed && p == s + (output ? 1
                                                                + k->early : 0)
               && !p[1])
        k->fixed = *p;
      else
        return xl_refuse (c, "it has asm constraint '%s', which the LLVM "
                          "translator does not map", s);
    }
  return 1;
}

/* The LLVM register name of GCC's fixed-register letter.  */
static const char *
xa_fixed_reg (char ch)
{
  switch (ch)
    {
    case 'a': return "{ax}";
    case 'b': return "{bx}";
    case 'c': return "{cx}";
    case 'd': return "{dx}";
    case 'S': return "{si}";
    default: return "{di}";
    }
}

/* LLVM's constraint for a register or immediate operand with K into OUT
   (64 bytes).  */
static int
xa_direct (xl_ctx *c, const char *gcc, const struct xa_cons *k, int output,
           char *out)
{
  if (k->fixed)
    snprintf (out, 64, "%s%s%s", output ? "=" : "", k->early ? "&" : "",
              xa_fixed_reg (k->fixed));
  else if (k->match >= 0)
    snprintf (out, 64, "%d", k->match);
  else if (k->regs[0] || k->imms[0])
    snprintf (out, 64, "%s%s%s%s", output ? "=" : "", k->early ? "&" : "",
              k->regs, k->imms);
  else
    return xl_refuse (c, "it has an asm operand '%s' that is memory only "
                      "but not in memory", gcc);
  return 1;
}

/* ---- operands ------------------------------------------------------------- */

/* One LLVM asm operand: its constraint, and the argument text it adds
   (none for a register output), its type for results.  A register output
   whose C operand is in memory (GCC: "=r" (p->f)) is also stored there
   after the asm, at the address computed before it.  */
struct xa_op {
  char cons[64];
  char type[64];             /* the value's LLVM type (results, inputs) */
  int result;                /* a register output: a member of the result */
  char arg[XL_VAL_MAX + 160];/* "TY VALUE" / "PTY elementtype(T) ADDR" */
  const xir_mem *store;      /* the memory a register output goes to */
  int wsp;                   /* a result written to the stack pointer */
  char pty[64];
  xl_val addr;               /* its address */
};

/* The elementtype of memory reference M.  */
static int
xa_elem_type (xl_ctx *c, const xir_mem *m, char *buf)
{
  if (m->type.kind == XIR_T_BLOB)
    {
      snprintf (buf, 64, "[%u x i8]", m->type.size);
      return 1;
    }
  return xl_mem_type (c, &m->type, buf);
}

static int
xa_mem_op (xl_ctx *c, const xir_asm_op *op, const struct xa_cons *k,
           int output, struct xa_op *o)
{
  char pty[64], ety[64];
  xl_val a;
  if (!k->mem || k->early || k->match >= 0)
    return xl_refuse (c, "it has an asm memory operand with constraint "
                      "'%s'", op->constraint);
  if (!xa_elem_type (c, &op->mem, ety) || !xl_address (c, &op->mem, &a, pty))
    return 0;
  snprintf (o->cons, sizeof o->cons, "%s*m", output ? "=" : "");
  snprintf (o->arg, sizeof o->arg, "%s elementtype(%s) %s", pty, ety, a.s);
  return 1;
}

/* A value input: a constant stays a constant of its asm type (for the
   immediate constraints), a register is loaded and widened (a _Bool is a
   byte in asm, as C passes it).  */
static int
xa_value_in (xl_ctx *c, const xir_asm_op *op, const struct xa_cons *k,
             struct xa_op *o)
{
  xir_type t = xl_optype (c, &op->val);
  xl_val v;
  if (!xl_abi_int (&t) || !xl_mem_type (c, &t, o->type))
    return xl_refuse (c, "it passes a value of an unusual type to asm");
  if (k->imms[0] && !k->regs[0] && !k->fixed && k->match < 0
      && op->val.kind != XIR_O_CONST
      && !((op->val.kind == XIR_O_SYM || op->val.kind == XIR_O_POOL)
           && strchr (k->imms, 'i')))
    return xl_refuse (c, "it gives asm a non-constant for immediate "
                      "constraint '%s'", op->constraint);
  if (op->val.kind == XIR_O_CONST && t.kind == XIR_T_BOOL)
    snprintf (v.s, sizeof v.s, "%u", (unsigned) (op->val.val & 1));
  else if (!xl_operand (c, &op->val, &v) || !xl_to_mem (c, &v, &t))
    return 0;
  snprintf (o->arg, sizeof o->arg, "%s %s", o->type, v.s);
  return 1;
}

/* A register operand (K allows no memory) whose C operand is the memory
   OP->mem: an output is stored there after the asm, an input loaded from
   it before.  */
static int
xa_reg_for_mem (xl_ctx *c, const xir_asm_op *op, const struct xa_cons *k,
                int output, struct xa_op *o)
{
  const xir_mem *m = &op->mem;
  xl_val v;
  if (!xl_abi_int (&m->type) || !xl_mem_type (c, &m->type, o->type)
      || !xl_address (c, m, &o->addr, o->pty))
    return xl_refuse (c, "it has an asm register operand in memory of an "
                      "unusual type");
  if (!xa_direct (c, op->constraint, k, output, o->cons))
    return 0;
  if (output)
    {
      o->result = 1;
      o->store = m;
      return 1;
    }
  if (!xl_load (c, o->pty, &o->addr, &m->type, m->align,
                xl_mem_volatile (c, m), &v) || !xl_to_mem (c, &v, &m->type))
    return 0;
  snprintf (o->arg, sizeof o->arg, "%s %s", o->type, v.s);
  return 1;
}

/* The type of asm operand OP's value (an output's when OUTPUT).  */
static xir_type xa_op_type (const xl_ctx *c, const xir_asm_op *op,
                            int output);

/* Input OP with matching constraint K is tied to a register output of
   the same type (a hard-register variable to the same register).  */
static int
xa_tie_ok (xl_ctx *c, const xir_asm *a, const xir_asm_op *op,
           const struct xa_cons *k)
{
  const xir_asm_op *to;
  xir_type t, ot;
  uint32_t i;
  if ((uint32_t) k->match >= a->nout)
    return xl_refuse (c, "it has asm constraint '%s' matching no "
                      "output", op->constraint);
  to = &a->outs[k->match];
  for (i = 0; &a->ins[i] != op; i++)
    if (xa_match_of (a->ins[i].constraint) == k->match)
      return xl_refuse (c, "it ties two asm inputs to output %d (LLVM "
                        "ties one)", k->match);
  t = xa_op_type (c, op, 0);
  ot = xa_op_type (c, to, 1);
  if ((to->is_mem == XIR_ASM_MEM && to->mem.type.kind == XIR_T_BLOB)
      || xl_bits (&t) != xl_bits (&ot) || t.kind != ot.kind)
    return xl_refuse (c, "it ties asm operands of different types");
  if ((op->is_mem == XIR_ASM_HREG || to->is_mem == XIR_ASM_HREG)
      && (op->is_mem != to->is_mem || strcmp (op->hreg, to->hreg)
          || (!op->hvar) != (!to->hvar)))
    return xl_refuse (c, "it ties a register variable's asm operand to "
                      "another register");
  return 1;
}


static xir_type
xa_op_type (const xl_ctx *c, const xir_asm_op *op, int output)
{
  if (op->is_mem == XIR_ASM_MEM)
    return op->mem.type;
  if (op->is_mem == XIR_ASM_HREG)
    return op->htype;
  return output ? c->f->regs[op->reg] : xl_optype (c, &op->val);
}

/* The stack pointer's names as GCC reads a register variable's asm
   name.  */
static int
xa_is_sp (const char *r)
{
  return !strcmp (r, "rsp") || !strcmp (r, "esp") || !strcmp (r, "sp");
}

/* Whether the value of local register variable input OP has the
   variable's type.  */
static int
xa_same_type (const xl_ctx *c, const xir_asm_op *op)
{
  xir_type t = xl_optype (c, &op->val);
  return xir_type_equal (&t, &op->htype);
}

/* A hard-register variable operand OP (GCC's "Specifying Registers for
   Local Variables"): the register as an LLVM constraint ({r10}: LLVM
   picks the part the type needs, as GCC does).  A local variable's value
   flows as a register operand's; the global stack pointer variable
   (ASM_CALL_CONSTRAINT's current_stack_pointer) is read before the asm
   and written after it, as clang translates it (llvm.read_register /
   llvm.write_register of "rsp").  Other registers are refused.  */
static int
xa_hreg_op (xl_ctx *c, const xir_asm_op *op, const struct xa_cons *k,
            int output, struct xa_op *o)
{
  const char *r = op->hreg[0] == '%' ? op->hreg + 1 : op->hreg;
  const char *g = NULL;
  char rb[8];
  xl_val v;
  int sp = xa_is_sp (r);
  if (!sp && !(g = xa_gpr (r, rb)))
    return xl_refuse (c, "it binds a register variable to %s, which the "
                      "LLVM translator does not map (general registers "
                      "only)", op->hreg);
  if (k->match < 0 && !strchr (k->regs, 'r') && !strchr (k->regs, 'q'))
    return xl_refuse (c, "it gives register variable %s to asm constraint "
                      "'%s'", op->hreg, op->constraint);
  if (!xl_abi_int (&op->htype) || op->htype.kind == XIR_T_BOOL
      || !xl_mem_type (c, &op->htype, o->type))
    return xl_refuse (c, "it binds a register variable of an unusual type");
  if (!op->hvar
      && (output ? !xir_type_equal (&op->htype, &c->f->regs[op->reg])
          : !xa_same_type (c, op)))
    return xl_refuse (c, "it passes register variable %s a value of "
                      "another type", op->hreg);
  if (!op->hvar && (sp || !strcmp (g, "rbp")))
    return xl_refuse (c, "it binds a local register variable to %s; only "
                      "the global stack pointer variable is translated",
                      op->hreg);
  if (op->hvar && (!sp || op->htype.kind != XIR_T_INT || op->htype.size != 8))
    return xl_refuse (c, "it uses global register variable %s bound to "
                      "%s; LLVM reads and writes only the stack pointer "
                      "that way (as a 64-bit integer)", op->hvar, op->hreg);
  if (k->match >= 0)
    snprintf (o->cons, sizeof o->cons, "%d", k->match);
  else
    snprintf (o->cons, sizeof o->cons, "%s%s{%s}", output ? "=" : "",
              k->early ? "&" : "", sp ? "rsp" : g);
  if (output)
    {
      o->result = 1;
      o->wsp = op->hvar != NULL;
      return 1;
    }
  if (!op->hvar)
    {
      if (!xl_operand (c, &op->val, &v))
        return 0;
    }
  else
    {
      xl_intrinsic (c, "llvm.read_register.i64",
                    "declare i64 @llvm.read_register.i64(metadata)");
      xl_tmp (c, &v);
      xl_emit (c, "%s = call i64 @llvm.read_register.i64(metadata "
               "!{!\"rsp\"})", v.s);
    }
  snprintf (o->arg, sizeof o->arg, "%s %s", o->type, v.s);
  return 1;
}

/* Operand I (0-based over outputs then inputs) of A into O.  A 128-bit
   value in registers is refused (GCC's register pairs are not LLVM's).  */
static int
xa_operand (xl_ctx *c, const xir_asm *a, uint32_t i, struct xa_op *o)
{
  int output = i < a->nout;
  const xir_asm_op *op = output ? &a->outs[i] : &a->ins[i - a->nout];
  xir_type t = xa_op_type (c, op, output);
  struct xa_cons k;
  memset (o, 0, sizeof *o);
  if (t.kind != XIR_T_BLOB && t.size > 8
      && !(op->is_mem == XIR_ASM_MEM && strchr (op->constraint, 'm')
           && !strpbrk (op->constraint, "rqQRabcdSDg0123456789")))
    return xl_refuse (c, "it gives asm a %u-bit value in registers",
                      t.size * 8);
  if (output && op->constraint[0] == '=' && op->constraint[1] == '@')
    {
      if (strncmp (op->constraint, "=@cc", 4) || op->is_mem
          || !xa_flag_cond_ok (op->constraint + 4))
        return xl_refuse (c, "it has asm flag output '%s'", op->constraint);
      snprintf (o->cons, sizeof o->cons, "={@cc%s}", op->constraint + 4);
      o->result = 1;
      return xl_mem_type (c, &c->f->regs[op->reg], o->type);
    }
  if (!xa_parse (c, op->constraint, output, &k))
    return 0;
  if (k.match >= 0 && !xa_tie_ok (c, a, op, &k))
    return 0;
  if (op->is_mem == XIR_ASM_HREG)
    return xa_hreg_op (c, op, &k, output, o);
  if (op->is_mem && (k.mem || !(k.regs[0] || k.fixed || k.match >= 0)))
    return xa_mem_op (c, op, &k, output, o);
  if (op->is_mem)
    return xa_reg_for_mem (c, op, &k, output, o);
  if (!xa_direct (c, op->constraint, &k, output, o->cons))
    return 0;
  if (!output)
    return xa_value_in (c, op, &k, o);
  if (!xl_abi_int (&c->f->regs[op->reg]))
    return xl_refuse (c, "it has an asm output of an unusual type");
  o->result = 1;
  return xl_mem_type (c, &c->f->regs[op->reg], o->type);
}

/* ---- clobbers -------------------------------------------------------------- */

/* The 64-bit register of general register name R (any width) into BUF
   (8 bytes; rustc translates on several threads), or NULL.  */
static const char *
xa_gpr (const char *r, char *buf)
{
  static const char *const regs[][5] = {
    { "rax", "eax", "ax", "al", "ah" }, { "rbx", "ebx", "bx", "bl", "bh" },
    { "rcx", "ecx", "cx", "cl", "ch" }, { "rdx", "edx", "dx", "dl", "dh" },
    { "rsi", "esi", "si", "sil", "" }, { "rdi", "edi", "di", "dil", "" },
    { "rbp", "ebp", "bp", "bpl", "" }
  };
  size_t i, j;
  char *end;
  long n;
  for (i = 0; i < sizeof regs / sizeof *regs; i++)
    for (j = 0; j < 5; j++)
      if (regs[i][j][0] && !strcmp (r, regs[i][j]))
        return regs[i][0];
  if (r[0] != 'r' || r[1] < '0' || r[1] > '9')
    return NULL;
  n = strtol (r + 1, &end, 10);
  if (n < 8 || n > 15 || (*end && strcmp (end, "d") && strcmp (end, "w")
                          && strcmp (end, "b")))
    return NULL;
  snprintf (buf, 8, "r%ld", n);
  return buf;
}

/* The clobber list ("~{...}" ...) of A appended to the constraints OUT
   (comma-separated).  */
static int
xa_clobbers (xl_ctx *c, const xir_asm *a, xir_buf *out)
{
  uint32_t i;
  char one[32], reg[8];
  for (i = 0; i < a->nclob; i++)
    {
      const char *r = a->clobbers[i];
      const char *g;
      if (*r == '%')
        r++;
      if (!strcmp (r, "cc") || !strcmp (r, "flags") || !strcmp (r, "fpsr")
          || !strcmp (r, "dirflag"))
        continue;               /* added below for every asm */
      if (!strcmp (r, "memory"))
        g = "memory";
      else if (!(g = xa_gpr (r, reg)))
        return xl_refuse (c, "it has asm clobber '%s', which the LLVM "
                          "translator does not map", a->clobbers[i]);
      snprintf (one, sizeof one, "%s~{%s}", out->len ? "," : "", g);
      xl_str (out, one);
    }
  xl_str (out, out->len ? ",~{dirflag},~{fpsr},~{flags}"
          : "~{dirflag},~{fpsr},~{flags}");
  return 1;
}

/* ---- the template ------------------------------------------------------------- */

/* Appends TEXT to OUT as the inside of an LLVM string literal.  */
static void
xa_put_escaped (xir_buf *out, const char *text, size_t n)
{
  size_t i;
  for (i = 0; i < n; i++)
    {
      unsigned char ch = (unsigned char) text[i];
      if (ch < 0x20 || ch >= 0x7f || ch == '"' || ch == '\\')
        {
          char esc[4];
          snprintf (esc, sizeof esc, "\\%02X", ch);
          xir_buf_put (out, esc, 3);
        }
      else
        xir_buf_put (out, &ch, 1);
    }
}

/* The operand named NAME (outputs, inputs, then labels when LABEL).  */
static int
xa_named (const xir_asm *a, const char *name, size_t n, int label)
{
  uint32_t i;
  for (i = 0; i < a->nout; i++)
    if (!label && a->outs[i].name && strlen (a->outs[i].name) == n
        && !strncmp (a->outs[i].name, name, n))
      return (int) i;
  for (i = 0; i < a->nin; i++)
    if (!label && a->ins[i].name && strlen (a->ins[i].name) == n
        && !strncmp (a->ins[i].name, name, n))
      return (int) (a->nout + i);
  for (i = 0; i < a->nlabels; i++)
    if (label && a->label_names && a->label_names[i]
        && strlen (a->label_names[i]) == n
        && !strncmp (a->label_names[i], name, n))
      return (int) (a->nout + a->nin + i);
  return -1;
}

/* One operand reference after '%' at *PP: "N", "[name]", with a
   modifier before it; the LLVM form into OUT.  */
static int
xa_operand_ref (xl_ctx *c, const xir_asm *a, const char **pp, xir_buf *out)
{
  const char *p = *pp;
  char mod = 0, buf[48];
  long n = -1;
  if (((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
      && (p[1] == '[' || (p[1] >= '0' && p[1] <= '9')))
    {
      if (!strchr ("bhwkqcPpanHVl", *p))
        return xl_refuse (c, "its asm template uses operand modifier "
                          "'%%%c', which the LLVM translator does not map",
                          *p);
      mod = *p++;
    }
  if (*p == '[')
    {
      const char *e = strchr (p, ']');
      if (!e || (n = xa_named (a, p + 1, (size_t) (e - p - 1), mod == 'l'))
          < 0)
        return xl_refuse (c, "its asm template names an unknown operand");
      p = e + 1;
    }
  else if (*p >= '0' && *p <= '9')
    n = strtol (p, (char **) &p, 10);
  else
    return xl_refuse (c, "its asm template uses '%%%c', which the LLVM "
                      "translator does not map", *p ? *p : ' ');
  if (n < 0 || (uint32_t) n >= xa_nops (a)
      || ((mod == 'l') != ((uint32_t) n >= a->nout + a->nin)))
    return xl_refuse (c, "its asm template refers to operand %ld, which "
                      "it does not have", n);
  if (mod)
    snprintf (buf, sizeof buf, "${%ld:%c}", n, mod);
  else
    snprintf (buf, sizeof buf, "$%ld", n);
  xl_str (out, buf);
  *pp = p;
  return 1;
}

/* GCC's template of extended asm A as LLVM's (still to be escaped).  */
static int
xa_template (xl_ctx *c, const xir_asm *a, xir_buf *out)
{
  const char *p = a->templ;
  while (*p)
    {
      char ch = *p++;
      switch (ch)
        {
        case '$':
          xl_str (out, "$$");
          break;
        case '{':
          xl_str (out, "$(");
          break;
        case '|':
          xl_str (out, "$|");
          break;
        case '}':
          xl_str (out, "$)");
          break;
        case '%':
          if (*p == '%' || *p == '{' || *p == '|' || *p == '}')
            xir_buf_put (out, p++, 1);
          else if (*p == '=')
            {
              xl_str (out, "${:uid}");
              p++;
            }
          else if (!xa_operand_ref (c, a, &p, out))
            return 0;
          break;
        default:
          xir_buf_put (out, &ch, 1);
        }
    }
  return 1;
}

/* ---- the statement ---------------------------------------------------------- */

/* Basic asm: the template literally (only $ is special to LLVM);
   volatile, and treated as clobbering memory.  */
static int
xa_basic (xl_ctx *c, const xir_asm *a)
{
  xir_buf t;
  const char *p;
  xir_buf_init (&t);
  for (p = a->templ; *p; p++)
    xir_buf_put (&t, *p == '$' ? "$$" : p, *p == '$' ? 2 : 1);
  xl_str (&c->out, "  call void asm sideeffect \"");
  xa_put_escaped (&c->out, (const char *) t.data, t.len);
  xl_str (&c->out, "\", \"~{memory},~{dirflag},~{fpsr},~{flags}\"() "
          "nounwind\n");
  xir_buf_free (&t);
  return 1;
}

/* The register outputs of A from result R (of type RTY, NRES members)
   into their registers.  */
static void
xa_results (xl_ctx *c, const xir_asm *a, const struct xa_op *ops,
            const xl_val *r, const char *rty, unsigned nres)
{
  uint32_t i, j = 0;
  xl_val v, b;
  for (i = 0; i < a->nout; i++)
    {
      const xir_type *t;
      if (!ops[i].result)
        continue;
      t = a->outs[i].is_mem == XIR_ASM_MEM ? &a->outs[i].mem.type
          : a->outs[i].reg >= 0 ? &c->f->regs[a->outs[i].reg] : NULL;
      if (nres == 1)
        v = *r;
      else
        {
          xl_tmp (c, &v);
          xl_emit (c, "%s = extractvalue %s %s, %u", v.s, rty, r->s, j);
        }
      j++;
      if (ops[i].wsp)
        {
          xl_intrinsic (c, "llvm.write_register.i64", "declare void "
                        "@llvm.write_register.i64(metadata, i64)");
          xl_emit (c, "call void @llvm.write_register.i64(metadata "
                   "!{!\"rsp\"}, i64 %s)", v.s);
          continue;
        }
      if (ops[i].store)
        {
          const xir_mem *m = ops[i].store;
          if (xl_from_mem (c, &v, &m->type))
            xl_store (c, ops[i].pty, &ops[i].addr, &m->type, m->align,
                      xl_mem_volatile (c, m), &v);
          continue;
        }
      if (t->kind == XIR_T_BOOL)
        {
          xl_tmp (c, &b);
          xl_emit (c, "%s = icmp ne i8 %s, 0", b.s, v.s);
          v = b;
        }
      xl_set_reg (c, (uint32_t) a->outs[i].reg, &v);
    }
}

/* What a non-volatile asm without a "memory" clobber may do to memory,
   as GCC assumes it: nothing without memory operands, only read with
   memory inputs only.  (Memory a register operand is stored to or loaded
   from is accessed outside the asm.)  */
static void
xa_effects (xl_ctx *c, const xir_asm *a, int se)
{
  uint32_t i;
  int reads = 0;
  if (se)
    return;
  for (i = 0; i < a->nclob; i++)
    if (!strcmp (a->clobbers[i], "memory"))
      return;
  for (i = 0; i < a->nout; i++)
    if (a->outs[i].is_mem == XIR_ASM_MEM)
      return;
  for (i = 0; i < a->nin; i++)
    reads |= a->ins[i].is_mem == XIR_ASM_MEM;
  if (reads)
    xl_str (&c->out, " memory(read)");
  else
    xl_str (&c->out, " memory(none)");
}

/* The result type of A's register outputs into RTY; their number.  */
static unsigned
xa_result_type (const xir_asm *a, const struct xa_op *ops, char *rty,
                size_t n)
{
  unsigned nres = 0, i;
  size_t l;
  for (i = 0; i < a->nout; i++)
    nres += ops[i].result;
  if (!nres)
    snprintf (rty, n, "void");
  else if (nres == 1)
    {
      for (i = 0; !ops[i].result; i++)
        ;
      snprintf (rty, n, "%s", ops[i].type);
    }
  else
    {
      snprintf (rty, n, "{ ");
      for (i = 0; i < a->nout; i++)
        if (ops[i].result)
          {
            l = strlen (rty);
            snprintf (rty + l, n - l, "%s%s", l > 2 ? ", " : "",
                      ops[i].type);
          }
      l = strlen (rty);
      snprintf (rty + l, n - l, " }");
    }
  return nres;
}

/* The tail of a callbr, " to label %FT [label %L, ...]", and, when the
   asm has register outputs, a block per path that stores them and goes
   on (asm goto ends block B).  */
static void
xa_goto_tail (xl_ctx *c, const xir_asm *a, const struct xa_op *ops,
              const xl_val *r, const char *rty, unsigned nres, uint32_t b)
{
  uint32_t ft = c->f->blocks[b].term.succ[0], i, first = c->nblk;
  int direct = !nres;
  char l[48];
  if (!direct)
    c->nblk += a->nlabels + 1;
  snprintf (l, sizeof l, " to label %%%c%u [", direct ? 'b' : 'x',
            direct ? ft : first);
  xl_str (&c->out, l);
  for (i = 0; i < a->nlabels; i++)
    {
      snprintf (l, sizeof l, "%slabel %%%c%u", i ? ", " : "",
                direct ? 'b' : 'x', direct ? a->labels[i] : first + 1 + i);
      xl_str (&c->out, l);
    }
  xl_str (&c->out, "]\n");
  for (i = 0; !direct && i <= a->nlabels; i++)
    {
      xl_start_block (c, first + i);
      xa_results (c, a, ops, r, rty, nres);
      xl_emit (c, "br label %%b%u", i ? a->labels[i - 1] : ft);
    }
}

int
xl_asm (xl_ctx *c, const xir_stmt *s, uint32_t b)
{
  const xir_asm *a = s->asm_;
  struct xa_op *ops;
  xir_buf cons, args, templ;
  char rty[512];
  unsigned nres;
  uint32_t i, n = a->nout + a->nin;
  xl_val r;
  int ok = 1, se;
  if (a->flags & ~(XIR_ASM_VOLATILE | XIR_ASM_INLINE | XIR_ASM_BASIC))
    return xl_refuse (c, "it has asm with flags %#x", a->flags);
  if (a->flags & XIR_ASM_BASIC)
    return xa_basic (c, a);
  ops = (struct xa_op *) xir_xcalloc (n + 1, sizeof *ops);
  xir_buf_init (&cons);
  xir_buf_init (&args);
  xir_buf_init (&templ);
  for (i = 0; i < n && ok; i++)
    if ((ok = xa_operand (c, a, i, &ops[i])))
      {
        xl_str (&cons, i ? "," : "");
        xl_str (&cons, ops[i].cons);
        if (!ops[i].result)
          {
            xl_str (&args, args.len ? ", " : "");
            xl_str (&args, ops[i].arg);
          }
      }
  for (i = 0; i < a->nlabels; i++)
    xl_str (&cons, n || i ? ",!i" : "!i");
  ok = ok && xa_clobbers (c, a, &cons) && xa_template (c, a, &templ);
  if (ok)
    {
      nres = xa_result_type (a, ops, rty, sizeof rty);
      se = (a->flags & XIR_ASM_VOLATILE) || !a->nout || a->nlabels;
      xl_str (&c->out, "  ");
      if (nres)
        {
          xl_tmp (c, &r);
          xl_str (&c->out, r.s);
          xl_str (&c->out, " = ");
        }
      xl_str (&c->out, a->nlabels ? "callbr " : "call ");
      xl_str (&c->out, rty);
      xl_str (&c->out, se ? " asm sideeffect \"" : " asm \"");
      xa_put_escaped (&c->out, (const char *) templ.data, templ.len);
      xl_str (&c->out, "\", \"");
      xa_put_escaped (&c->out, (const char *) cons.data, cons.len);
      xl_str (&c->out, "\"(");
      xir_buf_put (&c->out, args.data, args.len);
      xl_str (&c->out, ") nounwind");
      xa_effects (c, a, se);
      if (a->nlabels)
        xa_goto_tail (c, a, ops, &r, rty, nres, b);
      else
        {
          xl_str (&c->out, "\n");
          xa_results (c, a, ops, &r, rty, nres);
        }
    }
  free (ops);
  xir_buf_free (&cons);
  xir_buf_free (&args);
  xir_buf_free (&templ);
  return ok;
}
