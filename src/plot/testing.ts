/** A linkedom document for tests and build-time rendering. */
import { parseHTML } from "linkedom";

/** A fresh, empty HTML document (linkedom), typed as a DOM `Document`. */
export function buildDocument(): Document {
  return parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;
}
