/**
 * Load run for the live room (a measurement, not a test): one presenter moves through 30
 * sections while 60 followers (real Yjs WebSocket clients, the page's own RoomClient) watch.
 * Reports how many followers reach each section within 1 s, latency percentiles, and the room
 * server's memory (its resident set, read from /proc).
 *
 *   npm run room:load            (= tsx scripts/room-load.mjs)
 *   KOBAI_LOAD_FOLLOWERS=60 KOBAI_LOAD_MOVES=30 KOBAI_LOAD_PORT=4476 npm run room:load
 *
 * It starts its own server (`node --import tsx scripts/room-server.ts`) on a spare port and
 * stops it at the end; the whole run is bounded (about 2 s per move, 120 s at most).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import WebSocket from "ws";
import { RoomClient } from "../src/room/room-client.ts";
import { newPresenterToken, newRoomCode } from "../src/room/protocol.ts";

const FOLLOWERS = Number(process.env.KOBAI_LOAD_FOLLOWERS ?? 60);
const MOVES = Number(process.env.KOBAI_LOAD_MOVES ?? 30);
const PORT = Number(process.env.KOBAI_LOAD_PORT ?? 4476);
const WINDOW_MS = 1000;
const GAP_MS = 1200;
const bail = setTimeout(() => {
  console.error("load run: gave up after 120 s");
  process.exit(2);
}, 120_000);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const rssMiB = (pid) => {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
};

const server = spawn(process.execPath, ["--import", "tsx", "scripts/room-server.ts"], {
  env: {
    ...process.env,
    KOBAI_ROOM_PORT: String(PORT),
    KOBAI_ROOM_HOST: "127.0.0.1",
    KOBAI_ROOM_MAX_PARTICIPANTS: String(FOLLOWERS + 10),
  },
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise((resolve, reject) => {
  server.stdout.on("data", (chunk) => chunk.toString().includes("listening") && resolve());
  server.on("exit", (code) => reject(new Error(`room server exited with ${code}`)));
});
const idle = rssMiB(server.pid);

const url = `ws://127.0.0.1:${PORT}`;
const code = newRoomCode();
const presence = (role) => ({ role, following: true, predictions: {} });
const presenter = new RoomClient(
  { serverUrl: url, code, token: newPresenterToken(), WebSocket },
  presence("presenter"),
);
presenter.publishView({ place: "/lessons/sgd/", section: 1, revealed: [] });
await sleep(300);

/** arrivals[move][follower] = ms after the presenter's move that the follower saw it. */
const arrivals = Array.from({ length: MOVES + 2 }, () => new Array(FOLLOWERS).fill(undefined));
const movedAt = new Array(MOVES + 2).fill(undefined);
const followers = Array.from(
  { length: FOLLOWERS },
  (_, i) =>
    new RoomClient(
      {
        serverUrl: url,
        code,
        WebSocket,
        onView: (view) => {
          const at = movedAt[view.section];
          if (at !== undefined && arrivals[view.section][i] === undefined)
            arrivals[view.section][i] = performance.now() - at;
        },
      },
      presence("follower"),
    ),
);
const joinStart = performance.now();
while (followers.some((f) => f.currentView()?.section !== 1)) {
  if (performance.now() - joinStart > 20_000) throw new Error("followers did not join within 20 s");
  await sleep(50);
}
const joined = performance.now() - joinStart;
const loaded = rssMiB(server.pid);

let peak = loaded;
for (let move = 2; move <= MOVES + 1; move++) {
  movedAt[move] = performance.now();
  presenter.publishView({ section: move });
  await sleep(GAP_MS);
  peak = Math.max(peak, rssMiB(server.pid));
}

const latencies = [];
let converged = 0;
const perMove = [];
for (let move = 2; move <= MOVES + 1; move++) {
  let within = 0;
  for (const ms of arrivals[move]) {
    if (ms !== undefined) latencies.push(ms);
    if (ms !== undefined && ms <= WINDOW_MS) within++;
  }
  converged += within;
  perMove.push(within);
}
latencies.sort((a, b) => a - b);
const pct = (p) =>
  latencies.length
    ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1)
    : "n/a";

console.log(`room load run: 1 presenter, ${FOLLOWERS} followers, ${MOVES} moves ${GAP_MS} ms apart, on loopback`);
console.log(`  all followers joined and synced in ${joined.toFixed(0)} ms`);
console.log(
  `  converged within ${WINDOW_MS} ms: ${converged} of ${FOLLOWERS * MOVES} follower-moves (${((100 * converged) / (FOLLOWERS * MOVES)).toFixed(1)} %)`,
);
const worst = perMove.indexOf(Math.min(...perMove));
console.log(
  `  every follower converged on ${perMove.filter((n) => n === FOLLOWERS).length} of ${MOVES} moves; worst: move ${worst + 1}, ${perMove[worst]} of ${FOLLOWERS}`,
);
console.log(`  latency ms: p50 ${pct(50)}, p95 ${pct(95)}, max ${pct(100)} (${latencies.length} arrivals)`);
console.log(`  machine load average while measuring: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
console.log(
  `  server resident memory MiB: idle ${idle.toFixed(1)}, with the room ${loaded.toFixed(1)}, peak ${peak.toFixed(1)}`,
);

for (const follower of followers) follower.destroy();
presenter.destroy();
server.kill("SIGTERM");
clearTimeout(bail);
setTimeout(() => process.exit(0), 200);
