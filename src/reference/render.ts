/**
 * Small text helpers for the reference page: doc comments use `code` spans and blank
 * lines between paragraphs; nothing else of Markdown is needed, so no Markdown parser.
 */

/** Escapes text for HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** One paragraph of doc text as HTML: escaped, with `code` spans and {@link X} as links. */
export function inlineDoc(text: string, known: ReadonlySet<string> = new Set()): string {
  return escapeHtml(text)
    .replace(/\{@link\s+([\w.]+)\s*\}/g, (_, name: string) =>
      known.has(name) ? `<a href="#${name}"><code>${name}</code></a>` : `<code>${name}</code>`,
    )
    .replace(/`([^`]+)`/g, (_, code: string) =>
      known.has(code) ? `<a href="#${code}"><code>${code}</code></a>` : `<code>${code}</code>`,
    );
}

/** A doc comment as paragraphs of HTML. Indented lines (formulas) keep their line breaks. */
export function docParagraphs(docs: string, known: ReadonlySet<string> = new Set()): string[] {
  return docs
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) =>
      /^\s{2,}|\n\s{2,}/.test(p)
        ? `<pre class="ref-formula">${escapeHtml(p)}</pre>`
        : `<p>${inlineDoc(p.replace(/\s*\n\s*/g, " "), known)}</p>`,
    );
}
