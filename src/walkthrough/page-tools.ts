/**
 * The study-group tools of a chapter page (components/Walkthrough.astro): Present,
 * Share this view, Print handout, Download cells, reading progress, and committed
 * predictions. One entry point so a chapter page loads one small script for all of them.
 */
import { offerDownload } from "../site/download";
import { t } from "../i18n";
import { Walkthrough } from "./walkthrough";
import { composeShareUrl, sharedAnchor, type SharedPlace } from "./share-view";
import type { FacilitatorGuide } from "./facilitator/types";
import { ProgressTracker } from "../progress/tracker";
import { composeDownload, downloadFileName, type DownloadedCell } from "../handout/download";
import { PRINT_EXPAND_CLASS, printHandout } from "../handout/print";
import { setUpRoom } from "../room/entry";
import { copyOrSelect } from "../site/clipboard";

/** The part of a <kobai-cell> this file uses (src/notebook/cell-element.ts). */
interface CellLike extends HTMLElement {
  code?: () => string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every code cell on the page in order, with its current (edited) code. */
export function pageCells(): (DownloadedCell & { edited: boolean })[] {
  return Array.from(document.querySelectorAll<CellLike>("kobai-cell"), (cell) => {
    const staticCode = Array.from(cell.querySelectorAll(".cell__static-line"), (line) => line.textContent ?? "").join(
      "\n",
    );
    return {
      id: cell.dataset.cellId ?? "",
      title: cell.dataset.title ?? "",
      code: typeof cell.code === "function" ? cell.code() : staticCode,
      edited: cell.hasAttribute("data-modified"),
    };
  });
}

function setUp(tools: HTMLElement): void {
  const slug = tools.dataset.slug ?? "";
  const chapterTitle = tools.dataset.title ?? document.title;
  const bar = document.querySelector<HTMLElement>("[data-wt-bar]")!;
  const announcer = document.querySelector<HTMLElement>("[data-wt-announce]")!;
  const message = document.querySelector<HTMLElement>("[data-tools-message]")!;
  const guidePanel = document.querySelector<HTMLDetailsElement>("[data-facilitator]");

  let walkthrough: Walkthrough | undefined;
  let tracker: ProgressTracker | undefined;
  const guide = tools.dataset.guide ? (JSON.parse(tools.dataset.guide) as FacilitatorGuide) : undefined;
  walkthrough = new Walkthrough(bar, announcer, guide, {
    onSection: (k) => tracker?.read(k),
  });
  tracker = new ProgressTracker(slug, chapterTitle, walkthrough.sections);
  tracker.watchScrolling(
    () => walkthrough!.isActive,
    document.querySelector(".pager") ?? document.querySelector(".lesson-terms"),
  );

  tools
    .querySelector("[data-action=present]")!
    .addEventListener("click", () => walkthrough!.enter(1, { fullscreen: true }));

  // The facilitator guide: a <details> on the page, a side panel in walkthrough mode.
  const guideButton = bar.querySelector<HTMLButtonElement>("[data-wt=guide]");
  if (guideButton && guidePanel) {
    guideButton.addEventListener("click", () => {
      guidePanel.open = !guidePanel.open;
      guideButton.setAttribute("aria-expanded", String(guidePanel.open));
      if (guidePanel.open) guidePanel.querySelector("summary")?.focus();
    });
    guidePanel.addEventListener("toggle", () => guideButton.setAttribute("aria-expanded", String(guidePanel.open)));
  } else guideButton?.remove();

  // Share this view.
  const shareBox = document.querySelector<HTMLElement>("[data-share-box]")!;
  const share = async () => {
    await sleep(300); // widgets write their settings to the URL after a 250 ms debounce
    const edited = pageCells().filter((cell) => cell.edited);
    const place: SharedPlace = walkthrough!.isActive ? { present: walkthrough!.section } : currentAnchor(walkthrough!);
    const url = await composeShareUrl(location.href, place, edited);
    const input = shareBox.querySelector("input")!;
    shareBox.hidden = false;
    const cells = edited.length > 0 ? " " + t("share.cellsIncluded", { n: edited.length }) : "";
    message.textContent = ((await copyOrSelect(url, input)) ? t("share.copied") : t("share.manual")) + cells;
  };
  tools.querySelector("[data-action=share]")!.addEventListener("click", () => void share());
  bar.querySelector("[data-wt=share]")?.addEventListener("click", () => void share());

  // Print handout.
  const expand = tools.querySelector<HTMLInputElement>("[data-print-expand]");
  tools
    .querySelector("[data-action=print]")!
    .addEventListener("click", () => printHandout({ expandAnswers: expand?.checked ?? false }));
  expand?.addEventListener("change", () =>
    document.documentElement.classList.toggle(PRINT_EXPAND_CLASS, expand.checked),
  );

  // Download cells.
  tools.querySelector("[data-action=download]")!.addEventListener("click", () => {
    const cells = pageCells();
    if (cells.length === 0) {
      message.textContent = t("handout.noCells");
      return;
    }
    const text = composeDownload({ slug, title: chapterTitle, url: location.origin + location.pathname, cells });
    const file = downloadFileName(slug);
    offerDownload(file, text);
    message.textContent = t("handout.downloaded", { file, n: cells.length });
  });

  walkthrough.openFromUrl();
  setUpRoom(walkthrough); // the live study-group room (src/room/)
  const anchor = sharedAnchor(location.href);
  if (anchor && !walkthrough.isActive) {
    // After shared cells scrolled themselves into view, go to the sharer's section.
    setTimeout(() => document.getElementById(anchor)?.scrollIntoView({ block: "start" }), 400);
  }
}

/** The heading of the section being read (reading mode). */
function currentAnchor(walkthrough: Walkthrough): SharedPlace {
  const line = window.innerHeight / 3;
  let id = "";
  for (const section of walkthrough.sections.slice(1))
    if (section.heading.getBoundingClientRect().top < line) id = section.id;
  return id ? { at: id } : undefined;
}

const tools = document.querySelector<HTMLElement>("[data-study-tools]");
if (tools) setUp(tools);
