import { allPages, answer, api, type Schemas } from "../api";
import { el } from "../dom";
import { comparison, instant, touchpointType } from "../format";
import { emptyState, type PageView } from "../view";

type Touchpoint = Schemas["Touchpoint"];
type Target = Schemas["OperationalTarget"];

const PAGE_SIZE = 200;

/** The brand's touchpoints with their details and operational targets. */
export async function touchpointsPage(brandId: string): Promise<PageView> {
    const touchpoints = await allTouchpoints(brandId);
    const targets = await Promise.all(touchpoints.map((touchpoint) => allTargets(touchpoint.id)));
    const body = touchpoints.length === 0
        ? [emptyState("No touchpoints yet: create one with POST /api/v1/touchpoints, then push interactions to it.")]
        : [el("ul", { class: "rows" }, touchpoints.map((touchpoint, at) => row(touchpoint, targets[at] ?? [])))];
    return { title: "Touchpoints", body, stamp: null, charts: [] };
}

function row(touchpoint: Touchpoint, targets: Target[]): HTMLLIElement {
    const headingId = `tp-${touchpoint.id}`;
    return el("li", { class: "row", "data-testid": "touchpoint-row", "data-touchpoint-id": touchpoint.id },
        el("h2", { id: headingId, class: "row-title" }, touchpoint.name),
        el("dl", { class: "facts" },
            fact("Type", touchpointType(touchpoint.type)),
            fact("Owner", touchpoint.owner),
            fact("Region", touchpoint.region),
            fact("Vendor", touchpoint.vendor ?? "none"),
            fact("Time zone", touchpoint.timeZone),
            fact("Created", instant(touchpoint.createdAt, touchpoint.timeZone))),
        targets.length === 0
            ? el("p", { class: "sub" }, "No operational targets.")
            : el("table", { class: "data compact", "aria-labelledby": headingId },
                el("thead", {}, el("tr", {},
                    el("th", { scope: "col" }, "Operational target"), el("th", { scope: "col" }, "Managed for"),
                    el("th", { scope: "col" }, "Why"))),
                el("tbody", {}, targets.map((target) => el("tr", { "data-testid": "target-row", "data-target-id": target.id },
                    el("td", {}, comparison(target.metric, target.op, target.threshold)),
                    el("td", {}, target.kind),
                    el("td", {}, target.rationale))))));
}

function fact(term: string, value: string): HTMLDivElement {
    return el("div", { class: "fact" }, el("dt", {}, term), el("dd", {}, value));
}

function allTouchpoints(brandId: string): Promise<Touchpoint[]> {
    return allPages((cursor) => answer(api.GET("/api/v1/touchpoints", { params: { query: { brandId, limit: PAGE_SIZE, cursor } } })));
}

function allTargets(touchpointId: string): Promise<Target[]> {
    return allPages((cursor) => answer(api.GET("/api/v1/touchpoints/{touchpointId}/targets", {
        params: { path: { touchpointId }, query: { limit: PAGE_SIZE, cursor } },
    })));
}
