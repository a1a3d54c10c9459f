/**
 * A connection to one room: a Hocuspocus provider around a Yjs document, with the room's
 * vocabulary (view, presence, refusals). No DOM: the page (room-ui.ts), the Node tests and
 * the load script (scripts/room-load.mjs) all use this same client.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import * as Y from "yjs";
import {
  CLOSE_CODES,
  isRefusal,
  readPresence,
  readView,
  VIEW_MAP,
  type Presence,
  type Refusal,
  type RoomView,
} from "./protocol";

export type RoomStatus = "connecting" | "connected" | "disconnected";

export interface RoomClientOptions {
  /** ws:// or wss:// URL of the room server. */
  serverUrl: string;
  code: string;
  /** The presenter's token; followers pass none. */
  token?: string;
  /** A WebSocket class where there is no global one (Node 20: `ws`). */
  WebSocket?: unknown;
  onView?(view: RoomView): void;
  onPresence?(others: Map<number, Presence>): void;
  onStatus?(status: RoomStatus): void;
  /** The server refused something or closed the connection for a reason. */
  onRefused?(reason: Refusal): void;
  /** The server confirmed the role (read-only means follower). */
  onRole?(role: "presenter" | "follower"): void;
}

export class RoomClient {
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly view: Y.Map<unknown>;
  private presence: Presence;

  constructor(
    private readonly options: RoomClientOptions,
    presence: Presence,
  ) {
    this.view = this.doc.getMap(VIEW_MAP);
    this.presence = presence;
    this.socket = new HocuspocusProviderWebsocket({
      url: options.serverUrl,
      ...(options.WebSocket ? { WebSocketPolyfill: options.WebSocket } : {}),
      // Reconnect quickly after a server restart, and keep trying (a meeting outlasts a blip).
      delay: 250,
      minDelay: 100,
      factor: 1.5,
      maxDelay: 2000,
      maxAttempts: 0,
    });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: options.code,
      document: this.doc,
      token: options.token ?? "",
      onStatus: ({ status }) => options.onStatus?.(status as RoomStatus),
      // When a connection drops, the others forget our presence but keep its clock; a new
      // clock tick makes the presence we send on reconnecting newer than what they remember.
      onOpen: () => this.provider.awareness?.setLocalState(this.provider.awareness.getLocalState()),
      onAuthenticated: ({ scope }) => options.onRole?.(scope === "read-write" ? "presenter" : "follower"),
      onAuthenticationFailed: ({ reason }) => options.onRefused?.(isRefusal(reason) ? reason : "presenter-only"),
      onStateless: ({ payload }) => {
        try {
          const message = JSON.parse(payload) as { type?: string; reason?: string };
          if (message.type === "refused" && message.reason && isRefusal(message.reason))
            options.onRefused?.(message.reason);
        } catch {
          /* not ours */
        }
      },
      onClose: ({ event }) => {
        const refusal = isRefusal(event.reason)
          ? event.reason
          : (Object.keys(CLOSE_CODES) as Refusal[]).find((reason) => CLOSE_CODES[reason] === event.code);
        if (refusal) options.onRefused?.(refusal);
      },
    });
    this.provider.attach(); // a provider given its own socket does not attach by itself
    this.provider.setAwarenessField("kobai", presence);
    this.view.observe(() => {
      const current = this.currentView();
      if (current) options.onView?.(current);
    });
    this.provider.awareness?.on("change", () => options.onPresence?.(this.others()));
  }

  /** The presenter's view as the room holds it now. */
  currentView(): RoomView | undefined {
    return readView(Object.fromEntries(this.view.entries()));
  }

  /** Publishes the presenter's view (the server refuses it from anyone else). */
  publishView(view: Partial<RoomView>): void {
    this.doc.transact(() => {
      for (const [key, value] of Object.entries(view)) {
        if (value !== undefined && JSON.stringify(this.view.get(key)) !== JSON.stringify(value))
          this.view.set(key, value);
      }
    });
  }

  /** Changes this participant's presence (following, predictions, name). */
  setPresence(change: Partial<Presence>): void {
    this.presence = { ...this.presence, ...change };
    this.provider.setAwarenessField("kobai", this.presence);
  }

  get ownPresence(): Presence {
    return this.presence;
  }

  /** Everyone else's presence, by awareness client id. */
  others(): Map<number, Presence> {
    const out = new Map<number, Presence>();
    const states = this.provider.awareness?.getStates() ?? new Map();
    for (const [id, state] of states) {
      if (id === this.doc.clientID) continue;
      const presence = readPresence((state as { kobai?: unknown }).kobai);
      if (presence) out.set(id, presence);
    }
    return out;
  }

  destroy(): void {
    this.provider.destroy();
    this.socket.destroy();
    this.doc.destroy();
  }
}
