/**
 * A cell's edits: where they are kept, and what the cell says about them.
 *
 * - Every edit is saved (storage.ts). If saving fails (storage full or turned off), the
 *   cell says so at once and offers the code as a file.
 * - Two tabs: when another tab saves this cell, this tab shows that newer version (and can
 *   bring its own back); a Reset here never deletes an edit this tab has not seen.
 * - Shared code (a link): edits to it are kept as a draft of that link, so a reload keeps
 *   them; "Keep it" makes it the reader's version and keeps their own earlier edit as a
 *   backup they can bring back. The notice says all this before the reader chooses.
 * - A damaged link says so, in the reader's language, and the cell keeps its own code.
 */
import { t } from "../i18n";
import { offerDownload } from "../site/download";
import { EditStore, hashText, initialState, storageKey } from "./storage";
import { hideNotice, type NoticeChoice, showNotice } from "./cell-notice";
import { decodeShared, ShareLinkError, sharedCellData } from "./share";

/** What CellEdits needs from the cell element. */
export interface EditsHost {
  readonly cellId: string;
  readonly original: string;
  code(): string;
  /** Puts `code` in the cell (static code or editor); the change comes back through `edited`. */
  show(code: string): void;
  /** The cell's notice box, its storage warning box and its Modified badge. */
  part(name: "notice" | "storage" | "modified"): HTMLElement;
  /** Something changed that the Modified badge or the Reset button depends on. */
  refresh(): void;
}

export type Notice = "none" | "shared" | "changed" | "otherTab" | "kept" | "damaged";

/** Keys of the extra records, beside the cell's own edit (cell ids never contain "~"). */
const draftOf = (id: string) => `${id}~shared-draft`;
const backupOf = (id: string) => `${id}~backup`;

export class CellEdits {
  notice: Notice = "none";
  /** The edit stored for this cell as this tab last knew it (undefined: none). */
  private lastSynced: string | undefined;
  /** The shared code being viewed. */
  private shared: string | undefined;
  /** This tab's version, replaced by a newer one from another tab, and what replaced it. */
  private replaced: string | undefined;
  private incoming: string | undefined;
  /** While true, code put in the cell by us is not saved back. */
  private quiet = false;

  constructor(
    private readonly host: EditsHost,
    private readonly store: EditStore,
    private readonly pathname: string,
  ) {}

  /** The code to start with (saved edit or original); sets the notice. */
  start(): string {
    const saved = this.store.load(this.host.cellId);
    this.lastSynced = saved?.code;
    const state = initialState(this.host.original, saved);
    this.setNotice(state.notice === "none" && this.store.load(backupOf(this.host.cellId)) ? "kept" : state.notice);
    return state.code;
  }

  /** Call on every change of the cell's code. */
  edited(code: string): void {
    if (this.quiet) return;
    if (this.notice === "shared" && this.shared !== undefined) {
      this.reportSaving(this.store.save(draftOf(this.host.cellId), code, this.shared));
      return;
    }
    if (this.notice === "damaged") this.setNotice("none");
    // A tab that missed another tab's newer edit (it was asleep) shows that edit instead of
    // overwriting it; "Bring back this tab's version" still has this keystroke.
    if (this.newerElsewhere()) return;
    const saved = this.store.save(this.host.cellId, code, this.host.original);
    if (saved) this.lastSynced = code === this.host.original ? undefined : code;
    this.reportSaving(saved || code === this.host.original);
  }

  /** Listens for this cell's edit being saved in another tab. */
  watchOtherTabs(view: Window): void {
    const key = storageKey(this.pathname, this.host.cellId);
    view.addEventListener("storage", (event) => {
      if (event.key === key || event.key === null) this.otherTabSaved();
    });
  }

  /** Reset (after the reader confirmed): back to the original, unless a newer edit came meanwhile. */
  reset(): void {
    if (this.newerElsewhere()) return;
    this.store.clear(this.host.cellId);
    this.lastSynced = undefined;
    this.showQuietly(this.host.original);
    this.setNotice("none");
  }

  /** Opens `#cell=<id>:<data>` when it names this cell. */
  async openShareLink(hash: string): Promise<void> {
    const data = sharedCellData(hash, this.host.cellId);
    if (data === undefined) return;
    let shared: string;
    try {
      shared = await decodeShared(data);
    } catch (error) {
      this.setNotice(
        "damaged",
        error instanceof ShareLinkError && error.reason === "tooLong" ? t("cell.shared.tooLong") : undefined,
      );
      return;
    }
    const state = initialState(this.host.original, this.store.load(this.host.cellId), shared);
    if (state.notice !== "shared") return;
    this.shared = shared;
    const draft = this.store.load(draftOf(this.host.cellId));
    this.setNotice("shared"); // first: while it shows, edits go to the link's draft
    this.showQuietly(draft && draft.originalHash === hashText(shared) ? draft.code : shared);
  }

  /** Says a link is damaged (e.g. it names no cell on this page). */
  damaged(): void {
    this.setNotice("damaged");
  }

  // ── notices ─────────────────────────────────────────────────────────────────────

  private setNotice(notice: Notice, detailOverride?: string): void {
    this.notice = notice;
    const box = this.host.part("notice");
    hideNotice(box);
    this.host.refresh();
    if (notice === "none") return;
    const hasOwnEdit = this.store.load(this.host.cellId) !== undefined;
    const [title, detail, actions] = {
      shared: [
        t("cell.shared.notice"),
        t(hasOwnEdit ? "cell.shared.explainBackup" : "cell.shared.explain"),
        [
          [t("cell.shared.keep"), () => this.keepShared()],
          [t("cell.shared.back"), () => this.closeShared()],
        ],
      ],
      changed: [
        t("cell.changed.notice"),
        "",
        [
          [t("cell.changed.keep"), () => this.keepMine()],
          [t("cell.changed.new"), () => this.takeNewOriginal()],
        ],
      ],
      otherTab: [
        t("cell.otherTab.notice"),
        "",
        [
          [t("cell.otherTab.bringBack"), () => this.bringBack(this.replaced)],
          [t("cell.ok"), () => this.setNotice("none")],
        ],
      ],
      kept: [
        t("cell.kept.notice"),
        "",
        [
          [t("cell.kept.bringBack"), () => this.bringBack(this.store.load(backupOf(this.host.cellId))?.code)],
          [t("cell.kept.forget"), () => this.forgetBackup()],
        ],
      ],
      damaged: [
        t("cell.shared.damaged"),
        detailOverride ?? t("cell.shared.damagedDetail"),
        [[t("cell.ok"), () => this.closeShared()]],
      ],
    }[notice] as [string, string, NoticeChoice[]];
    showNotice(box, { title, detail }, actions);
  }

  /** "Keep it": the shared code becomes the reader's version; their own earlier edit is backed up. */
  private keepShared(): void {
    const id = this.host.cellId;
    const own = this.store.load(id);
    const code = this.host.code();
    if (own && own.code !== code) this.store.save(backupOf(id), own.code, this.host.original);
    this.store.clear(draftOf(id));
    this.shared = undefined;
    clearShareHash();
    this.setNotice("none");
    this.edited(code);
    if (own && own.code !== code) this.setNotice("kept");
  }

  /** "Back to your version" (or dismissing a damaged link): the reader's own code, the link closed. */
  private closeShared(): void {
    clearShareHash();
    const wasShared = this.notice === "shared";
    this.shared = undefined;
    this.setNotice("none");
    if (wasShared) this.showQuietly(this.store.load(this.host.cellId)?.code ?? this.host.original);
  }

  /** "Keep my version" after the original changed: re-save against the new original. */
  private keepMine(): void {
    this.setNotice("none");
    this.edited(this.host.code());
  }

  /** "Use the new version": the new original replaces the edit. */
  private takeNewOriginal(): void {
    this.setNotice("none");
    this.host.show(this.host.original);
    this.edited(this.host.original);
  }

  private bringBack(code: string | undefined): void {
    this.store.clear(backupOf(this.host.cellId));
    this.replaced = undefined;
    this.setNotice("none");
    if (code !== undefined) {
      this.showQuietly(code);
      this.edited(code);
    }
  }

  private forgetBackup(): void {
    this.store.clear(backupOf(this.host.cellId));
    this.setNotice("none");
  }

  // ── other tabs ──────────────────────────────────────────────────────────────────

  private otherTabSaved(): void {
    if (this.notice === "shared") {
      this.lastSynced = this.store.load(this.host.cellId)?.code; // "Back" will show it
      return;
    }
    this.newerElsewhere();
  }

  /** If another tab saved a version this tab has not seen, shows it (keeping ours to bring back). */
  private newerElsewhere(): boolean {
    const stored = this.store.load(this.host.cellId)?.code;
    if (stored === this.lastSynced) return false;
    this.lastSynced = stored;
    const incoming = stored ?? this.host.original;
    const mine = this.host.code();
    if (incoming === mine) return false;
    // The other tab saves at every keystroke: keep the version this tab had before the
    // first of them, unless the reader typed here since.
    if (this.notice !== "otherTab" || mine !== this.incoming) this.replaced = mine;
    this.incoming = incoming;
    this.showQuietly(incoming);
    this.setNotice("otherTab");
    return true;
  }

  // ── storage that fails ──────────────────────────────────────────────────────────

  private reportSaving(ok: boolean): void {
    const box = this.host.part("storage");
    this.host.part("modified").title = t(ok ? "cell.modifiedHint" : "cell.storage.notSavedHint");
    if (ok) return hideNotice(box);
    if (!box.hidden) return;
    showNotice(box, { detail: t("cell.storage.failed") }, [
      [t("cell.storage.download"), () => offerDownload(`${this.host.cellId}.ts`, this.host.code())],
    ]);
  }

  private showQuietly(code: string): void {
    this.quiet = true;
    try {
      this.host.show(code);
    } finally {
      this.quiet = false;
    }
    this.host.refresh();
  }
}

function clearShareHash(): void {
  if (location.hash) history.replaceState(history.state, "", location.pathname + location.search);
}
