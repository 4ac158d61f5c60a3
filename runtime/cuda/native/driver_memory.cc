// The Driver's device and memory bindings: deviceCount, deviceInfo, memInfo, alloc, free, memset, upload,
// and the two that wait on a worker thread and return Promises, download and synchronize.
#include <cstddef>

#include "driver.h"

namespace tfcuda __attribute__((visibility("hidden"))) {

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

// copy(dst, src, bytes): stream-ordered device -> device copy (both pointers must lie in live allocations).
Napi::Value Driver::Copy(const Napi::CallbackInfo& info) {
  return guarded(info.Env(), [&]() -> Napi::Value {
    CUdeviceptr dst = argU64(info, 0, "destination pointer");
    CUdeviceptr src = argU64(info, 1, "source pointer");
    uint64_t bytes = argCount(info, 2, "byte count");
    ensure();
    owner(src, bytes, "copy");
    Ctx& c = context(owner(dst, bytes, "copy"));
    if (bytes) check(api_.cuMemcpyDtoDAsync(dst, src, bytes, c.stream), "cuMemcpyDtoDAsync_v2");
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

namespace {

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

}  // namespace

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

}  // namespace tfcuda
