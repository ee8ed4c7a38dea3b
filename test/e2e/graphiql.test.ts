// GraphiQL in a real browser (Debian's Chromium, headless): it loads from the service alone, with
// no request leaving the machine, takes the Authorization header, runs a query and shows the data.
import { mkdir } from "node:fs/promises";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/http.js";
import { authorization, databaseKind, startService, type TestService } from "../support/service.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let service: TestService;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  service = await startService();
  server = await service.listen();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

/** Replaces the whole text of a Monaco editor (insertText: no auto-closed brackets). */
async function replaceText(page: Page, editor: string, text: string) {
  await page.click(`${editor} .monaco-editor`);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

describe("GraphiQL", () => {
  // Generous: a browser on a loaded 2-core machine.
  it("runs a query with the token from the Headers tab and shows the data, offline", { timeout: 120_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const elsewhere: string[] = [];
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(server.origin) && !url.startsWith("data:") && !url.startsWith("blob:")) elsewhere.push(url);
    });

    await page.goto(`${server.origin}/graphql`);
    await page.waitForSelector(".graphiql-container .graphiql-query-editor .monaco-editor", { timeout: 30_000 });
    // The page opens on the API document's examples, and says where the token goes.
    await expect.poll(() => page.textContent(".graphiql-query-editor")).toContain("ListProxmoxEndpoints");
    expect(await page.textContent(".graphiql-editor-tool")).toContain("Authorization");

    await page.getByRole("button", { name: "Headers" }).click();
    const headersEditor = ".graphiql-editor-tool .graphiql-editor:not(.hidden)";
    await replaceText(page, headersEditor, JSON.stringify({ Authorization: authorization(service.writeToken) }));
    await replaceText(page, ".graphiql-query-editor", "query GraphiQLViewer { viewer { version writeEnabled } endpoints { totalCount } }");
    // GraphiQL takes edits after a debounce, which a busy machine stretches: run only once its state
    // (which it keeps in localStorage) holds the new headers and query.
    const stored = (key: string) => page.evaluate((name) => localStorage.getItem(name) ?? "", key);
    await expect.poll(() => stored("graphiql:headers"), { timeout: 20_000 }).toContain(service.writeToken);
    await expect.poll(() => stored("graphiql:query"), { timeout: 20_000 }).toContain("GraphiQLViewer");
    await page.click(".graphiql-execute-button");

    // Monaco renders spaces as non-breaking ones: compare without any.
    const result = async () => (await page.textContent(".graphiql-response"))?.replace(/[\s\u00a0]/g, "") ?? "";
    await expect.poll(result, { timeout: 20_000 }).toContain('"writeEnabled":true');
    expect(await result()).toContain('"endpoints":{"totalCount":0}');
    await mkdir("test-results", { recursive: true });
    await page.screenshot({ path: `test-results/graphiql-${databaseKind}.png` });
    expect(elsewhere).toEqual([]);
    await page.close();
  });
});
