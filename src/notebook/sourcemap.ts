/**
 * Reading a source map: where did this generated line and column come from?
 *
 * sucrase rewrites TypeScript into JavaScript token by token and says, in a standard
 * source map (https://sourcemaps.info/spec.html), where each generated token started in
 * the reader's code. A run-time error names a generated line:column; this module turns
 * it back into the line:column the reader sees in the editor.
 *
 * `mappings` is a list of lines separated by ";", each a list of segments separated by
 * ",". A segment is 1, 4 or 5 base-64 VLQ numbers: generated column, source index,
 * source line, source column (and name index), each relative to the previous one.
 */

/** One mapped token: generated column → original line and column (all 0-based). */
export interface Segment {
  generatedColumn: number;
  originalLine: number;
  originalColumn: number;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_VALUE = new Map([...BASE64].map((char, i) => [char, i]));

/**
 * Decodes one segment's VLQ numbers.
 *
 * @example
 * decodeVlq("AAAA"); // [0, 0, 0, 0]
 * decodeVlq("uGAAwC"); // [103, 0, 0, 40]
 */
export function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64_VALUE.get(char);
    if (digit === undefined) throw new Error(`decodeVlq: "${char}" is not a base-64 digit`);
    value += (digit & 31) * 2 ** shift; // the low 5 bits carry data, bit 6 says "more follows"
    shift += 5;
    if ((digit & 32) === 0) {
      // The lowest bit of the assembled number is the sign.
      values.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * Decodes a source map's `mappings` into segments per generated line (0-based lines).
 *
 * @example
 * decodeMappings("AAAA;AACA")[1]; // [{ generatedColumn: 0, originalLine: 1, originalColumn: 0 }]
 */
export function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let originalLine = 0;
  let originalColumn = 0;
  for (const lineText of mappings.split(";")) {
    const segments: Segment[] = [];
    let generatedColumn = 0; // resets on each generated line, the rest carries over
    for (const segmentText of lineText.split(",")) {
      if (segmentText === "") continue;
      const [column, , line, sourceColumn] = decodeVlq(segmentText);
      generatedColumn += column;
      if (line === undefined || sourceColumn === undefined) continue; // unmapped text
      originalLine += line;
      originalColumn += sourceColumn;
      segments.push({ generatedColumn, originalLine, originalColumn });
    }
    lines.push(segments);
  }
  return lines;
}

/**
 * Maps a generated position to the original one (0-based lines and columns): the token
 * that starts at or before the column, plus the distance into that token.
 * Falls back to the same line (sucrase keeps line numbers) when nothing is mapped there.
 *
 * @example
 * const lines = decodeMappings("AAAA,MAAM,CAAS");
 * originalPosition(lines, 0, 7); // { line: 0, column: 14 }
 */
export function originalPosition(lines: Segment[][], line: number, column: number): { line: number; column: number } {
  const segments = lines[line] ?? [];
  let best: Segment | undefined;
  for (const segment of segments) {
    if (segment.generatedColumn <= column) best = segment;
    else break;
  }
  if (!best) return { line, column: segments[0]?.originalColumn ?? column };
  return { line: best.originalLine, column: best.originalColumn + (column - best.generatedColumn) };
}
