/* export-mem.c - memory in an exported body: the objects a reference is
 * based on (locals as slots, external symbols, literals and static state
 * as pool entries), the address arithmetic of a reference, named address
 * spaces, bit-fields lowered to byte accesses, loads and stores.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "export-int.h"

/* ---- objects ------------------------------------------------------------ */

/* The size of variable VAR in SIZE, if it is known and 1 .. MAX bytes.  */
static bool
xe_var_size (tree var, unsigned HOST_WIDE_INT max,
             unsigned HOST_WIDE_INT *size)
{
  if (!DECL_SIZE_UNIT (var) || !tree_fits_uhwi_p (DECL_SIZE_UNIT (var)))
    return false;
  *size = tree_to_uhwi (DECL_SIZE_UNIT (var));
  return *size != 0 && *size <= max;
}

/* A pool entry of KIND holding the SIZE bytes of VAR: its initializer,
   zeros without one.  False if the initializer is not plain bytes.  */
static bool
xe_var_pool (xe_ctx *x, tree var, unsigned HOST_WIDE_INT size, uint8_t kind,
             uint32_t *pool)
{
  unsigned char *buf = XCNEWVEC (unsigned char, size);
  tree init = DECL_INITIAL (var);
  bool ok = (!init || init == error_mark_node
             || native_encode_initializer (init, buf, size, 0, NULL)
                == (int) size);
  if (ok)
    *pool = xir_add_pool (x->xf, kind, DECL_ALIGN_UNIT (var), buf, size);
  free (buf);
  return ok;
}

/* A static, read-only, compiler-generated object whose initializer is plain
   bytes (switch-conversion tables): carried as a pool entry.  */
static bool
xe_rodata (xe_ctx *x, tree var, uint32_t *pool)
{
  tree init = DECL_INITIAL (var);
  unsigned HOST_WIDE_INT size;
  if (!DECL_ARTIFICIAL (var) || !TREE_READONLY (var) || !init
      || init == error_mark_node || TREE_THIS_VOLATILE (var)
      || !xe_var_size (var, 65536, &size))
    return false;
  return xe_var_pool (x, var, size, XIR_POOL_RODATA, pool);
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
  unsigned HOST_WIDE_INT size;
  /* Only "once" flags (the kernel's .data.once: DO_ONCE_LITE, WARN_ONCE):
     a copy per unit only makes a warning print once per copy.  Any other
     state must stay shared with the provider's out-of-line code.  */
  if (!DECL_SECTION_NAME (var) || strcmp (DECL_SECTION_NAME (var), ".data.once"))
    return false;
  if (!ctx || TREE_CODE (ctx) != FUNCTION_DECL || ctx == x->fndecl
      || TREE_PUBLIC (ctx) || !DECL_DECLARED_INLINE_P (ctx)
      || TREE_THIS_VOLATILE (var) || !xe_var_size (var, 4096, &size))
    return false;
  unsigned *known = x->slot_of->get (var);
  if (known)
    {
      *pool = *known - 1;
      return true;
    }
  if (!xe_var_pool (x, var, size, XIR_POOL_STATIC, pool))
    return false;
  x->slot_of->put (var, *pool + 1);
  return true;
}

/* A new slot for DECL, a local or (PARAM >= 0) parameter PARAM in memory,
   of SIZE bytes.  */
static uint32_t
xe_decl_slot (xe_ctx *x, tree decl, unsigned HOST_WIDE_INT size,
              int32_t param)
{
  uint32_t s = xir_add_slot (x->xf, size, DECL_ALIGN_UNIT (decl),
                             TREE_THIS_VOLATILE (decl) ? XIR_SL_VOLATILE : 0,
                             param);
  x->slot_of->put (decl, s + 1);
  return s;
}

/* Parameter P, number I, lives in memory: a slot initialised from its
   register on entry.  */
bool
xe_param_slot (xe_ctx *x, tree p, uint32_t i)
{
  if (!DECL_SIZE_UNIT (p) || !tree_fits_uhwi_p (DECL_SIZE_UNIT (p)))
    return xe_fail (x, "it has a parameter of variable size");
  xe_decl_slot (x, p, tree_to_uhwi (DECL_SIZE_UNIT (p)), i);
  return true;
}

/* Parameter P, number I, is an aggregate passed by value: register I has
   the signature's BLOB type and no value; P's slot holds its bytes.  */
bool
xe_blob_param (xe_ctx *x, tree p, uint32_t i)
{
  const xir_type *t = &x->xf->sigs[x->xf->sig].params[i];
  if (DECL_BY_REFERENCE (p))
    return xe_fail (x, "it receives an aggregate by invisible reference");
  if (xir_add_reg (x->xf, *t) != i)
    return xe_fail (x, "its parameters are inconsistent");
  if (!DECL_SIZE_UNIT (p) || !tree_fits_uhwi_p (DECL_SIZE_UNIT (p))
      || tree_to_uhwi (DECL_SIZE_UNIT (p)) != t->size)
    return xe_fail (x, "it has a parameter whose size differs from its type");
  xe_decl_slot (x, p, t->size, i);
  return true;
}

/* A local variable in memory: its slot, made on first use.  */
static bool
xe_local_slot (xe_ctx *x, tree decl, uint32_t *slot)
{
  unsigned *known = x->slot_of->get (decl);
  if (known)
    {
      *slot = *known - 1;
      return true;
    }
  if (!DECL_SIZE_UNIT (decl) || !tree_fits_uhwi_p (DECL_SIZE_UNIT (decl))
      || tree_to_uhwi (DECL_SIZE_UNIT (decl)) > XIR_MAX_BYTES)
    return xe_fail (x, "it has a local of variable size");
  *slot = xe_decl_slot (x, decl, tree_to_uhwi (DECL_SIZE_UNIT (decl)), -1);
  return true;
}

/* Sets O to the address of variable DECL.  */
static bool
xe_var_base (xe_ctx *x, tree decl, xir_operand *o)
{
  uint32_t pool;
  if (DECL_THREAD_LOCAL_P (decl))
    return xe_fail (x, "it references thread-local variable '%s'",
                    xe_name (decl));
  if (DECL_HARD_REGISTER (decl) && is_global_var (decl))
    return xe_fail (x, "it uses global register variable '%s' other than "
                    "as an inline assembly operand",
                    IDENTIFIER_POINTER (DECL_NAME (decl)));
  if (!ADDR_SPACE_GENERIC_P (TYPE_ADDR_SPACE (TREE_TYPE (decl)))
      && !TREE_PUBLIC (decl))
    return xe_fail (x, "it references '%s', a variable in address space "
                    "'%s' without external linkage; declare it extern in "
                    "a header", xe_name (decl),
                    xi_addr_space_name (TYPE_ADDR_SPACE (TREE_TYPE (decl))));
  /* A local register variable (register long r asm ("r10")) is an
     ordinary local outside the asm operands that bind it.  */
  if (!TREE_STATIC (decl) && !DECL_EXTERNAL (decl))
    {
      o->kind = XIR_O_SLOT;
      return xe_local_slot (x, decl, &o->idx);
    }
  if (TREE_PUBLIC (decl))
    {
      o->kind = XIR_O_SYM;
      o->idx = xe_var_sym (x, decl);
      return true;
    }
  if (xe_rodata (x, decl, &pool) || xe_inline_static (x, decl, &pool))
    {
      o->kind = XIR_O_POOL;
      o->idx = pool;
      return true;
    }
  if (DECL_CONTEXT (decl) && TREE_CODE (DECL_CONTEXT (decl)) == FUNCTION_DECL)
    return xe_fail (x, "it uses static local variable '%s'",
                    IDENTIFIER_POINTER (DECL_NAME (decl)));
  return xe_fail (x, "it references '%s', which has internal linkage",
                  DECL_NAME (decl) ? IDENTIFIER_POINTER (DECL_NAME (decl))
                  : "<anon>");
}

/* Sets O to the address of DECL (a base object).  */
static bool
xe_decl_base (xe_ctx *x, tree decl, xir_operand *o)
{
  memset (o, 0, sizeof *o);
  switch (TREE_CODE (decl))
    {
    case VAR_DECL:
      return xe_var_base (x, decl, o);
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
      /* The result of a function returning an aggregate by value is
         built in a slot, whose address the RETURN names.  */
      if (x->xf->sigs[x->xf->sig].ret.kind == XIR_T_BLOB
          && !DECL_BY_REFERENCE (decl))
        {
          o->kind = XIR_O_SLOT;
          return xe_local_slot (x, decl, &o->idx);
        }
      return xe_fail (x, "it uses its return slot in memory");
    case CONST_DECL:
    case LABEL_DECL:
    default:
      return xe_fail (x, "it takes the address of a %s",
                      get_tree_code_name (TREE_CODE (decl)));
    }
}

/* ---- addresses ------------------------------------------------------------ */

/* Adds variable index IDX times SCALE bytes to M (one entry per index
   register).  */
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

/* Adds the offset of COMPONENT_REF REF's field (not a bit-field) to OFF.  */
static bool
xe_field_offset (xe_ctx *x, tree ref, poly_offset_int *off)
{
  tree field = TREE_OPERAND (ref, 1);
  tree foff = component_ref_field_offset (ref);
  tree otype = TREE_TYPE (TREE_OPERAND (ref, 0));
  if (DECL_BIT_FIELD (field))
    return xe_fail (x, "it accesses a bit-field in an unexpected way");
  if (!foff || !tree_fits_shwi_p (foff)
      || !tree_fits_shwi_p (DECL_FIELD_BIT_OFFSET (field))
      || tree_to_shwi (DECL_FIELD_BIT_OFFSET (field)) % 8)
    return xe_fail (x, "it accesses a field at a variable or non-byte "
                    "offset");
  if (TREE_CODE (otype) != RECORD_TYPE && TREE_CODE (otype) != UNION_TYPE)
    return xe_fail (x, "it accesses a field of a %s",
                    get_tree_code_name (TREE_CODE (otype)));
  if (TYPE_REVERSE_STORAGE_ORDER (otype))
    return xe_fail (x, "it uses reverse scalar storage order");
  *off += tree_to_shwi (foff);
  *off += tree_to_shwi (DECL_FIELD_BIT_OFFSET (field)) / 8;
  return true;
}

/* Adds the element offset of ARRAY_REF REF to OFF, or its variable index
   to M.  */
static bool
xe_element_offset (xe_ctx *x, tree ref, xir_mem *m, poly_offset_int *off)
{
  tree elsz = array_ref_element_size (ref);
  tree low = array_ref_low_bound (ref);
  tree idx = TREE_OPERAND (ref, 1);
  if (!elsz || !tree_fits_shwi_p (elsz) || !tree_fits_shwi_p (low))
    return xe_fail (x, "it indexes an array of variable-size elements");
  if (TYPE_REVERSE_STORAGE_ORDER (TREE_TYPE (TREE_OPERAND (ref, 0))))
    return xe_fail (x, "it uses reverse scalar storage order");
  HOST_WIDE_INT es = tree_to_shwi (elsz);
  *off -= (offset_int) tree_to_shwi (low) * es;
  if (TREE_CODE (idx) != INTEGER_CST)
    return xe_add_index (x, m, idx, es);
  if (!tree_fits_shwi_p (idx))
    return xe_fail (x, "it uses a huge array index");
  *off += (offset_int) tree_to_shwi (idx) * es;
  return true;
}

/* A byte-aligned, whole-bytes BIT_FIELD_REF of an object (GCC's folding
   of single-bit tests): an access at that offset, added to OFF.  */
static bool
xe_piece_offset (xe_ctx *x, tree ref, poly_offset_int *off)
{
  tree sz = TREE_OPERAND (ref, 1), pos = TREE_OPERAND (ref, 2);
  if (!tree_fits_uhwi_p (sz) || !tree_fits_uhwi_p (pos)
      || tree_to_uhwi (sz) % 8 || tree_to_uhwi (pos) % 8
      || REF_REVERSE_STORAGE_ORDER (ref))
    return xe_fail (x, "it uses a bit_field_ref memory reference");
  *off += tree_to_uhwi (pos) / 8;
  return true;
}

/* Stores the constant offset OFF into M once its base is known.  */
static bool
xe_address_done (xe_ctx *x, const poly_offset_int &off, xir_mem *m)
{
  poly_int64 coff;
  if (!off.to_shwi (&coff) || !coff.is_constant ())
    return xe_fail (x, "it uses a huge memory offset");
  m->off = coff.to_constant ();
  if (m->base.kind == XIR_O_CONST && m->base.type.kind != XIR_T_PTR)
    return xe_fail (x, "it dereferences a non-pointer constant");
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
      bool ok = true;
      switch (TREE_CODE (ref))
        {
        case COMPONENT_REF:
          ok = xe_field_offset (x, ref, &off);
          break;
        case ARRAY_REF:
          ok = xe_element_offset (x, ref, m, &off);
          break;
        case BIT_FIELD_REF:
          ok = xe_piece_offset (x, ref, &off);
          break;
        case VIEW_CONVERT_EXPR:
          break;
        case MEM_REF:
          {
            tree base = TREE_OPERAND (ref, 0);
            off += mem_ref_offset (ref);
            if (TREE_CODE (base) != ADDR_EXPR)
              return (xe_operand (x, base, &m->base)
                      && xe_address_done (x, off, m));
            /* &decl, &"string", or a further reference.  */
            ref = TREE_OPERAND (base, 0);
            if (TREE_CODE (ref) == MEM_REF || handled_component_p (ref))
              continue;
            return (xe_decl_base (x, ref, &m->base)
                    && xe_address_done (x, off, m));
          }
        case VAR_DECL:
        case PARM_DECL:
        case RESULT_DECL:
        case STRING_CST:
        case FUNCTION_DECL:
          return xe_decl_base (x, ref, &m->base) && xe_address_done (x, off, m);
        case TARGET_MEM_REF:
        case REALPART_EXPR:
        case IMAGPART_EXPR:
        case ARRAY_RANGE_REF:
        default:
          return xe_fail (x, "it uses a %s memory reference",
                          get_tree_code_name (TREE_CODE (ref)));
        }
      if (!ok)
        return false;
      ref = TREE_OPERAND (ref, 0);
    }
}

/* A named address space is reached only through a pointer into it: M's
   base must be a register or constant pointing into M's space, and any
   access through such a pointer must be in its space.  */
static bool
xe_as_ok (xe_ctx *x, const xir_mem *m)
{
  if (m->base.kind == XIR_O_SYM
      && x->xf->syms[m->base.idx].kind == XIR_SYM_VAR
      && (m->as || x->xf->syms[m->base.idx].as))
    {
      /* A variable declared in a named space, accessed in it.  */
      if (m->as != x->xf->syms[m->base.idx].as)
        return xe_fail (x, "it accesses variable '%s' of address space "
                        "'%s' in address space '%s'",
                        x->xf->syms[m->base.idx].name,
                        xi_addr_space_name (x->xf->syms[m->base.idx].as),
                        xi_addr_space_name (m->as));
      return true;
    }
  const xir_type *bt = xe_base_type (x, &m->base);
  if ((m->as || bt) && (!bt || bt->as != m->as))
    return xe_fail (x, "it accesses %s memory through an address of %s "
                    "memory (a cast between address spaces)",
                    xi_addr_space_name (m->as),
                    xi_addr_space_name (bt ? bt->as : 0));
  return true;
}

/* O = &T's object (T an ADDR_EXPR), with an ADDR statement into a new
   register when the address needs code.  */
bool
xe_addr_operand (xe_ctx *x, tree t, xir_operand *o)
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
  const xir_type *bt = xe_base_type (x, &m.base);
  if (!bt && m.nidx == 0)
    {
      *o = m.base;
      o->off += m.off;
      return true;
    }
  uint32_t r;
  if (!xe_new_reg (x, TREE_TYPE (t), &r))
    return false;
  m.type = x->xf->regs[r];
  m.align = 1;
  /* xe_new_reg may have moved the registers.  */
  bt = xe_base_type (x, &m.base);
  if (bt)
    m.as = bt->as;
  else if (m.base.kind == XIR_O_SYM)
    m.as = xe_optype (x, &m.base).as;
  xir_stmt *s = xe_stmt (x, XIR_S_ADDR);
  s->dst = r;
  s->mem[0] = m;
  xe_reg_op (o, r);
  return true;
}

/* O = the address of object OBJ (an aggregate passed or returned by
   value: a local, a parameter, the result, a MEM_REF or a component).  */
bool
xe_object_addr (xe_ctx *x, tree obj, xir_operand *o)
{
  if (!xe_memref_p (obj) && !DECL_P (obj))
    return xe_fail (x, "it passes or returns an aggregate value that is not "
                    "in memory");
  if (TREE_THIS_VOLATILE (obj) || TYPE_VOLATILE (TREE_TYPE (obj)))
    return xe_fail (x, "it passes or returns a volatile aggregate by value");
  return xe_addr_operand (x, build1 (ADDR_EXPR,
                                     build_pointer_type (TREE_TYPE (obj)),
                                     obj), o);
}

/* ---- accesses ------------------------------------------------------------ */

/* Is the access REF, or an object it is part of, volatile?  */
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
bool
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
  return xe_address (x, ref, m) && xe_as_ok (x, m);
}

/* The access of a TYPE value in SLOT.  */
xir_mem
xe_slot_mem (uint32_t slot, const xir_type *t, uint32_t align)
{
  xir_mem m;
  memset (&m, 0, sizeof m);
  m.base.kind = XIR_O_SLOT;
  m.base.idx = slot;
  m.type = *t;
  m.align = align;
  return m;
}

/* A memory reference as an assignment side (not a register or constant).  */
bool
xe_memref_p (tree t)
{
  return (handled_component_p (t) || TREE_CODE (t) == MEM_REF
          || TREE_CODE (t) == TARGET_MEM_REF
          || (DECL_P (t) && !is_gimple_reg (t))
          || TREE_CODE (t) == STRING_CST);
}

/* ---- bit-fields ------------------------------------------------------------ */

/* Is REF a bit-field access?  */
bool
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

/* Where FIELD lies in its representative REP: sets BF's bit and byte
   positions and its pieces.  */
static bool
xe_bitfield_layout (xe_ctx *x, tree field, tree rep, struct xe_bf *bf)
{
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
  return true;
}

/* The layout of bit-field access REF and the address of its
   representative.  */
static bool
xe_bitfield (xe_ctx *x, tree ref, struct xe_bf *bf)
{
  tree field = TREE_OPERAND (ref, 1);
  tree rep = DECL_BIT_FIELD_REPRESENTATIVE (field);
  if (!rep || BYTES_BIG_ENDIAN)
    return xe_fail (x, "it accesses a bit-field without a representative");
  if (!xe_bitfield_layout (x, field, rep, bf))
    return false;
  /* Only the representative's address matters (its type may be a wide
     integer): the pieces have types of their own.  */
  tree repref = build3 (COMPONENT_REF, TREE_TYPE (rep), TREE_OPERAND (ref, 0),
                        rep, NULL_TREE);
  memset (&bf->rep, 0, sizeof bf->rep);
  unsigned int align = get_object_alignment (repref) / BITS_PER_UNIT;
  bf->rep.align = align ? align : 1;
  bf->rep.as = TYPE_ADDR_SPACE (TREE_TYPE (ref));
  if (!xe_address (x, repref, &bf->rep) || !xe_as_ok (x, &bf->rep))
    return false;
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

/* N low bits set.  */
static uint64_t
xe_ones (unsigned n)
{
  return n >= 64 ? ~(uint64_t) 0 : (((uint64_t) 1 << n) - 1);
}

/* Emits DST = A OP constant C, all of type T but the shift count.  */
static void
xe_op_const (xe_ctx *x, uint32_t dst, uint8_t op, uint32_t a, xir_type t,
             uint64_t c)
{
  xir_operand oa, oc;
  xir_type ct = (op == XIR_OP_SHL || op == XIR_OP_SHR) ? xe_uint (4) : t;
  xe_reg_op (&oa, a);
  xe_const (&oc, &ct, c);
  xe_assign2 (x, dst, op, &oa, &oc);
}

/* Emits DST = OP (A, B), registers.  */
static void
xe_op_regs (xe_ctx *x, uint32_t dst, uint8_t op, uint32_t a, int32_t b)
{
  xir_operand oa, ob;
  xe_reg_op (&oa, a);
  if (b >= 0)
    xe_reg_op (&ob, b);
  xe_assign2 (x, dst, op, &oa, b >= 0 ? &ob : NULL);
}

/* DST = bit-field REF.  */
static bool
xe_bitfield_load (xe_ctx *x, tree ref, uint32_t dst)
{
  struct xe_bf bf;
  xir_type dt = x->xf->regs[dst];
  xir_type u64 = xe_uint (8);
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
      xe_op_regs (x, w, XIR_OP_CONV, r, -1);
      if (bf.pstart[i] != bf.b0)
        {
          uint32_t w2 = xir_add_reg (x->xf, u64);
          xe_op_const (x, w2, XIR_OP_SHL, w, u64, 8 * (bf.pstart[i] - bf.b0));
          w = w2;
        }
      if (i == 0)
        acc = w;
      else
        {
          uint32_t n = xir_add_reg (x->xf, u64);
          xe_op_regs (x, n, XIR_OP_OR, acc, w);
          acc = n;
        }
    }
  uint32_t r1 = xir_add_reg (x->xf, u64), r2 = xir_add_reg (x->xf, u64);
  xe_op_const (x, r1, XIR_OP_SHR, acc, u64, bf.pos - 8 * bf.b0);
  xe_op_const (x, r2, XIR_OP_AND, r1, u64, xe_ones (bf.width));
  xe_op_regs (x, dst, XIR_OP_CONV, r2, -1);
  return true;
}

/* Stores bits of V64 (the new field value in the low bits) into piece I
   of BF: a read-modify-write of the piece that keeps its other bits.  The
   new bits are computed before the old piece is loaded, as GCC expands a
   bit-field store: the old value then dies at its mask, so no register
   copy keeps it alive across the new value's arithmetic.  */
static void
xe_bitfield_store_piece (xe_ctx *x, const struct xe_bf *bf, unsigned i,
                         uint32_t v64)
{
  xir_mem m = xe_bf_piece (bf, i);
  xir_type pt = m.type, u64 = xe_uint (8);
  unsigned pbit = 8 * bf->pstart[i];
  unsigned lo = MAX (bf->pos, pbit) - pbit;
  unsigned hi = MIN (bf->pos + bf->width, pbit + 8 * bf->psize[i]) - pbit;
  uint64_t pmask = xe_ones (hi - lo) << lo;
  uint64_t pfull = xe_ones (8 * bf->psize[i]);
  uint32_t old = xir_add_reg (x->xf, pt), kept = xir_add_reg (x->xf, pt);
  uint32_t part = xir_add_reg (x->xf, u64), pn = xir_add_reg (x->xf, pt);
  uint32_t ps = xir_add_reg (x->xf, pt), pm = xir_add_reg (x->xf, pt);
  uint32_t nw = xir_add_reg (x->xf, pt);
  xe_op_const (x, part, XIR_OP_SHR, v64, u64,
               MAX (bf->pos, pbit) - bf->pos);               /* bits for here */
  xe_op_regs (x, pn, XIR_OP_CONV, part, -1);
  xe_op_const (x, ps, XIR_OP_SHL, pn, pt, lo);
  xe_op_const (x, pm, XIR_OP_AND, ps, pt, pmask);
  xir_stmt *s = xe_stmt (x, XIR_S_LOAD);
  s->dst = old;
  s->mem[0] = m;
  xe_op_const (x, kept, XIR_OP_AND, old, pt, ~pmask & pfull); /* old & ~mask */
  xe_op_regs (x, nw, XIR_OP_OR, kept, pm);
  s = xe_stmt (x, XIR_S_STORE);
  s->mem[0] = m;
  s->nops = 1;
  xe_reg_op (&s->ops[0], nw);
}

/* bit-field REF = VAL.  */
static bool
xe_bitfield_store (xe_ctx *x, tree ref, tree val)
{
  struct xe_bf bf;
  xir_operand v;
  if (!xe_bitfield (x, ref, &bf) || !xe_operand (x, val, &v))
    return false;
  uint32_t v64 = xir_add_reg (x->xf, xe_uint (8));
  xe_assign2 (x, v64, XIR_OP_CONV, &v, NULL);
  for (unsigned i = 0; i < bf.npieces; i++)
    xe_bitfield_store_piece (x, &bf, i, v64);
  return true;
}

/* ---- loads and stores ----------------------------------------------------- */

/* DST = REF, through a register of the memory's type and a conversion
   when the two types differ.  */
bool
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
    xe_op_regs (x, dst, XIR_OP_CONV, into, -1);
  return true;
}

/* REF = VAL.  */
bool
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
