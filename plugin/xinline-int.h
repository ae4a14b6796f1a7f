/* xinline-int.h - declarations shared by the GCC-facing files of the plugin.
 * Include after xinline-gcc.h.
 */
#ifndef XINLINE_INT_H
#define XINLINE_INT_H

#include "xir.h"
#include "xir-import.h"

#define XI_NAME "xinline"

/* args.c: the -fplugin-arg-xinline-* arguments (plugin/args.def).  */
enum xi_arg_id {
#define XI_ARG(ID, ...) XI_ARG_##ID,
#include "args.def"
#undef XI_ARG
  XI_ARG_MAX
};

struct xi_options {
  unsigned given;            /* 1 << XI_ARG_ID for each argument given */
  bool disable;
  bool export_mode;          /* export or export-auto given */
  char **globs;              /* -fplugin-arg-xinline-export=GLOB[,GLOB] */
  unsigned nglobs;
  int export_auto;           /* -fplugin-arg-xinline-export-auto=N, -1 off */
  bool export_only;          /* stop after export (no code generated) */
  bool export_keep_calls;    /* calls to the unit's exports not inlined */
  bool hot_calls;            /* write .gnu.xinline.calls (export-calls.c) */
  int hot_calls_min;         /* its frequency threshold, permille (0: none) */
  bool verbose;
  bool report;               /* notes per call site */
  const char *report_file;   /* JSON lines, or NULL */
  char **dbs;                /* -fplugin-arg-xinline-db=FILE[,FILE] */
  unsigned ndbs;
  char **symvers;            /* -fplugin-arg-xinline-symvers=FILE[,FILE] */
  unsigned nsymvers;
  const char *license;       /* -fplugin-arg-xinline-license=STRING */
  char **namespaces;         /* -fplugin-arg-xinline-namespaces=NS[,NS] */
  unsigned nnamespaces;
};
extern struct xi_options xi_opts;

static inline bool
xi_arg_given (enum xi_arg_id id)
{
  return (xi_opts.given >> id) & 1;
}

bool xi_parse_args (const char *plugin_name, struct plugin_name_args *info);
const char *xi_args_help (void);

/* meta.c: what the consumer/provider compile looks like (compared on
   import), and whether this unit is compiled for a module (-DMODULE).  */
void xi_current_meta (xir_meta *m);
const char *xi_semflags_side (uint32_t flags, uint32_t diff, char *buf,
                              size_t len);
bool xi_unit_is_module (void);

/* typemap.c: the target as the IR checker sees it.  */
void xi_gcc_target (xir_target *t);
/* The C keyword of address space AS ("__seg_gs"), "generic" for 0, or
   "address space N" when this target does not know it.  */
const char *xi_addr_space_name (unsigned as);

/* Type mapping shared by exporter and importer.  Both return NULL on
   success or a reason (static or GC-free'd string) on failure.  */
const char *xi_type_of (tree type, xir_type *t, bool memory);
const char *xi_sig_of (tree fntype, xir_sig *s);
/* A parameter or result type: also an aggregate by value, as a BLOB.  */
const char *xi_byval_type_of (tree type, xir_type *t);
/* Whether S passes or returns an aggregate (BLOB) by value.  */
bool xi_sig_byval (const xir_sig *s);
const char *xi_builtin_sig_of (tree fntype, xir_sig *s);
void xi_sig_release (xir_sig *s);

/* Type mapping from the IR to GCC's types, for the importer.  */
tree xi_tree_type (const xir_type *t);
tree xi_tree_fntype (const xir_sig *s);
tree xi_tree_blob_type (uint32_t size, uint32_t align);
extern const struct ggc_root_tab xi_typemap_roots[];

/* export.c */
void xi_export_init (const char *plugin_name);

/* import.c */
bool xi_import_load_dbs (void);
void xi_import_init (const char *plugin_name);

#endif /* XINLINE_INT_H */
