// Source locations from stack traces, as "path:line:col" relative to the working directory. Where a node
// was built: the first frame outside tempofuse's IR and runtime layers (the user's network definition,
// or the nn/ block that composed the node). Where the user's code made a call that failed or threw: the
// first frame outside every tempofuse layer, nn/ included.
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dirOf = (rel: string): string => fileURLToPath(new URL(rel, import.meta.url));
// Frames in these folders are tempofuse's own machinery (building, loading), never the user's line.
const machinery = [dirOf('.'), dirOf('../runtime/')];
/** Every folder of tempofuse's own code. */
const ownCode = [...machinery, dirOf('../nn/'), dirOf('../codegen/'), dirOf('../cli/')];
const FRAME = /\(?((?:file:\/\/)?\/[^()\s]+?):(\d+):(\d+)\)?\s*$/;

interface Frame { file: string; line: string; col: string }

function frames(stack: string | undefined): Frame[] {
  const out: Frame[] = [];
  for (const line of stack?.split('\n').slice(1) ?? []) {
    const m = FRAME.exec(line);
    if (m) out.push({ file: m[1].startsWith('file://') ? fileURLToPath(m[1]) : m[1], line: m[2], col: m[3] });
  }
  return out;
}

const isIn = (f: Frame, dirs: readonly string[]): boolean =>
  dirs.some((d) => f.file.startsWith(d)) || f.file.includes(`${sep}node_modules${sep}`);
const format = (f: Frame): string => `${relative(process.cwd(), f.file) || f.file}:${f.line}:${f.col}`;

function firstOutside(stack: string | undefined, dirs: readonly string[]): string | undefined {
  const f = frames(stack).find((fr) => !isIn(fr, dirs));
  return f && format(f);
}

/** Where the node being built now was made: the network's line, or the nn/ block's. */
export const callerLocation = (): string | undefined => firstOutside(new Error().stack, machinery);

/** The user's line in the stack of `e`: the first frame in no tempofuse folder (undefined when none). */
export const userLocation = (e: Error): string | undefined => firstOutside(e.stack, ownCode);

/** Whether `e` was thrown by tempofuse's own code (its innermost located frame is in a tempofuse folder),
 *  as opposed to by the user's or a package's the user called. */
export function thrownByTempofuse(e: Error): boolean {
  const top = frames(e.stack)[0];
  return top !== undefined && ownCode.some((d) => top.file.startsWith(d));
}
