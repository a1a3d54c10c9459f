/**
 * The live study-group room with the real room server (Playwright starts `npm run room` on
 * port 4478; the restart test runs its own on 4479) and several browser contexts: a
 * presenter and followers. The pages are told the server's address through the
 * localStorage override (src/room/entry.ts); the built site's default stays "this host,
 * port 1234".
 */
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import WebSocket from "ws";
import { watchErrors } from "./lesson-helpers";
import { RoomClient } from "../src/room/room-client";

const ROOM_PORT = Number(process.env.KOBAI_ROOM_TEST_PORT ?? 4478);
const RESTART_PORT = ROOM_PORT + 1;
const CHAPTER = "/lessons/backpropagation/";
const shots = "test-results/screenshots";

async function contextFor(
  browser: Browser,
  port: number,
  colorScheme: "light" | "dark" = "light",
  viewport = { width: 1280, height: 900 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ colorScheme, viewport });
  await context.addInitScript((url) => localStorage.setItem("kobai.roomServer", url), `ws://127.0.0.1:${port}`);
  return context;
}

/** The presenter opens the chapter, presents, starts a room; returns the room's link. */
async function startRoom(page: Page, chapter = CHAPTER): Promise<string> {
  await page.goto(chapter);
  await page.getByRole("button", { name: "Present" }).click();
  await page.getByRole("button", { name: "Start a live room" }).click();
  const panel = page.getByRole("complementary", { name: "Live room" });
  await expect(panel.locator("[data-room-code]")).toHaveText(/^[A-Z2-9]{6}$/);
  await expect(panel.locator("[data-room-qr] svg")).toBeVisible();
  return panel.getByLabel("Link for the group").inputValue();
}

async function section(page: Page): Promise<string | null> {
  return new URL(page.url()).searchParams.get("present");
}

/** Followers must show a presenter's move within this (the issue: "within a second"). */
const FOLLOW_MS = 1000;

/** Opens the room's link and waits until the page follows (loading a page is not the one-second rule). */
async function join(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await expect(page.locator("[data-room-banner-text]")).toContainText("Following the presenter", { timeout: 20_000 });
}

test.describe("live room", () => {
  // Several browsers at once on a shared machine: generous overall, strict where it matters.
  test.describe.configure({ timeout: 180_000 });
  test("followers follow, step away and come back; the presenter sees the counts", async ({ browser }) => {
    const host = await (await contextFor(browser, ROOM_PORT)).newPage();
    const errors = watchErrors(host);
    const link = await startRoom(host);
    expect(link).toMatch(/\/lessons\/backpropagation\/\?room=[A-Z2-9]{6}$/);

    const a = await (await contextFor(browser, ROOM_PORT)).newPage();
    const b = await (await contextFor(browser, ROOM_PORT, "dark", { width: 390, height: 844 })).newPage();
    await join(a, link);
    await join(b, link);
    const counts = host.locator("[data-room-counts]");
    await expect(counts).toHaveText("2 following · 0 stepped away");
    await expect(a.locator("[data-room-banner-text]")).toHaveText(/Following the presenter · room [A-Z2-9]{6}/);

    // The presenter moves; both followers show the same section within a second.
    await host.keyboard.press("ArrowRight");
    await host.keyboard.press("ArrowRight");
    await expect.poll(() => section(host)).toBe("3");
    const heading = (await host.locator(".prose h2").nth(1).textContent())!.trim();
    for (const follower of [a, b]) {
      await expect.poll(() => section(follower), { timeout: FOLLOW_MS }).toBe("3");
      await expect(follower.locator(".prose h2", { hasText: heading })).toBeVisible();
    }

    // A follower scrolls: stepped away, the presenter's count says so; moves no longer apply.
    await a.mouse.move(640, 400);
    await a.mouse.wheel(0, 400);
    const banner = a.getByRole("region", { name: "Live room" });
    await expect(banner.getByRole("button", { name: /Back to the presenter/ })).toBeVisible();
    await expect(banner).toContainText("You stepped away from the presenter");
    await expect(counts).toHaveText("1 following · 1 stepped away");
    await host.keyboard.press("ArrowRight");
    await expect.poll(() => section(b), { timeout: FOLLOW_MS }).toBe("4");
    await expect(banner).toContainText("now at section 4");
    expect(await section(a)).toBe("3");

    // Esc brings it back to the presenter's section.
    await a.keyboard.press("Escape");
    await expect.poll(() => section(a), { timeout: FOLLOW_MS }).toBe("4");
    await expect(banner.getByRole("button", { name: /Back to the presenter/ })).toBeHidden();
    await expect(counts).toHaveText("2 following · 0 stepped away");

    // Using a widget steps away too; the button brings it back.
    await b.keyboard.press("ArrowRight"); // moving through sections on one's own
    await expect(b.getByRole("button", { name: /Back to the presenter/ })).toBeVisible();
    await expect(counts).toHaveText("1 following · 1 stepped away");
    await b.getByRole("button", { name: /Back to the presenter/ }).click();
    await expect.poll(() => section(b), { timeout: FOLLOW_MS }).toBe("4");

    await host.screenshot({ path: `${shots}/room-presenter-light.png` });
    await a.screenshot({ path: `${shots}/room-follower-light.png` });
    await b.mouse.move(195, 300);
    await b.mouse.wheel(0, 300);
    await expect(b.getByRole("button", { name: /Back to the presenter/ })).toBeVisible();
    await b.screenshot({ path: `${shots}/room-follower-away-phone-dark.png` });

    // The room's panel, banner and tally pass axe, in both states.
    const { default: AxeBuilder } = await import("@axe-core/playwright");
    for (const page of [host, a, b]) {
      const results = await new AxeBuilder({ page })
        .include("[data-room-panel]:not([hidden])")
        .include("[data-room-banner]:not([hidden])")
        .include("[data-wt-bar]")
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    }
    expect(errors).toEqual([]);
  });

  test("predict together: followers commit, the presenter sees the tally, then reveals to all", async ({ browser }) => {
    const host = await (await contextFor(browser, ROOM_PORT, "dark")).newPage();
    const link = await startRoom(host);
    const phone = await (await contextFor(browser, ROOM_PORT, "light", { width: 390, height: 844 })).newPage();
    await startRoom(phone); // a presenter on a phone: its own room
    await phone.screenshot({ path: `${shots}/room-presenter-phone-light.png` });
    await phone.close();
    const followers = await Promise.all([0, 1, 2].map(async () => (await contextFor(browser, ROOM_PORT)).newPage()));
    for (const follower of followers) await join(follower, link);
    await expect(host.locator("[data-room-counts]")).toHaveText("3 following · 0 stepped away");

    // The presenter goes to the section with the committed prompt ("Double the tax").
    const prompt = (page: Page) => page.locator("section.predict", { hasText: "Double the tax" });
    const n = await host.locator(".prose h2").count();
    for (let k = 0; k < n && !(await prompt(host).isVisible()); k++) await host.keyboard.press("ArrowRight");
    await expect(prompt(host)).toBeVisible();
    for (const follower of followers) await expect(prompt(follower)).toBeVisible({ timeout: 2000 });

    const choices = [
      "The four gradients that pass through the tax node double",
      "The four gradients that pass through the tax node double",
      "All five input gradients double",
    ];
    for (const [i, follower] of followers.entries()) {
      await prompt(follower).getByLabel(choices[i]).check();
      await expect(prompt(follower).locator("[data-predict-result]")).toHaveText(
        "Your prediction is in the presenter's tally.",
      );
    }
    const tally = prompt(host).getByRole("group", { name: "The room's predictions" });
    await expect(tally.locator("[data-room-tally-counts]")).toHaveText("3 of 3 followers committed");
    await expect(tally.locator("li")).toHaveText([
      "Only the tax's own gradient changes: 0",
      "The four gradients that pass through the tax node double: 2",
      "All five input gradients double: 1",
    ]);
    // Committing is not stepping away.
    await expect(host.locator("[data-room-counts]")).toHaveText("3 following · 0 stepped away");
    await prompt(host).scrollIntoViewIfNeeded();
    await host.screenshot({ path: `${shots}/room-tally-dark.png` });

    await tally.getByRole("button", { name: "Reveal to everyone" }).click();
    for (const [i, follower] of followers.entries()) {
      const answer = prompt(follower).locator("[data-predict-answer]");
      await expect(answer).toBeVisible({ timeout: FOLLOW_MS });
      await expect(answer).toContainText("330");
      await expect(prompt(follower).locator("[data-predict-result]")).toHaveText(
        i < 2 ? /Your guess was right/ : /the answer is/,
      );
    }
    await expect(prompt(host).locator("[data-predict-answer]")).toBeVisible();
  });

  test("widget settings follow; code the presenter sends arrives as text and is not run", async ({ browser }) => {
    const host = await (await contextFor(browser, ROOM_PORT)).newPage();
    await host.goto("/lessons/sgd/");
    // An edited cell, before presenting.
    await host.locator("#cell-sgd-reproduce .cell__editor").click();
    await expect(host.locator("#cell-sgd-reproduce .cm-content")).toBeFocused();
    await host.keyboard.press("ControlOrMeta+End");
    await host.keyboard.press("Enter");
    await host.keyboard.type("// sent-to-the-room");
    const code = await host
      .locator("#cell-sgd-reproduce")
      .evaluate((el) => (el as HTMLElement & { code(): string }).code());
    await host.getByRole("button", { name: "Present" }).click();
    await host.getByRole("button", { name: "Start a live room" }).click();
    await expect(host.locator("[data-room-code]")).toHaveText(/^[A-Z2-9]{6}$/);
    const link = await host.getByLabel("Link for the group").inputValue();
    const follower = await (await contextFor(browser, ROOM_PORT)).newPage();
    await join(follower, link);
    await expect(host.locator("[data-room-counts]")).toHaveText("1 following · 0 stepped away");

    // The presenter goes to the bowl (section 3) and changes its steps: the follower's widget follows.
    await host.keyboard.press("ArrowRight");
    await host.keyboard.press("ArrowRight");
    await expect(host.locator("#sgd-bowl")).toBeVisible();
    // In place, not by a reload: the page keeps its JavaScript state and its chart element is replaced.
    const loadedAt = await follower.evaluate(() => {
      (window as Window & { stayed?: boolean }).stayed = true;
      document.querySelector("#sgd-bowl figure.kobai-chart")?.setAttribute("data-before", "");
      return performance.timeOrigin;
    });
    await expect(follower.locator("#sgd-bowl-timeline")).toHaveAttribute("max", "30");
    await host.locator("#sgd-bowl-steps").fill("12");
    await host.locator("#sgd-bowl-steps").dispatchEvent("change");
    await expect.poll(() => new URL(host.url()).searchParams.get("w.sgd-bowl.n")).toBe("12");
    await expect(follower.locator("#sgd-bowl-steps")).toHaveValue("12", { timeout: FOLLOW_MS });
    await expect(follower.locator("#sgd-bowl-timeline")).toHaveAttribute("max", "12");
    await expect(follower.locator("#sgd-bowl figure.kobai-chart").first()).toBeVisible();
    await expect(follower.locator("#sgd-bowl figure.kobai-chart[data-before]")).toHaveCount(0);
    await expect(follower.locator("#sgd-bowl .kobai-status")).toHaveText(
      (await host.locator("#sgd-bowl .kobai-status").textContent())!,
    );
    expect(await follower.evaluate(() => (window as Window & { stayed?: boolean }).stayed)).toBe(true);
    expect(await follower.evaluate(() => performance.timeOrigin)).toBe(loadedAt);
    expect(new URL(follower.url()).searchParams.get("w.sgd-bowl.n")).toBe("12");
    await expect(follower.locator("#sgd-bowl")).toBeVisible();
    await expect(follower.locator("[data-room-banner-text]")).toContainText("Following the presenter");

    await host.getByRole("button", { name: "Send my edited code to the room" }).click();
    await expect(host.locator("[data-room-panel-message]")).toHaveText(
      "Sent 1 edited cells as text; followers press Run themselves.",
    );
    await expect
      .poll(
        () =>
          follower
            .locator("#cell-sgd-reproduce")
            .evaluate((el) => (el as HTMLElement & { code?(): string }).code?.() ?? ""),
        { timeout: 10_000 },
      )
      .toBe(code);
    await expect(follower.locator("#cell-sgd-reproduce [data-part=notice]")).toContainText(
      "You are viewing shared code.",
    );
    await expect(follower.locator("#cell-sgd-reproduce [data-part=output]")).toBeEmpty();
    expect(new URL(follower.url()).searchParams.get("present")).toBe("3");
  });

  test("sketch together: two followers draw the loss curve, the presenter sees both overlaid, then reveals", async ({
    browser,
  }) => {
    const host = await (await contextFor(browser, ROOM_PORT)).newPage();
    const errors = watchErrors(host);
    const link = await startRoom(host, "/lessons/sgd/");
    const followers = await Promise.all(
      (["light", "dark"] as const).map(async (scheme) => (await contextFor(browser, ROOM_PORT, scheme)).newPage()),
    );
    for (const follower of followers) await join(follower, link);
    await expect(host.locator("[data-room-counts]")).toHaveText("2 following · 0 stepped away");

    const prompt = (page: Page) => page.locator("section.predict", { hasText: "η = 1.5 on a flatter bowl" });
    const n = await host.locator(".prose h2").count();
    for (let k = 0; k < n && !(await prompt(host).isVisible()); k++) await host.keyboard.press("ArrowRight");
    // (The one-second rule is the first test's; here the sketches matter.)
    for (const follower of followers) {
      await expect.poll(() => section(follower)).toBe(await section(host));
      await expect(prompt(follower)).toBeVisible();
    }

    // Each follower draws a falling curve in the prompt's drawing area (400×240 units).
    const curves: [number, number][][] = [
      [
        [40, 40],
        [120, 110],
        [220, 170],
        [380, 205],
      ],
      [
        [40, 60],
        [100, 150],
        [200, 120],
        [380, 200],
      ],
    ];
    for (const [i, follower] of followers.entries()) {
      const area = prompt(follower).locator("[data-predict-sketch]");
      await area.scrollIntoViewIfNeeded();
      const box = (await area.boundingBox())!;
      const at = ([x, y]: [number, number]) => [box.x + (x / 400) * box.width, box.y + (y / 240) * box.height] as const;
      await follower.mouse.move(...at(curves[i][0]));
      await follower.mouse.down();
      for (const point of curves[i].slice(1)) await follower.mouse.move(...at(point), { steps: 4 });
      await follower.mouse.up();
      if (i === 0) await prompt(follower).getByLabel("It converges").check();
      await expect(prompt(follower).locator("[data-predict-result]")).toHaveText(
        "Your prediction is in the presenter's tally.",
      );
    }
    const drawn = await Promise.all(
      followers.map((follower) => prompt(follower).locator("[data-sketch-path]").getAttribute("d")),
    );
    // Drawing is not stepping away.
    await expect(host.locator("[data-room-counts]")).toHaveText("2 following · 0 stepped away");
    const tally = prompt(host).getByRole("group", { name: "The room's predictions" });
    await expect(tally.locator("[data-room-tally-counts]")).toHaveText("2 of 2 followers committed");
    await expect(tally.locator("[data-room-tally-sketches]")).toHaveText("2 sketches drawn over the area");
    await expect(tally.locator("li").nth(1)).toHaveText("It converges: 1");
    const overlaid = prompt(host).locator("g[data-room-sketches] path");
    await expect(overlaid).toHaveCount(2);
    expect((await overlaid.evaluateAll((paths) => paths.map((p) => p.getAttribute("d")))).sort()).toEqual(
      [...drawn].sort(),
    );
    await prompt(host).locator("[data-predict-sketch]").scrollIntoViewIfNeeded();
    await host.screenshot({ path: `${shots}/room-sketches-light.png` });

    await tally.getByRole("button", { name: "Reveal to everyone" }).click();
    for (const [i, follower] of followers.entries()) {
      await expect(prompt(follower).locator("[data-predict-answer]")).toBeVisible({ timeout: FOLLOW_MS });
      const yours = prompt(follower).locator("[data-predict-sketch-beside]");
      await expect(yours).toBeVisible();
      await expect(yours.locator("[data-sketch-path]")).toHaveAttribute("d", drawn[i]!);
    }
    // The presenter keeps the group's sketches beside the answer, over the drawn axes.
    const beside = prompt(host).locator("[data-predict-sketch-beside]");
    await expect(prompt(host).locator("[data-predict-answer]")).toBeVisible();
    await expect(beside).toBeVisible();
    await expect(beside.locator("figcaption")).toHaveText("The group's sketches (2)");
    await expect(beside.locator("g[data-room-sketches] path")).toHaveCount(2);
    await beside.scrollIntoViewIfNeeded();
    await host.screenshot({ path: `${shots}/room-sketches-revealed-light.png` });
    await followers[1].screenshot({ path: `${shots}/room-sketch-follower-dark.png` });
    expect(errors).toEqual([]);
  });

  test("when the presenter ends the room, followers are told and keep their place", async ({ browser }) => {
    const host = await (await contextFor(browser, ROOM_PORT, "dark", { width: 390, height: 844 })).newPage();
    const link = await startRoom(host);
    await host.screenshot({ path: `${shots}/room-presenter-phone-dark.png` });
    const follower = await (await contextFor(browser, ROOM_PORT, "light", { width: 390, height: 844 })).newPage();
    await join(follower, link);
    await expect(host.locator("[data-room-counts]")).toHaveText("1 following · 0 stepped away");
    await host.getByRole("button", { name: "Next section" }).click();
    await host.getByRole("button", { name: "Next section" }).click();
    await expect.poll(() => section(follower), { timeout: FOLLOW_MS }).toBe("3");
    const heading = (await follower.locator(".prose h2:visible").first().textContent())!.trim();

    await host.getByRole("button", { name: "End the room" }).click();
    await expect(host.locator("[data-room-panel-message]")).toHaveText("The room has ended.");
    const banner = follower.getByRole("region", { name: "Live room" });
    await expect(banner.locator("[data-room-banner-text]")).toHaveText(
      "The presenter ended the room. You stay where you are; the page works on its own.",
      { timeout: 5000 },
    );
    await expect(banner.getByRole("button", { name: /Back to the presenter/ })).toBeHidden();
    await follower.screenshot({ path: `${shots}/room-ended-phone-light.png` });
    // The follower keeps its place, and the address no longer joins the ended room.
    expect(await section(follower)).toBe("3");
    expect(new URL(follower.url()).searchParams.get("room")).toBeNull();
    await expect(follower.locator(".prose h2", { hasText: heading })).toBeVisible();
    await banner.getByRole("button", { name: "Close" }).click();
    await expect(banner).toBeHidden();
  });

  test("a follower's forged move is refused by the server, not just hidden", async ({ browser }) => {
    const host = await (await contextFor(browser, ROOM_PORT)).newPage();
    const link = await startRoom(host);
    const code = new URL(link).searchParams.get("room")!;
    const honest = await (await contextFor(browser, ROOM_PORT)).newPage();
    await join(honest, link);
    await expect.poll(() => section(honest)).toBe("1");
    await host.keyboard.press("ArrowRight");
    await expect.poll(() => section(honest), { timeout: FOLLOW_MS }).toBe("2");

    // A forged client: the room's own Yjs client, with a made-up presenter token, writes a
    // move (another chapter, section 7) into the room document.
    const events: string[] = [];
    const forger = new RoomClient(
      {
        serverUrl: `ws://127.0.0.1:${ROOM_PORT}`,
        code,
        token: "f".repeat(32),
        WebSocket,
        onRefused: (reason) => events.push(reason),
        onRole: (role) => events.push(role),
      },
      { role: "presenter", following: true, predictions: {} },
    );
    try {
      await expect.poll(() => events).toContain("follower");
      forger.publishView({ place: "/lessons/adam/", section: 7 });
      await expect.poll(() => events).toContain("presenter-only");
      // Nobody moved: not the honest follower, not the presenter; the forger is not counted as a presenter.
      await honest.waitForTimeout(1000);
      expect(new URL(honest.url()).pathname).toBe(CHAPTER);
      expect(await section(honest)).toBe("2");
      expect(await section(host)).toBe("2");
      await expect(host.locator("[data-room-counts]")).toHaveText("1 following · 0 stepped away");
      // The presenter still moves the room.
      await host.keyboard.press("ArrowRight");
      await expect.poll(() => section(honest), { timeout: FOLLOW_MS }).toBe("3");
    } finally {
      forger.destroy();
    }
  });

  test("without a reachable server the button says how to start one, and nothing else changes", async ({ browser }) => {
    const page = await (await contextFor(browser, 4477)).newPage(); // nothing listens on 4477
    await page.goto(CHAPTER);
    await page.getByRole("button", { name: "Present" }).click();
    await page.getByRole("button", { name: "Start a live room" }).click();
    const panel = page.getByRole("complementary", { name: "Live room" });
    await expect(panel).toContainText(
      "No room server answers at ws://127.0.0.1:4477. Start one in the kobai folder with “npm run room”",
    );
    await expect(panel.locator("[data-room-code]")).toBeHidden();
    await page.getByRole("button", { name: "Next section" }).click();
    await expect.poll(() => section(page)).toBe("2");
  });

  test("after the server restarts, presenter and followers reconnect and the room resumes", async ({ browser }) => {
    let server = startServer(RESTART_PORT);
    try {
      await waitForServer(server);
      const host = await (await contextFor(browser, RESTART_PORT)).newPage();
      const link = await startRoom(host);
      const follower = await (await contextFor(browser, RESTART_PORT)).newPage();
      await join(follower, link);
      await host.keyboard.press("ArrowRight");
      await expect.poll(() => section(follower), { timeout: FOLLOW_MS }).toBe("2");

      await stopServer(server);
      await expect(host.locator("[data-room-status]")).toHaveText(/reconnecting/);
      // The follower is told the server is gone, and stays where it is.
      await expect(follower.locator("[data-room-banner-text]")).toHaveText(
        "The room's server does not answer (the room may have ended); trying again. You keep your place here.",
      );
      expect(await section(follower)).toBe("2");
      server = startServer(RESTART_PORT);
      await waitForServer(server);
      await expect(host.locator("[data-room-status]")).toHaveText("Connected", { timeout: 10_000 });
      await expect(follower.locator("[data-room-banner-text]")).toContainText("Following the presenter", {
        timeout: 10_000,
      });
      await expect(host.locator("[data-room-counts]")).toHaveText("1 following · 0 stepped away", { timeout: 10_000 });
      await host.keyboard.press("ArrowRight");
      await expect.poll(() => section(follower), { timeout: FOLLOW_MS }).toBe("3");
    } finally {
      await stopServer(server);
    }
  });
});

function startServer(port: number): ChildProcess {
  return spawn("npx", ["tsx", "scripts/room-server.ts"], {
    env: { ...process.env, KOBAI_ROOM_PORT: String(port), KOBAI_ROOM_HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
}

async function waitForServer(server: ChildProcess): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("room server did not start within 30 s")), 30_000);
    server.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("listening")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.pid === undefined) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid, "SIGKILL"); // a crash, as far as the clients can tell: npx and the server together
  await exited;
}
