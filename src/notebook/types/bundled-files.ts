/**
 * Every file the cells' types come from, bundled into the types worker at build time (never
 * fetched: a missing or slow lib file would stall the editor):
 *
 *   /lib/…        TypeScript's ES2022 standard library (no DOM: cells run in a worker)
 *   /kobai/…      the core's own sources, the ones the reference page is generated from,
 *                 so hover shows the same TSDoc and examples
 *   /plot/…       Observable Plot's declarations
 *   /globals/…    the cell builtins (show, plot, progress, check, Plot: cell-globals.d.ts)
 *                 and the few worker globals a cell may use (console, timers, performance)
 *
 * The unit tests load this very module (Vitest runs `import.meta.glob` as Vite does), so
 * they check the files the page ships.
 */
import { GLOBALS_DIR, LIB_DIR } from "./service";
import cellGlobals from "../cell-globals.d.ts?raw";

const standardLibrary = import.meta.glob(
  [
    "/node_modules/typescript/lib/lib.{es5,es2015,es2016,es2017,es2018,es2019,es2020,es2021,es2022,decorators}*.d.ts",
    "!**/*.full.d.ts",
  ],
  { query: "?raw", import: "default", eager: true },
) as Record<string, string>;

const kobaiSources = import.meta.glob(
  ["/src/core/**/*.ts", "!**/*.test.ts", "!**/__fixtures__/**", "!**/testing/**", "!**/testing.ts"],
  {
    query: "?raw",
    import: "default",
    eager: true,
  },
) as Record<string, string>;

const plotDeclarations = import.meta.glob("/node_modules/@observablehq/plot/src/**/*.d.ts", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/**
 * What a cell sees of the worker it runs in, besides the builtins: the runtime's console
 * (runtime.ts) and the timers. Written here rather than as a .d.ts in the repository, where
 * it would clash with the DOM's declarations of the same names.
 */
const hostGlobals = `
interface Console {
  log(...values: unknown[]): void;
  info(...values: unknown[]): void;
  warn(...values: unknown[]): void;
  error(...values: unknown[]): void;
  table(data: unknown): void;
}
/** Prints under the cell: numbers, arrays and objects as text, \`console.table\` as a table. */
declare var console: Console;
declare function setTimeout(callback: (...args: unknown[]) => void, ms?: number): number;
declare function clearTimeout(id: number | undefined): void;
declare var performance: { now(): number };
`;

/** Moves a repository path to its place in the virtual file system. */
function relocate(files: Record<string, string>, from: string, to: string): [string, string][] {
  return Object.entries(files).map(([path, text]) => [`${to}/${path.slice(from.length + 1)}`, text]);
}

/** The library as file name → text. */
export function bundledLibrary(): Map<string, string> {
  return new Map([
    ...relocate(standardLibrary, "/node_modules/typescript/lib", LIB_DIR),
    ...relocate(kobaiSources, "/src/core", "/kobai"),
    ...relocate(plotDeclarations, "/node_modules/@observablehq/plot/src", "/plot"),
    [`${GLOBALS_DIR}/cell-globals.d.ts`, cellGlobals],
    [`${GLOBALS_DIR}/host.d.ts`, hostGlobals],
  ]);
}
