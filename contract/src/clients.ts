import { createBrandbridgeClient, type BrandbridgeClient } from "../../clients/typescript/src/index.js";
import type { CallRecorder } from "./recorder.js";

/** A client for one key, recording its calls when a recorder is given. */
export function clientFor(baseUrl: string, apiKey: string, recorder?: CallRecorder): BrandbridgeClient {
    const client = createBrandbridgeClient({ baseUrl, apiKey });
    if (recorder !== undefined) {
        client.use(recorder.middleware());
    }
    return client;
}

export function requiredEnv(name: string): string {
    const value = process.env[name];
    if (value === undefined || value === "") {
        throw new Error(`Set ${name}`);
    }
    return value;
}
