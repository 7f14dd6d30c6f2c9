import type { BrandbridgeClient, RequestBody } from "../../clients/typescript/src/index.js";
import { expectAnswer, expectBody, header } from "./answers.js";
import { isRecord, key, operations, type Operation, type Parameter } from "./document.js";
import { prismReport } from "./prism.js";
import { allowedRoles } from "./roles.js";
import { CALLER_ROLES, type CallerRole } from "./scenario.js";
import { jsonBodySchema, numberOf, properties, required, resolve, type Schema } from "./schemas.js";

type Json = Record<string, unknown>;

export interface NegativeOptions {
    document: Record<string, unknown>;
    gateway: string;
    prism: string;
    adminKey: string;
    tag: string;
    clientFor: (baseUrl: string, apiKey: string) => BrandbridgeClient;
}

export interface NegativeOutcome {
    cases: number;
    failures: string[];
    refusedByPrism: number;
    directOnly: number;
}

/** One request the platform must refuse, and which refusals count. */
interface Case {
    name: string;
    operation: Operation;
    path: string;
    query: Record<string, string>;
    headers: Record<string, string>;
    body?: string;
    /** Statuses the case must get; any declared 4xx but 401 and 403 when absent. */
    expect?: number[];
    /** Why the case is not sent through Prism, when it is not. */
    directOnly?: string;
}

/** The negative suite's own brand and resources, so the story's data is never touched. */
interface Fixture {
    ids: Record<string, string>;
    missing: Record<string, string>;
    keys: Record<CallerRole, string>;
    bodies: Record<string, Json>;
    etags: Record<string, () => Promise<string>>;
    snapshot: () => Promise<string>;
}

const RATE_LIMIT = { requestsPerSecond: 1000, burst: 1000 };
const BODY_LIMIT = 1024 * 1024;
const RECORD_LIMIT = 100_000;

/**
 * Wrong types, missing fields, unknown enum values, bad ids, wrong content types, oversize values and
 * bodies, missing or wrong keys, and every role on every operation: each case is sent straight to the
 * gateway and through Prism. A case passes when the gateway refuses it with a problem answer the
 * document declares for the operation, and Prism either refused it itself or saw nothing wrong.
 */
export async function runNegativeSuite(options: NegativeOptions): Promise<NegativeOutcome> {
    const all = operations(options.document);
    const failures: string[] = [];
    for (const o of all.filter((o) => allowedRoles(o) === undefined)) {
        failures.push(`${o.operationId} (${key(o.method, o.path)}): its description lists no "Roles: ..." line`);
    }
    const fixture = await createFixture(options);
    const before = await fixture.snapshot();
    const cases = await buildCases(options, all, fixture);
    let refusedByPrism = 0;
    let directOnly = 0;
    for (const c of cases) {
        const direct = await send(options.gateway, c, fixture);
        if (typeof direct === "string") {
            failures.push(`${c.name} direct: ${direct}`);
            continue;
        }
        failures.push(...judge(c, direct, "direct"));
        if (c.directOnly !== undefined) {
            directOnly++;
            continue;
        }
        const proxied = await send(options.prism, c, fixture);
        if (typeof proxied === "string") {
            failures.push(`${c.name} through Prism: ${proxied}`);
            continue;
        }
        const prism = await prismReport(proxied.response);
        failures.push(...prism.violations.map((v) => `${c.name} through Prism: ${v}`));
        if (prism.refused) {
            refusedByPrism++;
            if (proxied.response.status < 400 || proxied.response.status >= 500) {
                failures.push(`${c.name} through Prism: Prism refused it with ${proxied.response.status}`);
            }
        } else if (prism.violations.length === 0) {
            failures.push(...judge(c, proxied, "through Prism"));
        }
    }
    if (await fixture.snapshot() !== before) {
        failures.push("the negative cases changed the suite's own fixture: a refused request must store nothing");
    }
    return { cases: cases.length, failures, refusedByPrism, directOnly };
}

interface Sent {
    response: Response;
    text: string;
}

const TIMEOUT_MS = 20_000;

/** The answer, or why there was none. */
async function send(base: string, c: Case, fixture: Fixture): Promise<Sent | string> {
    const url = new URL(base + c.path);
    for (const [name, value] of Object.entries(c.query)) url.searchParams.set(name, value);
    const headers: Record<string, string> = { ...c.headers };
    const etag = fixture.etags[key(c.operation.method, c.operation.path)];
    if (headers["If-Match"] === "current" && etag !== undefined) headers["If-Match"] = await etag();
    const init: RequestInit = { method: c.operation.method, headers, signal: AbortSignal.timeout(TIMEOUT_MS), ...(c.body === undefined ? {} : { body: c.body }) };
    try {
        const response = await fetch(url, init);
        return { response, text: await response.clone().text() };
    } catch (e) {
        const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : "";
        return `no answer within ${TIMEOUT_MS / 1000} s (${e instanceof Error ? e.message : String(e)}${cause})`;
    }
}

/** Why an answer does not refuse the case as the contract says, or nothing. */
function judge(c: Case, sent: Sent, route: string): string[] {
    const status = sent.response.status;
    const what = `${c.name} ${route}: ${status}`;
    if (status < 400) return [`${what}: a negative case was accepted (${sent.text.slice(0, 200)})`];
    if (status >= 500) return [`${what}: server error (${sent.text.slice(0, 200)})`];
    const problems: string[] = [];
    if (!declares(c.operation, status)) problems.push(`${what}: status not declared for ${c.operation.operationId}`);
    const expected = c.expect;
    if (expected !== undefined && !expected.includes(status)) problems.push(`${what}: expected ${expected.join(" or ")}`);
    if (expected === undefined && (status === 401 || status === 403)) problems.push(`${what}: refused for its key, not for what it sent`);
    if (!(sent.response.headers.get("content-type") ?? "").startsWith("application/problem+json")) {
        problems.push(`${what}: not a problem answer (${sent.response.headers.get("content-type") ?? "no content type"})`);
    } else {
        const body = parse(sent.text);
        if (!isRecord(body) || body["status"] !== status) problems.push(`${what}: the problem's status is not ${status}`);
    }
    return problems;
}

function declares(operation: Operation, status: number): boolean {
    return operation.statuses.includes(String(status)) || operation.statuses.includes(`${String(status)[0]}XX`) || operation.statuses.includes("default");
}

function parse(text: string): unknown {
    try {
        const value: unknown = JSON.parse(text);
        return value;
    } catch {
        return undefined;
    }
}

async function createFixture(options: NegativeOptions): Promise<Fixture> {
    const admin = options.clientFor(options.gateway, options.adminKey);
    const tag = options.tag;
    const brand = await expectBody(admin.POST("/api/v1/brands", { body: { name: `Negative ${tag}`, slug: `negative-${tag}` } }), 201, "negative fixture brand");
    const brandId = brand.id;
    const issued: Partial<Record<CallerRole, string>> = {};
    for (const role of CALLER_ROLES) {
        const client = await expectBody(admin.POST("/api/v1/admin/clients", {
            body: { name: `negative-${tag}-${role.toLowerCase()}`, roles: [role], brands: [brandId], rateLimit: RATE_LIMIT },
        }), 201, `negative fixture key ${role}`);
        issued[role] = client.key;
    }
    const keys = roleKeys(issued);
    const spare = await expectBody(admin.POST("/api/v1/admin/clients", {
        body: { name: `negative-${tag}-spare`, roles: ["VIEWER"], brands: [brandId], rateLimit: RATE_LIMIT },
    }), 201, "negative fixture client");
    const metric = await expectBody(admin.POST("/api/v1/brands/{brandId}/metrics", {
        params: { path: { brandId } }, body: { key: "negative_metric", kind: "NUMBER", unit: "n" },
    }), 201, "negative fixture metric");
    const promiseBody: RequestBody<"/api/v1/brands/{brandId}/promises", "post"> = { title: "Negative", statement: "Never changes.", touchpointTypes: ["CALL_CENTRE"] };
    const promise = await expectBody(admin.POST("/api/v1/brands/{brandId}/promises", { params: { path: { brandId } }, body: promiseBody }), 201, "negative fixture promise");
    const touchpointBody: RequestBody<"/api/v1/touchpoints", "post"> = { name: "Negative centre", owner: "Nobody", region: "Nowhere", type: "CALL_CENTRE" };
    const touchpoint = await expectBody(admin.POST("/api/v1/touchpoints", { params: { query: { brandId } }, body: touchpointBody }), 201, "negative fixture touchpoint");
    const targetBody: RequestBody<"/api/v1/touchpoints/{touchpointId}/targets", "post"> = { kind: "COST", metric: "handle_seconds", op: "LE", threshold: 180, rationale: "Never changes" };
    const target = await expectBody(admin.POST("/api/v1/touchpoints/{touchpointId}/targets", {
        params: { path: { touchpointId: touchpoint.id } }, body: targetBody,
    }), 201, "negative fixture target");

    const mappingBody: RequestBody<"/api/v1/touchpoints/{touchpointId}/mappings", "post"> = {
        name: "negative-export", format: "csv", externalId: "Call ID", occurredAt: { source: "Started" },
        metrics: [{ source: "Wait", metric: "wait_seconds", transform: "duration" }], attributes: [],
    };
    const mapping = await expectBody(admin.POST("/api/v1/touchpoints/{touchpointId}/mappings", {
        params: { path: { touchpointId: touchpoint.id } }, body: mappingBody,
    }), 201, "negative fixture mapping profile");
    // Nobody listens on the discard port: the subscription exists to be named, never to receive.
    const webhookBody: RequestBody<"/api/v1/alignment/brands/{brandId}/webhooks", "post"> = { url: "http://127.0.0.1:9/negative", events: ["alignment.stale"] };
    const webhook = await expectBody(admin.POST("/api/v1/alignment/brands/{brandId}/webhooks", {
        params: { path: { brandId } }, body: webhookBody,
    }), 201, "negative fixture webhook");
    const webhookPath = { brandId, webhookId: webhook.webhook.id };

    const ids: Record<string, string> = {
        brandId, promiseId: promise.id, touchpointId: touchpoint.id, targetId: target.id, clientId: spare.id, metricKey: metric.key, version: "1",
        name: mapping.name, webhookId: webhook.webhook.id,
    };
    const missing: Record<string, string> = Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, absent(id)]));
    const now = new Date();
    const from = new Date(now.getTime() - 86_400_000).toISOString();
    const bodies: Record<string, Json> = {
        "POST /api/v1/admin/clients": { name: `negative-${tag}-extra`, roles: ["VIEWER"], brands: [brandId] },
        "PUT /api/v1/admin/clients/{clientId}/access": { roles: ["VIEWER"], brands: [brandId] },
        "POST /api/v1/brands": { name: "Negative extra", slug: `negative-${tag}-extra` },
        "PUT /api/v1/brands/{brandId}": { name: brand.name, slug: brand.slug, timeZone: brand.timeZone },
        "POST /api/v1/brands/{brandId}/metrics": { key: "negative_extra", kind: "NUMBER", unit: "n" },
        "POST /api/v1/brands/{brandId}/promises": { ...promiseBody },
        "PUT /api/v1/promises/{promiseId}": { ...promiseBody },
        "POST /api/v1/stats/attainment": { touchpointIds: [touchpoint.id], metric: "wait_seconds", op: "LE", threshold: 60, from, to: now.toISOString() },
        "POST /api/v1/stats/contingency": {
            touchpointIds: [touchpoint.id], a: { metric: "handle_seconds", op: "LE", threshold: 180 }, b: { metric: "answered", op: "EQ", threshold: 1 }, from, to: now.toISOString(),
        },
        "POST /api/v1/touchpoints": { ...touchpointBody },
        "PUT /api/v1/touchpoints/{touchpointId}": { ...touchpointBody },
        "POST /api/v1/touchpoints/{touchpointId}/targets": { ...targetBody },
        "PUT /api/v1/touchpoints/{touchpointId}/targets/{targetId}": { ...targetBody },
        "POST /api/v1/touchpoints/{touchpointId}/mappings": { ...mappingBody, name: "negative-extra" },
        "PUT /api/v1/touchpoints/{touchpointId}/mappings/{name}": { ...mappingBody },
        "POST /api/v1/alignment/brands/{brandId}/webhooks": { ...webhookBody },
        "PUT /api/v1/alignment/brands/{brandId}/webhooks/{webhookId}": { ...webhookBody },
    };
    const etagOf = async (call: Promise<{ response: Response }>): Promise<string> => header((await call).response, "ETag", "negative fixture ETag");
    const etags: Record<string, () => Promise<string>> = {
        "PUT /api/v1/brands/{brandId}": () => etagOf(admin.GET("/api/v1/brands/{brandId}", { params: { path: { brandId } } })),
        "PUT /api/v1/promises/{promiseId}": () => etagOf(admin.GET("/api/v1/promises/{promiseId}", { params: { path: { promiseId: promise.id } } })),
        "PUT /api/v1/alignment/brands/{brandId}/webhooks/{webhookId}": () => etagOf(admin.GET("/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}", {
            params: { path: webhookPath },
        })),
    };
    const snapshot = async (): Promise<string> => JSON.stringify([
        (await expectAnswer(admin.GET("/api/v1/brands/{brandId}", { params: { path: { brandId } } }), 200, "fixture brand")).body,
        (await expectAnswer(admin.GET("/api/v1/promises/{promiseId}", { params: { path: { promiseId: promise.id } } }), 200, "fixture promise")).body,
        (await expectAnswer(admin.GET("/api/v1/touchpoints/{touchpointId}", { params: { path: { touchpointId: touchpoint.id } } }), 200, "fixture touchpoint")).body,
        (await expectAnswer(admin.GET("/api/v1/touchpoints/{touchpointId}/targets/{targetId}", {
            params: { path: { touchpointId: touchpoint.id, targetId: target.id } },
        }), 200, "fixture target")).body,
        (await expectAnswer(admin.GET("/api/v1/admin/clients/{clientId}", { params: { path: { clientId: spare.id } } }), 200, "fixture client")).body,
        (await expectAnswer(admin.GET("/api/v1/touchpoints/{touchpointId}/mappings/{name}", {
            params: { path: { touchpointId: touchpoint.id, name: mapping.name } },
        }), 200, "fixture mapping profile")).body,
        (await expectAnswer(admin.GET("/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}", { params: { path: webhookPath } }), 200, "fixture webhook")).body,
    ]);
    return { ids, missing, keys, bodies, etags, snapshot };
}

function roleKeys(issued: Partial<Record<CallerRole, string>>): Record<CallerRole, string> {
    const keyOf = (role: CallerRole): string => {
        const value = issued[role];
        if (value === undefined) throw new Error(`no ${role} key`);
        return value;
    };
    return { MARKETING: keyOf("MARKETING"), OPERATIONS: keyOf("OPERATIONS"), INTEGRATOR: keyOf("INTEGRATOR"), PARTNER: keyOf("PARTNER"), VIEWER: keyOf("VIEWER"),
        PRIVACY: keyOf("PRIVACY") };
}

/** An id of the same kind that was never issued: same prefix, a body of zeros. */
function absent(id: string): string {
    const separator = id.indexOf("_");
    if (separator < 0) return /^\d+$/.test(id) ? "999999" : `${id}-none`;
    return `${id.slice(0, separator + 1)}${"0".repeat(id.length - separator - 1)}`;
}

function fill(operation: Operation, ids: Record<string, string>): string {
    return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(ids[name] ?? `unknown-${name}`));
}

/** The query a valid request needs: its required parameters, from the fixture. */
function requiredQuery(operation: Operation, ids: Record<string, string>): Record<string, string> {
    const query: Record<string, string> = {};
    for (const p of operation.parameters.filter((p) => p.in === "query" && p.required)) {
        query[p.name] = ids[p.name] ?? "x";
    }
    return query;
}

function bodyHeaders(operation: Operation, fixture: Fixture): { headers: Record<string, string>; body?: string } {
    const operationKey = key(operation.method, operation.path);
    const headers: Record<string, string> = {};
    if (operation.parameters.some((p) => p.in === "header" && p.name === "If-Match")) headers["If-Match"] = "current";
    if (operationKey === "POST /api/v1/touchpoints/{touchpointId}/interactions") {
        headers["Content-Type"] = "application/json";
        return { headers, body: JSON.stringify([{ externalId: "negative-1", occurredAt: new Date().toISOString(), metrics: { wait_seconds: 1 } }]) };
    }
    const body = fixture.bodies[operationKey];
    if (body === undefined) return { headers };
    headers["Content-Type"] = "application/json";
    return { headers, body: JSON.stringify(body) };
}

function keyFor(operation: Operation, options: NegativeOptions, fixture: Fixture): string {
    const role = allowedRoles(operation)?.[0];
    return role === undefined ? options.adminKey : fixture.keys[role];
}

async function buildCases(options: NegativeOptions, all: Operation[], fixture: Fixture): Promise<Case[]> {
    const cases: Case[] = [];
    for (const operation of all) {
        const name = `${operation.operationId} (${key(operation.method, operation.path)})`;
        const allowed = allowedRoles(operation) ?? [];
        const valid = bodyHeaders(operation, fixture);
        const bearer = (apiKey: string): Record<string, string> => ({ ...valid.headers, Authorization: `Bearer ${apiKey}` });
        const existing = fill(operation, fixture.ids);
        const nowhere = fill(operation, fixture.missing);
        const query = requiredQuery(operation, fixture.ids);
        const missingQuery = requiredQuery(operation, fixture.missing);
        const base = (what: string, extra: Partial<Case>): Case => ({
            name: `${name} ${what}`, operation, path: existing, query, headers: bearer(keyFor(operation, options, fixture)), ...(valid.body === undefined ? {} : { body: valid.body }), ...extra,
        });

        cases.push(base("without a key", { path: nowhere, query: missingQuery, headers: { ...valid.headers }, expect: [401] }));
        cases.push(base("with a wrong key", { path: nowhere, query: missingQuery, headers: bearer("bb_wrongkeywrongkeywrongkeywrongkeywrongkey0"), expect: [401] }));
        const brandQuery = operation.parameters.some((p) => p.in === "query" && p.name === "brandId");
        const identified = brandQuery || operation.parameters.some((p) => p.in === "path");
        // A list filtered by an optional brandId names the missing brand only when the case passes it.
        const missingBrand = fixture.missing["brandId"];
        const nowhereQuery = brandQuery && missingBrand !== undefined ? { ...missingQuery, brandId: missingBrand } : missingQuery;
        for (const role of CALLER_ROLES) {
            if (!allowed.includes(role)) {
                cases.push(base(`as ${role}, a role it does not list`, { path: nowhere, query: missingQuery, headers: bearer(fixture.keys[role]), expect: [403] }));
            } else if (identified) {
                cases.push(base(`as ${role} on an id that does not exist`, { path: nowhere, query: nowhereQuery, headers: bearer(fixture.keys[role]) }));
            }
        }
        for (const parameter of operation.parameters) {
            for (const [what, value] of badValues(parameter)) {
                if (parameter.in === "query") {
                    cases.push(base(`with ${parameter.name} ${what}`, { query: { ...query, [parameter.name]: value } }));
                } else if (parameter.in === "path") {
                    cases.push(base(`with ${parameter.name} ${what}`, { path: fill(operation, { ...fixture.ids, [parameter.name]: value }) }));
                }
            }
            if (parameter.required && parameter.in === "query") {
                const { [parameter.name]: _left, ...rest } = query;
                cases.push(base(`without the required ${parameter.name}`, { query: rest }));
            }
            if (parameter.required && parameter.in === "header") {
                const { [parameter.name]: _left, ...rest } = bearer(keyFor(operation, options, fixture));
                cases.push(base(`without the required ${parameter.name} header`, { headers: rest }));
            }
        }
        if (operation.requestTypes.length > 0) {
            cases.push(base("with a body of the wrong content type", { headers: { ...bearer(keyFor(operation, options, fixture)), "Content-Type": "text/plain" }, body: "plain text" }));
            cases.push(base("with malformed JSON", { body: "{\"truncated\": ", directOnly: "Prism 5.16 never answers a request whose JSON body does not parse" }));
            cases.push(oversize(operation, base));
        }
        const schema = jsonBodySchema(options.document, operation.path, operation.method);
        const body = fixture.bodies[key(operation.method, operation.path)];
        if (schema !== undefined && body !== undefined) {
            for (const [what, corrupted] of corruptions(options.document, schema, body)) {
                cases.push(base(what, { body: JSON.stringify(corrupted) }));
            }
        }
    }
    return cases;
}

/**
 * A body past the route's limit: 1 MB for most, more than 100000 records for ingestion (its body may be 64 MB). A preview
 * reads only its first records, so only its size is limited.
 */
function oversize(operation: Operation, base: (what: string, extra: Partial<Case>) => Case): Case {
    if (operation.requestTypes.includes("application/x-ndjson") && !operation.path.endsWith("/preview")) {
        const made = base("with more records than one push may hold", { body: "{}\n".repeat(RECORD_LIMIT + 1), expect: [413] });
        return { ...made, headers: { ...made.headers, "Content-Type": "application/x-ndjson" } };
    }
    return base("with a body past the limit", { body: JSON.stringify({ padding: "x".repeat(BODY_LIMIT + 1024) }), expect: [413] });
}

/** Values a parameter's schema rules out: wrong type, unknown enum value, out of range, too long. */
function badValues(parameter: Parameter): [string, string][] {
    const schema = parameter.schema;
    const bad: [string, string][] = [];
    const type = schema["type"];
    if (type === "integer" || type === "number") {
        bad.push(["of the wrong type", "abc"]);
        const max = numberOf(schema, "maximum");
        const min = numberOf(schema, "minimum");
        if (max !== undefined) bad.push(["above its maximum", String(max + 1)]);
        if (min !== undefined) bad.push(["below its minimum", String(min - 1)]);
    }
    if (Array.isArray(schema["enum"])) bad.push(["not one of its values", "NOT_A_VALUE"]);
    if (schema["format"] === "date-time") bad.push(["not a date-time", "yesterday"]);
    const maxLength = numberOf(schema, "maxLength");
    if (type === "string" && maxLength !== undefined) bad.push(["past its maxLength", "x".repeat(maxLength + 1)]);
    if (type === "string" && (parameter.in === "path" || parameter.name.endsWith("Id") || parameter.name === "cursor")) bad.push(["malformed", "not an id!"]);
    return bad;
}

/** Copies of a valid body, each broken in one way its schema forbids. */
function corruptions(document: Record<string, unknown>, schema: Schema, body: Json): [string, Json][] {
    const found: [string, Json][] = [];
    const with_ = (name: string, value: unknown): Json => ({ ...body, [name]: value });
    for (const name of required(schema)) {
        const { [name]: _left, ...rest } = body;
        found.push([`without the required ${name}`, rest]);
    }
    for (const [name, raw] of Object.entries(properties(schema))) {
        const property = resolve(document, raw);
        const type = property["type"];
        found.push([`with ${name} of the wrong type`, with_(name, wrongType(type))]);
        if (Array.isArray(property["enum"])) found.push([`with ${name} not one of its values`, with_(name, "NOT_A_VALUE")]);
        const maxLength = numberOf(property, "maxLength");
        if (type === "string" && maxLength !== undefined) found.push([`with ${name} past its maxLength`, with_(name, "x".repeat(maxLength + 1))]);
        const maximum = numberOf(property, "maximum");
        if ((type === "integer" || type === "number") && maximum !== undefined) found.push([`with ${name} above its maximum`, with_(name, maximum + 1)]);
        const minimum = numberOf(property, "minimum");
        if ((type === "integer" || type === "number") && minimum !== undefined) found.push([`with ${name} below its minimum`, with_(name, minimum - 1)]);
        const maxItems = numberOf(property, "maxItems");
        const sample = body[name];
        if (type === "array" && maxItems !== undefined && Array.isArray(sample) && sample.length > 0) {
            found.push([`with ${name} past its maxItems`, with_(name, Array.from({ length: maxItems + 1 }, (_, i) => sample[i % sample.length]))]);
        }
    }
    return found;
}

/** A JSON value no reader of the given type accepts, not even by coercion. */
function wrongType(type: unknown): unknown {
    switch (type) {
        case "string":
            return { unexpected: "object" };
        case "integer":
        case "number":
            return "not a number";
        case "boolean":
            return "not a boolean";
        case "array":
            return "not an array";
        default:
            return ["not", "an", "object"];
    }
}
