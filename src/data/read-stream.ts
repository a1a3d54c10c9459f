/**
 * Reads a byte stream to its end into one buffer. A data file's download and a share
 * link's (de)compression both read streams this way.
 */

/**
 * `afterChunk(loaded)` runs after each chunk with the bytes read so far; if it throws, the
 * stream is cancelled and the error passes on (a share link stops reading past its limit).
 * @example await readStream(response.body, (loaded) => onProgress(loaded, total));
 */
export async function readStream(
  stream: ReadableStream<Uint8Array>,
  afterChunk?: (loaded: number) => void,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    chunks.push(part.value);
    loaded += part.value.length;
    try {
      afterChunk?.(loaded);
    } catch (error) {
      await reader.cancel();
      throw error;
    }
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
