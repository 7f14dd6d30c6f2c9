import {
    createBrandbridgeClient,
    type Brand,
    type BrandAlignment,
    type BrandbridgeClient,
    type Gaps,
    type Answer,
    type RequestBody,
    type Touchpoint,
    type Webhook,
    type WebhookDelivery,
} from "../../../clients/typescript/src/index.js";

export type PromiseBreakdown = Answer<"/api/v1/alignment/brands/{brandId}/promises/{promiseId}", "get", 200>;
export type Conflicts = Answer<"/api/v1/alignment/brands/{brandId}/conflicts", "get", 200>;
export type Handoffs = Answer<"/api/v1/alignment/brands/{brandId}/handoffs", "get", 200>;
export type Gap = Gaps["items"][number];
/** An event type a subscription may ask for. */
export type EventType = RequestBody<"/api/v1/alignment/brands/{brandId}/webhooks", "post">["events"][number];
export type IngestHealth = Answer<"/api/v1/touchpoints/{touchpointId}/ingest-health", "get", 200>;

/** A subscription just made, with its signing secret (shown only then). */
export interface Subscribed {
    readonly webhook: Webhook;
    readonly secret: string;
}

/** An answer that is not 2xx: its status and the problem's `detail`, which the dashboard must show. */
export interface Refusal {
    readonly status: number;
    readonly detail: string;
}

/** A key issued for one test, and the client id that revokes it. */
export interface IssuedKey {
    readonly clientId: string;
    readonly key: string;
}

/** The figures the dashboard must show, read from the public API with the typed client, as any front end would. */
export class PlatformApi {
    private readonly client: BrandbridgeClient;

    constructor(private readonly baseUrl: string, apiKey: string) {
        this.client = createBrandbridgeClient({ baseUrl, apiKey });
    }

    as(apiKey: string): PlatformApi {
        return new PlatformApi(this.baseUrl, apiKey);
    }

    async brand(brandId: string): Promise<Brand> {
        const { data, error, response } = await this.client.GET("/api/v1/brands/{brandId}", { params: { path: { brandId } } });
        return required(data, response, error?.detail);
    }

    async alignment(brandId: string, asOf?: string): Promise<BrandAlignment> {
        const { data, error, response } = await this.client.GET("/api/v1/alignment/brands/{brandId}",
            { params: { path: { brandId }, query: asOf === undefined ? {} : { asOf } } });
        return required(data, response, error?.detail);
    }

    /** The alignment read's refusal, for the pages that must show it; fails when the read succeeds. */
    async alignmentRefusal(brandId: string): Promise<Refusal> {
        const { data, error, response } = await this.client.GET("/api/v1/alignment/brands/{brandId}", { params: { path: { brandId } } });
        if (data !== undefined) {
            throw new Error(`GET alignment of ${brandId} answered ${response.status}, expected a refusal`);
        }
        return { status: response.status, detail: error?.detail ?? "" };
    }

    async breakdown(brandId: string, promiseId: string): Promise<PromiseBreakdown> {
        const { data, error, response } = await this.client.GET("/api/v1/alignment/brands/{brandId}/promises/{promiseId}",
            { params: { path: { brandId, promiseId } } });
        return required(data, response, error?.detail);
    }

    /** Every gap of the newest snapshot, all pages in the API's order. */
    gaps(brandId: string): Promise<Gap[]> {
        return allPages(async (cursor) => {
            const { data, error, response } = await this.client.GET("/api/v1/alignment/brands/{brandId}/gaps",
                { params: { path: { brandId }, query: { limit: 200, ...(cursor === null ? {} : { cursor }) } } });
            return required(data, response, error?.detail);
        });
    }

    async conflicts(brandId: string): Promise<Conflicts> {
        const { data, error, response } = await this.client.GET("/api/v1/alignment/brands/{brandId}/conflicts", { params: { path: { brandId } } });
        return required(data, response, error?.detail);
    }

    async handoffs(brandId: string): Promise<Handoffs> {
        const { data, error, response } = await this.client.GET("/api/v1/alignment/brands/{brandId}/handoffs", { params: { path: { brandId } } });
        return required(data, response, error?.detail);
    }

    /** Every touchpoint of the brand, all pages. */
    touchpoints(brandId: string): Promise<Touchpoint[]> {
        return allPages(async (cursor) => {
            const { data, error, response } = await this.client.GET("/api/v1/touchpoints",
                { params: { query: { brandId, limit: 200, ...(cursor === null ? {} : { cursor }) } } });
            return required(data, response, error?.detail);
        });
    }

    async ingestHealth(touchpointId: string): Promise<IngestHealth> {
        const { data, error, response } = await this.client.GET("/api/v1/touchpoints/{touchpointId}/ingest-health",
            { params: { path: { touchpointId } } });
        return required(data, response, error?.detail);
    }

    async subscribe(brandId: string, url: string, events: EventType[], description: string): Promise<Subscribed> {
        const { data, error, response } = await this.client.POST("/api/v1/alignment/brands/{brandId}/webhooks",
            { params: { path: { brandId } }, body: { url, events, description } });
        return required(data, response, error?.detail);
    }

    async webhook(brandId: string, webhookId: string): Promise<Webhook> {
        const { data, error, response } = await this.client.GET("/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}",
            { params: { path: { brandId, webhookId } } });
        return required(data, response, error?.detail);
    }

    /** The subscription's newest deliveries, as many as the dashboard shows. */
    async deliveries(brandId: string, webhookId: string): Promise<WebhookDelivery[]> {
        const { data, error, response } = await this.client.GET("/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}/deliveries",
            { params: { path: { brandId, webhookId }, query: { limit: 10 } } });
        return required(data, response, error?.detail).items;
    }

    async ping(brandId: string, webhookId: string): Promise<WebhookDelivery> {
        const { data, error, response } = await this.client.POST("/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}/test",
            { params: { path: { brandId, webhookId } } });
        return required(data, response, error?.detail);
    }

    async unsubscribe(brandId: string, webhookId: string): Promise<void> {
        const { error, response } = await this.client.DELETE("/api/v1/alignment/brands/{brandId}/webhooks/{webhookId}",
            { params: { path: { brandId, webhookId } } });
        if (response.status !== 204) {
            throw new Error(`DELETE webhook ${webhookId} answered ${response.status}: ${error?.detail ?? ""}`);
        }
    }

    /** A PARTNER key on one brand, working until revoked or until `expiresAt`. */
    async issuePartnerKey(name: string, brandId: string, expiresAt?: Date): Promise<IssuedKey> {
        const { data, error, response } = await this.client.POST("/api/v1/admin/clients", {
            body: { name, roles: ["PARTNER"], brands: [brandId], ...(expiresAt === undefined ? {} : { expiresAt: expiresAt.toISOString() }) },
        });
        const created = required(data, response, error?.detail);
        return { clientId: created.id, key: created.key };
    }

    async revoke(clientId: string): Promise<void> {
        const { error, response } = await this.client.DELETE("/api/v1/admin/clients/{clientId}", { params: { path: { clientId } } });
        if (response.status !== 204) {
            throw new Error(`DELETE client ${clientId} answered ${response.status}: ${error?.detail ?? ""}`);
        }
    }

    /** Whether the gateway still takes this client's key: any read it may make tells. */
    async keyRefused(brandId: string): Promise<boolean> {
        const { response } = await this.client.GET("/api/v1/alignment/brands/{brandId}", { params: { path: { brandId } } });
        return response.status === 401;
    }
}

/** Follows `nextCursor` from the first page to the last. */
async function allPages<T>(page: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
    const all: T[] = [];
    let cursor: string | null = null;
    do {
        const answered: { items: T[]; nextCursor: string | null } = await page(cursor);
        all.push(...answered.items);
        cursor = answered.nextCursor;
    } while (cursor !== null);
    return all;
}

function required<T>(data: T | undefined, response: Response, detail: string | null | undefined): T {
    if (data === undefined) {
        throw new Error(`${response.url} answered ${response.status}: ${detail ?? ""}`);
    }
    return data;
}
