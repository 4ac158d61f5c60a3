// A network in a project of its own, outside this package: it imports tempofuse by name (the package's
// "exports" map and index.ts), with tempofuse installed in the project (a node_modules/tempofuse link to
// this repository, as `npm install /path/to/tempofuse` makes), and the project's own `tempofuse` command
// checks and runs it, whether the project is an ES module package or not. An import that cannot be
// resolved is a one-line NetworkError that says how to import tempofuse.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOneLineError, ROOT, type CliResult } from '../helpers/cli.ts';

const NETWORK = `import { init, tam, type GraphBuilder } from 'tempofuse';

export const args = { channels: 4 };

export default function build(b: GraphBuilder, a: typeof args) {
  const x = b.input('x', 'f32', [8, 3, 6, 6]);
  const w = b.param('conv1.weight', [a.channels, 3, 1, 1], init.kaimingNormal('fan_out', 'relu'));
  return { y: tam(b, b.relu(b.conv(x, w)), { channels: a.channels, segments: 8, training: false }).y };
}
`;

let dir: string;

/** The project's own command (node_modules/tempofuse/bin), run in `project`. */
function tempofuse(project: string, ...args: string[]): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [join(project, 'node_modules/tempofuse/bin/tempofuse.js'), ...args], { cwd: project }, (err, stdout, stderr) => {
      done({ code: err ? Number(err.code) : 0, stdout, stderr });
    });
  });
}

/** A project folder with tempofuse installed (linked) and `files` written into it. */
async function project(name: string, files: Record<string, string>, installed = true): Promise<string> {
  const p = join(dir, name);
  await mkdir(join(p, 'node_modules'), { recursive: true });
  if (installed) await symlink(ROOT, join(p, 'node_modules/tempofuse'), 'dir');
  for (const [file, text] of Object.entries(files)) await writeFile(join(p, file), text);
  return p;
}

beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'tempofuse-outside-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe.concurrent('a network outside the package', () => {
  for (const kind of ['ES module package', 'folder without package.json (CommonJS)']) {
    it(`imports 'tempofuse' by name: check and run --target reference (${kind})`, async () => {
      const esm = kind.startsWith('ES');
      const p = await project(esm ? 'esm' : 'cjs', { 'net.ts': NETWORK, ...(esm ? { 'package.json': '{ "type": "module" }' } : {}) });
      expect(await tempofuse(p, 'check', 'net.ts', '--arg', 'channels=8')).toEqual({ code: 0, stdout: 'ok: net: 67 nodes, 13 parameters (336 scalars)\n', stderr: '' });
      const r = await tempofuse(p, 'run', 'net.ts', '--target', 'reference', '--seed', '1');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^y {2}f32 {2}\[8,4,6,6\] {2}mean /);
    });
  }

  it('type-checks with the compiler options the README gives, against the package\'s own types', async () => {
    const options = {
      module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: true, noEmit: true, types: ['node'],
      target: 'ES2022', strict: true, skipLibCheck: true,
    };
    const p = await project('typed', {
      'package.json': '{ "type": "module" }', 'net.ts': NETWORK,
      'wrong.ts': NETWORK.replace('training: false', 'trainin: false'),
      'tsconfig.json': JSON.stringify({ compilerOptions: options, include: ['*.ts'] }),
    });
    await symlink(join(ROOT, 'node_modules/@types'), join(p, 'node_modules/@types'), 'dir'); // as `npm install @types/node` would
    const r = await new Promise<CliResult>((done) => {
      execFile(join(ROOT, 'node_modules/.bin/tsc'), ['-p', p, '--pretty', 'false'], { cwd: p }, (err, stdout, stderr) => done({ code: err ? Number(err.code) : 0, stdout, stderr }));
    });
    expect(r.stdout.trimEnd().split('\n')).toEqual([expect.stringMatching(/^wrong\.ts\(\d+,\d+\): error TS2561: Object literal may only specify known properties, but 'trainin' does not exist in type 'TamOptions'/)]);
  }, 60_000);

  it('a copy of an example, importing tempofuse by relative path: a NetworkError saying to import it by name', async () => {
    const p = await project('copied', { 'package.json': '{ "type": "module" }' });
    await copyFile(join(ROOT, 'examples/tiny_video_net.ts'), join(p, 'tiny_video_net.ts'));
    expectOneLineError(await tempofuse(p, 'check', 'tiny_video_net.ts'), new RegExp(
      `^error: NetworkError: tiny_video_net\\.ts: cannot resolve the import '\\S*ir/init\\.ts' in ${join(p, 'tiny_video_net.ts')} ` +
      `\\(expected a module that exists; from outside the tempofuse package import it by name \\(import \\{ GraphBuilder, init \\} from 'tempofuse'\\) ` +
      `with tempofuse installed in the project \\(npm install /path/to/tempofuse\\), found no such file\\)$`));
  });

  it('a project without tempofuse installed: the same error, naming the package', async () => {
    const p = await project('bare', { 'net.ts': NETWORK }, false);
    const r = await new Promise<CliResult>((done) => {
      execFile(process.execPath, [join(ROOT, 'bin/tempofuse.js'), 'check', 'net.ts'], { cwd: p }, (err, stdout, stderr) => done({ code: err ? Number(err.code) : 0, stdout, stderr }));
    });
    expectOneLineError(r, /^error: NetworkError: net\.ts: cannot resolve the import 'tempofuse' in \S+net\.ts \(expected .*, found no such module\)$/);
  });
});
