// Charts as PNG without a browser: a Vega-Lite spec is compiled to Vega, drawn as SVG by a headless Vega
// view, and the SVG rasterised by resvg. resvg draws text only with a font it was given: DejaVu Sans
// (Debian's fonts-dejavu-core, which scripts/setup.sh installs) when present, else the system's fonts.
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

const FONT_FAMILY = 'DejaVu Sans';
const FONT_FILES = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/TTF/DejaVuSans.ttf'];

/** The font every chart's text is drawn in, and how resvg finds it. */
export const chartFont = (() => {
  const file = FONT_FILES.find((f) => existsSync(f));
  return {
    family: FONT_FAMILY,
    resvg: file
      ? { loadSystemFonts: false, fontFiles: [file], defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY }
      : { loadSystemFonts: true },
  };
})();

export interface Png {
  png: Buffer;
  width: number;
  height: number;
}

/** The SVG that Vega draws for `spec` (its text in the chart font). */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const config = { ...spec.config, font: chartFont.family };
  const view = new View(parse(compile({ ...spec, config }).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** `svg` rasterised to a PNG `widthPx` wide (its height to the SVG's aspect ratio), on white. */
export function svgToPng(svg: string, widthPx: number): Png {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: widthPx }, background: 'white', font: chartFont.resvg }).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

/** The chart of `spec` as a PNG `widthPx` wide. */
export async function renderPng(spec: TopLevelSpec, widthPx: number): Promise<Png> {
  return svgToPng(await renderSvg(spec), widthPx);
}
