/**
 * The room server's rules, against the real server (Hocuspocus) on a free port and real
 * WebSocket clients (the same RoomClient the page uses).
 */
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startRoomServer, type RunningRoomServer } from "./server";
import { RoomClient, type RoomClientOptions } from "./room-client";
import { newPresenterToken, type Presence } from "./protocol";
import type { RoomLimits } from "./protocol";

const servers: RunningRoomServer[] = [];
const clients: RoomClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.stop();
});

async function serve(limits: Partial<RoomLimits> = {}, port = 0): Promise<RunningRoomServer> {
  const server = await startRoomServer({ port, host: "127.0.0.1", limits });
  servers.push(server);
  return server;
}

const follower: Presence = { role: "follower", following: true, predictions: {} };
const presenter: Presence = { role: "presenter", following: true, predictions: {} };

function join(server: RunningRoomServer, code: string, extra: Partial<RoomClientOptions> = {}, presence = follower) {
  const events = { refused: [] as string[], roles: [] as string[], views: [] as number[] };
  const client = new RoomClient(
    {
      serverUrl: `ws://127.0.0.1:${server.port}`,
      code,
      WebSocket,
      onRefused: (reason) => events.refused.push(reason),
      onRole: (role) => events.roles.push(role),
      onView: (view) => events.views.push(view.section),
      ...extra,
    },
    presence,
  );
  clients.push(client);
  return { client, events };
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("room server", () => {
  it("the presenter's token moves the room; followers see the view; a forged follower change is refused by the server", async () => {
    const server = await serve();
    const token = newPresenterToken();
    const host = join(server, "K7QX4M", { token }, presenter);
    await until(() => host.events.roles.includes("presenter"));
    host.client.publishView({ place: "/lessons/sgd/", section: 3, revealed: [] });

    const a = join(server, "K7QX4M");
    await until(() => a.client.currentView()?.section === 3);
    expect(a.events.roles).toEqual(["follower"]);
    expect(a.client.currentView()).toEqual({ place: "/lessons/sgd/", section: 3, revealed: [] });

    // A forged client: it writes the room document as if it were the presenter.
    const forger = join(server, "K7QX4M", { token: "not-the-presenters-token" });
    await until(() => forger.events.roles.length > 0);
    expect(forger.events.roles).toEqual(["follower"]);
    forger.client.publishView({ section: 9, place: "/lessons/adam/" });
    await until(() => forger.events.refused.includes("presenter-only"));

    // Nobody else moved, and the presenter still can.
    host.client.publishView({ section: 4 });
    await until(() => a.client.currentView()?.section === 4);
    expect(host.client.currentView()).toEqual({ place: "/lessons/sgd/", section: 4, revealed: [] });
    expect(a.client.currentView()?.place).toBe("/lessons/sgd/");
    const late = join(server, "K7QX4M");
    await until(() => late.client.currentView() !== undefined);
    expect(late.client.currentView()).toEqual({ place: "/lessons/sgd/", section: 4, revealed: [] });
  });

  it("presence travels through awareness, both ways", async () => {
    const server = await serve();
    const host = join(server, "ABCDEF", { token: newPresenterToken() }, presenter);
    const a = join(server, "ABCDEF");
    await until(() => [...host.client.others().values()].some((p) => p.role === "follower"));
    a.client.setPresence({ following: false, predictions: { "0": { choice: 2 } }, name: "Aiko" });
    await until(() => [...host.client.others().values()].some((p) => p.predictions["0"]?.choice === 2));
    expect([...host.client.others().values()]).toEqual([
      { role: "follower", following: false, predictions: { "0": { choice: 2 } }, name: "Aiko" },
    ]);
  });

  it("refuses a malformed room code", async () => {
    const server = await serve();
    const bad = join(server, "not-a-room");
    await until(() => bad.events.refused.length > 0);
    expect(bad.events.refused).toContain("bad-code");
  });

  it("a full room refuses one more participant with a reason", async () => {
    const server = await serve({ maxParticipants: 2 });
    const host = join(server, "FULLRM", { token: newPresenterToken() }, presenter);
    const a = join(server, "FULLRM");
    await until(() => host.events.roles.length > 0 && a.events.roles.length > 0);
    const b = join(server, "FULLRM");
    await until(() => b.events.refused.length > 0);
    expect(b.events.refused).toContain("room-full");
    expect(b.events.roles).toEqual([]);
  });

  it("closes a connection that sends a message over the size limit", async () => {
    const server = await serve({ maxMessageBytes: 2048 });
    const host = join(server, "BYGMSG", { token: newPresenterToken() }, presenter);
    await until(() => host.events.roles.length > 0);
    host.client.publishView({ place: "/lessons/sgd/?" + "x".repeat(4000), section: 1, revealed: [] });
    await until(() => host.events.refused.length > 0);
    expect(host.events.refused).toContain("too-large");
  });

  it("closes a connection that floods the room", async () => {
    const server = await serve({ messagesPerSecond: 2, burst: 5 });
    const a = join(server, "FLAKEY");
    await until(() => a.events.roles.length > 0);
    for (let i = 0; i < 30; i++) a.client.setPresence({ name: `n${i}` });
    await until(() => a.events.refused.includes("rate-limited"));
  });

  it("an empty room keeps its presenter token for a while, then expires", async () => {
    const server = await serve({ emptyRoomTtlMs: 300 });
    const token = newPresenterToken();
    const first = join(server, "EXPYRE", { token }, presenter);
    await until(() => first.events.roles.length > 0);
    expect(server.rooms()).toBe(1);
    first.client.destroy();
    await until(() => server.connections() === 0);
    // A reload within the TTL is the presenter again; another token is not.
    const other = join(server, "EXPYRE", { token: newPresenterToken() });
    await until(() => other.events.roles.length > 0);
    expect(other.events.roles).toEqual(["follower"]);
    other.client.destroy();
    await until(() => server.connections() === 0);
    await new Promise((resolve) => setTimeout(resolve, 450));
    const next = join(server, "EXPYRE", { token: newPresenterToken() }, presenter);
    await until(() => next.events.roles.length > 0);
    expect(next.events.roles).toEqual(["presenter"]); // the old room is gone: a new presenter may claim the code
  });

  it("after a server restart, clients reconnect and the room resumes where it was", async () => {
    const first = await serve();
    const port = first.port;
    const token = newPresenterToken();
    const host = join(first, "RESUME", { token }, presenter);
    await until(() => host.events.roles.length > 0);
    host.client.publishView({ place: "/lessons/sgd/", section: 2, revealed: [] });
    const a = join(first, "RESUME");
    await until(() => a.client.currentView()?.section === 2);

    await first.stop();
    servers.splice(servers.indexOf(first), 1);
    const second = await serve({}, port);
    await until(() => second.connections() === 2, 10_000);
    expect(second.rooms()).toBe(1);
    host.client.publishView({ section: 5 });
    await until(() => a.client.currentView()?.section === 5);
    // Presence comes back too: each side sees the other again.
    await until(() => host.client.others().size === 1 && a.client.others().size === 1);
    const late = join(second, "RESUME");
    await until(() => late.client.currentView()?.section === 5);
  });
});
