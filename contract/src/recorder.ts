import type { Middleware } from "../../clients/typescript/src/index.js";
import { key } from "./document.js";
import { prismViolations } from "./prism.js";

/** One request the client sent, by the document's method and path template. */
export interface Call {
    operation: string;
    status: number;
    millis: number;
}

/**
 * Remembers every operation called through the client, so coverage is measured rather than claimed,
 * and every violation a validating proxy reported on the way.
 */
export class CallRecorder {
    readonly calls: Call[] = [];
    readonly violations: string[] = [];
    private readonly started = new Map<string, number>();

    middleware(): Middleware {
        return {
            onRequest: ({ id }) => {
                this.started.set(id, performance.now());
            },
            onResponse: async ({ id, request, schemaPath, response }) => {
                const operation = key(request.method, schemaPath);
                this.calls.push({ operation, status: response.status, millis: Math.round(performance.now() - (this.started.get(id) ?? performance.now())) });
                this.started.delete(id);
                for (const violation of await prismViolations(response)) {
                    this.violations.push(`${operation} (${response.status}): ${violation}`);
                }
                return response;
            },
        };
    }

    /** The slowest calls, for a run that takes longer than it should. */
    slowest(count: number): string[] {
        return [...this.calls].sort((a, b) => b.millis - a.millis).slice(0, count).map((c) => `${c.operation} ${c.millis} ms`);
    }

    operations(): Set<string> {
        return new Set(this.calls.map((c) => c.operation));
    }
}
