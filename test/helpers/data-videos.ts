// Tiny videos whose pixels say which frame and where they are, written with ffmpeg itself: red = 16 x
// the frame number, green = 10 x the column, blue = 10 x the row, encoded losslessly so that decoding
// gives these very bytes back.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { encodeVideo } from '../../data/ffmpeg.ts';

export const frameByte = (f: number) => 16 * f;

export async function frameCodedVideo(file: string, frames: number, width: number, height: number): Promise<void> {
  const px = new Uint8Array(frames * width * height * 3);
  for (let f = 0; f < frames; f++) {
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) px.set([frameByte(f), 10 * x, 10 * y], ((f * height + y) * width + x) * 3);
  }
  await encodeVideo(file, px, { width, height, fps: 25, codec: 'lossless' });
}

/** A grey video from ffmpeg's own sources, frame n of grey level 16 n, in the codec and container the
 *  arguments name (e.g. ['-c:v', 'mjpeg'] for .avi). */
export async function greyCodedVideo(file: string, frames: number, codec: string[]): Promise<void> {
  await promisify(execFile)('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `color=c=black:s=16x12:r=25:d=${frames / 25}`,
    '-vf', "format=rgb24,geq=r='N*16':g='N*16':b='N*16'", ...codec, file]);
}
