// Loading the driver, lazily: dlopen at the first call of a Driver method, cuGetProcAddress the only
// symbol taken with dlsym, every other entry point resolved through it at the ABI version of the variant
// this addon was written against. Also the per-device contexts and streams, the allocation lookup,
// info() and release().
#include <dlfcn.h>

#include <cstddef>
#include <iterator>
#include <string>

#include "driver.h"

namespace tfcuda __attribute__((visibility("hidden"))) {

namespace {

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
    TF_ENTRY(cuMemcpyDtoDAsync, "cuMemcpyDtoDAsync_v2", 3020),
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

}  // namespace

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

}  // namespace tfcuda
