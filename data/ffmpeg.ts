// ffmpeg and ffprobe as child processes: probing a video (size, frame count, rate), decoding chosen frames
// as RGB bytes, and encoding RGB frames into a video file. Debian's `ffmpeg` package ships both programs
// (scripts/setup.sh installs it). Every failure is a DataError naming the video and ffmpeg's own words.
import { spawn } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { DataError } from '../ir/errors.ts';

/** The ffmpeg program to run: a name looked up on PATH or a path; ffprobe is the one beside it. */
export const DEFAULT_FFMPEG = 'ffmpeg';

export interface VideoInfo {
  width: number;
  height: number;
  /** Frames in the first video stream (its packets, counted by reading the whole file). */
  frames: number;
  /** Frames per second (the stream's average rate). */
  fps: number;
}

/** The pixel size frames are decoded at. */
export interface FrameSize { width: number; height: number }

/** ffprobe beside `ffmpeg` ('ffmpeg' -> 'ffprobe', '/opt/bin/ffmpeg' -> '/opt/bin/ffprobe'). */
const ffprobeOf = (ffmpeg: string): string => join(dirname(ffmpeg), basename(ffmpeg).replace('ffmpeg', 'ffprobe'));

/** Runs `program` with `args`, feeding it `input`, and gives its standard output; a DataError naming
 *  `file` when the program is missing or fails (its last line of standard error says why). */
function run(program: string, args: string[], file: string, what: string, input?: Uint8Array): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => { err += b.toString(); });
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(e.code === 'ENOENT'
        ? new DataError(`cannot ${what} ${file}: ${program} is not installed (scripts/setup.sh installs Debian's ffmpeg)`, { expected: `${program} on PATH`, found: 'no such program' })
        : new DataError(`cannot ${what} ${file}: ${program} did not start (${e.code ?? e.message})`));
    });
    child.on('close', (code) => {
      if (code === 0) return resolve(Buffer.concat(out));
      const why = err.trim().split('\n').filter(Boolean).at(-1) ?? `exit code ${code}`;
      reject(new DataError(`cannot ${what} ${file}: ${why}`));
    });
    if (input) {
      // an encoder that fails early closes its input: the reason comes with 'close', not as EPIPE here
      child.stdin!.on('error', () => undefined);
      child.stdin!.end(input);
    }
  });
}

/** Size, frame count and rate of the first video stream of `file`. */
export async function probeVideo(file: string, ffmpeg = DEFAULT_FFMPEG): Promise<VideoInfo> {
  const out = await run(ffprobeOf(ffmpeg), ['-v', 'error', '-select_streams', 'v:0', '-count_packets',
    '-show_entries', 'stream=width,height,nb_read_packets,avg_frame_rate', '-of', 'json', file], file, 'read video');
  const stream = (JSON.parse(out.toString()) as { streams?: Record<string, unknown>[] }).streams?.[0];
  if (!stream) throw new DataError(`cannot read video ${file}: it has no video stream`);
  const [num, den] = String(stream.avg_frame_rate ?? '0/0').split('/').map(Number);
  const info = { width: Number(stream.width), height: Number(stream.height), frames: Number(stream.nb_read_packets), fps: den ? num / den : 0 };
  if (!(info.width > 0 && info.height > 0 && info.frames > 0)) {
    throw new DataError(`cannot read video ${file}: no frames of a known size`, { expected: 'width, height and frames > 0', found: `${info.width}x${info.height}, ${info.frames} frames` });
  }
  return info;
}

/** The frames numbered `indices` (increasing, without repeats; 0 is the first frame) of `file`, scaled
 *  to `size`, each as height x width x 3 RGB bytes. A video with fewer frames than the last index asks
 *  is a DataError. */
export async function decodeFrames(file: string, indices: readonly number[], size: FrameSize, ffmpeg = DEFAULT_FFMPEG): Promise<Uint8Array[]> {
  // `select` keeps the frames asked (they are still all decoded, but only those are scaled and piped)
  const select = `select='${indices.map((i) => `eq(n\\,${i})`).join('+')}'`;
  const scale = `scale=${size.width}:${size.height}:flags=bilinear`;
  const out = await run(ffmpeg, ['-v', 'error', '-nostdin', '-i', file, '-vf', `${select},${scale}`, '-fps_mode', 'passthrough',
    '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], file, 'decode video');
  const frameBytes = size.width * size.height * 3;
  const got = Math.floor(out.length / frameBytes);
  if (got < indices.length) {
    throw new DataError(`video ${file} has fewer frames than asked`, { expected: `frame ${indices[got]} (0-based)`, found: `${got} of the ${indices.length} frames asked` });
  }
  return Array.from({ length: indices.length }, (_, k) => new Uint8Array(out.buffer, out.byteOffset + k * frameBytes, frameBytes));
}

export interface EncodeOptions extends FrameSize {
  fps: number;
  /** 'lossless': H.264 of the RGB values themselves (libx264rgb, -qp 0), decoded back to the same bytes;
   *  'h264': ordinary H.264 in YUV 4:2:0 (lossy; what most players show). */
  codec: 'lossless' | 'h264';
}

/** Writes `frames` (each height x width x 3 RGB bytes, one after the other) as the video `file`; the
 *  container follows the file's extension (.mp4, .mkv, .avi). */
export async function encodeVideo(file: string, frames: Uint8Array, opts: EncodeOptions, ffmpeg = DEFAULT_FFMPEG): Promise<void> {
  const codec = opts.codec === 'lossless' ? ['-c:v', 'libx264rgb', '-qp', '0'] : ['-c:v', 'libx264', '-crf', '18', '-pix_fmt', 'yuv420p'];
  await run(ffmpeg, ['-v', 'error', '-y', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${opts.width}x${opts.height}`, '-r', String(opts.fps),
    '-i', 'pipe:0', ...codec, '-preset', 'ultrafast', file], file, 'write video', frames);
}
