import type { Middleware } from "openapi-fetch";
import { problemDetailOf } from "./problems";

// Only alignment reads are kept: they are the snapshots a stale banner can honestly stand over.
const KEPT_PREFIX = "/api/v1/alignment/";
// The gateway's answers when a service is down or its circuit is open.
const UNAVAILABLE = new Set([502, 503, 504]);

interface Kept {
    body: string;
    contentType: string;
}

/** The last good answer of each alignment read this tab made, by URL; in memory only, forgotten on sign-out. */
const kept = new Map<string, Kept>();
let unavailableDetail: string | null = null;

/**
 * When alignment-service is unavailable, a read this tab has made before is answered with its last good answer,
 * marked stale, rather than an error: the page keeps its figures under a banner saying why they may be old.
 */
export const lastGoodAnswers: Middleware = {
    async onResponse({ request, response }) {
        if (request.method !== "GET" || !new URL(request.url).pathname.startsWith(KEPT_PREFIX)) return undefined;
        if (response.ok) {
            kept.set(request.url, { body: await response.clone().text(), contentType: response.headers.get("Content-Type") ?? "application/json" });
            return undefined;
        }
        const last = kept.get(request.url);
        if (!UNAVAILABLE.has(response.status) || last === undefined) return undefined;
        unavailableDetail = await problemDetailOf(response.clone());
        return new Response(markedStale(last.body), { status: 200, headers: { "Content-Type": last.contentType } });
    },
};

/** Why the current page was answered from kept answers, or null when every read was live; reset for each page. */
export function takeUnavailableDetail(): string | null {
    const detail = unavailableDetail;
    unavailableDetail = null;
    return detail;
}

export function forgetLastGoodAnswers(): void {
    kept.clear();
    unavailableDetail = null;
}

function markedStale(body: string): string {
    try {
        const parsed: unknown = JSON.parse(body);
        if (typeof parsed === "object" && parsed !== null && "stale" in parsed) return JSON.stringify({ ...parsed, stale: true });
    } catch {
        // Kept as it came: a body that is not JSON is passed on unchanged.
    }
    return body;
}
