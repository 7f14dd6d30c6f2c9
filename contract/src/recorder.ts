import type { Middleware } from "../../clients/typescript/src/index.js";
import { key } from "./document.js";
import { prismViolations } from "./prism.js";

/** One request the client sent, by the document's method and path template. */
export interface Call {
    operation: string;
    status: number;
}

/**
 * Remembers every operation called through the client, so coverage is measured rather than claimed,
 * and every violation a validating proxy reported on the way.
 */
export class CallRecorder {
    readonly calls: Call[] = [];
    readonly violations: string[] = [];

    middleware(): Middleware {
        return {
            onResponse: async ({ request, schemaPath, response }) => {
                const operation = key(request.method, schemaPath);
                this.calls.push({ operation, status: response.status });
                for (const violation of await prismViolations(response)) {
                    this.violations.push(`${operation} (${response.status}): ${violation}`);
                }
                return response;
            },
        };
    }

    operations(): Set<string> {
        return new Set(this.calls.map((c) => c.operation));
    }
}
