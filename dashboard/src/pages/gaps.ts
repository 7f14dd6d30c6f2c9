import { answer, api, withLaterPages, type Schemas } from "../api";
import { alignmentSummary } from "../brand-data";
import { chartBox, type ChartOption } from "../charts";
import { el, link } from "../dom";
import { comparison } from "../format";
import { href } from "../router";
import { emptyState, section, type PageView } from "../view";

type Gap = Schemas["Gap"];

/** The chart ranks the worst gaps; the list below it has them all. */
const CHART_GAPS = 15;

/** Gaps: where touchpoints let customers down beyond the error budget, ranked, with a sentence for each. */
export async function gapsPage(brandId: string, asOf: string | null): Promise<PageView> {
    const [summary, first] = await Promise.all([
        alignmentSummary(brandId, asOf),
        answer(api.GET("/api/v1/alignment/brands/{brandId}/gaps", {
            params: { path: { brandId }, query: { asOf, limit: 200 } },
        })),
    ]);
    // Later pages come from the first page's snapshot: the cursor pins it.
    const gaps = await withLaterPages(first, (cursor) => answer(api.GET("/api/v1/alignment/brands/{brandId}/gaps", {
        params: { path: { brandId }, query: { cursor, limit: 200 } },
    })));
    const stamp = { asOf: first.asOf, computedAt: first.computedAt, stale: first.stale, timeZone: summary.timeZone };
    if (gaps.length === 0) {
        return {
            title: "Gaps",
            body: [emptyState("No gaps: every touchpoint keeps its commitments within the error budget (or has no data yet).")],
            stamp,
            charts: [],
        };
    }
    const chart = chartBox("gaps-chart", "Customers let down beyond the error budget, worst gaps first", "large");
    // A row per gap: one gap draws a short chart, not one thick bar.
    chart.style.height = `${Math.max(140, 44 * Math.min(gaps.length, CHART_GAPS) + 56)}px`;
    const list = el("ol", { class: "rows" }, gaps.map((gap) => el("li", {
        class: "row",
        "data-testid": "gap-row",
        "data-promise-id": gap.promiseId,
        "data-commitment": gap.commitmentKey,
        "data-touchpoint": gap.touchpointId,
        "data-excess": String(gap.excessBroken),
    },
    el("p", { class: "sentence" }, gap.sentence),
    el("p", { class: "sub" },
        link(href({ page: "promise", brandId, promiseId: gap.promiseId, asOf }), gap.promiseTitle),
        ` · ${gap.commitmentKey}: ${comparison(gap.metric, gap.op, gap.threshold)}`))));
    return {
        title: "Gaps",
        body: [section("Customers let down beyond budget", chart), section("Every gap, worst first", list)],
        stamp,
        charts: [{ box: chart, option: chartOption(gaps.slice(0, CHART_GAPS)) }],
    };
}

function chartOption(gaps: Gap[]): ChartOption {
    // Worst at the top: a horizontal bar chart draws its first category at the bottom.
    const shown = [...gaps].reverse();
    return {
        animation: false,
        grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
        tooltip: { renderMode: "richText", trigger: "axis", axisPointer: { type: "shadow" } },
        xAxis: { type: "value" },
        yAxis: {
            type: "category",
            data: shown.map((gap) => `${gap.touchpointName} · ${gap.commitmentKey}`),
            axisLabel: { width: 280, overflow: "truncate" },
        },
        series: [{ type: "bar", name: "Customers let down beyond budget", barMaxWidth: 28, data: shown.map((gap) => gap.excessBroken) }],
    };
}
