// Line numbers of the elements of a top-level JSON array, so that an error about one entry of a JSON
// annotation file can name its line as for a text list.

/** The 1-based line on which each element of the array `text` holds (valid JSON) begins. */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0, line = 1, inString = false, expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (/\s/.test(ch)) continue;
    if (expectElement && ch !== ']') lines.push(line);
    expectElement = false;
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth === 1 && ch === '[') expectElement = true;
    } else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 1) expectElement = true;
  }
  return lines;
}
