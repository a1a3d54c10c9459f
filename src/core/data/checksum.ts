/**
 * FNV-1a (32-bit) checksum, Fowler–Noll–Vo (http://www.isthe.com/chongo/tech/comp/fnv/):
 *
 *   h₀ = 2166136261,   hᵢ₊₁ = (hᵢ ⊕ byteᵢ) · 16777619  (mod 2³²)
 *
 * Not cryptographic: it only lets the MNIST loader notice a truncated or wrong file (say, an
 * HTML "not found" page served in place of mnist.bin). scripts/data/fnv1a.mjs computes the
 * same function when the file is built.
 */

/**
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
