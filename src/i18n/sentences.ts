/**
 * Joining sentences into one caption or status line, in either edition. English separates
 * sentences with a space; Japanese does not (「…です。次に…」), so a sentence that ends in a
 * Japanese full stop or closing mark is followed directly by the next one.
 */

/** A sentence that ends in 。！？ or a closing 」』）, after which Japanese puts no space. */
const JAPANESE_END = /[。！？」』）]$/u;

/**
 * The sentences joined as prose, skipping empty ones.
 * @example joinSentences(["Step 3.", "f = 0.2."]) // "Step 3. f = 0.2."
 * @example joinSentences(["3 ステップです。", "f = 0.2 です。"]) // "3 ステップです。f = 0.2 です。"
 */
export function joinSentences(parts: readonly (string | null | undefined | false)[]): string {
  let text = "";
  for (const part of parts) {
    if (!part) continue;
    text += text === "" || JAPANESE_END.test(text) ? part : ` ${part}`;
  }
  return text;
}
