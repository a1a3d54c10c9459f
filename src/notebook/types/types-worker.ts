/**
 * The types worker: the TypeScript language service (service.ts) off the page's main
 * thread, so typing never waits for it. Started by the page when a reader first focuses a
 * cell (client.ts); the bundled library is parsed on the first request.
 */
import { NotebookTypes } from "./service";
import { bundledLibrary } from "./bundled-files";
import type { CompletionEntryData } from "typescript";
import type { TypesQuery, TypesRequest, TypesResponse } from "./protocol";

let types: NotebookTypes | undefined;

function answer(service: NotebookTypes, cellId: string, query: TypesQuery): unknown {
  switch (query.kind) {
    case "diagnostics":
      return service.diagnostics(cellId);
    case "completions":
      return service.completions(cellId, query.pos);
    case "completionDetail":
      return service.completionDetail(
        cellId,
        query.pos,
        query.name,
        query.source,
        query.data as CompletionEntryData | undefined,
      );
    case "hover":
      return service.hover(cellId, query.pos);
    case "signatureHelp":
      return service.signatureHelp(cellId, query.pos);
  }
}

self.addEventListener("message", (event: MessageEvent<TypesRequest>) => {
  const { id, cells, cellId, query } = event.data;
  let response: TypesResponse;
  try {
    types ??= new NotebookTypes(bundledLibrary());
    types.setCells(cells);
    response = { id, ok: true, result: answer(types, cellId, query) };
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
});
