// xinline-llvm.h - the LLVM pass plugin (plugin/xinline-llvm.so) between
// its files: options (options.cpp), the DBs every module shares
// (plugin.cpp), legality (legal.cpp), the import pass (import.cpp) and the
// per-call-site report (report.cpp).
//
// The plugin gives LLVM's inliner the bodies of the DB helpers a module
// declares and calls, exactly as the GCC plugin gives them to GCC's: at
// pipeline start each legal helper is translated by the IR library
// (ir/xir-llvm.c), parsed, linked in as an available_externally
// definition carrying its callers' target attributes, and left to the
// inliner; at the end of the optimization pipeline the report says what
// became of each call site.  docs/LLVM.md describes the whole.
#ifndef XINLINE_LLVM_H
#define XINLINE_LLVM_H

#include "llvm/ADT/StringRef.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Passes/OptimizationLevel.h"

#include <memory>
#include <mutex>
#include <string>
#include <vector>

extern "C" {
#include "xir.h"
#include "xir-import.h"
}

namespace llvm {
class CallBase;
class Function;
class Module;
} // namespace llvm

namespace xinline {

// ---- messages (options.cpp) --------------------------------------------------

// "SEVERITY: xinline: TEXT" on standard error, written at once.
void message(const char *Severity, const std::string &Text);

// ---- options (options.cpp) ----------------------------------------------------

struct Options {
  bool Disable = false;
  std::vector<std::string> DBs;
  bool Report = false;       // notes per call site on standard error
  std::string ReportFile;    // JSON lines appended to this file
  std::vector<std::string> Symvers;
  bool HaveLicense = false;
  std::string License;
  bool HaveNamespaces = false;
  std::vector<std::string> Namespaces;
  uint8_t Flavour = XIR_FLAVOUR_BUILTIN;
};

// The options of xinline<PARAMS> in a pass pipeline ("db=a.xdb;report"):
// false after printing an error naming the option and the fix.
bool parsePassParams(llvm::StringRef Params, Options &O);
// The options given as -xinline-* (cl::opt): false after printing an
// error.
bool clOptions(Options &O);
// Whether any -xinline-* cl::opt was given.
bool clOptionsGiven();

// ---- the DBs of the process (plugin.cpp) ----------------------------------------

// What options name, loaded once per process and shared by every module
// (rustc optimizes its modules on several threads).
struct DBSet {
  xir_db DB = {};
  std::string First;         // the first DB file, for messages
  xir_symvers *Symvers = nullptr;
  ~DBSet();
};
// The DBs and Module.symvers files O names: NULL after printing an error.
const DBSet *loadDBs(const Options &O);
// Serializes the IR library's unsynchronized state (the staleness cache).
std::mutex &libraryLock();
xir_fresh *freshCache();

// ---- legality (legal.cpp) ----------------------------------------------------

enum class Severity { Quiet, Note, Warning };

struct Refusal {
  Severity Sev = Severity::Quiet;
  std::string Text;          // empty: not refused
  explicit operator bool() const { return !Text.empty(); }
};

// Why not to import: the texts of the GCC plugin's refusal.def, and the
// ones only this importer has.
enum class Why {
#define XI_REFUSAL(CODE, SEVERITY, TEXT) CODE,
#include "refusal.def"
#undef XI_REFUSAL
#define XL_REFUSAL(CODE, SEVERITY, TEXT) LLVM_##CODE,
#include "refusal-llvm.def"
#undef XL_REFUSAL
};
Refusal refuse(Why Code, ...);

// The module being imported into: what legality needs to know about it.
struct Unit {
  llvm::Module &M;
  const DBSet &DBs;
  const Options &Opts;
  std::string License;       // effective licence ("" and !HaveLicense:
  bool HaveLicense = false;  // unknown)
  std::vector<std::string> Namespaces;
  std::vector<const llvm::Function *> NoinstrCallees;
  Unit(llvm::Module &M, const DBSet &D, const Options &O);
};

// May helper declaration F be imported?  On success *Body is the decoded
// body (freed by the caller) and *Entry its DB entry.
Refusal legal(const Unit &U, const llvm::Function &F, xir_func **Body,
              const xir_entry **Entry);
// Whether the DB has helper NAME in either flavour.
bool known(const DBSet &D, llvm::StringRef Name);

// ---- passes (import.cpp, report.cpp) ---------------------------------------------

struct Shared;

// Pipeline start: imports the helpers the module calls.
class ImportPass : public llvm::PassInfoMixin<ImportPass> {
  std::shared_ptr<Shared> S;
  llvm::OptimizationLevel Level;

public:
  ImportPass(std::shared_ptr<Shared> S, llvm::OptimizationLevel L)
      : S(std::move(S)), Level(L) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

// End of the optimization pipeline: the per-call-site report.
class ReportPass : public llvm::PassInfoMixin<ReportPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

// The options of one pass builder (one module's optimization): from
// xinline<...> in the pipeline when given there, else the cl::opts.
struct Shared {
  Options Opts;
  bool FromPipeline = false;
  const DBSet *DBs = nullptr;
};

// A call site of a helper in the module's own code.
struct Site {
  std::string Caller, Callee, File;
  unsigned Line = 0, Column = 0;
  bool Inlined = true;
  std::string Reason;        // when not inlined
  std::string Incompatible;  // why LLVM cannot inline it here, if known
};

// Where call CB is: its debug location, or the module without one (line
// and column 0).
void siteLocation(const llvm::Module &M, const llvm::CallBase &CB, Site &S);

// What the import pass leaves for the report pass of the same module.
struct Record {
  bool Report = false;
  std::string ReportFile;
  std::vector<Site> Sites;
  // Helper -> refusal text; absent: imported.
  std::vector<std::pair<std::string, std::string>> Refused;
};
void putRecord(const llvm::Module *M, Record R);
bool takeRecord(const llvm::Module *M, Record &R);

// Metadata kinds: a site's number on its call, and calls inside imported
// bodies (not sites of the module's own code).
extern const char *const SiteMD;
extern const char *const InnerMD;

} // namespace xinline

#endif // XINLINE_LLVM_H
