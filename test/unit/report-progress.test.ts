// Progress output, captured: a redrawn bar per epoch on a terminal, one line per epoch elsewhere.
import { describe, expect, it } from 'vitest';
import { TrainingProgress, type ProgressStream } from '../../report/progress.ts';

const captured = (isTTY: boolean): ProgressStream & { text: () => string } => {
  const chunks: string[] = [];
  return { write: (s: string) => { chunks.push(s); return true; }, isTTY, columns: 160, text: () => chunks.join('') };
};

/** A clock the test moves: `at` milliseconds. */
const clock = () => {
  const c = { at: 0, now: () => c.at };
  return c;
};

const stats = (loss: number) => ({ loss, acc: 0.625, clipsPerSec: 250, stepMs: 32 });
const summary = { train: { loss: 0.75, acc: 0.8 }, val: { loss: 0.875, acc: 0.7 }, clipsPerSec: 250, stepMs: 32 };
const stripAnsi = (s: string) => s.replace(/\x1b(\[[0-9;?]*[A-Za-z]|[78])/g, '');

describe('training progress', () => {
  it('off a terminal: nothing per step, one line per epoch with the numbers and the run ETA', () => {
    const out = captured(false), c = clock();
    const p = new TrainingProgress({ epochs: 3, stepsPerEpoch: 4, stream: out, now: c.now });
    p.startEpoch(1);
    for (let s = 1; s <= 4; s++) { c.at += 10_000; p.step(s, stats(1 / s)); }
    expect(out.text()).toBe('');
    p.endEpoch(summary);
    expect(out.text()).toBe('epoch 1/3 | train loss 0.7500 acc 80.0% | val loss 0.8750 acc 70.0% | 250 clips/s | 32 ms/step | 40.0 s | ETA 1:20\n');
    p.startEpoch(2);
    c.at += 20_000;
    p.endEpoch({ ...summary, val: undefined });
    // 60 s for 2 epochs: 30 s for the one left
    expect(out.text().split('\n')[1]).toBe('epoch 2/3 | train loss 0.7500 acc 80.0% | 250 clips/s | 32 ms/step | 20.0 s | ETA 0:30');
    expect(out.text()).not.toContain('\x1b');
  });

  it('on a terminal: draws a bar with the running numbers and the epoch ETA, then the summary line', () => {
    const out = captured(true), c = clock();
    const p = new TrainingProgress({ epochs: 2, stepsPerEpoch: 4, stream: out, now: c.now });
    p.startEpoch(1);
    c.at += 3_000;
    p.step(1, stats(2.5));
    c.at += 3_000;
    p.step(2, stats(1.5));
    p.stop(); // draws the last state, as an interrupted run does
    const text = out.text();
    expect(text).toContain('\x1b'); // drawn in place, with cursor moves
    const lines = stripAnsi(text);
    expect(lines).toContain('epoch 1/2 [');
    expect(lines).toMatch(/\] 2\/4 \| loss 1\.5000 \| acc 62\.5% \| 250 clips\/s \| 32 ms\/step \| ETA 0:06/);
    p.startEpoch(2);
    p.step(4, stats(0.5));
    p.endEpoch(summary);
    expect(stripAnsi(out.text())).toMatch(/\] 4\/4 \| loss 0\.5000 .*\n.*epoch 2\/2 \| train loss 0\.7500 acc 80\.0% \| val loss 0\.8750 .* \| ETA 0:00\n$/);
  });

  it('isTTY overrides what the stream says', () => {
    const forcedOn = captured(false);
    const on = new TrainingProgress({ epochs: 1, stepsPerEpoch: 2, stream: forcedOn, isTTY: true });
    on.startEpoch(1);
    on.step(1, stats(1));
    on.stop();
    expect(stripAnsi(forcedOn.text())).toContain('] 1/2 | loss 1.0000');
    const forcedOff = captured(true);
    const off = new TrainingProgress({ epochs: 1, stepsPerEpoch: 2, stream: forcedOff, isTTY: false });
    off.startEpoch(1);
    off.step(1, stats(1));
    off.stop();
    expect(forcedOff.text()).toBe('');
  });
});
