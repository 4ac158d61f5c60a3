# The CUDA runtime addon. It lives here, not at the package root, on purpose: npm runs `node-gyp rebuild`
# on install for any package with a root binding.gyp, and using tempofuse (WebGPU, reference) must never
# require building native code. Build with `npm run build:cuda` (runtime/cuda/build.ts), which runs
# node-gyp offline against the headers of the running Node (--nodedir=<its prefix>, /usr on Debian).
# No CUDA library is linked and no CUDA header is needed: the driver is dlopen'ed at run time.
{
  'targets': [
    {
      'target_name': 'tempofuse_cuda',
      'sources': ['cuda_addon.cc', 'support.cc', 'driver_load.cc', 'driver_memory.cc', 'driver_kernels.cc', 'nvrtc.cc'],
      'include_dirs': ["<!(node -p \"require('node-addon-api').include_dir\")"],
      'defines': ['NAPI_VERSION=8', 'NAPI_CPP_EXCEPTIONS', 'NODE_ADDON_API_DISABLE_DEPRECATED'],
      'cflags!': ['-fno-exceptions'],
      'cflags_cc!': ['-fno-exceptions', '-std=gnu++17'],
      'cflags_cc': ['-std=c++17', '-fexceptions', '-Wall', '-Wextra', '-Wno-unused-parameter'],
      'libraries': ['-ldl'],
    },
  ],
}
