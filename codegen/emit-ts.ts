// `compile --emit-ts`: a TypeScript module for an artifact, generated with ts-morph. It declares the
// artifact's inputs, parameters and outputs with their names, dtypes and shapes as types, and a class
// whose `run` takes and returns exactly those, so a program calling a compiled network type-checks
// against it. The class loads the artifact folder it was generated into.
import { Project, Scope, VariableDeclarationKind } from 'ts-morph';
import type { Manifest, NamedValue } from './artifact.ts';

/** PascalCase identifier from a network name ("tiny_video_net" -> "TinyVideoNet"). */
export function className(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const id = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('') || 'Network';
  return /^[0-9]/.test(id) ? `Net${id}` : id;
}

const tensorType = (v: NamedValue) => `TensorOf<'${v.dtype}', readonly [${v.shape.join(', ')}]>`;
const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

/** Source of the module; `runtime` is the import specifier of tempofuse's root (default 'tempofuse'). */
export function emitTypeScript(m: Manifest, runtime = 'tempofuse'): string {
  const project = new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile('network.ts', '', { overwrite: true });
  const cls = className(m.name);
  file.addImportDeclaration({ moduleSpecifier: `${runtime}/ir/tensor.ts`, namedImports: ['asTensorOf', 'type Tensor', 'type TensorOf'] });
  file.addImportDeclaration({ moduleSpecifier: `${runtime}/runtime/artifact-runner.ts`, namedImports: ['openArtifact', 'readBindingsFile', 'type ArtifactRunner'] });
  const iface = (suffix: string, values: readonly NamedValue[], doc: string) => file.addInterface({
    name: `${cls}${suffix}`, isExported: true, docs: [doc],
    properties: values.map((v) => ({ name: key(v.name), type: tensorType(v), isReadonly: true })),
  });
  iface('Inputs', m.inputs, 'Inputs of the network, by name.');
  iface('Params', m.params, 'Parameters (state_dict keys) of the network.');
  iface('Outputs', m.outputs, 'Outputs of the network, by name.');
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: 'SIGNATURE', initializer: JSON.stringify({ inputs: m.inputs, params: m.params, outputs: m.outputs }) + ' as const' }],
  });
  const c = file.addClass({ name: cls, isExported: true, docs: [`The compiled network "${m.name}": load it once, then run it.`] });
  c.addConstructor({ scope: Scope.Private, parameters: [{ name: 'runner', type: 'ArtifactRunner', isReadonly: true, scope: Scope.Private }] });
  c.addMethod({
    name: 'load', isStatic: true, isAsync: true, returnType: `Promise<${cls}>`,
    docs: ['Load the artifact (by default the folder this module was generated into) with its parameters.'],
    parameters: [
      { name: 'params', type: `${cls}Params` },
      { name: 'dir', type: 'string | URL', initializer: `new URL('.', import.meta.url)` },
    ],
    statements: [`return new ${cls}(await openArtifact(dir, params as unknown as Record<string, Tensor>));`],
  });
  c.addMethod({
    name: 'run', isAsync: true, returnType: `Promise<${cls}Outputs>`, parameters: [{ name: 'inputs', type: `${cls}Inputs` }],
    statements: [
      'const out = await this.runner.run(inputs as unknown as Record<string, Tensor>);',
      `return Object.fromEntries(SIGNATURE.outputs.map((o) => [o.name, asTensorOf(out.get(o.name)!, o.dtype, o.shape, \`output '\${o.name}'\`)])) as unknown as ${cls}Outputs;`,
    ],
  });
  c.addMethod({
    name: 'setParams', isAsync: true, returnType: 'Promise<void>',
    docs: ['Load new values of some parameters (e.g. new weights); only these are uploaded to the device again.'],
    parameters: [{ name: 'params', type: `Partial<${cls}Params>` }],
    statements: ['await this.runner.setParams(params as unknown as Record<string, Tensor>);'],
  });
  c.addMethod({
    name: 'destroy', isAsync: true, returnType: 'Promise<void>', docs: ['Release the device and its buffers.'],
    statements: ['await this.runner.destroy();'],
  });
  // input(name, t) and param(name, t): a tensor checked against, and typed as, the named input or parameter
  for (const [method, values, iface, what] of [['input', 'inputs', 'Inputs', 'input'], ['param', 'params', 'Params', 'parameter']] as const) {
    c.addMethod({
      name: method, isStatic: true, typeParameters: [{ name: 'K', constraint: `keyof ${cls}${iface} & string` }],
      returnType: `${cls}${iface}[K]`, docs: [`Check that a tensor fits the named ${what}, typing it as that ${what}.`],
      parameters: [{ name: 'name', type: 'K' }, { name: 't', type: 'Tensor' }],
      statements: [
        `const s = SIGNATURE.${values}.find((v) => v.name === name)!;`,
        `return asTensorOf(t, s.dtype, s.shape, \`${what} '\${name}'\`) as ${cls}${iface}[K];`,
      ],
    });
  }
  c.addMethod({
    name: 'loadParams', isStatic: true, isAsync: true, returnType: `Promise<${cls}Params>`,
    docs: ['Read a checkpoint (.safetensors, e.g. written by `tempofuse init`) holding exactly these parameters, typed.'],
    parameters: [{ name: 'file', type: 'string | URL' }],
    statements: [`return await readBindingsFile(file, 'param', SIGNATURE.params) as unknown as ${cls}Params;`],
  });
  c.addMethod({
    name: 'loadInputs', isStatic: true, isAsync: true, returnType: `Promise<${cls}Inputs>`,
    docs: ['Read a .safetensors file (e.g. written by `tempofuse init --inputs`) holding exactly these inputs, typed.'],
    parameters: [{ name: 'file', type: 'string | URL' }],
    statements: [`return await readBindingsFile(file, 'input', SIGNATURE.inputs) as unknown as ${cls}Inputs;`],
  });
  file.formatText({ indentSize: 2 });
  return `// Generated by \`tempofuse compile --emit-ts\` for the artifact "${m.name}" (target ${m.target}). Do not edit.\n${file.getFullText()}`;
}
