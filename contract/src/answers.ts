/** What openapi-fetch resolves to: data on a success the document describes, error otherwise. */
export interface Result<T> {
    data?: T;
    error?: unknown;
    response: Response;
}

/** A call that did not answer as the scenario expects, with what the server said. */
export class UnexpectedAnswer extends Error {
    constructor(what: string, expected: number[], result: Result<unknown>) {
        const body = result.error === undefined ? "" : `: ${JSON.stringify(result.error)}`;
        super(`${what}: expected ${expected.join(" or ")}, got ${result.response.status} from ${result.response.url}${body}`);
    }
}

/** The body of an answer with one of the expected statuses; fails naming the call otherwise. */
export async function expectBody<T>(call: Promise<Result<T>>, expected: number | number[], what: string): Promise<T> {
    const result = await call;
    const statuses = Array.isArray(expected) ? expected : [expected];
    if (!statuses.includes(result.response.status) || result.data === undefined) {
        throw new UnexpectedAnswer(what, statuses, result);
    }
    return result.data;
}

/** An answer with the expected status and no body to read (204, 304). */
export async function expectStatus(call: Promise<Result<unknown>>, expected: number, what: string): Promise<Response> {
    const result = await call;
    if (result.response.status !== expected) {
        throw new UnexpectedAnswer(what, [expected], result);
    }
    return result.response;
}

/** A header the answer must carry. */
export function header(response: Response, name: string, what: string): string {
    const value = response.headers.get(name);
    if (value === null || value === "") {
        throw new Error(`${what}: no ${name} header`);
    }
    return value;
}

export function check(condition: boolean, message: string): void {
    if (!condition) {
        throw new Error(message);
    }
}

/** The first element of an answer's list, which the story expects to be there. */
export function first<T>(items: readonly T[], what: string): T {
    const item = items[0];
    if (item === undefined) {
        throw new Error(`${what}: the list is empty`);
    }
    return item;
}

export function equal<T>(actual: T, expected: T, what: string): void {
    check(actual === expected, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** The body and the response, for answers whose headers matter too (ETag, Location). */
export async function expectAnswer<T>(call: Promise<Result<T>>, expected: number | number[], what: string): Promise<{ body: T; response: Response }> {
    const result = await call;
    const statuses = Array.isArray(expected) ? expected : [expected];
    if (!statuses.includes(result.response.status) || result.data === undefined) {
        throw new UnexpectedAnswer(what, statuses, result);
    }
    return { body: result.data, response: result.response };
}
