// tempofuse's CUDA runtime addon (node-addon-api).
//
// It links no CUDA library. The driver (libcuda.so.1, or the path given to the Driver constructor) is
// dlopen'ed at the first call of a Driver method, never when the addon loads; cuGetProcAddress is the only
// symbol taken with dlsym, and every other entry point is resolved through it with the ABI version of the
// variant this file was written against (cuMemAlloc -> cuMemAlloc_v2 at 3020, ...), legacy-stream flag.
// Without a driver every method throws an error with code 'E_NO_CUDA_DEVICE' saying why.
//
// One Driver serves any number of devices: each ordinal gets its primary context (retained on first use)
// and one non-blocking stream; copies, memsets, launches and event records are ordered on that stream.
// download() and synchronize() wait on a worker thread and return Promises, so the event loop never
// blocks on the GPU. Device pointers and module/function/event handles are BigInts; the addon tracks
// what it handed out and rejects anything else, so a stale or foreign handle is an error, not a crash.
//
// Every CUDA error becomes a JS Error with code 'E_CUDA', cudaCall (the variant called, e.g.
// "cuMemAlloc_v2"), cudaResult (e.g. "CUDA_ERROR_OUT_OF_MEMORY"), cudaCode and the driver's description.
//
// NVRTC (optional): nvrtcLoad(paths) dlopens the first loadable path; nvrtcCompile() compiles CUDA C++ to
// PTX or cubin on a worker thread.
#include <dlfcn.h>
#include <napi.h>

#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "cuda_api.h"

namespace {

// ---------------------------------------------------------------------------------------------- errors

enum class FailKind { Cuda, NoDevice, Nvrtc, Usage, Range };

struct Failure {
  FailKind kind;
  std::string message;
  std::string call;    // the CUDA/NVRTC function that failed
  std::string result;  // its result's name
  int code = 0;
};

[[noreturn]] void usage(const std::string& msg) { throw Failure{FailKind::Usage, msg, "", "", 0}; }
[[noreturn]] void outOfRange(const std::string& msg) { throw Failure{FailKind::Range, msg, "", "", 0}; }

Napi::Error makeError(Napi::Env env, const Failure& f) {
  if (f.kind == FailKind::Usage) return Napi::TypeError::New(env, f.message);
  if (f.kind == FailKind::Range) return Napi::RangeError::New(env, f.message);
  Napi::Error e = Napi::Error::New(env, f.message);
  switch (f.kind) {
    case FailKind::NoDevice: e.Set("code", "E_NO_CUDA_DEVICE"); break;
    case FailKind::Nvrtc: e.Set("code", "E_NVRTC"); break;
    default: e.Set("code", "E_CUDA"); break;
  }
  if (!f.call.empty()) e.Set("cudaCall", f.call);
  if (!f.result.empty()) {
    e.Set("cudaResult", f.result);
    e.Set("cudaCode", Napi::Number::New(env, f.code));
  }
  return e;
}

// Runs a method body, turning a Failure into the JS exception it stands for.
template <typename F>
Napi::Value guarded(Napi::Env env, F&& body) {
  try {
    return body();
  } catch (const Failure& f) {
    throw makeError(env, f);
  }
}

// Same for a method that returns a Promise: a failure before the work is queued rejects it, so that such
// a method never throws.
template <typename F>
Napi::Value guardedAsync(Napi::Env env, F&& body) {
  try {
    return body();
  } catch (const Failure& f) {
    Napi::Promise::Deferred d = Napi::Promise::Deferred::New(env);
    d.Reject(makeError(env, f).Value());
    return d.Promise();
  }
}

// Names for results met before cuGetErrorName is resolved (or when a driver lacks it).
const char* fallbackResultName(CUresult r) {
  switch (r) {
    case 0: return "CUDA_SUCCESS";
    case 1: return "CUDA_ERROR_INVALID_VALUE";
    case 2: return "CUDA_ERROR_OUT_OF_MEMORY";
    case 3: return "CUDA_ERROR_NOT_INITIALIZED";
    case 4: return "CUDA_ERROR_DEINITIALIZED";
    case 34: return "CUDA_ERROR_STUB_LIBRARY";
    case 35: return "CUDA_ERROR_INSUFFICIENT_DRIVER";
    case 100: return "CUDA_ERROR_NO_DEVICE";
    case 101: return "CUDA_ERROR_INVALID_DEVICE";
    case 200: return "CUDA_ERROR_INVALID_IMAGE";
    case 201: return "CUDA_ERROR_INVALID_CONTEXT";
    case 209: return "CUDA_ERROR_NO_BINARY_FOR_GPU";
    case 218: return "CUDA_ERROR_INVALID_PTX";
    case 222: return "CUDA_ERROR_UNSUPPORTED_PTX_VERSION";
    case 400: return "CUDA_ERROR_INVALID_HANDLE";
    case 500: return "CUDA_ERROR_NOT_FOUND";
    case 600: return "CUDA_ERROR_NOT_READY";
    case 700: return "CUDA_ERROR_ILLEGAL_ADDRESS";
    case 701: return "CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES";
    case 702: return "CUDA_ERROR_LAUNCH_TIMEOUT";
    case 719: return "CUDA_ERROR_LAUNCH_FAILED";
    case 801: return "CUDA_ERROR_NOT_SUPPORTED";
    case 803: return "CUDA_ERROR_SYSTEM_DRIVER_MISMATCH";
    case 804: return "CUDA_ERROR_COMPAT_NOT_SUPPORTED_ON_DEVICE";
    case 999: return "CUDA_ERROR_UNKNOWN";
    default: return nullptr;
  }
}

// ------------------------------------------------------------------------------------ argument helpers

uint64_t argU64(const Napi::CallbackInfo& info, size_t i, const char* what) {
  Napi::Value v = info[i];
  if (v.IsBigInt()) {
    bool lossless = true;
    uint64_t x = v.As<Napi::BigInt>().Uint64Value(&lossless);
    if (!lossless) outOfRange(std::string(what) + " does not fit 64 bits");
    return x;
  }
  usage(std::string(what) + " must be a bigint");
}

// A non-negative integer given as a number (exact below 2^53) or a bigint.
uint64_t argCount(const Napi::CallbackInfo& info, size_t i, const char* what) {
  Napi::Value v = info[i];
  if (v.IsBigInt()) return argU64(info, i, what);
  if (v.IsNumber()) {
    double d = v.As<Napi::Number>().DoubleValue();
    if (!(d >= 0) || d != static_cast<double>(static_cast<uint64_t>(d)) || d > 9007199254740992.0) {
      outOfRange(std::string(what) + " must be a non-negative integer");
    }
    return static_cast<uint64_t>(d);
  }
  usage(std::string(what) + " must be a number");
}

uint64_t argCountOr(const Napi::CallbackInfo& info, size_t i, const char* what, uint64_t fallback) {
  return info.Length() > i && !info[i].IsUndefined() ? argCount(info, i, what) : fallback;
}

int argOrdinal(const Napi::CallbackInfo& info, size_t i) {
  uint64_t o = argCountOr(info, i, "device ordinal", 0);
  if (o > 1024) outOfRange("device ordinal out of range");
  return static_cast<int>(o);
}

std::string argString(const Napi::CallbackInfo& info, size_t i, const char* what) {
  if (!info[i].IsString()) usage(std::string(what) + " must be a string");
  return info[i].As<Napi::String>().Utf8Value();
}

struct Bytes {
  const uint8_t* data;
  size_t length;
};

// The bytes of a Buffer, TypedArray, DataView or ArrayBuffer (no copy).
bool viewBytes(Napi::Value v, Bytes* out) {
  if (v.IsTypedArray()) {
    Napi::TypedArray t = v.As<Napi::TypedArray>();
    out->data = static_cast<const uint8_t*>(t.ArrayBuffer().Data()) + t.ByteOffset();
    out->length = t.ByteLength();
    return true;
  }
  if (v.IsDataView()) {
    Napi::DataView d = v.As<Napi::DataView>();
    out->data = static_cast<const uint8_t*>(d.ArrayBuffer().Data()) + d.ByteOffset();
    out->length = d.ByteLength();
    return true;
  }
  if (v.IsArrayBuffer()) {
    Napi::ArrayBuffer a = v.As<Napi::ArrayBuffer>();
    out->data = static_cast<const uint8_t*>(a.Data());
    out->length = a.ByteLength();
    return true;
  }
  return false;
}

Bytes argBytes(const Napi::CallbackInfo& info, size_t i, const char* what) {
  Bytes b{nullptr, 0};
  if (!viewBytes(info[i], &b)) usage(std::string(what) + " must be a TypedArray, Buffer, DataView or ArrayBuffer");
  return b;
}

unsigned int argDim3(Napi::Array a, uint32_t i, const char* what) {
  Napi::Value v = a.Get(i);
  double d = v.IsNumber() ? v.As<Napi::Number>().DoubleValue() : -1;
  if (!(d >= 1 && d <= 4294967295.0) || d != static_cast<double>(static_cast<uint32_t>(d))) {
    outOfRange(std::string(what) + " must hold three positive integers");
  }
  return static_cast<unsigned int>(d);
}

void argDims(const Napi::CallbackInfo& info, size_t i, const char* what, unsigned int out[3]) {
  if (!info[i].IsArray() || info[i].As<Napi::Array>().Length() != 3) usage(std::string(what) + " must be [x, y, z]");
  Napi::Array a = info[i].As<Napi::Array>();
  for (uint32_t k = 0; k < 3; k++) out[k] = argDim3(a, k, what);
}

Napi::BigInt handleValue(Napi::Env env, const void* p) {
  return Napi::BigInt::New(env, static_cast<uint64_t>(reinterpret_cast<uintptr_t>(p)));
}

template <typename T>
T handleFrom(uint64_t v) {
  return reinterpret_cast<T>(static_cast<uintptr_t>(v));
}

// ------------------------------------------------------------------------------------ driver entry points

struct Api {
  PFN_cuInit cuInit;
  PFN_cuDriverGetVersion cuDriverGetVersion;
  PFN_cuGetErrorName cuGetErrorName;
  PFN_cuGetErrorString cuGetErrorString;
  PFN_cuDeviceGetCount cuDeviceGetCount;
  PFN_cuDeviceGet cuDeviceGet;
  PFN_cuDeviceGetName cuDeviceGetName;
  PFN_cuDeviceGetAttribute cuDeviceGetAttribute;
  PFN_cuDeviceTotalMem cuDeviceTotalMem;
  PFN_cuDevicePrimaryCtxRetain cuDevicePrimaryCtxRetain;
  PFN_cuDevicePrimaryCtxRelease cuDevicePrimaryCtxRelease;
  PFN_cuCtxSetCurrent cuCtxSetCurrent;
  PFN_cuMemGetInfo cuMemGetInfo;
  PFN_cuMemAlloc cuMemAlloc;
  PFN_cuMemFree cuMemFree;
  PFN_cuMemcpyHtoDAsync cuMemcpyHtoDAsync;
  PFN_cuMemcpyDtoHAsync cuMemcpyDtoHAsync;
  PFN_cuMemsetD8Async cuMemsetD8Async;
  PFN_cuStreamCreate cuStreamCreate;
  PFN_cuStreamDestroy cuStreamDestroy;
  PFN_cuStreamSynchronize cuStreamSynchronize;
  PFN_cuModuleLoadDataEx cuModuleLoadDataEx;
  PFN_cuModuleUnload cuModuleUnload;
  PFN_cuModuleGetFunction cuModuleGetFunction;
  PFN_cuFuncGetAttribute cuFuncGetAttribute;
  PFN_cuLaunchKernel cuLaunchKernel;
  PFN_cuEventCreate cuEventCreate;
  PFN_cuEventRecord cuEventRecord;
  PFN_cuEventDestroy cuEventDestroy;
  PFN_cuEventElapsedTime cuEventElapsedTime;
};

// One entry point: the base name cuGetProcAddress takes, the variant whose signature Api declares, and
// the CUDA ABI version that selects that variant (1000 * major + 10 * minor). `newer` is a variant with the
// same signature to prefer when the driver is at least `newerVersion` (0: none).
struct Entry {
  const char* base;
  const char* variant;
  int version;
  size_t offset;
  const char* newer;
  int newerVersion;
};

#define TF_ENTRY(name, variant, version) {#name, variant, version, offsetof(Api, name), nullptr, 0}
const Entry kDriverEntries[] = {
    TF_ENTRY(cuInit, "cuInit", 2000),
    TF_ENTRY(cuGetErrorName, "cuGetErrorName", 6000),
    TF_ENTRY(cuGetErrorString, "cuGetErrorString", 6000),
    TF_ENTRY(cuDeviceGetCount, "cuDeviceGetCount", 2000),
    TF_ENTRY(cuDeviceGet, "cuDeviceGet", 2000),
    TF_ENTRY(cuDeviceGetName, "cuDeviceGetName", 2000),
    TF_ENTRY(cuDeviceGetAttribute, "cuDeviceGetAttribute", 2000),
    TF_ENTRY(cuDeviceTotalMem, "cuDeviceTotalMem_v2", 3020),
    TF_ENTRY(cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain", 7000),
    TF_ENTRY(cuDevicePrimaryCtxRelease, "cuDevicePrimaryCtxRelease_v2", 11000),
    TF_ENTRY(cuCtxSetCurrent, "cuCtxSetCurrent", 4000),
    TF_ENTRY(cuMemGetInfo, "cuMemGetInfo_v2", 3020),
    TF_ENTRY(cuMemAlloc, "cuMemAlloc_v2", 3020),
    TF_ENTRY(cuMemFree, "cuMemFree_v2", 3020),
    TF_ENTRY(cuMemcpyHtoDAsync, "cuMemcpyHtoDAsync_v2", 3020),
    TF_ENTRY(cuMemcpyDtoHAsync, "cuMemcpyDtoHAsync_v2", 3020),
    TF_ENTRY(cuMemsetD8Async, "cuMemsetD8Async", 3020),
    TF_ENTRY(cuStreamCreate, "cuStreamCreate", 2000),
    TF_ENTRY(cuStreamDestroy, "cuStreamDestroy_v2", 4000),
    TF_ENTRY(cuStreamSynchronize, "cuStreamSynchronize", 2000),
    TF_ENTRY(cuModuleLoadDataEx, "cuModuleLoadDataEx", 2010),
    TF_ENTRY(cuModuleUnload, "cuModuleUnload", 2000),
    TF_ENTRY(cuModuleGetFunction, "cuModuleGetFunction", 2000),
    TF_ENTRY(cuFuncGetAttribute, "cuFuncGetAttribute", 2020),
    TF_ENTRY(cuLaunchKernel, "cuLaunchKernel", 4000),
    TF_ENTRY(cuEventCreate, "cuEventCreate", 2000),
    TF_ENTRY(cuEventRecord, "cuEventRecord", 2000),
    TF_ENTRY(cuEventDestroy, "cuEventDestroy_v2", 4000),
    // CUDA 12.8 added cuEventElapsedTime_v2 (same signature); CUDA 13's header names only that one.
    {"cuEventElapsedTime", "cuEventElapsedTime", 2000, offsetof(Api, cuEventElapsedTime), "cuEventElapsedTime_v2", 12080},
};
#undef TF_ENTRY

std::string versionText(int v) { return std::to_string(v / 1000) + "." + std::to_string((v % 1000) / 10); }

// --------------------------------------------------------------------------------------------- Driver

class Driver : public Napi::ObjectWrap<Driver> {
 public:
  static Napi::Function Define(Napi::Env env);
  explicit Driver(const Napi::CallbackInfo& info);

  // Throws a Failure naming `call` when r is not CUDA_SUCCESS. Safe on worker threads.
  void check(CUresult r, const char* call) const {
    if (r == CUDA_SUCCESS) return;
    throw Failure{FailKind::Cuda, describe(r, call), call, resultName(r), r};
  }

  struct Ctx {
    CUdevice dev;
    CUcontext ctx;
    CUstream stream;
  };
  void makeCurrent(const Ctx& c) const { check(api_.cuCtxSetCurrent(c.ctx), "cuCtxSetCurrent"); }
  const Api& api() const { return api_; }

 private:
  std::string resultName(CUresult r) const {
    const char* s = nullptr;
    if (api_.cuGetErrorName && api_.cuGetErrorName(r, &s) == CUDA_SUCCESS && s) return s;
    s = fallbackResultName(r);
    return s ? s : "CUresult " + std::to_string(r);
  }
  std::string describe(CUresult r, const char* call) const {
    const char* s = nullptr;
    std::string text = std::string(call) + " failed: " + resultName(r);
    if (api_.cuGetErrorString && api_.cuGetErrorString(r, &s) == CUDA_SUCCESS && s) text += std::string(" (") + s + ")";
    return text;
  }

  void ensure();
  void load();
  Ctx& context(int ordinal);
  CUdevice device(int ordinal);
  // The allocation that holds [p, p + n), and its ordinal.
  int owner(CUdeviceptr p, uint64_t n, const char* what) const;

  Napi::Value Info(const Napi::CallbackInfo& info);
  Napi::Value DeviceCount(const Napi::CallbackInfo& info);
  Napi::Value DeviceInfo(const Napi::CallbackInfo& info);
  Napi::Value MemInfo(const Napi::CallbackInfo& info);
  Napi::Value Alloc(const Napi::CallbackInfo& info);
  Napi::Value Free(const Napi::CallbackInfo& info);
  Napi::Value Memset(const Napi::CallbackInfo& info);
  Napi::Value Upload(const Napi::CallbackInfo& info);
  Napi::Value Download(const Napi::CallbackInfo& info);
  Napi::Value LoadModule(const Napi::CallbackInfo& info);
  Napi::Value UnloadModule(const Napi::CallbackInfo& info);
  Napi::Value GetFunction(const Napi::CallbackInfo& info);
  Napi::Value FunctionInfo(const Napi::CallbackInfo& info);
  Napi::Value Launch(const Napi::CallbackInfo& info);
  Napi::Value Synchronize(const Napi::CallbackInfo& info);
  Napi::Value EventCreate(const Napi::CallbackInfo& info);
  Napi::Value EventRecord(const Napi::CallbackInfo& info);
  Napi::Value EventElapsed(const Napi::CallbackInfo& info);
  Napi::Value EventDestroy(const Napi::CallbackInfo& info);
  Napi::Value Release(const Napi::CallbackInfo& info);

  enum class State { Unloaded, Ready, Failed };
  std::string libPath_;
  State state_ = State::Unloaded;
  Failure loadFailure_{};
  void* lib_ = nullptr;
  std::string procName_;
  Api api_{};
  int driverVersion_ = 0;
  std::vector<std::pair<std::string, int>> resolved_;  // variant, version asked for
  std::string elapsedVariant_ = "cuEventElapsedTime";

  std::map<int, Ctx> ctxs_;
  struct Allocation {
    uint64_t bytes;
    int ordinal;
  };
  std::map<CUdeviceptr, Allocation> allocs_;
  std::map<CUmodule, int> modules_;
  struct Function {
    int ordinal;
    CUmodule module;
    std::string name;
  };
  std::map<CUfunction, Function> functions_;
  std::map<CUevent, int> events_;
};

Driver::Driver(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Driver>(info) {
  libPath_ = info.Length() > 0 && info[0].IsString() ? info[0].As<Napi::String>().Utf8Value() : "libcuda.so.1";
}

void Driver::ensure() {
  if (state_ == State::Unloaded) {
    try {
      load();
      state_ = State::Ready;
    } catch (const Failure& f) {
      state_ = State::Failed;
      loadFailure_ = f;
    }
  }
  if (state_ == State::Failed) throw loadFailure_;
}

void Driver::load() {
  auto noDevice = [](const std::string& why) { return Failure{FailKind::NoDevice, "no CUDA device: " + why, "", "", 0}; };
  dlerror();
  lib_ = dlopen(libPath_.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!lib_) {
    const char* e = dlerror();
    throw noDevice(libPath_ + " not found (" + (e ? e : "dlopen failed") + ")");
  }
  // cuGetProcAddress is the only symbol taken with dlsym: the CUDA 12+ export, else the 11.3+ one.
  PFN_getProcAddress_v12000 get12 = reinterpret_cast<PFN_getProcAddress_v12000>(dlsym(lib_, "cuGetProcAddress_v2"));
  PFN_getProcAddress_v11030 get11 = nullptr;
  procName_ = "cuGetProcAddress_v2";
  if (!get12) {
    get11 = reinterpret_cast<PFN_getProcAddress_v11030>(dlsym(lib_, "cuGetProcAddress"));
    procName_ = "cuGetProcAddress";
    if (!get11) throw noDevice(libPath_ + " has no cuGetProcAddress (a CUDA driver older than 11.3)");
  }
  auto getProc = [&](const char* base, int version, void** pfn) -> CUresult {
    *pfn = nullptr;
    CUdriverProcAddressQueryResult status = 0;
    return get12 ? get12(base, pfn, version, CU_GET_PROC_ADDRESS_LEGACY_STREAM, &status)
                 : get11(base, pfn, version, CU_GET_PROC_ADDRESS_LEGACY_STREAM);
  };

  void* p = nullptr;
  CUresult r = getProc("cuDriverGetVersion", 2020, &p);
  if (r != CUDA_SUCCESS || !p) throw noDevice(libPath_ + " does not resolve cuDriverGetVersion through " + procName_);
  api_.cuDriverGetVersion = reinterpret_cast<PFN_cuDriverGetVersion>(p);
  resolved_.push_back({"cuDriverGetVersion", 2020});
  r = api_.cuDriverGetVersion(&driverVersion_);
  if (r != CUDA_SUCCESS) throw noDevice("cuDriverGetVersion failed: " + resultName(r));

  for (const Entry& e : kDriverEntries) {
    void** slot = reinterpret_cast<void**>(reinterpret_cast<char*>(&api_) + e.offset);
    int version = e.version;
    const char* variant = e.variant;
    if (e.newer && driverVersion_ >= e.newerVersion) {
      if (getProc(e.base, e.newerVersion, slot) == CUDA_SUCCESS && *slot) {
        version = e.newerVersion;
        variant = e.newer;
      } else {
        *slot = nullptr;
      }
    }
    if (!*slot) {
      r = getProc(e.base, e.version, slot);
      if (r != CUDA_SUCCESS || !*slot) {
        std::string why = r != CUDA_SUCCESS ? resultName(r) : "symbol not found";
        throw noDevice("the CUDA driver " + versionText(driverVersion_) + " at " + libPath_ + " does not provide " +
                       variant + " (" + procName_ + "(\"" + e.base + "\", " + std::to_string(e.version) + "): " + why + ")");
      }
    }
    resolved_.push_back({variant, version});
    if (e.offset == offsetof(Api, cuEventElapsedTime)) elapsedVariant_ = variant;
  }

  r = api_.cuInit(0);
  if (r != CUDA_SUCCESS) {
    Failure f{FailKind::NoDevice, "no CUDA device: cuInit failed: " + resultName(r), "cuInit", resultName(r), r};
    const char* s = nullptr;
    if (api_.cuGetErrorString(r, &s) == CUDA_SUCCESS && s) f.message += std::string(" (") + s + ")";
    throw f;
  }
}

CUdevice Driver::device(int ordinal) {
  int n = 0;
  check(api_.cuDeviceGetCount(&n), "cuDeviceGetCount");
  if (ordinal >= n) {
    throw Failure{FailKind::NoDevice, "no CUDA device with ordinal " + std::to_string(ordinal) + ": the driver reports " +
                                          std::to_string(n) + " device(s)", "", "", 0};
  }
  CUdevice d = 0;
  check(api_.cuDeviceGet(&d, ordinal), "cuDeviceGet");
  return d;
}

Driver::Ctx& Driver::context(int ordinal) {
  ensure();
  auto it = ctxs_.find(ordinal);
  if (it != ctxs_.end()) {
    makeCurrent(it->second);
    return it->second;
  }
  Ctx c{};
  c.dev = device(ordinal);
  check(api_.cuDevicePrimaryCtxRetain(&c.ctx, c.dev), "cuDevicePrimaryCtxRetain");
  const char* call = "cuCtxSetCurrent";
  CUresult r = api_.cuCtxSetCurrent(c.ctx);
  if (r == CUDA_SUCCESS) {
    call = "cuStreamCreate";
    r = api_.cuStreamCreate(&c.stream, CU_STREAM_NON_BLOCKING);
  }
  if (r != CUDA_SUCCESS) {
    api_.cuDevicePrimaryCtxRelease(c.dev);
    check(r, call);
  }
  return ctxs_.emplace(ordinal, c).first->second;
}

int Driver::owner(CUdeviceptr p, uint64_t n, const char* what) const {
  auto it = allocs_.upper_bound(p);
  if (it != allocs_.begin()) {
    --it;
    uint64_t off = p - it->first;
    if (off <= it->second.bytes && n <= it->second.bytes - off) return it->second.ordinal;
    if (off < it->second.bytes) {
      outOfRange(std::string(what) + ": " + std::to_string(n) + " bytes at offset " + std::to_string(off) +
                 " overrun an allocation of " + std::to_string(it->second.bytes) + " bytes");
    }
  }
  usage(std::string(what) + ": not a live device allocation of this driver");
}

Napi::Value Driver::Info(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Object o = Napi::Object::New(env);
  o.Set("library", libPath_);
  try {
    ensure();
  } catch (const Failure&) {
  }
  o.Set("loaded", state_ == State::Ready);
  o.Set("error", state_ == State::Failed ? Napi::Value(Napi::String::New(env, loadFailure_.message)) : env.Null());
  if (state_ == State::Failed && !loadFailure_.result.empty()) o.Set("cudaResult", loadFailure_.result);
  o.Set("driverVersion", driverVersion_ ? Napi::Value(Napi::Number::New(env, driverVersion_)) : env.Null());
  o.Set("getProcAddress", lib_ ? Napi::Value(Napi::String::New(env, procName_)) : env.Null());
  Napi::Array entries = Napi::Array::New(env, resolved_.size());
  for (size_t i = 0; i < resolved_.size(); i++) {
    Napi::Object e = Napi::Object::New(env);
    e.Set("symbol", resolved_[i].first);
    e.Set("version", resolved_[i].second);
    entries.Set(static_cast<uint32_t>(i), e);
  }
  o.Set("entryPoints", entries);
  return o;
}

Napi::Value Driver::DeviceCount(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    ensure();
    int n = 0;
    check(api_.cuDeviceGetCount(&n), "cuDeviceGetCount");
    return Napi::Number::New(info.Env(), n);
  });
}

Napi::Value Driver::DeviceInfo(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    Napi::Env env = info.Env();
    int ordinal = argOrdinal(info, 0);
    ensure();
    CUdevice d = device(ordinal);
    char name[256] = {0};
    check(api_.cuDeviceGetName(name, sizeof name - 1, d), "cuDeviceGetName");
    size_t total = 0;
    check(api_.cuDeviceTotalMem(&total, d), "cuDeviceTotalMem_v2");
    auto attr = [&](CUdevice_attribute a) {
      int v = 0;
      check(api_.cuDeviceGetAttribute(&v, a, d), "cuDeviceGetAttribute");
      return v;
    };
    Napi::Object o = Napi::Object::New(env);
    o.Set("ordinal", ordinal);
    o.Set("name", name);
    int major = attr(CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR), minor = attr(CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR);
    o.Set("computeCapability", Napi::Array::New(env, 2));
    o.Get("computeCapability").As<Napi::Array>().Set(0u, major);
    o.Get("computeCapability").As<Napi::Array>().Set(1u, minor);
    o.Set("totalMemory", Napi::Number::New(env, static_cast<double>(total)));
    o.Set("multiprocessors", attr(CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT));
    o.Set("maxThreadsPerBlock", attr(CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK));
    o.Set("maxSharedMemoryPerBlock", attr(CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK));
    o.Set("maxSharedMemoryPerBlockOptin", attr(CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN));
    Napi::Array grid = Napi::Array::New(env, 3);
    grid.Set(0u, attr(CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_X));
    grid.Set(1u, attr(CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Y));
    grid.Set(2u, attr(CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Z));
    o.Set("maxGrid", grid);
    o.Set("warpSize", attr(CU_DEVICE_ATTRIBUTE_WARP_SIZE));
    o.Set("clockKHz", attr(CU_DEVICE_ATTRIBUTE_CLOCK_RATE));
    o.Set("memoryClockKHz", attr(CU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE));
    o.Set("memoryBusWidth", attr(CU_DEVICE_ATTRIBUTE_GLOBAL_MEMORY_BUS_WIDTH));
    o.Set("l2CacheBytes", attr(CU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE));
    o.Set("pciBusId", attr(CU_DEVICE_ATTRIBUTE_PCI_BUS_ID));
    return o;
  });
}

Napi::Value Driver::MemInfo(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    Ctx& c = context(argOrdinal(info, 0));
    (void)c;
    size_t free = 0, total = 0;
    check(api_.cuMemGetInfo(&free, &total), "cuMemGetInfo_v2");
    Napi::Object o = Napi::Object::New(info.Env());
    o.Set("free", Napi::Number::New(info.Env(), static_cast<double>(free)));
    o.Set("total", Napi::Number::New(info.Env(), static_cast<double>(total)));
    return o;
  });
}

// alloc(ordinal, bytes) -> device pointer. Zero bytes allocate one byte, so every buffer has an address.
Napi::Value Driver::Alloc(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    int ordinal = argOrdinal(info, 0);
    uint64_t bytes = argCount(info, 1, "byte count");
    context(ordinal);
    CUdeviceptr p = 0;
    check(api_.cuMemAlloc(&p, bytes ? bytes : 1), "cuMemAlloc_v2");
    allocs_[p] = Allocation{bytes, ordinal};
    return Napi::BigInt::New(info.Env(), static_cast<uint64_t>(p));
  });
}

Napi::Value Driver::Free(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    CUdeviceptr p = argU64(info, 0, "device pointer");
    ensure();
    auto it = allocs_.find(p);
    if (it == allocs_.end()) usage("free: not the start of a live device allocation of this driver");
    context(it->second.ordinal);
    allocs_.erase(it);
    check(api_.cuMemFree(p), "cuMemFree_v2");
    return info.Env().Undefined();
  });
}

// memset(ptr, byte, bytes): stream-ordered.
Napi::Value Driver::Memset(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    CUdeviceptr p = argU64(info, 0, "device pointer");
    uint64_t value = argCount(info, 1, "byte value");
    uint64_t bytes = argCount(info, 2, "byte count");
    if (value > 255) outOfRange("memset: byte value must be in [0, 255]");
    ensure();
    Ctx& c = context(owner(p, bytes, "memset"));
    if (bytes) check(api_.cuMemsetD8Async(p, static_cast<unsigned char>(value), bytes, c.stream), "cuMemsetD8Async");
    return info.Env().Undefined();
  });
}

// upload(ptr, bytes, offset = 0): stream-ordered host -> device copy. It returns once the driver has
// taken the host bytes (staged for pageable memory), so the caller may reuse them at once.
Napi::Value Driver::Upload(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    CUdeviceptr p = argU64(info, 0, "device pointer");
    Bytes b = argBytes(info, 1, "upload data");
    uint64_t offset = argCountOr(info, 2, "offset", 0);
    ensure();
    Ctx& c = context(owner(p + offset, b.length, "upload"));
    if (b.length) check(api_.cuMemcpyHtoDAsync(p + offset, b.data, b.length, c.stream), "cuMemcpyHtoDAsync_v2");
    return info.Env().Undefined();
  });
}

// A Promise settled by work done on a libuv worker thread.
class PromiseWorker : public Napi::AsyncWorker {
 public:
  PromiseWorker(Napi::Env env, Napi::Object driverObject, Driver* driver, Driver::Ctx ctx)
      : Napi::AsyncWorker(env, "tempofuse.cuda"), deferred_(Napi::Promise::Deferred::New(env)), driver_(driver), ctx_(ctx) {
    driverRef_ = Napi::Persistent(driverObject);  // keeps the Driver alive until the work is done
  }
  Napi::Promise Start() {
    Napi::Promise p = deferred_.Promise();
    Queue();
    return p;
  }

 protected:
  virtual void Run() = 0;
  virtual Napi::Value Result() { return Env().Undefined(); }
  void Execute() override {
    try {
      driver_->makeCurrent(ctx_);
      Run();
    } catch (const Failure& f) {
      failure_ = f;
      SetError(f.message);
    }
  }
  void OnOK() override { deferred_.Resolve(Result()); }
  void OnError(const Napi::Error&) override { deferred_.Reject(makeError(Env(), failure_).Value()); }

  Napi::Promise::Deferred deferred_;
  Driver* driver_;
  Driver::Ctx ctx_;
  Napi::ObjectReference driverRef_;
  Failure failure_{};
};

class SyncWorker : public PromiseWorker {
 public:
  using PromiseWorker::PromiseWorker;

 protected:
  void Run() override { driver_->check(driver_->api().cuStreamSynchronize(ctx_.stream), "cuStreamSynchronize"); }
};

class DownloadWorker : public PromiseWorker {
 public:
  DownloadWorker(Napi::Env env, Napi::Object self, Driver* d, Driver::Ctx ctx, CUdeviceptr src, size_t bytes)
      : PromiseWorker(env, self, d, ctx), src_(src), bytes_(bytes) {
    Napi::ArrayBuffer out = Napi::ArrayBuffer::New(env, bytes);
    dst_ = out.Data();
    out_ = Napi::Persistent(out);
  }

 protected:
  void Run() override {
    if (!bytes_) return;
    driver_->check(driver_->api().cuMemcpyDtoHAsync(dst_, src_, bytes_, ctx_.stream), "cuMemcpyDtoHAsync_v2");
    driver_->check(driver_->api().cuStreamSynchronize(ctx_.stream), "cuStreamSynchronize");
  }
  Napi::Value Result() override { return out_.Value(); }

 private:
  CUdeviceptr src_;
  size_t bytes_;
  void* dst_ = nullptr;
  Napi::Reference<Napi::ArrayBuffer> out_;
};

// download(ptr, bytes, offset = 0) -> Promise<ArrayBuffer>: ordered after the work queued before it.
Napi::Value Driver::Download(const Napi::CallbackInfo& info) {
  return guardedAsync(info.Env(), [&]() -> Napi::Value {
    CUdeviceptr p = argU64(info, 0, "device pointer");
    uint64_t bytes = argCount(info, 1, "byte count");
    uint64_t offset = argCountOr(info, 2, "offset", 0);
    ensure();
    Ctx& c = context(owner(p + offset, bytes, "download"));
    return (new DownloadWorker(info.Env(), Value(), this, c, p + offset, bytes))->Start();
  });
}

// synchronize(ordinal = 0) -> Promise<void>: resolves when the device's stream has drained; a fault in
// any kernel queued before it rejects it (cudaCall "cuStreamSynchronize").
Napi::Value Driver::Synchronize(const Napi::CallbackInfo& info) {
  return guardedAsync(info.Env(), [&]() -> Napi::Value {
    Ctx& c = context(argOrdinal(info, 0));
    return (new SyncWorker(info.Env(), Value(), this, c))->Start();
  });
}

// loadModule(ordinal, image) -> module. `image` is PTX text (NUL-terminated here if it is not), a cubin
// or a fatbin. A failed load reports the JIT's error log.
Napi::Value Driver::LoadModule(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    int ordinal = argOrdinal(info, 0);
    Bytes b = argBytes(info, 1, "module image");
    if (!b.length) usage("loadModule: empty image");
    context(ordinal);
    std::vector<uint8_t> image(b.data, b.data + b.length);
    if (image.back() != 0) image.push_back(0);  // PTX must end in NUL; harmless after a binary image
    std::vector<char> errorLog(16384, 0), infoLog(4096, 0);
    CUjit_option opts[] = {CU_JIT_ERROR_LOG_BUFFER, CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES, CU_JIT_INFO_LOG_BUFFER,
                           CU_JIT_INFO_LOG_BUFFER_SIZE_BYTES};
    void* values[] = {errorLog.data(), reinterpret_cast<void*>(static_cast<uintptr_t>(errorLog.size() - 1)),
                      infoLog.data(), reinterpret_cast<void*>(static_cast<uintptr_t>(infoLog.size() - 1))};
    CUmodule m = nullptr;
    CUresult r = api_.cuModuleLoadDataEx(&m, image.data(), 4, opts, values);
    if (r != CUDA_SUCCESS) {
      Failure f{FailKind::Cuda, describe(r, "cuModuleLoadDataEx"), "cuModuleLoadDataEx", resultName(r), r};
      if (errorLog[0]) f.message += ": " + std::string(errorLog.data());
      throw f;
    }
    modules_[m] = ordinal;
    return handleValue(info.Env(), m);
  });
}

Napi::Value Driver::UnloadModule(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    CUmodule m = handleFrom<CUmodule>(argU64(info, 0, "module"));
    ensure();
    auto it = modules_.find(m);
    if (it == modules_.end()) usage("unloadModule: not a live module of this driver");
    context(it->second);
    modules_.erase(it);
    for (auto f = functions_.begin(); f != functions_.end();) f = f->second.module == m ? functions_.erase(f) : std::next(f);
    check(api_.cuModuleUnload(m), "cuModuleUnload");
    return info.Env().Undefined();
  });
}

Napi::Value Driver::GetFunction(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    CUmodule m = handleFrom<CUmodule>(argU64(info, 0, "module"));
    std::string name = argString(info, 1, "function name");
    ensure();
    auto it = modules_.find(m);
    if (it == modules_.end()) usage("getFunction: not a live module of this driver");
    context(it->second);
    CUfunction f = nullptr;
    CUresult r = api_.cuModuleGetFunction(&f, m, name.c_str());
    if (r != CUDA_SUCCESS) {
      Failure fail{FailKind::Cuda, describe(r, "cuModuleGetFunction") + ": no kernel '" + name + "' in the module",
                   "cuModuleGetFunction", resultName(r), r};
      throw fail;
    }
    functions_[f] = Function{it->second, m, name};
    return handleValue(info.Env(), f);
  });
}

Napi::Value Driver::FunctionInfo(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    CUfunction f = handleFrom<CUfunction>(argU64(info, 0, "function"));
    ensure();
    auto it = functions_.find(f);
    if (it == functions_.end()) usage("functionInfo: not a live function of this driver");
    context(it->second.ordinal);
    auto attr = [&](CUfunction_attribute a) {
      int v = 0;
      check(api_.cuFuncGetAttribute(&v, a, f), "cuFuncGetAttribute");
      return v;
    };
    Napi::Object o = Napi::Object::New(info.Env());
    o.Set("name", it->second.name);
    o.Set("maxThreadsPerBlock", attr(CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK));
    o.Set("sharedBytes", attr(CU_FUNC_ATTRIBUTE_SHARED_SIZE_BYTES));
    o.Set("localBytes", attr(CU_FUNC_ATTRIBUTE_LOCAL_SIZE_BYTES));
    o.Set("registers", attr(CU_FUNC_ATTRIBUTE_NUM_REGS));
    o.Set("ptxVersion", attr(CU_FUNC_ATTRIBUTE_PTX_VERSION));
    o.Set("binaryVersion", attr(CU_FUNC_ATTRIBUTE_BINARY_VERSION));
    return o;
  });
}

// launch(fn, grid[3], block[3], sharedBytes, args): stream-ordered. Each argument is passed by value:
// a bigint is a device pointer (8 bytes; it must point into a live allocation), a TypedArray / Buffer /
// ArrayBuffer is a blob of bytes (a struct of scalars, e.g. an Int32Array of the kernel's params), a
// number is an i32.
Napi::Value Driver::Launch(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    CUfunction f = handleFrom<CUfunction>(argU64(info, 0, "function"));
    unsigned int grid[3], block[3];
    argDims(info, 1, "grid", grid);
    argDims(info, 2, "block", block);
    uint64_t shared = argCountOr(info, 3, "shared memory bytes", 0);
    if (shared > 0xffffffffu) outOfRange("launch: shared memory bytes out of range");
    if (!info[4].IsArray()) usage("launch: args must be an array");
    ensure();
    auto it = functions_.find(f);
    if (it == functions_.end()) usage("launch: not a live function of this driver");
    Napi::Array args = info[4].As<Napi::Array>();
    // 8-byte aligned storage for every argument value; the driver copies them during the call.
    std::vector<std::vector<uint64_t>> store(args.Length());
    std::vector<void*> params(args.Length());
    for (uint32_t i = 0; i < args.Length(); i++) {
      Napi::Value a = args.Get(i);
      Bytes b{nullptr, 0};
      if (a.IsBigInt()) {
        bool lossless = true;
        uint64_t p = a.As<Napi::BigInt>().Uint64Value(&lossless);
        int o = owner(p, 0, ("launch argument " + std::to_string(i)).c_str());
        if (o != it->second.ordinal) usage("launch argument " + std::to_string(i) + " lives on another device");
        store[i].assign(1, p);
      } else if (a.IsNumber()) {
        int32_t v = a.As<Napi::Number>().Int32Value();
        store[i].assign(1, 0);
        std::memcpy(store[i].data(), &v, sizeof v);
      } else if (viewBytes(a, &b)) {
        if (!b.length) usage("launch argument " + std::to_string(i) + " is an empty blob");
        store[i].assign((b.length + 7) / 8, 0);
        std::memcpy(store[i].data(), b.data, b.length);
      } else {
        usage("launch argument " + std::to_string(i) + " must be a bigint (device pointer), a number (i32) or bytes");
      }
      params[i] = store[i].data();
    }
    Ctx& c = context(it->second.ordinal);
    CUresult r = api_.cuLaunchKernel(f, grid[0], grid[1], grid[2], block[0], block[1], block[2],
                                     static_cast<unsigned int>(shared), c.stream, params.empty() ? nullptr : params.data(),
                                     nullptr);
    if (r != CUDA_SUCCESS) {
      throw Failure{FailKind::Cuda, describe(r, "cuLaunchKernel") + " (kernel " + it->second.name + ")", "cuLaunchKernel",
                    resultName(r), r};
    }
    return info.Env().Undefined();
  });
}

Napi::Value Driver::EventCreate(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    int ordinal = argOrdinal(info, 0);
    context(ordinal);
    CUevent e = nullptr;
    check(api_.cuEventCreate(&e, CU_EVENT_DEFAULT), "cuEventCreate");
    events_[e] = ordinal;
    return handleValue(info.Env(), e);
  });
}

Napi::Value Driver::EventRecord(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    CUevent e = handleFrom<CUevent>(argU64(info, 0, "event"));
    ensure();
    auto it = events_.find(e);
    if (it == events_.end()) usage("eventRecord: not a live event of this driver");
    Ctx& c = context(it->second);
    check(api_.cuEventRecord(e, c.stream), "cuEventRecord");
    return info.Env().Undefined();
  });
}

// eventElapsed(start, end) -> milliseconds between two recorded events (after they completed).
Napi::Value Driver::EventElapsed(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    CUevent a = handleFrom<CUevent>(argU64(info, 0, "start event"));
    CUevent b = handleFrom<CUevent>(argU64(info, 1, "end event"));
    ensure();
    auto ia = events_.find(a), ib = events_.find(b);
    if (ia == events_.end() || ib == events_.end()) usage("eventElapsed: not a live event of this driver");
    context(ia->second);
    float ms = 0;
    check(api_.cuEventElapsedTime(&ms, a, b), elapsedVariant_.c_str());
    return Napi::Number::New(info.Env(), ms);
  });
}

Napi::Value Driver::EventDestroy(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    CUevent e = handleFrom<CUevent>(argU64(info, 0, "event"));
    ensure();
    auto it = events_.find(e);
    if (it == events_.end()) usage("eventDestroy: not a live event of this driver");
    context(it->second);
    events_.erase(it);
    check(api_.cuEventDestroy(e), "cuEventDestroy_v2");
    return info.Env().Undefined();
  });
}

// release(ordinal = 0): frees what this driver holds on the device (allocations, modules, events, the
// stream) and releases the primary context. The first error is thrown after everything was tried.
Napi::Value Driver::Release(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    int ordinal = argOrdinal(info, 0);
    ensure();
    auto it = ctxs_.find(ordinal);
    if (it == ctxs_.end()) return info.Env().Undefined();
    Ctx c = it->second;
    CUresult first = CUDA_SUCCESS;
    const char* firstCall = "";
    auto note = [&](CUresult r, const char* call) {
      if (r != CUDA_SUCCESS && first == CUDA_SUCCESS) {
        first = r;
        firstCall = call;
      }
    };
    note(api_.cuCtxSetCurrent(c.ctx), "cuCtxSetCurrent");
    note(api_.cuStreamSynchronize(c.stream), "cuStreamSynchronize");
    for (auto a = allocs_.begin(); a != allocs_.end();) {
      if (a->second.ordinal != ordinal) { ++a; continue; }
      note(api_.cuMemFree(a->first), "cuMemFree_v2");
      a = allocs_.erase(a);
    }
    for (auto e = events_.begin(); e != events_.end();) {
      if (e->second != ordinal) { ++e; continue; }
      note(api_.cuEventDestroy(e->first), "cuEventDestroy_v2");
      e = events_.erase(e);
    }
    for (auto f = functions_.begin(); f != functions_.end();) f = f->second.ordinal == ordinal ? functions_.erase(f) : std::next(f);
    for (auto m = modules_.begin(); m != modules_.end();) {
      if (m->second != ordinal) { ++m; continue; }
      note(api_.cuModuleUnload(m->first), "cuModuleUnload");
      m = modules_.erase(m);
    }
    note(api_.cuStreamDestroy(c.stream), "cuStreamDestroy_v2");
    note(api_.cuDevicePrimaryCtxRelease(c.dev), "cuDevicePrimaryCtxRelease_v2");
    ctxs_.erase(it);
    check(first, firstCall);
    return info.Env().Undefined();
  });
}

Napi::Function Driver::Define(Napi::Env env) {
  return DefineClass(env, "Driver",
                     {
                         InstanceMethod<&Driver::Info>("info"),
                         InstanceMethod<&Driver::DeviceCount>("deviceCount"),
                         InstanceMethod<&Driver::DeviceInfo>("deviceInfo"),
                         InstanceMethod<&Driver::MemInfo>("memInfo"),
                         InstanceMethod<&Driver::Alloc>("alloc"),
                         InstanceMethod<&Driver::Free>("free"),
                         InstanceMethod<&Driver::Memset>("memset"),
                         InstanceMethod<&Driver::Upload>("upload"),
                         InstanceMethod<&Driver::Download>("download"),
                         InstanceMethod<&Driver::LoadModule>("loadModule"),
                         InstanceMethod<&Driver::UnloadModule>("unloadModule"),
                         InstanceMethod<&Driver::GetFunction>("getFunction"),
                         InstanceMethod<&Driver::FunctionInfo>("functionInfo"),
                         InstanceMethod<&Driver::Launch>("launch"),
                         InstanceMethod<&Driver::Synchronize>("synchronize"),
                         InstanceMethod<&Driver::EventCreate>("eventCreate"),
                         InstanceMethod<&Driver::EventRecord>("eventRecord"),
                         InstanceMethod<&Driver::EventElapsed>("eventElapsed"),
                         InstanceMethod<&Driver::EventDestroy>("eventDestroy"),
                         InstanceMethod<&Driver::Release>("release"),
                     });
}

// ----------------------------------------------------------------------------------------------- NVRTC

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

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("Driver", Driver::Define(env));
  exports.Set("nvrtcLoad", Napi::Function::New(env, NvrtcLoad, "nvrtcLoad"));
  exports.Set("nvrtcCompile", Napi::Function::New(env, NvrtcCompile, "nvrtcCompile"));
  exports.Set("abiVersion", Napi::Number::New(env, 1));
  return exports;
}

}  // namespace

NODE_API_MODULE(tempofuse_cuda, Init)
