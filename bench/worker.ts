// One system on one case, in a process of its own (so that no system's device, caches or allocator sees
// another's): `tsx bench/worker.ts <system> <case> <data dir> <budget ms>`. It checks the system's outputs
// against the float64 reference first; only a passing system is timed (warm forwards, enough of them to
// fill about the time budget). The result is printed as one line `RESULT {json}`.
// `tsx bench/worker.ts prepare <case> <data dir>` draws the case's data and computes its reference.
import { caseById } from './cases.ts';
import { checkOutputs, loadCase, prepareCase } from './data.ts';
import type { Opened, SystemOpener } from './system.ts';
import { notWritten, type SystemName } from './systems/registry.ts';

async function opener(system: string): Promise<SystemOpener> {
  switch (system) {
    case 'ours': return (await import('./systems/ours.ts')).openOurs;
    case 'tfjs': return (await import('./systems/tfjs.ts')).openTfjs;
    case 'ort': return (await import('./systems/ort.ts')).openOrt;
    case 'handwritten': return (await import('./systems/handwritten.ts')).openHandwritten;
    default: throw new Error(`unknown system '${system}'`);
  }
}

const emit = (r: object) => process.stdout.write(`RESULT ${JSON.stringify(r)}\n`);

async function main(): Promise<void> {
  const [system, id, dir, budgetArg] = process.argv.slice(2);
  if (system === 'prepare') {
    emit(await prepareCase(id, dir));
    return;
  }
  const budget = Number(budgetArg ?? 1000);
  if (system === 'limits') {
    const { measureLimits } = await import('./systems/limits.ts');
    emit(await measureLimits(2, Math.max(3, Math.round(budget / 100))));
    return;
  }
  const c = caseById(id);
  const data = await loadCase(dir);
  const missing = notWritten(system as SystemName, id);
  const opened: Opened = missing ? { unavailable: missing } : await (await opener(system))(c, data);
  if ('unavailable' in opened) {
    emit({ system, case: id, unavailable: opened.unavailable });
    return;
  }
  try {
    const t0 = performance.now();
    const check = checkOutputs(data, await opened.outputs(), c.tol);
    const checkMs = performance.now() - t0;
    // said at once, so that a system too slow to finish its timing within the driver's limit is still
    // reported with its check and the duration of its first forward
    process.stdout.write(`CHECK ${JSON.stringify({ check, checkMs, device: opened.device, note: opened.note })}\n`);
    if (!check.pass) {
      emit({ system, case: id, device: opened.device, note: opened.note, check });
      return;
    }
    // a forward slower than the budget is timed once (the check's run was its warm-up)
    let repeats = 1;
    if (checkMs <= budget) {
      const probe = await opened.time(0, 1);
      repeats = Math.max(3, Math.min(50, Math.round(budget / Math.max(probe.ms, 0.01))));
    }
    const timing = await opened.time(repeats === 1 ? 0 : 1, repeats);
    emit({ system, case: id, device: opened.device, note: opened.note, check, repeats, ...timing });
  } finally {
    await opened.destroy();
  }
}

main().then(() => process.exit(0), (e: unknown) => {
  const err = e as Error;
  emit({ system: process.argv[2], case: process.argv[3], error: `${err.name}: ${err.message}` });
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
