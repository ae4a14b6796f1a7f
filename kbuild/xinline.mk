# SPDX-License-Identifier: GPL-2.0
# ==========================================================================
# kbuild/xinline.mk - xinline for Kbuild, in the style of the kernel's
# scripts/Makefile.gcc-plugins.
#
# An external module turns xinline on with three lines at the END of its
# Kbuild file (after obj-m and the foo-y/foo-objs lists):
#
#   XINLINE_PROVIDERS := my_helpers.o    # objects whose helpers are exported
#   XINLINE_BUILD     ?= /path/to/xinline/build-tree
#   include /path/to/xinline/kbuild/xinline.mk
#
# and is built the usual way:  make -C /lib/modules/$(uname -r)/build M=$PWD
#
# What it does, in the directory that includes it:
#  - providers (XINLINE_PROVIDERS) are compiled with
#    -fplugin-arg-xinline-export: the bodies of their __xinline /
#    rust_helper_* / XINLINE_EXPORT-glob helpers go into .gnu.xinline;
#  - $(obj)/xinline.xdb is built from the providers (xinline-db build), before
#    any consumer compiles;
#  - every other object (a consumer) is compiled with
#    -fplugin-arg-xinline-db=$(obj)/xinline.xdb plus the DBs in XINLINE_DB,
#    and depends on those DBs and on the plugin: it is rebuilt when a DB or
#    the plugin changes (the DB is only replaced when its contents change);
#  - the kernel's Module.symvers, KBUILD_EXTRA_SYMBOLS, a symvers file made
#    from the providers' own exports and XINLINE_SYMVERS are passed with
#    -fplugin-arg-xinline-symvers= when the plugin supports that argument
#    (probed once per directory; skipped otherwise): to consumers as one
#    index made once, $(obj)/xinline.xsv (xinline-db symvers), that each
#    unit reads in place instead of parsing the text files;
#  - CCACHE_EXTRAFILES is exported per object with the plugin and the DBs it
#    reads, so a ccache hit never reuses code inlined from an older DB;
#  - the build stops with a clear message if the plugin was built for a
#    different GCC than the one that built the kernel (CONFIG_CC_VERSION_TEXT)
#    or does not load into $(CC).
#
# Variables (all optional except the plugin having to be found):
#   XINLINE_BUILD       xinline build tree: plugin/xinline.so, tools/xinline-db
#                       and the Makefile recording GCC_VERSION are taken from it
#   XINLINE_PLUGIN      the plugin (default $(XINLINE_BUILD)/plugin/xinline.so,
#                       else the installed `$(CC) -print-file-name=plugin`/xinline.so)
#   XINLINE_DB_TOOL     xinline-db (default $(XINLINE_BUILD)/tools/xinline-db,
#                       else xinline-db from PATH)
#   XINLINE_INCLUDE     directory holding xinline.h (default: ../include next
#                       to this file); always added with -I, even when disabled
#   XINLINE_PROVIDERS   objects of this directory compiled as providers
#   XINLINE_EXPORT      extra export globs, comma-separated (my_helper_*,...)
#   XINLINE_DB          more DBs (absolute paths) every consumer imports:
#                       a vmlinux DB, another module's DB.  When not given,
#                       the kernel's own vmlinux DB is taken if its build
#                       directory has one: $(objtree)/xinline-vmlinux.xdb,
#                       next to Module.symvers (installed there by
#                       kbuild/kernel-db.sh --install or the whole-tree
#                       flow); XINLINE_DB=none turns that off
#   XINLINE_SYMVERS     more Module.symvers files for the plugin's checks
#   XINLINE_REPORT      y: one note per helper call site;  FILE: JSON lines
#                       appended to FILE
#   XINLINE_VERBOSE     y: providers say, per helper, exported or refused and why
#   XINLINE_GCC_VERSION the GCC version the plugin was built for (default:
#                       GCC_VERSION, else GCC_VERSION from $(XINLINE_BUILD)/Makefile)
#
# Opting out:
#   XINLINE_DISABLE := y            the whole directory (no plugin at all)
#   XINLINE_DISABLE_foo.o := y      one object
#   CFLAGS_foo.o += $(DISABLE_XINLINE_PLUGIN)
#                                   kernel style: the plugin stays loaded but
#                                   does nothing (like DISABLE_STACKLEAK_PLUGIN)
# ==========================================================================

DISABLE_XINLINE_PLUGIN := -fplugin-arg-xinline-disable
export DISABLE_XINLINE_PLUGIN

xi-dir := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))/..)

XINLINE_INCLUDE ?= $(xi-dir)/include
ccflags-y += -I$(XINLINE_INCLUDE)

# Files this fragment makes in $(obj); `make clean' removes them.
clean-files += xinline.xdb xinline.xdb.tmp xinline.symvers xinline.symvers.tmp

# Everything else only where objects are compiled (Makefile.build), not when
# Makefile.modpost or Makefile.clean read the Kbuild file.
ifneq ($(filter %scripts/Makefile.build,$(MAKEFILE_LIST)),)
ifneq ($(XINLINE_DISABLE),y)

ifneq ($(XINLINE_BUILD),)
XINLINE_PLUGIN  ?= $(XINLINE_BUILD)/plugin/xinline.so
XINLINE_DB_TOOL ?= $(XINLINE_BUILD)/tools/xinline-db
endif
XINLINE_PLUGIN  ?= $(shell $(CC) -print-file-name=plugin)/xinline.so
XINLINE_DB_TOOL ?= xinline-db
XINLINE_PLUGIN  := $(abspath $(XINLINE_PLUGIN))

ifeq ($(wildcard $(XINLINE_PLUGIN)),)
$(error xinline: plugin $(XINLINE_PLUGIN) not found; set XINLINE_BUILD=DIR (an xinline build tree) or XINLINE_PLUGIN=FILE, or XINLINE_DISABLE=y)
endif

# ---- the compiler: the plugin's GCC must be the kernel's GCC -------------
xi-kernel-cc := $(subst ",,$(CONFIG_CC_VERSION_TEXT))
xi-kernel-gcc := $(lastword $(xi-kernel-cc))
ifneq ($(findstring clang,$(xi-kernel-cc)),)
$(error xinline: the kernel was built with clang ($(xi-kernel-cc)); xinline is a GCC plugin; set XINLINE_DISABLE=y)
endif

XINLINE_GCC_VERSION ?= $(GCC_VERSION)
ifeq ($(XINLINE_GCC_VERSION),)
ifneq ($(XINLINE_BUILD),)
XINLINE_GCC_VERSION := $(shell sed -n 's/^GCC_VERSION = *//p' $(XINLINE_BUILD)/Makefile 2>/dev/null)
endif
endif

ifneq ($(XINLINE_GCC_VERSION),)
ifneq ($(XINLINE_GCC_VERSION),$(xi-kernel-gcc))
$(error xinline: $(XINLINE_PLUGIN) was built for GCC $(XINLINE_GCC_VERSION) but this kernel was built by "$(xi-kernel-cc)" (GCC $(xi-kernel-gcc)); rebuild xinline with that compiler (configure CC=gcc-$(firstword $(subst ., ,$(xi-kernel-gcc))) CXX=g++-$(firstword $(subst ., ,$(xi-kernel-gcc)))) or set XINLINE_DISABLE=y)
endif
endif

xi-cc-gcc := $(shell $(CC) -dumpfullversion 2>/dev/null)
ifneq ($(xi-cc-gcc),$(xi-kernel-gcc))
$(error xinline: $(CC) is GCC $(or $(xi-cc-gcc),(unknown)) but this kernel was built by "$(xi-kernel-cc)"; build with CC=<that compiler> or set XINLINE_DISABLE=y)
endif

# Load the plugin once: catches a plugin built for another GCC when its
# version was not known above, and a broken plugin, before any compile.
xi-load := $(shell LC_ALL=C $(CC) -fplugin=$(XINLINE_PLUGIN) -x c -c /dev/null -o /dev/null 2>&1 && echo XI-LOAD-OK)
ifeq ($(filter XI-LOAD-OK,$(xi-load)),)
$(error xinline: $(CC) cannot load $(XINLINE_PLUGIN): $(xi-load))
endif

# ---- flags ------------------------------------------------------------------
xi-providers := $(sort $(XINLINE_PROVIDERS))
xi-local-db := $(if $(xi-providers),$(obj)/xinline.xdb)
xi-local-symvers := $(if $(xi-providers),$(obj)/xinline.symvers)
# The kernel's vmlinux DB, next to its Module.symvers, unless XINLINE_DB
# names the DBs (none: no vmlinux DB).
xi-vmlinux-db := $(abspath $(wildcard $(objtree)/xinline-vmlinux.xdb))
ifeq ($(origin XINLINE_DB),undefined)
XINLINE_DB := $(xi-vmlinux-db)
endif
xi-ext-dbs := $(abspath $(filter-out none,$(XINLINE_DB)))
xi-all-dbs := $(xi-local-db) $(xi-ext-dbs)

xi-comma := ,
xi-empty :=
xi-space := $(xi-empty) $(xi-empty)
xi-join = $(subst $(xi-space),$(xi-comma),$(strip $(1)))
xi-colon = $(subst $(xi-space),:,$(strip $(1)))

# Module.symvers: only when the plugin knows the argument.
xi-symvers-probe := $(shell LC_ALL=C $(CC) -fplugin=$(XINLINE_PLUGIN) -fplugin-arg-xinline-symvers=/dev/null -x c -c /dev/null -o /dev/null 2>&1 | grep -c 'unknown argument')
ifeq ($(xi-symvers-probe),0)
xi-symvers := $(abspath $(wildcard $(objtree)/Module.symvers)) $(abspath $(KBUILD_EXTRA_SYMBOLS)) \
	$(abspath $(XINLINE_SYMVERS))
xi-symvers-flag = $(if $(strip $(xi-symvers) $(1)),-fplugin-arg-xinline-symvers=$(call xi-join,$(xi-symvers) $(1)))
else
xi-symvers-flag =
endif

xi-report-flag := $(if $(filter y,$(XINLINE_REPORT)),-fplugin-arg-xinline-report,$(if $(XINLINE_REPORT),-fplugin-arg-xinline-report=$(abspath $(XINLINE_REPORT))))
xi-db-flag = $(if $(strip $(1)),-fplugin-arg-xinline-db=$(call xi-join,$(1)))

xi-provider-cflags := -fplugin=$(XINLINE_PLUGIN) -fplugin-arg-xinline-export \
	$(if $(XINLINE_EXPORT),-fplugin-arg-xinline-export=$(XINLINE_EXPORT)) \
	$(if $(filter y,$(XINLINE_VERBOSE)),-fplugin-arg-xinline-verbose) \
	$(if $(xi-ext-dbs),$(call xi-db-flag,$(xi-ext-dbs)) \
	  $(call xi-symvers-flag,) $(xi-report-flag))
# Consumers read the symvers files as one index, made once.
xi-xsv := $(if $(filter 0,$(xi-symvers-probe)),$(if $(strip $(xi-symvers) $(xi-local-symvers)),$(obj)/xinline.xsv))
xi-consumer-cflags := -fplugin=$(XINLINE_PLUGIN) \
	$(call xi-db-flag,$(xi-all-dbs)) \
	$(if $(xi-xsv),-fplugin-arg-xinline-symvers=$(xi-xsv)) \
	$(xi-report-flag)

# Chosen per object when it is compiled ($(target-stem) is the object's name
# relative to $(obj), without .o): Kbuild's ccflags-y is a simply expanded
# variable, so it is turned into a recursive one that ends with the choice.
xi-off = $(filter y,$(XINLINE_DISABLE_$(target-stem).o))
xi-target-cflags = $(if $(xi-off),,$(if $(filter $(target-stem).o,$(xi-providers)),$(xi-provider-cflags),$(xi-consumer-cflags)))
xi-saved-ccflags-y := $(ccflags-y)
ccflags-y = $(xi-saved-ccflags-y) $(xi-target-cflags)

# ---- the local DB and symvers, made from the providers --------------------
ifneq ($(xi-providers),)
quiet_cmd_xinline_db = XDB     $@
      cmd_xinline_db = $(XINLINE_DB_TOOL) build -o $@.tmp $(real-prereqs) && \
	{ if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv -f $@.tmp $@; fi; }

$(obj)/xinline.xdb: $(addprefix $(obj)/,$(xi-providers)) FORCE
	$(call if_changed,xinline_db)

# The providers' exports (EXPORT_SYMBOL puts __ksymtab_NAME in section
# ___ksymtab+NAME or ___ksymtab_gpl+NAME), in Module.symvers format.
quiet_cmd_xinline_symvers = SYMVERS $@
      cmd_xinline_symvers = for o in $(real-prereqs); do \
	  $(OBJDUMP) -t $$o | awk -v m=$$(basename $$o .o) \
	    '{ for (i = 1; i <= NF; i++) if ($$i ~ /^___ksymtab(_gpl)?[+]/) { \
	         t = $$i ~ /^___ksymtab_gpl/ ? "EXPORT_SYMBOL_GPL" : "EXPORT_SYMBOL"; \
	         s = $$i; sub(/^[^+]*[+]/, "", s); \
	         printf "0x00000000\t%s\t%s\t%s\t\n", s, m, t } }'; \
	done | sort -u > $@.tmp && \
	{ if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv -f $@.tmp $@; fi; }

$(obj)/xinline.symvers: $(addprefix $(obj)/,$(xi-providers)) FORCE
	$(call if_changed,xinline_symvers)

targets += xinline.xdb xinline.symvers
always-y += xinline.xdb xinline.symvers
endif

# ---- the symvers index of the consumers --------------------------------------
ifneq ($(xi-xsv),)
quiet_cmd_xinline_xsv = XSV     $@
      cmd_xinline_xsv = $(XINLINE_DB_TOOL) symvers -o $@.tmp $(real-prereqs) && \
	{ if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv -f $@.tmp $@; fi; }

$(obj)/xinline.xsv: $(xi-symvers) $(xi-local-symvers) FORCE
	$(call if_changed,xinline_xsv)

targets += xinline.xsv
always-y += xinline.xsv
clean-files += xinline.xsv xinline.xsv.tmp
endif

# ---- dependencies: consumers rebuild when a DB or the plugin changes -------
# Objects known at this point (hence: include this file after obj-m etc.).
xi-listed := $(sort $(obj-y) $(obj-m) $(lib-y) \
	$(foreach m,$(obj-y) $(obj-m),$($(m:.o=-objs)) $($(m:.o=-y)) $($(m:.o=-m))))
# A composite object is linked, not compiled.
xi-composite := $(foreach m,$(obj-y) $(obj-m),$(if $(strip $($(m:.o=-objs)) $($(m:.o=-y)) $($(m:.o=-m))),$(m)))
xi-compiled := $(filter-out $(xi-composite) %/,$(xi-listed))
xi-consumers := $(filter-out $(xi-providers),$(xi-compiled))
xi-enabled = $(if $(filter y,$(XINLINE_DISABLE_$(1))),,$(1))

xi-dep-all := $(addprefix $(obj)/,$(foreach o,$(xi-compiled),$(call xi-enabled,$(o))))
xi-dep-consumers := $(addprefix $(obj)/,$(foreach o,$(xi-consumers),$(call xi-enabled,$(o))))
ifneq ($(xi-dep-all),)
$(xi-dep-all): $(XINLINE_PLUGIN)
endif
ifneq ($(strip $(xi-all-dbs)),)
ifneq ($(xi-dep-consumers),)
$(xi-dep-consumers): $(xi-all-dbs) $(xi-local-symvers) $(xi-xsv)
endif
endif

# ccache (CC="ccache gcc"): it hashes neither the plugin nor the DBs, so name
# them in CCACHE_EXTRAFILES, per object, with only files that exist by then.
xi-ccache-consumer := $(call xi-colon,$(XINLINE_PLUGIN) $(xi-all-dbs) $(CCACHE_EXTRAFILES))
xi-ccache-provider := $(call xi-colon,$(XINLINE_PLUGIN) $(xi-ext-dbs) $(CCACHE_EXTRAFILES))
ifneq ($(xi-consumers),)
$(addprefix $(obj)/,$(xi-consumers)): export CCACHE_EXTRAFILES := $(xi-ccache-consumer)
endif
ifneq ($(xi-providers),)
$(addprefix $(obj)/,$(xi-providers)): export CCACHE_EXTRAFILES := $(xi-ccache-provider)
endif

endif # XINLINE_DISABLE
endif # Makefile.build
