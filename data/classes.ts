// From labels as annotation lists write them to class indices. Class names are indexed by a class list
// when one is given (a classes file, SSv2's labels file), otherwise by their place in the sorted names of
// every split's list, so that train and validation agree on the index of each class. Class indices are
// kept as written (0-based, as mmaction2's lists; UCF101's official lists count from 1 and need their
// classInd.txt given as the class list instead).
import { DataError } from '../ir/errors.ts';
import type { AnnotationEntry } from './annotation-list.ts';

/** The class names: `given`, or the sorted names of `entries` (all splits), or "0".."max" for indices. */
export function classNames(entries: readonly AnnotationEntry[], given?: readonly string[]): string[] {
  if (given) return [...given];
  if (entries.some((e) => typeof e.label === 'string')) {
    return [...new Set(entries.map((e) => String(e.label)))].sort();
  }
  const max = entries.reduce((m, e) => Math.max(m, e.label as number), -1);
  return Array.from({ length: max + 1 }, (_, i) => String(i));
}

export function labelIndex(entry: AnnotationEntry, classes: readonly string[], classesFrom: string): number {
  const index = typeof entry.label === 'number' ? entry.label : classes.indexOf(entry.label);
  if (index < 0 || index >= classes.length) {
    throw new DataError(`unknown label ${JSON.stringify(entry.label)}`, {
      loc: entry.at,
      expected: typeof entry.label === 'number' ? `a class index below ${classes.length} (${classesFrom})` : `a class name of ${classesFrom}`,
      found: JSON.stringify(entry.label),
    });
  }
  return index;
}
