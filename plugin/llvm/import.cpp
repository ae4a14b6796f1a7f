// import.cpp - the import pass, at pipeline start.
//
// For each function the module declares and calls that has a DB entry, it
// records the call sites for the report (tagging each call with its site
// number), then decides as the GCC importer does (plugin/import-decide.c):
// nothing at -O0, at most MaxImports helpers, MaxDepth levels deep (the
// helpers an imported body calls are candidates in their turn), each
// legal helper (legal.cpp) imported.  Importing is: the IR library's
// translation (ir/xir-llvm.c) parsed into the module's context, verified,
// linked in as an available_externally definition, given the attributes
// of a caller that decide whether LLVM may inline it there (target CPU and
// features, sanitizers...), and the calls inside it tagged as not the
// module's own sites.  The inliner does the rest; nothing is emitted out
// of line.
#include "xinline-llvm.h"

#include "llvm/Analysis/TargetTransformInfo.h"
#include "llvm/AsmParser/Parser.h"
#include "llvm/IR/Attributes.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Linker/Linker.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <set>

extern "C" {
#include "xir-llvm.h"
}

using namespace llvm;

namespace xinline {

void siteLocation(const Module &M, const CallBase &CB, Site &S) {
  if (const DILocation *L = CB.getDebugLoc().get()) {
    S.File = L->getFilename().str();
    S.Line = L->getLine();
    S.Column = L->getColumn();
  } else
    S.File = M.getSourceFileName();
}

namespace {

const unsigned MaxDepth = 4;      // transitive imports
const unsigned MaxImports = 2000;

// ---- call sites ------------------------------------------------------------------

// The declared, called DB helpers in module order; their call sites into
// R (each call tagged with its site number), the ones called from noinstr
// code into U.
std::vector<Function *> candidates(Module &M, Unit &U, Record &R) {
  LLVMContext &C = M.getContext();
  unsigned Kind = C.getMDKindID(SiteMD);
  std::vector<Function *> Work;
  for (Function &F : M) {
    if (!F.isDeclaration() || F.isIntrinsic() || !known(U.DBs, F.getName()))
      continue;
    bool Called = false;
    for (User *Us : F.users()) {
      auto *CB = dyn_cast<CallBase>(Us);
      if (!CB || CB->getCalledOperand() != &F)
        continue;
      const Function *Caller = CB->getFunction();
      Site S;
      S.Caller = Caller->getName().str();
      S.Callee = F.getName().str();
      siteLocation(M, *CB, S);
      CB->setMetadata(Kind, MDNode::get(C, ConstantAsMetadata::get(
                                               ConstantInt::get(
                                                   Type::getInt64Ty(C),
                                                   R.Sites.size()))));
      R.Sites.push_back(S);
      if (Caller->getSection() == ".noinstr.text")
        U.NoinstrCallees.push_back(&F);
      Called = true;
    }
    if (Called)
      Work.push_back(&F);
  }
  return Work;
}

// ---- importing ---------------------------------------------------------------------

// A function that calls F in the module, or NULL.
Function *firstCaller(Function &F) {
  for (User *Us : F.users())
    if (auto *CB = dyn_cast<CallBase>(Us))
      if (CB->getCalledOperand() == &F)
        return CB->getFunction();
  return nullptr;
}

// Gives helper definition D the attributes of caller C that decide whether
// LLVM may inline D into C (llvm/IR/Attributes.td CompatRules, the
// target's areInlineCompatible): D has them exactly when C does.
void copyCallerAttributes(Function &D, const Function &C) {
  static const char *const Strings[] = {
      "target-cpu",           "target-features",
      "tune-cpu",             "use-sample-profile",
      "sign-return-address",  "sign-return-address-key",
      "branch-protection-pauth-lr", "denormal-fp-math",
      "denormal-fp-math-f32"};
  static const Attribute::AttrKind Kinds[] = {
      Attribute::SanitizeAddress,    Attribute::SanitizeThread,
      Attribute::SanitizeType,       Attribute::SanitizeMemory,
      Attribute::SanitizeHWAddress,  Attribute::SanitizeMemTag,
      Attribute::SanitizeNumericalStability, Attribute::SanitizeRealtime,
      Attribute::SanitizeRealtimeBlocking,   Attribute::SafeStack,
      Attribute::ShadowCallStack,    Attribute::NoProfile,
      Attribute::StrictFP};
  for (const char *S : Strings) {
    D.removeFnAttr(S);
    if (C.hasFnAttribute(S))
      D.addFnAttr(C.getFnAttribute(S));
  }
  for (Attribute::AttrKind K : Kinds) {
    D.removeFnAttr(K);
    if (C.hasFnAttribute(K))
      D.addFnAttr(K);
  }
}

// Translates body F of helper declaration Fn (entry E) and links it in.
Refusal link(Module &M, Function &Fn, const xir_func *F, const xir_entry *E) {
  bool DSOLocal = M.getPICLevel() == PICLevel::NotPIC ||
                  M.getPIELevel() != PIELevel::Default;
  xir_llvm_mod *LM = xir_llvm_mod_new(nullptr, DSOLocal ? XIR_LLVM_DSO_LOCAL
                                                        : 0);
  const char *Why = xir_llvm_mod_add(LM, F, &E->meta);
  if (Why) {
    Refusal R = refuse(Why::LLVM_NO_TRANSLATION, Why);
    xir_llvm_mod_free(LM);
    return R;
  }
  xir_buf B;
  xir_buf_init(&B);
  xir_llvm_mod_print(LM, &B);
  xir_llvm_mod_free(LM);
  xir_buf_put(&B, "", 1); // the lexer reads up to a NUL
  // The text names its values; rustc's context discards names, which
  // the parser refuses: keep them while parsing (the context is this
  // module's own).
  LLVMContext &Ctx = M.getContext();
  bool Discard = Ctx.shouldDiscardValueNames();
  Ctx.setDiscardValueNames(false);
  SMDiagnostic Err;
  std::unique_ptr<Module> Src =
      parseAssemblyString(StringRef((const char *)B.data, B.len - 1), Err, Ctx);
  Ctx.setDiscardValueNames(Discard);
  xir_buf_free(&B);
  if (!Src)
    return refuse(Why::LLVM_LINK, Err.getMessage().str().c_str());
  std::string V;
  raw_string_ostream VS(V);
  if (verifyModule(*Src, &VS))
    return refuse(Why::LLVM_LINK, VS.str().c_str());
  Src->setDataLayout(M.getDataLayout());
  Src->setTargetTriple(M.getTargetTriple());
  std::string Name = Fn.getName().str();
  Function *Caller = firstCaller(Fn);
  if (Linker::linkModules(M, std::move(Src)))
    return refuse(Why::LLVM_LINK, "the linker failed");
  Function *D = M.getFunction(Name);
  if (!D || D->isDeclaration())
    return refuse(Why::LLVM_LINK, "no definition after linking");
  if (Caller)
    copyCallerAttributes(*D, *Caller);
  // The module's own declaration of a variable the body references was
  // kept by the linker: it is dso_local too where GCC assumes so.  In
  // non-PIC code (the kernel: relocation-model=static) functions are
  // dso_local as well, as rustc and clang declare them: their address is
  // then taken directly, not through the GOT (R_X86_64_GOTPCREL, which the
  // kernel's module loader rejects: "Exec format error").
  bool NotPIC = M.getPICLevel() == PICLevel::NotPIC;
  for (uint32_t I = 0; DSOLocal && I < F->nsyms; I++)
    if (GlobalValue *GV = M.getNamedValue(F->syms[I].name))
      if (GV->isDeclaration() &&
          (F->syms[I].kind == XIR_SYM_VAR ||
           (NotPIC && F->syms[I].kind == XIR_SYM_FUNC)))
        GV->setDSOLocal(true);
  LLVMContext &C = M.getContext();
  unsigned Inner = C.getMDKindID(InnerMD);
  for (BasicBlock &BB : *D)
    for (Instruction &I : BB)
      if (isa<CallBase>(I))
        I.setMetadata(Inner, MDNode::get(C, {}));
  return Refusal();
}

// The limits of the unit: whether it may import a helper DEPTH levels
// deep after IMPORTED others.
Refusal limits(OptimizationLevel L, unsigned Depth, unsigned Imported) {
  if (L == OptimizationLevel::O0)
    return refuse(Why::O0);
  if (Imported >= MaxImports)
    return refuse(Why::TOO_MANY);
  if (Depth == MaxDepth)
    return refuse(Why::TOO_DEEP);
  return Refusal();
}

// Says why helper NAME is not imported, as R's severity asks.
void diagnose(const Unit &U, StringRef Name, const Refusal &R) {
  if (R.Sev == Severity::Quiet)
    return;
  message(R.Sev == Severity::Note ? "note" : "warning",
          "not importing '" + Name.str() + "' from '" + U.DBs.First +
              "': " + R.Text);
}

// Why LLVM cannot inline helper D into each of its recorded sites, where
// that is known before the inliner runs.
void incompatibilities(Module &M, ModuleAnalysisManager &MAM, Function &D,
                       Record &R) {
  auto &FAM = MAM.getResult<FunctionAnalysisManagerModuleProxy>(M).getManager();
  for (Site &S : R.Sites) {
    Function *Caller = S.Callee == D.getName() ? M.getFunction(S.Caller)
                                               : nullptr;
    if (!Caller || Caller->isDeclaration())
      continue;
    if (!AttributeFuncs::areInlineCompatible(*Caller, D) ||
        !FAM.getResult<TargetIRAnalysis>(*Caller).areInlineCompatible(Caller,
                                                                      &D))
      S.Incompatible = "conflicting attributes";
    else if (Caller->hasOptNone())
      S.Incompatible = "the caller is optnone";
  }
}

// Decides on the helpers in WORK and, transitively, the ones their bodies
// call; imports those that may be.  Returns whether any was.
bool decide(Module &M, ModuleAnalysisManager &MAM, Unit &U,
            OptimizationLevel L, std::vector<Function *> Work, Record &R) {
  std::set<std::string> Seen;
  unsigned Imported = 0;
  for (unsigned Depth = 0; Depth <= MaxDepth && !Work.empty(); Depth++) {
    std::vector<Function *> Next;
    for (Function *Fn : Work) {
      std::string Name = Fn->getName().str();
      if (!Seen.insert(Name).second || !Fn->isDeclaration())
        continue;
      xir_func *F = nullptr;
      const xir_entry *E = nullptr;
      Refusal Rf = limits(L, Depth, Imported);
      if (!Rf)
        Rf = legal(U, *Fn, &F, &E);
      if (!Rf)
        Rf = link(M, *Fn, F, E);
      if (Rf) {
        diagnose(U, Name, Rf);
        R.Refused.emplace_back(Name, Rf.Text);
        if (F)
          xir_func_free(F);
        continue;
      }
      Imported++;
      Function *D = M.getFunction(Name);
      incompatibilities(M, MAM, *D, R);
      for (uint32_t I = 0; I < F->nsyms; I++)
        if (F->syms[I].kind == XIR_SYM_FUNC) {
          Function *G = M.getFunction(F->syms[I].name);
          if (G && G->isDeclaration() && known(U.DBs, G->getName()))
            Next.push_back(G);
        }
      xir_func_free(F);
    }
    Work = std::move(Next);
  }
  return Imported != 0;
}

} // namespace

PreservedAnalyses ImportPass::run(Module &M, ModuleAnalysisManager &MAM) {
  if (!S->FromPipeline) {
    // The cl::opts: read once they were parsed; an error ends the
    // compilation as an error in an option would.
    if (!clOptionsGiven())
      return PreservedAnalyses::all();
    S->Opts = Options();
    if (!clOptions(S->Opts) ||
        (!S->Opts.DBs.empty() && !(S->DBs = loadDBs(S->Opts))))
      std::exit(1);
    S->FromPipeline = true;
  }
  if (S->Opts.Disable || !S->DBs || !xir_db_count(&S->DBs->DB))
    return PreservedAnalyses::all();
  Unit U(M, *S->DBs, S->Opts);
  Record R;
  R.Report = S->Opts.Report;
  R.ReportFile = S->Opts.ReportFile;
  std::vector<Function *> Work = candidates(M, U, R);
  if (Work.empty())
    return PreservedAnalyses::all();
  bool Changed = decide(M, MAM, U, Level, std::move(Work), R);
  char Msg[2048];
  if (xir_db_load_error(&S->DBs->DB, Msg, sizeof Msg)) {
    // A corrupt DB is found where a lookup reads it: an error, as at load.
    message("error", Msg);
    std::exit(1);
  }
  putRecord(&M, std::move(R));
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

} // namespace xinline
