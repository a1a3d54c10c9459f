/**
 * Offers text as a file the browser saves (a cell the browser could not keep, the page's
 * cells as one script). The object URL is revoked once the download has had time to start.
 */
export function offerDownload(filename: string, text: string, type = "text/typescript"): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
