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
//
// The files: this one defines the JS class and registers the module; addon.h / support.cc hold the errors
// and argument helpers; driver.h / driver_load.cc load the driver and keep the contexts; driver_memory.cc
// (devices, memory, download / synchronize workers) and driver_kernels.cc (modules, launch, events) are
// the Driver's bindings; nvrtc.cc is NVRTC.
#include <napi.h>

#include "addon.h"
#include "driver.h"

namespace tfcuda __attribute__((visibility("hidden"))) {

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
                         InstanceMethod<&Driver::Copy>("copy"),
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

}  // namespace tfcuda

namespace {

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("Driver", tfcuda::Driver::Define(env));
  exports.Set("nvrtcLoad", Napi::Function::New(env, tfcuda::NvrtcLoad, "nvrtcLoad"));
  exports.Set("nvrtcCompile", Napi::Function::New(env, tfcuda::NvrtcCompile, "nvrtcCompile"));
  exports.Set("abiVersion", Napi::Number::New(env, 1));
  return exports;
}

}  // namespace

NODE_API_MODULE(tempofuse_cuda, Init)
