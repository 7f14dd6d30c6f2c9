import { ApiProblem, answer, api, type Schemas } from "../api";
import { alignmentSummary } from "../brand-data";
import { el } from "../dom";
import { count, instant } from "../format";
import { emptyState, fact, scrollingTable, statusChip, type PageView } from "../view";

type Webhook = Schemas["Webhook"];
type Delivery = Schemas["WebhookDelivery"];

/** A brand has at most 50 subscriptions, so one page holds them all. */
const SUBSCRIPTIONS = 50;
/** The newest deliveries shown per subscription; the API's log has the rest. */
const RECENT_DELIVERIES = 10;

/**
 * The brand's webhook subscriptions: each one's state and, when failing or disabled, the API's reason, with its newest
 * deliveries and how each attempt went. A test event can be sent from here; times are in the brand's zone.
 */
export async function webhooksPage(brandId: string): Promise<PageView> {
    const [subscriptions, timeZone] = await Promise.all([
        answer(api.GET("/api/v1/alignment/brands/{brandId}/webhooks", { params: { path: { brandId }, query: { limit: SUBSCRIPTIONS } } })),
        brandZone(brandId),
    ]);
    const logs = await Promise.all(subscriptions.items.map((webhook) => recentDeliveries(brandId, webhook.id)));
    const body = subscriptions.items.length === 0
        ? [emptyState("No webhooks yet: subscribe a receiver with POST /api/v1/alignment/brands/{brandId}/webhooks to hear when a promise breaks.")]
        : [el("ul", { class: "rows" }, subscriptions.items.map((webhook, at) => row(brandId, webhook, logs[at] ?? [], timeZone)))];
    return { title: "Webhooks", body, stamp: null, charts: [] };
}

function row(brandId: string, webhook: Webhook, deliveries: Delivery[], timeZone: string): HTMLLIElement {
    const headingId = `webhook-${webhook.id}`;
    const log = el("div", { class: "delivery-log" }, deliveryTable(webhook, deliveries, timeZone));
    return el("li", { class: "row", "data-testid": "webhook-row", "data-webhook-id": webhook.id, "data-state": webhook.state },
        el("h2", { id: headingId, class: "row-title" }, statusChip(webhook.state), " ", el("span", { class: "mono", "data-testid": "webhook-url" }, webhook.url)),
        webhook.problem === null ? null : el("p", { class: "error", "data-testid": "webhook-problem" }, webhook.problem),
        el("dl", { class: "facts" },
            fact("Events", webhook.events.map(eventType)),
            fact("Description", webhook.description ?? "none"),
            fact("Subscribed", instant(webhook.createdAt, timeZone)),
            fact("Secret", webhook.previousSecretExpiresAt === null
                ? "One signing secret"
                : `Rotated: the previous secret also signs until ${instant(webhook.previousSecretExpiresAt, timeZone)}`)),
        el("h3", { class: "row-subtitle" }, "Newest deliveries"),
        log,
        testButton(brandId, webhook, log, timeZone));
}

/** Queues a ping for the subscription, then shows its log again with the ping in it. */
function testButton(brandId: string, webhook: Webhook, log: HTMLElement, timeZone: string): HTMLElement {
    const said = el("p", { class: "sub", role: "status", "data-testid": "webhook-test-status" });
    if (webhook.state === "DISABLED") {
        said.textContent = "Disabled: enable it (PUT with enabled true) before sending to it.";
        return said;
    }
    const button = el("button", { type: "button", "data-testid": "webhook-test" }, "Send a test event");
    button.addEventListener("click", () => {
        button.disabled = true;
        said.textContent = "Sending…";
        void sendTest(brandId, webhook.id)
            .then(async (queued) => {
                said.textContent = `Test event queued as ${queued.messageId}.`;
                log.replaceChildren(deliveryTable(webhook, await recentDeliveries(brandId, webhook.id), timeZone));
            })
            .catch((problem: unknown) => {
                said.textContent = problem instanceof ApiProblem ? problem.detail : "The test event could not be sent.";
            })
            .finally(() => {
                button.disabled = false;
            });
    });
    return el("div", { class: "actions" }, button, said);
}

function deliveryTable(webhook: Webhook, deliveries: Delivery[], timeZone: string): HTMLElement {
    if (deliveries.length === 0) return el("p", { class: "sub", "data-testid": "no-deliveries" }, "Nothing sent yet.");
    return scrollingTable(`Newest deliveries to ${webhook.url}`, el("table", { class: "data compact" },
        el("thead", {}, el("tr", {},
            el("th", { scope: "col" }, "Event"), el("th", { scope: "col" }, "Created"), el("th", { scope: "col" }, "State"),
            el("th", { scope: "col" }, "Attempts"), el("th", { scope: "col" }, "Last answer"), el("th", { scope: "col" }, "Next attempt"))),
        el("tbody", {}, deliveries.map((delivery) => el("tr", {
            "data-testid": "delivery-row",
            "data-delivery-id": delivery.id,
            "data-message-id": delivery.messageId,
            "data-state": delivery.state,
            "data-attempts": String(delivery.attempts),
        },
        el("td", { class: "mono" }, delivery.eventType),
        el("td", {}, instant(delivery.createdAt, timeZone)),
        el("td", {}, statusChip(delivery.state)),
        el("td", {}, count(delivery.attempts)),
        el("td", { "data-testid": "delivery-last-answer" }, lastAnswer(delivery)),
        el("td", {}, nextAttempt(webhook, delivery, timeZone)))))));
}

/** When the delivery is tried next: a disabled subscription's pending deliveries wait until it is enabled again. */
function nextAttempt(webhook: Webhook, delivery: Delivery, timeZone: string): string {
    if (delivery.nextAttemptAt === null) return "—";
    return webhook.state === "DISABLED" ? "When enabled again" : instant(delivery.nextAttemptAt, timeZone);
}

/** The newest attempt's status code and time taken, or why there was no answer. */
function lastAnswer(delivery: Delivery): string {
    const last = delivery.log.at(-1);
    if (last === undefined) return "Not tried yet";
    if (last.statusCode === null) return last.error ?? "No answer";
    return `${last.statusCode} in ${count(last.durationMs)} ms`;
}

/** An event type on its own line, allowed to break after its dot (`promise.` / `status_changed`) in a narrow column. */
function eventType(type: string): HTMLSpanElement {
    const dot = type.indexOf(".");
    return dot < 0
        ? el("span", { class: "event mono" }, type)
        : el("span", { class: "event mono" }, type.slice(0, dot + 1), el("wbr"), type.slice(dot + 1));
}

async function recentDeliveries(brandId: string, webhookId: string): Promise<Delivery[]> {
    const page = await answer(api.GET("/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}/deliveries", {
        params: { path: { brandId, webhookId }, query: { limit: RECENT_DELIVERIES } },
    }));
    return page.items;
}

function sendTest(brandId: string, webhookId: string): Promise<Delivery> {
    return answer(api.POST("/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}/test", { params: { path: { brandId, webhookId } } }));
}

/** The brand's zone from its alignment summary, which every key that manages webhooks may read; UTC before a first snapshot. */
function brandZone(brandId: string): Promise<string> {
    return alignmentSummary(brandId, null).then((summary) => summary.timeZone, () => "UTC");
}
