// Where a dataset folder keeps its annotation files, and reading them into labelled video paths.
// A split's list is the first of <split>.txt, <split>.csv, <split>.json in the folder ('val' also as
// 'validation'; Something-Something's own names something-something-v2-<split>.json as well), unless
// one is named. A .json list is Something-Something's and needs its labels file (labels.json or
// something-something-v2-labels.json). Class names may come from classes.txt (one name a line, index =
// line order); without one, the names of every split's list are sorted (data/classes.ts). Video paths are
// relative to the folder (or to the videos folder given); every one must exist.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, resolve } from 'node:path';
import { DataError, FileError } from '../ir/errors.ts';
import { parseAnnotationList, type AnnotationEntry } from './annotation-list.ts';
import { classNames, labelIndex } from './classes.ts';
import { parseSsv2Labels, parseSsv2List } from './ssv2.ts';

export type Split = 'train' | 'val' | 'test';

export interface LayoutOptions {
  /** The annotation list of the split, instead of looking for one. */
  annotations?: string;
  /** Class names, one a line (or a Something-Something labels .json). */
  classes?: string;
  /** Folder the video paths are relative to. Default: the dataset folder. */
  videos?: string;
}

/** The videos of one split, labelled by class index. */
export interface LabelledVideos {
  /** Absolute video paths. */
  files: string[];
  labels: number[];
  /** "file:line" of each video's annotation. */
  at: string[];
  classes: string[];
}

const SPLIT_NAMES: Record<Split, string[]> = { train: ['train'], val: ['val', 'validation'], test: ['test'] };

function listsOf(dir: string, split: Split): string[] {
  return SPLIT_NAMES[split].flatMap((s) => [`${s}.txt`, `${s}.csv`, `${s}.json`, `something-something-v2-${s}.json`])
    .map((name) => join(dir, name)).filter((p) => existsSync(p));
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileError(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : code ?? (e as Error).message}`);
  }
}

const parseList = async (path: string): Promise<AnnotationEntry[]> =>
  extname(path) === '.json' ? parseSsv2List(await readText(path, 'annotation list'), path) : parseAnnotationList(await readText(path, 'annotation list'), path);

async function readClasses(path: string): Promise<string[]> {
  const text = await readText(path, 'class list');
  return extname(path) === '.json' ? parseSsv2Labels(text, path) : text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

export async function readSplit(dir: string, split: Split, opts: LayoutOptions = {}): Promise<LabelledVideos> {
  if (!existsSync(dir)) throw new FileError(`no dataset folder ${dir}: no such file or folder`);
  const list = opts.annotations ?? listsOf(dir, split)[0];
  if (!list) {
    throw new DataError(`no annotation list for the split '${split}' in ${dir}`, {
      expected: SPLIT_NAMES[split].map((s) => `${s}.txt, ${s}.csv or ${s}.json`).join('; '), found: 'none',
    });
  }
  const entries = await parseList(list);
  const json = extname(list) === '.json';
  const classFile = opts.classes ?? [json ? 'labels.json' : 'classes.txt', json ? 'something-something-v2-labels.json' : '']
    .filter(Boolean).map((n) => join(dir, n)).find((p) => existsSync(p));
  if (json && !classFile) {
    throw new DataError(`a Something-Something list needs its labels file beside it (${list})`, { expected: 'labels.json or something-something-v2-labels.json', found: 'none' });
  }
  // without a class list, every split's names are indexed together so that the splits agree
  const others = classFile ? [] : (['train', 'val', 'test'] as const).flatMap((s) => listsOf(dir, s).slice(0, 1)).filter((p) => resolve(p) !== resolve(list));
  const classes = classNames([...entries, ...(await Promise.all(others.map(parseList))).flat()], classFile ? await readClasses(classFile) : undefined);
  const classesFrom = classFile ?? `the labels of ${[list, ...others].join(', ')}`;
  const root = opts.videos ?? dir;
  const files = entries.map((e) => {
    const file = isAbsolute(e.video) ? e.video : resolve(root, e.video);
    if (!existsSync(file)) throw new DataError(`video not found: ${file}`, { loc: e.at });
    return file;
  });
  return { files, labels: entries.map((e) => labelIndex(e, classes, classesFrom)), at: entries.map((e) => e.at), classes };
}
