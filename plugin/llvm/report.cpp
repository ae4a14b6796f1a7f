// report.cpp - what became of each call site to a DB helper, at the end of
// the optimization pipeline; the GCC plugin's formats (plugin/report.c).
//
// A site of a helper that was not imported keeps its call, for the
// recorded refusal.  A call still in the module's code with a site number
// was not inlined; a call without one (an optimization merged calls and
// dropped the number) is matched by callee and location, or, without a
// location, keeps every site of its callee a call: the report never says
// "inlined" of a call that may remain.  Calls inside imported bodies are
// not the module's sites.  Output: a note per site on standard error
// ("FILE:LINE:COL: note: xinline: call to 'NAME' inlined") and/or one JSON
// object per line appended to the report file, in source order.
#include "xinline-llvm.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

#include <algorithm>
#include <fcntl.h>
#include <map>
#include <unistd.h>

using namespace llvm;

namespace xinline {

namespace {

const char *const KeptCall = "LLVM's inliner did not inline it";

void markCall(Site &S) {
  if (!S.Inlined)
    return;
  S.Inlined = false;
  S.Reason = S.Incompatible.empty() ? KeptCall : S.Incompatible;
}

// A remaining call CB to a helper with sites, without a site number.
void matchUnnumbered(const Module &M, const CallBase &CB, StringRef Callee,
                     std::vector<Site> &Sites) {
  Site Where;
  siteLocation(M, CB, Where);
  bool Located = CB.getDebugLoc().get() != nullptr;
  for (Site &S : Sites)
    if (S.Callee == Callee &&
        (!Located || (S.File == Where.File && S.Line == Where.Line &&
                      S.Column == Where.Column)))
      markCall(S);
}

// Finds the calls left in the module's code; drops the site numbers.
void remainingCalls(Module &M, Record &R) {
  LLVMContext &C = M.getContext();
  unsigned Kind = C.getMDKindID(SiteMD), Inner = C.getMDKindID(InnerMD);
  std::map<std::string, bool> Callees;
  for (const Site &S : R.Sites)
    Callees[S.Callee] = true;
  for (Function &F : M) {
    if (F.isDeclaration() || F.hasAvailableExternallyLinkage())
      continue;
    for (BasicBlock &BB : F)
      for (Instruction &I : BB) {
        auto *CB = dyn_cast<CallBase>(&I);
        const Function *Callee = CB ? CB->getCalledFunction() : nullptr;
        if (!Callee || !Callees.count(Callee->getName().str()))
          continue;
        if (const MDNode *N = CB->getMetadata(Kind)) {
          uint64_t Id =
              mdconst::extract<ConstantInt>(N->getOperand(0))->getZExtValue();
          if (Id < R.Sites.size())
            markCall(R.Sites[Id]);
          CB->setMetadata(Kind, nullptr);
        } else if (!CB->getMetadata(Inner))
          matchUnnumbered(M, *CB, Callee->getName(), R.Sites);
      }
  }
}

void jsonString(std::string &Out, const std::string &S) {
  Out += '"';
  for (unsigned char Ch : S) {
    char Buf[8];
    if (Ch == '"' || Ch == '\\') {
      Out += '\\';
      Out += (char)Ch;
    } else if (Ch < 0x20) {
      snprintf(Buf, sizeof Buf, "\\u%04x", Ch);
      Out += Buf;
    } else
      Out += (char)Ch;
  }
  Out += '"';
}

void writeReport(const Record &R) {
  std::string Notes, Json;
  for (const Site &S : R.Sites) {
    std::string Where = S.File + ":" + std::to_string(S.Line) + ":" +
                        std::to_string(S.Column);
    if (R.Report && R.ReportFile.empty())
      Notes += Where + ": note: xinline: call to '" + S.Callee +
               (S.Inlined ? "' inlined\n" : "' not inlined: " + S.Reason +
                                                "\n");
    if (R.ReportFile.empty())
      continue;
    Json += "{\"file\":";
    jsonString(Json, S.File);
    Json += ",\"line\":" + std::to_string(S.Line) +
            ",\"column\":" + std::to_string(S.Column) + ",\"caller\":";
    jsonString(Json, S.Caller);
    Json += ",\"callee\":";
    jsonString(Json, S.Callee);
    Json += S.Inlined ? ",\"inlined\":true" : ",\"inlined\":false";
    if (!S.Inlined) {
      Json += ",\"reason\":";
      jsonString(Json, S.Reason);
    }
    Json += "}\n";
  }
  if (!Notes.empty() && ::write(2, Notes.data(), Notes.size()) < 0)
    return;
  // One write in append mode: parallel compilations sharing a report file
  // do not interleave their lines.
  if (!Json.empty()) {
    int Fd = ::open(R.ReportFile.c_str(), O_WRONLY | O_APPEND | O_CREAT, 0666);
    if (Fd < 0 || ::write(Fd, Json.data(), Json.size()) != (ssize_t)Json.size())
      message("error", "cannot write report file '" + R.ReportFile + "': " +
                           strerror(errno));
    if (Fd >= 0)
      ::close(Fd);
  }
}

} // namespace

PreservedAnalyses ReportPass::run(Module &M, ModuleAnalysisManager &) {
  Record R;
  if (!takeRecord(&M, R))
    return PreservedAnalyses::all();
  for (const auto &H : R.Refused)
    for (Site &S : R.Sites)
      if (S.Callee == H.first && S.Inlined) {
        S.Inlined = false;
        S.Reason = H.second;
      }
  remainingCalls(M, R);
  std::stable_sort(R.Sites.begin(), R.Sites.end(),
                   [](const Site &A, const Site &B) {
                     if (A.File != B.File)
                       return A.File < B.File;
                     if (A.Line != B.Line)
                       return A.Line < B.Line;
                     if (A.Column != B.Column)
                       return A.Column < B.Column;
                     return A.Callee < B.Callee;
                   });
  writeReport(R);
  return PreservedAnalyses::all();
}

} // namespace xinline
