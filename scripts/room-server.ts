/**
 * `npm run room`: the live study-group room server (src/room/server.ts).
 *
 *   KOBAI_ROOM_PORT=1234 KOBAI_ROOM_HOST=0.0.0.0 npm run room
 *
 * Limits (see DEFAULT_LIMITS in src/room/protocol.ts): KOBAI_ROOM_MAX_PARTICIPANTS,
 * KOBAI_ROOM_MAX_MESSAGE_BYTES, KOBAI_ROOM_RATE (messages per second), KOBAI_ROOM_BURST,
 * KOBAI_ROOM_EMPTY_TTL_MS.
 */
import { startRoomServer } from "../src/room/server";
import { DEFAULT_LIMITS, DEFAULT_ROOM_PORT } from "../src/room/protocol";

function numberFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

const port = numberFrom("KOBAI_ROOM_PORT", DEFAULT_ROOM_PORT);
const host = process.env.KOBAI_ROOM_HOST ?? "0.0.0.0";
const server = await startRoomServer({
  port,
  host,
  limits: {
    maxParticipants: numberFrom("KOBAI_ROOM_MAX_PARTICIPANTS", DEFAULT_LIMITS.maxParticipants),
    maxMessageBytes: numberFrom("KOBAI_ROOM_MAX_MESSAGE_BYTES", DEFAULT_LIMITS.maxMessageBytes),
    messagesPerSecond: numberFrom("KOBAI_ROOM_RATE", DEFAULT_LIMITS.messagesPerSecond),
    burst: numberFrom("KOBAI_ROOM_BURST", DEFAULT_LIMITS.burst),
    emptyRoomTtlMs: numberFrom("KOBAI_ROOM_EMPTY_TTL_MS", DEFAULT_LIMITS.emptyRoomTtlMs),
  },
  log: (line) => console.log(`[room] ${line}`),
});
console.log(
  `kobai room server listening on ws://${host}:${server.port} (pages find it at ws://<their host>:${server.port} unless built with PUBLIC_KOBAI_ROOM_URL)`,
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void server.stop().then(() => process.exit(0)));
}
