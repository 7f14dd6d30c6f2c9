import { isRecord } from "./document.js";

export type Schema = Record<string, unknown>;

/** A schema with its $ref followed and its allOf parts merged, as far as the suite needs to read it. */
export function resolve(document: Record<string, unknown>, schema: unknown, depth = 0): Schema {
    if (!isRecord(schema) || depth > 10) {
        return {};
    }
    const ref = schema["$ref"];
    if (typeof ref === "string") {
        return resolve(document, pointer(document, ref), depth + 1);
    }
    const parts = schema["allOf"];
    if (Array.isArray(parts)) {
        const merged: Schema = {};
        for (const part of parts) {
            Object.assign(merged, resolve(document, part, depth + 1));
        }
        const own = Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "allOf"));
        return { ...merged, ...own };
    }
    return schema;
}

function pointer(document: Record<string, unknown>, ref: string): unknown {
    let node: unknown = document;
    for (const part of ref.replace(/^#\//, "").split("/")) {
        node = isRecord(node) ? node[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
    }
    return node;
}

export function properties(schema: Schema): Record<string, unknown> {
    const found = schema["properties"];
    return isRecord(found) ? found : {};
}

export function required(schema: Schema): string[] {
    const found = schema["required"];
    return Array.isArray(found) ? found.filter((r): r is string => typeof r === "string") : [];
}

export function numberOf(schema: Schema, name: string): number | undefined {
    const value = schema[name];
    return typeof value === "number" ? value : undefined;
}

/** The JSON request schema of an operation, resolved, or undefined when it takes no JSON body. */
export function jsonBodySchema(document: Record<string, unknown>, path: string, method: string): Schema | undefined {
    const paths = document["paths"];
    const item = isRecord(paths) ? paths[path] : undefined;
    const operation = isRecord(item) ? item[method.toLowerCase()] : undefined;
    const body = isRecord(operation) ? operation["requestBody"] : undefined;
    const content = isRecord(body) ? body["content"] : undefined;
    const json = isRecord(content) ? content["application/json"] : undefined;
    return isRecord(json) ? resolve(document, json["schema"]) : undefined;
}
