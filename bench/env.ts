// The environment a system process needs to see SwiftShader where there is no GPU. tempofuse's runtime
// sets this inside its own process (runtime/webgpu/device.ts); onnxruntime-node brings its own Dawn,
// which reads the Vulkan loader's variables at start-up, so the driver sets them for every child.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SWIFTSHADER_ICDS = ['/usr/lib/chromium/vk_swiftshader_icd.json', '/usr/lib/chromium-browser/vk_swiftshader_icd.json', '/usr/share/vulkan/icd.d/vk_swiftshader_icd.json'];

export function vulkanEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out = { ...env };
  if (!out.VK_ICD_FILENAMES && !out.VK_DRIVER_FILES && !out.VK_ADD_DRIVER_FILES) {
    const icd = [out.TEMPOFUSE_SWIFTSHADER_ICD, ...SWIFTSHADER_ICDS].find((p) => p && existsSync(p));
    if (icd) out.VK_ADD_DRIVER_FILES = icd;
  }
  out.XDG_RUNTIME_DIR ??= mkdtempSync(join(tmpdir(), 'tempofuse-bench-xdg-'));
  return out;
}
