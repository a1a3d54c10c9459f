/**
 * FNV-1a (32-bit) checksum, Fowler–Noll–Vo (http://www.isthe.com/chongo/tech/comp/fnv/):
 *
 *   h₀ = 2166136261,   hᵢ₊₁ = (hᵢ ⊕ byteᵢ) · 16777619  (mod 2³²)
 *
 * Not cryptographic: it lets the MNIST loader notice a truncated or wrong file (say, an HTML
 * "not found" page served in place of mnist.bin; scripts/data/mnist.mjs writes the sum with
 * this same function), identifies a training run's curves (src/run/fingerprint.ts) and tells
 * whether a cell's original code changed (src/notebook/storage.ts).
 */

/**
 * FNV-1a (32-bit) of some bytes, as 8 hex digits.
 *
 * @example
 * fnv1a32(new Uint8Array([97])); // "e40c292c" (the FNV-1a hash of "a")
 */
export function fnv1a32(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i];
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * FNV-1a over the UTF-8 bytes of a string.
 *
 * @example
 * fnv1a32Text("a"); // "e40c292c"
 */
export function fnv1a32Text(text: string): string {
  return fnv1a32(new TextEncoder().encode(text));
}
