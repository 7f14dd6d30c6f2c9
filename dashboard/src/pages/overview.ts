import { answer, api, type Schemas } from "../api";
import { alignmentSummary } from "../brand-data";
import { chartBox, type ChartOption, type ChartSpec } from "../charts";
import { el, link } from "../dom";
import { count, dayLabel, oneDecimal } from "../format";
import { href, navigate } from "../router";
import { emptyState, NO_DATA_HINT, scrollingTable, section, statusChip, type PageView } from "../view";
import { trendRange } from "./trend-range";

type TrendPoint = Schemas["TrendPoint"];

/** The brand overview: the alignment index with its 90-day trend, and every promise with status, score and sparkline. */
export async function overviewPage(brandId: string, asOf: string | null): Promise<PageView> {
    const summary = await alignmentSummary(brandId, asOf);
    const range = trendRange(asOf);
    const [indexTrend, ...promiseTrends] = await Promise.all([
        trend(brandId, range, null),
        ...summary.promises.map((promise) => trend(brandId, range, promise.promiseId)),
    ]);
    const charts: ChartSpec[] = [];

    const indexChart = chartBox("index-trend", "The alignment index over the last 90 days", "medium");
    charts.push({ box: indexChart, option: lineOption(indexTrend ?? [], "Index", false) });
    const headline = el("section", { class: "panel headline", "aria-labelledby": "index-heading" },
        el("h2", { id: "index-heading" }, "Alignment index"),
        el("p", { class: "big-number" }, el("span", { "data-testid": "alignment-index" }, oneDecimal(summary.index)),
            el("span", { class: "unit" }, " / 100")),
        el("p", { class: "figures" },
            link(href({ page: "gaps", brandId, asOf }), plural(summary.gapCount, "gap")), " · ",
            link(href({ page: "conflicts", brandId, asOf }), plural(summary.conflictCount, "incentive conflict"))),
        indexChart);

    const rows = summary.promises.map((promise, at) => {
        const spark = chartBox("sparkline", `Score of ${promise.title} over the last 90 days`, "spark");
        charts.push({ box: spark, option: lineOption(promiseTrends[at] ?? [], "Score", true) });
        return el("tr", { "data-testid": "promise-row", "data-promise-id": promise.promiseId },
            el("th", { scope: "row" }, link(href({ page: "promise", brandId, promiseId: promise.promiseId, asOf }), promise.title)),
            el("td", {}, statusChip(promise.status)),
            el("td", { class: "num", "data-testid": "promise-score" }, oneDecimal(promise.score)),
            el("td", { class: "num priority" }, String(promise.priority)),
            el("td", { class: "spark-cell" }, spark));
    });
    const promises = section("Promises",
        summary.promises.length === 0
            ? emptyState(`No promise is in force at this time. ${NO_DATA_HINT}`)
            : scrollingTable("Promises in force", el("table", { class: "data" },
                el("caption", { class: "visually-hidden" }, "Promises in force, with status, score and trend"),
                el("thead", {}, el("tr", {},
                    el("th", { scope: "col" }, "Promise"), el("th", { scope: "col" }, "Status"),
                    el("th", { scope: "col", class: "num" }, "Score"), el("th", { scope: "col", class: "num priority" }, "Priority"),
                    el("th", { scope: "col" }, "Last 90 days"))),
                el("tbody", {}, rows))));

    const body: Node[] = [snapshotPicker(brandId, asOf, indexTrend ?? [])];
    if (summary.index === null && summary.promises.length > 0) body.push(emptyState(NO_DATA_HINT));
    body.push(headline, promises);
    return {
        title: "Overview",
        body,
        stamp: { asOf: summary.asOf, computedAt: summary.computedAt, stale: summary.stale, timeZone: summary.timeZone },
        charts,
    };
}

async function trend(brandId: string, range: { from?: string; to?: string }, promiseId: string | null): Promise<TrendPoint[]> {
    const query = promiseId === null ? range : { ...range, promiseId };
    const series = await answer(api.GET("/api/v1/alignment/brands/{brandId}/trend", { params: { path: { brandId }, query } }));
    return series.items;
}

function lineOption(points: TrendPoint[], name: string, spark: boolean): ChartOption {
    return {
        animation: false,
        grid: spark ? { left: 2, right: 2, top: 4, bottom: 4 } : { left: 40, right: 16, top: 16, bottom: 28 },
        tooltip: spark ? { show: false } : { renderMode: "richText", trigger: "axis" },
        xAxis: { type: "category", data: points.map((point) => dayLabel(point.day)), show: !spark, boundaryGap: false },
        yAxis: { type: "value", min: 0, max: 100, show: !spark },
        series: [{
            type: "line",
            name,
            data: points.map((point) => point.score),
            showSymbol: points.length < 3,
            connectNulls: false,
            lineStyle: { width: 2 },
        }],
    };
}

/**
 * Picks an earlier snapshot: one option per day of the index's trend, each carrying that day's asOf as the API gave it,
 * so the overview (and every page linked from it) can be shared as of that day.
 */
function snapshotPicker(brandId: string, asOf: string | null, points: TrendPoint[]): HTMLFormElement {
    const select = el("select", { id: "snapshot-day", name: "asOf" },
        el("option", { value: "", selected: asOf === null }, "Newest"),
        [...points].reverse().map((point) => el("option", { value: point.asOf, selected: point.asOf === asOf }, point.day)));
    const form = el("form", { class: "snapshot-picker" },
        el("label", { for: "snapshot-day" }, "Snapshot of"), select,
        el("button", { type: "submit" }, "Show"));
    form.addEventListener("submit", (event) => {
        event.preventDefault();
        navigate({ page: "overview", brandId, asOf: select.value === "" ? null : select.value });
    });
    return form;
}

function plural(n: number, noun: string): string {
    return `${count(n)} ${noun}${n === 1 ? "" : "s"}`;
}
