import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { blockingViolations } from "./accessibility.js";
import type { Settings } from "./settings.js";
import { waitUntil } from "./waiting.js";

/** One element the suite reads: some of its attributes, the text of some of its children, and its own text. */
export interface Shown {
    readonly attributes: Record<string, string | null>;
    readonly children: Record<string, string | null>;
    readonly text: string;
}

/** Where the dashboard is served and where its screenshots go. */
export type Target = Pick<Settings, "gatewayUrl" | "screenshotDir">;

export const KEY_STORAGE = "brandbridge.key";
const HEIGHTS: Record<number, number> = { 1280: 900, 390: 844 };

/** The dashboard in one browser tab of a given width, with the checks every page gets: a screenshot and axe. */
export class Dashboard {
    /** What the browser reported going wrong (script errors, blocked or failed loads), for a failing test's message. */
    readonly browserErrors: string[] = [];

    private constructor(private readonly context: BrowserContext, readonly page: Page, readonly width: number,
                        private readonly settings: Target, private readonly pagesChecked: string[]) {
        page.on("console", (message) => {
            if (message.type() === "error") this.browserErrors.push(`console: ${message.text()}`);
        });
        page.on("pageerror", (error) => this.browserErrors.push(`page error: ${error.message}`));
        page.on("requestfailed", (request) => this.browserErrors.push(`failed ${request.url()}: ${request.failure()?.errorText ?? ""}`));
    }

    static async open(browser: Browser, settings: Target, width: number, pagesChecked: string[]): Promise<Dashboard> {
        const context = await browser.newContext({
            viewport: { width, height: HEIGHTS[width] ?? 900 },
            locale: "en-GB",
            timezoneId: "UTC",
        });
        context.setDefaultTimeout(15_000);
        const page = await context.newPage();
        return new Dashboard(context, page, width, settings, pagesChecked);
    }

    async close(): Promise<void> {
        await this.context.close();
    }

    /** Pastes the key on the sign-in page and waits until the dashboard has left it. */
    async signIn(key: string): Promise<void> {
        await this.page.goto(`${this.settings.gatewayUrl}/#/sign-in`);
        await this.submitKey(key);
        await waitUntil("the dashboard leaves the sign-in page", () => Promise.resolve(this.route()), (route) => !route.startsWith("/sign-in"));
    }

    async submitKey(key: string): Promise<void> {
        await this.byTestId("signin-key").fill(key);
        await this.byTestId("signin-submit").click();
    }

    /** Loads the route afresh, as a shared link would open it; the key stays in the tab's session storage. */
    async visit(route: string): Promise<void> {
        await this.page.goto("about:blank");
        await this.page.goto(`${this.settings.gatewayUrl}/#${route}`);
    }

    /** The hash route, without the `#`. */
    route(): string {
        return decodeURIComponent(new URL(this.page.url()).hash.replace(/^#/, ""));
    }

    byTestId(testId: string): Locator {
        return this.page.getByTestId(testId);
    }

    async visible(testId: string): Promise<Locator> {
        const locator = this.byTestId(testId).first();
        await locator.waitFor({ state: "visible" });
        return locator;
    }

    async text(testId: string): Promise<string> {
        return ((await (await this.visible(testId)).textContent()) ?? "").trim();
    }

    async count(testId: string): Promise<number> {
        return this.byTestId(testId).count();
    }

    /** Waits until the page has left its loading state. */
    async settled(): Promise<void> {
        await waitUntil("the loading indicator goes away", () => this.count("loading"), (n) => n === 0);
    }

    /** Every element with the test id, once there are `expected` of them. */
    async rows(testId: string, expected: number, attributes: readonly string[], children: readonly string[] = []): Promise<Shown[]> {
        await waitUntil(`${expected} × ${testId} on ${this.route()}`, () => this.count(testId), (n) => n === expected);
        return this.byTestId(testId).evaluateAll((elements, names) => elements.map((element) => ({
            attributes: Object.fromEntries(names.attributes.map((name) => [name, element.getAttribute(name)])),
            children: Object.fromEntries(names.children.map((child) =>
                [child, element.querySelector(`[data-testid="${child}"]`)?.textContent?.trim() ?? null])),
            text: (element.textContent ?? "").trim(),
        })), { attributes: [...attributes], children: [...children] });
    }

    async storedKey(): Promise<string | null> {
        return this.page.evaluate((name) => sessionStorage.getItem(name), KEY_STORAGE);
    }

    /** Whether the key appears in local storage or cookies, where it must never be kept. */
    async keyKeptElsewhere(key: string): Promise<boolean> {
        const local = await this.page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
        const cookies = JSON.stringify(await this.context.cookies());
        return local.includes(key) || cookies.includes(key) || this.page.url().includes(key);
    }

    /** A screenshot of the page as a test failed on it, and what the browser reported, to append to the failure. */
    async failure(): Promise<string> {
        mkdirSync(this.settings.screenshotDir, { recursive: true });
        const route = this.route().replace(/[^A-Za-z0-9]+/g, "-");
        const path = join(this.settings.screenshotDir, `failed${route}-${this.width}.png`);
        await this.page.screenshot({ path, fullPage: true }).catch(() => undefined);
        const said = this.browserErrors.length === 0 ? "nothing" : this.browserErrors.slice(-10).join("\n    ");
        return `on ${this.route()} at ${this.width} px (screenshot ${path}); the browser reported ${said}`;
    }

    /**
     * Saves a full-page screenshot, and fails when the page is wider than the window (wide tables scroll inside it) or on
     * any serious or critical axe violation.
     */
    async check(name: string): Promise<void> {
        mkdirSync(this.settings.screenshotDir, { recursive: true });
        await this.page.screenshot({ path: join(this.settings.screenshotDir, `${name}-${this.width}.png`), fullPage: true });
        const overflow = await this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) {
            throw new Error(`${name} at ${this.width} px (${this.route()}) is ${overflow} px wider than the window`);
        }
        const violations = await blockingViolations(this.page);
        this.pagesChecked.push(`${name}-${this.width}`);
        if (violations.length > 0) {
            throw new Error(`axe on ${name} at ${this.width} px (${this.route()}): ${violations.length} serious or critical:\n  ${violations.join("\n  ")}`);
        }
    }
}
