import assert from "node:assert/strict";
import type { Dashboard } from "../dashboard.js";
import { signedIn, signedOut, type Figures, type Suite } from "../suite.js";
import { waitUntil } from "../waiting.js";

/** Links the brand picker offers, as brand ids. */
async function brandLinks(dashboard: Dashboard, brandId: string): Promise<number> {
    return dashboard.page.locator(`a[href*="#/brands/${brandId}"]`).count();
}

/** A bad key is refused with a message; the admin key is kept in session storage only and opens every brand. */
export async function adminSignsIn(suite: Suite): Promise<Figures> {
    const { brandId, adminKey, gatewayUrl } = suite.settings;
    await signedOut(suite, 1280, async (dashboard) => {
        await dashboard.visit(`/brands/${brandId}`);
        await waitUntil("a visit without a key goes to sign-in", () => Promise.resolve(dashboard.route()), (route) => route.startsWith("/sign-in"));
        await dashboard.visible("signin-key");
        await dashboard.check("sign-in");
        await dashboard.submitKey("bb_not_a_key_of_this_platform");
        assert.notEqual(await dashboard.text("signin-message"), "", "a refused key is explained");
        assert.ok(dashboard.route().startsWith("/sign-in"), `a refused key stays on sign-in, not ${dashboard.route()}`);
        assert.equal(await dashboard.storedKey(), null, "a refused key is not kept");
        await dashboard.check("sign-in-refused");
    });
    return signedIn(suite, 1280, adminKey, async (dashboard) => {
        assert.equal(await dashboard.storedKey(), adminKey, "the key is held in session storage");
        assert.ok(!(await dashboard.keyKeptElsewhere(adminKey)), "the key is never in the URL, local storage or a cookie");
        await dashboard.visit("/brands");
        await waitUntil("the picker offers the demo brand", () => brandLinks(dashboard, brandId), (n) => n > 0);
        await dashboard.check("brands");
        await dashboard.visit(`/brands/${brandId}`);
        await dashboard.visible("alignment-index");
        await dashboard.visible("nav-touchpoints");
        assert.ok(!(await dashboard.keyKeptElsewhere(adminKey)), `the key is not in ${gatewayUrl} URLs after navigating`);
        return { signedInAs: "ADMIN" };
    });
}

/** A PARTNER key sees its brand's alignment pages only; another brand, even typed into the URL, answers the API's 404. */
export async function partnerSeesOnlyItsBrand(suite: Suite): Promise<Figures> {
    const { brandId, otherBrandId, partnerKey } = suite.settings;
    const refusal = await suite.partner.alignmentRefusal(otherBrandId);
    assert.equal(refusal.status, 404, "the API hides another brand from a partner");
    assert.notEqual(refusal.detail, "", "the API's 404 says why");
    // The admin can read the other brand, so a page that showed it would have its name to leak.
    const other = await suite.admin.brand(otherBrandId);
    return signedIn(suite, 1280, partnerKey, async (dashboard) => {
        await dashboard.visit("/brands");
        await waitUntil("the picker offers the partner's brand", () => brandLinks(dashboard, brandId), (n) => n > 0);
        assert.equal(await brandLinks(dashboard, otherBrandId), 0, "the picker does not offer another brand");
        await dashboard.check("partner-brands");

        await dashboard.visit(`/brands/${brandId}`);
        await dashboard.visible("alignment-index");
        await dashboard.visible("nav-gaps");
        assert.equal(await dashboard.count("nav-touchpoints"), 0, "a partner has no touchpoints page");
        await dashboard.check("partner-overview");

        for (const route of [`/brands/${otherBrandId}`, `/brands/${otherBrandId}/gaps`, `/brands/${otherBrandId}/conflicts`]) {
            await dashboard.visit(route);
            const message = await dashboard.text("error-message");
            // Each page reads other operations first, whose 404s may word it differently; the overview's is the one read here.
            const expected = route === `/brands/${otherBrandId}` ? refusal.detail : "";
            assert.ok(message !== "" && message.includes(expected), `${route} shows the API's 404 detail ${JSON.stringify(refusal.detail)}, not ${JSON.stringify(message)}`);
            for (const data of ["alignment-index", "promise-row", "gap-row", "conflict-row"]) {
                assert.equal(await dashboard.count(data), 0, `${route} shows no ${data} of another brand`);
            }
            assert.ok(!(await dashboard.page.locator("body").innerText()).includes(other.name), `${route} does not name ${other.name}`);
        }
        await dashboard.check("partner-other-brand");

        await dashboard.visit(`/brands/${brandId}/touchpoints`);
        await dashboard.settled();
        await dashboard.page.waitForTimeout(500);
        assert.equal(await dashboard.count("touchpoint-row"), 0, "a partner is shown no touchpoints");
        return { otherBrandStatus: refusal.status };
    });
}

/** The touchpoints page lists every touchpoint of the brand the API lists, each with the API's ingest health. */
export async function touchpointsListEveryTouchpoint(suite: Suite): Promise<Figures> {
    const { brandId, adminKey } = suite.settings;
    const touchpoints = await suite.admin.touchpoints(brandId);
    // Nothing is pushed while the suite runs, so the health read now is the one the page reads.
    const health = await Promise.all(touchpoints.map((touchpoint) => suite.admin.ingestHealth(touchpoint.id)));
    const received = health.reduce((sum, one) => sum + one.last24h.received, 0);
    assert.ok(received > 0, "the demo data was pushed in the last 24 hours");
    return signedIn(suite, 1280, adminKey, async (dashboard) => {
        await dashboard.visit(`/brands/${brandId}`);
        await (await dashboard.visible("nav-touchpoints")).click();
        await waitUntil("the touchpoints link opens the page", () => Promise.resolve(dashboard.route()), (route) => route.startsWith(`/brands/${brandId}/touchpoints`));
        const shown = await dashboard.rows("touchpoint-row", touchpoints.length, ["data-touchpoint-id", "data-last-push", "data-received", "data-rejected"]);
        assert.deepEqual(shown.map((row) => row.attributes["data-touchpoint-id"]).sort(), touchpoints.map((t) => t.id).sort());
        touchpoints.forEach((touchpoint, at) => {
            const row = shown.find((r) => r.attributes["data-touchpoint-id"] === touchpoint.id);
            assert.ok(row?.text.includes(touchpoint.name), `the row of ${touchpoint.id} names it ${JSON.stringify(touchpoint.name)}`);
            const api = health[at];
            assert.deepEqual([row?.attributes["data-last-push"], row?.attributes["data-received"], row?.attributes["data-rejected"]],
                [api?.lastPushAt ?? "", String(api?.last24h.received), String(api?.last24h.rejected)], `the ingest health of ${touchpoint.id}`);
        });
        await dashboard.check("touchpoints");
        return { touchpoints: touchpoints.length, received };
    });
}
