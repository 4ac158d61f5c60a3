// Classification scores of a set of predictions: top-k accuracy, per-class accuracy and the confusion
// matrix, from the network's logits and the true labels. One rule of ties throughout: among equal logits
// the lower class index ranks first (as argmax picks the first maximum), so that top-1 accuracy, the
// per-class accuracies and the confusion matrix's diagonal always agree.
import { ExecutionError, ShapeError } from '../ir/errors.ts';

export interface Predictions {
  /** Row-major [samples, classes]. */
  logits: ArrayLike<number>;
  /** The true class of each sample, an integer in [0, classes). */
  labels: ArrayLike<number>;
  classes: number;
}

/** Checks `p` and returns its number of samples: a ShapeError when the sizes disagree or there is no
 *  sample, an ExecutionError naming the sample whose label is out of range or whose logits hold a NaN. */
function samplesOf(p: Predictions): number {
  const { logits, labels, classes } = p;
  if (!Number.isSafeInteger(classes) || classes < 1) throw new ShapeError('classification needs at least one class', { expected: 'an integer >= 1', found: String(classes) });
  const n = labels.length;
  if (n === 0) throw new ShapeError('classification scores of no sample', { expected: 'at least one label', found: '0' });
  if (logits.length !== n * classes) {
    throw new ShapeError(`logits of ${n} samples x ${classes} classes`, { expected: `${n * classes} values`, found: String(logits.length) });
  }
  for (let i = 0; i < n; i++) {
    const y = labels[i];
    if (!Number.isInteger(y) || y < 0 || y >= classes) throw new ExecutionError(`label of sample ${i} out of range`, { expected: `an integer in [0, ${classes})`, found: String(y) });
    for (let c = 0; c < classes; c++) {
      if (Number.isNaN(logits[i * classes + c])) throw new ExecutionError(`logits of sample ${i} hold NaN (class ${c})`);
    }
  }
  return n;
}

/** The place of sample `i`'s true class among its logits: 0 when it is the prediction. */
function rankOfLabel(p: Predictions, i: number): number {
  const y = p.labels[i], row = i * p.classes, own = p.logits[row + y];
  let rank = 0;
  for (let c = 0; c < p.classes; c++) {
    const x = p.logits[row + c];
    if (x > own || (x === own && c < y)) rank += 1;
  }
  return rank;
}

/** The predicted class of sample `i`: its largest logit, the first of equal ones. */
function predicted(p: Predictions, i: number): number {
  const row = i * p.classes;
  let best = 0;
  for (let c = 1; c < p.classes; c++) if (p.logits[row + c] > p.logits[row + best]) best = c;
  return best;
}

/** The fraction of samples whose true class is among the `k` highest logits. `k` beyond the number of
 *  classes is a ShapeError (every sample would count, which says nothing). */
export function topKAccuracy(p: Predictions, k: number): number {
  const n = samplesOf(p);
  if (!Number.isSafeInteger(k) || k < 1 || k > p.classes) {
    throw new ShapeError(`top-k accuracy over ${p.classes} classes`, { expected: `k an integer in [1, ${p.classes}]`, found: String(k) });
  }
  let hits = 0;
  for (let i = 0; i < n; i++) if (rankOfLabel(p, i) < k) hits += 1;
  return hits / n;
}

/** counts[t][q]: the samples of true class t predicted as class q. */
export function confusionMatrix(p: Predictions): number[][] {
  const n = samplesOf(p);
  const counts = Array.from({ length: p.classes }, () => new Array<number>(p.classes).fill(0));
  for (let i = 0; i < n; i++) counts[p.labels[i]][predicted(p, i)] += 1;
  return counts;
}

export interface ClassScore {
  /** The samples of this class. */
  samples: number;
  /** Those predicted right. */
  correct: number;
  /** correct / samples; null for a class with no sample (no accuracy to speak of). */
  accuracy: number | null;
}

/** Each class's accuracy, read off the confusion matrix `counts`. */
export function classScores(counts: readonly (readonly number[])[]): ClassScore[] {
  return counts.map((row, t) => {
    const samples = row.reduce((a, b) => a + b, 0);
    return { samples, correct: row[t], accuracy: samples > 0 ? row[t] / samples : null };
  });
}

export interface ClassificationSummary {
  samples: number;
  top1: number;
  /** null when there are fewer than 5 classes. */
  top5: number | null;
  /** The mean of the accuracies of the classes that have samples. */
  meanClassAccuracy: number;
  perClass: (ClassScore & { name: string })[];
  /** Rows: true class; columns: predicted class; in the order of `perClass`. */
  confusion: number[][];
}

/** All the scores of `p`; `classNames` (default "0", "1", ...) must be one distinct name per class. */
export function summarize(p: Predictions, classNames?: readonly string[]): ClassificationSummary {
  const names = classNames ?? Array.from({ length: p.classes }, (_, c) => String(c));
  if (names.length !== p.classes) throw new ShapeError('class names', { expected: `${p.classes} names`, found: String(names.length) });
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  if (repeated !== undefined) throw new ShapeError('class names', { expected: 'distinct names', found: `${JSON.stringify(repeated)} twice` });
  const confusion = confusionMatrix(p);
  const perClass = classScores(confusion).map((s, c) => ({ name: names[c], ...s }));
  const present = perClass.filter((s) => s.accuracy !== null);
  return {
    samples: p.labels.length,
    top1: topKAccuracy(p, 1),
    top5: p.classes >= 5 ? topKAccuracy(p, 5) : null,
    meanClassAccuracy: present.reduce((a, s) => a + s.accuracy!, 0) / present.length,
    perClass,
    confusion,
  };
}
