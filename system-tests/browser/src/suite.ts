import type { Browser } from "playwright-core";
import type { PlatformApi } from "./api.js";
import { Dashboard } from "./dashboard.js";
import type { Settings } from "./settings.js";

/** What every test gets: the platform's settings, one browser, API clients for the two keys, and a log of pages checked. */
export interface Suite {
    readonly settings: Settings;
    readonly browser: Browser;
    readonly admin: PlatformApi;
    readonly partner: PlatformApi;
    readonly pagesChecked: string[];
}

/** The figures a test reports on its RESULT line. */
export type Figures = Record<string, number | string | boolean>;

export type BrowserTest = (suite: Suite) => Promise<Figures>;

/** The two widths the issue asks for: a laptop and a phone. */
export const WIDTHS = [1280, 390] as const;

/** Runs `use` in a fresh tab signed in with `key`, and closes the tab whatever happens. */
export async function signedIn<T>(suite: Suite, width: number, key: string, use: (dashboard: Dashboard) => Promise<T>): Promise<T> {
    return inTab(suite, width, async (dashboard) => {
        await dashboard.signIn(key);
        return use(dashboard);
    });
}

/** Runs `use` in a fresh tab that holds no key. */
export function signedOut<T>(suite: Suite, width: number, use: (dashboard: Dashboard) => Promise<T>): Promise<T> {
    return inTab(suite, width, use);
}

/** A failure carries the page it happened on, a screenshot of it, and what the browser reported. */
async function inTab<T>(suite: Suite, width: number, use: (dashboard: Dashboard) => Promise<T>): Promise<T> {
    const dashboard = await Dashboard.open(suite.browser, suite.settings, width, suite.pagesChecked);
    try {
        return await use(dashboard);
    } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        throw new Error(`${message}\n  ${await dashboard.failure()}`, { cause: e });
    } finally {
        await dashboard.close();
    }
}
