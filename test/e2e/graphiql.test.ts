// GraphiQL in a real browser (Debian's Chromium, headless): it loads from the service alone, with
// no request leaving the machine, takes the Authorization header, runs a query and shows the data.
// A token pasted once serves a reload and a new tab; Docs and autocomplete follow it at once.
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

const QUERY_EDITOR = ".graphiql-container .graphiql-query-editor .monaco-editor";
const HEADERS_EDITOR = ".graphiql-editor-tool .graphiql-editor:not(.hidden)";

/** Collects the URLs of a page's requests that go anywhere but to the service. */
function requestsElsewhere(page: Page): string[] {
  const elsewhere: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(server.origin) && !url.startsWith("data:") && !url.startsWith("blob:")) elsewhere.push(url);
  });
  return elsewhere;
}

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
    const elsewhere = requestsElsewhere(page);

    await page.goto(`${server.origin}/graphql`);
    await page.waitForSelector(QUERY_EDITOR, { timeout: 30_000 });
    // The page opens on the API document's examples, and says where the token goes.
    await expect.poll(() => page.textContent(".graphiql-query-editor")).toContain("ListProxmoxEndpoints");
    expect(await page.textContent(".graphiql-editor-tool")).toContain("Authorization");

    await page.getByRole("button", { name: "Headers" }).click();
    await replaceText(page, HEADERS_EDITOR, JSON.stringify({ Authorization: authorization(service.writeToken) }));
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

  it("keeps a token pasted once: Docs and autocomplete at once, then after a reload and in a new tab", { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const token = authorization(service.writeToken);
    const urls: string[] = [];
    context.on("request", (request) => urls.push(request.url()));
    const docs = (page: Page) => page.textContent(".graphiql-plugin").then((text) => text ?? "");
    const result = async (page: Page) => (await page.textContent(".graphiql-response"))?.replace(/[\s\u00a0]/g, "") ?? "";

    const first = await context.newPage();
    const elsewhere = requestsElsewhere(first);
    await first.goto(`${server.origin}/graphql`);
    await first.waitForSelector(QUERY_EDITOR, { timeout: 30_000 });
    // The page says how to get a token before there is one; Docs has no schema yet.
    expect(await first.textContent("#proxbox-token")).toContain("npm run token -- create");
    await first.getByRole("button", { name: "Show Documentation Explorer" }).click();
    await expect.poll(() => docs(first), { timeout: 20_000 }).toContain("Error fetching schema");
    expect(await result(first)).toContain("UNAUTHENTICATED");

    // Pasted once: the schema is fetched again without a Re-fetch, the refusal leaves the response
    // pane, and the token is kept in this browser.
    await first.getByRole("button", { name: "Headers" }).click();
    await replaceText(first, HEADERS_EDITOR, JSON.stringify({ Authorization: token }));
    await expect.poll(() => docs(first), { timeout: 30_000 }).toContain("query: Query");
    expect(await result(first)).not.toContain("UNAUTHENTICATED");
    expect(await first.evaluate(() => localStorage.getItem("proxbox:authorization"))).toBe(token);
    await expect.poll(() => first.textContent("#proxbox-token-kept:not([hidden])").catch(() => "")).toContain("kept in this browser");

    // Autocomplete knows the schema's fields.
    const offersFields = async (page: Page) => {
      await replaceText(page, ".graphiql-query-editor", "");
      await page.keyboard.type("{ vie");
      await page.keyboard.press("Control+Space");
      await expect
        .poll(() => page.textContent(".graphiql-query-editor .suggest-widget").catch(() => ""), { timeout: 20_000 })
        .toContain("viewer");
      await page.keyboard.press("Escape");
    };
    await offersFields(first);

    // A new GraphiQL tab opens on the placeholder (the page was loaded before the token): the kept
    // token is sent instead.
    await first.getByRole("button", { name: "New tab" }).click();
    await replaceText(first, ".graphiql-query-editor", "query NewTabViewer { viewer { writeEnabled } }");
    await expect
      .poll(() => first.evaluate(() => localStorage.getItem("graphiql:query") ?? ""), { timeout: 20_000 })
      .toContain("NewTabViewer");
    await first.click(".graphiql-execute-button");
    await expect.poll(() => result(first), { timeout: 20_000 }).toContain('"writeEnabled":true');

    // A reload (on that tab) starts with the token: Docs, still open, shows the schema, and
    // autocomplete works.
    await first.reload();
    await first.waitForSelector(QUERY_EDITOR, { timeout: 30_000 });
    await expect.poll(() => docs(first), { timeout: 30_000 }).toContain("query: Query");
    await offersFields(first);

    // So does a new browser tab, and a new GraphiQL tab in it.
    const second = await context.newPage();
    const elsewhereToo = requestsElsewhere(second);
    await second.goto(`${server.origin}/graphql`);
    await second.waitForSelector(QUERY_EDITOR, { timeout: 30_000 });
    await second.getByRole("button", { name: "New tab" }).click();
    // Docs stays open: GraphiQL keeps that in localStorage too.
    await expect.poll(() => docs(second), { timeout: 30_000 }).toContain("query: Query");
    await offersFields(second);
    await replaceText(second, ".graphiql-query-editor", "query KeptToken { viewer { version writeEnabled } }");
    await expect
      .poll(() => second.evaluate(() => localStorage.getItem("graphiql:query") ?? ""), { timeout: 20_000 })
      .toContain("KeptToken");
    await second.click(".graphiql-execute-button");
    await expect.poll(() => result(second), { timeout: 20_000 }).toContain('"writeEnabled":true');

    // Forgotten, it is gone from the browser, GraphiQL's copies of the Headers included (the first
    // tab, closed here, would keep what its editor shows until it is reloaded).
    await first.close();
    await second.getByRole("button", { name: "Forget token" }).click();
    await second.waitForSelector(QUERY_EDITOR, { timeout: 30_000 });
    await expect.poll(() => second.textContent("#proxbox-token-none:not([hidden])").catch(() => "")).toContain("No token yet");
    const keysHolding = (secret: string) =>
      second.evaluate((value) => Object.keys(localStorage).filter((key) => localStorage.getItem(key)!.includes(value)), secret);
    await expect.poll(() => keysHolding(service.writeToken), { timeout: 20_000 }).toEqual([]);
    expect(await second.evaluate(() => Object.keys(localStorage))).toContain("graphiql:tabState");

    // Never in a URL, and nothing but the service was asked for anything.
    expect(urls.filter((url) => url.includes(service.writeToken))).toEqual([]);
    expect([...elsewhere, ...elsewhereToo]).toEqual([]);
    await context.close();
  });
});
