/**
 * Share links: a cell's edited code, compressed into the URL's hash.
 *
 *   https://…/lessons/sgd/#cell=sgd-by-hand:z<base64url of deflate-raw(UTF-8 code)>
 *
 * The hash never reaches a server, so the code stays between the reader and whoever they
 * send the link to. Compression uses the browser's own `CompressionStream`
 * ("deflate-raw"); where that is missing the code goes uncompressed, marked "u".
 * Opening a link only shows the code: it runs when the reader presses Run.
 */
import { readStream } from "../data/read-stream";

/** Decoded code longer than this is refused (a link should not be able to eat memory). */
export const MAX_SHARED_CHARS = 200_000;

/**
 * Why a link could not be opened: "damaged" (not base64, cut short, not UTF-8, an unknown
 * format letter, a cell this page does not have), "tooLong", or "unsupported" (this
 * browser cannot decompress). The cell says so in the reader's language.
 */
export class ShareLinkError extends Error {
  constructor(
    readonly reason: "damaged" | "tooLong" | "unsupported",
    message: string,
  ) {
    super(message);
    this.name = "ShareLinkError";
  }
}

const HASH_PATTERN = /^#?cell=([A-Za-z0-9_-]+):([zu][A-Za-z0-9_-]*)$/;

/**
 * Base64url without padding (RFC 4648 §5), safe in a URL hash.
 *
 * @example
 * toBase64Url(new Uint8Array([251, 255])); // "-_8"
 */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The inverse of `toBase64Url`. @example fromBase64Url("-_8"); // Uint8Array [251, 255] */
export function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Passes `bytes` through a (de)compressor; past `limit` bytes out, the link is too long. */
function pipe(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array> {
  return readStream(new Blob([bytes as BlobPart]).stream().pipeThrough(transform), (length) => {
    if (length > limit)
      throw new ShareLinkError("tooLong", `share link: the code is longer than ${MAX_SHARED_CHARS} characters`);
  });
}

const canCompress = () => typeof CompressionStream === "function" && typeof DecompressionStream === "function";

/**
 * Code → the data part of a share link ("z…" compressed, "u…" if compression is missing).
 *
 * @example
 * await encodeShared("show(1)"); // "z…"
 */
export async function encodeShared(code: string, { compress = canCompress() } = {}): Promise<string> {
  const bytes = new TextEncoder().encode(code);
  if (!compress) return "u" + toBase64Url(bytes);
  return "z" + toBase64Url(await pipe(bytes, new CompressionStream("deflate-raw")));
}

/**
 * The data part of a share link → code. Throws on damaged or oversized data.
 *
 * @example
 * await decodeShared(await encodeShared("show(1)")); // "show(1)"
 */
export async function decodeShared(data: string): Promise<string> {
  if (data[0] !== "u" && data[0] !== "z")
    throw new ShareLinkError("damaged", `share link: unknown format "${data[0]}"`);
  if (data[0] === "z" && !canCompress())
    throw new ShareLinkError("unsupported", "share link: this browser cannot decompress it (no DecompressionStream)");
  let code: string;
  try {
    const bytes = fromBase64Url(data.slice(1));
    const raw =
      data[0] === "u" ? bytes : await pipe(bytes, new DecompressionStream("deflate-raw"), MAX_SHARED_CHARS * 4);
    code = new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch (error) {
    // atob's "invalid character", the browser's "Compressed input was truncated.", bad UTF-8…
    if (error instanceof ShareLinkError) throw error;
    throw new ShareLinkError("damaged", `share link: damaged (${(error as Error).message})`);
  }
  if (code.length > MAX_SHARED_CHARS)
    throw new ShareLinkError("tooLong", `share link: the code is longer than ${MAX_SHARED_CHARS} characters`);
  return code;
}

/**
 * True when the hash is meant as a share link (`#cell=…`) but cannot be one for this
 * page: an entry is malformed, or names a cell the page does not have.
 *
 * @example
 * isDamagedShareHash("#cell=a:z$$", ["a"]); // true
 * isDamagedShareHash("#cell=b:zAb", ["a"]); // true (no cell "b" here)
 * isDamagedShareHash("#intro", ["a"]);      // false (a heading, not a link)
 */
export function isDamagedShareHash(hash: string, cellIds: readonly string[]): boolean {
  if (!/^#?cell=/.test(hash)) return false;
  const entries = parseSharedCells(hash);
  return entries.length === 0 || entries.some((entry) => !cellIds.includes(entry.cellId));
}

/**
 * Reads `#cell=<id>:<data>` from a location hash.
 *
 * @example
 * parseShareHash("#cell=sgd:zAbC"); // { cellId: "sgd", data: "zAbC" }
 * parseShareHash("#intro");         // undefined
 */
export function parseShareHash(hash: string): { cellId: string; data: string } | undefined {
  const match = HASH_PATTERN.exec(hash);
  return match ? { cellId: match[1], data: match[2] } : undefined;
}

/**
 * A link to `pageUrl` that opens cell `cellId` with `code`.
 *
 * @example
 * await shareUrl("https://kobai.example/playground/?x=1#old", "a", "show(1)");
 * // "https://kobai.example/playground/?x=1#cell=a:z…"
 */
export async function shareUrl(pageUrl: string, cellId: string, code: string): Promise<string> {
  const url = new URL(pageUrl);
  url.hash = `cell=${cellId}:${await encodeShared(code)}`;
  return url.toString();
}

// ── several cells in one link (walkthrough "Share this view") ─────────────────────────

const ENTRY_PATTERN = /^cell=([A-Za-z0-9_-]+):([zu][A-Za-z0-9_-]*)$/;

/**
 * Every `cell=<id>:<data>` in a hash, in order. Several cells are joined with "&":
 * `#cell=a:z…&cell=b:z…` (a one-cell link is the same with one entry).
 *
 * @example
 * parseSharedCells("#cell=a:zAb&cell=b:uCd"); // [{ cellId: "a", data: "zAb" }, { cellId: "b", data: "uCd" }]
 * parseSharedCells("#intro");                  // []
 */
export function parseSharedCells(hash: string): { cellId: string; data: string }[] {
  const body = hash.replace(/^#/, "");
  if (!body) return [];
  const out: { cellId: string; data: string }[] = [];
  for (const part of body.split("&")) {
    const match = ENTRY_PATTERN.exec(part);
    if (!match) return []; // not a share hash at all (e.g. a heading anchor)
    out.push({ cellId: match[1], data: match[2] });
  }
  return out;
}

/**
 * The shared data for one cell, from a one-cell or a several-cell hash.
 *
 * @example
 * sharedCellData("#cell=a:zAb&cell=b:uCd", "b"); // "uCd"
 */
export function sharedCellData(hash: string, cellId: string): string | undefined {
  return parseSharedCells(hash).find((entry) => entry.cellId === cellId)?.data;
}

/**
 * The hash (without "#") that carries several cells' code.
 *
 * @example
 * await sharedCellsHash([{ id: "a", code: "show(1)" }, { id: "b", code: "show(2)" }]);
 * // "cell=a:z…&cell=b:z…"
 */
export async function sharedCellsHash(
  cells: readonly { id: string; code: string }[],
  options?: { compress?: boolean },
): Promise<string> {
  const parts: string[] = [];
  for (const cell of cells) {
    if (!/^[A-Za-z0-9_-]+$/.test(cell.id))
      throw new Error(`share link: cell id must be letters, digits, "-" or "_", got "${cell.id}"`);
    parts.push(`cell=${cell.id}:${await encodeShared(cell.code, options)}`);
  }
  return parts.join("&");
}
