// Formatting only: every figure shown comes from the API; these functions only turn it into text.

const DASH = "—";

/** A score or index with one decimal, or a dash when the API has none. */
export function oneDecimal(value: number | null | undefined): string {
    return value === null || value === undefined ? DASH : value.toFixed(1);
}

/** A share (0..1) as a percentage with the given decimals, or a dash. */
export function percent(share: number | null | undefined, decimals = 1): string {
    return share === null || share === undefined ? DASH : `${(share * 100).toFixed(decimals)}%`;
}

/** A count with thousands separators. */
export function count(value: number | null | undefined): string {
    return value === null || value === undefined ? DASH : value.toLocaleString("en-GB");
}

/** A rate like a burn rate, as a multiple. */
export function multiple(value: number | null | undefined): string {
    return value === null || value === undefined ? DASH : `${value.toFixed(2)}×`;
}

const OPERATORS: Record<string, string> = { LT: "<", LE: "≤", GT: ">", GE: "≥", EQ: "=" };

/** `metric op threshold` as people read it, e.g. `wait_seconds ≤ 60`. */
export function comparison(metric: string, op: string, threshold: number): string {
    return `${metric} ${OPERATORS[op] ?? op} ${threshold}`;
}

/** An instant in the given IANA zone, with the zone named, e.g. `3 Nov 2026, 09:00 GMT (Europe/London)`. */
export function instant(iso: string, timeZone: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const text = new Intl.DateTimeFormat("en-GB", {
        timeZone,
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZoneName: "short",
    }).format(date);
    return `${text} (${timeZone})`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A calendar day (`2026-11-01`) as a short label; the API already gives it in the brand's zone. */
export function dayLabel(day: string): string {
    const [, month, date] = day.split("-");
    const name = MONTHS[Number(month) - 1];
    return name === undefined || date === undefined ? day : `${Number(date)} ${name}`;
}

/** A touchpoint type as a label people read (`CALL_CENTRE` → `Call centre`). */
export function touchpointType(type: string): string {
    const words = type.toLowerCase().split("_").join(" ");
    return words.charAt(0).toUpperCase() + words.slice(1);
}
