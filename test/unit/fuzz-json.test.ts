// Mutated JSON graphs: structural mutations of the parsed document given to graphFromJSON, and byte
// mutations of the file text read through loadNetwork. Each ends in a typed error, or in a graph that
// keeps what the document says (names, ops, inputs, types, locations, every attribute given) and passes
// checkParsedGraph.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../ir/graph.ts';
import { graphFromJSON, graphToJSON } from '../../ir/json.ts';
import { loadNetwork } from '../../runtime/network.ts';
import { FuzzTally, caseRng, check, fuzzConfig, mutateBytes, mutateJsonTimes, pick, stringifyDeep, type Json } from '../helpers/fuzz.ts';
import { checkParsedGraph, graphCorpus, graphNames } from '../helpers/fuzz-graphs.ts';

const config = fuzzConfig(3000);
const MARKERS: Record<string, number> = { inf: Infinity, '-inf': -Infinity, nan: NaN, '-0': -0 };

/** `given` (from the document) is kept in `written` (from graphToJSON of the parsed graph): equal leaves
 *  (0 and -0 alike: a dimension of -0 is 0), where a written marker string may stand for a number given
 *  as such; objects keep every given key (the parser may add defaults). Iterative: a document may nest
 *  any depth. */
function kept(given: unknown, written: unknown): boolean {
  const stack: [unknown, unknown][] = [[given, written]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length) return false;
      a.forEach((x, i) => stack.push([x, b[i]]));
    } else if (a !== null && typeof a === 'object') {
      if (b === null || typeof b !== 'object' || Array.isArray(b)) return false;
      for (const [k, x] of Object.entries(a)) {
        if (!Object.hasOwn(b, k)) return false;
        stack.push([x, (b as Record<string, unknown>)[k]]);
      }
    } else if (a !== b && !Object.is(a, b) && !(typeof a === 'number' && typeof b === 'string' && Object.hasOwn(MARKERS, b) && Object.is(MARKERS[b], a))) {
      return false;
    }
  }
  return true;
}

function checkFaithful(doc: unknown, g: Graph): void {
  const d = doc as { name: string; nodes: { op: string; inputs: number[]; attrs: object; type: object; loc?: string }[]; outputs: object[] };
  const w = graphToJSON(g);
  check(w.name === d.name && w.nodes.length === d.nodes.length, 'the graph has another name or number of nodes than the document');
  d.nodes.forEach((n, i) => {
    const m = w.nodes[i];
    check(m.op === n.op && kept(n.inputs, m.inputs) && kept(n.type, m.type) && m.loc === n.loc, `node ${i} differs from the document`);
    check(kept(n.attrs, m.attrs), `node ${i}: an attribute differs from the document`);
  });
  check(kept(d.outputs, w.outputs) && w.outputs.length === d.outputs.length, 'the outputs differ from the document');
}

describe('fuzz: JSON graphs', () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'tempofuse-fuzz-json-')); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it(`${config.count} mutated documents end in a typed error or a faithful, valid graph`, async () => {
    const corpus = graphCorpus().map((g) => ({ json: graphToJSON(g) as unknown as Json, names: graphNames(g) }));
    const tally = new FuzzTally('json', config);
    const file = join(dir, 'g.json');
    for (let i = 0; i < config.count; i++) {
      const rng = caseRng(config.seed, i);
      const seed = pick(rng, corpus);
      const m = mutateJsonTimes(rng, seed.json, rng.next() < 0.7 ? 1 : rng.int(2, 4), seed.names);
      if (rng.next() < 0.8) {
        await tally.run(i, m.names, () => {
          const g = graphFromJSON(m.value, 'fuzz.json');
          checkFaithful(m.value, g);
          checkParsedGraph(g);
        });
        continue;
      }
      // as a file: the text, mutated again byte by byte, through what `tempofuse` reads networks with
      const b = mutateBytes(rng, new TextEncoder().encode(stringifyDeep(m.value)));
      await writeFile(file, b.bytes);
      await tally.run(i, [...m.names, `text ${b.name}`], async () => {
        const g = await loadNetwork(file);
        checkFaithful(JSON.parse(new TextDecoder().decode(b.bytes)), g);
        checkParsedGraph(g);
      });
    }
    console.log(tally.summary());
    expect(tally.report()).toBe('');
  });
});
