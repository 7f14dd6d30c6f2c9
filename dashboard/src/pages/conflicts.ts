import { answer, api, type Schemas } from "../api";
import { alignmentSummary } from "../brand-data";
import { el, link } from "../dom";
import { comparison, count, percent } from "../format";
import { href } from "../router";
import { emptyState, type PageView } from "../view";

type Conflict = Schemas["Conflict"];

/** Incentive conflicts: each in words, with its 2×2 table drawn as two bars. */
export async function conflictsPage(brandId: string, asOf: string | null): Promise<PageView> {
    const [summary, conflicts] = await Promise.all([
        alignmentSummary(brandId, asOf),
        answer(api.GET("/api/v1/alignment/brands/{brandId}/conflicts", {
            params: { path: { brandId }, query: { asOf } },
        })),
    ]);
    const stamp = { asOf: conflicts.asOf, computedAt: conflicts.computedAt, stale: conflicts.stale, timeZone: summary.timeZone };
    const body = conflicts.items.length === 0
        ? [emptyState("No incentive conflicts: no operational target works against a commitment (or there is no data yet).")]
        : [el("ol", { class: "rows" }, conflicts.items.map((conflict) => row(brandId, asOf, conflict)))];
    return { title: "Incentive conflicts", body, stamp, charts: [] };
}

function row(brandId: string, asOf: string | null, conflict: Conflict): HTMLLIElement {
    const { target, commitment } = conflict;
    return el("li", {
        class: "row",
        "data-testid": "conflict-row",
        "data-touchpoint": conflict.touchpointId,
        "data-target": target.id,
    },
    el("p", { class: "sentence" }, conflict.sentence),
    el("p", { class: "sub" },
        `${conflict.touchpointName}: target ${comparison(target.metric, target.op, target.threshold)} (${target.kind}) against `,
        link(href({ page: "promise", brandId, promiseId: commitment.promiseId, asOf }), commitment.promiseTitle),
        ` · ${commitment.key}: ${comparison(commitment.metric, commitment.op, commitment.threshold)}`),
    el("div", { class: "bars" },
        bar("kept-when-met", `Kept when the target is met (${count(conflict.met)} interactions)`, conflict.p1),
        bar("kept-when-missed", `Kept when the target is missed (${count(conflict.missed)} interactions)`, conflict.p0)),
    el("p", { class: "sub" },
        `Met and kept ${count(conflict.table.metKept)}, met and broken ${count(conflict.table.metBroken)}, ` +
        `missed and kept ${count(conflict.table.missedKept)}, missed and broken ${count(conflict.table.missedBroken)}; z = ${conflict.z.toFixed(2)}`));
}

/** One bar of the 2×2 table: a share drawn as a width, and written as a percentage. */
function bar(testId: string, label: string, share: number): HTMLDivElement {
    const fill = el("span", { class: `bar-fill bar-${testId}` });
    // Set through the style object, not a style attribute, so a strict content security policy allows it.
    fill.style.width = `${Math.max(0, Math.min(1, share)) * 100}%`;
    return el("div", { class: "bar", "data-testid": testId, "data-value": String(share) },
        el("span", { class: "bar-label" }, label),
        el("span", { class: "bar-track", "aria-hidden": "true" }, fill),
        el("span", { class: "bar-value" }, percent(share, 0)));
}
