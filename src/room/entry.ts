/**
 * The live room's entry point on a chapter page (called by src/walkthrough/page-tools.ts).
 * Small on purpose: Yjs and the room's UI load only when a room is used (the presenter
 * presses "Start a live room", or the page was opened from a room's link).
 */
import type { Walkthrough } from "../walkthrough/walkthrough";
import { roomFromUrl, roomServerUrl } from "./protocol";

/** sessionStorage: this tab presents room {code, token} (survives reloads and chapter changes). */
export const PRESENTER_SESSION_KEY = "kobai.room.presenter";
/** localStorage: another room server for this browser (tests, a server elsewhere). */
export const SERVER_OVERRIDE_KEY = "kobai.roomServer";

export interface PresenterSession {
  code: string;
  token: string;
  revealed: Record<string, number[]>;
}

/** The room server this page talks to: an override, else PUBLIC_KOBAI_ROOM_URL, else this host on port 1234. */
export function roomServer(): string {
  let override: string | null = null;
  try {
    override = localStorage.getItem(SERVER_OVERRIDE_KEY);
  } catch {
    /* storage blocked: use the build's setting */
  }
  return roomServerUrl(location.href, override ?? (import.meta.env.PUBLIC_KOBAI_ROOM_URL as string | undefined));
}

export function presenterSession(): PresenterSession | undefined {
  try {
    const raw = sessionStorage.getItem(PRESENTER_SESSION_KEY);
    return raw ? (JSON.parse(raw) as PresenterSession) : undefined;
  } catch {
    return undefined;
  }
}

export function setUpRoom(walkthrough: Walkthrough): void {
  const button = document.querySelector<HTMLButtonElement>("[data-wt=room]");
  const code = roomFromUrl(location.href);
  const session = presenterSession();
  if (code && session?.code !== code) {
    button?.remove(); // a follower does not start rooms from a room's page
    void import("./follower-ui").then((ui) => ui.follow(walkthrough, code));
    return;
  }
  if (session) void import("./presenter-ui").then((ui) => ui.present(walkthrough, session));
  button?.addEventListener("click", () => void import("./presenter-ui").then((ui) => ui.start(walkthrough)));
}
