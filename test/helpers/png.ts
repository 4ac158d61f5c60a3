// Reading back the PNGs the reports write: the header's size, and the pixels (decoded by resvg, drawing the
// PNG as an image the size of itself), to tell a real picture from a blank one.
import { Resvg } from '@resvg/resvg-js';

export interface DecodedPng {
  width: number;
  height: number;
  /** RGBA, row-major. */
  pixels: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function decodePng(png: Uint8Array): DecodedPng {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG: bad signature');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('not a PNG: no IHDR first');
  const [width, height] = [view.getUint32(16), view.getUint32(20)];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`
    + `<image width="${width}" height="${height}" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`;
  const image = new Resvg(svg).render();
  if (image.width !== width || image.height !== height) throw new Error(`decoded ${image.width}x${image.height}, header says ${width}x${height}`);
  return { width, height, pixels: new Uint8Array(image.pixels) };
}

/** How many pixels are within `tolerance` (per channel) of colour `hex` ("#rrggbb"). */
export function countColor(img: DecodedPng, hex: string, tolerance = 8): number {
  const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let p = 0; p < img.pixels.length; p += 4) {
    if (rgb.every((c, k) => Math.abs(img.pixels[p + k] - c) <= tolerance)) n += 1;
  }
  return n;
}

/** The fraction of pixels that are not white. */
export function inkFraction(img: DecodedPng): number {
  let n = 0;
  for (let p = 0; p < img.pixels.length; p += 4) if (img.pixels[p] < 250 || img.pixels[p + 1] < 250 || img.pixels[p + 2] < 250) n += 1;
  return n / (img.width * img.height);
}
