/* xinline-int.h - declarations shared by the GCC-facing files of the plugin.
 * Include after xinline-gcc.h.
 */
#ifndef XINLINE_INT_H
#define XINLINE_INT_H

#include "xir.h"

#define XI_NAME "xinline"

/* Parsed -fplugin-arg-xinline-* arguments.  */
struct xi_options {
  bool disable;
  bool export_mode;          /* -fplugin-arg-xinline-export[=GLOBS] */
  char **globs;              /* extra export name globs */
  unsigned nglobs;
  int export_auto;           /* -fplugin-arg-xinline-export-auto=N, -1 off */
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

/* What the consumer/provider compile looks like: compared on import.  */
void xi_current_meta (xir_meta *m);
const char *xi_semflags_string (uint32_t flags, char *buf, size_t len);
const char *xi_semflags_side (uint32_t flags, uint32_t diff, char *buf,
                              size_t len);

/* typemap.c: the target as the IR checker sees it.  */
void xi_gcc_target (xir_target *t);

/* Type mapping shared by exporter and importer.  Both return NULL on
   success or a reason (static or GC-free'd string) on failure.  */
const char *xi_type_of (tree type, xir_type *t, bool memory);
const char *xi_sig_of (tree fntype, xir_sig *s);
const char *xi_builtin_sig_of (tree fntype, xir_sig *s);
void xi_sig_release (xir_sig *s);

/* Type mapping from the IR to GCC's types, for the importer.  */
tree xi_tree_type (const xir_type *t);
tree xi_tree_fntype (const xir_sig *s);
tree xi_tree_blob_type (uint32_t size, uint32_t align);
extern const struct ggc_root_tab xi_typemap_roots[];

/* Whether this unit is compiled for a module (-DMODULE).  */
bool xi_unit_is_module (void);

/* export.c */
void xi_export_init (const char *plugin_name);

/* import.c */
bool xi_import_load_dbs (void);
void xi_import_init (const char *plugin_name);

#endif /* XINLINE_INT_H */
