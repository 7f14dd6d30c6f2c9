import { answer, api, type Schemas } from "../api";
import { alignmentSummary } from "../brand-data";
import { chartBox, type ChartOption } from "../charts";
import { el } from "../dom";
import { comparison, count, dayLabel, multiple, oneDecimal, percent } from "../format";
import { emptyState, NO_DATA_HINT, scrollingTable, section, statusChip, type PageView } from "../view";
import { trendRange } from "./trend-range";

type Commitment = Schemas["CommitmentAlignment"];
type TouchpointCell = Schemas["TouchpointAlignment"];
type TrendPoint = Schemas["TrendPoint"];

/** One promise: the commitment × touchpoint heat map, error budgets and burn rates, and each commitment's trend. */
export async function promisePage(brandId: string, promiseId: string, asOf: string | null): Promise<PageView> {
    const [summary, promise] = await Promise.all([
        alignmentSummary(brandId, asOf),
        answer(api.GET("/api/v1/alignment/brands/{brandId}/promises/{promiseId}", {
            params: { path: { brandId, promiseId }, query: { asOf } },
        })),
    ]);
    const range = trendRange(asOf);
    const trends = await Promise.all(promise.commitments.map((commitment) =>
        answer(api.GET("/api/v1/alignment/brands/{brandId}/trend", {
            params: { path: { brandId }, query: { ...range, promiseId, commitmentKey: commitment.key } },
        })).then((series) => series.items)));

    const facts = el("p", { class: "figures" },
        "Status ", statusChip(promise.status), " · score ",
        el("strong", {}, oneDecimal(promise.score)),
        ` · version ${promise.version} · priority ${promise.priority} · covers ${promise.touchpointTypes.join(", ") || "no touchpoint type"}`);

    const trendChart = chartBox("trend-chart", `Attainment of each commitment of ${promise.title} over the last 90 days`, "large");
    const body: Node[] = [facts];
    if (promise.commitments.length === 0) body.push(emptyState("This promise has no commitments."));
    else if (promise.score === null) body.push(emptyState(NO_DATA_HINT));
    body.push(
        section("Commitments at each touchpoint", heatmap(promise.commitments),
            el("p", { class: "hint" }, "Each cell: attainment against the objective, the status, and good / valid interactions.")),
        section("Error budgets", budgets(promise.commitments)),
        section("Trend of each commitment", trendChart));
    return {
        title: promise.title,
        body,
        stamp: { asOf: promise.asOf, computedAt: promise.computedAt, stale: promise.stale, timeZone: summary.timeZone },
        charts: [{ box: trendChart, option: trendOption(promise.commitments, trends) }],
    };
}

function heatmap(commitments: Commitment[]): HTMLElement {
    const touchpoints = new Map<string, string>();
    for (const commitment of commitments) {
        for (const cell of commitment.touchpoints) touchpoints.set(cell.touchpointId, cell.name);
    }
    const header = el("tr", {}, el("th", { scope: "col" }, "Commitment"),
        [...touchpoints].map(([, name]) => el("th", { scope: "col" }, name)));
    const rows = commitments.map((commitment) => {
        const cells = new Map(commitment.touchpoints.map((cell) => [cell.touchpointId, cell]));
        return el("tr", {},
            el("th", { scope: "row" }, el("span", { class: "key" }, commitment.key),
                el("span", { class: "sub" }, `${comparison(commitment.metric, commitment.op, commitment.threshold)}, objective ${percent(commitment.objective)}`)),
            [...touchpoints.keys()].map((touchpointId) => {
                const cell = cells.get(touchpointId);
                return cell === undefined ? el("td", { class: "cell-none" }, "not covered") : heatCell(commitment, cell);
            }));
    });
    return scrollingTable("Heat map of commitments by touchpoint",
        el("table", { class: "heatmap", "data-testid": "heatmap" },
            el("caption", { class: "visually-hidden" }, "Attainment of each commitment at each touchpoint"),
            el("thead", {}, header), el("tbody", {}, rows)));
}

function heatCell(commitment: Commitment, cell: TouchpointCell): HTMLTableCellElement {
    const counts = `${count(cell.good)} good of ${count(cell.valid)} valid, ${count(cell.brokenPromises)} broken, ` +
        `${oneDecimal(cell.allowedBad)} allowed; budget remaining ${percent(cell.budgetRemaining)}`;
    return el("td", {
        class: `cell cell-${cell.status.toLowerCase()}`,
        "data-testid": "heatmap-cell",
        "data-commitment": commitment.key,
        "data-touchpoint": cell.touchpointId,
        "data-attainment": cell.attainment === null ? "" : String(cell.attainment),
        "data-status": cell.status,
        title: counts,
    },
    el("span", { class: "cell-value" }, percent(cell.attainment)),
    el("span", { class: "cell-status" }, cell.status),
    el("span", { class: "cell-counts" }, `${count(cell.good)} / ${count(cell.valid)}`));
}

function budgets(commitments: Commitment[]): HTMLElement {
    return scrollingTable("Error budgets", el("table", { class: "data" },
        el("caption", { class: "visually-hidden" }, "Error budget and burn rate of each commitment"),
        el("thead", {}, el("tr", {},
            el("th", { scope: "col" }, "Commitment"), el("th", { scope: "col" }, "Status"),
            el("th", { scope: "col", class: "num" }, "Budget remaining"), el("th", { scope: "col", class: "num" }, "Burn rate"),
            el("th", { scope: "col" }, "Burn alert"), el("th", { scope: "col", class: "num" }, "Broken / allowed"),
            el("th", { scope: "col" }, "Window"))),
        el("tbody", {}, commitments.map((commitment) => el("tr", {
            "data-testid": "budget-row",
            "data-commitment": commitment.key,
            "data-budget-remaining": commitment.budgetRemaining === null ? "" : String(commitment.budgetRemaining),
            "data-burn-rate": commitment.burnRate === null ? "" : String(commitment.burnRate),
        },
        el("th", { scope: "row" }, commitment.key),
        el("td", {}, statusChip(commitment.status)),
        el("td", { class: "num" }, percent(commitment.budgetRemaining)),
        el("td", { class: "num" }, multiple(commitment.burnRate)),
        el("td", {}, commitment.burnAlert ?? "—"),
        el("td", { class: "num" }, `${count(commitment.brokenPromises)} / ${oneDecimal(commitment.allowedBad)}`),
        el("td", {}, commitment.windowType === "ROLLING_DAYS" ? `${commitment.windowDays ?? "?"} days` : commitment.windowType.replace("_", " ").toLowerCase()))))));
}

function trendOption(commitments: Commitment[], trends: TrendPoint[][]): ChartOption {
    const days = [...new Set(trends.flat().map((point) => point.day))].sort();
    return {
        animation: false,
        grid: { left: 48, right: 16, top: 40, bottom: 28 },
        legend: { top: 0, type: "scroll" },
        tooltip: { renderMode: "richText", trigger: "axis", valueFormatter: (value) => (typeof value === "number" ? percent(value) : "—") },
        xAxis: { type: "category", data: days.map(dayLabel), boundaryGap: false },
        yAxis: { type: "value", max: 1, axisLabel: { formatter: (value: number) => percent(value, 0) } },
        series: commitments.map((commitment, at) => {
            const byDay = new Map((trends[at] ?? []).map((point) => [point.day, point.attainment]));
            return {
                type: "line" as const,
                name: commitment.key,
                data: days.map((day) => byDay.get(day) ?? null),
                showSymbol: days.length < 3,
                connectNulls: false,
            };
        }),
    };
}
