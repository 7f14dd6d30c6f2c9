import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium; the suite never downloads a browser of its own. */
export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
    return chromium.launch({
        executablePath: CHROMIUM_PATH,
        headless: true,
        // Containers give /dev/shm a few megabytes, too few for Chromium's renderer.
        args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-dev-shm-usage"],
    });
}
