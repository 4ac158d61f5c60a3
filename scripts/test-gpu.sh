#!/usr/bin/env bash
# GPU checks for a machine with an NVIDIA GPU:
#   1. build the CUDA addon; 2. every op case, cooperative reductions and the example network on CUDA
#   against the reference interpreter (test/device/cuda-exec.test.ts), and the example classifier's short
#   training run against the reference interpreter's, resumed bit for bit (train-cuda.test.ts);
#   3. compute-sanitizer memcheck over a compiled example run. Fails when no CUDA device exists: there is
#   nothing to check then.
set -euo pipefail
cd "$(dirname "$0")/.."
node bin/tempofuse.js doctor --require cuda
npm run build:cuda
npx vitest run --project device test/device/cuda-exec.test.ts test/device/train-cuda.test.ts
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
node bin/tempofuse.js compile examples/tiny_video_net.ts --target cuda --out "$out/tiny"
if command -v compute-sanitizer >/dev/null; then
  compute-sanitizer --tool memcheck --error-exitcode 1 --leak-check full node bin/tempofuse.js run "$out/tiny" --seed 0
else
  echo "test-gpu: compute-sanitizer not found; memcheck not run" >&2
  exit 1
fi
