import type { components } from "../../clients/typescript/src/api";

// The key lives in session storage under this one name only: never in the URL, never in local storage.
const KEY_NAME = "brandbridge.key";

/** Who the signed-in key is, as `GET /api/v1/session` answers it. */
export type KeySession = components["schemas"]["Session"];

/**
 * Roles that may read the brand and touchpoint catalogues and the operational targets (the gateway's readers); a
 * PARTNER reads alignment pages only.
 */
const CATALOGUE_READERS: KeySession["roles"] = ["ADMIN", "MARKETING", "OPERATIONS", "VIEWER"];

/** Roles that may manage a brand's webhook subscriptions (a PARTNER those of its own brands). */
const WEBHOOK_MANAGERS: KeySession["roles"] = ["ADMIN", "MARKETING", "OPERATIONS", "PARTNER"];

export function currentKey(): string | null {
    return window.sessionStorage.getItem(KEY_NAME);
}

export function keepKey(key: string): void {
    window.sessionStorage.setItem(KEY_NAME, key);
}

export function forgetKey(): void {
    window.sessionStorage.removeItem(KEY_NAME);
}

/** Whether the key may read the catalogues: brand names, touchpoints and their targets. */
export function readsCatalogues(session: KeySession): boolean {
    return session.roles.some((role) => CATALOGUE_READERS.includes(role));
}

/** Whether the key may see the webhook subscriptions and their deliveries. */
export function managesWebhooks(session: KeySession): boolean {
    return session.roles.some((role) => WEBHOOK_MANAGERS.includes(role));
}

/**
 * Why the last key stopped working, shown on the sign-in page until a key signs in. Kept in memory only, and kept rather
 * than taken: several calls refused at once each sign out, and each may draw the sign-in page again.
 */
let signOutReason: string | null = null;

export function rememberSignOutReason(reason: string): void {
    signOutReason = reason;
}

export function lastSignOutReason(): string | null {
    return signOutReason;
}

export function forgetSignOutReason(): void {
    signOutReason = null;
}
