/**
 * A follower's side of a live room: the page follows the presenter's view (section in
 * place, widget settings by rebuilding those widgets from the address bar, another chapter
 * or shared code by loading the presenter's link),
 * steps away when the reader scrolls or uses a widget, and comes back on "Back to the
 * presenter" or Esc. Committed predictions go to the presenter's tally.
 *
 * Nothing here runs code: shared cells arrive as text in the link's hash, and the cell
 * runtime waits for the reader's Run (as with any share link).
 */
import { t } from "../i18n";
import type { Walkthrough } from "../walkthrough/walkthrough";
import { revealPrompt } from "../walkthrough/predict";
import { reloadWidgets } from "../widgets/base-element";
import { roomServer } from "./entry";
import { followStep, stepsAway, type ReaderAction, type Zone } from "./follow-model";
import { ROOM_PARAM, type Presence, type RoomView } from "./protocol";
import { RoomClient } from "./room-client";
import { pagePrompts, watchCommits } from "./prompts";

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

function zoneOf(target: EventTarget | null): Zone {
  if (!(target instanceof Element)) return "elsewhere";
  if (target.closest("[data-room-banner], [data-room-panel]")) return "room";
  if (target.closest("section.predict")) return "prediction";
  if (target.closest("[data-wt-bar]")) return "walkthrough-bar";
  // Using something on the page (a widget, a chart, a cell, a link), not just clicking on text.
  if (
    target.closest(".prose, .lesson") &&
    target.closest(
      "input, select, textarea, button, a[href], svg, canvas, [role=slider], [tabindex], kobai-cell, .cm-editor",
    )
  )
    return "prose";
  return "elsewhere";
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest(".cm-editor")) return true;
  return (
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && !["range", "checkbox", "radio", "button"].includes(target.type))
  );
}

export function follow(walkthrough: Walkthrough, code: string): void {
  const banner = $("[data-room-banner]");
  const text = $("[data-room-banner-text]");
  const back = $<HTMLButtonElement>("[data-room-back]");
  const name = $<HTMLInputElement>("[data-room-name]");
  const leave = $<HTMLButtonElement>("[data-room-leave]");
  banner.hidden = false;
  document.documentElement.classList.add("room-follower");
  let following = true;
  let latest: RoomView | undefined;
  let applied = new Set<number>();
  const prompts = pagePrompts();
  // The shared cells this page was loaded with (the cells clear the hash once they read it).
  const cellsKey = `kobai.room.cells.${code}`;
  const cellsHash = location.hash.startsWith("#cell=") ? location.hash : (sessionStorage.getItem(cellsKey) ?? "");
  /** Refusals the server sent this page (a forged move); read by the browser tests. */
  let refusals = 0;

  /** "connected" once the room answered; "lost" while its server does not; "ended" by the presenter. */
  let link: "connecting" | "connected" | "lost" | "ended" = "connecting";

  const render = () => {
    back.hidden = following || link === "ended";
    banner.toggleAttribute("data-away", !following);
    banner.toggleAttribute("data-ended", link === "ended" || link === "lost");
    if (link === "ended") text.textContent = t("room.endedByPresenter");
    else if (link === "lost") text.textContent = t("room.serverLost");
    else if (!latest) text.textContent = t("room.waiting");
    else text.textContent = following ? t("room.following", { code }) : t("room.away", { section: latest.section });
  };

  const showSection = (section: number) => {
    if (!walkthrough.isActive) walkthrough.enter(section);
    else if (walkthrough.section !== section) walkthrough.go(section);
  };

  const apply = (view: RoomView) => {
    for (const index of view.revealed) {
      if (applied.has(index) || !prompts[index]) continue;
      applied.add(index);
      revealPrompt(prompts[index]);
    }
    const step = followStep(
      location.href,
      walkthrough.isActive ? walkthrough.section : undefined,
      cellsHash,
      view,
      code,
    );
    if (step.kind === "load") {
      const here = new URL(location.href);
      const there = new URL(step.href);
      sessionStorage.setItem(cellsKey, there.hash);
      location.replace(step.href);
      // Only the hash (shared cells) differs: replace() does not reload, so load it.
      if (here.pathname === there.pathname && here.search === there.search) location.reload();
    } else if (step.kind === "widgets") {
      // Widget settings only: the address bar takes the presenter's, and those widgets read it again.
      history.replaceState(history.state, "", `${location.pathname}${step.search}${location.hash}`);
      reloadWidgets(step.widgets);
      showSection(step.section);
    } else if (step.kind === "section") showSection(step.section);
    else if (!walkthrough.isActive) walkthrough.enter(view.section);
  };

  const presence: Presence = { role: "follower", following: true, predictions: {} };
  const client = new RoomClient(
    {
      serverUrl: roomServer(),
      code,
      onView: (view) => {
        if (link === "ended") return;
        if (view.ended) {
          end();
          return;
        }
        latest = view;
        if (following) apply(view);
        render();
      },
      onStatus: (status) => {
        if (link === "ended") return;
        if (status === "connected") link = "connected";
        // Only a room that answered once can be lost (a first connection says "waiting").
        else if (status === "disconnected" && link === "connected") link = "lost";
        render();
      },
      onRefused: (reason) => {
        refusals++;
        banner.dataset.refusals = String(refusals);
        // This page never changes the room; the one "change" it sends is its copy of the view
        // when it reconnects to a restarted server, which the server rightly ignores. Not news.
        if (reason !== "presenter-only") text.textContent = t(`room.refused.${reason}`);
      },
    },
    presence,
  );

  const stepAway = () => {
    if (!following) return;
    following = false;
    client.setPresence({ following: false });
    render();
  };
  const comeBack = () => {
    if (link === "ended") return;
    following = true;
    client.setPresence({ following: true });
    if (latest) apply(latest);
    render();
    back.blur();
  };

  const watch = (type: ReaderAction["type"]) =>
    window.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted || !following) return;
        const key = event instanceof KeyboardEvent ? event.key : undefined;
        if (stepsAway({ type, zone: zoneOf(event.target), key, typing: isTyping(event.target) })) stepAway();
      },
      { capture: true, passive: true },
    );
  for (const type of ["wheel", "touchmove", "keydown", "pointerdown", "input"] as const) watch(type);
  // Esc brings a follower who stepped away back (before walkthrough mode reads it as "leave").
  document.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Escape" || following) return;
      event.preventDefault();
      comeBack();
    },
    { capture: true },
  );
  // Leaving walkthrough mode (its own Esc, or the bar's Leave) steps away too.
  $("[data-wt=exit]").addEventListener("click", stepAway);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && following && !walkthrough.isActive) stepAway();
  });

  back.addEventListener("click", comeBack);
  name.addEventListener("change", () => link !== "ended" && client.setPresence({ name: name.value }));
  watchCommits((index, prediction) => {
    if (link === "ended") return;
    client.setPresence({ predictions: { ...client.ownPresence.predictions, [index]: prediction } });
    const note = prompts[index]?.querySelector<HTMLElement>("[data-predict-result]");
    if (note && !note.textContent) note.textContent = t("room.predictionSent");
  });
  /** Leaves the room but not the page: the place, widgets and predictions stay as they are. */
  const disconnect = () => {
    client.destroy();
    document.documentElement.classList.remove("room-follower");
    const url = new URL(location.href);
    url.searchParams.delete(ROOM_PARAM);
    history.replaceState(history.state, "", url);
  };
  // The presenter ended the room: say so, and stop following where the page is.
  function end() {
    link = "ended";
    following = false;
    disconnect();
    leave.textContent = t("room.dismiss");
    render();
  }
  leave.addEventListener("click", () => {
    if (link !== "ended") disconnect();
    banner.hidden = true;
  });
  render();
}
