import assert from "node:assert/strict";
import type { IssuedKey } from "../api.js";
import { signedIn, type Figures, type Suite } from "../suite.js";
import { waitUntil } from "../waiting.js";

/**
 * Signs in with a fresh key, lets `endKey` make the gateway refuse it, and then follows a link: the next call's 401 must
 * clear the key and bring back the sign-in page with a message matching `why`.
 */
async function refusedKeyLeadsToSignIn(suite: Suite, name: string, key: IssuedKey, endKey: () => Promise<void>, why: RegExp): Promise<Figures> {
    const { brandId } = suite.settings;
    const holder = suite.admin.as(key.key);
    return signedIn(suite, 1280, key.key, async (dashboard) => {
        await dashboard.visit(`/brands/${brandId}`);
        await dashboard.visible("alignment-index");
        const started = Date.now();
        await endKey();
        await waitUntil(`the gateway refuses the ${name} key`, () => holder.keyRefused(brandId), (refused) => refused, 60_000);
        await (await dashboard.visible("nav-gaps")).click();
        await waitUntil(`a ${name} key goes back to sign-in`, () => Promise.resolve(dashboard.route()), (route) => route.startsWith("/sign-in"));
        const message = await dashboard.text("signin-message");
        assert.match(message, why, `the sign-in page says why: ${JSON.stringify(message)}`);
        assert.equal(await dashboard.storedKey(), null, `a ${name} key is cleared from session storage`);
        await dashboard.check(`sign-in-${name}`);
        return { secondsUntilRefused: Math.round((Date.now() - started) / 1000), message };
    });
}

/** A key that expires while the dashboard is open. */
export async function expiredKeyReturnsToSignIn(suite: Suite): Promise<Figures> {
    const expiresAt = new Date(Date.now() + 12_000);
    const key = await suite.admin.issuePartnerKey(`browser-expiring-${Date.now().toString(36)}`, suite.settings.brandId, expiresAt);
    return refusedKeyLeadsToSignIn(suite, "expired", key,
        () => new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresAt.getTime() - Date.now()))), /expire/i);
}

/** A key the admin API revokes while the dashboard is open. */
export async function revokedKeyReturnsToSignIn(suite: Suite): Promise<Figures> {
    const key = await suite.admin.issuePartnerKey(`browser-revoked-${Date.now().toString(36)}`, suite.settings.brandId);
    return refusedKeyLeadsToSignIn(suite, "revoked", key, () => suite.admin.revoke(key.clientId), /\S/);
}
