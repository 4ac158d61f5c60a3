// The few CUDA driver API and NVRTC types, constants and function-pointer types the addon uses.
//
// They are declared here, not taken from cuda.h, so that the addon builds on a machine without the CUDA
// toolkit: it links no CUDA library and resolves every entry point at run time (dlopen + cuGetProcAddress).
// The values below are part of the driver's stable ABI. Each function-pointer type is the signature of
// the versioned variant named in its comment (the one cuGetProcAddress returns for the ABI version the
// addon asks for, see kDriverEntries in driver_load.cc).
#pragma once

#include <cstddef>
#include <cstdint>

typedef int CUresult;
typedef int CUdevice;
typedef unsigned long long CUdeviceptr;  // CUdeviceptr_v2: 64-bit since CUDA 3.2
typedef struct CUctx_st* CUcontext;
typedef struct CUmod_st* CUmodule;
typedef struct CUfunc_st* CUfunction;
typedef struct CUstream_st* CUstream;
typedef struct CUevent_st* CUevent;
typedef int CUjit_option;
typedef int CUdevice_attribute;
typedef int CUfunction_attribute;
typedef int CUdriverProcAddressQueryResult;

constexpr CUresult CUDA_SUCCESS = 0;
constexpr CUresult CUDA_ERROR_NO_DEVICE = 100;

// cuGetProcAddress flags
constexpr uint64_t CU_GET_PROC_ADDRESS_LEGACY_STREAM = 1;

constexpr unsigned int CU_STREAM_NON_BLOCKING = 1;
constexpr unsigned int CU_EVENT_DEFAULT = 0;

// CUdevice_attribute
constexpr CUdevice_attribute CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK = 1;
constexpr CUdevice_attribute CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_X = 5;
constexpr CUdevice_attribute CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Y = 6;
constexpr CUdevice_attribute CU_DEVICE_ATTRIBUTE_MAX_GRID_DIM_Z = 7;
constexpr CUdevice_attribute CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK = 8;
constexpr CUdevice_attribute CU_DEVICE_ATTRIBUTE_WARP_SIZE = 10;
constexpr CUdevice_attribute CU_DEVICE_ATTRIBUTE_CLOCK_RATE = 13;
constexpr CUdevice_attribute CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT = 16;
constexpr CUdevice_attribute CU_DEVICE_ATTRIBUTE_PCI_BUS_ID = 33;
constexpr CUdevice_attribute CU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE = 36;
constexpr CUdevice_attribute CU_DEVICE_ATTRIBUTE_GLOBAL_MEMORY_BUS_WIDTH = 37;
constexpr CUdevice_attribute CU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE = 38;
constexpr CUdevice_attribute CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR = 75;
constexpr CUdevice_attribute CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR = 76;
constexpr CUdevice_attribute CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN = 97;

// CUfunction_attribute
constexpr CUfunction_attribute CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK = 0;
constexpr CUfunction_attribute CU_FUNC_ATTRIBUTE_SHARED_SIZE_BYTES = 1;
constexpr CUfunction_attribute CU_FUNC_ATTRIBUTE_LOCAL_SIZE_BYTES = 3;
constexpr CUfunction_attribute CU_FUNC_ATTRIBUTE_NUM_REGS = 4;
constexpr CUfunction_attribute CU_FUNC_ATTRIBUTE_PTX_VERSION = 5;
constexpr CUfunction_attribute CU_FUNC_ATTRIBUTE_BINARY_VERSION = 6;

// CUjit_option
constexpr CUjit_option CU_JIT_INFO_LOG_BUFFER = 3;
constexpr CUjit_option CU_JIT_INFO_LOG_BUFFER_SIZE_BYTES = 4;
constexpr CUjit_option CU_JIT_ERROR_LOG_BUFFER = 5;
constexpr CUjit_option CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES = 6;

// cuGetProcAddress_v2 (CUDA 12.0+) and the older cuGetProcAddress (11.3+, no status argument)
typedef CUresult (*PFN_getProcAddress_v12000)(const char* symbol, void** pfn, int cudaVersion, uint64_t flags,
                                              CUdriverProcAddressQueryResult* status);
typedef CUresult (*PFN_getProcAddress_v11030)(const char* symbol, void** pfn, int cudaVersion, uint64_t flags);

// Driver entry points (signature of the variant in the comment)
typedef CUresult (*PFN_cuInit)(unsigned int flags);                                        // cuInit
typedef CUresult (*PFN_cuDriverGetVersion)(int* version);                                  // cuDriverGetVersion
typedef CUresult (*PFN_cuGetErrorName)(CUresult error, const char** str);                   // cuGetErrorName
typedef CUresult (*PFN_cuGetErrorString)(CUresult error, const char** str);                 // cuGetErrorString
typedef CUresult (*PFN_cuDeviceGetCount)(int* count);                                      // cuDeviceGetCount
typedef CUresult (*PFN_cuDeviceGet)(CUdevice* device, int ordinal);                        // cuDeviceGet
typedef CUresult (*PFN_cuDeviceGetName)(char* name, int len, CUdevice dev);                // cuDeviceGetName
typedef CUresult (*PFN_cuDeviceGetAttribute)(int* v, CUdevice_attribute a, CUdevice dev);  // cuDeviceGetAttribute
typedef CUresult (*PFN_cuDeviceTotalMem)(size_t* bytes, CUdevice dev);                     // cuDeviceTotalMem_v2
typedef CUresult (*PFN_cuDevicePrimaryCtxRetain)(CUcontext* ctx, CUdevice dev);            // cuDevicePrimaryCtxRetain
typedef CUresult (*PFN_cuDevicePrimaryCtxRelease)(CUdevice dev);                           // cuDevicePrimaryCtxRelease_v2
typedef CUresult (*PFN_cuCtxSetCurrent)(CUcontext ctx);                                    // cuCtxSetCurrent
typedef CUresult (*PFN_cuMemGetInfo)(size_t* free, size_t* total);                         // cuMemGetInfo_v2
typedef CUresult (*PFN_cuMemAlloc)(CUdeviceptr* dptr, size_t bytes);                       // cuMemAlloc_v2
typedef CUresult (*PFN_cuMemFree)(CUdeviceptr dptr);                                       // cuMemFree_v2
typedef CUresult (*PFN_cuMemcpyHtoDAsync)(CUdeviceptr dst, const void* src, size_t n, CUstream s);  // _v2
typedef CUresult (*PFN_cuMemcpyDtoHAsync)(void* dst, CUdeviceptr src, size_t n, CUstream s);        // _v2
typedef CUresult (*PFN_cuMemcpyDtoDAsync)(CUdeviceptr dst, CUdeviceptr src, size_t n, CUstream s);      // _v2
typedef CUresult (*PFN_cuMemsetD8Async)(CUdeviceptr dst, unsigned char v, size_t n, CUstream s);     // cuMemsetD8Async
typedef CUresult (*PFN_cuStreamCreate)(CUstream* s, unsigned int flags);                   // cuStreamCreate
typedef CUresult (*PFN_cuStreamDestroy)(CUstream s);                                       // cuStreamDestroy_v2
typedef CUresult (*PFN_cuStreamSynchronize)(CUstream s);                                   // cuStreamSynchronize
typedef CUresult (*PFN_cuModuleLoadDataEx)(CUmodule* m, const void* image, unsigned int n, CUjit_option* opts,
                                           void** values);                                 // cuModuleLoadDataEx
typedef CUresult (*PFN_cuModuleUnload)(CUmodule m);                                        // cuModuleUnload
typedef CUresult (*PFN_cuModuleGetFunction)(CUfunction* f, CUmodule m, const char* name);  // cuModuleGetFunction
typedef CUresult (*PFN_cuFuncGetAttribute)(int* v, CUfunction_attribute a, CUfunction f);  // cuFuncGetAttribute
typedef CUresult (*PFN_cuLaunchKernel)(CUfunction f, unsigned int gx, unsigned int gy, unsigned int gz,
                                       unsigned int bx, unsigned int by, unsigned int bz, unsigned int shared,
                                       CUstream s, void** params, void** extra);           // cuLaunchKernel
typedef CUresult (*PFN_cuEventCreate)(CUevent* e, unsigned int flags);                     // cuEventCreate
typedef CUresult (*PFN_cuEventRecord)(CUevent e, CUstream s);                              // cuEventRecord
typedef CUresult (*PFN_cuEventDestroy)(CUevent e);                                         // cuEventDestroy_v2
typedef CUresult (*PFN_cuEventElapsedTime)(float* ms, CUevent start, CUevent end);         // cuEventElapsedTime(_v2)

// NVRTC (plain exported C functions of libnvrtc.so)
typedef int nvrtcResult;
typedef struct _nvrtcProgram* nvrtcProgram;
typedef const char* (*PFN_nvrtcGetErrorString)(nvrtcResult r);
typedef nvrtcResult (*PFN_nvrtcVersion)(int* major, int* minor);
typedef nvrtcResult (*PFN_nvrtcCreateProgram)(nvrtcProgram* p, const char* src, const char* name, int numHeaders,
                                              const char* const* headers, const char* const* includeNames);
typedef nvrtcResult (*PFN_nvrtcDestroyProgram)(nvrtcProgram* p);
typedef nvrtcResult (*PFN_nvrtcCompileProgram)(nvrtcProgram p, int numOptions, const char* const* options);
typedef nvrtcResult (*PFN_nvrtcGetSize)(nvrtcProgram p, size_t* size);
typedef nvrtcResult (*PFN_nvrtcGetBytes)(nvrtcProgram p, char* out);
