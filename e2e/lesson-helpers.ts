import type { Page } from "@playwright/test";

/** Collects page errors and console errors, so a test can assert the page logged none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  return errors;
}

/** The two screens every chapter is checked and photographed at. */
export const SCREEN_SIZES = [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]] as const;
