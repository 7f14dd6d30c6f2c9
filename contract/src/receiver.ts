import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";

/** One delivery as the receiver got it: the Standard Webhooks headers and the raw body they sign. */
export interface Received {
    id: string;
    timestamp: string;
    signatures: string[];
    body: string;
}

const POLL_MS = 100;

/**
 * A webhook receiver on loopback that answers 204 to every POST and keeps what it got, so the story can check what
 * alignment-service really sent. The platform must list 127.0.0.1 in WEBHOOK_ALLOWED_HOSTS for it to be a valid URL.
 */
export class WebhookReceiver {
    private constructor(private readonly server: Server, readonly url: string, private readonly received: readonly Received[]) {
    }

    static async start(): Promise<WebhookReceiver> {
        const received: Received[] = [];
        const server = createServer((request, response) => {
            const chunks: Buffer[] = [];
            request.on("data", (chunk: Buffer) => chunks.push(chunk));
            request.on("end", () => {
                const headers = request.headers;
                received.push({
                    id: single(headers, "webhook-id"), timestamp: single(headers, "webhook-timestamp"),
                    signatures: single(headers, "webhook-signature").split(" ").filter((s) => s !== ""), body: Buffer.concat(chunks).toString("utf8"),
                });
                response.writeHead(204).end();
            });
        });
        await new Promise<void>((resolve, reject) => {
            server.once("error", reject);
            server.listen(0, "127.0.0.1", () => resolve());
        });
        const address = server.address();
        if (address === null || typeof address === "string") {
            server.close();
            throw new Error("the webhook receiver has no port");
        }
        return new WebhookReceiver(server, `http://127.0.0.1:${address.port}/brandbridge`, received);
    }

    /** Every delivery of one message (its webhook-id), waiting until at least `count` have come or the time is up. */
    async messages(id: string, count: number, timeoutMs: number): Promise<Received[]> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const found = this.received.filter((r) => r.id === id);
            if (found.length >= count || Date.now() > deadline) return found;
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
    }

    close(): void {
        this.server.closeAllConnections();
        this.server.close();
    }
}

/** Whether one of the delivery's signatures is the Standard Webhooks one for this secret (`whsec_` and base64 key). */
export function signedWith(secret: string, delivery: Received): boolean {
    const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
    const expected = createHmac("sha256", key).update(`${delivery.id}.${delivery.timestamp}.${delivery.body}`).digest();
    return delivery.signatures.some((signature) => {
        const [version, value] = signature.split(",", 2);
        const given = Buffer.from(value ?? "", "base64");
        return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

function single(headers: IncomingHttpHeaders, name: string): string {
    const value = headers[name];
    return typeof value === "string" ? value : "";
}
