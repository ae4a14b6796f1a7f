/* export.c - helper selection and export of bodies into .gnu.xinline.
 *
 * When: a GIMPLE pass inserted before "fnsplit", i.e. inside the early
 * optimizations, after early inlining (static inline callees are already
 * inlined), CCP, FRE, DCE and switch conversion, and before function
 * splitting could carve the body into a local ".part" clone.  The body is in
 * SSA form; PHIs are resolved on export into copies on the incoming edges.
 *
 * Anything not fully understood refuses the helper with a reason.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include <fnmatch.h>
#include "hash-set.h"

/* The exported functions of this unit, encoded at PLUGIN_FINISH_UNIT.  */
static xir_func **xe_funcs;
static unsigned xe_nfuncs;

struct xe_ctx {
  function *fn;
  tree fndecl;
  xir_func *xf;
  uint32_t cur;               /* IR block being filled */
  uint32_t *ssa_reg;          /* SSA version -> register + 1 */
  hash_map<tree, unsigned> *slot_of; /* local/param decl -> slot + 1 */
  uint32_t *bb_block;         /* bb index -> IR block + 1 */
  uint32_t *phi_reg;          /* phi result version -> register + 1 */
  struct xe_ovf *ovf;         /* complex result of .{ADD,SUB,MUL}_OVERFLOW */
  const char *why;
  char whybuf[512];
};

/* The operands of a checked-arithmetic internal call, kept until the
   REALPART_EXPR / IMAGPART_EXPR that use its complex result.  */
struct xe_ovf {
  uint8_t val_op;             /* XIR_OP_*_OVF_VAL, 0 if none */
  xir_operand a, b;
  bool cas;                   /* .ATOMIC_COMPARE_EXCHANGE: */
  uint32_t slot, ok;          /* old value in SLOT, success in reg OK */
  xir_type t;                 /* the value type */
};

/* Records the first refusal reason and returns false.  */
static bool ATTRIBUTE_PRINTF_2
xe_fail (xe_ctx *x, const char *fmt, ...)
{
  if (!x->why)
    {
      va_list ap;
      va_start (ap, fmt);
      vsnprintf (x->whybuf, sizeof x->whybuf, fmt, ap);
      va_end (ap);
      x->why = x->whybuf;
    }
  return false;
}

static const char *
xe_name (tree decl)
{
  return IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (decl));
}

/* ---- selection ---------------------------------------------------------- */

enum xe_sel { XE_NO, XE_EXPLICIT, XE_AUTO };

static enum xe_sel
xe_selected (tree fndecl)
{
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  if (lookup_attribute ("xinline", DECL_ATTRIBUTES (fndecl)))
    return XE_EXPLICIT;
  if (!strncmp (name, "rust_helper_", 12))
    return XE_EXPLICIT;
  for (unsigned i = 0; i < xi_opts.nglobs; i++)
    if (!fnmatch (xi_opts.globs[i], name, 0))
      return XE_EXPLICIT;
  if (xi_opts.export_auto >= 0 && TREE_PUBLIC (fndecl)
      && !DECL_EXTERNAL (fndecl))
    return XE_AUTO;
  return XE_NO;
}

/* Reasons the function as a whole cannot be exported.  */
static bool
xe_check_function (xe_ctx *x)
{
  tree d = x->fndecl;
  function *fn = x->fn;
  static const char *const bad_attrs[] = {
    "noipa", "noinline", "naked", "noclone", "ifunc", "alias", "weakref",
    "target_clones", "interrupt", "returns_twice", "no_split_stack"
  };
  if (!TREE_PUBLIC (d))
    return xe_fail (x, "it has internal linkage (static)");
  if (DECL_WEAK (d))
    return xe_fail (x, "it is a weak definition");
  if (DECL_COMDAT (d) || DECL_ONE_ONLY (d))
    return xe_fail (x, "it is a COMDAT definition");
  if (DECL_SECTION_NAME (d))
    return xe_fail (x, "it is placed in section '%s'", DECL_SECTION_NAME (d));
  for (unsigned i = 0; i < ARRAY_SIZE (bad_attrs); i++)
    if (lookup_attribute (bad_attrs[i], DECL_ATTRIBUTES (d)))
      return xe_fail (x, "it has attribute '%s'", bad_attrs[i]);
  if (DECL_FUNCTION_SPECIFIC_TARGET (d)
      || DECL_FUNCTION_SPECIFIC_OPTIMIZATION (d))
    return xe_fail (x, "it has function-specific target or optimize options");
  if (DECL_STATIC_CHAIN (d) || fn->static_chain_decl)
    return xe_fail (x, "it is a nested function");
  if (stdarg_p (TREE_TYPE (d)))
    return xe_fail (x, "it takes variable arguments");
  if (fn->calls_alloca)
    return xe_fail (x, "it uses alloca or a variable-length array");
  if (fn->calls_setjmp)
    return xe_fail (x, "it calls setjmp");
  if (fn->has_nonlocal_label)
    return xe_fail (x, "it receives a nonlocal goto");
  if (fn->has_forced_label_in_static)
    return xe_fail (x, "it uses computed goto (address of a label)");
  if (fn->stdarg)
    return xe_fail (x, "it uses va_start");
  if (DECL_UNINLINABLE (d))
    return xe_fail (x, "it cannot be inlined");
  cgraph_node *node = cgraph_node::get (d);
  if (!node || node->get_availability () <= AVAIL_INTERPOSABLE)
    return xe_fail (x, "it is interposable (use -fno-semantic-interposition "
                    "or hidden visibility with -fPIC)");
  xir_sig s;
  const char *why = xi_sig_of (TREE_TYPE (d), &s);
  if (why)
    return xe_fail (x, "its signature has %s", why);
  x->xf->sig = xir_add_sig (x->xf, &s);
  xi_sig_release (&s);
  if (DECL_RESULT (d) && DECL_BY_REFERENCE (DECL_RESULT (d)))
    return xe_fail (x, "it returns an aggregate by invisible reference");
  return true;
}

/* ---- registers ----------------------------------------------------------- */

static bool
xe_reg_type (xe_ctx *x, tree type, xir_type *t)
{
  const char *why = xi_type_of (type, t, false);
  if (why)
    return xe_fail (x, "it computes with %s%s",
                    strchr ("aeiou", why[0]) ? "an " : "a ", why);
  if (t->kind == XIR_T_VOID)
    return xe_fail (x, "it computes with a void value");
  return true;
}

static bool
xe_new_reg (xe_ctx *x, tree type, uint32_t *r)
{
  xir_type t;
  if (!xe_reg_type (x, type, &t))
    return false;
  *r = xir_add_reg (x->xf, t);
  return true;
}

static bool
xe_ssa_reg (xe_ctx *x, tree ssa, uint32_t *r)
{
  unsigned v = SSA_NAME_VERSION (ssa);
  if (!x->ssa_reg[v])
    {
      if (!xe_new_reg (x, TREE_TYPE (ssa), r))
        return false;
      x->ssa_reg[v] = *r + 1;
    }
  *r = x->ssa_reg[v] - 1;
  return true;
}

static xir_stmt *
xe_stmt (xe_ctx *x, uint8_t kind)
{
  xir_stmt *s = xir_block_add_stmt (x->xf, x->cur);
  s->kind = kind;
  s->dst = -1;
  return s;
}

static void
xe_const (xir_operand *o, const xir_type *t, uint64_t v)
{
  memset (o, 0, sizeof *o);
  o->kind = XIR_O_CONST;
  o->type = *t;
  o->val = v;
}

static xir_type
xe_uint (unsigned bytes)
{
  xir_type t;
  memset (&t, 0, sizeof t);
  t.kind = XIR_T_INT;
  t.uns = 1;
  t.size = bytes;
  t.prec = bytes * 8;
  return t;
}

/* Emits reg DST = OP (A, B).  */
static void
xe_assign2 (xe_ctx *x, uint32_t dst, uint8_t op, const xir_operand *a,
            const xir_operand *b)
{
  xir_stmt *s = xe_stmt (x, XIR_S_ASSIGN);
  s->op = op;
  s->dst = dst;
  s->nops = b ? 2 : 1;
  s->ops[0] = *a;
  if (b)
    s->ops[1] = *b;
}

static void
xe_reg_op (xir_operand *o, uint32_t r)
{
  memset (o, 0, sizeof *o);
  o->kind = XIR_O_REG;
  o->idx = r;
}

/* The IR type of operand O.  */
static xir_type
xe_optype (xe_ctx *x, const xir_operand *o)
{
  xir_type t;
  if (o->kind == XIR_O_REG)
    return x->xf->regs[o->idx];
  if (o->kind == XIR_O_CONST)
    return o->type;
  memset (&t, 0, sizeof t);
  t.kind = XIR_T_PTR;
  t.size = POINTER_SIZE / BITS_PER_UNIT;
  t.prec = POINTER_SIZE;
  return t;
}

/* GIMPLE lets types that differ only uselessly meet in one statement (an
   unsigned:1 bit-field value and a _Bool, int and an enum of another
   signedness is not among them, but int and a typedef'd int of the same
   precision are); the IR is strict: O is converted to WANT by an explicit
   CONV, which is what GIMPLE's useless conversion means.  */
static void
xe_coerce (xe_ctx *x, xir_operand *o, const xir_type *want)
{
  xir_type have = xe_optype (x, o);
  if (xir_type_equal (&have, want) || want->kind == XIR_T_VOID
      || want->kind == XIR_T_BLOB)
    return;
  if (o->kind == XIR_O_CONST && want->kind != XIR_T_PTR
      && have.kind != XIR_T_PTR)
    {
      /* Re-type the constant: same value, truncated as GIMPLE would.  */
      uint64_t v = o->val;
      if (want->prec < 64)
        {
          v &= ((uint64_t) 1 << want->prec) - 1;
          if (!want->uns && (v >> (want->prec - 1)) & 1)
            v |= ~(((uint64_t) 1 << want->prec) - 1);
        }
      o->type = *want;
      o->val = v;
      return;
    }
  uint32_t r = xir_add_reg (x->xf, *want);
  xe_assign2 (x, r, XIR_OP_CONV, o, NULL);
  xe_reg_op (o, r);
}

/* ---- symbols ------------------------------------------------------------- */

static bool
xe_func_sym (xe_ctx *x, tree fndecl, uint32_t *sym)
{
  xir_sig s;
  const char *why;
  if (!TREE_PUBLIC (fndecl))
    return xe_fail (x, "it references '%s', which has internal linkage",
                    IDENTIFIER_POINTER (DECL_NAME (fndecl)));
  if (DECL_STATIC_CHAIN (fndecl))
    return xe_fail (x, "it references nested function '%s'",
                    IDENTIFIER_POINTER (DECL_NAME (fndecl)));
  if ((why = xi_sig_of (TREE_TYPE (fndecl), &s)))
    return xe_fail (x, "it references '%s', whose signature has %s",
                    xe_name (fndecl), why);
  uint8_t flags = 0;
  if (TREE_THIS_VOLATILE (fndecl))
    flags |= XIR_CF_NORETURN;
  if (TREE_NOTHROW (fndecl))
    flags |= XIR_CF_NOTHROW;
  *sym = xir_add_sym (x->xf, xe_name (fndecl), XIR_SYM_FUNC,
                      xir_add_sig (x->xf, &s), flags);
  xi_sig_release (&s);
  return true;
}

/* A static, read-only, compiler-generated object whose initializer is plain
   bytes (switch-conversion tables): carried as a pool entry.  */
static bool
xe_rodata (xe_ctx *x, tree var, uint32_t *pool)
{
  tree init = DECL_INITIAL (var);
  if (!DECL_ARTIFICIAL (var) || !TREE_READONLY (var) || !init
      || init == error_mark_node || TREE_THIS_VOLATILE (var)
      || !DECL_SIZE_UNIT (var) || !tree_fits_uhwi_p (DECL_SIZE_UNIT (var)))
    return false;
  unsigned HOST_WIDE_INT size = tree_to_uhwi (DECL_SIZE_UNIT (var));
  if (size == 0 || size > 65536)
    return false;
  unsigned char *buf = XNEWVEC (unsigned char, size);
  int n = native_encode_initializer (init, buf, size, 0, NULL);
  if (n != (int) size)
    {
      free (buf);
      return false;
    }
  *pool = xir_add_pool (x->xf, XIR_POOL_RODATA, DECL_ALIGN_UNIT (var), buf,
                        size);
  free (buf);
  return true;
}

/* A "once" flag of a static inline function the helper inlined
   (WARN_ONCE's __already_done in .data.once): carried as a STATIC pool
   entry, of which every importing unit makes its own copy -- what the
   header gives every unit that includes it.  Other statics, and statics of
   the helper itself, are refused.  */
static bool
xe_inline_static (xe_ctx *x, tree var, uint32_t *pool)
{
  tree ctx = DECL_CONTEXT (var);
  /* Only "once" flags (the kernel's .data.once: DO_ONCE_LITE, WARN_ONCE):
     a copy per unit only makes a warning print once per copy.  Any other
     state must stay shared with the provider's out-of-line code.  */
  if (!DECL_SECTION_NAME (var) || strcmp (DECL_SECTION_NAME (var), ".data.once"))
    return false;
  if (!ctx || TREE_CODE (ctx) != FUNCTION_DECL || ctx == x->fndecl
      || TREE_PUBLIC (ctx) || !DECL_DECLARED_INLINE_P (ctx)
      || TREE_THIS_VOLATILE (var) || !DECL_SIZE_UNIT (var)
      || !tree_fits_uhwi_p (DECL_SIZE_UNIT (var))
      || tree_to_uhwi (DECL_SIZE_UNIT (var)) > 4096
      || tree_to_uhwi (DECL_SIZE_UNIT (var)) == 0)
    return false;
  unsigned *known = x->slot_of->get (var);
  if (known)
    {
      *pool = *known - 1;
      return true;
    }
  unsigned HOST_WIDE_INT size = tree_to_uhwi (DECL_SIZE_UNIT (var));
  unsigned char *buf = XCNEWVEC (unsigned char, size);
  tree init = DECL_INITIAL (var);
  if (init && init != error_mark_node
      && native_encode_initializer (init, buf, size, 0, NULL) != (int) size)
    {
      free (buf);
      return false;
    }
  *pool = xir_add_pool (x->xf, XIR_POOL_STATIC, DECL_ALIGN_UNIT (var), buf,
                        size);
  free (buf);
  x->slot_of->put (var, *pool + 1);
  return true;
}

/* Sets O to the address of DECL (a base object).  */
static bool
xe_decl_base (xe_ctx *x, tree decl, xir_operand *o)
{
  memset (o, 0, sizeof *o);
  switch (TREE_CODE (decl))
    {
    case VAR_DECL:
      if (DECL_THREAD_LOCAL_P (decl))
        return xe_fail (x, "it references thread-local variable '%s'",
                        xe_name (decl));
      if (DECL_HARD_REGISTER (decl))
        return xe_fail (x, "it uses a register variable");
      if (!TREE_STATIC (decl) && !DECL_EXTERNAL (decl))
        {
          /* A local in memory.  */
          unsigned *slot = x->slot_of->get (decl);
          if (!slot)
            {
              if (!DECL_SIZE_UNIT (decl)
                  || !tree_fits_uhwi_p (DECL_SIZE_UNIT (decl))
                  || tree_to_uhwi (DECL_SIZE_UNIT (decl)) > XIR_MAX_BYTES)
                return xe_fail (x, "it has a local of variable size");
              unsigned s = xir_add_slot (x->xf,
                                         tree_to_uhwi (DECL_SIZE_UNIT (decl)),
                                         DECL_ALIGN_UNIT (decl),
                                         TREE_THIS_VOLATILE (decl)
                                         ? XIR_SL_VOLATILE : 0, -1);
              x->slot_of->put (decl, s + 1);
              slot = x->slot_of->get (decl);
            }
          o->kind = XIR_O_SLOT;
          o->idx = *slot - 1;
          return true;
        }
      if (!TREE_PUBLIC (decl))
        {
          uint32_t pool;
          if (xe_rodata (x, decl, &pool))
            {
              o->kind = XIR_O_POOL;
              o->idx = pool;
              return true;
            }
          if (xe_inline_static (x, decl, &pool))
            {
              o->kind = XIR_O_POOL;
              o->idx = pool;
              return true;
            }
          if (DECL_CONTEXT (decl) && TREE_CODE (DECL_CONTEXT (decl))
              == FUNCTION_DECL)
            return xe_fail (x, "it uses static local variable '%s'",
                            IDENTIFIER_POINTER (DECL_NAME (decl)));
          return xe_fail (x, "it references '%s', which has internal linkage",
                          DECL_NAME (decl)
                          ? IDENTIFIER_POINTER (DECL_NAME (decl)) : "<anon>");
        }
      o->kind = XIR_O_SYM;
      o->idx = xir_add_sym (x->xf, xe_name (decl), XIR_SYM_VAR, 0, 0);
      return true;
    case PARM_DECL:
      {
        unsigned *slot = x->slot_of->get (decl);
        if (!slot)
          return xe_fail (x, "it uses a parameter in an unexpected way");
        o->kind = XIR_O_SLOT;
        o->idx = *slot - 1;
        return true;
      }
    case FUNCTION_DECL:
      o->kind = XIR_O_SYM;
      return xe_func_sym (x, decl, &o->idx);
    case STRING_CST:
      o->kind = XIR_O_POOL;
      o->idx = xir_add_pool (x->xf, XIR_POOL_STRING,
                             TYPE_ALIGN_UNIT (TREE_TYPE (decl)),
                             TREE_STRING_POINTER (decl),
                             TREE_STRING_LENGTH (decl));
      return true;
    case RESULT_DECL:
      return xe_fail (x, "it uses its return slot in memory");
    case CONST_DECL:
    case LABEL_DECL:
    default:
      return xe_fail (x, "it takes the address of a %s",
                      get_tree_code_name (TREE_CODE (decl)));
    }
}

/* ---- memory references ---------------------------------------------------- */

static bool xe_operand (xe_ctx *x, tree t, xir_operand *o);

static bool
xe_add_index (xe_ctx *x, xir_mem *m, tree idx, HOST_WIDE_INT scale)
{
  uint32_t r;
  if (TREE_CODE (idx) != SSA_NAME)
    return xe_fail (x, "it indexes with a %s",
                    get_tree_code_name (TREE_CODE (idx)));
  if (!xe_ssa_reg (x, idx, &r))
    return false;
  if (x->xf->regs[r].kind != XIR_T_INT)
    return xe_fail (x, "it indexes with a non-integer");
  for (unsigned i = 0; i < m->nidx; i++)
    if (m->idx[i].reg == r)
      {
        m->idx[i].scale += scale;
        return true;
      }
  if (m->nidx == XIR_MAX_INDEX)
    return xe_fail (x, "it uses more than %d variable array indices",
                    XIR_MAX_INDEX);
  m->idx[m->nidx].reg = r;
  m->idx[m->nidx].scale = scale;
  m->nidx++;
  return true;
}

/* Fills M's address part (base, off, idx) from the reference REF: a chain
   of COMPONENT_REF / ARRAY_REF / MEM_REF down to a base.  Bit-field
   components are not accepted here.  */
static bool
xe_address (xe_ctx *x, tree ref, xir_mem *m)
{
  poly_offset_int off = 0;
  for (;;)
    {
      switch (TREE_CODE (ref))
        {
        case COMPONENT_REF:
          {
            tree field = TREE_OPERAND (ref, 1);
            tree foff = component_ref_field_offset (ref);
            if (DECL_BIT_FIELD (field))
              return xe_fail (x, "it accesses a bit-field in an unexpected "
                              "way");
            if (!foff || !tree_fits_shwi_p (foff)
                || !tree_fits_shwi_p (DECL_FIELD_BIT_OFFSET (field))
                || tree_to_shwi (DECL_FIELD_BIT_OFFSET (field)) % 8)
              return xe_fail (x, "it accesses a field at a variable or "
                              "non-byte offset");
            if (TREE_CODE (TREE_TYPE (TREE_OPERAND (ref, 0))) != RECORD_TYPE
                && TREE_CODE (TREE_TYPE (TREE_OPERAND (ref, 0)))
                   != UNION_TYPE)
              return xe_fail (x, "it accesses a field of a %s",
                              get_tree_code_name
                              (TREE_CODE (TREE_TYPE (TREE_OPERAND (ref, 0)))));
            if (TYPE_REVERSE_STORAGE_ORDER (TREE_TYPE (TREE_OPERAND (ref, 0))))
              return xe_fail (x, "it uses reverse scalar storage order");
            off += tree_to_shwi (foff);
            off += tree_to_shwi (DECL_FIELD_BIT_OFFSET (field)) / 8;
            ref = TREE_OPERAND (ref, 0);
            break;
          }
        case ARRAY_REF:
          {
            tree elsz = array_ref_element_size (ref);
            tree low = array_ref_low_bound (ref);
            tree idx = TREE_OPERAND (ref, 1);
            if (!elsz || !tree_fits_shwi_p (elsz) || !tree_fits_shwi_p (low))
              return xe_fail (x, "it indexes an array of variable-size "
                              "elements");
            if (TYPE_REVERSE_STORAGE_ORDER (TREE_TYPE (TREE_OPERAND (ref, 0))))
              return xe_fail (x, "it uses reverse scalar storage order");
            HOST_WIDE_INT es = tree_to_shwi (elsz);
            off -= (offset_int) tree_to_shwi (low) * es;
            if (TREE_CODE (idx) == INTEGER_CST)
              {
                if (!tree_fits_shwi_p (idx))
                  return xe_fail (x, "it uses a huge array index");
                off += (offset_int) tree_to_shwi (idx) * es;
              }
            else if (!xe_add_index (x, m, idx, es))
              return false;
            ref = TREE_OPERAND (ref, 0);
            break;
          }
        case VIEW_CONVERT_EXPR:
          ref = TREE_OPERAND (ref, 0);
          break;
        case MEM_REF:
          {
            tree base = TREE_OPERAND (ref, 0);
            off += mem_ref_offset (ref);
            if (TREE_CODE (base) == ADDR_EXPR)
              {
                /* &decl, or &"string".  */
                ref = TREE_OPERAND (base, 0);
                if (TREE_CODE (ref) == MEM_REF || handled_component_p (ref))
                  break;
                if (!xe_decl_base (x, ref, &m->base))
                  return false;
              }
            else if (!xe_operand (x, base, &m->base))
              return false;
            goto done;
          }
        case VAR_DECL:
        case PARM_DECL:
        case RESULT_DECL:
        case STRING_CST:
        case FUNCTION_DECL:
          if (!xe_decl_base (x, ref, &m->base))
            return false;
          goto done;
        case BIT_FIELD_REF:
          {
            /* A byte-aligned, whole-bytes piece of an object (GCC's
               folding of single-bit tests): an access at that offset.  */
            tree sz = TREE_OPERAND (ref, 1), pos = TREE_OPERAND (ref, 2);
            if (!tree_fits_uhwi_p (sz) || !tree_fits_uhwi_p (pos)
                || tree_to_uhwi (sz) % 8 || tree_to_uhwi (pos) % 8
                || REF_REVERSE_STORAGE_ORDER (ref))
              return xe_fail (x, "it uses a bit_field_ref memory reference");
            off += tree_to_uhwi (pos) / 8;
            ref = TREE_OPERAND (ref, 0);
            break;
          }
        case TARGET_MEM_REF:
        case REALPART_EXPR:
        case IMAGPART_EXPR:
        case ARRAY_RANGE_REF:
        default:
          return xe_fail (x, "it uses a %s memory reference",
                          get_tree_code_name (TREE_CODE (ref)));
        }
    }
done:
  poly_int64 coff;
  if (!off.to_shwi (&coff) || !coff.is_constant ())
    return xe_fail (x, "it uses a huge memory offset");
  m->off = coff.to_constant ();
  if (m->base.kind == XIR_O_CONST && m->base.type.kind != XIR_T_PTR)
    return xe_fail (x, "it dereferences a non-pointer constant");
  return true;
}

static bool
xe_volatile_p (tree ref)
{
  if (TREE_THIS_VOLATILE (ref) || TYPE_VOLATILE (TREE_TYPE (ref)))
    return true;
  while (handled_component_p (ref))
    {
      ref = TREE_OPERAND (ref, 0);
      if (TREE_THIS_VOLATILE (ref))
        return true;
    }
  return TREE_CODE (ref) == MEM_REF && TREE_THIS_VOLATILE (ref);
}

/* Translates a complete memory access REF (not a bit-field) into M.  */
static bool
xe_mem (xe_ctx *x, tree ref, xir_mem *m, bool allow_blob)
{
  const char *why;
  tree type = TREE_TYPE (ref);
  memset (m, 0, sizeof *m);
  if (allow_blob && INTEGRAL_TYPE_P (type) && TYPE_PRECISION (type) > 64
      && tree_fits_uhwi_p (TYPE_SIZE_UNIT (type)))
    {
      /* A copy GCC folded into a wide integer (memcpy of 16 bytes): the
         same bytes moved as a blob.  */
      m->type.kind = XIR_T_BLOB;
      m->type.size = tree_to_uhwi (TYPE_SIZE_UNIT (type));
    }
  else if ((why = xi_type_of (type, &m->type, allow_blob)))
    return xe_fail (x, "it accesses memory as %s", why);
  if (m->type.kind == XIR_T_VOID)
    return xe_fail (x, "it accesses memory as void");
  m->as = TYPE_ADDR_SPACE (TREE_TYPE (ref));
  if (xe_volatile_p (ref))
    m->flags |= XIR_M_VOLATILE;
  unsigned int align = get_object_alignment (ref) / BITS_PER_UNIT;
  m->align = align ? align : 1;
  if (!xe_address (x, ref, m))
    return false;
  /* A named address space is reached only through a pointer into it.  */
  const xir_type *bt = m->base.kind == XIR_O_REG ? &x->xf->regs[m->base.idx]
                       : m->base.kind == XIR_O_CONST ? &m->base.type : NULL;
  if ((m->as || bt) && (!bt || bt->as != m->as))
    return xe_fail (x, "it accesses a named address space in an unexpected "
                    "way");
  return true;
}

/* Is REF a bit-field access?  */
static bool
xe_bitfield_p (tree ref)
{
  return (TREE_CODE (ref) == COMPONENT_REF
          && DECL_BIT_FIELD (TREE_OPERAND (ref, 1)));
}

/* A bit-field access is lowered to accesses of the bytes that hold the
   field, in pieces of 8, 4, 2 and 1 bytes.  Those bytes lie inside the
   field's DECL_BIT_FIELD_REPRESENTATIVE, the region GCC itself may read and
   write for it (C11: the bit-field's memory location), so the lowered code
   touches nothing the original could not.  */
struct xe_bf {
  xir_mem rep;                /* the representative (its start) */
  unsigned pos, width;        /* field bits, from the start of the rep */
  unsigned b0, b1;            /* field bytes [b0, b1) from the rep start */
  unsigned npieces;
  unsigned pstart[8], psize[8];
};

static bool
xe_bitfield (xe_ctx *x, tree ref, struct xe_bf *bf)
{
  tree field = TREE_OPERAND (ref, 1);
  tree rep = DECL_BIT_FIELD_REPRESENTATIVE (field);
  if (!rep || BYTES_BIG_ENDIAN)
    return xe_fail (x, "it accesses a bit-field without a representative");
  if (!tree_fits_uhwi_p (DECL_SIZE (rep)) || !tree_fits_uhwi_p (DECL_SIZE (field))
      || !tree_fits_uhwi_p (DECL_FIELD_OFFSET (field))
      || !tree_fits_uhwi_p (DECL_FIELD_OFFSET (rep))
      || !tree_fits_uhwi_p (DECL_FIELD_BIT_OFFSET (field))
      || !tree_fits_uhwi_p (DECL_FIELD_BIT_OFFSET (rep)))
    return xe_fail (x, "it accesses a bit-field at a variable offset");
  unsigned HOST_WIDE_INT repbits = tree_to_uhwi (DECL_SIZE (rep));
  unsigned HOST_WIDE_INT fpos
    = tree_to_uhwi (DECL_FIELD_OFFSET (field)) * 8
      + tree_to_uhwi (DECL_FIELD_BIT_OFFSET (field));
  unsigned HOST_WIDE_INT rpos
    = tree_to_uhwi (DECL_FIELD_OFFSET (rep)) * 8
      + tree_to_uhwi (DECL_FIELD_BIT_OFFSET (rep));
  unsigned HOST_WIDE_INT width = tree_to_uhwi (DECL_SIZE (field));
  if (rpos % 8 || repbits % 8 || fpos < rpos || width == 0 || width > 64
      || fpos - rpos + width > repbits)
    return xe_fail (x, "it accesses a bit-field outside its container");
  bf->pos = fpos - rpos;
  bf->width = width;
  bf->b0 = bf->pos / 8;
  bf->b1 = (bf->pos + bf->width + 7) / 8;
  if (bf->pos - 8 * bf->b0 + bf->width > 64)
    return xe_fail (x, "it accesses a 64-bit bit-field that is not "
                    "byte-aligned");
  bf->npieces = 0;
  for (unsigned b = bf->b0; b < bf->b1;)
    {
      unsigned sz = 8;
      while (sz > bf->b1 - b)
        sz /= 2;
      bf->pstart[bf->npieces] = b;
      bf->psize[bf->npieces++] = sz;
      b += sz;
    }

  /* Only the representative's address matters (its type may be a wide
     integer): the pieces have types of their own.  */
  tree repref = build3 (COMPONENT_REF, TREE_TYPE (rep), TREE_OPERAND (ref, 0),
                        rep, NULL_TREE);
  memset (&bf->rep, 0, sizeof bf->rep);
  unsigned int align = get_object_alignment (repref) / BITS_PER_UNIT;
  bf->rep.align = align ? align : 1;
  bf->rep.as = TYPE_ADDR_SPACE (TREE_TYPE (ref));
  if (!xe_address (x, repref, &bf->rep))
    return false;
  const xir_type *bt = bf->rep.base.kind == XIR_O_REG
                       ? &x->xf->regs[bf->rep.base.idx]
                       : bf->rep.base.kind == XIR_O_CONST
                       ? &bf->rep.base.type : NULL;
  if ((bf->rep.as || bt) && (!bt || bt->as != bf->rep.as))
    return xe_fail (x, "it accesses a named address space in an unexpected "
                    "way");
  if (xe_volatile_p (ref))
    bf->rep.flags |= XIR_M_VOLATILE;
  return true;
}

/* The access of piece I of BF.  */
static xir_mem
xe_bf_piece (const struct xe_bf *bf, unsigned i)
{
  xir_mem m = bf->rep;
  unsigned off = bf->pstart[i];
  m.off += off;
  m.type = xe_uint (bf->psize[i]);
  if (off)
    m.align = MIN (m.align, off & -off);
  m.align = MIN (m.align, bf->psize[i]);
  return m;
}

static uint64_t
xe_ones (unsigned n)
{
  return n >= 64 ? ~(uint64_t) 0 : (((uint64_t) 1 << n) - 1);
}

/* DST = bit-field REF.  */
static bool
xe_bitfield_load (xe_ctx *x, tree ref, uint32_t dst)
{
  struct xe_bf bf;
  xir_type dt = x->xf->regs[dst];
  xir_type u64 = xe_uint (8), sh = xe_uint (4);
  xir_operand a, b;
  if (!xe_bitfield (x, ref, &bf))
    return false;
  if (dt.kind == XIR_T_PTR || (!dt.uns && dt.prec != bf.width)
      || dt.prec < bf.width)
    return xe_fail (x, "it reads a bit-field into an unexpected type");
  /* acc = the field's bytes, little-endian, as one u64.  */
  uint32_t acc = 0;
  for (unsigned i = 0; i < bf.npieces; i++)
    {
      xir_mem m = xe_bf_piece (&bf, i);
      uint32_t r = xir_add_reg (x->xf, m.type);
      uint32_t w = xir_add_reg (x->xf, u64);
      xir_stmt *s = xe_stmt (x, XIR_S_LOAD);
      s->dst = r;
      s->mem[0] = m;
      xe_reg_op (&a, r);
      xe_assign2 (x, w, XIR_OP_CONV, &a, NULL);
      if (bf.pstart[i] != bf.b0)
        {
          uint32_t w2 = xir_add_reg (x->xf, u64);
          xe_reg_op (&a, w);
          xe_const (&b, &sh, 8 * (bf.pstart[i] - bf.b0));
          xe_assign2 (x, w2, XIR_OP_SHL, &a, &b);
          w = w2;
        }
      if (i == 0)
        acc = w;
      else
        {
          uint32_t n = xir_add_reg (x->xf, u64);
          xe_reg_op (&a, acc);
          xe_reg_op (&b, w);
          xe_assign2 (x, n, XIR_OP_OR, &a, &b);
          acc = n;
        }
    }
  uint32_t r1 = xir_add_reg (x->xf, u64), r2 = xir_add_reg (x->xf, u64);
  xe_reg_op (&a, acc);
  xe_const (&b, &sh, bf.pos - 8 * bf.b0);
  xe_assign2 (x, r1, XIR_OP_SHR, &a, &b);
  xe_reg_op (&a, r1);
  xe_const (&b, &u64, xe_ones (bf.width));
  xe_assign2 (x, r2, XIR_OP_AND, &a, &b);
  xe_reg_op (&a, r2);
  xe_assign2 (x, dst, XIR_OP_CONV, &a, NULL);
  return true;
}

/* bit-field REF = VAL.  */
static bool
xe_bitfield_store (xe_ctx *x, tree ref, tree val)
{
  struct xe_bf bf;
  xir_operand v, a, b;
  xir_type u64 = xe_uint (8), sh = xe_uint (4);
  if (!xe_bitfield (x, ref, &bf) || !xe_operand (x, val, &v))
    return false;
  /* v64 = the new field value in the low bits.  */
  uint32_t v64 = xir_add_reg (x->xf, u64);
  xe_assign2 (x, v64, XIR_OP_CONV, &v, NULL);
  for (unsigned i = 0; i < bf.npieces; i++)
    {
      xir_mem m = xe_bf_piece (&bf, i);
      xir_type pt = m.type;
      unsigned pbit = 8 * bf.pstart[i];
      unsigned lo = MAX (bf.pos, pbit) - pbit;
      unsigned hi = MIN (bf.pos + bf.width, pbit + 8 * bf.psize[i]) - pbit;
      uint64_t pmask = xe_ones (hi - lo) << lo;
      uint64_t pfull = xe_ones (8 * bf.psize[i]);
      uint32_t old = xir_add_reg (x->xf, pt), kept = xir_add_reg (x->xf, pt);
      uint32_t part = xir_add_reg (x->xf, u64), pn = xir_add_reg (x->xf, pt);
      uint32_t ps = xir_add_reg (x->xf, pt), pm = xir_add_reg (x->xf, pt);
      uint32_t nw = xir_add_reg (x->xf, pt);
      xir_stmt *s = xe_stmt (x, XIR_S_LOAD);
      s->dst = old;
      s->mem[0] = m;
      xe_reg_op (&a, old);
      xe_const (&b, &pt, ~pmask & pfull);
      xe_assign2 (x, kept, XIR_OP_AND, &a, &b);          /* old & ~mask */
      xe_reg_op (&a, v64);
      xe_const (&b, &sh, MAX (bf.pos, pbit) - bf.pos);
      xe_assign2 (x, part, XIR_OP_SHR, &a, &b);           /* bits for here */
      xe_reg_op (&a, part);
      xe_assign2 (x, pn, XIR_OP_CONV, &a, NULL);
      xe_reg_op (&a, pn);
      xe_const (&b, &sh, lo);
      xe_assign2 (x, ps, XIR_OP_SHL, &a, &b);
      xe_reg_op (&a, ps);
      xe_const (&b, &pt, pmask);
      xe_assign2 (x, pm, XIR_OP_AND, &a, &b);
      xe_reg_op (&a, kept);
      xe_reg_op (&b, pm);
      xe_assign2 (x, nw, XIR_OP_OR, &a, &b);
      s = xe_stmt (x, XIR_S_STORE);
      s->mem[0] = m;
      s->nops = 1;
      xe_reg_op (&s->ops[0], nw);
    }
  return true;
}

/* ---- operands ----------------------------------------------------------- */

static bool
xe_int_const (xe_ctx *x, tree c, xir_operand *o)
{
  xir_type t;
  if (!xe_reg_type (x, TREE_TYPE (c), &t))
    return false;
  if (wi::min_precision (wi::to_wide (c), TYPE_SIGN (TREE_TYPE (c))) > 64)
    return xe_fail (x, "it uses a constant wider than 64 bits");
  xe_const (o, &t, (uint64_t) TREE_INT_CST_LOW (c));
  return true;
}

/* Translates a GIMPLE value T into O, emitting address computations into
   the current block when needed.  */
static bool
xe_operand (xe_ctx *x, tree t, xir_operand *o)
{
  memset (o, 0, sizeof *o);
  switch (TREE_CODE (t))
    {
    case SSA_NAME:
      if (virtual_operand_p (t))
        return xe_fail (x, "it uses a virtual operand as a value");
      o->kind = XIR_O_REG;
      return xe_ssa_reg (x, t, &o->idx);
    case INTEGER_CST:
      return xe_int_const (x, t, o);
    case ADDR_EXPR:
      {
        tree obj = TREE_OPERAND (t, 0);
        xir_mem m;
        memset (&m, 0, sizeof m);
        if (TREE_CODE (obj) == FUNCTION_DECL)
          return xe_decl_base (x, obj, o);
        if (xe_bitfield_p (obj))
          return xe_fail (x, "it takes the address of a bit-field");
        if (!xe_address (x, obj, &m))
          return false;
        if (m.base.kind != XIR_O_REG && m.base.kind != XIR_O_CONST
            && m.nidx == 0)
          {
            *o = m.base;
            o->off += m.off;
            return true;
          }
        /* Needs code: a temporary.  */
        uint32_t r;
        if (!xe_new_reg (x, TREE_TYPE (t), &r))
          return false;
        m.type = x->xf->regs[r];
        m.align = 1;
        if (m.base.kind == XIR_O_REG)
          m.as = x->xf->regs[m.base.idx].as;
        else if (m.base.kind == XIR_O_CONST)
          m.as = m.base.type.as;
        xir_stmt *s = xe_stmt (x, XIR_S_ADDR);
        s->dst = r;
        s->mem[0] = m;
        xe_reg_op (o, r);
        return true;
      }
    case REAL_CST:
    case COMPLEX_CST:
    case FIXED_CST:
      return xe_fail (x, "it uses a floating-point constant");
    case VECTOR_CST:
      return xe_fail (x, "it uses a vector constant");
    case VAR_DECL:
    case PARM_DECL:
      return xe_fail (x, "it uses variable '%s' as a value in an unexpected "
                      "way", DECL_NAME (t) ? IDENTIFIER_POINTER (DECL_NAME (t))
                      : "<anon>");
    default:
      return xe_fail (x, "it uses an operand of kind %s",
                      get_tree_code_name (TREE_CODE (t)));
    }
}

/* ---- assignments ----------------------------------------------------------- */

static int
xe_opcode (enum tree_code code)
{
  switch (code)
    {
    case SSA_NAME: case INTEGER_CST: case ADDR_EXPR: case PAREN_EXPR:
      return XIR_OP_MOV;
    case NOP_EXPR: case CONVERT_EXPR: return XIR_OP_CONV;
    case NEGATE_EXPR: return XIR_OP_NEG;
    case BIT_NOT_EXPR: return XIR_OP_NOT;
    case ABS_EXPR: return XIR_OP_ABS;
    case ABSU_EXPR: return XIR_OP_ABSU;
    case PLUS_EXPR: return XIR_OP_ADD;
    case MINUS_EXPR: return XIR_OP_SUB;
    case MULT_EXPR: return XIR_OP_MUL;
    case TRUNC_DIV_EXPR: return XIR_OP_DIV_TRUNC;
    case TRUNC_MOD_EXPR: return XIR_OP_MOD_TRUNC;
    case EXACT_DIV_EXPR: return XIR_OP_DIV_EXACT;
    case FLOOR_DIV_EXPR: return XIR_OP_DIV_FLOOR;
    case CEIL_DIV_EXPR: return XIR_OP_DIV_CEIL;
    case ROUND_DIV_EXPR: return XIR_OP_DIV_ROUND;
    case FLOOR_MOD_EXPR: return XIR_OP_MOD_FLOOR;
    case CEIL_MOD_EXPR: return XIR_OP_MOD_CEIL;
    case ROUND_MOD_EXPR: return XIR_OP_MOD_ROUND;
    case LSHIFT_EXPR: return XIR_OP_SHL;
    case RSHIFT_EXPR: return XIR_OP_SHR;
    case LROTATE_EXPR: return XIR_OP_ROTL;
    case RROTATE_EXPR: return XIR_OP_ROTR;
    case BIT_AND_EXPR: return XIR_OP_AND;
    case BIT_IOR_EXPR: return XIR_OP_OR;
    case BIT_XOR_EXPR: return XIR_OP_XOR;
    case MIN_EXPR: return XIR_OP_MIN;
    case MAX_EXPR: return XIR_OP_MAX;
    case POINTER_PLUS_EXPR: return XIR_OP_PTR_ADD;
    case POINTER_DIFF_EXPR: return XIR_OP_PTR_DIFF;
    case MULT_HIGHPART_EXPR: return XIR_OP_MULH;
    case LT_EXPR: return XIR_OP_LT;
    case LE_EXPR: return XIR_OP_LE;
    case GT_EXPR: return XIR_OP_GT;
    case GE_EXPR: return XIR_OP_GE;
    case EQ_EXPR: return XIR_OP_EQ;
    case NE_EXPR: return XIR_OP_NE;
    case COND_EXPR: return XIR_OP_COND;
    default: return -1;
    }
}

/* A memory reference as an assignment side (not a register or constant).  */
static bool
xe_memref_p (tree t)
{
  return (handled_component_p (t) || TREE_CODE (t) == MEM_REF
          || TREE_CODE (t) == TARGET_MEM_REF
          || (DECL_P (t) && !is_gimple_reg (t))
          || TREE_CODE (t) == STRING_CST);
}

static bool
xe_load (xe_ctx *x, tree ref, uint32_t dst)
{
  if (xe_bitfield_p (ref))
    return xe_bitfield_load (x, ref, dst);
  xir_mem m;
  if (!xe_mem (x, ref, &m, false))
    return false;
  uint32_t into = dst;
  if (!xir_type_equal (&m.type, &x->xf->regs[dst]))
    {
      if (m.type.kind == XIR_T_BLOB)
        return xe_fail (x, "it loads a value of a different type");
      into = xir_add_reg (x->xf, m.type);
    }
  xir_stmt *s = xe_stmt (x, XIR_S_LOAD);
  s->dst = into;
  s->mem[0] = m;
  if (into != dst)
    {
      xir_operand a;
      xe_reg_op (&a, into);
      xe_assign2 (x, dst, XIR_OP_CONV, &a, NULL);
    }
  return true;
}

static bool
xe_store (xe_ctx *x, tree ref, tree val)
{
  if (xe_bitfield_p (ref))
    return xe_bitfield_store (x, ref, val);
  xir_operand v;
  xir_mem m;
  if (!xe_operand (x, val, &v) || !xe_mem (x, ref, &m, false))
    return false;
  xe_coerce (x, &v, &m.type);
  xir_stmt *s = xe_stmt (x, XIR_S_STORE);
  s->nops = 1;
  s->ops[0] = v;
  s->mem[0] = m;
  return true;
}

/* DST = BIT_FIELD_REF <IN, SIZE, POS> with IN a register or constant of
   integral type (GCC's folding of a narrowing conversion, or of a test of
   some bits): bits POS .. POS+SIZE-1 of IN, counted from the least
   significant one, i.e. (type of DST) (IN >> POS).  */
static bool
xe_bit_field_of_reg (xe_ctx *x, tree ref, tree lhs, uint32_t dst)
{
  tree in = TREE_OPERAND (ref, 0);
  tree sz = TREE_OPERAND (ref, 1), pos = TREE_OPERAND (ref, 2);
  tree itype = TREE_TYPE (in), dtype = TREE_TYPE (lhs);
  if (BITS_BIG_ENDIAN || BYTES_BIG_ENDIAN
      || !INTEGRAL_TYPE_P (itype) || !INTEGRAL_TYPE_P (dtype)
      || !tree_fits_uhwi_p (sz) || !tree_fits_uhwi_p (pos)
      || tree_to_uhwi (sz) != TYPE_PRECISION (dtype)
      || tree_to_uhwi (pos) >= TYPE_PRECISION (itype)
      || tree_to_uhwi (pos) + tree_to_uhwi (sz) > TYPE_PRECISION (itype)
      || REF_REVERSE_STORAGE_ORDER (ref))
    return xe_fail (x, "it extracts bits of a value in an unexpected way");
  xir_operand a;
  if (!xe_operand (x, in, &a))
    return false;
  xir_type at = xe_optype (x, &a);
  if (at.kind != XIR_T_INT || x->xf->regs[dst].kind != XIR_T_INT)
    return xe_fail (x, "it extracts bits of a value in an unexpected way");
  unsigned p = tree_to_uhwi (pos);
  if (p)
    {
      /* Bits above POS+SIZE are cut by the conversion, so an arithmetic
         shift of a signed IN is as good as a logical one.  */
      uint32_t v = xir_add_reg (x->xf, at);
      xir_operand c;
      xir_type ct = xe_uint (4);
      xe_const (&c, &ct, p);
      xe_assign2 (x, v, XIR_OP_SHR, &a, &c);
      xe_reg_op (&a, v);
    }
  xe_assign2 (x, dst, XIR_OP_CONV, &a, NULL);
  return true;
}

static bool
xe_assign (xe_ctx *x, gassign *g)
{
  tree lhs = gimple_assign_lhs (g);
  enum tree_code code = gimple_assign_rhs_code (g);
  tree rhs1 = gimple_assign_rhs1 (g);

  if (gimple_clobber_p (g))
    return true;
  if (TREE_CODE (lhs) != SSA_NAME)
    {
      /* A store.  */
      if (!xe_memref_p (lhs))
        return xe_fail (x, "it assigns to a %s",
                        get_tree_code_name (TREE_CODE (lhs)));
      if (get_gimple_rhs_class (code) != GIMPLE_SINGLE_RHS)
        return xe_fail (x, "it stores the result of an operation directly");
      if (TREE_CODE (rhs1) == CONSTRUCTOR)
        {
          if (CONSTRUCTOR_NELTS (rhs1) != 0 || xe_bitfield_p (lhs))
            return xe_fail (x, "it stores a non-empty constructor");
          xir_mem m;
          if (!xe_mem (x, lhs, &m, true))
            return false;
          xe_stmt (x, XIR_S_ZERO)->mem[0] = m;
          return true;
        }
      if (xe_memref_p (rhs1))
        {
          if (xe_bitfield_p (lhs) || xe_bitfield_p (rhs1))
            return xe_fail (x, "it copies a bit-field memory to memory");
          xir_mem m0, m1;
          if (!xe_mem (x, lhs, &m0, true) || !xe_mem (x, rhs1, &m1, true))
            return false;
          if (!xir_type_equal (&m0.type, &m1.type))
            return xe_fail (x, "it copies between objects of different "
                            "types");
          xir_stmt *s = xe_stmt (x, XIR_S_COPY);
          s->mem[0] = m0;
          s->mem[1] = m1;
          return true;
        }
      return xe_store (x, lhs, rhs1);
    }

  uint32_t dst;
  if (!xe_ssa_reg (x, lhs, &dst))
    return false;

  switch (get_gimple_rhs_class (code))
    {
    case GIMPLE_SINGLE_RHS:
      if ((TREE_CODE (rhs1) == REALPART_EXPR
           || TREE_CODE (rhs1) == IMAGPART_EXPR)
          && TREE_CODE (TREE_OPERAND (rhs1, 0)) == SSA_NAME)
        {
          struct xe_ovf *o
            = &x->ovf[SSA_NAME_VERSION (TREE_OPERAND (rhs1, 0))];
          if (o->cas)
            {
              xir_operand a;
              if (TREE_CODE (rhs1) == IMAGPART_EXPR)
                {
                  xe_reg_op (&a, o->ok);
                  xe_assign2 (x, dst, XIR_OP_CONV, &a, NULL);
                  return true;
                }
              uint32_t v = xir_add_reg (x->xf, o->t);
              xir_stmt *s = xe_stmt (x, XIR_S_LOAD);
              s->dst = v;
              s->mem[0].base.kind = XIR_O_SLOT;
              s->mem[0].base.idx = o->slot;
              s->mem[0].type = o->t;
              s->mem[0].align = o->t.size;
              xe_reg_op (&a, v);
              xe_assign2 (x, dst, XIR_OP_CONV, &a, NULL);
              return true;
            }
          if (!o->val_op)
            return xe_fail (x, "it uses a complex value");
          xe_assign2 (x, dst, o->val_op
                              + (TREE_CODE (rhs1) == IMAGPART_EXPR),
                      &o->a, &o->b);
          return true;
        }
      if (TREE_CODE (rhs1) == VIEW_CONVERT_EXPR)
        {
          tree in = TREE_OPERAND (rhs1, 0);
          xir_type it;
          if (TREE_CODE (in) == SSA_NAME || CONSTANT_CLASS_P (in))
            {
              if (xi_type_of (TREE_TYPE (in), &it, false)
                  || it.size != x->xf->regs[dst].size
                  || it.prec != x->xf->regs[dst].prec)
                return xe_fail (x, "it reinterprets a value of another size");
              xir_operand a;
              if (!xe_operand (x, in, &a))
                return false;
              xe_assign2 (x, dst, XIR_OP_CONV, &a, NULL);
              return true;
            }
          return xe_load (x, rhs1, dst);
        }
      if (TREE_CODE (rhs1) == BIT_FIELD_REF
          && (TREE_CODE (TREE_OPERAND (rhs1, 0)) == SSA_NAME
              || TREE_CODE (TREE_OPERAND (rhs1, 0)) == INTEGER_CST))
        return xe_bit_field_of_reg (x, rhs1, lhs, dst);
      if (xe_memref_p (rhs1))
        return xe_load (x, rhs1, dst);
      if (TREE_CODE (rhs1) == CONSTRUCTOR)
        return xe_fail (x, "it builds a vector or aggregate value");
      {
        xir_operand a;
        if (!xe_operand (x, rhs1, &a))
          return false;
        xe_coerce (x, &a, &x->xf->regs[dst]);
        xe_assign2 (x, dst, XIR_OP_MOV, &a, NULL);
        return true;
      }
    case GIMPLE_UNARY_RHS:
    case GIMPLE_BINARY_RHS:
    case GIMPLE_TERNARY_RHS:
      {
        int op = xe_opcode (code);
        if (op < 0)
          return xe_fail (x, "it uses operation %s", get_tree_code_name (code));
        xir_stmt tmp;
        memset (&tmp, 0, sizeof tmp);
        unsigned n = gimple_num_ops (g) - 1;
        if ((int) n != xir_op_arity (op))
          return xe_fail (x, "it uses operation %s with %u operands",
                          get_tree_code_name (code), n);
        for (unsigned i = 0; i < n; i++)
          {
            tree t = gimple_op (g, i + 1);
            if (COMPARISON_CLASS_P (t))
              {
                /* GCC 11/12 COND_EXPR with an embedded comparison.  */
                int cop = xe_opcode (TREE_CODE (t));
                xir_operand a, b;
                xir_type bt;
                memset (&bt, 0, sizeof bt);
                bt.kind = XIR_T_BOOL;
                bt.uns = 1;
                bt.size = 1;
                bt.prec = 1;
                if (cop < 0 || !xir_op_is_compare (cop))
                  return xe_fail (x, "it uses comparison %s",
                                  get_tree_code_name (TREE_CODE (t)));
                if (!xe_operand (x, TREE_OPERAND (t, 0), &a)
                    || !xe_operand (x, TREE_OPERAND (t, 1), &b))
                  return false;
                uint32_t r = xir_add_reg (x->xf, bt);
                xe_assign2 (x, r, cop, &a, &b);
                xe_reg_op (&tmp.ops[i], r);
              }
            else if (!xe_operand (x, t, &tmp.ops[i]))
              return false;
          }
        /* Make the operand types what the IR requires.  */
        xir_type dt = x->xf->regs[dst];
        switch (op)
          {
          case XIR_OP_CONV: case XIR_OP_ABSU: case XIR_OP_PTR_DIFF:
          case XIR_OP_ADD_OVF_VAL: case XIR_OP_ADD_OVF:
          case XIR_OP_SUB_OVF_VAL: case XIR_OP_SUB_OVF:
          case XIR_OP_MUL_OVF_VAL: case XIR_OP_MUL_OVF:
            break;
          case XIR_OP_SHL: case XIR_OP_SHR: case XIR_OP_ROTL: case XIR_OP_ROTR:
            xe_coerce (x, &tmp.ops[0], &dt);
            break;
          case XIR_OP_PTR_ADD:
            {
              xir_type u = xe_uint (POINTER_SIZE / BITS_PER_UNIT);
              xe_coerce (x, &tmp.ops[0], &dt);
              xe_coerce (x, &tmp.ops[1], &u);
              break;
            }
          case XIR_OP_LT: case XIR_OP_LE: case XIR_OP_GT:
          case XIR_OP_GE: case XIR_OP_EQ: case XIR_OP_NE:
            {
              xir_type at = xe_optype (x, &tmp.ops[0]);
              xe_coerce (x, &tmp.ops[1], &at);
              break;
            }
          case XIR_OP_COND:
            xe_coerce (x, &tmp.ops[1], &dt);
            xe_coerce (x, &tmp.ops[2], &dt);
            break;
          default:
            for (unsigned i = 0; i < n; i++)
              xe_coerce (x, &tmp.ops[i], &dt);
            break;
          }
        xir_stmt *s = xe_stmt (x, XIR_S_ASSIGN);
        s->op = op;
        s->dst = dst;
        s->nops = n;
        memcpy (s->ops, tmp.ops, sizeof s->ops);
        return true;
      }
    default:
      return xe_fail (x, "it uses an invalid assignment");
    }
}

/* ---- calls --------------------------------------------------------------- */

/* Builtins that are safe to carry by code: pure computations or calls
   whose meaning does not depend on the calling frame.  */
static bool
xe_builtin_ok (const char *name)
{
  static const char *const ok[] = {
    "__builtin_expect", "__builtin_unreachable", "__builtin_trap",
    "__builtin_constant_p", "__builtin_ffs", "__builtin_clz", "__builtin_ctz",
    "__builtin_clrsb", "__builtin_popcount", "__builtin_parity",
    "__builtin_bswap", "__builtin_mem", "__builtin_str", "__builtin___mem",
    "__builtin___str", "__builtin_prefetch", "__builtin_assume_aligned",
    "__builtin_object_size", "__builtin_dynamic_object_size",
    "__builtin_abs", "__builtin_labs", "__builtin_llabs", "__builtin_imaxabs",
    "__atomic_", "__sync_"
  };
  for (unsigned i = 0; i < ARRAY_SIZE (ok); i++)
    if (!strncmp (name, ok[i], strlen (ok[i])))
      return true;
  return false;
}

/* Normal builtins never exported, whatever their spelling.  */
static bool
xe_builtin_forbidden (enum built_in_function code)
{
  switch (code)
    {
    case BUILT_IN_ALLOCA: case BUILT_IN_ALLOCA_WITH_ALIGN:
    case BUILT_IN_ALLOCA_WITH_ALIGN_AND_MAX:
    case BUILT_IN_SETJMP: case BUILT_IN_SETJMP_SETUP:
    case BUILT_IN_SETJMP_RECEIVER: case BUILT_IN_LONGJMP:
    case BUILT_IN_NONLOCAL_GOTO: case BUILT_IN_UPDATE_SETJMP_BUF:
    case BUILT_IN_APPLY: case BUILT_IN_APPLY_ARGS: case BUILT_IN_RETURN:
    case BUILT_IN_VA_START: case BUILT_IN_VA_END: case BUILT_IN_VA_COPY:
    case BUILT_IN_NEXT_ARG: case BUILT_IN_SAVEREGS:
    case BUILT_IN_VA_ARG_PACK: case BUILT_IN_VA_ARG_PACK_LEN:
    case BUILT_IN_RETURN_ADDRESS: case BUILT_IN_FRAME_ADDRESS:
    case BUILT_IN_EXTRACT_RETURN_ADDR: case BUILT_IN_FROB_RETURN_ADDR:
    case BUILT_IN_EH_RETURN: case BUILT_IN_EH_RETURN_DATA_REGNO:
    case BUILT_IN_UNWIND_INIT: case BUILT_IN_DWARF_CFA:
    case BUILT_IN_DWARF_SP_COLUMN: case BUILT_IN_INIT_DWARF_REG_SIZES:
    case BUILT_IN_STACK_SAVE: case BUILT_IN_STACK_RESTORE:
    case BUILT_IN_EH_POINTER: case BUILT_IN_EH_FILTER:
    case BUILT_IN_EH_COPY_VALUES:
      return true;
    default:
      return false;
    }
}


/* lhs = .ATOMIC_COMPARE_EXCHANGE (ptr, expected, desired, size | weak << 8,
   success order, failure order), what GCC makes of
   __atomic_compare_exchange_N with a local "expected": carried as the
   builtin call on a slot holding "expected"; the REALPART_EXPR of lhs (the
   old value) is read back from the slot, the IMAGPART_EXPR (success) is
   the call's result.  */
static bool
xe_cas (xe_ctx *x, gcall *g)
{
  tree lhs = gimple_call_lhs (g);
  tree flag = gimple_call_arg (g, 3);
  if (gimple_call_num_args (g) != 6 || !tree_fits_uhwi_p (flag)
      || (lhs && (TREE_CODE (lhs) != SSA_NAME
                  || TREE_CODE (TREE_TYPE (lhs)) != COMPLEX_TYPE)))
    return xe_fail (x, "it uses an atomic compare-exchange in an unexpected "
                    "way");
  unsigned HOST_WIDE_INT size = tree_to_uhwi (flag) & 255;
  bool weak = (tree_to_uhwi (flag) >> 8) & 1;
  int lg = exact_log2 (size);
  if (lg < 0 || lg > 3)
    return xe_fail (x, "it uses a %u-byte atomic compare-exchange",
                    (unsigned) size);
  enum built_in_function code
    = (enum built_in_function) (BUILT_IN_ATOMIC_COMPARE_EXCHANGE_1 + lg);
  tree bd = builtin_decl_explicit (code);
  xir_sig sig;
  if (!bd || xi_builtin_sig_of (TREE_TYPE (bd), &sig) || sig.nparams != 6)
    return xe_fail (x, "it uses an atomic compare-exchange of unknown type");
  xir_type vt = sig.params[2];
  xir_operand args[6];
  if (!xe_operand (x, gimple_call_arg (g, 0), &args[0])
      || !xe_operand (x, gimple_call_arg (g, 2), &args[2])
      || !xe_operand (x, gimple_call_arg (g, 4), &args[4])
      || !xe_operand (x, gimple_call_arg (g, 5), &args[5]))
    {
      xi_sig_release (&sig);
      return false;
    }
  xir_operand expected;
  if (!xe_operand (x, gimple_call_arg (g, 1), &expected))
    {
      xi_sig_release (&sig);
      return false;
    }
  /* The slot holds "expected" (as the builtin's value type).  */
  uint32_t slot = xir_add_slot (x->xf, size, size, 0, -1);
  xe_coerce (x, &expected, &vt);
  xir_stmt *s = xe_stmt (x, XIR_S_STORE);
  s->nops = 1;
  s->ops[0] = expected;
  s->mem[0].base.kind = XIR_O_SLOT;
  s->mem[0].base.idx = slot;
  s->mem[0].type = vt;
  s->mem[0].align = size;
  memset (&args[1], 0, sizeof args[1]);
  args[1].kind = XIR_O_SLOT;
  args[1].idx = slot;
  xe_const (&args[3], &sig.params[3], weak);
  for (unsigned i = 0; i < 6; i++)
    if (i != 1 && i != 3)
      xe_coerce (x, &args[i], &sig.params[i]);
  xir_call *c = xir_call_new (6);
  c->kind = XIR_C_BUILTIN;
  c->builtin = code;
  c->bname = xstrdup (IDENTIFIER_POINTER (DECL_NAME (bd)));
  c->sig = xir_add_sig (x->xf, &sig);
  c->flags = XIR_CF_NOTHROW;
  memcpy (c->args, args, sizeof args);
  uint32_t ok = xir_add_reg (x->xf, sig.ret);
  s = xe_stmt (x, XIR_S_CALL);
  s->call = c;
  s->dst = ok;
  xi_sig_release (&sig);
  if (lhs)
    {
      struct xe_ovf *o = &x->ovf[SSA_NAME_VERSION (lhs)];
      o->cas = true;
      o->slot = slot;
      o->ok = ok;
      o->t = vt;
    }
  return true;
}

static bool
xe_call (xe_ctx *x, gcall *g)
{
  unsigned nargs = gimple_call_num_args (g);
  tree fntype = gimple_call_fntype (g);
  tree fndecl = gimple_call_fndecl (g);
  xir_call *c;
  xir_sig sig;
  const char *why;

  if (gimple_call_internal_p (g)
      && (gimple_call_internal_fn (g) == IFN_ADD_OVERFLOW
          || gimple_call_internal_fn (g) == IFN_SUB_OVERFLOW
          || gimple_call_internal_fn (g) == IFN_MUL_OVERFLOW))
    {
      /* lhs = .ADD_OVERFLOW (a, b): nothing yet; the REALPART_EXPR and
         IMAGPART_EXPR of lhs become ADD_OVF_VAL / ADD_OVF.  */
      tree lhs = gimple_call_lhs (g);
      if (!lhs)
        return true;
      if (TREE_CODE (lhs) != SSA_NAME
          || TREE_CODE (TREE_TYPE (lhs)) != COMPLEX_TYPE
          || !INTEGRAL_TYPE_P (TREE_TYPE (TREE_TYPE (lhs))) || nargs != 2)
        return xe_fail (x, "it uses checked arithmetic in an unexpected way");
      struct xe_ovf *o = &x->ovf[SSA_NAME_VERSION (lhs)];
      switch (gimple_call_internal_fn (g))
        {
        case IFN_ADD_OVERFLOW: o->val_op = XIR_OP_ADD_OVF_VAL; break;
        case IFN_SUB_OVERFLOW: o->val_op = XIR_OP_SUB_OVF_VAL; break;
        default: o->val_op = XIR_OP_MUL_OVF_VAL; break;
        }
      return (xe_operand (x, gimple_call_arg (g, 0), &o->a)
              && xe_operand (x, gimple_call_arg (g, 1), &o->b));
    }
  if (gimple_call_internal_p (g)
      && gimple_call_internal_fn (g) == IFN_TSAN_FUNC_EXIT)
    return true;  /* ThreadSanitizer's exit hook: the consumer adds its own */
  if (fndecl && fndecl_built_in_p (fndecl, BUILT_IN_TSAN_FUNC_ENTRY))
    return true;
  if (fndecl && fndecl_built_in_p (fndecl, BUILT_IN_EXPECT_WITH_PROBABILITY)
      && nargs == 3)
    {
      /* The probability is a hint; keep the expectation.  */
      fndecl = builtin_decl_explicit (BUILT_IN_EXPECT);
      fntype = TREE_TYPE (fndecl);
      nargs = 2;
    }
  if (gimple_call_internal_p (g)
      && gimple_call_internal_fn (g) == IFN_ATOMIC_COMPARE_EXCHANGE)
    return xe_cas (x, g);
  if (gimple_call_internal_p (g))
    {
      if (gimple_call_internal_fn (g) != IFN_BUILTIN_EXPECT || nargs < 2)
        return xe_fail (x, "it calls internal function .%s",
                        internal_fn_name (gimple_call_internal_fn (g)));
      /* .BUILTIN_EXPECT (v, e, predictor): carried as __builtin_expect.  */
      fndecl = builtin_decl_explicit (BUILT_IN_EXPECT);
      fntype = TREE_TYPE (fndecl);
      nargs = 2;
    }
  if (gimple_call_chain (g))
    return xe_fail (x, "it calls a nested function");
  if (gimple_call_flags (g) & ECF_RETURNS_TWICE)
    return xe_fail (x, "it calls a returns-twice function (setjmp)");
  if (gimple_call_va_arg_pack_p (g))
    return xe_fail (x, "it uses __builtin_va_arg_pack");
  if (gimple_call_alloca_for_var_p (g))
    return xe_fail (x, "it uses a variable-length array");
  if (!fntype
      || (why = (fndecl && fndecl_built_in_p (fndecl, BUILT_IN_NORMAL)
                 ? xi_builtin_sig_of (fntype, &sig)
                 : xi_sig_of (fntype, &sig))))
    return xe_fail (x, "it makes a call whose signature has %s",
                    fntype ? why : "no type");

  c = xir_call_new (nargs);
  c->sig = xir_add_sig (x->xf, &sig);
  xi_sig_release (&sig);
  if (gimple_call_noreturn_p (g))
    c->flags |= XIR_CF_NORETURN;
  if (gimple_call_nothrow_p (g))
    c->flags |= XIR_CF_NOTHROW;

  bool ok = true;
  if (fndecl && fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    {
      enum built_in_function code = DECL_FUNCTION_CODE (fndecl);
      const char *bname = IDENTIFIER_POINTER (DECL_NAME (fndecl));
      if (xe_builtin_forbidden (code))
        ok = xe_fail (x, "it calls '%s'", bname);
      else if (!strncmp (bname, "__builtin_", 10) || !strncmp (bname, "__atomic_", 9)
               || !strncmp (bname, "__sync_", 7))
        {
          if (!xe_builtin_ok (bname) || builtin_decl_explicit (code) == NULL_TREE)
            ok = xe_fail (x, "it calls unsupported builtin '%s'", bname);
          c->kind = XIR_C_BUILTIN;
          c->builtin = code;
          c->bname = xstrdup (bname);
        }
      else
        {
          /* A library function GCC knows (memcpy, printf): an ordinary call
             to the external symbol.  */
          c->kind = XIR_C_DIRECT;
          ok = xe_func_sym (x, fndecl, &c->sym);
        }
    }
  else if (fndecl && fndecl_built_in_p (fndecl))
    ok = xe_fail (x, "it calls target or front-end builtin '%s'",
                  IDENTIFIER_POINTER (DECL_NAME (fndecl)));
  else if (fndecl)
    {
      c->kind = XIR_C_DIRECT;
      ok = xe_func_sym (x, fndecl, &c->sym);
      if (ok && !xir_sig_equal (&x->xf->sigs[c->sig],
                                &x->xf->sigs[x->xf->syms[c->sym].sig]))
        ok = xe_fail (x, "it calls '%s' through a different function type",
                      xe_name (fndecl));
    }
  else
    {
      c->kind = XIR_C_INDIRECT;
      ok = xe_operand (x, gimple_call_fn (g), &c->target);
    }
  for (unsigned i = 0; ok && i < nargs; i++)
    {
      tree a = gimple_call_arg (g, i);
      if (!is_gimple_reg_type (TREE_TYPE (a)))
        ok = xe_fail (x, "it passes an aggregate by value");
      else if ((ok = xe_operand (x, a, &c->args[i])))
        {
          const xir_sig *sg = &x->xf->sigs[c->sig];
          xir_type at = xe_optype (x, &c->args[i]);
          /* Keep a C-promoted int argument as it is.  */
          if (i < sg->nparams
              && !(at.kind == XIR_T_INT && at.prec == TYPE_PRECISION (integer_type_node)
                   && sg->params[i].kind != XIR_T_PTR
                   && sg->params[i].prec < at.prec))
            xe_coerce (x, &c->args[i], &sg->params[i]);
        }
    }

  tree lhs = gimple_call_lhs (g);
  int32_t dst = -1;
  uint32_t r;
  if (ok && lhs)
    {
      if (TREE_CODE (lhs) == SSA_NAME)
        ok = xe_ssa_reg (x, lhs, &r);
      else if (!is_gimple_reg_type (TREE_TYPE (lhs)))
        ok = xe_fail (x, "it receives an aggregate return value");
      else
        ok = xe_new_reg (x, TREE_TYPE (lhs), &r);
      dst = r;
    }
  if (!ok)
    {
      free (c->args);
      free (c->bname);
      free (c);
      return false;
    }
  xir_stmt *s = xe_stmt (x, XIR_S_CALL);
  s->call = c;
  s->dst = dst;
  if (lhs && TREE_CODE (lhs) != SSA_NAME)
    {
      xir_mem m;
      if (!xe_mem (x, lhs, &m, false))
        return false;
      s = xe_stmt (x, XIR_S_STORE);
      s->nops = 1;
      xe_reg_op (&s->ops[0], r);
      s->mem[0] = m;
    }
  return true;
}

/* ---- control flow --------------------------------------------------------- */

static uint32_t
xe_block_of (xe_ctx *x, basic_block bb)
{
  return x->bb_block[bb->index] - 1;
}

/* Emits the PHI copies for edge E into the current block.  */
static bool
xe_phi_copies (xe_ctx *x, edge e)
{
  for (gphi_iterator gsi = gsi_start_phis (e->dest); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gphi *phi = gsi.phi ();
      tree res = gimple_phi_result (phi);
      if (virtual_operand_p (res))
        continue;
      unsigned v = SSA_NAME_VERSION (res);
      if (!x->phi_reg[v])
        {
          uint32_t r;
          if (!xe_new_reg (x, TREE_TYPE (res), &r))
            return false;
          x->phi_reg[v] = r + 1;
        }
      xir_operand a;
      if (!xe_operand (x, PHI_ARG_DEF_FROM_EDGE (phi, e), &a))
        return false;
      /* GIMPLE lets a PHI join types it finds compatible (a _Bool result,
         an unsigned:1 bit-field argument): make the conversion explicit.  */
      xir_type want = x->xf->regs[x->phi_reg[v] - 1];
      xe_coerce (x, &a, &want);
      xe_assign2 (x, x->phi_reg[v] - 1, XIR_OP_MOV, &a, NULL);
    }
  return true;
}

static bool
xe_has_phis (basic_block bb)
{
  for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
       gsi_next (&gsi))
    if (!virtual_operand_p (gimple_phi_result (gsi.phi ())))
      return true;
  return false;
}

/* The IR block to jump to for edge E: the destination itself, or a new
   block holding E's PHI copies.  */
static bool
xe_edge_target (xe_ctx *x, edge e, uint32_t *target)
{
  if (e->flags & (EDGE_EH | EDGE_ABNORMAL))
    return xe_fail (x, "it has exceptional or abnormal control flow");
  if (e->dest == EXIT_BLOCK_PTR_FOR_FN (x->fn))
    return xe_fail (x, "it leaves the function without a return");
  if (!xe_has_phis (e->dest))
    {
      *target = xe_block_of (x, e->dest);
      return true;
    }
  uint32_t saved = x->cur;
  uint32_t b = xir_add_block (x->xf);
  x->cur = b;
  bool ok = xe_phi_copies (x, e);
  x->xf->blocks[b].term.kind = XIR_K_GOTO;
  x->xf->blocks[b].term.succ[0] = xe_block_of (x, e->dest);
  x->cur = saved;
  *target = b;
  return ok;
}

static bool
xe_terminate (xe_ctx *x, basic_block bb)
{
  gimple *last = xi_last_stmt (bb);
  xir_term *t = &x->xf->blocks[x->cur].term;
  edge e;
  edge_iterator ei;

  FOR_EACH_EDGE (e, ei, bb->succs)
    if (e->flags & (EDGE_EH | EDGE_ABNORMAL))
      return xe_fail (x, "it has exceptional or abnormal control flow");

  if (last && gimple_code (last) == GIMPLE_COND)
    {
      gcond *c = as_a <gcond *> (last);
      edge te, fe;
      int op = xe_opcode (gimple_cond_code (c));
      if (op < 0 || !xir_op_is_compare (op))
        return xe_fail (x, "it branches on comparison %s",
                        get_tree_code_name (gimple_cond_code (c)));
      xir_operand a, b;
      if (!xe_operand (x, gimple_cond_lhs (c), &a)
          || !xe_operand (x, gimple_cond_rhs (c), &b))
        return false;
      xir_type at = xe_optype (x, &a);
      xe_coerce (x, &b, &at);
      extract_true_false_edges_from_block (bb, &te, &fe);
      uint32_t tt, ft;
      if (!xe_edge_target (x, te, &tt) || !xe_edge_target (x, fe, &ft))
        return false;
      t = &x->xf->blocks[x->cur].term;
      t->kind = XIR_K_COND;
      t->cmp = op;
      t->a = a;
      t->b = b;
      t->succ[0] = tt;
      t->succ[1] = ft;
      return true;
    }
  if (last && gimple_code (last) == GIMPLE_SWITCH)
    {
      gswitch *sw = as_a <gswitch *> (last);
      xir_operand a;
      unsigned n = gimple_switch_num_labels (sw);
      if (!xe_operand (x, gimple_switch_index (sw), &a))
        return false;
      if (a.kind != XIR_O_REG || x->xf->regs[a.idx].kind != XIR_T_INT)
        return xe_fail (x, "it switches on a non-integer");
      xir_case *cases = XNEWVEC (xir_case, n);
      uint32_t deflt = 0;
      for (unsigned i = 0; i < n; i++)
        {
          tree l = gimple_switch_label (sw, i);
          basic_block dest = label_to_block (x->fn, CASE_LABEL (l));
          edge de = find_edge (bb, dest);
          uint32_t tgt;
          if (!de || !xe_edge_target (x, de, &tgt))
            {
              free (cases);
              return de ? false : xe_fail (x, "it has a broken switch");
            }
          if (i == 0)
            {
              deflt = tgt;
              continue;
            }
          tree lo = CASE_LOW (l), hi = CASE_HIGH (l) ? CASE_HIGH (l) : lo;
          cases[i - 1].lo = (uint64_t) TREE_INT_CST_LOW (lo);
          cases[i - 1].hi = (uint64_t) TREE_INT_CST_LOW (hi);
          cases[i - 1].succ = tgt;
        }
      t = &x->xf->blocks[x->cur].term;
      t->kind = XIR_K_SWITCH;
      t->a = a;
      t->succ[0] = deflt;
      t->ncases = n - 1;
      t->cases = cases;
      return true;
    }
  if (last && gimple_code (last) == GIMPLE_RETURN)
    {
      tree rv = gimple_return_retval (as_a <greturn *> (last));
      t->kind = XIR_K_RETURN;
      if (rv)
        {
          if (TREE_CODE (rv) == RESULT_DECL)
            return xe_fail (x, "it returns through its result slot");
          xir_operand a;
          if (!xe_operand (x, rv, &a))
            return false;
          xe_coerce (x, &a, &x->xf->sigs[x->xf->sig].ret);
          t = &x->xf->blocks[x->cur].term;
          t->a = a;
        }
      return true;
    }
  if (last && (gimple_code (last) == GIMPLE_GOTO
               || gimple_code (last) == GIMPLE_RESX
               || gimple_code (last) == GIMPLE_EH_DISPATCH))
    return xe_fail (x, "it uses %s", gimple_code_name[gimple_code (last)]);
  if (EDGE_COUNT (bb->succs) == 0)
    {
      t->kind = XIR_K_UNREACHABLE;
      return true;
    }
  if (last && gimple_code (last) == GIMPLE_ASM
      && gimple_asm_nlabels (as_a <gasm *> (last)))
    {
      /* asm goto: the labels were done with the statement; this is the
         fall-through.  */
      edge ft = NULL;
      uint32_t tgt;
      FOR_EACH_EDGE (e, ei, bb->succs)
        if (e->flags & EDGE_FALLTHRU)
          ft = e;
      if (!ft)
        return xe_fail (x, "it has an asm goto without fall-through");
      if (!xe_edge_target (x, ft, &tgt))
        return false;
      t = &x->xf->blocks[x->cur].term;
      t->kind = XIR_K_GOTO;
      t->succ[0] = tgt;
      return true;
    }
  if (EDGE_COUNT (bb->succs) == 1)
    {
      e = single_succ_edge (bb);
      if (e->dest == EXIT_BLOCK_PTR_FOR_FN (x->fn))
        return xe_fail (x, "it leaves the function without a return");
      if (!xe_phi_copies (x, e))
        return false;
      t = &x->xf->blocks[x->cur].term;
      t->kind = XIR_K_GOTO;
      t->succ[0] = xe_block_of (x, e->dest);
      return true;
    }
  return xe_fail (x, "it has a block with unexpected control flow");
}


/* ---- inline asm -------------------------------------------------------------- */

/* Asm is copied into every consumer that inlines it: it must not define
   anything that may exist once only.  Labels must be local numeric labels
   ("1:"), operand-numbered ones ("%c0:" with a constant operand) or made
   unique with "%="; symbol assignments ("x = 1") are refused; directives
   must be on a list of those that only emit data or switch sections
   (.pushsection/.popsection, .long, .balign, .if ...).  Returns NULL or the
   reason.  */
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
  for (unsigned i = 0; i < ARRAY_SIZE (ok); i++)
    if (strlen (ok[i]) == n && !strncmp (q, ok[i], n))
      return true;
  return false;
}

static const char *
xe_asm_template_bad (const char *t, gasm *g)
{
  static char buf[128];
  const char *p = t;
  while (*p)
    {
      /* One statement: up to a newline or ';'.  */
      const char *e = p;
      while (*e && *e != '\n' && *e != ';')
        e++;
      const char *q = p;
      for (;;)
        {
          while (q < e && (*q == ' ' || *q == '\t'))
            q++;
          const char *c = q;
          while (c < e && (ISALNUM (*c) || *c == '_' || *c == '.' || *c == '$'
                           || *c == '%' || *c == '=' || *c == '['
                           || *c == ']'))
            c++;
          const char *after = c;
          while (after < e && (*after == ' ' || *after == '\t'))
            after++;
          if (c > q && after < e && *after == ':')
            {
              if (!xe_asm_label_ok (q, c, g))
                return "it has inline assembly that defines a non-numeric "
                       "label";
              q = after + 1;
              continue;
            }
          if (c > q && *q == '.' && !xe_asm_directive_ok (q + 1, e))
            {
              static const char *const definers[] = {
                "globl", "global", "weak", "weakref", "set", "equ", "equiv",
                "symver", "comm", "lcomm", "type", "size", "local", "hidden",
                "protected", "internal", "macro"
              };
              bool def = false;
              for (unsigned i = 0; i < ARRAY_SIZE (definers); i++)
                def |= ((size_t) (c - q - 1) == strlen (definers[i])
                        && !strncmp (q + 1, definers[i], c - q - 1));
              if (def)
                snprintf (buf, sizeof buf, "it has inline assembly that "
                          "defines a symbol ('%.*s')", (int) MIN (c - q, 40),
                          q);
              else
                snprintf (buf, sizeof buf, "it has inline assembly with "
                          "directive '%.*s', not known to be safe to "
                          "duplicate", (int) MIN (c - q, 40), q);
              return buf;
            }
          else if (c > q && after < e && *after == '=' && after[1] != '='
                   && !memchr (q, '%', c - q))
            return "it has inline assembly that defines a symbol";
          break;
        }
      p = *e ? e + 1 : e;
    }
  return NULL;
}

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

static void
xe_asm_free (xir_asm *a)
{
  if (!a)
    return;
  for (uint32_t i = 0; i < a->nout; i++)
    free (a->outs[i].constraint), free (a->outs[i].name);
  for (uint32_t i = 0; i < a->nin; i++)
    free (a->ins[i].constraint), free (a->ins[i].name);
  for (uint32_t i = 0; i < a->nclob; i++)
    free (a->clobbers[i]);
  for (uint32_t i = 0; i < a->nlabels; i++)
    free (a->label_names[i]);
  free (a->templ);
  free (a->outs);
  free (a->ins);
  free (a->clobbers);
  free (a->labels);
  free (a->label_names);
  free (a);
}

static bool
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
  bool ok = true;
  for (uint32_t i = 0; ok && i < a->nout; i++)
    ok = xe_asm_operand (x, gimple_asm_output_op (g, i), true, &a->outs[i]);
  for (uint32_t i = 0; ok && i < a->nin; i++)
    ok = xe_asm_operand (x, gimple_asm_input_op (g, i), false, &a->ins[i]);
  for (uint32_t i = 0; ok && i < a->nclob; i++)
    a->clobbers[i] = xstrdup (TREE_STRING_POINTER
                              (TREE_VALUE (gimple_asm_clobber_op (g, i))));
  for (uint32_t i = 0; ok && i < a->nlabels; i++)
    {
      tree l = gimple_asm_label_op (g, i);
      basic_block dest = label_to_block (x->fn, TREE_VALUE (l));
      edge e = dest ? find_edge (bb, dest) : NULL;
      if (!e)
        ok = xe_fail (x, "it has an asm goto without its edge");
      else
        ok = xe_edge_target (x, e, &a->labels[i]);
      if (TREE_PURPOSE (l))
        a->label_names[i] = xstrdup (TREE_STRING_POINTER (TREE_PURPOSE (l)));
    }
  if (!ok)
    {
      xe_asm_free (a);
      return false;
    }
  xe_stmt (x, XIR_S_ASM)->asm_ = a;
  return true;
}

static bool
xe_stmt_translate (xe_ctx *x, gimple *g, basic_block bb)
{
  switch (gimple_code (g))
    {
    case GIMPLE_DEBUG:
    case GIMPLE_NOP:
    case GIMPLE_PREDICT:
    case GIMPLE_COND:
    case GIMPLE_SWITCH:
    case GIMPLE_RETURN:
      return true;
    case GIMPLE_LABEL:
      {
        tree l = gimple_label_label (as_a <glabel *> (g));
        if (DECL_NONLOCAL (l) || FORCED_LABEL (l))
          return xe_fail (x, "it has a label whose address is taken");
        return true;
      }
    case GIMPLE_ASSIGN:
      return xe_assign (x, as_a <gassign *> (g));
    case GIMPLE_CALL:
      return xe_call (x, as_a <gcall *> (g));
    case GIMPLE_ASM:
      return xe_asm (x, as_a <gasm *> (g), bb);
    default:
      return xe_fail (x, "it contains a %s statement",
                      gimple_code_name[gimple_code (g)]);
    }
}

/* ---- the function ------------------------------------------------------- */

static bool
xe_translate (xe_ctx *x)
{
  function *fn = x->fn;
  basic_block bb;
  uint32_t i = 0;

  if (!xe_check_function (x))
    return false;

  /* Parameters are registers 0..n-1; one in memory gets a slot that is
     initialised from its register on entry.  */
  for (tree p = DECL_ARGUMENTS (x->fndecl); p; p = DECL_CHAIN (p), i++)
    {
      uint32_t r;
      if (!xe_new_reg (x, TREE_TYPE (p), &r))
        return false;
      if (r != i)
        return xe_fail (x, "its parameters are inconsistent");
      if (is_gimple_reg (p))
        {
          tree def = ssa_default_def (fn, p);
          if (def)
            x->ssa_reg[SSA_NAME_VERSION (def)] = r + 1;
        }
      else
        {
          if (!DECL_SIZE_UNIT (p) || !tree_fits_uhwi_p (DECL_SIZE_UNIT (p)))
            return xe_fail (x, "it has a parameter of variable size");
          unsigned s = xir_add_slot (x->xf, tree_to_uhwi (DECL_SIZE_UNIT (p)),
                                     DECL_ALIGN_UNIT (p),
                                     TREE_THIS_VOLATILE (p)
                                     ? XIR_SL_VOLATILE : 0, i);
          x->slot_of->put (p, s + 1);
        }
    }
  if (i != x->xf->sigs[x->xf->sig].nparams)
    return xe_fail (x, "its parameters do not match its type");

  /* Block 0 is the entry: it jumps to the first real block.  */
  uint32_t entry = xir_add_block (x->xf);
  FOR_EACH_BB_FN (bb, fn)
    x->bb_block[bb->index] = xir_add_block (x->xf) + 1;
  edge first = single_succ_edge (ENTRY_BLOCK_PTR_FOR_FN (fn));
  x->xf->blocks[entry].term.kind = XIR_K_GOTO;
  x->xf->blocks[entry].term.succ[0] = xe_block_of (x, first->dest);
  if (xe_has_phis (first->dest))
    return xe_fail (x, "it has PHI nodes at its entry");

  FOR_EACH_BB_FN (bb, fn)
    {
      x->cur = xe_block_of (x, bb);
      /* PHI results are set from their per-PHI registers first.  */
      for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
           gsi_next (&gsi))
        {
          tree res = gimple_phi_result (gsi.phi ());
          if (virtual_operand_p (res))
            continue;
          unsigned v = SSA_NAME_VERSION (res);
          uint32_t r;
          if (!x->phi_reg[v])
            {
              if (!xe_new_reg (x, TREE_TYPE (res), &r))
                return false;
              x->phi_reg[v] = r + 1;
            }
          if (!xe_ssa_reg (x, res, &r))
            return false;
          xir_operand a;
          xe_reg_op (&a, x->phi_reg[v] - 1);
          xe_assign2 (x, r, XIR_OP_MOV, &a, NULL);
        }
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
           gsi_next (&gsi))
        if (!xe_stmt_translate (x, gsi_stmt (gsi), bb))
          return false;
      if (!xe_terminate (x, bb))
        return false;
    }
  const char *bad = xir_func_check (x->xf, NULL);
  if (bad)
    return xe_fail (x, "its IR is inconsistent (%s)", bad);
  return true;
}

/* ---- dependencies (stale-DB detection) ---------------------------------- */

/* The files, other than the main input, that the exported bodies of this
   unit came from: where their statements, the functions inlined into
   them and the macros they expand were written, and where the
   declarations and structure types they use are defined.  Recorded with
   their hashes in the unit's metadata; the importer refuses the helpers
   when one of them has changed since (docs/DESIGN.md, "Stale DBs").  The
   names are the line maps' own strings, which live as long as the
   compilation.  */
static hash_set<const char *, false, nofree_string_hash> *xe_deps;

static void
xe_dep_file (const char *f)
{
  if (!f || !*f || *f == '<'
      || (main_input_filename && !strcmp (f, main_input_filename)))
    return;
  if (!xe_deps)
    xe_deps = new hash_set<const char *, false, nofree_string_hash>;
  xe_deps->add (f);
}

static void
xe_dep_loc (location_t loc)
{
  if (loc <= BUILTINS_LOCATION)
    return;
  xe_dep_file (expand_location (loc).file);
  if (linemap_location_from_macro_expansion_p (line_table, loc))
    {
      xe_dep_file (expand_location_to_spelling_point (loc).file);
      location_t def = linemap_resolve_location
        (line_table, loc, LRK_MACRO_DEFINITION_LOCATION, NULL);
      xe_dep_file (expand_location (def).file);
    }
}

/* Where type T (through pointers and arrays) is defined.  */
static void
xe_dep_type (tree t)
{
  for (int i = 0; t && TYPE_P (t) && i < 16; i++)
    {
      if (TYPE_NAME (t) && TREE_CODE (TYPE_NAME (t)) == TYPE_DECL)
        xe_dep_loc (DECL_SOURCE_LOCATION (TYPE_NAME (t)));
      tree m = TYPE_MAIN_VARIANT (t);
      if (RECORD_OR_UNION_TYPE_P (m) || TREE_CODE (m) == ENUMERAL_TYPE)
        {
          if (TYPE_STUB_DECL (m))
            xe_dep_loc (DECL_SOURCE_LOCATION (TYPE_STUB_DECL (m)));
          return;
        }
      if (!POINTER_TYPE_P (t) && TREE_CODE (t) != ARRAY_TYPE)
        return;
      t = TREE_TYPE (t);
    }
}

static tree
xe_dep_walk (tree *tp, int *walk_subtrees, void *)
{
  tree t = *tp;
  if (TYPE_P (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (DECL_P (t))
    {
      xe_dep_loc (DECL_SOURCE_LOCATION (t));
      xe_dep_type (TREE_TYPE (t));
      if (TREE_CODE (t) == FIELD_DECL && DECL_CONTEXT (t))
        xe_dep_type (DECL_CONTEXT (t));
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (EXPR_P (t))
    xe_dep_loc (EXPR_LOCATION (t));
  if (TREE_TYPE (t))
    xe_dep_type (TREE_TYPE (t));
  return NULL_TREE;
}

static void
xe_collect_deps (function *fn, tree fndecl)
{
  basic_block bb;
  xe_dep_loc (DECL_SOURCE_LOCATION (fndecl));
  xe_dep_type (TREE_TYPE (TREE_TYPE (fndecl)));
  for (tree p = DECL_ARGUMENTS (fndecl); p; p = DECL_CHAIN (p))
    xe_dep_type (TREE_TYPE (p));
  FOR_EACH_BB_FN (bb, fn)
    {
      for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
           gsi_next (&gsi))
        {
          gphi *phi = gsi.phi ();
          for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
            xe_dep_loc (gimple_phi_arg_location (phi, i));
        }
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
           gsi_next (&gsi))
        {
          gimple *g = gsi_stmt (gsi);
          xe_dep_loc (gimple_location (g));
          for (tree b = gimple_block (g); b && TREE_CODE (b) == BLOCK;
               b = BLOCK_SUPERCONTEXT (b))
            {
              tree o = block_ultimate_origin (b);
              if (o && TREE_CODE (o) == FUNCTION_DECL)
                xe_dep_loc (DECL_SOURCE_LOCATION (o));
            }
          struct walk_stmt_info wi;
          memset (&wi, 0, sizeof wi);
          walk_gimple_op (g, xe_dep_walk, &wi);
        }
    }
}

static int
xe_dep_cmp (const void *a, const void *b)
{
  return strcmp (((const xir_dep *) a)->path, ((const xir_dep *) b)->path);
}

/* Moves the collected files, with their hashes, into M.  A file that
   cannot be read now is left out (it cannot be checked later either).  */
static void
xe_take_deps (xir_meta *m)
{
  if (!xe_deps)
    return;
  m->deps = XNEWVEC (xir_dep, xe_deps->elements () + 1);
  m->ndeps = 0;
  for (hash_set<const char *, false, nofree_string_hash>::iterator it
         = xe_deps->begin (); it != xe_deps->end (); ++it)
    {
      uint64_t h = xir_file_hash (*it);
      if (!h)
        continue;
      m->deps[m->ndeps].path = xstrdup (*it);
      m->deps[m->ndeps].hash = h;
      m->ndeps++;
    }
  qsort (m->deps, m->ndeps, sizeof *m->deps, xe_dep_cmp);
  delete xe_deps;
  xe_deps = NULL;
}

static unsigned int
xe_execute (function *fn)
{
  tree d = fn->decl;
  enum xe_sel sel;
  const char *name;

  if (DECL_EXTERNAL (d) || !TREE_PUBLIC (d) || seen_error ())
    {
      if (!DECL_EXTERNAL (d) && !TREE_PUBLIC (d)
          && xe_selected (d) == XE_EXPLICIT)
        inform (DECL_SOURCE_LOCATION (d),
                "%s: %qs not exported: it has internal linkage (static)",
                XI_NAME, IDENTIFIER_POINTER (DECL_NAME (d)));
      return 0;
    }
  sel = xe_selected (d);
  if (sel == XE_NO)
    return 0;
  name = xe_name (d);

  xe_ctx x;
  memset (&x, 0, sizeof x);
  x.fn = fn;
  x.fndecl = d;
  x.xf = xir_func_new (name);
  x.ssa_reg = XCNEWVEC (uint32_t, num_ssa_names + 1);
  x.phi_reg = XCNEWVEC (uint32_t, num_ssa_names + 1);
  x.ovf = XCNEWVEC (struct xe_ovf, num_ssa_names + 1);
  x.bb_block = XCNEWVEC (uint32_t, last_basic_block_for_fn (fn) + 1);
  x.slot_of = new hash_map<tree, unsigned>;

  bool ok = xe_translate (&x);
  uint32_t nstmts = 0;
  if (ok)
    {
      for (uint32_t b = 0; b < x.xf->nblocks; b++)
        nstmts += x.xf->blocks[b].nstmts;
      x.xf->nstmts_total = nstmts;
      if (sel == XE_AUTO && nstmts > (uint32_t) xi_opts.export_auto)
        {
          ok = false;
          xe_fail (&x, "it has %u statement%s, more than export-auto=%d",
                   nstmts, nstmts == 1 ? "" : "s", xi_opts.export_auto);
        }
    }
  if (ok)
    {
      xe_funcs = XRESIZEVEC (xir_func *, xe_funcs, xe_nfuncs + 1);
      xe_funcs[xe_nfuncs++] = x.xf;
      xe_collect_deps (fn, d);
      if (xi_opts.verbose)
        inform (DECL_SOURCE_LOCATION (d), "%s: %qs exported (%u %s)",
                XI_NAME, name, nstmts, nstmts == 1 ? "statement" : "statements");
    }
  else
    {
      if (sel == XE_EXPLICIT || xi_opts.verbose)
        inform (DECL_SOURCE_LOCATION (d), "%s: %qs not exported: %s",
                XI_NAME, name, x.why);
      xir_func_free (x.xf);
    }
  free (x.ssa_reg);
  free (x.phi_reg);
  free (x.ovf);
  free (x.bb_block);
  delete x.slot_of;
  return 0;
}

/* ---- the pass and the section ------------------------------------------- */

const pass_data xe_pass_data = {
  GIMPLE_PASS, "xinline_export", OPTGROUP_NONE, TV_NONE,
  PROP_ssa | PROP_cfg, 0, 0, 0, 0
};

class xe_pass : public gimple_opt_pass
{
public:
  xe_pass () : gimple_opt_pass (xe_pass_data, g) {}
  virtual unsigned int execute (function *fn) { return xe_execute (fn); }
};

static int
xe_cmp (const void *a, const void *b)
{
  return strcmp ((*(xir_func *const *) a)->name,
                 (*(xir_func *const *) b)->name);
}

static void
xe_finish_unit (void *, void *)
{
  if (!xe_nfuncs || seen_error ())
    return;
  xir_meta m;
  xir_buf b;
  xi_current_meta (&m);
  xe_take_deps (&m);
  xir_buf_init (&b);
  qsort (xe_funcs, xe_nfuncs, sizeof *xe_funcs, xe_cmp);
  xir_encode_unit (&b, &m, xe_funcs, xe_nfuncs);
  /* Non-allocated and excluded from final links ("e"): like .gnu.lto_*,
     it survives ld -r and archives but never reaches an executable image.
     Of type SHT_NOTE, which the kernel's modpost accepts in modules (it
     warns about other non-allocated sections).  GCC's section flags cannot
     say @note, so the directive is written here, and GCC is told it no
     longer knows the current section.  */
  fprintf (asm_out_file, "\t.section\t.gnu.xinline,\"e\",@note\n");
  in_section = NULL;
  for (size_t o = 0; o < b.len; o += 4096)
    assemble_string ((const char *) b.data + o, MIN ((size_t) 4096, b.len - o));
  xir_buf_free (&b);
  xir_meta_free (&m);
  for (unsigned i = 0; i < xe_nfuncs; i++)
    xir_func_free (xe_funcs[i]);
  xe_nfuncs = 0;
}

/* Before early inlining: the static inline functions an explicitly
   selected helper calls (and the ones they call) are what the helper is a
   wrapper for; they must end up inside the exported body, or it would
   reference functions with internal linkage.  Give them the inliner's
   always-inline treatment (DECL_DISREGARD_INLINE_LIMITS, without the
   attribute, so a failed inline stays a call and never becomes an
   error).  Other callers of those functions in this unit are affected too;
   inlining never changes meaning.  */
static void
xe_prepare (void *, void *)
{
  if (!optimize || seen_error ())
    return;
  auto_vec<cgraph_node *> work;
  hash_set<tree> seen;
  cgraph_node *node;
  FOR_EACH_DEFINED_FUNCTION (node)
    if (TREE_PUBLIC (node->decl) && !DECL_EXTERNAL (node->decl)
        && xe_selected (node->decl) == XE_EXPLICIT)
      work.safe_push (node);
  for (unsigned i = 0; i < work.length () && i < 10000; i++)
    for (cgraph_edge *e = work[i]->callees; e; e = e->next_callee)
      {
        cgraph_node *c = e->callee->ultimate_alias_target ();
        tree d = c->decl;
        if (TREE_PUBLIC (d) || !DECL_DECLARED_INLINE_P (d) || !c->definition
            || DECL_UNINLINABLE (d) || seen.add (d)
            || lookup_attribute ("noinline", DECL_ATTRIBUTES (d))
            || lookup_attribute ("noipa", DECL_ATTRIBUTES (d)))
          continue;
        DECL_DISREGARD_INLINE_LIMITS (d) = 1;
        work.safe_push (c);
      }
}

static void
xe_start_unit (void *, void *)
{
  if (!optimize)
    warning (0, "%s: export needs optimization (%<-O1%> or higher); "
             "nothing is exported from this unit", XI_NAME);
}

void
xi_export_init (const char *plugin_name)
{
  struct register_pass_info pi;
  pi.pass = new xe_pass ();
  pi.reference_pass_name = "fnsplit";
  pi.ref_pass_instance_number = 1;
  pi.pos_op = PASS_POS_INSERT_BEFORE;
  register_callback (plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &pi);
  register_callback (plugin_name, PLUGIN_START_UNIT, xe_start_unit, NULL);
  register_callback (plugin_name, PLUGIN_ALL_IPA_PASSES_START, xe_prepare,
                     NULL);
  register_callback (plugin_name, PLUGIN_FINISH_UNIT, xe_finish_unit, NULL);
}
