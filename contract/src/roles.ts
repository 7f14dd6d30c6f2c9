import type { Operation } from "./document.js";
import { CALLER_ROLES, type CallerRole } from "./scenario.js";

const ROLES_LINE = /Roles: ([A-Z_, ]+)\./;

/**
 * The caller roles an operation allows besides ADMIN, from its `x-roles`, or undefined when it lists
 * none or its description's "Roles: …." sentence says otherwise: the suite then fails naming it.
 */
export function allowedRoles(operation: Operation): CallerRole[] | undefined {
    const listed = ROLES_LINE.exec(operation.description)?.[1];
    if (operation.roles === undefined || listed === undefined) {
        return undefined;
    }
    const described = listed.split(",").map((r) => r.trim());
    const declared = operation.roles;
    if (described.length !== declared.length || described.some((role) => !declared.includes(role))) {
        return undefined;
    }
    return CALLER_ROLES.filter((role) => declared.includes(role));
}
