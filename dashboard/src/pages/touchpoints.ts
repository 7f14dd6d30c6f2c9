import { allPages, answer, api, type Schemas } from "../api";
import { brandOf } from "../brand-data";
import { el } from "../dom";
import { comparison, count, instant, touchpointType } from "../format";
import { emptyState, fact, type PageView } from "../view";

type Touchpoint = Schemas["Touchpoint"];
type Target = Schemas["OperationalTarget"];
type IngestHealth = Schemas["IngestHealth"];

/** What the page shows of one touchpoint, read from three operations. */
interface TouchpointFacts {
    touchpoint: Touchpoint;
    targets: Target[];
    health: IngestHealth;
}

const PAGE_SIZE = 200;

/** The brand's touchpoints with their details, ingest health and operational targets; times in the brand's zone. */
export async function touchpointsPage(brandId: string): Promise<PageView> {
    const [touchpoints, brand] = await Promise.all([allTouchpoints(brandId), brandOf(brandId)]);
    const facts = await Promise.all(touchpoints.map(async (touchpoint): Promise<TouchpointFacts> => {
        const [targets, health] = await Promise.all([allTargets(touchpoint.id), ingestHealth(touchpoint.id)]);
        return { touchpoint, targets, health };
    }));
    const timeZone = brand?.timeZone ?? "UTC";
    const body = touchpoints.length === 0
        ? [emptyState("No touchpoints yet: create one with POST /api/v1/touchpoints, then push interactions to it.")]
        : [el("ul", { class: "rows" }, facts.map((fact) => row(fact, timeZone)))];
    return { title: "Touchpoints", body, stamp: null, charts: [] };
}

function row({ touchpoint, targets, health }: TouchpointFacts, timeZone: string): HTMLLIElement {
    const headingId = `tp-${touchpoint.id}`;
    const day = health.last24h;
    return el("li", {
        class: "row",
        "data-testid": "touchpoint-row",
        "data-touchpoint-id": touchpoint.id,
        "data-last-push": health.lastPushAt ?? "",
        "data-received": String(day.received),
        "data-rejected": String(day.rejected),
    },
    el("h2", { id: headingId, class: "row-title" }, touchpoint.name),
    el("dl", { class: "facts" },
        fact("Type", touchpointType(touchpoint.type)),
        fact("Owner", touchpoint.owner),
        fact("Region", touchpoint.region),
        fact("Vendor", touchpoint.vendor ?? "none"),
        fact("Its time zone", touchpoint.timeZone),
        fact("Created", instant(touchpoint.createdAt, timeZone))),
    el("h3", { class: "row-subtitle" }, "Ingest health"),
    el("dl", { class: "facts", "data-testid": "ingest-health" },
        fact("Last push", health.lastPushAt === null ? "None in the last 30 days" : instant(health.lastPushAt, timeZone)),
        fact("Records, last 24 h", `${count(day.received)} in ${plural(day.pushes, "push", "pushes")}`),
        fact("Stored, last 24 h", `${count(day.accepted)} new, ${count(day.updated)} updated, ${count(day.duplicates)} duplicates`),
        fact("Rejected rows, last 24 h", day.rejected === 0 ? "None" : `${count(day.rejected)}: see the push reports' errors`)),
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

function plural(n: number, one: string, many: string): string {
    return `${count(n)} ${n === 1 ? one : many}`;
}

function allTouchpoints(brandId: string): Promise<Touchpoint[]> {
    return allPages((cursor) => answer(api.GET("/api/v1/touchpoints", { params: { query: { brandId, limit: PAGE_SIZE, cursor } } })));
}

function allTargets(touchpointId: string): Promise<Target[]> {
    return allPages((cursor) => answer(api.GET("/api/v1/touchpoints/{touchpointId}/targets", {
        params: { path: { touchpointId }, query: { limit: PAGE_SIZE, cursor } },
    })));
}

function ingestHealth(touchpointId: string): Promise<IngestHealth> {
    return answer(api.GET("/api/v1/touchpoints/{touchpointId}/ingest-health", { params: { path: { touchpointId } } }));
}
