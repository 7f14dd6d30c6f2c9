import { readFileSync } from "node:fs";
import { parse } from "yaml";

/** One operation of the merged document, as the suite needs it. */
export interface Operation {
    method: string;
    path: string;
    operationId: string;
    description: string;
    /** The roles the document says may call it (`x-roles`), ADMIN included; undefined when it lists none. */
    roles: string[] | undefined;
    /** Status codes the document declares, e.g. ["200", "400", "401"]. */
    statuses: string[];
    /** Media types the request body may have; empty when it takes none. */
    requestTypes: string[];
    parameters: Parameter[];
}

export interface Parameter {
    name: string;
    in: string;
    required: boolean;
    schema: Record<string, unknown>;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

export function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function record(value: unknown): Record<string, unknown> {
    return isRecord(value) ? value : {};
}

/** The document named by OPENAPI_DOCUMENT, parsed. */
export function loadDocument(path: string = documentPath()): Record<string, unknown> {
    const parsed: unknown = parse(readFileSync(path, "utf8"));
    if (!isRecord(parsed)) {
        throw new Error(`${path} is not an OpenAPI document`);
    }
    return parsed;
}

export function documentPath(): string {
    const path = process.env["OPENAPI_DOCUMENT"];
    if (path === undefined || path === "") {
        throw new Error("Set OPENAPI_DOCUMENT to the merged document (the gateway's /openapi.yml saved to a file)");
    }
    return path;
}

/** Every operation of the document, in document order. */
export function operations(document: Record<string, unknown>): Operation[] {
    const found: Operation[] = [];
    for (const [path, item] of Object.entries(record(document["paths"]))) {
        const shared = parameters(record(item)["parameters"]);
        for (const [method, operation] of Object.entries(record(item))) {
            if (!METHODS.includes(method) || !isRecord(operation)) {
                continue;
            }
            const own = parameters(operation["parameters"]);
            const names = new Set(own.map((p) => `${p.in}:${p.name}`));
            found.push({
                method: method.toUpperCase(),
                path,
                operationId: typeof operation["operationId"] === "string" ? operation["operationId"] : "",
                description: typeof operation["description"] === "string" ? operation["description"] : "",
                roles: stringList(operation["x-roles"]),
                statuses: Object.keys(record(operation["responses"])),
                requestTypes: Object.keys(record(record(operation["requestBody"])["content"])),
                parameters: [...own, ...shared.filter((p) => !names.has(`${p.in}:${p.name}`))],
            });
        }
    }
    return found;
}

function stringList(value: unknown): string[] | undefined {
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : undefined;
}

function parameters(value: unknown): Parameter[] {
    if (!Array.isArray(value)) {
        return [];
    }
    return value.filter(isRecord).map((p) => ({
        name: String(p["name"]),
        in: String(p["in"]),
        required: p["required"] === true,
        schema: record(p["schema"]),
    }));
}

/** "POST /api/v1/brands": how the suite names an operation. */
export function key(method: string, path: string): string {
    return `${method.toUpperCase()} ${path}`;
}
