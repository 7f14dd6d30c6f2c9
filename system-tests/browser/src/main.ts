import { PlatformApi } from "./api.js";
import { CHROMIUM_PATH, launchChromium } from "./chromium.js";
import { settingsFromEnvironment } from "./settings.js";
import type { BrowserTest, Suite } from "./suite.js";
import { adminSignsIn, partnerSeesOnlyItsBrand, touchpointsListEveryTouchpoint } from "./tests/access.js";
import { conflictsMatchTheApi, gapsMatchTheApi, handoffsMatchTheApi, overviewShowsTheApiFigures, promiseHeatMapEqualsTheBreakdown } from "./tests/alignment.js";
import { expiredKeyReturnsToSignIn, revokedKeyReturnsToSignIn } from "./tests/keys.js";
import { staleReadsShowTheBanner, stoppedAlignmentShowsTheStaleBanner } from "./tests/outage.js";
import { webhooksShowStateAndDeliveries } from "./tests/webhooks.js";

/** Tests the platform can run as it is started; the two outage tests need the build to stop a service first. */
const HEALTHY: Record<string, BrowserTest> = {
    "admin-sign-in": adminSignsIn,
    "partner-sign-in": partnerSeesOnlyItsBrand,
    "overview": overviewShowsTheApiFigures,
    "promise": promiseHeatMapEqualsTheBreakdown,
    "gaps": gapsMatchTheApi,
    "conflicts": conflictsMatchTheApi,
    "handoffs": handoffsMatchTheApi,
    "touchpoints": touchpointsListEveryTouchpoint,
    "expired-key": expiredKeyReturnsToSignIn,
    "revoked-key": revokedKeyReturnsToSignIn,
    "webhooks": webhooksShowStateAndDeliveries,
};
const OUTAGE: Record<string, BrowserTest> = {
    "stale-banner": staleReadsShowTheBanner,
    "alignment-down": stoppedAlignmentShowsTheStaleBanner,
};
const ALL: Record<string, BrowserTest> = { ...HEALTHY, ...OUTAGE };

/** Runs the tests named on the command line (every healthy one by default), one RESULT line each; exits 1 if any failed. */
async function main(): Promise<number> {
    const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(HEALTHY);
    const unknown = names.filter((name) => !(name in ALL));
    if (unknown.length > 0) {
        console.error(`Unknown tests ${unknown.join(", ")}; known: ${Object.keys(ALL).join(", ")}`);
        return 2;
    }
    const settings = settingsFromEnvironment();
    const admin = new PlatformApi(settings.gatewayUrl, settings.adminKey);
    const browser = await launchChromium();
    console.log(`Chromium ${browser.version()} at ${CHROMIUM_PATH}`);
    let failed = 0;
    try {
        for (const [name, test] of Object.entries(ALL).filter(([name]) => names.includes(name))) {
            const suite: Suite = { settings, browser, admin, partner: admin.as(settings.partnerKey), pagesChecked: [] };
            const started = Date.now();
            try {
                const figures = await test(suite);
                console.log(`RESULT ${JSON.stringify({ test: name, passed: true, ms: Date.now() - started, pagesChecked: suite.pagesChecked.length, ...figures })}`);
            } catch (e) {
                failed++;
                const message = e instanceof Error ? e.stack ?? e.message : String(e);
                console.log(`RESULT ${JSON.stringify({ test: name, passed: false, ms: Date.now() - started, pagesChecked: suite.pagesChecked.length, error: message.split("\n")[0] })}`);
                console.error(`${name} failed: ${message}`);
            }
        }
    } finally {
        await browser.close();
    }
    console.log(`Browser tests: ${names.length - failed} of ${names.length} passed, axe found nothing serious or critical on the pages checked${failed > 0 ? " by the passing ones" : ""}`);
    return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
