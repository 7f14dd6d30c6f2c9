import { readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { CDPSession, Page } from "playwright-core";
import { PlatformApi } from "./api.js";
import { launchChromium } from "./chromium.js";
import { Dashboard, KEY_STORAGE } from "./dashboard.js";
import { requiredEnv } from "./settings.js";

/** What a page is waiting for before it counts as rendered: the figures a reader came for. */
interface RenderedPage {
    readonly name: string;
    readonly route: string;
    readonly marker: string;
}

/** Chromium's own clock, read in the page: from the navigation's start to the frame after the marker appeared. */
interface Timing {
    readonly rendered: number;
    readonly firstContentfulPaint: number | null;
    readonly domContentLoaded: number;
    readonly transferredBytes: number;
}

// Installed before any script of the page: it stamps performance.now() on the first animation frame after the marker is in
// the DOM, which is when Chromium paints it.
const STAMP_RENDER = `(() => {
    const marker = sessionStorage.getItem("bench.marker");
    if (marker === null) return;
    const stamp = () => requestAnimationFrame(() => { window.benchRendered = performance.now(); });
    const observer = new MutationObserver(() => {
        if (document.querySelector(marker) !== null) { observer.disconnect(); stamp(); }
    });
    observer.observe(document, { childList: true, subtree: true });
})();`;

function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] ?? 0 : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function measure(page: Page, session: CDPSession, url: string, cold: boolean): Promise<Timing> {
    await page.goto("about:blank");
    if (cold) {
        await session.send("Network.clearBrowserCache");
    }
    await page.goto(url);
    await page.waitForFunction(() => "benchRendered" in window, undefined, { timeout: 30_000 });
    return page.evaluate(() => {
        const navigation = performance.getEntriesByType("navigation")[0];
        const resources = performance.getEntriesByType("resource");
        const paint = performance.getEntriesByName("first-contentful-paint")[0];
        return {
            rendered: Number(Reflect.get(window, "benchRendered")),
            firstContentfulPaint: paint === undefined ? null : paint.startTime,
            domContentLoaded: navigation !== undefined && "domContentLoadedEventEnd" in navigation ? Number(navigation.domContentLoadedEventEnd) : 0,
            transferredBytes: [navigation, ...resources].reduce((sum, entry) =>
                sum + (entry !== undefined && "transferSize" in entry ? Number(entry.transferSize) : 0), 0),
        };
    });
}

/** The dashboard's static files as the build left them, each gzipped at the default level as a server would send them. */
function bundleSizes(dist: string): { files: number; raw: number; gzipped: number; scriptGzipped: number } {
    const files: string[] = [];
    const walk = (dir: string): void => readdirSync(dir).forEach((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path); else files.push(path);
    });
    walk(dist);
    const shipped = files.filter((file) => /\.(html|js|css|svg|woff2?)$/.test(file));
    let raw = 0;
    let gzipped = 0;
    let scriptGzipped = 0;
    for (const file of shipped) {
        const bytes = readFileSync(file);
        const size = gzipSync(bytes).length;
        raw += bytes.length;
        gzipped += size;
        if (file.endsWith(".js")) scriptGzipped += size;
    }
    return { files: shipped.length, raw, gzipped, scriptGzipped };
}

/** Time to the first meaningful render of the overview and a promise page, cold and warm cache, and the bundle's size. */
async function main(): Promise<void> {
    const gateway = requiredEnv("GATEWAY_URL").replace(/\/$/, "");
    const key = requiredEnv("ADMIN_KEY");
    const brandId = requiredEnv("BRAND_ID");
    const runs = Number(process.env["RUNS"] ?? "5");
    const admin = new PlatformApi(gateway, key);
    const overview = await admin.alignment(brandId);
    const promise = overview.promises[0];
    if (promise === undefined) throw new Error(`brand ${brandId} has no promise to open`);
    const pages: RenderedPage[] = [
        { name: "overview", route: `/brands/${brandId}`, marker: '[data-testid="promise-row"] [data-testid="promise-score"]' },
        { name: "promise", route: `/brands/${brandId}/promises/${promise.promiseId}`, marker: '[data-testid="heatmap-cell"]' },
    ];
    const browser = await launchChromium();
    const dashboard = await Dashboard.open(browser, { gatewayUrl: gateway, screenshotDir: tmpdir() }, 1280, []);
    try {
        await dashboard.signIn(key);
        if ((await dashboard.storedKey()) !== key) throw new Error(`sign-in did not keep the key under ${KEY_STORAGE}`);
        const context = dashboard.page.context();
        await context.addInitScript(STAMP_RENDER);
        const session = await context.newCDPSession(dashboard.page);
        await session.send("Network.enable");
        for (const page of pages) {
            // The tab's session storage tells the stamping script what to wait for on every load that follows.
            await dashboard.page.goto(`${gateway}/#/brands`);
            await dashboard.page.evaluate((selector) => sessionStorage.setItem("bench.marker", selector), page.marker);
            const url = `${gateway}/#${page.route}`;
            for (const cold of [true, false]) {
                const timings: Timing[] = [];
                // Warm means the assets are in the HTTP cache from a load just before.
                if (!cold) await measure(dashboard.page, session, url, false);
                for (let run = 0; run < runs; run++) {
                    timings.push(await measure(dashboard.page, session, url, cold));
                }
                const rendered = timings.map((t) => t.rendered);
                const fcp = timings.flatMap((t) => (t.firstContentfulPaint === null ? [] : [t.firstContentfulPaint]));
                console.log(`RESULT ${JSON.stringify({
                    page: page.name, cache: cold ? "cold" : "warm", runs,
                    renderedMedianMs: Math.round(median(rendered)), renderedMaxMs: Math.round(Math.max(...rendered)),
                    firstContentfulPaintMedianMs: fcp.length === 0 ? null : Math.round(median(fcp)),
                    domContentLoadedMedianMs: Math.round(median(timings.map((t) => t.domContentLoaded))),
                    transferredBytesMedian: Math.round(median(timings.map((t) => t.transferredBytes))),
                })}`);
            }
        }
    } finally {
        await dashboard.close();
        await browser.close();
    }
    const dist = process.env["DASHBOARD_DIST"];
    if (dist !== undefined && dist !== "") {
        console.log(`RESULT ${JSON.stringify({ bundle: dist, ...bundleSizes(dist) })}`);
    }
}

await main();
