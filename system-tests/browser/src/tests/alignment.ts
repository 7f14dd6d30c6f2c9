import assert from "node:assert/strict";
import type { BrandAlignment } from "../../../../clients/typescript/src/index.js";
import type { Dashboard } from "../dashboard.js";
import { assertOneDecimal, assertSameList, exactly } from "../figures.js";
import { signedIn, WIDTHS, type Figures, type Suite } from "../suite.js";
import { waitUntil } from "../waiting.js";

/** The shell every brand page has: navigation, as-of and computed-at in the brand's zone, and the stale banner only when stale. */
async function checkShell(dashboard: Dashboard, answer: { stale: boolean }, timeZone: string): Promise<void> {
    await dashboard.visible("nav");
    for (const time of ["as-of", "computed-at"]) {
        const text = await dashboard.text(time);
        assert.ok(text.includes(timeZone), `${time} names the brand's time zone ${timeZone}: ${JSON.stringify(text)}`);
    }
    assert.equal(await dashboard.count("stale-banner") > 0, answer.stale, `the stale banner shows exactly when the answer is stale (${answer.stale})`);
}

/** The overview shows the index and every promise of the answer with equal figures. */
async function checkOverview(dashboard: Dashboard, answer: BrandAlignment): Promise<void> {
    assertOneDecimal(await dashboard.text("alignment-index"), answer.index, "alignment index");
    await dashboard.visible("index-trend");
    await checkShell(dashboard, answer, answer.timeZone);
    const rows = await dashboard.rows("promise-row", answer.promises.length, ["data-promise-id"], ["status-chip", "promise-score"]);
    assert.deepEqual(rows.map((r) => r.attributes["data-promise-id"]).sort(), answer.promises.map((p) => p.promiseId).sort(), "one row per promise");
    for (const promise of answer.promises) {
        const row = rows.find((r) => r.attributes["data-promise-id"] === promise.promiseId);
        assert.equal(row?.children["status-chip"], promise.status, `status of ${promise.title}`);
        assertOneDecimal(row?.children["promise-score"] ?? null, promise.score, `score of ${promise.title}`);
    }
    const sparklines = await dashboard.page.locator('[data-testid="promise-row"] [data-testid="sparkline"]').count();
    assert.equal(sparklines, answer.promises.length, "a sparkline in every promise row");
}

/** The overview at both widths, and again from a shared link that carries the snapshot's asOf. */
export async function overviewShowsTheApiFigures(suite: Suite): Promise<Figures> {
    const { brandId, adminKey } = suite.settings;
    const answer = await suite.admin.alignment(brandId);
    for (const width of WIDTHS) {
        await signedIn(suite, width, adminKey, async (dashboard) => {
            await dashboard.visit(`/brands/${brandId}`);
            await checkOverview(dashboard, answer);
            await dashboard.check("overview");
        });
    }
    await signedIn(suite, 1280, adminKey, async (dashboard) => {
        await dashboard.visit(`/brands/${brandId}?asOf=${encodeURIComponent(answer.asOf)}`);
        await checkOverview(dashboard, await suite.admin.alignment(brandId, answer.asOf));
        const first = answer.promises[0];
        if (first !== undefined) {
            // Keyboard only: focus the row's link and press Enter.
            const link = dashboard.page.locator(`[data-testid="promise-row"][data-promise-id="${first.promiseId}"]`)
                .locator("xpath=descendant-or-self::a[@href]").first();
            await link.focus();
            await dashboard.page.keyboard.press("Enter");
            await waitUntil("Enter on a promise row opens its page", () => Promise.resolve(dashboard.route()),
                (route) => route.startsWith(`/brands/${brandId}/promises/${first.promiseId}`));
            await dashboard.visible("heatmap");
        }
    });
    return { index: answer.index ?? "null", promises: answer.promises.length, stale: answer.stale };
}

/** Each promise page: one heat-map cell per commitment × touchpoint equal to the breakdown, a budget row per commitment, the trend. */
export async function promiseHeatMapEqualsTheBreakdown(suite: Suite): Promise<Figures> {
    const { brandId, adminKey } = suite.settings;
    const overview = await suite.admin.alignment(brandId);
    assert.ok(overview.promises.length > 0, "the demo brand has promises");
    let cells = 0;
    for (const [index, promise] of overview.promises.entries()) {
        const breakdown = await suite.admin.breakdown(brandId, promise.promiseId);
        const expected = breakdown.commitments.flatMap((commitment) => commitment.touchpoints.map((touchpoint) => ({
            commitment: commitment.key, touchpoint: touchpoint.touchpointId, attainment: exactly(touchpoint.attainment), status: touchpoint.status,
        })));
        const order = (a: { commitment: string | null; touchpoint: string | null }, b: { commitment: string | null; touchpoint: string | null }) =>
            `${a.commitment}/${a.touchpoint}`.localeCompare(`${b.commitment}/${b.touchpoint}`);
        for (const width of index === 0 ? WIDTHS : [1280]) {
            await signedIn(suite, width, adminKey, async (dashboard) => {
                await dashboard.visit(`/brands/${brandId}/promises/${promise.promiseId}`);
                await dashboard.visible("heatmap");
                const shown = await dashboard.rows("heatmap-cell", expected.length, ["data-commitment", "data-touchpoint", "data-attainment", "data-status"]);
                assertSameList(shown.map((cell) => ({
                    commitment: cell.attributes["data-commitment"] ?? null, touchpoint: cell.attributes["data-touchpoint"] ?? null,
                    attainment: cell.attributes["data-attainment"] ?? null, status: cell.attributes["data-status"] ?? null,
                })).sort(order), [...expected].sort(order), `heat map of ${promise.title}`);
                const budgets = await dashboard.rows("budget-row", breakdown.commitments.length, ["data-commitment"]);
                assert.deepEqual(budgets.map((b) => b.attributes["data-commitment"]).sort(), breakdown.commitments.map((c) => c.key).sort(), "a budget row per commitment");
                for (const budget of budgets) {
                    assert.notEqual(budget.text, "", `budget row of ${budget.attributes["data-commitment"]} has its figures`);
                }
                await dashboard.visible("trend-chart");
                await checkShell(dashboard, breakdown, overview.timeZone);
                await dashboard.check(index === 0 ? "promise" : `promise-${index + 1}`);
            });
        }
        cells += expected.length;
    }
    return { promises: overview.promises.length, cells };
}

/** The gaps page lists every gap of the API in its order, with the figures in its attributes and the API's sentence. */
export async function gapsMatchTheApi(suite: Suite): Promise<Figures> {
    const { brandId, adminKey } = suite.settings;
    const gaps = await suite.admin.gaps(brandId);
    const overview = await suite.admin.alignment(brandId);
    await signedIn(suite, 1280, adminKey, async (dashboard) => {
        await dashboard.visit(`/brands/${brandId}`);
        await (await dashboard.visible("nav-gaps")).click();
        await waitUntil("the gaps link opens the page", () => Promise.resolve(dashboard.route()), (route) => route.startsWith(`/brands/${brandId}/gaps`));
        if (gaps.length === 0) {
            await dashboard.visible("empty-state");
        } else {
            await dashboard.visible("gaps-chart");
        }
        const shown = await dashboard.rows("gap-row", gaps.length, ["data-promise-id", "data-commitment", "data-touchpoint", "data-excess"]);
        assertSameList(shown.map((row) => [row.attributes["data-promise-id"], row.attributes["data-commitment"], row.attributes["data-touchpoint"], row.attributes["data-excess"]]),
            gaps.map((gap) => [gap.promiseId, gap.commitmentKey, gap.touchpointId, exactly(gap.excessBroken)]), "gaps, worst first");
        shown.forEach((row, i) => {
            const gap = gaps[i];
            assert.ok(gap !== undefined && row.text.includes(gap.sentence), `gap ${i + 1} reads as the API words it, ${JSON.stringify(gap?.sentence)}: ${JSON.stringify(row.text)}`);
        });
        await checkShell(dashboard, overview, overview.timeZone);
        await dashboard.check("gaps");
    });
    return { gaps: gaps.length };
}

/** The conflicts page: each conflict's sentence and its two bars, kept when the target is met (p1) and when it is missed (p0). */
export async function conflictsMatchTheApi(suite: Suite): Promise<Figures> {
    const { brandId, adminKey } = suite.settings;
    const conflicts = (await suite.admin.conflicts(brandId)).items;
    await signedIn(suite, 1280, adminKey, async (dashboard) => {
        await dashboard.visit(`/brands/${brandId}/conflicts`);
        if (conflicts.length === 0) {
            await dashboard.visible("empty-state");
        }
        const shown = await dashboard.rows("conflict-row", conflicts.length, ["data-touchpoint", "data-target"]);
        const met = await dashboard.rows("kept-when-met", conflicts.length, ["data-value"]);
        const missed = await dashboard.rows("kept-when-missed", conflicts.length, ["data-value"]);
        assertSameList(shown.map((row, i) => [row.attributes["data-touchpoint"], row.attributes["data-target"], met[i]?.attributes["data-value"], missed[i]?.attributes["data-value"]]),
            conflicts.map((c) => [c.touchpointId, c.target.id, exactly(c.p1), exactly(c.p0)]), "conflicts, strongest first");
        shown.forEach((row, i) => {
            const sentence = conflicts[i]?.sentence ?? "";
            assert.ok(row.text.includes(sentence), `conflict ${i + 1} says ${JSON.stringify(sentence)}: ${JSON.stringify(row.text)}`);
        });
        await dashboard.check("conflicts");
    });
    return { conflicts: conflicts.length };
}

/** The handoffs page: the chart, and the worst handoffs in the API's order with their let-down counts. */
export async function handoffsMatchTheApi(suite: Suite): Promise<Figures> {
    const { brandId, adminKey } = suite.settings;
    const handoffs = (await suite.admin.handoffs(brandId)).handoffs;
    let listed = 0;
    await signedIn(suite, 1280, adminKey, async (dashboard) => {
        await dashboard.visit(`/brands/${brandId}/handoffs`);
        if (handoffs.length === 0) {
            await dashboard.visible("empty-state");
            await dashboard.check("handoffs");
            return;
        }
        await dashboard.visible("handoff-chart");
        await dashboard.visible("handoff-row");
        listed = await dashboard.count("handoff-row");
        assert.ok(listed <= handoffs.length, `at most the API's ${handoffs.length} handoffs are listed, not ${listed}`);
        // The page lists the worst ones: a prefix of the API's ranking.
        const shown = await dashboard.rows("handoff-row", listed, ["data-from", "data-to", "data-let-down"]);
        assertSameList(shown.map((row) => [row.attributes["data-from"], row.attributes["data-to"], row.attributes["data-let-down"]]),
            handoffs.slice(0, listed).map((h) => [h.fromTouchpointId, h.toTouchpointId, String(h.customersLetDown)]), "worst handoffs first");
        shown.forEach((row, i) => {
            const sentence = handoffs[i]?.sentence ?? "";
            assert.ok(row.text.includes(sentence), `handoff ${i + 1} says ${JSON.stringify(sentence)}: ${JSON.stringify(row.text)}`);
        });
        await dashboard.check("handoffs");
    });
    return { handoffs: handoffs.length, listed };
}
