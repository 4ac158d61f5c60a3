#!/usr/bin/env bash
# Installs what the benchmarks need, each piece only when missing: tempofuse's own setup (SwiftShader,
# PyTorch for the CPU reference rows, npm ci), then the peers, which are benchmark-only dependencies kept
# in bench/node_modules so that installing tempofuse stays lean. onnxruntime-node's install script
# downloads from a host these machines cannot reach and is not needed for its bundled CPU/WebGPU build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
cd bench
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "bench setup: installing the peers (npm ci in bench/)" >&2
  ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund >&2
fi
