import { key, type Operation } from "./document.js";
import type { CallRecorder } from "./recorder.js";

/** The document's operations the recorder never saw, by "METHOD /path" and operationId. */
export function uncovered(operations: Operation[], recorder: CallRecorder): string[] {
    const called = recorder.operations();
    return operations.filter((o) => !called.has(key(o.method, o.path))).map((o) => `${key(o.method, o.path)} (${o.operationId})`);
}

/** Calls to paths the document does not have: a scenario may only use the contract. */
export function undocumented(operations: Operation[], recorder: CallRecorder): string[] {
    const documented = new Set(operations.map((o) => key(o.method, o.path)));
    return [...recorder.operations()].filter((o) => !documented.has(o));
}
