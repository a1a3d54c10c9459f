/**
 * FNV-1a, 32-bit: a tiny checksum (not a cryptographic hash) that the MNIST loader
 * recomputes to notice a truncated or wrong file (e.g. an HTML 404 page served as
 * mnist.bin). The same function lives in src/core/data/checksum.ts for the loader.
 */
export function fnv1a32(bytes) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i];
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
