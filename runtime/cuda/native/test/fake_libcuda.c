/* A stand-in for libcuda.so.1 that the unit tests build and hand to the addon (Driver(path)), so that the
 * addon's driver path (cuGetProcAddress resolution, contexts, copies, launches, events, error reporting) and
 * the CUDA executor run on a machine without a GPU. "Device memory" is host memory and a launch runs a few
 * named fake kernels on the CPU at once. It checks what a real driver would reject:
 *   - cuGetProcAddress: the legacy-stream flag must be passed; a version newer than the driver is
 *     CUDA_ERROR_INVALID_VALUE; a version older than the ABI of the variant the addon declares yields an
 *     entry point that fails with CUDA_ERROR_NOT_SUPPORTED (the addon would be calling the wrong ABI);
 *   - launches: block size above 1024 threads is CUDA_ERROR_INVALID_VALUE.
 * Environment: FAKE_CUDA_DEVICES (default 1; 0 makes cuInit fail with CUDA_ERROR_NO_DEVICE),
 * FAKE_CUDA_VERSION (driver version, default 13000), FAKE_CUDA_CC (compute capability, default "8.6").
 *
 * Fake kernels (found by cuModuleGetFunction when their name occurs in the module image):
 *   fake_add_f32(const float* a, const float* b, float* out, {int total})     out = a + b
 *   fake_copy(const void* x, void* out, {int total, int elem_bytes})           out = x, element-wise bytes
 *   fake_gather_f32(const float* x, const int* idx, float* out, {int total, int n}, unsigned* status)
 *        out[i] = x[idx[i]]; an index outside [0, n) gives 0 and raises *status to 1
 *   fake_gather100_f32(const float* x, const int* idx, float* out, unsigned* status)
 *        the same, specialised to total = n = 100: no params struct
 *   fake_fault(...)   makes the next cuStreamSynchronize fail with CUDA_ERROR_ILLEGAL_ADDRESS
 * Any other name found in the image is a kernel that does nothing (so real artifacts load and launch).
 * Each kernel only computes the elements its grid covers (gid = (blockIdx.y * gridDim.x + blockIdx.x) *
 * blockDim.x + threadIdx.x), so a grid that is too small shows in the results. */
#define _GNU_SOURCE /* memmem */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef int CUresult;

enum {
  OK = 0,
  INVALID_VALUE = 1,
  OUT_OF_MEMORY = 2,
  NO_DEVICE = 100,
  INVALID_DEVICE = 101,
  INVALID_PTX = 218,
  INVALID_HANDLE = 400,
  NOT_FOUND = 500,
  NOT_READY = 600,
  ILLEGAL_ADDRESS = 700,
  NOT_SUPPORTED = 801,
};

static int env_int(const char* name, int fallback) {
  const char* v = getenv(name);
  return v && *v ? atoi(v) : fallback;
}
static int driver_version(void) { return env_int("FAKE_CUDA_VERSION", 13000); }
static int device_count(void) { return env_int("FAKE_CUDA_DEVICES", 1); }

static int initialized = 0;
static CUresult sticky = OK; /* an error the next synchronize reports */

static CUresult cuInit(unsigned int flags) {
  (void)flags;
  if (device_count() <= 0) return NO_DEVICE;
  initialized = 1;
  return OK;
}
static CUresult cuDriverGetVersion(int* v) { *v = driver_version(); return OK; }

static const char* names[][2] = {
    {"0", "CUDA_SUCCESS"}, {"1", "CUDA_ERROR_INVALID_VALUE"}, {"2", "CUDA_ERROR_OUT_OF_MEMORY"},
    {"100", "CUDA_ERROR_NO_DEVICE"}, {"101", "CUDA_ERROR_INVALID_DEVICE"}, {"218", "CUDA_ERROR_INVALID_PTX"},
    {"400", "CUDA_ERROR_INVALID_HANDLE"}, {"500", "CUDA_ERROR_NOT_FOUND"}, {"600", "CUDA_ERROR_NOT_READY"},
    {"700", "CUDA_ERROR_ILLEGAL_ADDRESS"}, {"801", "CUDA_ERROR_NOT_SUPPORTED"}};
static CUresult cuGetErrorName(CUresult r, const char** s) {
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    if (atoi(names[i][0]) == r) { *s = names[i][1]; return OK; }
  }
  *s = NULL;
  return INVALID_VALUE;
}
static CUresult cuGetErrorString(CUresult r, const char** s) {
  *s = r == ILLEGAL_ADDRESS ? "an illegal memory access was encountered (fake)" : "fake driver error";
  return OK;
}

static CUresult cuDeviceGetCount(int* n) { if (!initialized) return 3; *n = device_count(); return OK; }
static CUresult cuDeviceGet(int* d, int ordinal) {
  if (ordinal < 0 || ordinal >= device_count()) return INVALID_DEVICE;
  *d = ordinal;
  return OK;
}
static CUresult cuDeviceGetName(char* name, int len, int dev) {
  (void)dev;
  strncpy(name, "Fake CUDA Device", (size_t)len);
  return OK;
}
static CUresult cuDeviceGetAttribute(int* v, int attr, int dev) {
  (void)dev;
  const char* cc = getenv("FAKE_CUDA_CC");
  int major = 8, minor = 6;
  if (cc && *cc) { major = atoi(cc); const char* dot = strchr(cc, '.'); minor = dot ? atoi(dot + 1) : 0; }
  switch (attr) {
    case 75: *v = major; break;
    case 76: *v = minor; break;
    case 1: *v = 1024; break;
    case 5: *v = 2147483647; break;
    case 6: case 7: *v = 65535; break;
    case 8: *v = 49152; break;
    case 97: *v = 101376; break;
    case 10: *v = 32; break;
    case 16: *v = 4; break;
    default: *v = 1; break;
  }
  return OK;
}
static CUresult cuDeviceTotalMem(size_t* b, int dev) { (void)dev; *b = (size_t)8 << 30; return OK; }
static int ctx_token;
static CUresult cuDevicePrimaryCtxRetain(void** ctx, int dev) { (void)dev; *ctx = &ctx_token; return OK; }
static CUresult cuDevicePrimaryCtxRelease(int dev) {
  (void)dev;
  sticky = OK; /* the context is destroyed: its sticky error goes with it */
  return OK;
}
static CUresult cuCtxSetCurrent(void* ctx) { return ctx == &ctx_token ? OK : INVALID_VALUE; }
static CUresult cuMemGetInfo(size_t* f, size_t* t) { *f = (size_t)7 << 30; *t = (size_t)8 << 30; return OK; }

static CUresult cuMemAlloc(unsigned long long* p, size_t n) {
  if (n > ((size_t)1 << 32)) return OUT_OF_MEMORY;
  void* m = calloc(1, n);
  if (!m) return OUT_OF_MEMORY;
  *p = (unsigned long long)(uintptr_t)m;
  return OK;
}
static CUresult cuMemFree(unsigned long long p) { free((void*)(uintptr_t)p); return OK; }
static CUresult cuMemcpyHtoDAsync(unsigned long long d, const void* s, size_t n, void* st) {
  (void)st;
  memcpy((void*)(uintptr_t)d, s, n);
  return OK;
}
static CUresult cuMemcpyDtoHAsync(void* d, unsigned long long s, size_t n, void* st) {
  (void)st;
  memcpy(d, (void*)(uintptr_t)s, n);
  return OK;
}
static CUresult cuMemcpyDtoDAsync(unsigned long long d, unsigned long long s, size_t n, void* st) {
  (void)st;
  memmove((void*)(uintptr_t)d, (void*)(uintptr_t)s, n);
  return OK;
}
static CUresult cuMemsetD8Async(unsigned long long d, unsigned char v, size_t n, void* st) {
  (void)st;
  memset((void*)(uintptr_t)d, v, n);
  return OK;
}
static int stream_token;
static CUresult cuStreamCreate(void** s, unsigned int flags) { (void)flags; *s = &stream_token; return OK; }
static CUresult cuStreamDestroy(void* s) { return s == &stream_token ? OK : INVALID_HANDLE; }
static CUresult cuStreamSynchronize(void* s) {
  if (s != &stream_token) return INVALID_HANDLE;
  CUresult r = sticky;
  return r;
}

typedef struct { char* image; size_t size; } Module;
typedef struct { int kind; } Function;
static Function fn_noop = {0}, fn_add = {1}, fn_copy = {2}, fn_gather = {3}, fn_fault = {4}, fn_gather100 = {5};

static CUresult cuModuleLoadDataEx(void** m, const void* image, unsigned int n, int* opts, void** values) {
  const char* text = (const char*)image;
  if (strncmp(text, "BAD", 3) == 0) {
    for (unsigned int i = 0; i < n; i++) {
      if (opts[i] == 5) strcpy((char*)values[i], "fake JIT: syntax error at line 1");
    }
    return INVALID_PTX;
  }
  Module* mod = (Module*)malloc(sizeof(Module));
  if (memcmp(text, "\x7f" "ELF", 4) == 0) {
    /* a cubin: its size from the ELF64 header (section headers come last) */
    uint64_t shoff;
    uint16_t shentsize, shnum;
    memcpy(&shoff, text + 0x28, 8);
    memcpy(&shentsize, text + 0x3a, 2);
    memcpy(&shnum, text + 0x3c, 2);
    mod->size = (size_t)(shoff + (uint64_t)shentsize * shnum);
  } else {
    mod->size = strlen(text);
  }
  mod->image = (char*)malloc(mod->size + 1);
  memcpy(mod->image, text, mod->size);
  mod->image[mod->size] = 0;
  *m = mod;
  return OK;
}
static CUresult cuModuleUnload(void* m) { free(((Module*)m)->image); free(m); return OK; }
static CUresult cuModuleGetFunction(void** f, void* m, const char* name) {
  Module* mod = (Module*)m;
  if (!memmem(mod->image, mod->size, name, strlen(name))) return NOT_FOUND;
  if (strstr(name, "fake_add_f32")) *f = &fn_add;
  else if (strstr(name, "fake_copy")) *f = &fn_copy;
  else if (strstr(name, "fake_gather_f32")) *f = &fn_gather;
  else if (strstr(name, "fake_gather100_f32")) *f = &fn_gather100;
  else if (strstr(name, "fake_fault")) *f = &fn_fault;
  else *f = &fn_noop;
  return OK;
}
static CUresult cuFuncGetAttribute(int* v, int attr, void* f) {
  (void)f;
  *v = attr == 0 ? 1024 : 0;
  return OK;
}

#define PTR(i) (*(void**)params[i])
static CUresult cuLaunchKernel(void* f, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
                               unsigned shared, void* stream, void** params, void** extra) {
  (void)shared; (void)extra;
  if (stream != &stream_token) return INVALID_HANDLE;
  if ((unsigned long long)bx * by * bz > 1024 || gz != 1 || by != 1 || bz != 1) return INVALID_VALUE;
  unsigned long long covered = (unsigned long long)gx * gy * bx;
  Function* fn = (Function*)f;
  if (fn->kind == 1) {
    const float* a = (const float*)PTR(0);
    const float* b = (const float*)PTR(1);
    float* out = (float*)PTR(2);
    const int* p = (const int*)params[3];
    for (unsigned long long i = 0; i < covered && i < (unsigned long long)p[0]; i++) out[i] = a[i] + b[i];
  } else if (fn->kind == 2) {
    const char* x = (const char*)PTR(0);
    char* out = (char*)PTR(1);
    const int* p = (const int*)params[2];
    for (unsigned long long i = 0; i < covered && i < (unsigned long long)p[0]; i++) {
      memcpy(out + i * p[1], x + i * p[1], (size_t)p[1]);
    }
  } else if (fn->kind == 3 || fn->kind == 5) {
    static const int specialised[2] = {100, 100};
    const float* x = (const float*)PTR(0);
    const int* idx = (const int*)PTR(1);
    float* out = (float*)PTR(2);
    const int* p = fn->kind == 3 ? (const int*)params[3] : specialised;
    unsigned int* status = (unsigned int*)PTR(fn->kind == 3 ? 4 : 3);
    for (unsigned long long i = 0; i < covered && i < (unsigned long long)p[0]; i++) {
      int j = idx[i];
      if (j < 0 || j >= p[1]) { out[i] = 0; if (*status < 1) *status = 1; }
      else out[i] = x[j];
    }
  } else if (fn->kind == 4) {
    sticky = ILLEGAL_ADDRESS;
  }
  return OK;
}

typedef struct { double t; int recorded; } Event;
static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}
static CUresult cuEventCreate(void** e, unsigned int flags) { (void)flags; *e = calloc(1, sizeof(Event)); return OK; }
static CUresult cuEventRecord(void* e, void* s) {
  if (s != &stream_token) return INVALID_HANDLE;
  ((Event*)e)->t = now_ms();
  ((Event*)e)->recorded = 1;
  return OK;
}
static CUresult cuEventDestroy(void* e) { free(e); return OK; }
static CUresult cuEventElapsedTime(float* ms, void* a, void* b) {
  if (!((Event*)a)->recorded || !((Event*)b)->recorded) return NOT_READY;
  *ms = (float)(((Event*)b)->t - ((Event*)a)->t);
  return OK;
}

static CUresult unsupported_abi(void) { return NOT_SUPPORTED; }

typedef struct { const char* name; int version; void* fn; } Proc;
static const Proc procs[] = {
    {"cuInit", 2000, (void*)cuInit},
    {"cuDriverGetVersion", 2020, (void*)cuDriverGetVersion},
    {"cuGetErrorName", 6000, (void*)cuGetErrorName},
    {"cuGetErrorString", 6000, (void*)cuGetErrorString},
    {"cuDeviceGetCount", 2000, (void*)cuDeviceGetCount},
    {"cuDeviceGet", 2000, (void*)cuDeviceGet},
    {"cuDeviceGetName", 2000, (void*)cuDeviceGetName},
    {"cuDeviceGetAttribute", 2000, (void*)cuDeviceGetAttribute},
    {"cuDeviceTotalMem", 3020, (void*)cuDeviceTotalMem},
    {"cuDevicePrimaryCtxRetain", 7000, (void*)cuDevicePrimaryCtxRetain},
    {"cuDevicePrimaryCtxRelease", 11000, (void*)cuDevicePrimaryCtxRelease},
    {"cuCtxSetCurrent", 4000, (void*)cuCtxSetCurrent},
    {"cuMemGetInfo", 3020, (void*)cuMemGetInfo},
    {"cuMemAlloc", 3020, (void*)cuMemAlloc},
    {"cuMemFree", 3020, (void*)cuMemFree},
    {"cuMemcpyHtoDAsync", 3020, (void*)cuMemcpyHtoDAsync},
    {"cuMemcpyDtoHAsync", 3020, (void*)cuMemcpyDtoHAsync},
    {"cuMemcpyDtoDAsync", 3020, (void*)cuMemcpyDtoDAsync},
    {"cuMemsetD8Async", 3020, (void*)cuMemsetD8Async},
    {"cuStreamCreate", 2000, (void*)cuStreamCreate},
    {"cuStreamDestroy", 4000, (void*)cuStreamDestroy},
    {"cuStreamSynchronize", 2000, (void*)cuStreamSynchronize},
    {"cuModuleLoadDataEx", 2010, (void*)cuModuleLoadDataEx},
    {"cuModuleUnload", 2000, (void*)cuModuleUnload},
    {"cuModuleGetFunction", 2000, (void*)cuModuleGetFunction},
    {"cuFuncGetAttribute", 2020, (void*)cuFuncGetAttribute},
    {"cuLaunchKernel", 4000, (void*)cuLaunchKernel},
    {"cuEventCreate", 2000, (void*)cuEventCreate},
    {"cuEventRecord", 2000, (void*)cuEventRecord},
    {"cuEventDestroy", 4000, (void*)cuEventDestroy},
    {"cuEventElapsedTime", 2000, (void*)cuEventElapsedTime},
};

/* Exported: the only symbol the addon may take with dlsym. */
CUresult cuGetProcAddress_v2(const char* symbol, void** pfn, int version, unsigned long long flags, int* status) {
  *pfn = NULL;
  if (status) *status = 1; /* symbol not found */
  if (version > driver_version()) return INVALID_VALUE;
  if (flags != 1) return OK; /* only the legacy-stream search is supported here */
  for (size_t i = 0; i < sizeof procs / sizeof procs[0]; i++) {
    if (strcmp(procs[i].name, symbol) != 0) continue;
    *pfn = version >= procs[i].version ? procs[i].fn : (void*)unsupported_abi;
    if (status) *status = 0;
    return OK;
  }
  return OK;
}
