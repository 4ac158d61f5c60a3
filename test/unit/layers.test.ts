// The project's folders form layers, each importing only those below it, so that each can be loaded (and
// bundled) without the ones above: the IR alone; the runtimes without the compiler; the compiler without
// the runtimes. Imports are read as written in the source (static, type-only, re-exports and literal
// dynamic imports alike), for every project file outside test/ and bench/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SKIP = new Set(['node_modules', 'test', 'bench', 'out']);

/** Rank of each layer: a file may import its own folder and folders of a lower rank only. Folders of one
 *  rank are independent of each other (codegen/ and runtime/ above all). */
const RANK: Readonly<Record<string, number>> = {
  ir: 0,
  io: 1, nn: 1,
  artifact: 2, train: 2, report: 2, data: 2,
  codegen: 3, runtime: 3,
  driver: 4,
  cli: 5, 'index.ts': 5,
};

function projectFiles(dir = ''): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = dir ? `${dir}/${e.name}` : e.name;
    if (e.name.startsWith('.') || SKIP.has(e.name)) return [];
    if (e.isDirectory()) return projectFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** Each file's imports of project files, as paths from the repository root. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of projectFiles()) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
    graph.set(file, [...new Set(importedFiles.map((i) => i.fileName).filter((s) => s.startsWith('.'))
      .map((s) => relative(ROOT, normalize(join(ROOT, dirname(file), s)))))]);
  }
  return graph;
}

const folderOf = (file: string) => file.split('/')[0];
const GRAPH = importGraph();
const EDGES = [...GRAPH].flatMap(([from, tos]) => tos.map((to) => ({ from, to })));

/** The strongly connected parts of more than one node (Tarjan), each sorted. */
function cycles(nodes: Iterable<string>, next: (n: string) => Iterable<string>): string[][] {
  const index = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size); low.set(v, index.get(v)!); stack.push(v); onStack.add(v);
    for (const w of next(v)) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const part: string[] = [];
    let w: string;
    do { w = stack.pop()!; onStack.delete(w); part.push(w); } while (w !== v);
    if (part.length > 1) found.push(part.sort());
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return found;
}

describe('layers', () => {
  it('reads the imports of the project (sanity: runtime/ imports artifact/, codegen/ imports ir/)', () => {
    expect(EDGES.some((e) => e.from.startsWith('runtime/') && e.to.startsWith('artifact/'))).toBe(true);
    expect(EDGES.some((e) => e.from.startsWith('codegen/') && e.to.startsWith('ir/'))).toBe(true);
    expect(GRAPH.has('index.ts') && GRAPH.has('cli/main.ts')).toBe(true);
  });

  it('every import stays in its folder or goes to a lower layer', () => {
    const wrong = EDGES.filter(({ from, to }) => {
      const [a, b] = [folderOf(from), folderOf(to)];
      if (a === b || !(a in RANK)) return false;
      return !(b in RANK) || RANK[b] >= RANK[a];
    }).map(({ from, to }) => `${from} -> ${to}`);
    expect(wrong).toEqual([]);
  });

  it('runtime/ imports no codegen/ and codegen/ no runtime/', () => {
    const across = EDGES.filter(({ from, to }) => {
      const pair = `${folderOf(from)}>${folderOf(to)}`;
      return pair === 'runtime>codegen' || pair === 'codegen>runtime';
    }).map(({ from, to }) => `${from} -> ${to}`);
    expect(across).toEqual([]);
  });

  it('no import cycle between folders, nor between files', () => {
    const folders = new Map<string, Set<string>>();
    for (const { from, to } of EDGES) {
      if (folderOf(from) !== folderOf(to)) folders.set(folderOf(from), (folders.get(folderOf(from)) ?? new Set()).add(folderOf(to)));
    }
    expect(cycles(new Set(EDGES.flatMap((e) => [folderOf(e.from), folderOf(e.to)])), (f) => folders.get(f) ?? [])).toEqual([]);
    const files = new Map<string, string[]>();
    for (const { from, to } of EDGES) files.set(from, [...(files.get(from) ?? []), to]);
    expect(cycles(GRAPH.keys(), (f) => files.get(f) ?? [])).toEqual([]);
  });
});
