// Decoding threads that die: the clips asked fail with a DataError saying why, and nothing hangs.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../ir/errors.ts';
import { DecodePool } from '../../data/decode-pool.ts';

const JOB = { file: 'x.mp4', indices: [0], frame: { width: 4, height: 4 }, box: { top: 0, left: 0, height: 4, width: 4 }, flip: false, size: 4, ffmpeg: 'ffmpeg' };

describe('decode pool', () => {
  it('threads that cannot load their code fail the clips asked, then every later one, without respawning', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tempofuse-data-pool-'));
    try {
      const script = join(dir, 'dies.mjs');
      const starts = join(dir, 'starts');
      await writeFile(script, `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(starts)}, 'x');\nthrow new Error('cannot start');\n`);
      const pool = new DecodePool(2, pathToFileURL(script));
      const results = await Promise.allSettled([pool.run(JOB), pool.run(JOB), pool.run(JOB)]);
      for (const r of results) {
        expect(r.status).toBe('rejected');
        expect((r as PromiseRejectedResult).reason).toBeInstanceOf(DataError);
        expect(String((r as PromiseRejectedResult).reason.message)).toContain('a decoding thread failed: cannot start');
      }
      await expect(pool.run(JOB)).rejects.toThrow('a decoding thread failed');
      // no thread was started in place of the dead ones (each would die the same way, again and again)
      await new Promise((r) => setTimeout(r, 500));
      expect(await readFile(starts, 'utf8')).toBe('xx');
      await pool.close();
      await expect(pool.run(JOB)).rejects.toThrow('the dataset was closed');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
