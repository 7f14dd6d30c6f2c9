/** How far back a trend reaches, as the issue asks: 90 days. */
const TREND_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The trend query for a page: without asOf the API's own default (the last 90 days up to now); with one, the 90 days up
 * to and including that instant (`to` is exclusive, hence one millisecond later).
 */
export function trendRange(asOf: string | null): { from?: string; to?: string } {
    if (asOf === null) return {};
    const end = Date.parse(asOf);
    if (Number.isNaN(end)) return {};
    return { from: new Date(end + 1 - TREND_DAYS * DAY_MS).toISOString(), to: new Date(end + 1).toISOString() };
}
