/**
 * A cell's share links on the page: the Share button puts a link to the cell with its code
 * in the clipboard (or selects it to copy by hand), and a link in the address opens in the
 * cell it names. Encoding and decoding are share.ts; the cell's edits keep what a link opened.
 */
import { t } from "../i18n";
import { copyOrSelect } from "../site/clipboard";
import type { CellEdits } from "./cell-edits";
import { isDamagedShareHash, shareUrl } from "./share";

/** Shows the link to this cell's code in its share box, copied when the browser allows. */
export async function shareCell(cellId: string, code: string, box: HTMLElement): Promise<void> {
  const url = await shareUrl(location.href, cellId, code);
  const input = box.querySelector("input")!;
  const message = box.querySelector(".cell__share-message")!;
  box.hidden = false;
  message.textContent = (await copyOrSelect(url, input)) ? t("cell.share.copied") : t("cell.share.manual");
}

/**
 * Opens a share link in the address, if it names this cell, and scrolls to the cell. The
 * page's first cell (`allCellIds` given) also reports a link that no cell can open.
 */
export async function openShareLink(
  edits: CellEdits,
  cell: HTMLElement,
  allCellIds: (() => string[]) | undefined,
): Promise<void> {
  const hash = location.hash;
  if (allCellIds) {
    // All cells are connected by the next task.
    setTimeout(() => {
      if (isDamagedShareHash(hash, allCellIds())) {
        edits.damaged();
        cell.scrollIntoView({ block: "start" });
      }
    });
  }
  await edits.openShareLink(hash);
  if (edits.notice === "shared" || edits.notice === "damaged") cell.scrollIntoView({ block: "start" });
}
