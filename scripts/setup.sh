#!/usr/bin/env bash
# Installs what tempofuse needs on Debian, each piece only when missing:
#   system packages: libvulkan1 + chromium-common (SwiftShader's Vulkan driver, for WebGPU without a GPU),
#   fonts-dejavu-core (the font of the training plots' text: the PNG renderer draws no text without one);
#   ffmpeg (ffmpeg and ffprobe: decoding video datasets, data/);
#   with --test also python3-torch + python3-torchvision (the PyTorch oracle of the test suite);
#   npm dependencies (npm ci) when node_modules is absent or older than package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=(libvulkan1 chromium-common fonts-dejavu-core ffmpeg)
[[ "${1:-}" == "--test" ]] && pkgs+=(python3-torch python3-torchvision chromium)

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  echo "setup: installing ${missing[*]} (apt)" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "setup: installing npm dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund >&2
fi
