// options.cpp - the plugin's options and messages.
//
// The same options arrive two ways.  As cl::opts (-xinline-db=A.xdb,B.xdb
// -xinline-report[=FILE] -xinline-symvers=F,F -xinline-license=S
// -xinline-namespaces=NS,NS -xinline-flavour=builtin|module
// -xinline-disable) when the host loads the plugin before it parses its
// LLVM options (opt -load-pass-plugin).  rustc 1.95 and 1.96 load
// -Zllvm-plugins only when they optimize, after -Cllvm-args went to
// LLVM's parser (which rejects options it does not know), so with rustc
// the options are the parameters of the pass the plugin registers:
//   -Cpasses='xinline<db=A.xdb;db=B.xdb;report=r.json;flavour=module>'
// (';' separates them, a list option is repeated).  Bad values are errors
// naming the option as it was spelled and the fix.
#include "xinline-llvm.h"

#include "llvm/Support/CommandLine.h"

#include <unistd.h>

using namespace llvm;

namespace xinline {

void message(const char *Severity, const std::string &Text) {
  std::string Line = std::string(Severity) + ": xinline: " + Text + "\n";
  const char *P = Line.data();
  size_t N = Line.size();
  while (N) {
    ssize_t W = ::write(2, P, N);
    if (W <= 0)
      return;
    P += W;
    N -= (size_t)W;
  }
}

namespace {

// Records whether a value was given: "" none, "=VALUE" one (maybe empty).
struct ValueParser : public cl::parser<std::string> {
  using cl::parser<std::string>::parser;
  bool parse(cl::Option &, StringRef, StringRef Arg, std::string &V) {
    V = Arg.data() ? "=" + Arg.str() : "";
    return false;
  }
};

cl::opt<std::string, false, ValueParser>
    ClDB("xinline-db", cl::ValueOptional, cl::value_desc("A.xdb[,B.xdb]"),
         cl::desc("xinline: import the helpers of these DBs"));
cl::opt<std::string, false, ValueParser>
    ClReport("xinline-report", cl::ValueOptional, cl::value_desc("FILE"),
             cl::desc("xinline: a note per call site, or JSON lines into "
                      "FILE"));
cl::opt<std::string, false, ValueParser>
    ClSymvers("xinline-symvers", cl::ValueOptional,
              cl::value_desc("F[,F]"),
              cl::desc("xinline: module safety against Module.symvers"));
cl::opt<std::string, false, ValueParser>
    ClLicense("xinline-license", cl::ValueOptional, cl::value_desc("S"),
              cl::desc("xinline: the module's license"));
cl::opt<std::string, false, ValueParser>
    ClNamespaces("xinline-namespaces", cl::ValueOptional,
                 cl::value_desc("NS[,NS]"),
                 cl::desc("xinline: the symbol namespaces the module "
                          "imports"));
cl::opt<std::string, false, ValueParser>
    ClFlavour("xinline-flavour", cl::ValueOptional,
              cl::value_desc("builtin|module"),
              cl::desc("xinline: the flavour of helpers this code takes"));
cl::opt<std::string, false, ValueParser>
    ClDisable("xinline-disable", cl::ValueOptional,
              cl::desc("xinline: import nothing"));

// How the user wrote an option: -xinline-KEY or xinline<KEY>.
struct Spelling {
  bool Pass;
  std::string name(StringRef Key) const {
    return Pass ? "xinline<" + Key.str() + ">" : "-xinline-" + Key.str();
  }
  std::string with(StringRef Key, StringRef Val) const {
    return Pass ? "xinline<" + Key.str() + "=" + Val.str() + ">"
                : "-xinline-" + Key.str() + "=" + Val.str();
  }
};

void split(StringRef V, char Sep, std::vector<std::string> &Out) {
  SmallVector<StringRef, 4> Parts;
  V.split(Parts, Sep, -1, false);
  for (StringRef P : Parts)
    Out.push_back(P.str());
}

bool bad(const std::string &Text) {
  message("error", Text);
  return false;
}

// One option KEY, with value VAL when HAS (a cl::opt list value is split
// at commas).
bool setOption(Options &O, StringRef Key, bool Has, StringRef Val,
               const Spelling &S) {
  if (Key == "disable") {
    if (Has)
      return bad("'" + S.name("disable") + "' takes no value");
    O.Disable = true;
  } else if (Key == "report") {
    O.Report = true;
    if (Has && Val.empty())
      return bad("'" + S.with("report", "") + "' needs a file name");
    if (Has)
      O.ReportFile = Val.str();
  } else if (Key == "db" || Key == "symvers") {
    std::vector<std::string> &L = Key == "db" ? O.DBs : O.Symvers;
    size_t Before = L.size();
    if (S.Pass && !Val.empty())
      L.push_back(Val.str());   // repeated in xinline<...>
    else if (!S.Pass)
      split(Val, ',', L);
    if (L.size() == Before)
      return bad("'" + S.name(Key) + "' needs a file, e.g. '" +
                 S.with(Key, Key == "db" ? "helpers.xdb" : "Module.symvers") +
                 "'");
  } else if (Key == "license") {
    if (Val.empty())
      return bad("'" + S.name("license") +
                 "' needs the module license, e.g. '" +
                 S.with("license", "GPL") + "'");
    O.HaveLicense = true;
    O.License = Val.str();
  } else if (Key == "namespaces") {
    O.HaveNamespaces = true;
    if (S.Pass && !Val.empty())
      O.Namespaces.push_back(Val.str());
    else if (!S.Pass)
      split(Val, ',', O.Namespaces);
  } else if (Key == "flavour") {
    if (Val != "builtin" && Val != "module")
      return bad("'" + S.name("flavour") + "' takes builtin or module, not '" +
                 Val.str() + "'; use '" + S.with("flavour", "builtin") +
                 "' for the kernel and built-in code, '" +
                 S.with("flavour", "module") + "' for a loadable module");
    O.Flavour = Val == "module" ? XIR_FLAVOUR_MODULE : XIR_FLAVOUR_BUILTIN;
  } else
    return bad("unknown option '" + Key.str() +
               "' in 'xinline<...>'; known: db=FILE, report, report=FILE, "
               "symvers=FILE, license=STRING, namespaces=NS, "
               "flavour=builtin|module, disable (separated by ';')");
  return true;
}

} // namespace

bool parsePassParams(StringRef Params, Options &O) {
  Spelling S{true};
  SmallVector<StringRef, 8> Parts;
  Params.split(Parts, ';', -1, false);
  for (StringRef P : Parts) {
    auto KV = P.split('=');
    bool Has = P.contains('=');
    if (!setOption(O, KV.first.trim(), Has, KV.second, S))
      return false;
  }
  return true;
}

bool clOptionsGiven() {
  return ClDB.getNumOccurrences() || ClReport.getNumOccurrences() ||
         ClSymvers.getNumOccurrences() || ClLicense.getNumOccurrences() ||
         ClNamespaces.getNumOccurrences() || ClFlavour.getNumOccurrences() ||
         ClDisable.getNumOccurrences();
}

bool clOptions(Options &O) {
  Spelling S{false};
  struct {
    const char *Key;
    cl::opt<std::string, false, ValueParser> *Opt;
  } const Table[] = {{"disable", &ClDisable},   {"db", &ClDB},
                     {"report", &ClReport},     {"symvers", &ClSymvers},
                     {"license", &ClLicense},   {"namespaces", &ClNamespaces},
                     {"flavour", &ClFlavour}};
  for (const auto &T : Table) {
    if (!T.Opt->getNumOccurrences())
      continue;
    StringRef V = *T.Opt;
    bool Has = V.consume_front("=");
    if (!setOption(O, T.Key, Has, V, S))
      return false;
  }
  return true;
}

} // namespace xinline
