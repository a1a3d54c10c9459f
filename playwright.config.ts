import { defineConfig } from "@playwright/test";

const port = Number(process.env.KOBAI_PORT ?? 4329);
/** The live room server the browser tests start (the site's own default stays 1234). */
const roomPort = Number(process.env.KOBAI_ROOM_TEST_PORT ?? 4478);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/playwright",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  // CI machines are shared and noisy: one retry there, and the list reporter names every test
  // that needed it ("flaky"), so a flake is visible and fixed rather than hidden. Locally, none.
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-quic",
        "--no-first-run",
        "--disable-sync",
      ],
    },
    trace: "off",
  },
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      // Never test whatever happens to be listening on the port (another checkout, a stale
      // dist/): start our own preview unless asked to reuse one.
      reuseExistingServer: process.env.KOBAI_REUSE_SERVER === "1",
      timeout: 60_000,
    },
    {
      // The live room's server (e2e/room.spec.ts); the pages are pointed at it per test.
      command: "npm run room",
      env: { KOBAI_ROOM_PORT: String(roomPort), KOBAI_ROOM_HOST: "127.0.0.1" },
      url: `http://127.0.0.1:${roomPort}/`,
      reuseExistingServer: process.env.KOBAI_REUSE_SERVER === "1",
      timeout: 60_000,
    },
  ],
});
