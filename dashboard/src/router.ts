/** The brand-level pages, in the order the navigation lists them. */
export type BrandPage = "overview" | "gaps" | "conflicts" | "handoffs" | "touchpoints" | "webhooks";

/** Where the app is: every page is a hash URL, so a link can be shared and the gateway serves only static files. */
export type Route =
    | { page: "sign-in" }
    | { page: "brands" }
    | { page: "overview" | "gaps" | "conflicts" | "handoffs"; brandId: string; asOf: string | null }
    | { page: "promise"; brandId: string; promiseId: string; asOf: string | null }
    | { page: "touchpoints" | "webhooks"; brandId: string };

const SEGMENT_PAGES: Record<string, "gaps" | "conflicts" | "handoffs"> = {
    gaps: "gaps",
    conflicts: "conflicts",
    handoffs: "handoffs",
};

/** Reads a hash such as `#/brands/brd_1/gaps?asOf=…`; anything unknown is the brand picker. */
export function parseRoute(hash: string): Route {
    const text = hash.startsWith("#") ? hash.slice(1) : hash;
    const [path = "", query = ""] = splitOnce(text, "?");
    const segments = path.split("/").filter((segment) => segment !== "").map(decode);
    const asOf = queryValue(query, "asOf");
    const [first, brandId, section, promiseId] = segments;
    if (first === "sign-in") return { page: "sign-in" };
    if (first !== "brands" || brandId === undefined) return { page: "brands" };
    if (section === undefined) return { page: "overview", brandId, asOf };
    if ((section === "touchpoints" || section === "webhooks") && segments.length === 3) return { page: section, brandId };
    if (section === "promises" && promiseId !== undefined && segments.length === 4) {
        return { page: "promise", brandId, promiseId, asOf };
    }
    const page = SEGMENT_PAGES[section];
    if (page !== undefined && segments.length === 3) return { page, brandId, asOf };
    return { page: "overview", brandId, asOf };
}

/** The hash URL of a route, the inverse of {@link parseRoute}. */
export function href(route: Route): string {
    switch (route.page) {
        case "sign-in":
            return "#/sign-in";
        case "brands":
            return "#/brands";
        case "overview":
            return `#/brands/${encodeURIComponent(route.brandId)}${asOfQuery(route.asOf)}`;
        case "promise":
            return `#/brands/${encodeURIComponent(route.brandId)}/promises/${encodeURIComponent(route.promiseId)}${asOfQuery(route.asOf)}`;
        case "touchpoints":
        case "webhooks":
            return `#/brands/${encodeURIComponent(route.brandId)}/${route.page}`;
        default:
            return `#/brands/${encodeURIComponent(route.brandId)}/${route.page}${asOfQuery(route.asOf)}`;
    }
}

/** The route of a brand-level page, keeping the asOf of the page one comes from (touchpoints and webhooks have none). */
export function brandRoute(page: BrandPage, brandId: string, asOf: string | null): Route {
    return page === "touchpoints" || page === "webhooks" ? { page, brandId } : { page, brandId, asOf };
}

export function navigate(route: Route): void {
    window.location.hash = href(route);
}

function asOfQuery(asOf: string | null): string {
    return asOf === null ? "" : `?asOf=${encodeURIComponent(asOf)}`;
}

// Decoded by hand: URLSearchParams would turn the `+` of an offset (`+01:00`) typed into the URL into a space.
function queryValue(query: string, name: string): string | null {
    for (const pair of query.split("&")) {
        const [key = "", value = ""] = splitOnce(pair, "=");
        if (decode(key) === name && value !== "") return decode(value);
    }
    return null;
}

function splitOnce(text: string, separator: string): [string, string] {
    const at = text.indexOf(separator);
    return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + separator.length)];
}

function decode(text: string): string {
    try {
        return decodeURIComponent(text);
    } catch {
        return text;
    }
}
