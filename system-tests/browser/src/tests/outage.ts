import assert from "node:assert/strict";
import { assertOneDecimal } from "../figures.js";
import { signedIn, WIDTHS, type Figures, type Suite } from "../suite.js";

/**
 * Run after the build has stopped touchpoint-service and a recompute has failed: alignment-service keeps answering its last
 * good snapshot marked stale, and every page says so above the same figures.
 */
export async function staleReadsShowTheBanner(suite: Suite): Promise<Figures> {
    const { brandId, adminKey } = suite.settings;
    const answer = await suite.admin.alignment(brandId);
    assert.ok(answer.stale, "the API answers stale: stop touchpoint-service and recompute before this test");
    for (const width of WIDTHS) {
        await signedIn(suite, width, adminKey, async (dashboard) => {
            await dashboard.visit(`/brands/${brandId}`);
            await dashboard.visible("stale-banner");
            assertOneDecimal(await dashboard.text("alignment-index"), answer.index, "alignment index of the stale snapshot");
            await dashboard.check("stale");
        });
    }
    await signedIn(suite, 1280, adminKey, async (dashboard) => {
        await dashboard.visit(`/brands/${brandId}/gaps`);
        await dashboard.visible("stale-banner");
        await dashboard.check("stale-gaps");
    });
    return { stale: answer.stale };
}

/** Run after the build has stopped alignment-service: the gateway's 503 detail is shown in the shell, never a blank page. */
export async function stoppedAlignmentShowsAReadableError(suite: Suite): Promise<Figures> {
    const { brandId, adminKey } = suite.settings;
    const refusal = await suite.admin.alignmentRefusal(brandId);
    assert.equal(refusal.status, 503, "the gateway answers 503: stop alignment-service before this test");
    return signedIn(suite, 1280, adminKey, async (dashboard) => {
        await dashboard.visit(`/brands/${brandId}`);
        const message = await dashboard.text("error-message");
        // The wait it advises changes from call to call once the gateway's circuit opens; what is unavailable does not.
        const what = refusal.detail.split(";")[0] ?? "";
        assert.ok(what !== "" && message.includes(what), `the page shows the 503's detail ${JSON.stringify(refusal.detail)}: ${JSON.stringify(message)}`);
        await dashboard.visible("nav");
        assert.equal(await dashboard.count("alignment-index"), 0, "no figure is made up while alignment-service is down");
        await dashboard.check("alignment-down");
        return { status: refusal.status, detail: refusal.detail };
    });
}
