// The Driver class (one per driver library; exported to JS as Driver) and Api, the table of driver entry
// points it resolves. Loading is in driver_load.cc, the bindings in driver_memory.cc and
// driver_kernels.cc, the JS class definition in cuda_addon.cc.
#pragma once

#include <napi.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "addon.h"
#include "cuda_api.h"

namespace tfcuda __attribute__((visibility("hidden"))) {

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
  PFN_cuMemcpyDtoDAsync cuMemcpyDtoDAsync;
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
  Napi::Value Copy(const Napi::CallbackInfo& info);
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

}  // namespace tfcuda
