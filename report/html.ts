// Self-contained HTML pages: pictures are embedded as data URIs and there is no script or stylesheet
// from elsewhere, so that a report opens offline, mailed or copied out of the run folder.

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** An <img> showing `png` from a data URI. */
export const pngImage = (png: Uint8Array, alt: string): string =>
  `<img alt="${escapeHtml(alt)}" src="data:image/png;base64,${Buffer.from(png).toString('base64')}">`;

/** A table of `rows` (text, escaped here) under `headers`. */
export function htmlTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[], tag: string) => `<tr>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
  return `<table>\n<thead>${line(headers, 'th')}</thead>\n<tbody>\n${rows.map((r) => line(r, 'td')).join('\n')}\n</tbody>\n</table>`;
}

const STYLE = 'body{font-family:sans-serif;margin:2em;color:#222}img{max-width:100%}'
  + 'table{border-collapse:collapse;margin-top:1em}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}'
  + 'th{background:#f3f3f3}';

/** A whole page titled `title` around `body` (HTML, as built with the helpers above). */
export const htmlPage = (title: string, body: string): string =>
  `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n`
  + `<style>${STYLE}</style>\n</head>\n<body>\n<h1>${escapeHtml(title)}</h1>\n${body}\n</body>\n</html>\n`;
