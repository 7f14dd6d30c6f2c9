import { init, use, type ComposeOption, type EChartsType } from "echarts/core";
import { BarChart, LineChart, SankeyChart, type BarSeriesOption, type LineSeriesOption, type SankeySeriesOption } from "echarts/charts";
import {
    GridComponent,
    LegendComponent,
    TooltipComponent,
    type GridComponentOption,
    type LegendComponentOption,
    type TooltipComponentOption,
} from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import { el } from "./dom";

// Only what the pages draw is registered, which keeps the bundle small.
use([BarChart, LineChart, SankeyChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** An option of one of the charts this app draws. */
export type ChartOption = ComposeOption<
    BarSeriesOption | LineSeriesOption | SankeySeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** A chart to draw once its box is in the document (ECharts needs the box's size). */
export interface ChartSpec {
    box: HTMLElement;
    option: ChartOption;
}

/** Series colours with at least 4.5:1 contrast on white. */
export const PALETTE = ["#1f5fa8", "#a23b00", "#2e6b30", "#6a1b9a", "#8a1538", "#00606b", "#5b4a00"];

/**
 * A box for a chart: an image to assistive technology, named by `label`, since the canvas itself says nothing.
 * The figures it draws are also in the page's rows and tables.
 */
export function chartBox(testId: string, label: string, size: "large" | "medium" | "spark" = "medium"): HTMLDivElement {
    return el("div", { class: `chart chart-${size}`, "data-testid": testId, role: "img", "aria-label": label });
}

// Canvas text needs a real family list; CSS keywords such as `inherit` would leave it at the 10 px default.
const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

const drawn = new Set<EChartsType>();

/** Draws the charts of a page just placed in the document. */
export function drawCharts(specs: ChartSpec[]): void {
    for (const spec of specs) {
        const chart = init(spec.box, undefined, { renderer: "canvas" });
        chart.setOption({ color: PALETTE, textStyle: { fontFamily: CHART_FONT, fontSize: 12 }, ...spec.option });
        drawn.add(chart);
    }
}

/** Frees the charts of the page being left. */
export function disposeCharts(): void {
    for (const chart of drawn) chart.dispose();
    drawn.clear();
}

window.addEventListener("resize", () => {
    for (const chart of drawn) chart.resize();
});
