// Where a node was built: the first stack frame outside tempofuse's IR and runtime layers (the user's
// network definition, or the nn/ block that composed the node), as "path:line:col" relative to the working directory.
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// Frames in these folders are tempofuse's own machinery (building, loading), never the user's line.
const ownDirs = [fileURLToPath(new URL('.', import.meta.url)), fileURLToPath(new URL('../runtime/', import.meta.url))];
const FRAME = /\(?((?:file:\/\/)?\/[^()\s]+?):(\d+):(\d+)\)?\s*$/;

export function callerLocation(): string | undefined {
  const stack = new Error().stack?.split('\n').slice(1) ?? [];
  for (const line of stack) {
    const m = FRAME.exec(line);
    if (!m) continue;
    const file = m[1].startsWith('file://') ? fileURLToPath(m[1]) : m[1];
    if (ownDirs.some((d) => file.startsWith(d)) || file.includes(`${sep}node_modules${sep}`) || file.startsWith('node:')) continue;
    return `${relative(process.cwd(), file) || file}:${m[2]}:${m[3]}`;
  }
  return undefined;
}
