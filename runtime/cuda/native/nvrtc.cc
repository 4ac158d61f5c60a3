// NVRTC (optional): nvrtcLoad(paths) dlopens the first loadable path; nvrtcCompile() compiles CUDA C++ to
// PTX or cubin on a worker thread.
#include <dlfcn.h>

#include <mutex>
#include <string>
#include <vector>

#include "addon.h"

namespace tfcuda __attribute__((visibility("hidden"))) {

namespace {

struct Nvrtc {
  std::mutex mu;
  void* lib = nullptr;
  std::string path;
  int major = 0, minor = 0;
  PFN_nvrtcGetErrorString getErrorString = nullptr;
  PFN_nvrtcVersion version = nullptr;
  PFN_nvrtcCreateProgram createProgram = nullptr;
  PFN_nvrtcDestroyProgram destroyProgram = nullptr;
  PFN_nvrtcCompileProgram compileProgram = nullptr;
  PFN_nvrtcGetSize getPTXSize = nullptr, getCUBINSize = nullptr, getLogSize = nullptr;
  PFN_nvrtcGetBytes getPTX = nullptr, getCUBIN = nullptr, getLog = nullptr;
};
Nvrtc nvrtc;

}  // namespace

// nvrtcLoad(paths: string[]) -> { loaded, path, version: [major, minor] | null, errors: string[] }
// Tries each path (a name for the loader's search, or an absolute path) until one loads.
Napi::Value NvrtcLoad(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::lock_guard<std::mutex> lock(nvrtc.mu);
  Napi::Array errors = Napi::Array::New(env);
  if (!nvrtc.lib && info.Length() > 0 && info[0].IsArray()) {
    Napi::Array paths = info[0].As<Napi::Array>();
    for (uint32_t i = 0; i < paths.Length() && !nvrtc.lib; i++) {
      if (!paths.Get(i).IsString()) continue;
      std::string path = paths.Get(i).As<Napi::String>().Utf8Value();
      dlerror();
      void* h = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (!h) {
        const char* e = dlerror();
        errors.Set(errors.Length(), e ? e : (path + ": dlopen failed"));
        continue;
      }
      auto sym = [&](const char* name) { return dlsym(h, name); };
      Nvrtc& n = nvrtc;
      n.getErrorString = reinterpret_cast<PFN_nvrtcGetErrorString>(sym("nvrtcGetErrorString"));
      n.version = reinterpret_cast<PFN_nvrtcVersion>(sym("nvrtcVersion"));
      n.createProgram = reinterpret_cast<PFN_nvrtcCreateProgram>(sym("nvrtcCreateProgram"));
      n.destroyProgram = reinterpret_cast<PFN_nvrtcDestroyProgram>(sym("nvrtcDestroyProgram"));
      n.compileProgram = reinterpret_cast<PFN_nvrtcCompileProgram>(sym("nvrtcCompileProgram"));
      n.getPTXSize = reinterpret_cast<PFN_nvrtcGetSize>(sym("nvrtcGetPTXSize"));
      n.getPTX = reinterpret_cast<PFN_nvrtcGetBytes>(sym("nvrtcGetPTX"));
      n.getCUBINSize = reinterpret_cast<PFN_nvrtcGetSize>(sym("nvrtcGetCUBINSize"));
      n.getCUBIN = reinterpret_cast<PFN_nvrtcGetBytes>(sym("nvrtcGetCUBIN"));
      n.getLogSize = reinterpret_cast<PFN_nvrtcGetSize>(sym("nvrtcGetProgramLogSize"));
      n.getLog = reinterpret_cast<PFN_nvrtcGetBytes>(sym("nvrtcGetProgramLog"));
      if (!n.getErrorString || !n.version || !n.createProgram || !n.destroyProgram || !n.compileProgram || !n.getPTXSize ||
          !n.getPTX || !n.getLogSize || !n.getLog) {
        errors.Set(errors.Length(), path + ": not an NVRTC library (missing entry points)");
        dlclose(h);
        continue;
      }
      n.lib = h;
      n.path = path;
      n.version(&n.major, &n.minor);
    }
  }
  Napi::Object o = Napi::Object::New(env);
  o.Set("loaded", nvrtc.lib != nullptr);
  o.Set("path", nvrtc.lib ? Napi::Value(Napi::String::New(env, nvrtc.path)) : env.Null());
  if (nvrtc.lib) {
    Napi::Array v = Napi::Array::New(env, 2);
    v.Set(0u, nvrtc.major);
    v.Set(1u, nvrtc.minor);
    o.Set("version", v);
  } else {
    o.Set("version", env.Null());
  }
  o.Set("errors", errors);
  return o;
}

namespace {

class NvrtcWorker : public Napi::AsyncWorker {
 public:
  NvrtcWorker(Napi::Env env, std::string source, std::string name, std::vector<std::string> options, bool cubin)
      : Napi::AsyncWorker(env, "tempofuse.nvrtc"), deferred_(Napi::Promise::Deferred::New(env)), source_(std::move(source)),
        name_(std::move(name)), options_(std::move(options)), cubin_(cubin) {}
  Napi::Promise Start() {
    Napi::Promise p = deferred_.Promise();
    Queue();
    return p;
  }

 protected:
  void Execute() override {
    Nvrtc& n = nvrtc;
    auto fail = [&](nvrtcResult r, const char* call) {
      failure_ = Failure{FailKind::Nvrtc, std::string(call) + " failed: " + n.getErrorString(r), call, n.getErrorString(r), r};
      if (!log_.empty()) failure_.message += "\n" + log_;
      SetError(failure_.message);
    };
    nvrtcProgram prog = nullptr;
    nvrtcResult r = n.createProgram(&prog, source_.c_str(), name_.c_str(), 0, nullptr, nullptr);
    if (r != 0) return fail(r, "nvrtcCreateProgram");
    std::vector<const char*> opts;
    for (const std::string& o : options_) opts.push_back(o.c_str());
    nvrtcResult compiled = n.compileProgram(prog, static_cast<int>(opts.size()), opts.data());
    size_t logSize = 0;
    if (n.getLogSize(prog, &logSize) == 0 && logSize > 1) {
      std::vector<char> log(logSize, 0);
      if (n.getLog(prog, log.data()) == 0) log_.assign(log.data());
    }
    if (compiled != 0) {
      fail(compiled, "nvrtcCompileProgram");
    } else if (cubin_ && (!n.getCUBINSize || !n.getCUBIN)) {
      failure_ = Failure{FailKind::Nvrtc, "this NVRTC cannot emit cubin (no nvrtcGetCUBIN)", "nvrtcGetCUBIN", "", 0};
      SetError(failure_.message);
    } else {
      size_t size = 0;
      r = (cubin_ ? n.getCUBINSize : n.getPTXSize)(prog, &size);
      if (r == 0) {
        code_.resize(size);
        r = (cubin_ ? n.getCUBIN : n.getPTX)(prog, code_.data());
      }
      if (r != 0) fail(r, cubin_ ? "nvrtcGetCUBIN" : "nvrtcGetPTX");
    }
    n.destroyProgram(&prog);
  }
  void OnOK() override {
    Napi::Object o = Napi::Object::New(Env());
    size_t size = code_.size();
    if (!cubin_ && size && code_[size - 1] == 0) size--;  // the PTX text without its NUL
    o.Set("code", Napi::Buffer<char>::Copy(Env(), code_.data(), size));
    o.Set("log", log_);
    deferred_.Resolve(o);
  }
  void OnError(const Napi::Error&) override { deferred_.Reject(makeError(Env(), failure_).Value()); }

 private:
  Napi::Promise::Deferred deferred_;
  std::string source_, name_;
  std::vector<std::string> options_;
  bool cubin_;
  std::vector<char> code_;
  std::string log_;
  Failure failure_{};
};

}  // namespace

// nvrtcCompile(source, name, options: string[], cubin = false) -> Promise<{ code: Buffer, log: string }>
Napi::Value NvrtcCompile(const Napi::CallbackInfo& info) {
  return guardedAsync(info.Env(), [&]() -> Napi::Value {
    std::string source = argString(info, 0, "source");
    std::string name = argString(info, 1, "program name");
    std::vector<std::string> options;
    if (info.Length() > 2 && info[2].IsArray()) {
      Napi::Array a = info[2].As<Napi::Array>();
      for (uint32_t i = 0; i < a.Length(); i++) {
        if (!a.Get(i).IsString()) usage("nvrtcCompile: options must be strings");
        options.push_back(a.Get(i).As<Napi::String>().Utf8Value());
      }
    }
    bool cubin = info.Length() > 3 && info[3].ToBoolean().Value();
    {
      std::lock_guard<std::mutex> lock(nvrtc.mu);
      if (!nvrtc.lib) throw Failure{FailKind::Nvrtc, "NVRTC is not loaded (call nvrtcLoad first; libnvrtc.so not found)", "", "", 0};
    }
    return (new NvrtcWorker(info.Env(), std::move(source), std::move(name), std::move(options), cubin))->Start();
  });
}

}  // namespace tfcuda
