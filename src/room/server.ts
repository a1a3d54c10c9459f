/**
 * The room server: Hocuspocus (a maintained Yjs WebSocket server) with kobai's rules from
 * server-model.ts. Node only; `npm run room` starts it (scripts/room-server.ts).
 *
 * Why Hocuspocus (v3, the last major that runs on Node 20): its `onAuthenticate` hook can
 * mark a connection read-only, and then Hocuspocus itself refuses that connection's document
 * updates. The presenter rule is therefore enforced by the server, not hidden in the UI.
 * Nothing is persisted: there is no storage extension, and a room's document is unloaded
 * as soon as its last participant leaves.
 */
import { Server } from "@hocuspocus/server";
import * as Y from "yjs";
import {
  CLOSE_CODES,
  DEFAULT_LIMITS,
  isRoomCode,
  type RefusedMessage,
  type Refusal,
  type RoomLimits,
} from "./protocol";
import { PresenterClaims, RateLimiter, documentUpdateIn } from "./server-model";

export interface RoomServerOptions {
  port: number;
  host?: string;
  limits?: Partial<RoomLimits>;
  /** Called with one line per notable event (refusals, rooms opening and closing). */
  log?: (line: string) => void;
}

export interface RunningRoomServer {
  port: number;
  /** Rooms with a presenter token. */
  rooms(): number;
  /** Open WebSocket connections to rooms. */
  connections(): number;
  stop(): Promise<void>;
}

/** An error Hocuspocus passes to the client as the reason of a refusal or close. */
function refusal(reason: Refusal): { code: number; reason: Refusal } {
  return { code: CLOSE_CODES[reason], reason };
}

export async function startRoomServer(options: RoomServerOptions): Promise<RunningRoomServer> {
  const limits: RoomLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? (() => undefined);
  const claims = new PresenterClaims(limits.emptyRoomTtlMs);
  const buckets = new Map<string, RateLimiter>();
  const sweep = setInterval(() => claims.expire(Date.now()), Math.min(60_000, limits.emptyRoomTtlMs));

  const server = new Server(
    {
      port: options.port,
      address: options.host ?? "0.0.0.0",
      quiet: true,
      stopOnSignals: false,
      timeout: 30_000,

      async onConnect({ documentName, instance }) {
        if (!isRoomCode(documentName)) throw refusal("bad-code");
        const present = instance.documents.get(documentName)?.getConnectionsCount() ?? 0;
        if (present >= limits.maxParticipants) {
          log(`room ${documentName}: full (${present} of ${limits.maxParticipants}), refused a connection`);
          throw refusal("room-full");
        }
      },

      async onAuthenticate({ documentName, token, connectionConfig }) {
        const role = claims.roleFor(documentName, token ?? "", Date.now());
        // Followers may publish their presence (awareness) but never change the room's document.
        connectionConfig.readOnly = role !== "presenter";
        claims.occupied(documentName);
        return { role };
      },

      async beforeHandleMessage({ documentName, socketId, update, connection, document }) {
        const key = `${socketId}/${documentName}`;
        let bucket = buckets.get(key);
        if (!bucket) buckets.set(key, (bucket = new RateLimiter(limits.messagesPerSecond, limits.burst, Date.now())));
        if (!bucket.allow(Date.now())) {
          log(`room ${documentName}: ${socketId} sent too many messages, disconnected`);
          throw refusal("rate-limited");
        }
        if (connection.readOnly) {
          const change = documentUpdateIn(update);
          // Hocuspocus will not apply it (read-only); say why, so a forged client learns it was refused.
          if (change && !Y.snapshotContainsUpdate(Y.snapshot(document), change)) {
            log(`room ${documentName}: refused a follower's change`);
            const message: RefusedMessage = { type: "refused", reason: "presenter-only" };
            connection.sendStateless(JSON.stringify(message));
          }
        }
      },

      async onDisconnect({ documentName, socketId, clientsCount }) {
        buckets.delete(`${socketId}/${documentName}`);
        if (clientsCount === 0) claims.emptied(documentName, Date.now());
      },
    },
    // Larger messages close the connection with 1009 before Hocuspocus reads them.
    { maxPayload: limits.maxMessageBytes },
  );
  await server.listen();
  return {
    port: server.address.port,
    rooms: () => claims.size,
    connections: () => server.hocuspocus.getConnectionsCount(),
    async stop() {
      clearInterval(sweep);
      // Drop every socket at once, as a crash or restart would; clients reconnect on their own.
      for (const socket of server.webSocketServer.clients) socket.terminate();
      await server.destroy();
    },
  };
}
