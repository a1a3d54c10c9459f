/**
 * The presenter's side of a live room: opens the room (after checking that a server
 * answers), shows its code, link and QR code, publishes the view (section, widget settings,
 * code sent as text, revealed answers) and shows who follows and what the group predicted.
 */
import qrcode from "qrcode-generator";
import { t } from "../i18n";
import type { Walkthrough } from "../walkthrough/walkthrough";
import { revealPrompt } from "../walkthrough/predict";
import { pageCells } from "../walkthrough/page-tools";
import { sharedCellsHash } from "../notebook/share";
import { PRESENTER_SESSION_KEY, roomServer, type PresenterSession } from "./entry";
import { placeOf, presenceCounts, tally } from "./follow-model";
import { newPresenterToken, newRoomCode, roomLink } from "./protocol";
import { RoomClient } from "./room-client";
import { keepGroupSketches, pagePrompts, tallyViews, watchReveals } from "./prompts";

/** How often the presenter's page checks for a new section or widget setting (ms). */
const PUBLISH_EVERY_MS = 120;
/** How long the presenter's connection stays open after "End the room", to tell the followers (ms). */
const END_GRACE_MS = 1000;

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

/** Whether a WebSocket server answers at `url` within `ms`. */
function probe(url: string, ms = 3000): Promise<boolean> {
  return new Promise((resolve) => {
    let socket: WebSocket;
    try {
      socket = new WebSocket(url);
    } catch {
      resolve(false);
      return;
    }
    const done = (ok: boolean) => {
      clearTimeout(timer);
      socket.onopen = socket.onerror = null;
      socket.close();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), ms);
    socket.onopen = () => done(true);
    socket.onerror = () => done(false);
  });
}

/** "Start a live room": checks the server, then opens a new room in this tab. */
export async function start(walkthrough: Walkthrough): Promise<void> {
  const panel = $("[data-room-panel]");
  const message = $("[data-room-panel-message]");
  const url = roomServer();
  panel.hidden = false;
  $("[data-room-body]").hidden = true;
  message.textContent = t("room.checking", { url });
  if (!(await probe(url))) {
    message.textContent = t("room.unreachable", { url });
    return;
  }
  const session: PresenterSession = { code: newRoomCode(), token: newPresenterToken(), revealed: {} };
  sessionStorage.setItem(PRESENTER_SESSION_KEY, JSON.stringify(session));
  message.textContent = "";
  present(walkthrough, session);
}

/** Runs the room this tab presents (a new one, or again after a reload or another chapter). */
export function present(walkthrough: Walkthrough, session: PresenterSession): void {
  const panel = $("[data-room-panel]");
  const body = $("[data-room-body]");
  const message = $("[data-room-panel-message]");
  const start = document.querySelector<HTMLButtonElement>("[data-wt=room]");
  if (!walkthrough.isActive) walkthrough.enter(walkthrough.section);
  panel.hidden = false;
  body.hidden = false;
  if (start) start.hidden = true;

  const link = roomLink(location.href, session.code);
  $("[data-room-code]").textContent = session.code;
  $<HTMLInputElement>("[data-room-link]").value = link;
  const qr = qrcode(0, "M");
  qr.addData(link);
  qr.make();
  $("[data-room-qr]").innerHTML = qr.createSvgTag({ cellSize: 4, margin: 2, scalable: true });

  const page = location.pathname;
  const revealed = new Set(session.revealed[page] ?? []);
  let cellsHash = "";
  const save = () => {
    session.revealed[page] = [...revealed];
    sessionStorage.setItem(PRESENTER_SESSION_KEY, JSON.stringify(session));
  };

  const prompts = pagePrompts();
  const drawTally = tallyViews((index) => reveal(index));
  const status = $("[data-room-status]");
  const client = new RoomClient(
    {
      serverUrl: roomServer(),
      code: session.code,
      token: session.token,
      onStatus: (state) => (status.textContent = t(`room.status.${state}`)),
      onPresence: (others) => {
        const { following, away } = presenceCounts(others.values());
        $("[data-room-counts]").textContent = t("room.counts", { following, away });
        prompts.forEach((box, index) =>
          drawTally(index, tally(others.values(), index, box.querySelectorAll("input[type=radio]").length)),
        );
      },
      onRefused: (reason) => (message.textContent = t(`room.refused.${reason}`)),
    },
    { role: "presenter", following: true, predictions: {} },
  );
  $("[data-room-counts]").textContent = t("room.counts", { following: 0, away: 0 });

  const publish = () =>
    client.publishView({
      place: placeOf(location.href.replace(/#.*$/, "")) + cellsHash,
      section: walkthrough.section,
      revealed: [...revealed].sort((a, b) => a - b),
    });
  function reveal(index: number) {
    if (!revealed.has(index)) {
      revealed.add(index);
      save();
    }
    revealPrompt(prompts[index]);
    keepGroupSketches(prompts[index]);
    publish();
  }
  watchReveals(reveal);
  publish();
  const ticker = window.setInterval(publish, PUBLISH_EVERY_MS);

  $("[data-room-copy]").onclick = async () => {
    try {
      await navigator.clipboard.writeText(link);
      message.textContent = t("room.copied");
    } catch {
      $<HTMLInputElement>("[data-room-link]").select();
    }
  };
  $("[data-room-send-code]").onclick = async () => {
    const edited = pageCells().filter((cell) => cell.edited);
    if (edited.length === 0) {
      message.textContent = t("room.noEditedCode");
      return;
    }
    // Code travels as text in the link's hash; a follower's page shows it and runs it only on Run.
    cellsHash = `#${await sharedCellsHash(edited)}`;
    publish();
    message.textContent = t("room.sentCode", { n: edited.length });
  };
  const hide = $<HTMLButtonElement>("[data-room-hide]");
  hide.onclick = () => {
    body.hidden = !body.hidden;
    hide.setAttribute("aria-expanded", String(!body.hidden));
    hide.textContent = body.hidden ? t("room.show", { code: session.code }) : t("room.hide");
  };
  $("[data-room-end]").onclick = () => {
    window.clearInterval(ticker);
    // Followers are told, then the connection closes once the message is on its way.
    client.publishView({ ended: true });
    window.setTimeout(() => client.destroy(), END_GRACE_MS);
    sessionStorage.removeItem(PRESENTER_SESSION_KEY);
    body.hidden = true;
    message.textContent = t("room.ended");
    document.querySelectorAll("[data-room-tally], g[data-room-sketches]").forEach((node) => node.remove());
    if (start) start.hidden = false;
  };
}
