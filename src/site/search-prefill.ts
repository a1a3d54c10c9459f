/**
 * Fills the search page's Pagefind input with the query from the header form (?q=…) and
 * starts the search, once the component has rendered its <input>.
 */
export function prefillSearch(doc: Document, query: string | null): void {
  if (!query) return;
  customElements.whenDefined("pagefind-input").then(() => {
    const host = doc.querySelector("pagefind-input");
    if (!host) return;
    const fill = (): boolean => {
      const input = host.querySelector("input");
      if (!input) return false;
      input.value = query;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.focus();
      return true;
    };
    if (fill()) return;
    const observer = new MutationObserver(() => {
      if (fill()) observer.disconnect();
    });
    observer.observe(host, { childList: true, subtree: true });
  });
}
