// Classification scores against cases worked by hand: ties, classes with no sample, bad input.
import { describe, expect, it } from 'vitest';
import { ExecutionError, ShapeError } from '../../ir/errors.ts';
import { classScores, confusionMatrix, summarize, topKAccuracy, type Predictions } from '../../report/classification.ts';

// 4 samples, 4 classes (class 3 has no sample; its logit is lowest everywhere):
//   s0 [2,1,0] y=0: predicted 0, its class ranks 0
//   s1 [1,1,0] y=1: a tie with class 0, which is first: predicted 0, rank 1
//   s2 [0,3,3] y=2: a tie with class 1: predicted 1, rank 1
//   s3 [5,0,1] y=1: predicted 0, rank 2 (below 5 and 1)
const LOGITS = [2, 1, 0, -9, 1, 1, 0, -9, 0, 3, 3, -9, 5, 0, 1, -9];
const HAND: Predictions = {
  logits: LOGITS,
  labels: [0, 1, 2, 1],
  classes: 4,
};

describe('classification scores', () => {
  it('top-k accuracy, ties going to the lower class index', () => {
    expect([1, 2, 3, 4].map((k) => topKAccuracy(HAND, k))).toEqual([0.25, 0.75, 1, 1]);
  });

  it('the confusion matrix (rows true, columns predicted) and per-class accuracy, null for a class with no sample', () => {
    const counts = confusionMatrix(HAND);
    expect(counts).toEqual([[1, 0, 0, 0], [2, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 0]]);
    expect(classScores(counts)).toEqual([
      { samples: 1, correct: 1, accuracy: 1 },
      { samples: 2, correct: 0, accuracy: 0 },
      { samples: 1, correct: 0, accuracy: 0 },
      { samples: 0, correct: 0, accuracy: null },
    ]);
  });

  it('a summary: mean class accuracy over the classes with samples, top-5 only with 5 classes or more', () => {
    const s = summarize(HAND, ['left', 'right', 'up', 'down']);
    expect(s).toMatchObject({ samples: 4, top1: 0.25, top5: null, meanClassAccuracy: 1 / 3 });
    expect(s.perClass.map((c) => [c.name, c.accuracy])).toEqual([['left', 1], ['right', 0], ['up', 0], ['down', null]]);
    // 6 classes; the true class is 5th highest for sample 1 and 6th for sample 2
    const six: Predictions = { logits: [6, 5, 4, 3, 2, 1, 6, 5, 4, 3, 2, 1, 6, 5, 4, 3, 2, 1], labels: [0, 4, 5], classes: 6 };
    expect(summarize(six)).toMatchObject({ top1: 1 / 3, top5: 2 / 3, perClass: [{ name: '0' }, { name: '1' }, {}, {}, {}, {}] });
  });

  it('top-1 accuracy is the confusion diagonal on random logits with many ties', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 48271) % 2147483647) % 3; // values 0..2: ties everywhere
    const n = 200, classes = 5;
    const p: Predictions = { logits: Array.from({ length: n * classes }, rnd), labels: Array.from({ length: n }, (_, i) => i % classes), classes };
    const trace = confusionMatrix(p).reduce((a, row, t) => a + row[t], 0);
    expect(topKAccuracy(p, 1)).toBe(trace / n);
    expect(topKAccuracy(p, 5)).toBe(1);
  });

  it('rejects bad input with typed errors naming what was wrong', () => {
    expect(() => topKAccuracy({ ...HAND, logits: LOGITS.slice(1) }, 1)).toThrow(ShapeError);
    expect(() => topKAccuracy({ ...HAND, logits: LOGITS.slice(1) }, 1)).toThrow('expected 16 values, found 15');
    expect(() => topKAccuracy({ ...HAND, labels: [0, 1, 4, 1] }, 1)).toThrow(ExecutionError);
    expect(() => topKAccuracy({ ...HAND, labels: [0, 1, 4, 1] }, 1)).toThrow(/label of sample 2 out of range \(expected an integer in \[0, 4\), found 4\)/);
    expect(() => topKAccuracy({ ...HAND, logits: LOGITS.map((x, i) => (i === 5 ? NaN : x)) }, 1)).toThrow(/logits of sample 1 hold NaN \(class 1\)/);
    expect(() => topKAccuracy(HAND, 5)).toThrow(/expected k an integer in \[1, 4\], found 5/);
    expect(() => topKAccuracy({ logits: [], labels: [], classes: 4 }, 1)).toThrow(ShapeError);
    expect(() => summarize(HAND, ['a', 'b', 'c'])).toThrow(/expected 4 names, found 3/);
    expect(() => summarize(HAND, ['a', 'b', 'a', 'c'])).toThrow(/expected distinct names, found "a" twice/);
  });
});
