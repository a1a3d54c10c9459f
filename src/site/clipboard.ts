/**
 * Sharing a link: copy it to the clipboard, and where the browser refuses (no permission,
 * an insecure origin, an old browser) select it in its text field so the reader can copy
 * it by hand. The one way the site does it (a cell's Share, "Share this view").
 */

/**
 * Puts `text` in `input`, then copies it; true when the clipboard took it. When it did not,
 * the field is focused with the text selected (Ctrl+C works), and the caller says so.
 *
 * @example
 * message.textContent = (await copyOrSelect(url, input)) ? t("share.copied") : t("share.manual");
 */
export async function copyOrSelect(text: string, input: HTMLInputElement): Promise<boolean> {
  input.value = text;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input.focus();
    input.select();
    return false;
  }
}
