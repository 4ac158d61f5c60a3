// Mutated .tfir texts (token-level: deleted, duplicated, swapped, replaced and inserted tokens, huge and
// negative numbers, reused labels, deeply nested values; and byte-level changes). Each ends in a typed
// error, or in a graph with one node per node line and one output per output line of the text that
// passes checkParsedGraph.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../ir/graph.ts';
import { parseGraph, printGraph } from '../../ir/text.ts';
import { FuzzTally, caseRng, check, fuzzConfig, mutateTokens, pick, tokens } from '../helpers/fuzz.ts';
import { checkParsedGraph, graphCorpus } from '../helpers/fuzz-graphs.ts';

const config = fuzzConfig(3000);

/** The text's node definitions ('%label =') and output lines, counted on its tokens (strings and
 *  comments are tokens of their own, so a '%x =' inside them does not count). */
function checkCounts(text: string, g: Graph): void {
  const solid = tokens(text).filter((t) => !/^\s/.test(t) && !t.startsWith('#'));
  const defs = solid.filter((t, i) => t.startsWith('%') && solid[i + 1] === '=').length;
  const outs = solid.filter((t) => t === 'output').length;
  check(g.nodes.length === defs, `${g.nodes.length} nodes from ${defs} node lines`);
  check(g.outputs.length === outs, `${g.outputs.length} outputs from ${outs} output lines`);
}

describe('fuzz: .tfir text', () => {
  it(`${config.count} mutated texts end in a typed error or a faithful, valid graph`, async () => {
    const corpus = graphCorpus().map(printGraph);
    const tally = new FuzzTally('tfir', config);
    for (let i = 0; i < config.count; i++) {
      const rng = caseRng(config.seed, i);
      let text = pick(rng, corpus);
      const names: string[] = [];
      for (let k = rng.next() < 0.7 ? 1 : rng.int(2, 4); k > 0; k--) {
        const m = mutateTokens(rng, text);
        text = m.text;
        names.push(m.name);
      }
      await tally.run(i, names, () => {
        const g = parseGraph(text, 'fuzz.tfir');
        checkCounts(text, g);
        checkParsedGraph(g);
      });
    }
    console.log(tally.summary());
    expect(tally.report()).toBe('');
  });
});
