/**
 * What the page and the types worker say to each other, and the plain data the language
 * service answers with. Offsets are into a cell's text; lines and columns are 1-based.
 *
 * The page sends the whole notebook (`cells`, in page order, their current text) with
 * every request, so each answer is about exactly the text it was asked about; the editor
 * drops answers about text that has changed since (extension.ts).
 */
import type { CellText } from "./program";

/** A type or syntax error in a cell. */
export interface TypeDiagnostic {
  from: number;
  to: number;
  line: number;
  column: number;
  message: string;
  /** TypeScript's error number, e.g. 2322. */
  code: number;
  severity: "error" | "warning";
}

export interface CompletionItem {
  label: string;
  /** TypeScript's kind: "class", "function", "const", "keyword", "property", … */
  kind: string;
  sortText: string;
  insertText?: string;
  /** The text `insertText` replaces (offsets at the time of asking), when not just the word. */
  replacement?: { from: number; to: number };
  /** The module an import-statement completion comes from, and TypeScript's data to detail it. */
  source?: string;
  data?: unknown;
}

export interface Completions {
  items: CompletionItem[];
}

/** What a name is: its signature line, its documentation and its examples. */
export interface Hover {
  from: number;
  to: number;
  signature: string;
  docs: string;
  examples: string[];
}

/** An options object's properties, each with its documentation (which gives its default). */
export interface OptionList {
  /** The options type, e.g. "AdamOptions" ("" for an inline object type). */
  name: string;
  docs: string;
  properties: { name: string; optional: boolean; type: string; docs: string }[];
}

export interface SignatureHelp {
  signatures: {
    prefix: string;
    parameters: { label: string; docs: string }[];
    separator: string;
    suffix: string;
    docs: string;
  }[];
  /** The signature TypeScript picked, and the argument the cursor is in (0-based). */
  active: number;
  parameter: number;
  options?: OptionList;
}

/** One question about one cell. */
export type TypesQuery =
  | { kind: "diagnostics" }
  | { kind: "completions"; pos: number }
  | { kind: "completionDetail"; pos: number; name: string; source?: string; data?: unknown }
  | { kind: "hover"; pos: number }
  | { kind: "signatureHelp"; pos: number };

export interface TypesRequest {
  id: number;
  cells: CellText[];
  cellId: string;
  query: TypesQuery;
}

export type TypesResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
