// Errors and argument helpers shared by the addon's bindings (declared in addon.h).
#include <string>

#include "addon.h"

namespace tfcuda __attribute__((visibility("hidden"))) {

// ---------------------------------------------------------------------------------------------- errors

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

namespace {

unsigned int argDim3(Napi::Array a, uint32_t i, const char* what) {
  Napi::Value v = a.Get(i);
  double d = v.IsNumber() ? v.As<Napi::Number>().DoubleValue() : -1;
  if (!(d >= 1 && d <= 4294967295.0) || d != static_cast<double>(static_cast<uint32_t>(d))) {
    outOfRange(std::string(what) + " must hold three positive integers");
  }
  return static_cast<unsigned int>(d);
}

}  // namespace

void argDims(const Napi::CallbackInfo& info, size_t i, const char* what, unsigned int out[3]) {
  if (!info[i].IsArray() || info[i].As<Napi::Array>().Length() != 3) usage(std::string(what) + " must be [x, y, z]");
  Napi::Array a = info[i].As<Napi::Array>();
  for (uint32_t k = 0; k < 3; k++) out[k] = argDim3(a, k, what);
}

}  // namespace tfcuda
