// The spatial side of a clip: the size frames are decoded at (short side resized), the crop box (random
// resized crop in training, centre crop in evaluation), and writing the box of every frame, resampled to
// the output size, flipped or not, normalised with the ImageNet mean/std, as f32 in (C, T, H, W) order.
// One box and one flip per clip, so that motion within the clip is not distorted.
import type { Rng } from '../ir/random.ts';
import type { FrameSize } from './ffmpeg.ts';

/** ImageNet's per-channel mean and std of RGB values in [0, 1] (torchvision's pretrained networks). */
export const IMAGENET_MEAN = [0.485, 0.456, 0.406] as const;
export const IMAGENET_STD = [0.229, 0.224, 0.225] as const;

/** A box in a frame, in pixels. */
export interface CropBox { top: number; left: number; height: number; width: number }

/** The size with the short side `short` and the aspect kept (the long side rounded down, as
 *  torchvision's Resize(int) does). */
export function shortSideSize(width: number, height: number, short: number): FrameSize {
  return width <= height
    ? { width: short, height: Math.max(short, Math.floor((height * short) / width)) }
    : { width: Math.max(short, Math.floor((width * short) / height)), height: short };
}

/** The box of `size` x `size` pixels in the middle of the frame (which must be at least that large). */
export function centreCrop(frame: FrameSize, size: number): CropBox {
  return { top: Math.floor((frame.height - size) / 2), left: Math.floor((frame.width - size) / 2), height: size, width: size };
}

/** A random box as torchvision's RandomResizedCrop draws one: an area fraction uniform in `scale` and an
 *  aspect ratio (width/height) log-uniform in `ratio`, placed uniformly; after 10 draws that do not fit
 *  the frame, the largest centred box whose ratio is within `ratio`. */
export function randomResizedCrop(rng: Rng, frame: FrameSize, scale: readonly [number, number], ratio: readonly [number, number]): CropBox {
  const area = frame.width * frame.height;
  const [logLo, logHi] = [Math.log(ratio[0]), Math.log(ratio[1])];
  for (let attempt = 0; attempt < 10; attempt++) {
    const target = area * rng.uniform(scale[0], scale[1]);
    const aspect = Math.exp(rng.uniform(logLo, logHi));
    const width = Math.round(Math.sqrt(target * aspect));
    const height = Math.round(Math.sqrt(target / aspect));
    if (width > 0 && height > 0 && width <= frame.width && height <= frame.height) {
      return { top: rng.int(0, frame.height - height + 1), left: rng.int(0, frame.width - width + 1), height, width };
    }
  }
  const frameRatio = frame.width / frame.height;
  let { width, height } = frame;
  if (frameRatio < ratio[0]) height = Math.round(width / ratio[0]);
  else if (frameRatio > ratio[1]) width = Math.round(height * ratio[1]);
  return { top: Math.floor((frame.height - height) / 2), left: Math.floor((frame.width - width) / 2), height, width };
}

/** For each output coordinate along one axis: the two source coordinates and the weight of the second,
 *  sampling a box edge [start, start+length) at `out` points with pixel centres aligned (PyTorch's
 *  bilinear, align_corners=False), clamped to the box. A box as long as the output maps each point to
 *  one pixel exactly. */
function axisTaps(start: number, length: number, out: number): { lo: Int32Array; hi: Int32Array; w: Float32Array } {
  const lo = new Int32Array(out), hi = new Int32Array(out), w = new Float32Array(out);
  for (let i = 0; i < out; i++) {
    const s = Math.min(Math.max((i + 0.5) * (length / out) - 0.5, 0), length - 1);
    const f = Math.floor(s);
    lo[i] = start + f;
    hi[i] = start + Math.min(f + 1, length - 1);
    w[i] = s - f;
  }
  return { lo, hi, w };
}

export interface ClipLayout {
  /** The frames, each height x width x 3 RGB bytes of the size they were decoded at. */
  frames: readonly Uint8Array[];
  frame: FrameSize;
  box: CropBox;
  /** Mirror left-right. */
  flip: boolean;
  /** Output height and width. */
  size: number;
}

/** The clip as normalised f32 values in (C, T, H, W) order: ((byte / 255) - mean) / std per channel. */
export function clipToTensorData({ frames, frame, box, flip, size }: ClipLayout): Float32Array {
  const t = frames.length, plane = size * size;
  const out = new Float32Array(3 * t * plane);
  const ys = axisTaps(box.top, box.height, size), xs = axisTaps(box.left, box.width, size);
  for (let f = 0; f < t; f++) {
    const px = frames[f];
    for (let y = 0; y < size; y++) {
      const r0 = ys.lo[y] * frame.width, r1 = ys.hi[y] * frame.width, wy = ys.w[y];
      for (let x = 0; x < size; x++) {
        const sx = flip ? size - 1 - x : x;
        const c00 = (r0 + xs.lo[sx]) * 3, c01 = (r0 + xs.hi[sx]) * 3, c10 = (r1 + xs.lo[sx]) * 3, c11 = (r1 + xs.hi[sx]) * 3, wx = xs.w[sx];
        for (let c = 0; c < 3; c++) {
          const top = px[c00 + c] + (px[c01 + c] - px[c00 + c]) * wx;
          const bottom = px[c10 + c] + (px[c11 + c] - px[c10 + c]) * wx;
          out[(c * t + f) * plane + y * size + x] = ((top + (bottom - top) * wy) / 255 - IMAGENET_MEAN[c]) / IMAGENET_STD[c];
        }
      }
    }
  }
  return out;
}
