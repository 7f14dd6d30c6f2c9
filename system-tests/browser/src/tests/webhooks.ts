import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Dashboard } from "../dashboard.js";
import { signedIn, type Figures, type Suite } from "../suite.js";
import { waitUntil } from "../waiting.js";

/** One request a receiver got: the Standard Webhooks headers and the body as sent. */
interface Received {
    readonly id: string;
    readonly timestamp: string;
    readonly signature: string;
    readonly body: string;
}

/** A real HTTP receiver on loopback that answers every delivery with one status and keeps what it got. */
class Receiver {
    readonly received: Received[] = [];

    private constructor(private readonly server: Server) {
    }

    static async answering(status: number): Promise<Receiver> {
        const server = createServer();
        const receiver = new Receiver(server);
        server.on("request", (request, response) => {
            const chunks: Buffer[] = [];
            request.on("data", (chunk: Buffer) => chunks.push(chunk));
            request.on("end", () => {
                receiver.received.push({
                    id: String(request.headers["webhook-id"] ?? ""),
                    timestamp: String(request.headers["webhook-timestamp"] ?? ""),
                    signature: String(request.headers["webhook-signature"] ?? ""),
                    body: Buffer.concat(chunks).toString("utf8"),
                });
                response.writeHead(status).end();
            });
        });
        await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
        return receiver;
    }

    url(path: string): string {
        return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
    }

    close(): Promise<void> {
        return new Promise((resolve) => this.server.close(() => resolve()));
    }
}

/** Whether one of the header's signatures is `v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` under the secret. */
function signedWith(secret: string, request: Received): boolean {
    const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
    const expected = createHmac("sha256", key).update(`${request.id}.${request.timestamp}.${request.body}`).digest("base64");
    return request.signature.split(" ").includes(`v1,${expected}`);
}

/**
 * A partner's webhooks page: every subscription the API lists with its state, the API's reason for one its receiver
 * disabled (410), and the newest deliveries; "Send a test event" queues a ping the receiver gets, signed, and the log
 * then shows it delivered with the API's figures.
 */
export async function webhooksShowStateAndDeliveries(suite: Suite): Promise<Figures> {
    const { brandId, partnerKey } = suite.settings;
    const ok = await Receiver.answering(204);
    const gone = await Receiver.answering(410);
    const made: string[] = [];
    try {
        const listening = await suite.partner.subscribe(brandId, ok.url("/brandbridge"), ["promise.status_changed", "gap.opened"], "operations pager");
        made.push(listening.webhook.id);
        const closed = await suite.partner.subscribe(brandId, gone.url("/retired"), ["alignment.stale"], "retired receiver");
        made.push(closed.webhook.id);
        await suite.partner.ping(brandId, closed.webhook.id);
        const disabled = await waitUntil("a receiver answering 410 disables its subscription",
            () => suite.partner.webhook(brandId, closed.webhook.id), (webhook) => webhook.state === "DISABLED");
        assert.notEqual(disabled.problem, null, "the API says why it was disabled");

        const pinged = await signedIn(suite, 1280, partnerKey, async (dashboard) => {
            await dashboard.visit(`/brands/${brandId}`);
            await (await dashboard.visible("nav-webhooks")).click();
            await waitUntil("the webhooks link opens the page", () => Promise.resolve(dashboard.route()), (route) => route === `/brands/${brandId}/webhooks`);
            await matchesTheApi(suite, dashboard, made);
            await dashboard.check("webhooks");

            const row = dashboard.page.locator(`[data-testid="webhook-row"][data-webhook-id="${listening.webhook.id}"]`);
            await row.getByTestId("webhook-test").click();
            const said = await waitUntil("the page says the test event was queued",
                async () => (await row.getByTestId("webhook-test-status").textContent()) ?? "", (text) => /queued as msg_/.test(text));
            const messageId = /msg_[0-9a-z]+/.exec(said)?.[0] ?? "";
            const request = await waitUntil(`the receiver gets ${messageId}`,
                () => Promise.resolve(ok.received.find((r) => r.id === messageId)), (found) => found !== undefined);
            assert.ok(request !== undefined && signedWith(listening.secret, request), "the test event is signed with the subscription's secret");
            assert.equal(JSON.parse(request.body).type, "ping");
            await waitUntil("the API logs the test event delivered", () => suite.partner.deliveries(brandId, listening.webhook.id),
                (deliveries) => deliveries.some((d) => d.messageId === messageId && d.state === "DELIVERED"));
            await dashboard.visit(`/brands/${brandId}/webhooks`);
            await matchesTheApi(suite, dashboard, made);
            const shown = row.locator(`[data-testid="delivery-row"][data-message-id="${messageId}"]`).first();
            assert.equal(await shown.getAttribute("data-state"), "DELIVERED");
            assert.match((await shown.getByTestId("delivery-last-answer").textContent()) ?? "", /^204 in \d[\d,]* ms$/);
            return messageId;
        });
        await signedIn(suite, 390, partnerKey, async (dashboard) => {
            await dashboard.visit(`/brands/${brandId}/webhooks`);
            await matchesTheApi(suite, dashboard, made);
            await dashboard.check("webhooks");
        });
        return { subscriptions: made.length, pinged, disabledBy: 410 };
    } finally {
        for (const webhookId of made) await suite.partner.unsubscribe(brandId, webhookId).catch(() => undefined);
        await Promise.all([ok.close(), gone.close()]);
    }
}

/** Every subscription row shows the API's state and problem, and its delivery rows the API's newest deliveries. */
async function matchesTheApi(suite: Suite, dashboard: Dashboard, webhookIds: string[]): Promise<void> {
    const { brandId } = suite.settings;
    const shown = await dashboard.rows("webhook-row", webhookIds.length, ["data-webhook-id", "data-state"], ["webhook-url", "webhook-problem"]);
    assert.deepEqual(shown.map((row) => row.attributes["data-webhook-id"]).sort(), [...webhookIds].sort());
    for (const webhookId of webhookIds) {
        const api = await suite.partner.webhook(brandId, webhookId);
        const row = shown.find((r) => r.attributes["data-webhook-id"] === webhookId);
        assert.deepEqual([row?.attributes["data-state"], row?.children["webhook-url"], row?.children["webhook-problem"]],
            [api.state, api.url, api.problem], `the row of ${webhookId}`);
        const deliveries = await suite.partner.deliveries(brandId, webhookId);
        const rows = dashboard.page.locator(`[data-testid="webhook-row"][data-webhook-id="${webhookId}"] [data-testid="delivery-row"]`);
        const listed = await rows.evaluateAll((elements) => elements.map((element) =>
            [element.getAttribute("data-delivery-id"), element.getAttribute("data-state"), element.getAttribute("data-attempts")]));
        assert.deepEqual(listed, deliveries.map((d) => [d.id, d.state, String(d.attempts)]), `the deliveries of ${webhookId}`);
    }
}
