/* typemap.c - the mapping between GCC's types and the IR's, both
 * directions, and the description of GCC's target that the IR checker
 * takes (xir_target).
 */
#include "xinline-gcc.h"
#include "xinline-int.h"

/* The largest integer the IR carries for this target: 16 bytes where
   the back end supports a 128-bit integer mode (x86-64's TImode), else 8.  */
static unsigned
xi_max_int_bytes (void)
{
  scalar_int_mode m;
  if (int_mode_for_size (128, 0).exists (&m)
      && targetm.scalar_mode_supported_p (m))
    return 16;
  return 8;
}

/* The target as the IR checker sees it (xir_func_check).  */
void
xi_gcc_target (xir_target *t)
{
  memset (t, 0, sizeof *t);
  t->ptr_bits = POINTER_SIZE;
  t->int_bits = TYPE_PRECISION (integer_type_node);
  t->max_scalar_bytes = xi_max_int_bytes ();
  for (unsigned bits = 8; bits <= 64; bits *= 2)
    {
      scalar_int_mode m;
      if (int_mode_for_size (2 * bits, 0).exists (&m)
          && targetm.scalar_mode_supported_p (m))
        t->mulh_max_bits = bits;
    }
  t->addr_spaces = 1;
  for (unsigned as = 1; as < 16; as++)
    if (targetm.addr_space.valid_pointer_mode (ptr_mode, as))
      t->addr_spaces |= 1u << as;
}

/* The names come from the target's definitions, not from the C front end
   (whose keyword table the plugin cannot use in lto1).  */
const char *
xi_addr_space_name (unsigned as)
{
  static char buf[32];
  if (as == 0)
    return "generic";
#ifdef DEFAULT_TLS_SEG_REG
  /* x86: ADDR_SPACE_SEG_FS and ADDR_SPACE_SEG_GS of i386-protos.h.  */
  if (as == 1)
    return "__seg_fs";
  if (as == 2)
    return "__seg_gs";
#endif
  snprintf (buf, sizeof buf, "address space %u", as);
  return buf;
}

/* ---- GCC -> IR types --------------------------------------------------- */

/* Maps TYPE to an IR type.  MEMORY allows aggregates (as BLOBs).  */
const char *
xi_type_of (tree type, xir_type *t, bool memory)
{
  memset (t, 0, sizeof *t);
  switch (TREE_CODE (type))
    {
    case VOID_TYPE:
      t->kind = XIR_T_VOID;
      return NULL;
    case INTEGER_TYPE:
    case ENUMERAL_TYPE:
    case BOOLEAN_TYPE:
      if (!TYPE_SIZE_UNIT (type) || !tree_fits_uhwi_p (TYPE_SIZE_UNIT (type)))
        return "integer type of unknown size";
      if (TYPE_PRECISION (type) > 8 * xi_max_int_bytes ())
        return (xi_max_int_bytes () > 8 ? "integer wider than 128 bits"
                : "integer wider than 64 bits, which this target has no "
                  "mode for");
      t->size = tree_to_uhwi (TYPE_SIZE_UNIT (type));
      t->prec = TYPE_PRECISION (type);
      t->uns = TYPE_UNSIGNED (type);
      if (TREE_CODE (type) == BOOLEAN_TYPE)
        {
          if (t->prec != 1 || t->size != 1)
            return "non-C boolean type";
          t->kind = XIR_T_BOOL;
          t->uns = 1;
        }
      else
        t->kind = XIR_T_INT;
      if (t->size * 8 < t->prec || t->size > xi_max_int_bytes ())
        return "integer type of odd layout";
      return NULL;
    case POINTER_TYPE:
    case REFERENCE_TYPE:
      if (TYPE_PRECISION (type) != POINTER_SIZE)
        return "pointer of non-default size";
      t->kind = XIR_T_PTR;
      t->size = POINTER_SIZE / BITS_PER_UNIT;
      t->prec = POINTER_SIZE;
      t->as = TYPE_ADDR_SPACE (TREE_TYPE (type));
      if (t->as >= 16)
        return "pointer into an unknown address space";
      return NULL;
    case REAL_TYPE:
    case COMPLEX_TYPE:
    case FIXED_POINT_TYPE:
      return ("floating-point or complex value (xinline carries only "
              "integer and pointer values: keep this helper out of line)");
    case VECTOR_TYPE:
      return ("vector value (xinline carries only scalar values: keep "
              "this helper out of line)");
    case RECORD_TYPE:
    case UNION_TYPE:
    case QUAL_UNION_TYPE:
    case ARRAY_TYPE:
      if (!memory)
        return "aggregate passed or returned by value";
      if (!TYPE_SIZE_UNIT (type) || !tree_fits_uhwi_p (TYPE_SIZE_UNIT (type))
          || tree_to_uhwi (TYPE_SIZE_UNIT (type)) > XIR_MAX_BYTES)
        return "aggregate of variable or huge size";
      if (TYPE_REVERSE_STORAGE_ORDER (type))
        return "reverse scalar storage order";
      t->kind = XIR_T_BLOB;
      t->size = tree_to_uhwi (TYPE_SIZE_UNIT (type));
      t->as = TYPE_ADDR_SPACE (type);
      return NULL;
    default:
      return "unsupported type";
    }
}

/* Maps the type of a parameter or result, TYPE, to an IR type: a scalar,
   or an aggregate passed or returned by value as a BLOB of its size (the
   ABI is the business of each side's own declaration; the body only
   needs the bytes).  */
const char *
xi_byval_type_of (tree type, xir_type *t)
{
  if (!RECORD_OR_UNION_TYPE_P (type))
    return xi_type_of (type, t, false);
  if (TREE_ADDRESSABLE (type))
    return "aggregate passed or returned by invisible reference";
  if (TREE_CODE (type) == UNION_TYPE && TYPE_TRANSPARENT_AGGR (type))
    return "transparent union passed by value";
  const char *why = xi_type_of (type, t, true);
  if (!why && t->size == 0)
    return "empty aggregate passed or returned by value";
  if (!why && t->as)
    return "aggregate passed or returned by value in an address space";
  return why;
}

/* Whether signature S passes or returns an aggregate (BLOB) by value.  */
bool
xi_sig_byval (const xir_sig *s)
{
  if (s->ret.kind == XIR_T_BLOB)
    return true;
  for (uint32_t i = 0; i < s->nparams; i++)
    if (s->params[i].kind == XIR_T_BLOB)
      return true;
  return false;
}

void
xi_sig_release (xir_sig *s)
{
  free (s->params);
  s->params = NULL;
  s->nparams = 0;
}

/* A builtin's type may be "T (...)" (type-generic builtins such as
   __builtin_constant_p): that is a varargs signature without parameters.  */
const char *
xi_builtin_sig_of (tree fntype, xir_sig *s)
{
  if (TREE_CODE (fntype) == FUNCTION_TYPE && !TYPE_ARG_TYPES (fntype))
    {
      memset (s, 0, sizeof *s);
      s->varargs = 1;
      return xi_type_of (TREE_TYPE (fntype), &s->ret, false);
    }
  return xi_sig_of (fntype, s);
}

const char *
xi_sig_of (tree fntype, xir_sig *s)
{
  const char *why;
  memset (s, 0, sizeof *s);
  if (TREE_CODE (fntype) != FUNCTION_TYPE)
    return "not a plain function type";
  if (!prototype_p (fntype))
    return "function declared without a prototype";
  if ((why = xi_byval_type_of (TREE_TYPE (fntype), &s->ret)))
    return why;
  s->varargs = stdarg_p (fntype);
  for (tree a = TYPE_ARG_TYPES (fntype); a && a != void_list_node;
       a = TREE_CHAIN (a))
    {
      xir_type t;
      if ((why = xi_byval_type_of (TREE_VALUE (a), &t)))
        {
          xi_sig_release (s);
          return why;
        }
      s->params = XRESIZEVEC (xir_type, s->params, s->nparams + 1);
      s->params[s->nparams++] = t;
    }
  /* Calling-convention attributes change the ABI.  */
  for (tree a = TYPE_ATTRIBUTES (fntype); a; a = TREE_CHAIN (a))
    {
      const char *n = IDENTIFIER_POINTER (get_attribute_name (a));
      if (strstr (n, "abi") || strstr (n, "regparm") || strstr (n, "call")
          || strstr (n, "interrupt"))
        {
          xi_sig_release (s);
          return "function type with a calling-convention attribute";
        }
    }
  return NULL;
}

/* ---- IR -> GCC types ---------------------------------------------------- */

/* Cached blob record types, a GC root (xi_typemap_roots).  */
static tree xi_blob_cache;

const struct ggc_root_tab xi_typemap_roots[] = {
  { &xi_blob_cache, 1, sizeof (tree), &gt_ggc_mx_tree_node,
    &gt_pch_nx_tree_node },
  LAST_GGC_ROOT_TAB
};

/* The type of a blob of SIZE bytes aligned to ALIGN: a record holding an
   array of bytes.  */
tree
xi_tree_blob_type (uint32_t size, uint32_t align)
{
  for (tree c = xi_blob_cache; c; c = TREE_CHAIN (c))
    {
      tree t = TREE_VALUE (c);
      if (tree_to_uhwi (TYPE_SIZE_UNIT (t)) == size
          && TYPE_ALIGN_UNIT (t) == align)
        return t;
    }
  tree rec = make_node (RECORD_TYPE);
  tree fld = build_decl (BUILTINS_LOCATION, FIELD_DECL,
                         get_identifier ("bytes"),
                         build_array_type_nelts (unsigned_char_type_node,
                                                 size));
  DECL_CONTEXT (fld) = rec;
  TYPE_FIELDS (rec) = fld;
  TYPE_NAME (rec) = get_identifier ("xinline_blob");
  SET_TYPE_ALIGN (rec, align * BITS_PER_UNIT);
  TYPE_USER_ALIGN (rec) = 1;
  layout_type (rec);
  xi_blob_cache = tree_cons (NULL_TREE, rec, xi_blob_cache);
  return rec;
}

/* The GCC type of IR type T, or NULL if this target has none of its
   layout.  */
tree
xi_tree_type (const xir_type *t)
{
  switch (t->kind)
    {
    case XIR_T_VOID:
      return void_type_node;
    case XIR_T_BOOL:
      return boolean_type_node;
    case XIR_T_PTR:
      if (t->as)
        return build_pointer_type
          (build_qualified_type (void_type_node,
                                 ENCODE_QUAL_ADDR_SPACE (t->as)));
      return ptr_type_node;
    case XIR_T_INT:
      {
        tree ty = build_nonstandard_integer_type (t->prec, t->uns);
        if (tree_to_uhwi (TYPE_SIZE_UNIT (ty)) != t->size)
          return NULL_TREE;
        return ty;
      }
    case XIR_T_BLOB:
      return xi_tree_blob_type (t->size, 1);
    default:
      return NULL_TREE;
    }
}

/* The GCC function type of IR signature S.  */
tree
xi_tree_fntype (const xir_sig *s)
{
  tree ret = xi_tree_type (&s->ret);
  tree *args = XALLOCAVEC (tree, s->nparams + 1);
  for (unsigned i = 0; i < s->nparams; i++)
    args[i] = xi_tree_type (&s->params[i]);
  if (s->varargs)
    return build_varargs_function_type_array (ret, s->nparams, args);
  return build_function_type_array (ret, s->nparams, args);
}
