// The CUDA printer's fixed parts: templates/cuda/*.hbs (bundled in codegen/templates.generated.ts), and
// the device helper functions of helpers.hbs, each emitted only when a kernel uses it, in an include guard.
import Handlebars from 'handlebars';
import { InternalError } from '../../ir/errors.ts';
import { TEMPLATES } from '../templates.generated.ts';

/** Device helpers of templates/cuda/helpers.hbs, in its order, with the helpers each one calls. */
export const HELPERS = {
  i32_add: [], i32_sub: [], i32_mul: [], i32_neg: [], i32_abs: [], i32_div: [], i32_mod: [], i32_shl: [], i32_shr: [],
  u32_div: [], u32_mod: [], f32_max_nan: [], f32_min_nan: [], f32_pow: [], f32_sigmoid: [], f32_round_f16: [],
  c64_add: [], c64_sub: [], c64_neg: [], c64_mul: [], c64_div: [], c64_eq: [], c64_ne: [],
} as const satisfies Record<string, readonly string[]>;
export type Helper = keyof typeof HELPERS;
export const CUDA_HELPERS: readonly string[] = Object.keys(HELPERS);

/** Helpers that need <cuda_fp16.h>. */
export const NEEDS_FP16: ReadonlySet<Helper> = new Set<Helper>(['f32_round_f16']);

const hbs = Handlebars.create();
// {{#device "name"}}...{{/device}}: the helper's text, when the kernel needs it, inside an include guard
// (kernels concatenated into one translation unit then define each helper once).
hbs.registerHelper('device', function (this: unknown, name: string, options: Handlebars.HelperOptions) {
  const need = (options.data.root as { need: Record<string, boolean> }).need;
  if (!(name in need)) throw new InternalError(`templates/cuda/helpers.hbs defines '${name}', which the printer does not know`);
  if (!need[name]) return '';
  const guard = `TEMPOFUSE_CUDA_${name.toUpperCase()}`;
  return `#ifndef ${guard}\n#define ${guard}\n${options.fn(this)}#endif\n`;
});

let templates: { kernel: HandlebarsTemplateDelegate; helpers: HandlebarsTemplateDelegate } | undefined;

export function loadTemplates(): NonNullable<typeof templates> {
  if (!templates) {
    const compile = (name: 'kernel' | 'helpers') => hbs.compile(TEMPLATES[`cuda/${name}`], { noEscape: true, strict: true });
    templates = { kernel: compile('kernel'), helpers: compile('helpers') };
  }
  return templates;
}

/** The helper definitions for a set of needed helpers (and those they call), in template order. */
export function renderHelpers(used: ReadonlySet<Helper>): string {
  const need = Object.fromEntries(Object.keys(HELPERS).map((h) => [h, used.has(h as Helper)]));
  return loadTemplates().helpers({ need }).trimEnd();
}
