// plugin.cpp - the pass plugin's entry point (llvmGetPassPluginInfo), the
// DBs shared by every module of the process, and the records the import
// pass leaves for the report pass.
//
// Per pass builder (one module's optimization): the import pass at
// pipeline start, the report pass at the end of the optimization
// pipeline, and the pipeline element xinline<OPTIONS>, whose parsing
// (before the pipeline runs) sets the options and loads the DBs; errors
// there fail the compilation before anything is optimized.
#include "xinline-llvm.h"

#include "llvm/Passes/PassBuilder.h"
#include "llvm/Plugins/PassPlugin.h"

#include <map>

using namespace llvm;

#ifndef XINLINE_VERSION
#define XINLINE_VERSION "unknown"
#endif

namespace xinline {

// ---- the DBs -------------------------------------------------------------------

DBSet::~DBSet() {
  xir_db_free(&DB);
  xir_symvers_free(Symvers);
}

std::mutex &libraryLock() {
  static std::mutex L;
  return L;
}

xir_fresh *freshCache() {
  static xir_fresh *C = xir_fresh_new();
  return C;
}

const DBSet *loadDBs(const Options &O) {
  static std::map<std::string, std::unique_ptr<DBSet>> Cache;
  std::string Key;
  for (const std::string &D : O.DBs)
    Key += "db\n" + D + "\n";
  for (const std::string &S : O.Symvers)
    Key += "symvers\n" + S + "\n";
  std::lock_guard<std::mutex> G(libraryLock());
  auto It = Cache.find(Key);
  if (It != Cache.end())
    return It->second.get();
  auto D = std::make_unique<DBSet>();
  char Msg[2048];
  for (const std::string &F : O.DBs)
    if (xir_db_load_file(&D->DB, F.c_str(), Msg, sizeof Msg)) {
      message("error", Msg);
      return nullptr;
    }
  if (!O.DBs.empty())
    D->First = O.DBs[0];
  if (xir_db_load_finish(&D->DB, D->First.c_str(), Msg, sizeof Msg)) {
    message("error", Msg);
    return nullptr;
  }
  if (!O.Symvers.empty()) {
    D->Symvers = xir_symvers_new();
    for (const std::string &F : O.Symvers)
      if (xir_symvers_load(D->Symvers, F.c_str(), Msg, sizeof Msg)) {
        message("error", Msg);
        return nullptr;
      }
    xir_symvers_sort(D->Symvers);
  }
  return (Cache[Key] = std::move(D)).get();
}

// ---- records ------------------------------------------------------------------------

const char *const SiteMD = "xinline.site";
const char *const InnerMD = "xinline.inner";

static std::mutex RecordLock;
static std::map<const Module *, Record> Records;

void putRecord(const Module *M, Record R) {
  std::lock_guard<std::mutex> G(RecordLock);
  Records[M] = std::move(R);
}

bool takeRecord(const Module *M, Record &R) {
  std::lock_guard<std::mutex> G(RecordLock);
  auto It = Records.find(M);
  if (It == Records.end())
    return false;
  R = std::move(It->second);
  Records.erase(It);
  return true;
}

// ---- registration ------------------------------------------------------------------

namespace {

// What xinline<...> adds to the pipeline: nothing to run, the options
// are its point.
struct OptionsPass : PassInfoMixin<OptionsPass> {
  PreservedAnalyses run(Module &, ModuleAnalysisManager &) {
    return PreservedAnalyses::all();
  }
};

void registerCallbacks(PassBuilder &PB) {
  auto S = std::make_shared<Shared>();
  PB.registerPipelineParsingCallback(
      [S](StringRef Name, ModulePassManager &MPM,
          ArrayRef<PassBuilder::PipelineElement>) {
        if (!Name.consume_front("xinline"))
          return false;
        if (!Name.empty() && !(Name.consume_front("<") &&
                               Name.consume_back(">")))
          return false;
        S->Opts = Options();
        if (!parsePassParams(Name, S->Opts))
          return false;
        S->FromPipeline = true;
        S->DBs = S->Opts.DBs.empty() ? nullptr : loadDBs(S->Opts);
        if (!S->Opts.DBs.empty() && !S->DBs)
          return false;
        MPM.addPass(OptionsPass());
        return true;
      });
  PB.registerPipelineStartEPCallback(
      [S](ModulePassManager &MPM, OptimizationLevel L) {
        MPM.addPass(ImportPass(S, L));
      });
  PB.registerOptimizerLastEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel, ThinOrFullLTOPhase) {
        MPM.addPass(ReportPass());
      });
}

} // namespace
} // namespace xinline

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "xinline", XINLINE_VERSION,
          xinline::registerCallbacks};
}
