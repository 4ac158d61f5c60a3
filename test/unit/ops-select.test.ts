import { beforeAll, describe, expect, it } from 'vitest';
import { checkAttrs } from '../../ir/attrs.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { OPS } from '../../ir/ops/index.ts';
import { Tensor } from '../../ir/tensor.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { cases } from '../cases/select.ts';
import { caseInputs, type OpCase } from '../helpers/cases.ts';
import { compareTensors } from '../helpers/compare.ts';
import { opSuite } from '../helpers/op-suite.ts';
import { runOracle } from '../helpers/oracle.ts';

opSuite('select', cases);

// b.topk() is topk_indices then gather: check both outputs against the oracle's indices and the
// oracle's gather of x at those indices.
describe('builder topk: values and indices vs PyTorch', () => {
  const topkCases = cases.filter((c) => c.op === 'topk_indices');
  const expected = new Map<string, { indices: Tensor; values: Tensor }>();

  beforeAll(async () => {
    // the oracle receives normalised attributes (defaults filled), as in opSuite
    const attrsOf = (c: OpCase) => checkAttrs(OPS.topk_indices.attrs, c.attrs ?? {}, 'topk_indices');
    const idx = await runOracle(topkCases.map((c) => ({ id: c.title, op: 'topk_indices', attrs: attrsOf(c), inputs: caseInputs(c), dtype: 'i32' as const })));
    const vals = await runOracle(topkCases.map((c) => {
      const x = caseInputs(c)[0];
      return { id: c.title, op: 'gather', attrs: { axis: attrsOf(c).axis }, inputs: [x, idx.outputs.get(c.title)!], dtype: x.dtype };
    }));
    for (const c of topkCases) expected.set(c.title, { indices: idx.outputs.get(c.title)!, values: vals.outputs.get(c.title)! });
  }, 180_000);

  for (const c of topkCases) {
    it(c.title, () => {
      const x = caseInputs(c)[0];
      const b = new GraphBuilder();
      const { values, indices } = b.topk(b.input('x', x.dtype, x.shape), c.attrs as { k: number });
      b.output('values', values);
      b.output('indices', indices);
      const out = runReference(b.build(), { x }, {}).outputs;
      const want = expected.get(c.title)!;
      for (const [name, ref] of [['indices', want.indices], ['values', want.values]] as const) {
        const d = compareTensors(out.get(name)!, ref);
        expect(d.ok, `${name}: ${d.message}`).toBe(true);
      }
    });
  }
});
