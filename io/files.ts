// Files the project writes and the paths it reads from artifacts. Every write goes to a temporary file in
// the same folder and is renamed over the target (atomic on one file system), so a failure half way (a
// full disk, a crash) leaves the previous file as it was. Paths read from a manifest must stay inside the
// artifact folder, symbolic links followed, so that an edited manifest cannot make a runtime read (and
// report on) files elsewhere.
import { mkdir, mkdtemp, open, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { FileError } from '../ir/errors.ts';

/** The error code of a failed file operation (ENOENT, EACCES...), else its message. */
export const errno = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** A name beside `path` that no other writer picks: `.<name>.<pid>.<random>.part`. */
const partName = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.part`);

/** Makes folder `dir` and its missing parents, one level at a time from the nearest that exists; when
 *  one cannot be made, a FileError "cannot write <target>: <errno code>" for the file or folder `target`
 *  that was to go there. (Node's recursive mkdir retries forever where making a folder fails with ENOENT
 *  under one that exists, as in /proc.) */
export async function makeFolder(dir: string, target = dir): Promise<void> {
  const fail = (code: string): never => { throw new FileError(`cannot write ${target}: ${code}`); };
  const missing: string[] = [];
  for (let at = resolve(dir); dirname(at) !== at; at = dirname(at)) {
    const st = await stat(at).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : fail(errno(e))));
    if (st?.isDirectory()) break;
    if (st) fail('ENOTDIR');
    missing.push(at);
  }
  for (const at of missing.reverse()) {
    await mkdir(at).catch(async (e: NodeJS.ErrnoException) => {
      // made meanwhile by another writer: as good as made here
      if (e.code !== 'EEXIST' || !(await stat(at).catch(() => undefined))?.isDirectory()) fail(errno(e));
    });
  }
}

/** Write `data` to `path` whole or not at all (a FileError naming `path` when it cannot). The data reaches
 *  the disk before the rename, so that not even a power loss can leave a renamed but empty file. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const part = partName(path);
  try {
    const file = await open(part, 'w');
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(part, path);
  } catch (e) {
    await rm(part, { force: true }).catch(() => undefined); // it may never have been made (no folder)
    throw new FileError(`cannot write ${path}: ${errno(e)}`);
  }
}

/** Fails with a FileError unless a file can be written at `path` (its folder is created if missing): run
 *  before the work whose result goes there, so that a bad path is reported before it is spent. */
export async function checkWritable(path: string): Promise<void> {
  if ((await stat(path).catch(() => undefined))?.isDirectory()) throw new FileError(`cannot write ${path}: it is a folder`);
  const probe = partName(path);
  await makeFolder(dirname(path), path);
  try {
    await writeFile(probe, '');
  } catch (e) {
    throw new FileError(`cannot write ${path}: ${errno(e)}`);
  }
  await rm(probe);
}

/** Runs `build` on a fresh folder beside `dir` and renames that folder over `dir` (whatever `dir` held) once
 *  `build` succeeds; a failure of either leaves `dir` as it was. The folder is made before `build` runs, so
 *  that a place that cannot be written is reported before the work. */
export async function buildFolder<T>(dir: string, build: (path: string) => Promise<T>): Promise<T> {
  const fail = (e: unknown): never => { throw new FileError(`cannot write ${dir}: ${errno(e)}`); };
  await makeFolder(dirname(resolve(dir)), dir);
  const path = await mkdtemp(join(dirname(resolve(dir)), `.${basename(dir)}.part-`)).catch(fail);
  try {
    const result = await build(path);
    // no rename exchanges two folders, so the old one steps aside first and comes back on failure
    const old = (await stat(dir).catch(() => undefined)) ? partName(dir) : undefined;
    if (old) await rename(dir, old).catch(fail);
    await rename(path, dir).catch(async (e: unknown) => {
      if (old) await rename(old, dir);
      fail(e);
    });
    if (old) await rm(old, { recursive: true, force: true });
    return result;
  } finally {
    await rm(path, { recursive: true, force: true });
  }
}

/** `rel`, a path that `field` (e.g. "manifest.json modules[0].file") names in the artifact folder `dir`,
 *  joined to `dir`; a FileError when it is not a relative path that stays inside `dir` as written. */
export function joinInside(dir: string, rel: unknown, field: string): string {
  const full = typeof rel === 'string' && rel !== '' && !isAbsolute(rel) ? resolve(dir, rel) : undefined;
  if (full === undefined || !isWithin(resolve(dir), full)) {
    throw new FileError(`artifact ${dir}: ${field} leaves the folder`, { expected: 'a relative path inside it', found: JSON.stringify(rel) });
  }
  return full;
}

/** joinInside, and the file it names, symbolic links followed, is inside `dir` too. A missing file is left
 *  for the reader to report. */
export async function realInside(dir: string, rel: unknown, field: string): Promise<string> {
  const full = joinInside(dir, rel, field);
  const real = await realpath(full).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw new FileError(`cannot read ${full}: ${errno(e)}`);
  });
  if (real !== undefined && !isWithin(await realpath(dir), real)) {
    throw new FileError(`artifact ${dir}: ${field} leaves the folder through a symbolic link`, { expected: 'a file inside it', found: JSON.stringify(rel) });
  }
  return full;
}

const isWithin = (dir: string, path: string): boolean => {
  const r = relative(dir, path);
  return r !== '' && r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r);
};
