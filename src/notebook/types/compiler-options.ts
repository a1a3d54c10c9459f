/**
 * The TypeScript compiler options of a program that sees the world the core is written for:
 * ES2022, strict, no DOM and no ambient @types. The cells' language service (in a worker)
 * adds its virtual paths to them; the reference extractor (at build time) reads the core
 * with them as they are. Browser-safe: nothing here touches Node.
 */
import ts from "typescript";

export const coreProgramOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  allowImportingTsExtensions: true,
  types: [],
  // No DOM: the core has none, cells run in a worker (what they may use of its globals is
  // declared separately), and lib.dom would triple the checking time.
  lib: ["lib.es2022.d.ts"],
};
