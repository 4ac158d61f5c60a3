// Annotation lists in the layouts datasets ship: `path label` and CSV lists (class indices or names) and
// Something-Something's JSON; every error names the annotation file and line. The videos here are empty
// files: reading a split checks that each exists, not what it holds.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError, FileError } from '../../ir/errors.ts';
import { parseAnnotationList } from '../../data/annotation-list.ts';
import { readSplit } from '../../data/folder-layout.ts';
import { arrayElementLines } from '../../data/json-lines.ts';

let root: string;
beforeAll(async () => { root = await mkdtemp(join(tmpdir(), 'tempofuse-data-ann-')); });
afterAll(async () => { await rm(root, { recursive: true, force: true }); });

/** A dataset folder with `files` (name -> text) and empty videos a.mp4, b.mp4, c/d.avi, 1.webm, 2.webm. */
async function folder(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(root, name);
  await mkdir(join(dir, 'c'), { recursive: true });
  for (const v of ['a.mp4', 'b.mp4', 'c/d.avi', '1.webm', '2.webm']) await writeFile(join(dir, v), '');
  for (const [f, text] of Object.entries(files)) await writeFile(join(dir, f), text);
  return dir;
}

async function dataError(p: Promise<unknown>): Promise<DataError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(DataError);
  return e as DataError;
}

describe('text and CSV lists', () => {
  it('reads `path label` lines with class indices, skipping blank and # lines', async () => {
    const dir = await folder('idx', { 'train.txt': '# videos\na.mp4 2\n\nc/d.avi 0\n' });
    const s = await readSplit(dir, 'train');
    expect(s.files).toEqual([join(dir, 'a.mp4'), join(dir, 'c/d.avi')]);
    expect(s.labels).toEqual([2, 0]);
    expect(s.classes).toEqual(['0', '1', '2']);
    expect(s.at).toEqual([`${join(dir, 'train.txt')}:2`, `${join(dir, 'train.txt')}:4`]);
  });

  it('indexes class names sorted over every split, so train and val agree', async () => {
    const dir = await folder('names', {
      'train.csv': 'path,label\na.mp4,walking the dog\nb.mp4,abseiling\n',
      'val.txt': 'c/d.avi zumba\n',
    });
    const train = await readSplit(dir, 'train'), val = await readSplit(dir, 'val');
    expect(train.classes).toEqual(['abseiling', 'walking the dog', 'zumba']);
    expect(train.labels).toEqual([1, 0]);
    expect(val.classes).toEqual(train.classes);
    expect(val.labels).toEqual([2]);
  });

  it('takes the class order of classes.txt when there is one', async () => {
    const dir = await folder('classfile', { 'train.txt': 'a.mp4 run\nb.mp4 jump\n', 'classes.txt': 'run\njump\n' });
    expect((await readSplit(dir, 'train')).labels).toEqual([0, 1]);
  });

  it('a malformed line, a missing video, an unknown label are errors at file:line', async () => {
    const dir = await folder('bad', {
      'bad-line.txt': 'a.mp4 1\nb.mp4\n',
      'bad-csv.csv': 'a.mp4,1,extra\n',
      'missing.txt': 'a.mp4 0\n\nnothere.mp4 1\n',
      'unknown.txt': 'a.mp4 run\nb.mp4 swim\n',
      'too-big.txt': 'a.mp4 1\nb.mp4 2\n',
      'mixed.txt': 'a.mp4 1\nb.mp4 run\n',
      'classes.txt': 'run\njump\n',
    });
    const at = (f: string, line: number) => `${join(dir, f)}:${line}`;
    let e = await dataError(readSplit(dir, 'train', { annotations: join(dir, 'bad-line.txt') }));
    expect([e.loc, e.message]).toEqual([at('bad-line.txt', 2), expect.stringContaining('malformed annotation line')]);
    e = await dataError(readSplit(dir, 'train', { annotations: join(dir, 'bad-csv.csv') }));
    expect(e.loc).toBe(at('bad-csv.csv', 1));
    e = await dataError(readSplit(dir, 'train', { annotations: join(dir, 'missing.txt') }));
    expect([e.loc, e.message]).toEqual([at('missing.txt', 3), expect.stringContaining(`video not found: ${join(dir, 'nothere.mp4')}`)]);
    e = await dataError(readSplit(dir, 'train', { annotations: join(dir, 'unknown.txt') }));
    expect([e.loc, e.found]).toEqual([at('unknown.txt', 2), '"swim"']);
    e = await dataError(readSplit(dir, 'train', { annotations: join(dir, 'too-big.txt') }));
    expect([e.loc, e.expected]).toEqual([at('too-big.txt', 2), expect.stringContaining('below 2')]);
    e = await dataError(readSplit(dir, 'train', { annotations: join(dir, 'mixed.txt') }));
    expect([e.loc, e.message]).toEqual([at('mixed.txt', 2), expect.stringContaining('mix class indices and class names')]);
  });

  it('no list for the split, or no folder, says so', async () => {
    const dir = await folder('empty', {});
    expect((await dataError(readSplit(dir, 'val'))).message).toContain("no annotation list for the split 'val'");
    await expect(readSplit(join(root, 'nope'), 'train')).rejects.toBeInstanceOf(FileError);
  });

  it('a CSV header is skipped only on the first line', () => {
    expect(parseAnnotationList('video,class\nx.mp4,3\n', 'l.csv')).toEqual([{ video: 'x.mp4', label: 3, at: 'l.csv:2' }]);
  });
});

describe('Something-Something v2 JSON', () => {
  const list = '[\n  {"id": "1", "label": "putting a pen on a table", "template": "Putting [something] on [something]", "placeholders": ["a pen", "a table"]},\n' +
    '  {\n    "id": "2",\n    "template": "Pushing [something] from left to right"\n  }\n]\n';
  const labels = '{"Putting something on something": "1", "Pushing something from left to right": "0"}';

  it('reads <id>.webm videos, the class from the template and the index from the labels file', async () => {
    const dir = await folder('ssv2', { 'something-something-v2-train.json': list, 'something-something-v2-labels.json': labels });
    const s = await readSplit(dir, 'train');
    expect(s.files).toEqual([join(dir, '1.webm'), join(dir, '2.webm')]);
    expect(s.labels).toEqual([1, 0]);
    expect(s.classes).toEqual(['Pushing something from left to right', 'Putting something on something']);
    expect(s.at.map((a) => a.split(':').at(-1))).toEqual(['2', '3']);
  });

  it('an unknown template, a missing video, a missing labels file are errors', async () => {
    const dir = await folder('ssv2-bad', {
      'val.json': '[{"id": "1", "template": "Spinning [something]"}]',
      'train.json': '[\n{"id": "1", "template": "Putting [something] on [something]"},\n{"id": "9", "template": "Putting [something] on [something]"}]',
      'labels.json': labels,
    });
    let e = await dataError(readSplit(dir, 'val'));
    expect([e.loc, e.found]).toEqual([`${join(dir, 'val.json')}:1`, '"Spinning something"']);
    e = await dataError(readSplit(dir, 'train'));
    expect([e.loc, e.message]).toContain(`${join(dir, 'train.json')}:3`);
    const nolabels = await folder('ssv2-nolabels', { 'train.json': '[]' });
    expect((await dataError(readSplit(nolabels, 'train'))).message).toContain('needs its labels file');
  });

  it('finds the line of each element of a JSON array, strings with brackets and escapes included', () => {
    expect(arrayElementLines('[\n{"a": "[x\\"]"},\n\n  3, "s"\n]')).toEqual([2, 4, 4]);
    expect(arrayElementLines('[]')).toEqual([]);
  });
});
