// The printers read their templates from codegen/templates.generated.ts (no file system, so that a browser
// bundle compiles too): it must hold templates/*/*.hbs as they are.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE, bundleTemplates } from '../../scripts/bundle-templates.ts';
import { TEMPLATES } from '../../codegen/templates.generated.ts';

describe('bundled templates', () => {
  it(`${BUNDLE} is what scripts/bundle-templates.ts prints from templates/ (else run npm run templates)`, () => {
    expect(readFileSync(new URL(`../../${BUNDLE}`, import.meta.url), 'utf8')).toBe(bundleTemplates());
  });

  it('holds each template byte for byte', () => {
    for (const name of ['wgsl/kernel', 'wgsl/helpers', 'cuda/kernel', 'cuda/helpers'] as const) {
      expect(TEMPLATES[name]).toBe(readFileSync(new URL(`../../templates/${name}.hbs`, import.meta.url), 'utf8'));
    }
  });
});
