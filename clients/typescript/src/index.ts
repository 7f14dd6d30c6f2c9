import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, operations, paths } from "./api.js";

export type { components, operations, paths };
export type { Middleware };

/** The JSON body an operation answers with a given status. */
export type Answer<P extends keyof paths, M extends keyof paths[P], S extends number> =
    paths[P][M] extends { responses: infer R }
        ? S extends keyof R
            ? R[S] extends { content: { "application/json": infer B } } ? B : never
            : never
        : never;

/** The JSON body an operation takes. */
export type RequestBody<P extends keyof paths, M extends keyof paths[P]> =
    paths[P][M] extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;

// Aliases name answers by the operation that gives them, so they follow the document's schemas whatever those are called.
/** A brand as the catalogue answers it. */
export type Brand = Answer<"/api/v1/brands/{brandId}", "get", 200>;
/** One version of a promise: its content, status and validity. */
export type BrandPromise = Answer<"/api/v1/promises/{promiseId}", "get", 200>;
/** A touchpoint where the brand meets its customers. */
export type Touchpoint = Answer<"/api/v1/touchpoints/{touchpointId}", "get", 200>;
/** The brand alignment index with a summary of each promise. */
export type BrandAlignment = Answer<"/api/v1/alignment/brands/{brandId}", "get", 200>;
/** Where touchpoints break promises beyond their error budget, worst first. */
export type Gaps = Answer<"/api/v1/alignment/brands/{brandId}/gaps", "get", 200>;
/** A webhook subscription of a brand, without its secret. */
export type Webhook = Answer<"/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}", "get", 200>;
/** One delivery of an event to a subscription, with its attempts. */
export type WebhookDelivery = Answer<"/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}/test", "post", 202>;
/** The problem body (RFC 9457) every refusal carries. */
export type Problem = components["schemas"]["Problem"];
/** The roles an API key may hold. */
export type Role = components["schemas"]["Role"];

export type BrandbridgeClient = Client<paths>;

export interface BrandbridgeClientOptions {
    /** The gateway's address, e.g. `https://api.example.com`; paths start at `/api/v1`. */
    baseUrl: string;
    /** An API key issued by an administrator. */
    apiKey: string;
    /** A fetch of one's own (tests, proxies); the platform's global fetch otherwise. */
    fetch?: typeof globalThis.fetch;
}

/** Sends the API key as a bearer token on every request. */
export function bearerAuth(apiKey: string): Middleware {
    return {
        onRequest({ request }) {
            request.headers.set("Authorization", `Bearer ${apiKey}`);
            return request;
        },
    };
}

/** A typed client for the Brandbridge API: every path, parameter and body comes from the OpenAPI document. */
export function createBrandbridgeClient(options: BrandbridgeClientOptions): BrandbridgeClient {
    const client = createClient<paths>({
        baseUrl: options.baseUrl,
        ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    });
    client.use(bearerAuth(options.apiKey));
    return client;
}
