/**
 * Putting code into a playground cell without typing it: through a share link (the way
 * hostile code would arrive), then pressing Run as a reader would.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import { clickRun } from "./cell-helpers";

export const PLAYGROUND = "/playground/";

export function cellOf(page: Page, id: string): Locator {
  return page.locator(`#cell-${id}`);
}

export function outputOf(page: Page, id: string): Locator {
  return cellOf(page, id).locator(".cell__output");
}

/** A share link (uncompressed "u" form) that opens cell `id` with `code`. */
export function shareLink(id: string, code: string, path = PLAYGROUND): string {
  return `${path}#cell=${id}:u${Buffer.from(code, "utf8").toString("base64url")}`;
}

/** Opens `code` in cell `id` from a share link and runs it. */
export async function runShared(page: Page, id: string, code: string): Promise<void> {
  await page.goto("about:blank");
  await page.goto(shareLink(id, code));
  await expect(cellOf(page, id).locator(".cell__notice")).toContainText("You are viewing shared code.");
  await clickRun(cellOf(page, id));
}

/** Fails nothing itself: collects every request that leaves the site's origin (and blocks it). */
export async function recordOffsiteRequests(page: Page): Promise<string[]> {
  const offsite: string[] = [];
  await page.context().route(
    (url) => !["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:" && url.protocol !== "blob:",
    (route) => {
      offsite.push(route.request().url());
      return route.abort();
    },
  );
  return offsite;
}
