import type { Answer, BrandbridgeClient, RequestBody, Role } from "../../clients/typescript/src/index.js";
import { check, equal, expectAnswer, expectBody, expectStatus, first, header } from "./answers.js";
import { clientFor } from "./clients.js";
import { signedWith, WebhookReceiver } from "./receiver.js";
import type { CallRecorder } from "./recorder.js";

/** The roles a caller outside the platform may hold; SERVICE is for the services only. */
export const CALLER_ROLES = ["MARKETING", "OPERATIONS", "INTEGRATOR", "PARTNER", "VIEWER", "PRIVACY"] satisfies Role[];
export type CallerRole = (typeof CALLER_ROLES)[number];

/** What the story leaves behind, for the suites that run after it. */
export interface Story {
    brandId: string;
    promiseId: string;
    touchpointId: string;
    targetId: string;
    metricKey: string;
    keys: Record<CallerRole, string>;
    ingested: number;
}

/** High enough that no suite is throttled; the rate limit itself is the security suites' subject. */
const RATE_LIMIT = { requestsPerSecond: 1000, burst: 1000 };

const HOUR = 3_600_000;

/**
 * A brand's whole story through the gateway, calling every operation of the document at least once:
 * keys per role, the catalogue, promises and their versions, touchpoints and targets, data in three
 * formats, statistics, a recompute and every alignment read, webhooks to a receiver of the suite's own, then the
 * admin's own housekeeping.
 */
export async function playStory(baseUrl: string, adminKey: string, recorder: CallRecorder, tag: string): Promise<Story> {
    const admin = clientFor(baseUrl, adminKey, recorder);

    const created = await expectAnswer(admin.POST("/api/v1/brands", {
        body: { name: `Contract ${tag}`, slug: `contract-${tag}`, timeZone: "Europe/London" },
    }), 201, "createBrand");
    const brandId = created.body.id;
    equal(created.body.slug, `contract-${tag}`, "createBrand echoes the slug");
    header(created.response, "Location", "createBrand");

    const keys = await issueKeys(admin, brandId, tag);
    const marketing = clientFor(baseUrl, keys.MARKETING, recorder);
    const operations = clientFor(baseUrl, keys.OPERATIONS, recorder);
    const integrator = clientFor(baseUrl, keys.INTEGRATOR, recorder);
    const partner = clientFor(baseUrl, keys.PARTNER, recorder);
    const viewer = clientFor(baseUrl, keys.VIEWER, recorder);
    const privacy = clientFor(baseUrl, keys.PRIVACY, recorder);

    await session(partner, brandId);
    await brandCatalogue(admin, marketing, viewer, brandId, tag);
    const metricKey = await metrics(marketing, viewer, brandId);
    const touchpoint = await touchpoints(operations, viewer, brandId);
    const targetId = await targets(operations, viewer, touchpoint);
    const promiseId = await promises(marketing, viewer, brandId, metricKey);
    const ingested = await ingest(integrator, touchpoint) + await sources(integrator, viewer, touchpoint);
    await ingestHealth(viewer, touchpoint);
    await interactionsAndStats(viewer, touchpoint, ingested);
    await journeysAndPersonalData(viewer, privacy, brandId, touchpoint);
    await alignment(marketing, partner, brandId, promiseId);
    await webhooks(operations, partner, brandId);
    await conditionalRead(viewer, brandId);
    await housekeeping(admin, brandId, tag);

    return { brandId, promiseId, touchpointId: touchpoint, targetId, metricKey, keys, ingested };
}

async function issueKeys(admin: BrandbridgeClient, brandId: string, tag: string): Promise<Record<CallerRole, string>> {
    const keys: Partial<Record<CallerRole, string>> = {};
    for (const role of CALLER_ROLES) {
        const client = await expectBody(admin.POST("/api/v1/admin/clients", {
            body: { name: `contract-${tag}-${role.toLowerCase()}`, roles: [role], brands: [brandId], rateLimit: RATE_LIMIT },
        }), 201, `createApiClient ${role}`);
        equal(client.roles.join(","), role, "createApiClient echoes the roles");
        check(client.key.length > 20, "createApiClient answers the key");
        keys[role] = client.key;
    }
    return {
        MARKETING: present(keys.MARKETING), OPERATIONS: present(keys.OPERATIONS), INTEGRATOR: present(keys.INTEGRATOR),
        PARTNER: present(keys.PARTNER), VIEWER: present(keys.VIEWER), PRIVACY: present(keys.PRIVACY),
    };
}

/** A key asks who it belongs to, as a front end does before it shows anything. */
async function session(partner: BrandbridgeClient, brandId: string): Promise<void> {
    const who = await expectBody(partner.GET("/api/v1/session"), 200, "getSession");
    equal(who.roles.join(","), "PARTNER", "getSession answers the key's roles");
    equal(who.brands.join(","), brandId, "getSession answers the key's brands");
    equal(who.allBrands, false, "getSession answers a key with named brands");
}

function present(value: string | undefined): string {
    if (value === undefined) {
        throw new Error("a key was not issued");
    }
    return value;
}

async function brandCatalogue(admin: BrandbridgeClient, marketing: BrandbridgeClient, viewer: BrandbridgeClient, brandId: string, tag: string): Promise<void> {
    const list = await expectBody(viewer.GET("/api/v1/brands", { params: { query: { limit: 50 } } }), 200, "listBrands");
    check(list.items.some((b) => b.id === brandId), "listBrands shows the brand in the key's scope");
    const read = await expectAnswer(viewer.GET("/api/v1/brands/{brandId}", { params: { path: { brandId } } }), 200, "getBrand");
    equal(read.body.id, brandId, "getBrand echoes the id");
    const updated = await expectBody(marketing.PUT("/api/v1/brands/{brandId}", {
        params: { path: { brandId }, header: { "If-Match": header(read.response, "ETag", "getBrand") } },
        body: { name: `Contract ${tag} renamed`, slug: read.body.slug, timeZone: read.body.timeZone },
    }), 200, "updateBrand");
    equal(updated.name, `Contract ${tag} renamed`, "updateBrand stores the new name");

    // A brand with nothing in it can be deleted; the story's own brand keeps its data.
    const spare = await expectBody(admin.POST("/api/v1/brands", { body: { name: "Spare", slug: `contract-${tag}-spare` } }), 201, "createBrand spare");
    await expectStatus(admin.DELETE("/api/v1/brands/{brandId}", { params: { path: { brandId: spare.id } } }), 204, "deleteBrand");
    await expectStatus(admin.GET("/api/v1/brands/{brandId}", { params: { path: { brandId: spare.id } } }), 404, "getBrand after deleteBrand");
}

async function metrics(marketing: BrandbridgeClient, viewer: BrandbridgeClient, brandId: string): Promise<string> {
    const metric = await expectBody(marketing.POST("/api/v1/brands/{brandId}/metrics", {
        params: { path: { brandId } },
        body: { key: "callback_kept", kind: "BOOLEAN", unit: "bool", description: "A promised call-back happened in its slot" },
    }), 201, "createMetric");
    equal(metric.key, "callback_kept", "createMetric echoes the key");
    const read = await expectBody(viewer.GET("/api/v1/brands/{brandId}/metrics/{metricKey}", {
        params: { path: { brandId, metricKey: "callback_kept" } },
    }), 200, "getMetric");
    equal(read.kind, "BOOLEAN", "getMetric answers the kind");
    const catalogue = await expectBody(viewer.GET("/api/v1/metrics", { params: { query: { brandId, limit: 200 } } }), 200, "listMetrics");
    check(catalogue.items.some((m) => m.key === "wait_seconds") && catalogue.items.some((m) => m.key === "callback_kept"),
        "listMetrics lists the standard metrics and the brand's own");

    await expectBody(marketing.POST("/api/v1/brands/{brandId}/metrics", {
        params: { path: { brandId } }, body: { key: "spare_metric", kind: "NUMBER", unit: "n" },
    }), 201, "createMetric spare");
    await expectStatus(marketing.DELETE("/api/v1/brands/{brandId}/metrics/{metricKey}", {
        params: { path: { brandId, metricKey: "spare_metric" } },
    }), 204, "deleteMetric");
    return metric.key;
}

async function touchpoints(operations: BrandbridgeClient, viewer: BrandbridgeClient, brandId: string): Promise<string> {
    const touchpoint = await expectBody(operations.POST("/api/v1/touchpoints", {
        params: { query: { brandId } },
        body: { name: "Leeds contact centre", owner: "Customer Operations", region: "UK-North", type: "CALL_CENTRE", timeZone: "Europe/London", vendor: "Acme BPO" },
    }), 201, "createTouchpoint");
    equal(touchpoint.brandId, brandId, "createTouchpoint echoes the brand");
    const touchpointId = touchpoint.id;
    const list = await expectBody(viewer.GET("/api/v1/touchpoints", { params: { query: { brandId, type: "CALL_CENTRE" } } }), 200, "listTouchpoints");
    check(list.items.some((t) => t.id === touchpointId), "listTouchpoints shows the new touchpoint");
    const read = await expectBody(viewer.GET("/api/v1/touchpoints/{touchpointId}", { params: { path: { touchpointId } } }), 200, "getTouchpoint");
    equal(read.name, "Leeds contact centre", "getTouchpoint answers the name");
    const updated = await expectBody(operations.PUT("/api/v1/touchpoints/{touchpointId}", {
        params: { path: { touchpointId } },
        body: { name: read.name, owner: "Customer Care", region: read.region, type: read.type, timeZone: read.timeZone },
    }), 200, "updateTouchpoint");
    equal(updated.owner, "Customer Care", "updateTouchpoint stores the owner");

    const spare = await expectBody(operations.POST("/api/v1/touchpoints", {
        params: { query: { brandId } }, body: { name: "Pop-up shop", owner: "Retail", region: "UK-South", type: "RETAIL_STORE" },
    }), 201, "createTouchpoint spare");
    await expectStatus(operations.DELETE("/api/v1/touchpoints/{touchpointId}", { params: { path: { touchpointId: spare.id } } }), 204, "deleteTouchpoint");
    return touchpointId;
}

async function targets(operations: BrandbridgeClient, viewer: BrandbridgeClient, touchpointId: string): Promise<string> {
    const target = await expectBody(operations.POST("/api/v1/touchpoints/{touchpointId}/targets", {
        params: { path: { touchpointId } },
        body: { kind: "COST", metric: "handle_seconds", op: "LE", threshold: 180, rationale: "Contracted average handle time" },
    }), 201, "createTarget");
    equal(target.touchpointId, touchpointId, "createTarget echoes the touchpoint");
    const targetId = target.id;
    const list = await expectBody(viewer.GET("/api/v1/touchpoints/{touchpointId}/targets", { params: { path: { touchpointId } } }), 200, "listTargets");
    check(list.items.some((t) => t.id === targetId), "listTargets shows the target");
    const read = await expectBody(viewer.GET("/api/v1/touchpoints/{touchpointId}/targets/{targetId}", { params: { path: { touchpointId, targetId } } }), 200, "getTarget");
    const updated = await expectBody(operations.PUT("/api/v1/touchpoints/{touchpointId}/targets/{targetId}", {
        params: { path: { touchpointId, targetId } },
        body: { kind: read.kind, metric: read.metric, op: read.op, threshold: 200, rationale: read.rationale },
    }), 200, "updateTarget");
    equal(updated.threshold, 200, "updateTarget stores the threshold");

    const spare = await expectBody(operations.POST("/api/v1/touchpoints/{touchpointId}/targets", {
        params: { path: { touchpointId } }, body: { kind: "SERVICE", metric: "transfers", op: "LE", threshold: 1, rationale: "Few transfers" },
    }), 201, "createTarget spare");
    await expectStatus(operations.DELETE("/api/v1/touchpoints/{touchpointId}/targets/{targetId}", {
        params: { path: { touchpointId, targetId: spare.id } },
    }), 204, "deleteTarget");
    return targetId;
}

async function promises(marketing: BrandbridgeClient, viewer: BrandbridgeClient, brandId: string, metricKey: string): Promise<string> {
    const draft = await expectAnswer(marketing.POST("/api/v1/brands/{brandId}/promises", {
        params: { path: { brandId } },
        body: {
            title: "Your call answered within a minute",
            statement: "When you call us, a person answers within 60 seconds.",
            priority: 4,
            touchpointTypes: ["CALL_CENTRE"],
            commitments: [
                { key: "answered_in_60s", metric: "wait_seconds", op: "LE", threshold: 60, objective: 0.8, minSample: 5, window: { type: "ROLLING_DAYS", days: 28 } },
                { key: "called_back", metric: metricKey, op: "EQ", threshold: 1, objective: 0.9, minSample: 5, window: { type: "CALENDAR_MONTH" } },
            ],
        },
    }), 201, "createPromise");
    const promiseId = draft.body.id;
    equal(draft.body.status, "DRAFT", "createPromise answers a draft");
    equal(draft.body.brandId, brandId, "createPromise echoes the brand");

    // Reading a promise and sending it back unchanged must type-check and be accepted: read and write shapes agree.
    const read = await expectAnswer(viewer.GET("/api/v1/promises/{promiseId}", { params: { path: { promiseId } } }), 200, "getPromise");
    const p = read.body;
    const unchanged = await expectAnswer(marketing.PUT("/api/v1/promises/{promiseId}", {
        params: { path: { promiseId }, header: { "If-Match": header(read.response, "ETag", "getPromise") } },
        body: { title: p.title, statement: p.statement, priority: p.priority, touchpointTypes: p.touchpointTypes, commitments: p.commitments },
    }), 200, "updatePromise with what was read");
    equal(unchanged.body.version, p.version, "sending the same content back changes nothing");

    // Backdated: the promise was made long before it was registered, so history can be computed for the past month.
    const effectiveFrom = new Date(Math.floor((Date.now() - 30 * 24 * HOUR) / 1000) * 1000).toISOString().replace(".000", "");
    const active = await expectAnswer(marketing.POST("/api/v1/promises/{promiseId}/activate", {
        params: { path: { promiseId }, query: { effectiveFrom }, header: { "If-Match": header(unchanged.response, "ETag", "updatePromise") } },
    }), 200, "activatePromise");
    equal(active.body.status, "ACTIVE", "activatePromise activates");
    equal(active.body.effectiveFrom, effectiveFrom, "activatePromise backdates the first version");

    const edited = await expectAnswer(marketing.PUT("/api/v1/promises/{promiseId}", {
        params: { path: { promiseId }, header: { "If-Match": header(active.response, "ETag", "activatePromise") } },
        body: { title: p.title, statement: p.statement, priority: 5, touchpointTypes: p.touchpointTypes, commitments: p.commitments },
    }), 200, "updatePromise of an active promise");
    equal(edited.body.version, active.body.version + 1, "editing an active promise makes a new version");

    const versions = await expectBody(viewer.GET("/api/v1/promises/{promiseId}/versions", { params: { path: { promiseId } } }), 200, "listPromiseVersions");
    check(versions.items.length === 2, `listPromiseVersions lists both versions, got ${versions.items.length}`);
    const first = await expectBody(viewer.GET("/api/v1/promises/{promiseId}/versions/{version}", { params: { path: { promiseId, version: 1 } } }), 200, "getPromiseVersion");
    equal(first.priority, 4, "version 1 keeps its content");
    const list = await expectBody(viewer.GET("/api/v1/brands/{brandId}/promises", { params: { path: { brandId }, query: { status: "ACTIVE" } } }), 200, "listPromises");
    check(list.items.some((i) => i.id === promiseId), "listPromises shows the active promise");
    const inForce = await expectBody(viewer.GET("/api/v1/brands/{brandId}/promises/in-force", { params: { path: { brandId } } }), 200, "listPromisesInForce");
    check(inForce.items.some((i) => i.id === promiseId), "the active promise is in force");

    // A second promise lives its whole life: created, activated, retired.
    const other = await expectAnswer(marketing.POST("/api/v1/brands/{brandId}/promises", {
        params: { path: { brandId } },
        body: { title: "Sorted first time", statement: "We sort it on the first call.", touchpointTypes: ["CALL_CENTRE"],
            commitments: [{ key: "first_time", metric: "resolved_first_contact", op: "EQ", threshold: 1, objective: 0.7, window: { type: "CALENDAR_WEEK" } }] },
    }), 201, "createPromise second");
    const otherActive = await expectAnswer(marketing.POST("/api/v1/promises/{promiseId}/activate", {
        params: { path: { promiseId: other.body.id }, header: { "If-Match": header(other.response, "ETag", "createPromise") } },
    }), 200, "activatePromise second");
    const retired = await expectBody(marketing.POST("/api/v1/promises/{promiseId}/retire", {
        params: { path: { promiseId: other.body.id }, header: { "If-Match": header(otherActive.response, "ETag", "activatePromise") } },
    }), 200, "retirePromise");
    equal(retired.status, "RETIRED", "retirePromise retires");
    return promiseId;
}

/** Ten interactions in each format, in the last hours, some answered late and one call-back missed. */
async function ingest(integrator: BrandbridgeClient, touchpointId: string): Promise<number> {
    const now = Date.now();
    const at = (i: number): string => new Date(now - (i + 1) * HOUR / 4).toISOString();
    const json = Array.from({ length: 10 }, (_, i) => ({
        externalId: `json-${i}`, occurredAt: at(i), journeyId: `jrn-${i}`, customerRef: `cust-${i}`,
        metrics: { wait_seconds: 20 + 10 * i, answered: true, handle_seconds: 150 + 10 * i, resolved_first_contact: i % 3 !== 0, callback_kept: i !== 4 },
        attributes: { queue: "billing" },
    }));
    const report = await expectBody(integrator.POST("/api/v1/touchpoints/{touchpointId}/interactions", {
        params: { path: { touchpointId } }, body: json,
    }), 200, "ingestInteractions JSON");
    equal(report.accepted, 10, `JSON push accepted: ${JSON.stringify(report.errors)}`);

    const ndjson = Array.from({ length: 10 }, (_, i) => JSON.stringify({
        externalId: `ndjson-${i}`, occurredAt: at(i + 10), metrics: { wait_seconds: 30 + 5 * i, answered: true, handle_seconds: 170 + 5 * i },
    })).join("\n") + "\n";
    const ndjsonReport = await expectBody(integrator.POST("/api/v1/touchpoints/{touchpointId}/interactions", {
        params: { path: { touchpointId } }, body: ndjson, headers: { "Content-Type": "application/x-ndjson" }, bodySerializer: (body) => body,
    }), 200, "ingestInteractions NDJSON");
    equal(ndjsonReport.accepted, 10, "NDJSON push accepted");

    const rows = Array.from({ length: 10 }, (_, i) => `csv-${i},${at(i + 20)},,,${40 + 7 * i},true,${i % 2 === 0},billing`);
    const csv = ["externalId,occurredAt,journeyId,customerRef,m.wait_seconds,m.answered,m.resolved_first_contact,a.queue", ...rows].join("\r\n") + "\r\n";
    const csvReport = await expectBody(integrator.POST("/api/v1/touchpoints/{touchpointId}/interactions", {
        params: { path: { touchpointId } }, body: csv, headers: { "Content-Type": "text/csv" }, bodySerializer: (body) => body,
    }), 200, "ingestInteractions CSV");
    equal(csvReport.accepted, 10, "CSV push accepted");

    const again = await expectBody(integrator.POST("/api/v1/touchpoints/{touchpointId}/interactions", {
        params: { path: { touchpointId } }, body: json.slice(0, 3),
    }), 200, "ingestInteractions again");
    equal(again.duplicates, 3, "a record sent again is a duplicate");
    return 30;
}

/**
 * A contact trace record pushed as Amazon Connect exports it, then again with a newer LastUpdateTimestamp (an update),
 * and a semicolon CSV export read through a mapping profile: created, listed, read, edited, previewed, used and deleted.
 */
async function sources(integrator: BrandbridgeClient, viewer: BrandbridgeClient, touchpointId: string): Promise<number> {
    const at = new Date(Date.now() - HOUR).toISOString();
    const ctr = (updated: string, wait: number): string => JSON.stringify({
        ContactId: "ctr-contract-1", Channel: "VOICE", InitiationMethod: "INBOUND", InitiationTimestamp: at, LastUpdateTimestamp: updated,
        Queue: { Name: "Billing", Duration: wait }, Agent: { ConnectedToAgentTimestamp: at, AgentInteractionDuration: 200 },
    }) + "\n";
    const delivered = await expectBody(integrator.POST("/api/v1/touchpoints/{touchpointId}/interactions", {
        params: { path: { touchpointId }, query: { format: "amazon-connect-ctr" } }, body: ctr(at, 40),
        headers: { "Content-Type": "application/x-ndjson" }, bodySerializer: (body) => body,
    }), 200, "ingestInteractions amazon-connect-ctr");
    equal(delivered.accepted, 1, `the contact trace record is stored: ${JSON.stringify(delivered.errors)}`);
    const update = await expectBody(integrator.POST("/api/v1/touchpoints/{touchpointId}/interactions", {
        params: { path: { touchpointId }, query: { format: "amazon-connect-ctr" } }, body: ctr(new Date().toISOString(), 45),
        headers: { "Content-Type": "application/x-ndjson" }, bodySerializer: (body) => body,
    }), 200, "ingestInteractions amazon-connect-ctr updated");
    equal(update.updated, 1, "a newer LastUpdateTimestamp replaces the stored record");

    const profile: RequestBody<"/api/v1/touchpoints/{touchpointId}/mappings", "post"> = {
        name: "acd-export", format: "csv", delimiter: ";", externalId: "Call ID",
        occurredAt: { date: "Date", time: "Time", pattern: "yyyy-MM-dd HH:mm:ss", timeZone: "Europe/Berlin" },
        metrics: [{ source: "Wait", metric: "wait_seconds", transform: "duration" },
            { source: "Answered (Y/N)", metric: "answered", transform: "boolean" }],
        attributes: [{ source: "Queue", attribute: "queue" }],
    };
    const created = await expectAnswer(integrator.POST("/api/v1/touchpoints/{touchpointId}/mappings", {
        params: { path: { touchpointId } }, body: profile,
    }), 201, "createMappingProfile");
    equal(created.body.version, 1, "a new profile is version 1");
    const list = await expectBody(viewer.GET("/api/v1/touchpoints/{touchpointId}/mappings", { params: { path: { touchpointId } } }), 200, "listMappingProfiles");
    check(list.items.some((p) => p.name === "acd-export"), "listMappingProfiles lists the profile");
    const read = await expectAnswer(viewer.GET("/api/v1/touchpoints/{touchpointId}/mappings/{name}", {
        params: { path: { touchpointId, name: "acd-export" } },
    }), 200, "getMappingProfile");
    const edited = await expectBody(integrator.PUT("/api/v1/touchpoints/{touchpointId}/mappings/{name}", {
        params: { path: { touchpointId, name: "acd-export" }, header: { "If-Match": header(read.response, "ETag", "getMappingProfile") } },
        body: { ...profile, customerRef: "Caller" },
    }), 200, "updateMappingProfile");
    equal(edited.version, 2, "an edit is the next version");

    const local = new Date(Date.now() - 2 * HOUR).toLocaleString("sv-SE", { timeZone: "Europe/Berlin" });
    const [day, time] = local.split(" ");
    const csv = "\uFEFFCall ID;Date;Time;Wait;Answered (Y/N);Queue;Caller\r\n"
        + `map-1;${day};${time};0:00:35;Y;billing;\r\nmap-2;${day};${time};01:20;N;billing;\r\n`;
    const preview = await expectBody(integrator.POST("/api/v1/touchpoints/{touchpointId}/mappings/{name}/preview", {
        params: { path: { touchpointId, name: "acd-export" } }, body: csv, headers: { "Content-Type": "text/csv" }, bodySerializer: (body) => body,
    }), 200, "previewMappingProfile");
    equal(preview.records.length, 2, `the preview reads both rows: ${JSON.stringify(preview.errors)}`);
    equal(first(preview.records, "previewMappingProfile").metrics.wait_seconds, 35, "H:MM:SS becomes seconds");
    const mapped = await expectBody(integrator.POST("/api/v1/touchpoints/{touchpointId}/interactions", {
        params: { path: { touchpointId }, query: { mapping: "acd-export" } }, body: csv,
        headers: { "Content-Type": "text/csv" }, bodySerializer: (body) => body,
    }), 200, "ingestInteractions mapping");
    equal(mapped.accepted, 2, "the mapped rows are stored");
    // A profile of its own to delete: the negative cases use the one above afterwards.
    await expectStatus(integrator.POST("/api/v1/touchpoints/{touchpointId}/mappings", {
        params: { path: { touchpointId } }, body: { ...profile, name: "old-export" },
    }), 201, "createMappingProfile old-export");
    await expectStatus(integrator.DELETE("/api/v1/touchpoints/{touchpointId}/mappings/{name}", {
        params: { path: { touchpointId, name: "old-export" } },
    }), 204, "deleteMappingProfile");
    return 3;
}

/** The seven pushes of ingest() and sources() just now, summed: 37 records, 3 of them duplicates and 1 an update. */
async function ingestHealth(viewer: BrandbridgeClient, touchpointId: string): Promise<void> {
    const health = await expectBody(viewer.GET("/api/v1/touchpoints/{touchpointId}/ingest-health", {
        params: { path: { touchpointId } },
    }), 200, "getIngestHealth");
    check(health.lastPushAt !== null, "getIngestHealth names the last push");
    const { pushes, received, accepted, updated, duplicates, rejected } = health.last24h;
    equal(pushes, 7, "getIngestHealth counts the pushes");
    equal(received, 37, "getIngestHealth sums received");
    equal(accepted, 33, "getIngestHealth sums accepted");
    equal(updated, 1, "getIngestHealth sums updated");
    equal(duplicates, 3, "getIngestHealth sums duplicates");
    equal(rejected, 0, "getIngestHealth sums rejected");
}

async function interactionsAndStats(viewer: BrandbridgeClient, touchpointId: string, ingested: number): Promise<void> {
    const from = new Date(Date.now() - 24 * HOUR).toISOString();
    const to = new Date(Date.now() + HOUR).toISOString();
    const page = await expectBody(viewer.GET("/api/v1/touchpoints/{touchpointId}/interactions", {
        params: { path: { touchpointId }, query: { from, to, limit: 200 } },
    }), 200, "listInteractions");
    equal(page.items.length, ingested, "listInteractions lists what was pushed");
    equal(page.nextCursor, null, "a single page has no next cursor");

    const attainment = await expectBody(viewer.POST("/api/v1/stats/attainment", {
        body: { touchpointIds: [touchpointId], metric: "wait_seconds", op: "LE", threshold: 60, from, to, bucket: "DAY" },
    }), 200, "attainment");
    equal(attainment.valid, ingested, "attainment counts every interaction with a wait");
    const contingency = await expectBody(viewer.POST("/api/v1/stats/contingency", {
        body: { touchpointIds: [touchpointId], a: { metric: "handle_seconds", op: "LE", threshold: 180 }, b: { metric: "resolved_first_contact", op: "EQ", threshold: 1 }, from, to },
    }), 200, "contingency");
    equal(contingency.bothMet + contingency.aOnly + contingency.bOnly + contingency.neither, 10, "contingency counts the interactions with both metrics");
    const changes = await expectBody(viewer.POST("/api/v1/stats/changes", {
        body: { touchpointIds: [touchpointId], since: null, occurredFrom: from, timeZone: "Europe/London" },
    }), 200, "listChangedDays");
    check(changes.days.length >= 1, "listChangedDays names the days just pushed into");

    // Standing counters: registered predicates answer the same counts, and a batch asks many windows at once.
    const registered = await expectBody(viewer.POST("/api/v1/stats/predicates", {
        body: { touchpointIds: [touchpointId], attainment: [{ metric: "wait_seconds", op: "LE", threshold: 60 }],
            pairs: [{ a: { metric: "handle_seconds", op: "LE", threshold: 180 }, b: { metric: "resolved_first_contact", op: "EQ", threshold: 1 } }] },
    }), 200, "registerPredicates");
    equal(registered.predicates.length, 2, "registerPredicates answers each predicate");
    const predicate = await expectBody(viewer.GET("/api/v1/stats/predicates/{predicateId}", {
        params: { path: { predicateId: first(registered.predicates, "registerPredicates").id } },
    }), 200, "getPredicate");
    equal(predicate.id, first(registered.predicates, "registerPredicates").id, "getPredicate echoes the predicate");
    const windows = await expectBody(viewer.POST("/api/v1/stats/attainment/batch", {
        body: { touchpointIds: [touchpointId], metric: "wait_seconds", op: "LE", threshold: 60, windows: [{ from, to, bucket: null }, { from, to, bucket: "HOUR" }] },
    }), 200, "computeAttainmentBatch");
    equal(first(windows.windows, "computeAttainmentBatch").valid, attainment.valid, "a batch window counts what the single question counts");
    const tables = await expectBody(viewer.POST("/api/v1/stats/contingency/batch", {
        body: { touchpointIds: [touchpointId], a: { metric: "handle_seconds", op: "LE", threshold: 180 }, b: { metric: "resolved_first_contact", op: "EQ", threshold: 1 },
            windows: [{ from, to }] },
    }), 200, "computeContingencyBatch");
    equal(first(tables.windows, "computeContingencyBatch").bothMet, contingency.bothMet, "a batch 2×2 table equals the single one");
}

/**
 * The JSON push gave each record a journey and a customer of its own: ten one-contact journeys, no handoff. The brand's
 * data policy, its pseudonym key and an erasure follow; the erased customer's journey then holds no followed-up value.
 */
async function journeysAndPersonalData(viewer: BrandbridgeClient, privacy: BrandbridgeClient, brandId: string, touchpointId: string): Promise<void> {
    const from = new Date(Date.now() - 24 * HOUR).toISOString();
    const to = new Date(Date.now() + HOUR).toISOString();
    const matrix = await expectBody(viewer.POST("/api/v1/stats/handoffs", { body: { touchpointIds: [touchpointId], from, to } }), 200, "computeHandoffs");
    equal(matrix.journeys, 11, "computeHandoffs counts the ten journeys and the contact trace record's");
    equal(matrix.oneContactJourneys, 11, "each journey has one contact");
    equal(matrix.handoffs.length, 0, "one touchpoint hands off to no other");
    const journey = await expectBody(viewer.GET("/api/v1/touchpoints/{touchpointId}/journeys/{journeyId}", {
        params: { path: { touchpointId, journeyId: "jrn-1" } },
    }), 200, "getJourney");
    equal(journey.journeyId, "jrn-1", "getJourney echoes the journey");
    equal(first(journey.contacts, "getJourney").externalId, "json-1", "getJourney lists its contact");
    const found = await expectBody(viewer.POST("/api/v1/touchpoints/{touchpointId}/journeys/lookup", {
        params: { path: { touchpointId } }, body: { customerRef: "cust-2" },
    }), 200, "lookUpCustomerJourneys");
    equal(found.journeys.length, 1, "the customer's one journey is found by the raw reference");

    const policy = await expectBody(viewer.GET("/api/v1/brands/{brandId}/data-policy", { params: { path: { brandId } } }), 200, "getDataPolicy");
    equal(policy.repeatWindowDays, 7, "a brand starts with a 7-day repeat window");
    const replaced = await expectBody(privacy.PUT("/api/v1/brands/{brandId}/data-policy", {
        params: { path: { brandId } }, body: { repeatWindowDays: 7, interactionRetentionDays: 400, piiGuard: true },
    }), 200, "replaceDataPolicy");
    equal(replaced.interactionRetentionDays, 400, "replaceDataPolicy stores the retention");
    const key = await expectBody(privacy.GET("/api/v1/brands/{brandId}/pseudonym-key", { params: { path: { brandId } } }), 200, "getPseudonymKey");
    const rotated = await expectBody(privacy.POST("/api/v1/brands/{brandId}/pseudonym-key/rotate", { params: { path: { brandId } } }), 200, "rotatePseudonymKey");
    equal(rotated.version, key.version + 1, "a rotation starts the next key version");

    const erased = await expectBody(privacy.POST("/api/v1/brands/{brandId}/erasure", {
        params: { path: { brandId } }, body: { customerRef: "cust-2" },
    }), 200, "eraseCustomer");
    equal(erased.interactionsAffected, 1, "the customer had one interaction");
    const audit = await expectBody(privacy.GET("/api/v1/brands/{brandId}/erasures", { params: { path: { brandId } } }), 200, "listErasures");
    equal(first(audit.items, "listErasures").id, erased.auditId, "the erasure is audited");
    const gone = await expectBody(viewer.POST("/api/v1/touchpoints/{touchpointId}/journeys/lookup", {
        params: { path: { touchpointId } }, body: { customerRef: "cust-2" },
    }), 200, "lookUpCustomerJourneys after erasure");
    equal(gone.journeys.length, 0, "an erased customer is found nowhere");
}

async function alignment(marketing: BrandbridgeClient, partner: BrandbridgeClient, brandId: string, promiseId: string): Promise<void> {
    // Scores are taken a moment after the activation, in whole seconds, and never in the future.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const asOf = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace(".000", "");
    const recomputed = await expectBody(marketing.POST("/api/v1/alignment/brands/{brandId}/recompute", {
        params: { path: { brandId }, query: { asOf } },
    }), [200, 202], "recompute");
    equal(recomputed.brandId, brandId, "recompute echoes the brand");

    const brand = await expectBody(partner.GET("/api/v1/alignment/brands/{brandId}", { params: { path: { brandId }, query: { asOf } } }), 200, "getBrandAlignment");
    equal(brand.brandId, brandId, "the alignment echoes the brand");
    check(brand.promises.some((p) => p.promiseId === promiseId), "the brand alignment lists the active promise");
    const breakdown = await expectBody(partner.GET("/api/v1/alignment/brands/{brandId}/promises/{promiseId}", {
        params: { path: { brandId, promiseId }, query: { asOf } },
    }), 200, "getPromiseAlignment");
    equal(breakdown.promiseId, promiseId, "the promise breakdown echoes the promise");
    const gaps = await expectBody(partner.GET("/api/v1/alignment/brands/{brandId}/gaps", { params: { path: { brandId }, query: { asOf } } }), 200, "listGaps");
    equal(gaps.brandId, brandId, "gaps echo the brand");
    const conflicts = await expectBody(partner.GET("/api/v1/alignment/brands/{brandId}/conflicts", { params: { path: { brandId }, query: { asOf } } }), 200, "listConflicts");
    equal(conflicts.brandId, brandId, "conflicts echo the brand");
    const handoffs = await expectBody(partner.GET("/api/v1/alignment/brands/{brandId}/handoffs", { params: { path: { brandId }, query: { asOf } } }), 200, "getHandoffMatrix");
    equal(handoffs.journeys, 11, "the snapshot keeps the handoff matrix");
    const history = await expectBody(partner.GET("/api/v1/alignment/brands/{brandId}/history", {
        params: { path: { brandId }, query: { from: new Date(Date.now() - 7 * 24 * HOUR).toISOString(), to: asOf } },
    }), 200, "getAlignmentHistory");
    equal(history.brandId, brandId, "history echoes the brand");
    const trend = await expectBody(partner.GET("/api/v1/alignment/brands/{brandId}/trend", {
        params: { path: { brandId }, query: { promiseId, from: new Date(Date.now() - 7 * 24 * HOUR).toISOString(), to: asOf } },
    }), 200, "getAlignmentTrend");
    equal(trend.promiseId, promiseId, "the trend echoes the promise");

    // Past days, computed by a job; one job per brand runs at a time, so a second one waits and can be cancelled.
    const day = (daysAgo: number): string => new Date(Date.now() - daysAgo * 24 * HOUR).toISOString().slice(0, 10);
    const job = await expectAnswer(marketing.POST("/api/v1/alignment/brands/{brandId}/backfill", {
        params: { path: { brandId } }, body: { from: day(5), to: day(3) },
    }), 202, "startBackfill");
    equal(job.body.daysTotal, 3, "startBackfill counts both ends");
    equal(header(job.response, "Location", "startBackfill"), `/api/v1/alignment/jobs/${job.body.id}`, "startBackfill says where the job is");
    const read = await expectBody(marketing.GET("/api/v1/alignment/jobs/{jobId}", { params: { path: { jobId: job.body.id } } }), 200, "getBackfillJob");
    equal(read.id, job.body.id, "getBackfillJob echoes the job");
    const waiting = await expectBody(marketing.POST("/api/v1/alignment/brands/{brandId}/backfill", {
        params: { path: { brandId } }, body: { from: day(28), to: day(6) },
    }), 202, "startBackfill second");
    await expectStatus(marketing.DELETE("/api/v1/alignment/jobs/{jobId}", { params: { path: { jobId: waiting.id } } }), 204, "cancelBackfillJob");
}

/** How long a queued delivery may take to reach the receiver: the worker polls every 200 ms. */
const DELIVERY_WAIT_MS = 20_000;

/**
 * A subscription's life: created, listed, read, replaced under If-Match, its secret rotated, a ping sent and seen by the
 * receiver signed with both the new and the old secret, the delivery log read, the ping sent again with the same
 * webhook-id, and the subscription deleted.
 */
async function webhooks(operations: BrandbridgeClient, partner: BrandbridgeClient, brandId: string): Promise<void> {
    const receiver = await WebhookReceiver.start();
    try {
        const subscription: RequestBody<"/api/v1/alignment/brands/{brandId}/webhooks", "post"> = {
            url: receiver.url, events: ["promise.status_changed", "gap.opened"], description: "Contract receiver",
        };
        const created = await expectAnswer(operations.POST("/api/v1/alignment/brands/{brandId}/webhooks", {
            params: { path: { brandId } }, body: subscription,
        }), 201, "createWebhook");
        const webhookId = created.body.webhook.id;
        equal(header(created.response, "Location", "createWebhook"), `/api/v1/alignment/brands/${brandId}/webhooks/${webhookId}`, "createWebhook says where it is");
        check(created.body.secret.startsWith("whsec_"), "createWebhook answers the signing secret");
        const path = { brandId, webhookId };

        const list = await expectBody(partner.GET("/api/v1/alignment/brands/{brandId}/webhooks", { params: { path: { brandId }, query: { limit: 10 } } }), 200, "listWebhooks");
        check(list.items.some((w) => w.id === webhookId), "listWebhooks lists the subscription");
        const read = await expectAnswer(partner.GET("/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}", { params: { path } }), 200, "getWebhook");
        equal(read.body.url, receiver.url, "getWebhook answers the URL");
        const replaced = await expectBody(operations.PUT("/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}", {
            params: { path, header: { "If-Match": header(read.response, "ETag", "getWebhook") } },
            body: { ...subscription, events: ["promise.status_changed", "gap.opened", "gap.closed"] },
        }), 200, "updateWebhook");
        equal(replaced.events.length, 3, "updateWebhook stores the events");
        equal(replaced.version, read.body.version + 1, "updateWebhook makes the next version");

        const rotated = await expectBody(partner.POST("/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}/rotate-secret", { params: { path } }), 200, "rotateWebhookSecret");
        check(rotated.secret !== created.body.secret, "rotateWebhookSecret answers a new secret");
        check(rotated.webhook.previousSecretExpiresAt !== null, "the old secret keeps signing for a while");

        const ping = await expectBody(partner.POST("/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}/test", { params: { path } }), 202, "testWebhook");
        equal(ping.eventType, "ping", "testWebhook queues a ping");
        const delivered = first(await receiver.messages(ping.messageId, 1, DELIVERY_WAIT_MS), `the ping ${ping.messageId} at the receiver`);
        check(signedWith(rotated.secret, delivered) && signedWith(created.body.secret, delivered),
            "the ping is signed with the new secret and, during the overlap, the old one");
        const log = await deliveryLog(partner, path, ping.id);
        equal(log.state, "DELIVERED", "the delivery log shows the ping delivered");
        equal(first(log.log, "listWebhookDeliveries").statusCode, 204, "the delivery log keeps the receiver's answer");

        const again = await expectBody(operations.POST("/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver", {
            params: { path: { ...path, deliveryId: ping.id } },
        }), 202, "redeliverWebhook");
        equal(again.redeliveryOf, ping.id, "redeliverWebhook names the delivery it repeats");
        equal(again.messageId, ping.messageId, "a redelivery keeps the webhook-id");
        const both = await receiver.messages(ping.messageId, 2, DELIVERY_WAIT_MS);
        equal(both.length, 2, "the receiver got the ping twice under one webhook-id");
        equal(both[1]?.body, both[0]?.body, "a redelivery sends the same body");

        await expectStatus(operations.DELETE("/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}", { params: { path } }), 204, "deleteWebhook");
        await expectStatus(partner.GET("/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}", { params: { path } }), 404, "getWebhook after deleteWebhook");
    } finally {
        receiver.close();
    }
}

type Delivery = Answer<"/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}/test", "post", 202>;

/** The delivery's entry in the log once it is no longer pending: the worker records the attempt after the receiver answers. */
async function deliveryLog(partner: BrandbridgeClient, path: { brandId: string; webhookId: string }, deliveryId: string): Promise<Delivery> {
    const deadline = Date.now() + DELIVERY_WAIT_MS;
    for (;;) {
        const page = await expectBody(partner.GET("/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}/deliveries", { params: { path } }), 200, "listWebhookDeliveries");
        const entry = page.items.find((d) => d.id === deliveryId);
        if (entry !== undefined && (entry.state !== "PENDING" || Date.now() > deadline)) return entry;
        if (Date.now() > deadline) throw new Error(`listWebhookDeliveries: ${deliveryId} is not in the log`);
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
}

/** A reader that already holds the current state gets 304 and no body. */
async function conditionalRead(viewer: BrandbridgeClient, brandId: string): Promise<void> {
    const first = await expectAnswer(viewer.GET("/api/v1/brands/{brandId}", { params: { path: { brandId } } }), 200, "getBrand");
    const etag = header(first.response, "ETag", "getBrand");
    const again = await expectStatus(viewer.GET("/api/v1/brands/{brandId}", { params: { path: { brandId }, header: { "If-None-Match": etag } } }), 304, "getBrand with If-None-Match");
    equal(again.headers.get("ETag"), etag, "a 304 names the same ETag");
}

async function housekeeping(admin: BrandbridgeClient, brandId: string, tag: string): Promise<void> {
    const clients = await expectBody(admin.GET("/api/v1/admin/clients", { params: { query: { limit: 200 } } }), 200, "listApiClients");
    check(clients.items.length >= CALLER_ROLES.length, "listApiClients lists the story's keys");
    const spare = await expectBody(admin.POST("/api/v1/admin/clients", {
        body: { name: `contract-${tag}-spare`, roles: ["VIEWER"], brands: [brandId], rateLimit: RATE_LIMIT },
    }), 201, "createApiClient spare");
    const clientId = spare.id;
    const read = await expectBody(admin.GET("/api/v1/admin/clients/{clientId}", { params: { path: { clientId } } }), 200, "getApiClient");
    equal(read.id, clientId, "getApiClient echoes the id");
    const changed = await expectBody(admin.PUT("/api/v1/admin/clients/{clientId}/access", {
        params: { path: { clientId } }, body: { roles: ["VIEWER", "PARTNER"], brands: [brandId] },
    }), 200, "changeApiClientAccess");
    equal(changed.roles.length, 2, "changeApiClientAccess stores the roles");
    await expectStatus(admin.DELETE("/api/v1/admin/clients/{clientId}", { params: { path: { clientId } } }), 204, "revokeApiClient");
    await expectStatus(admin.GET("/api/v1/admin/clients/{clientId}", { params: { path: { clientId } } }), 404, "getApiClient after revoke");
    const audit = await expectBody(admin.GET("/api/v1/admin/audit", { params: { query: { limit: 50 } } }), 200, "listAuditEvents");
    check(audit.items.some((e) => e.clientId === clientId), "the audit shows the revoked client");
}
