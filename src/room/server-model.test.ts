import { describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import { PresenterClaims, RateLimiter, documentUpdateIn } from "./server-model";

describe("presenter claims", () => {
  it("the first token claims a room; only that token presents; no token never claims", () => {
    const claims = new PresenterClaims(1000);
    expect(claims.roleFor("ABCDEF", "", 0)).toBe("follower");
    expect(claims.size).toBe(0);
    expect(claims.roleFor("ABCDEF", "secret", 0)).toBe("presenter");
    expect(claims.roleFor("ABCDEF", "secret", 1)).toBe("presenter");
    expect(claims.roleFor("ABCDEF", "guess", 1)).toBe("follower");
    expect(claims.roleFor("ABCDEF", "", 1)).toBe("follower");
  });

  it("an empty room expires after the TTL, not while occupied", () => {
    const claims = new PresenterClaims(1000);
    claims.roleFor("ABCDEF", "secret", 0);
    claims.emptied("ABCDEF", 100);
    expect(claims.roleFor("ABCDEF", "other", 1099)).toBe("follower");
    claims.occupied("ABCDEF");
    claims.expire(5000);
    expect(claims.size).toBe(1);
    claims.emptied("ABCDEF", 5000);
    claims.expire(6000);
    expect(claims.size).toBe(0);
    expect(claims.roleFor("ABCDEF", "other", 6000)).toBe("presenter");
  });
});

describe("rate limiter", () => {
  it("allows a burst, then the sustained rate", () => {
    const bucket = new RateLimiter(10, 3, 0);
    expect([bucket.allow(0), bucket.allow(0), bucket.allow(0), bucket.allow(0)]).toEqual([true, true, true, false]);
    expect(bucket.allow(50)).toBe(false); // half a token
    expect(bucket.allow(100)).toBe(true); // 100 ms at 10/s: one token
  });
});

describe("document updates in messages", () => {
  const message = (type: number, step?: number, payload = new Uint8Array([1, 2, 3])) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, "ABCDEF");
    encoding.writeVarUint(encoder, type);
    if (step !== undefined) {
      encoding.writeVarUint(encoder, step);
      encoding.writeVarUint8Array(encoder, payload);
    }
    return encoding.toUint8Array(encoder);
  };

  it("finds sync step 2 and updates, nothing else", () => {
    expect(documentUpdateIn(message(0, 2))).toEqual(new Uint8Array([1, 2, 3]));
    expect(documentUpdateIn(message(0, 1))).toEqual(new Uint8Array([1, 2, 3]));
    expect(documentUpdateIn(message(0, 0))).toBeUndefined(); // step 1 asks, changes nothing
    expect(documentUpdateIn(message(1))).toBeUndefined(); // awareness
    expect(documentUpdateIn(new Uint8Array([200]))).toBeUndefined();
  });
});
