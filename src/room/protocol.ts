/**
 * The live study-group room: what travels between the presenter's browser, the room server
 * and the followers' browsers. DOM-free, shared by the server (src/room/server.ts) and the
 * page (src/room/room-ui.ts).
 *
 *   presenter ──(token)──▶ room server (Hocuspocus, Yjs) ◀──(no token, read-only)── followers
 *
 * - The room is one Yjs document named by a short room code, e.g. "K7QX4M". Its map
 *   "view" holds the presenter's view: the share link of what they see (chapter, widget
 *   settings, shared cell code as text) and the walkthrough section, plus the predictions
 *   the presenter has revealed. Only the presenter's connection may change it.
 * - Everyone's presence (display name, following or stepped away, committed predictions)
 *   is Yjs awareness: it lives while the browser is connected and is never stored.
 */

/** Room codes avoid letters and digits that are easy to confuse aloud or on a projector (0/O, 1/I). */
export const ROOM_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const ROOM_CODE_LENGTH = 6;
/** The query parameter a follower's link carries: `/lessons/sgd/?room=K7QX4M`. */
export const ROOM_PARAM = "room";
/** The port `npm run room` listens on unless KOBAI_ROOM_PORT says otherwise. */
export const DEFAULT_ROOM_PORT = 1234;
/** The Yjs map that holds the presenter's view. */
export const VIEW_MAP = "view";

/** The server's limits; `npm run room` can change each through KOBAI_ROOM_* variables. */
export interface RoomLimits {
  /** Largest WebSocket message, in bytes (a sketch of 200 points is about 2 kB). */
  maxMessageBytes: number;
  /** Sustained messages per second per connection … */
  messagesPerSecond: number;
  /** … with bursts up to this many. */
  burst: number;
  /** Connections per room, the presenter included. */
  maxParticipants: number;
  /** How long an empty room keeps its presenter token (a presenter's reload rejoins as presenter). */
  emptyRoomTtlMs: number;
}

export const DEFAULT_LIMITS: RoomLimits = {
  maxMessageBytes: 16_384,
  messagesPerSecond: 20,
  burst: 60,
  maxParticipants: 100,
  emptyRoomTtlMs: 10 * 60_000,
};

/**
 * Why the server refused something. The server sends the reason; the page shows
 * `t("room.refused.<reason>")`.
 */
export type Refusal = "bad-code" | "room-full" | "rate-limited" | "presenter-only" | "too-large";

/** WebSocket close codes for the refusals that end a connection (4000–4999 are the application's). */
export const CLOSE_CODES: Record<Refusal, number> = {
  "bad-code": 4400,
  "presenter-only": 4403,
  "room-full": 4409,
  "rate-limited": 4429,
  "too-large": 1009, // the ws library's own code for "Max payload size exceeded"
};

/** Whether a reason the server gave is one of the room's refusals (else it is Hocuspocus's own). */
export function isRefusal(reason: string): reason is Refusal {
  return Object.hasOwn(CLOSE_CODES, reason);
}

/** The stateless message the server sends a follower whose change it refused. */
export interface RefusedMessage {
  type: "refused";
  reason: Refusal;
}

/**
 * A new room code from a source of random 32-bit integers.
 *
 * @example
 * newRoomCode(() => 0); // "AAAAAA"
 */
export function newRoomCode(random32: () => number = secureRandom32): string {
  let code = "";
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[random32() % ROOM_CODE_ALPHABET.length];
  return code;
}

/** Whether a string is a well-formed room code (case-sensitive: codes are upper case). */
export function isRoomCode(code: string | null | undefined): code is string {
  return (
    typeof code === "string" &&
    code.length === ROOM_CODE_LENGTH &&
    [...code].every((c) => ROOM_CODE_ALPHABET.includes(c))
  );
}

/** The presenter's secret: 128 random bits as hex. It never leaves the presenter's browser except to the server. */
export function newPresenterToken(): string {
  return Array.from({ length: 4 }, () => secureRandom32().toString(16).padStart(8, "0")).join("");
}

function secureRandom32(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

/**
 * The room code a page's URL joins, if any.
 *
 * @example
 * roomFromUrl("https://kobai.example/lessons/sgd/?room=K7QX4M&present=3"); // "K7QX4M"
 */
export function roomFromUrl(href: string): string | undefined {
  const code = new URL(href).searchParams.get(ROOM_PARAM)?.toUpperCase();
  return isRoomCode(code) ? code : undefined;
}

/**
 * The link followers open: the chapter with `?room=CODE` (nothing else: they get the rest from the room).
 *
 * @example
 * roomLink("https://kobai.example/lessons/sgd/?present=3#cell=a:z1", "K7QX4M"); // "https://kobai.example/lessons/sgd/?room=K7QX4M"
 */
export function roomLink(href: string, code: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}?${ROOM_PARAM}=${code}`;
}

/**
 * Where the room server is: the build's PUBLIC_KOBAI_ROOM_URL when set, else the page's own
 * host on port 1234 (ws:// for http pages, wss:// for https pages).
 *
 * @example
 * roomServerUrl("http://192.168.1.20:4321/lessons/sgd/"); // "ws://192.168.1.20:1234"
 * roomServerUrl("https://kobai.example/", "wss://rooms.kobai.example"); // "wss://rooms.kobai.example"
 */
export function roomServerUrl(pageHref: string, configured?: string): string {
  if (configured && /^wss?:\/\//.test(configured)) return configured.replace(/\/+$/, "");
  const page = new URL(pageHref);
  return `${page.protocol === "https:" ? "wss" : "ws"}://${page.hostname.includes(":") ? `[${page.hostname}]` : page.hostname}:${DEFAULT_ROOM_PORT}`;
}

/** The presenter's view, as the room document's "view" map holds it. */
export interface RoomView {
  /** The share link of the presenter's view without origin, `present` or `room`: path, widget settings, shared cells. */
  place: string;
  /** The walkthrough section (1-based). */
  section: number;
  /** Indexes of the page's prediction prompts the presenter has revealed to everyone. */
  revealed: number[];
  /** The presenter ended the room (followers are told, and stay where they are). */
  ended?: boolean;
}

/**
 * A view read from the room document, or undefined when it is not one. Followers only ever
 * navigate to a path on their own site (`/…`, never `//host` or another scheme).
 */
export function readView(raw: Record<string, unknown>): RoomView | undefined {
  const { place, section, revealed, ended } = raw;
  if (typeof place !== "string" || !/^\/(?!\/)/.test(place) || place.length > 8192) return undefined;
  if (typeof section !== "number" || !Number.isInteger(section) || section < 1) return undefined;
  const indexes = Array.isArray(revealed) ? revealed.filter((i): i is number => Number.isInteger(i) && i >= 0) : [];
  return { place, section, revealed: indexes, ...(ended === true ? { ended } : {}) };
}

/** One committed prediction: a choice index and/or a sketch (an SVG path in the prompt's 400×240 box). */
export interface Prediction {
  choice?: number;
  sketch?: string;
}

/** What each participant publishes through awareness. */
export interface Presence {
  role: "presenter" | "follower";
  /** Optional display name (the only personal data a room carries). */
  name?: string;
  following: boolean;
  /** Committed predictions by prompt index. */
  predictions: Record<string, Prediction>;
}

const SKETCH_PATH = /^(?:[ML]-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?)+$/;

/** A presence from someone else's awareness state, with anything malformed dropped. */
export function readPresence(raw: unknown): Presence | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const state = raw as Record<string, unknown>;
  if (state.role !== "presenter" && state.role !== "follower") return undefined;
  const predictions: Record<string, Prediction> = {};
  if (state.predictions && typeof state.predictions === "object") {
    for (const [key, value] of Object.entries(state.predictions as Record<string, unknown>)) {
      if (!/^\d+$/.test(key) || !value || typeof value !== "object") continue;
      const { choice, sketch } = value as Record<string, unknown>;
      const prediction: Prediction = {};
      if (Number.isInteger(choice) && (choice as number) >= 0) prediction.choice = choice as number;
      if (typeof sketch === "string" && SKETCH_PATH.test(sketch)) prediction.sketch = sketch;
      if (prediction.choice !== undefined || prediction.sketch !== undefined) predictions[key] = prediction;
    }
  }
  const name = typeof state.name === "string" ? state.name.trim().slice(0, 40) : "";
  return { role: state.role, following: state.following === true, predictions, ...(name ? { name } : {}) };
}
