import type { ChartSpec } from "./charts";
import { el } from "./dom";

/** The snapshot a page shows: when it measures up to, when it was computed, whether it is stale, and in which zone. */
export interface Stamp {
    asOf: string;
    computedAt: string;
    stale: boolean;
    timeZone: string;
}

/** What a page renders: its heading, content, the snapshot it read and the charts to draw once it is shown. */
export interface PageView {
    title: string;
    body: Node[];
    stamp: Stamp | null;
    charts: ChartSpec[];
}

/** A status chip: the status is written out, colour only repeats it. */
export function statusChip(status: string | null): HTMLSpanElement {
    const text = status ?? "NO_DATA";
    return el("span", { class: `chip chip-${text.toLowerCase()}`, "data-testid": "status-chip" }, text);
}

/** The empty state, saying what would fill the page. */
export function emptyState(text: string): HTMLParagraphElement {
    return el("p", { class: "empty-state", "data-testid": "empty-state" }, text);
}

/** One term and its value in a `.facts` list. */
export function fact(term: string, value: string | Node[]): HTMLDivElement {
    return el("div", { class: "fact" }, el("dt", {}, term), el("dd", {}, value));
}

/** A section with a heading, for landmarks and for reading order. */
export function section(heading: string, ...content: Node[]): HTMLElement {
    const id = `section-${heading.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
    return el("section", { class: "panel", "aria-labelledby": id }, el("h2", { id }, heading), ...content);
}

/** Where a brand without data gets its data from. */
export const NO_DATA_HINT =
    "No data yet: push interactions to POST /api/v1/touchpoints/{touchpointId}/interactions; the next recompute scores them.";

/**
 * A table that scrolls sideways on a narrow screen; the scrolling region is focusable and named, so a keyboard can
 * scroll it too.
 */
export function scrollingTable(label: string, table: HTMLTableElement): HTMLDivElement {
    return el("div", { class: "table-scroll", role: "region", "aria-label": label, tabindex: "0" }, table);
}
