// The Driver's module, kernel and event bindings: loadModule, unloadModule, getFunction, functionInfo,
// launch, eventCreate, eventRecord, eventElapsed, eventDestroy.
#include <cstring>
#include <iterator>
#include <string>
#include <vector>

#include "driver.h"

namespace tfcuda __attribute__((visibility("hidden"))) {

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

}  // namespace tfcuda
