// What every translation unit of the CUDA addon shares: the Failure that a method throws and the JS error
// it becomes, the wrappers that turn one into the other, and the helpers that read JS arguments
// (defined in support.cc).
#pragma once

#include <napi.h>

#include <cstdint>
#include <string>

#include "cuda_api.h"

// Hidden, like the anonymous namespace this code lived in when it was one file: nothing of the addon but
// its N-API registration is exported from the .node file. (Every file opens the namespace the same way.)
namespace tfcuda __attribute__((visibility("hidden"))) {

// ---------------------------------------------------------------------------------------------- errors

enum class FailKind { Cuda, NoDevice, Nvrtc, Usage, Range };

struct Failure {
  FailKind kind;
  std::string message;
  std::string call;    // the CUDA/NVRTC function that failed
  std::string result;  // its result's name
  int code = 0;
};

[[noreturn]] inline void usage(const std::string& msg) { throw Failure{FailKind::Usage, msg, "", "", 0}; }
[[noreturn]] inline void outOfRange(const std::string& msg) { throw Failure{FailKind::Range, msg, "", "", 0}; }

Napi::Error makeError(Napi::Env env, const Failure& f);

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
const char* fallbackResultName(CUresult r);

// ------------------------------------------------------------------------------------ argument helpers

uint64_t argU64(const Napi::CallbackInfo& info, size_t i, const char* what);
// A non-negative integer given as a number (exact below 2^53) or a bigint.
uint64_t argCount(const Napi::CallbackInfo& info, size_t i, const char* what);
uint64_t argCountOr(const Napi::CallbackInfo& info, size_t i, const char* what, uint64_t fallback);
int argOrdinal(const Napi::CallbackInfo& info, size_t i);
std::string argString(const Napi::CallbackInfo& info, size_t i, const char* what);

struct Bytes {
  const uint8_t* data;
  size_t length;
};

// The bytes of a Buffer, TypedArray, DataView or ArrayBuffer (no copy).
bool viewBytes(Napi::Value v, Bytes* out);
Bytes argBytes(const Napi::CallbackInfo& info, size_t i, const char* what);
void argDims(const Napi::CallbackInfo& info, size_t i, const char* what, unsigned int out[3]);

inline Napi::BigInt handleValue(Napi::Env env, const void* p) {
  return Napi::BigInt::New(env, static_cast<uint64_t>(reinterpret_cast<uintptr_t>(p)));
}

template <typename T>
T handleFrom(uint64_t v) {
  return reinterpret_cast<T>(static_cast<uintptr_t>(v));
}

// ------------------------------------------------------------------------------------- module functions

// nvrtc.cc
Napi::Value NvrtcLoad(const Napi::CallbackInfo& info);
Napi::Value NvrtcCompile(const Napi::CallbackInfo& info);

}  // namespace tfcuda
