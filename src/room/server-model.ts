/**
 * The room server's rules, without sockets (src/room/server.ts applies them to Hocuspocus):
 *
 * - presenter token: the first connection to an unclaimed room that brings a token claims
 *   the room; later connections are the presenter only with that same token, everyone
 *   else joins read-only. An empty room forgets its token after `emptyRoomTtlMs`.
 * - rate: a token bucket per connection (`messagesPerSecond`, bursts up to `burst`).
 * - which incoming messages would change the room document (to refuse them from followers).
 */
import * as decoding from "lib0/decoding";

interface Claim {
  token: string;
  /** When the room last became empty (undefined while someone is connected). */
  emptySince: number | undefined;
}

export class PresenterClaims {
  private readonly claims = new Map<string, Claim>();

  constructor(private readonly emptyRoomTtlMs: number) {}

  /**
   * The role of a connection to `room` bringing `token` ("" for none): "presenter" when the
   * token claims an unclaimed room or matches the claim, else "follower".
   */
  roleFor(room: string, token: string, now: number): "presenter" | "follower" {
    this.expire(now);
    const claim = this.claims.get(room);
    if (!claim) {
      if (!token) return "follower";
      this.claims.set(room, { token, emptySince: undefined });
      return "presenter";
    }
    return token !== "" && sameSecret(claim.token, token) ? "presenter" : "follower";
  }

  /** Someone is connected: the room is not empty. */
  occupied(room: string): void {
    const claim = this.claims.get(room);
    if (claim) claim.emptySince = undefined;
  }

  /** The last connection left: start the room's expiry clock. */
  emptied(room: string, now: number): void {
    const claim = this.claims.get(room);
    if (claim) claim.emptySince = now;
  }

  /** Forgets every room that has been empty for `emptyRoomTtlMs`. */
  expire(now: number): void {
    for (const [room, claim] of this.claims) {
      if (claim.emptySince !== undefined && now - claim.emptySince >= this.emptyRoomTtlMs) this.claims.delete(room);
    }
  }

  /** Rooms with a presenter token (for the server's status line and tests). */
  get size(): number {
    return this.claims.size;
  }
}

/** Compares secrets in time independent of where they differ. */
function sameSecret(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * A token bucket: `rate` messages per second on average, up to `burst` at once.
 *
 * @example
 * const bucket = new RateLimiter(20, 60, 0);
 * bucket.allow(0); // true (59 more may follow at once)
 */
export class RateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  allow(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Yjs sync protocol numbers (y-protocols/sync, Hocuspocus's message types). */
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * The document update an incoming Hocuspocus message carries, if it is one (sync step 2 or
 * update), else undefined. Awareness, authentication and sync step 1 change no document.
 */
export function documentUpdateIn(message: Uint8Array): Uint8Array | undefined {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder); // the document name
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return undefined;
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return undefined;
    return decoding.readVarUint8Array(decoder);
  } catch {
    return undefined; // malformed: Hocuspocus itself closes the connection
  }
}
