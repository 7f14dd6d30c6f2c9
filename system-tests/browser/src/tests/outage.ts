import assert from "node:assert/strict";
import { assertOneDecimal } from "../figures.js";
import { requiredEnv } from "../settings.js";
import { signedIn, WIDTHS, type Figures, type Suite } from "../suite.js";
import { waitUntil } from "../waiting.js";

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

/**
 * Kills alignment-service (SIGKILL; the build passes its pid as ALIGNMENT_PID) while the overview is open. The overview,
 * read before, keeps its figures under a stale banner naming the gateway's 503 detail; a page this tab never read shows
 * that detail instead of figures. Never a blank page.
 */
export async function stoppedAlignmentShowsTheStaleBanner(suite: Suite): Promise<Figures> {
    const { brandId, adminKey } = suite.settings;
    const pid = Number(requiredEnv("ALIGNMENT_PID"));
    const answer = await suite.admin.alignment(brandId);
    return signedIn(suite, 1280, adminKey, async (dashboard) => {
        await dashboard.visit(`/brands/${brandId}`);
        assertOneDecimal(await dashboard.text("alignment-index"), answer.index, "alignment index before the outage");
        await dashboard.settled();
        process.kill(pid, "SIGKILL");
        const refusal = await waitUntil("the gateway answers 503 for alignment once alignment-service is killed",
            () => suite.admin.alignmentRefusal(brandId).catch(() => null), (refused) => refused?.status === 503, 30_000);
        // The wait it advises changes from call to call once the gateway's circuit opens; what is unavailable does not.
        const what = refusal?.detail.split(";")[0] ?? "";
        assert.ok(what !== "", `the 503 has a detail: ${JSON.stringify(refusal)}`);

        await (await dashboard.visible("nav-conflicts")).click();
        const message = await dashboard.text("error-message");
        assert.ok(message.includes(what), `a page never read shows the 503's detail ${JSON.stringify(refusal?.detail)}: ${JSON.stringify(message)}`);
        await dashboard.visible("nav");
        assert.equal(await dashboard.count("conflict-row"), 0, "no figure is made up while alignment-service is down");
        await dashboard.check("alignment-down");

        await (await dashboard.visible("nav-overview")).click();
        const banner = await dashboard.text("stale-banner");
        assert.ok(banner.includes(what), `the overview's banner says why its figures may be old: ${JSON.stringify(banner)}`);
        assertOneDecimal(await dashboard.text("alignment-index"), answer.index, "alignment index last read");
        await dashboard.check("alignment-down-stale");
        return { status: refusal?.status ?? 0, detail: refusal?.detail ?? "", banner };
    });
}
