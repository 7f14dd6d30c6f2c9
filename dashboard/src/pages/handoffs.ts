import { answer, api, type Schemas } from "../api";
import { alignmentSummary } from "../brand-data";
import { chartBox, type ChartOption } from "../charts";
import { el } from "../dom";
import { count, percent } from "../format";
import { emptyState, section, type PageView } from "../view";

type Handoff = Schemas["RankedHandoff"];

/** The diagram shows the worst handoffs; more would be unreadable, and the list has them all. */
const DIAGRAM_HANDOFFS = 25;

const MATRIX_MISSING: Record<string, string> = {
    UNANSWERED: "No handoffs in this snapshot: touchpoint-service did not answer handoffs when it was computed.",
    PREDATES_HANDOFFS: "No handoffs in this snapshot: it was computed before snapshots kept the handoff matrix.",
};

/** Handoffs between touchpoints: a Sankey diagram of the worst, and the ranked list with a sentence each. */
export async function handoffsPage(brandId: string, asOf: string | null): Promise<PageView> {
    const [summary, handoffs] = await Promise.all([
        alignmentSummary(brandId, asOf),
        answer(api.GET("/api/v1/alignment/brands/{brandId}/handoffs", {
            params: { path: { brandId }, query: { asOf } },
        })),
    ]);
    const stamp = { asOf: handoffs.asOf, computedAt: handoffs.computedAt, stale: handoffs.stale, timeZone: summary.timeZone };
    const facts = el("p", { class: "figures" },
        `${count(handoffs.journeys)} journeys, ${count(handoffs.oneContactJourneys)} settled in one contact; ` +
        `${percent(handoffs.oneContactRepeatRate)} of those came back within 7 days anyway.`);
    const missing = MATRIX_MISSING[handoffs.matrix];
    if (missing !== undefined || handoffs.handoffs.length === 0) {
        return {
            title: "Handoffs",
            body: [facts, emptyState(missing ?? "No handoffs yet: push interactions with a journeyId or customerRef to see customers passed between touchpoints.")],
            stamp,
            charts: [],
        };
    }
    const chart = chartBox("handoff-chart", "Customers passed from one touchpoint to another, worst handoffs", "large");
    const list = el("ol", { class: "rows" }, handoffs.handoffs.map((handoff) => el("li", {
        class: "row",
        "data-testid": "handoff-row",
        "data-from": handoff.fromTouchpointId,
        "data-to": handoff.toTouchpointId,
        "data-let-down": String(handoff.customersLetDown),
    },
    el("p", { class: "sentence" }, handoff.sentence),
    el("p", { class: "sub" },
        `${handoff.fromTouchpointName} → ${handoff.toTouchpointName}: ${count(handoff.customersLetDown)} customers let down, ` +
        `${count(handoff.count)} handoffs, ${percent(handoff.repeatRate)} came back, median gap ${count(handoff.medianGapMinutes)} min`))));
    return {
        title: "Handoffs",
        body: [facts, section("Where customers are passed on", chart), section("Worst handoffs first", list)],
        stamp,
        charts: [{ box: chart, option: sankeyOption(handoffs.handoffs.slice(0, DIAGRAM_HANDOFFS)) }],
    };
}

// Touchpoints appear once as a source and once as a destination, so handoffs both ways draw no cycle (Sankey needs none).
function sankeyOption(handoffs: Handoff[]): ChartOption {
    const names = new Set<string>();
    const targets = new Set<string>();
    const links = handoffs.map((handoff) => {
        const source = `${handoff.fromTouchpointName} (from)`;
        const target = `${handoff.toTouchpointName} (to)`;
        names.add(source);
        names.add(target);
        targets.add(target);
        return { source, target, value: handoff.count };
    });
    return {
        animation: false,
        tooltip: { renderMode: "richText", trigger: "item" },
        series: [{
            type: "sankey",
            left: 8,
            right: 8,
            top: 8,
            bottom: 8,
            nodeAlign: "justify",
            emphasis: { focus: "adjacency" },
            label: { color: "#1a1a1a", fontSize: 13 },
            lineStyle: { color: "gradient", opacity: 0.45 },
            // Destinations are labelled on their left, inside the chart, so long names are not cut off at the edge.
            data: [...names].map((name) => (targets.has(name) ? { name, label: { position: "left" as const } } : { name })),
            links,
        }],
    };
}
