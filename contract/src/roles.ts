import type { Operation } from "./document.js";
import { CALLER_ROLES, type CallerRole } from "./scenario.js";

const ROLES_LINE = /Roles: ([A-Z_, ]+)\./;

/**
 * The caller roles an operation allows besides ADMIN, as its description lists them
 * ("Roles: ADMIN, MARKETING."), or undefined when it lists none: the suite then fails naming it.
 */
export function allowedRoles(operation: Operation): CallerRole[] | undefined {
    const listed = ROLES_LINE.exec(operation.description)?.[1];
    if (listed === undefined) {
        return undefined;
    }
    const names = listed.split(",").map((r) => r.trim());
    return CALLER_ROLES.filter((role) => names.includes(role));
}
