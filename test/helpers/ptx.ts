// Reading nvcc's output for what the generated kernels cost: integer divisions and remainders (per entry,
// and how many sit inside a loop: between a label and a later branch back to it), and the stack frame
// ptxas gives each entry (nonzero when an array lives in local memory). nvcc turns division by a constant
// into multiplications, so every div/rem left in PTX divides by a value known only at run time.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';

export interface PtxEntryStats {
  readonly entry: string;
  /** Integer div/rem instructions (div.s32, rem.u32, div.u64, ...). */
  readonly divRem: number;
  /** Those inside a loop. */
  readonly divRemInLoops: number;
}

const DIV_REM = /^\s*(?:@!?%p\d+\s+)?(?:div|rem)\.[su](?:16|32|64)\s/;

/** div/rem counts of every `.entry` of a PTX text. */
export function ptxDivRem(ptx: string): PtxEntryStats[] {
  const out: PtxEntryStats[] = [];
  const parts = ptx.split(/^\.visible \.entry /m).slice(1);
  for (const part of parts) {
    const entry = /^(\w+)\(/.exec(part)?.[1] ?? '?';
    const lines = part.split('\n');
    const labels = new Map<string, number>();
    lines.forEach((l, i) => {
      const m = /^(\$L__\w+):/.exec(l);
      if (m) labels.set(m[1], i);
    });
    const inLoop = new Array<boolean>(lines.length).fill(false);
    lines.forEach((l, i) => {
      const m = /\bbra(?:\.uni)?\s+(\$L__\w+);/.exec(l);
      const target = m ? labels.get(m[1]) : undefined;
      if (target !== undefined && target < i) for (let j = target; j <= i; j++) inLoop[j] = true;
    });
    let divRem = 0, divRemInLoops = 0;
    lines.forEach((l, i) => {
      if (!DIV_REM.test(l)) return;
      divRem++;
      if (inLoop[i]) divRemInLoops++;
    });
    out.push({ entry, divRem, divRemInLoops });
  }
  return out;
}

/** Stack frame bytes of every function ptxas compiles from `ptxFile` for `arch` (ptxas -v). */
export async function ptxStackFrames(ptxas: string, ptxFile: string, arch: number): Promise<Map<string, number>> {
  const r = await new Promise<{ code: number; output: string }>((resolve, reject) => {
    const child = spawn(ptxas, ['-v', `-arch=sm_${arch}`, '-o', '/dev/null', ptxFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { output += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
  if (r.code !== 0) throw new Error(`ptxas -v ${ptxFile} failed (exit ${r.code}):\n${r.output}`);
  const frames = new Map<string, number>();
  let fn = '';
  for (const line of r.output.split('\n')) {
    const f = /Compiling entry function '(\w+)'/.exec(line);
    if (f) fn = f[1];
    const s = /(\d+) bytes stack frame/.exec(line);
    if (s && fn) frames.set(fn, Number(s[1]));
  }
  return frames;
}

/** ptxas beside nvcc. */
export const ptxasBeside = (nvcc: string): string => join(dirname(nvcc), 'ptxas');
