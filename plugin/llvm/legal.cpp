// legal.cpp - may a DB helper be imported into this module?
//
// The GCC importer's rules (plugin/import-legal.c, plugin/modsafe.c), with
// the module's LLVM declarations in place of GCC's: the entry must be of
// the module's flavour (or, for flavour=module, the built-in body of a
// function vmlinux exports to modules) and not be called from noinstr
// code; the
// declaration must allow inlining; the body must be made for x86-64 from
// sources that have not changed since; it must decode, have the type of
// the module's declaration (the IR signature mapped to LLVM types: what
// rustc declares for extern "C" on x86-64, for scalars and aggregates of
// integers; xir_llvm_blob_abi), pass the
// IR checker; under module safety every symbol it references must be
// linkable; and every symbol it references that the module has must be
// what the body expects.  The compiler-independent parts are the IR
// library's (xir-import.c).
#include "xinline-llvm.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Module.h"
#include "llvm/TargetParser/Triple.h"

#include <cstdarg>

extern "C" {
#include "xir-llvm.h"
}

using namespace llvm;

namespace xinline {

// ---- refusals --------------------------------------------------------------------

namespace {
struct RefusalText {
  Severity Sev;
  const char *Format;
};
const RefusalText Texts[] = {
#define XI_REFUSAL(CODE, SEVERITY, TEXT) {Severity::SEVERITY##_SEV, TEXT},
#define QUIET_SEV Quiet
#define NOTE_SEV Note
#define WARNING_SEV Warning
#include "refusal.def"
#undef XI_REFUSAL
#define XL_REFUSAL(CODE, SEVERITY, TEXT) {Severity::SEVERITY##_SEV, TEXT},
#include "refusal-llvm.def"
#undef XL_REFUSAL
#undef QUIET_SEV
#undef NOTE_SEV
#undef WARNING_SEV
};
} // namespace

Refusal refuse(Why Code, ...) {
  const RefusalText &T = Texts[(unsigned)Code];
  char Buf[1024];
  va_list Ap;
  va_start(Ap, Code);
  vsnprintf(Buf, sizeof Buf, T.Format, Ap);
  va_end(Ap);
  Refusal R;
  R.Sev = T.Sev;
  R.Text = Buf;
  return R;
}

// ---- the unit -----------------------------------------------------------------------

// The licence and imported namespaces: the options, else what the
// module's .modinfo strings say (as the kernel's modpost reads them).
Unit::Unit(Module &M, const DBSet &D, const Options &O)
    : M(M), DBs(D), Opts(O), License(O.License), HaveLicense(O.HaveLicense),
      Namespaces(O.Namespaces) {
  for (const GlobalVariable &G : M.globals()) {
    if (G.getSection() != ".modinfo" || !G.hasInitializer())
      continue;
    const auto *A = dyn_cast<ConstantDataSequential>(G.getInitializer());
    if (!A || !A->isString())
      continue;
    StringRef S = A->getAsString();
    S = S.take_until([](char C) { return C == 0; });
    if (S.consume_front("license=") && !O.HaveLicense) {
      License = S.str();
      HaveLicense = true;
    } else if (S.consume_front("import_ns=") && !O.HaveNamespaces)
      Namespaces.push_back(S.str());
  }
}

bool known(const DBSet &D, StringRef Name) {
  std::string N = Name.str();
  return xir_db_find(&D.DB, N.c_str(), XIR_FLAVOUR_BUILTIN) ||
         xir_db_find(&D.DB, N.c_str(), XIR_FLAVOUR_MODULE);
}

// ---- types --------------------------------------------------------------------------

// The LLVM type of IR type T as C's x86-64 ABI passes it, or NULL; an
// aggregate as xir_llvm_blob_abi says (a pointer when in memory).
static Type *irType(LLVMContext &C, const xir_type &T) {
  unsigned Lo, Hi;
  switch (T.kind) {
  case XIR_T_VOID:
    return Type::getVoidTy(C);
  case XIR_T_BOOL:
    return Type::getInt1Ty(C);
  case XIR_T_INT:
    if ((T.size > 8 && T.size != 16) || T.prec != T.size * 8)
      return nullptr;
    return IntegerType::get(C, T.prec);
  case XIR_T_PTR: {
    int AS = xir_llvm_addr_space(T.as);
    if (AS < 0 || T.size != 8)
      return nullptr;
    return PointerType::get(C, (unsigned)AS);
  }
  case XIR_T_BLOB:
    switch (xir_llvm_blob_abi(T.size, &Lo, &Hi)) {
    case 1:
      return IntegerType::get(C, Lo);
    case 2:
      return StructType::get(Type::getInt64Ty(C), IntegerType::get(C, Hi));
    default:
      return PointerType::get(C, 0);
    }
  default:
    return nullptr;
  }
}

static bool inMemory(const xir_type &T) {
  unsigned Lo, Hi;
  return T.kind == XIR_T_BLOB && !xir_llvm_blob_abi(T.size, &Lo, &Hi);
}

// The function type of S: an aggregate result in memory makes it a void
// function with the result's address first.
static FunctionType *irFnType(LLVMContext &C, const xir_sig &S) {
  Type *Ret = inMemory(S.ret) ? Type::getVoidTy(C) : irType(C, S.ret);
  std::vector<Type *> Params;
  if (inMemory(S.ret))
    Params.push_back(PointerType::get(C, 0));
  for (uint32_t I = 0; I < S.nparams; I++) {
    Type *P = irType(C, S.params[I]);
    if (!P || P->isVoidTy())
      return nullptr;
    Params.push_back(P);
  }
  return Ret ? FunctionType::get(Ret, Params, S.varargs != 0) : nullptr;
}

// Whether declaration Fn has the type of signature S, with its aggregates
// in memory passed as S says: the result through an sret parameter, each
// parameter byval, of the aggregate's size (rustc and clang declare them
// so; any other declaration is another ABI).
static bool declMatches(const Module &M, const Function &Fn,
                        const xir_sig &S) {
  if (Fn.getFunctionType() != irFnType(M.getContext(), S))
    return false;
  const DataLayout &DL = M.getDataLayout();
  auto SizeIs = [&](Type *T, uint32_t N) {
    return T && T->isSized() && DL.getTypeAllocSize(T) == N;
  };
  unsigned First = inMemory(S.ret) ? 1 : 0;
  if (First && !SizeIs(Fn.getParamStructRetType(0), S.ret.size))
    return false;
  for (unsigned I = 0; I < Fn.arg_size(); I++) {
    bool Blob = I >= First && inMemory(S.params[I - First]);
    if (I >= First && Fn.hasParamAttribute(I, Attribute::StructRet))
      return false;
    if (Blob != Fn.hasParamAttribute(I, Attribute::ByVal) ||
        (Blob && !SizeIs(Fn.getParamByValType(I), S.params[I - First].size)))
      return false;
  }
  return true;
}

// ---- the checks ---------------------------------------------------------------------

// The IR library's view of this module (xir_ms_ctx); NS holds the
// namespace strings it points to.
static int definedHere(const char *Name, void *Arg) {
  const GlobalValue *GV = ((const Unit *)Arg)->M.getNamedValue(Name);
  return GV && !GV->isDeclaration();
}

static xir_ms_ctx msContext(const Unit &U, std::vector<const char *> &NS,
                            bool Builtin) {
  for (const std::string &S : U.Namespaces)
    NS.push_back(S.c_str());
  xir_ms_ctx C = {};
  C.syms = U.DBs.Symvers;
  C.license = U.HaveLicense ? U.License.c_str() : nullptr;
  C.ns = NS.data();
  C.nns = (unsigned)NS.size();
  C.defined = definedHere;
  C.arg = (void *)&U;
  C.builtin = Builtin;
  return C;
}

// The refusal of the IR library's module-safety result M.
static Refusal msRefusal(const Unit &U, const xir_ms_result &M) {
  switch (M.why) {
  case XIR_MSW_OK:
    return Refusal();
  case XIR_MSW_SC_TRAMP:
    return refuse(Why::STATIC_CALL_TRAMP, M.sym);
  case XIR_MSW_SC_KEY:
    return refuse(Why::STATIC_CALL_KEY, M.sym, M.other);
  case XIR_MSW_SC_KEY_UNEXPORTED:
    return refuse(Why::STATIC_CALL_KEY_UNEXPORTED, M.sym);
  case XIR_MSW_JUMP_KEY:
    return refuse(Why::JUMP_KEY, M.sym);
  case XIR_MSW_NO_SYMVERS:
    return refuse(Why::LLVM_BUILTIN_NO_SYMVERS);
  case XIR_MSW_HELPER:
    return refuse(Why::BUILTIN_EXPORT, M.sym, xir_modsafe_text(M.ms));
  case XIR_MSW_THIS_MODULE:
    return refuse(Why::THIS_MODULE);
  case XIR_MSW_ASM_SECTION:
    return refuse(Why::ASM_SECTION, M.other);
  default:
    break;
  }
  switch (M.ms) {
  case XIR_MS_NOT_EXPORTED:
    return refuse(Why::NOT_EXPORTED, M.sym);
  case XIR_MS_GPL_ONLY:
    return refuse(Why::GPL_ONLY, M.sym, U.License.c_str());
  case XIR_MS_GPL_UNKNOWN:
    return refuse(Why::LLVM_GPL_UNKNOWN_LICENSE, M.sym);
  default:
    return refuse(Why::NAMESPACE, M.sym, M.other);
  }
}

// Module safety for one symbol NAME the body references.
static Refusal modsafeOne(const Unit &U, const char *Name) {
  if (definedHere(Name, (void *)&U))
    return Refusal();
  std::vector<const char *> NS;
  xir_ms_ctx C = msContext(U, NS, false);
  xir_ms_result M = {};
  const char *SymNS = nullptr;
  M.ms = xir_symvers_check(C.syms, Name, C.license, C.ns, C.nns, &SymNS);
  M.why = M.ms == XIR_MS_OK ? XIR_MSW_OK : XIR_MSW_SYMBOL;
  snprintf(M.sym, sizeof M.sym, "%s", Name);
  snprintf(M.other, sizeof M.other, "%s", SymNS ? SymNS : "");
  return msRefusal(U, M);
}

// Module safety of body F (BUILTIN: a built-in body in a module): the IR
// library's rules (xir_modsafe_body).
static Refusal modsafe(const Unit &U, const xir_func *F, bool Builtin) {
  std::vector<const char *> NS;
  xir_ms_ctx C = msContext(U, NS, Builtin);
  xir_ms_result M;
  xir_modsafe_body(&C, F, &M);
  return msRefusal(U, M);
}

// How C names x86's LLVM address space AS.
static const char *addrSpaceName(int AS) {
  return AS == 257 ? "__seg_fs" : AS == 256 ? "__seg_gs" : AS ? "another"
                                                              : "generic";
}

// The module's own global of each symbol F references must be what the
// body expects: public, a function of the same type or a variable that is
// not thread-local.
static Refusal symbols(const Unit &U, const xir_func *F) {
  LLVMContext &C = U.M.getContext();
  for (uint32_t I = 0; I < F->nsyms; I++) {
    const xir_sym &S = F->syms[I];
    const GlobalValue *GV = U.M.getNamedValue(S.name);
    if (!GV)
      continue;
    if (GV->hasLocalLinkage())
      return refuse(Why::SYM_INTERNAL, S.name);
    if (S.kind == XIR_SYM_FUNC) {
      const auto *G = dyn_cast<Function>(GV);
      if (!G || G->getFunctionType() != irFnType(C, F->sigs[S.sig]))
        return refuse(Why::SYM_FUNC_TYPE, S.name);
    } else if (isa<Function>(GV))
      return refuse(Why::SYM_NOT_VAR, S.name);
    else if (GV->isThreadLocal())
      return refuse(Why::SYM_TLS, S.name);
    else if ((int)GV->getAddressSpace() != xir_llvm_addr_space(S.as))
      return refuse(Why::SYM_ADDR_SPACE, S.name,
                    addrSpaceName(xir_llvm_addr_space(S.as)),
                    addrSpaceName((int)GV->getAddressSpace()));
  }
  return Refusal();
}

// The C library functions F's builtin calls become (xir_llvm_libcall)
// are symbols it references too: linkable under module safety, and of
// the builtin's type where the module declares them.
static Refusal libcalls(const Unit &U, const xir_func *F) {
  for (uint32_t B = 0; B < F->nblocks; B++)
    for (uint32_t I = 0; I < F->blocks[B].nstmts; I++) {
      const xir_stmt &St = F->blocks[B].stmts[I];
      const char *Lib = St.kind == XIR_S_CALL && St.call->kind == XIR_C_BUILTIN
                            ? xir_llvm_libcall(St.call->bname)
                            : nullptr;
      if (!Lib)
        continue;
      if (U.DBs.Symvers)
        if (Refusal R = modsafeOne(U, Lib))
          return R;
      const GlobalValue *GV = U.M.getNamedValue(Lib);
      if (!GV)
        continue;
      if (GV->hasLocalLinkage())
        return refuse(Why::SYM_INTERNAL, Lib);
      const auto *G = dyn_cast<Function>(GV);
      if (!G || G->getFunctionType() !=
                    irFnType(U.M.getContext(), F->sigs[St.call->sig]))
        return refuse(Why::SYM_FUNC_TYPE, Lib);
    }
  return Refusal();
}

// The entry of F's name the unit takes (xir_import_entry; *Builtin: a
// built-in body in a module), or the refusal.
static Refusal findEntry(const Unit &U, const Function &Fn,
                         const xir_entry **E, int *Builtin) {
  std::string N = Fn.getName().str();
  *E = xir_import_entry(&U.DBs.DB, N.c_str(), U.Opts.Flavour, Builtin);
  if (!*E)
    return refuse(Why::ONLY_MODULE);
  if (*Builtin) {
    std::vector<const char *> NS;
    xir_ms_ctx C = msContext(U, NS, true);
    xir_ms_result M;
    if (xir_modsafe_builtin_entry(&C, N.c_str(), &M))
      return msRefusal(U, M);
  }
  for (const Function *G : U.NoinstrCallees)
    if (G == &Fn)
      return refuse(Why::NOINSTR);
  if (Fn.hasFnAttribute(Attribute::NoInline))
    return refuse(Why::NOINLINE);
  if (Fn.hasExternalWeakLinkage())
    return refuse(Why::WEAK);
  Triple T(U.M.getTargetTriple());
  if (strncmp((*E)->meta.target, "x86_64-", 7) || T.getArch() != Triple::x86_64)
    return refuse(Why::TARGET, (*E)->meta.target, T.str().c_str());
  const char *File = nullptr;
  enum xir_stale St;
  {
    std::lock_guard<std::mutex> G(libraryLock());
    St = xir_entry_stale(freshCache(), *E, &File);
  }
  if (St == XIR_STALE_SOURCE)
    return refuse(Why::STALE_SOURCE, File);
  if (St == XIR_STALE_HEADER)
    return refuse(Why::STALE_HEADER, File, (*E)->meta.source);
  return Refusal();
}

Refusal legal(const Unit &U, const Function &Fn, xir_func **Body,
              const xir_entry **Entry) {
  *Body = nullptr;
  int Builtin = 0;
  if (Refusal R = findEntry(U, Fn, Entry, &Builtin))
    return R;
  const char *Err = nullptr;
  xir_func *F = xir_entry_decode(*Entry, &Err);
  if (!F)
    return refuse(Why::CORRUPT, Err);
  Refusal R;
  xir_target Tgt;
  const char *Bad;
  if (!declMatches(U.M, Fn, F->sigs[F->sig]))
    R = refuse(Why::DECL_TYPE);
  else if (xir_target_from_meta((*Entry)->meta.target, &Tgt))
    R = refuse(Why::TARGET, (*Entry)->meta.target,
               U.M.getTargetTriple().str().c_str());
  else if ((Bad = xir_func_check(F, &Tgt)))
    R = refuse(Why::MALFORMED, Bad);
  else if (U.DBs.Symvers && (R = modsafe(U, F, Builtin != 0)))
    ;
  else if (!(R = symbols(U, F)))
    R = libcalls(U, F);
  if (R)
    xir_func_free(F);
  else
    *Body = F;
  return R;
}

} // namespace xinline
