import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "../../clients/typescript/src/api";
import { lastGoodAnswers } from "./last-good";
import { detailOf, problemDetailOf } from "./problems";
import { currentKey, type KeySession } from "./session";

/** The API's schemas, as generated from the merged OpenAPI document. */
export type Schemas = components["schemas"];

/** A refusal or failure of one call, with the problem's `detail` as the message people read. */
export class ApiProblem extends Error {
    constructor(readonly status: number, readonly detail: string) {
        super(detail);
        this.name = "ApiProblem";
    }
}

type UnauthorizedListener = (detail: string) => void;
let onUnauthorized: UnauthorizedListener = () => undefined;

/** Who hears of a 401 from any call: the key expired or was revoked while the page was open. */
export function whenUnauthorized(listener: UnauthorizedListener): void {
    onUnauthorized = listener;
}

const bearerKey: Middleware = {
    onRequest({ request }) {
        const key = currentKey();
        if (key !== null) request.headers.set("Authorization", `Bearer ${key}`);
        return request;
    },
};

const refusedKey: Middleware = {
    async onResponse({ response }) {
        if (response.status === 401) onUnauthorized(await problemDetailOf(response.clone()));
        return undefined;
    },
};

/** The typed client of the gateway this page was loaded from. */
export const api = createClient<paths>({ baseUrl: window.location.origin });
// The kept answers stand in only for an unavailable service, never for a refused key.
api.use(bearerKey, refusedKey, lastGoodAnswers);

// Its own client: a key refused at sign-in is an answer for the form, not a sign-out.
const keyCheck = createClient<paths>({ baseUrl: window.location.origin });
keyCheck.use(bearerKey);

interface Fetched<T> {
    data?: T;
    error?: unknown;
    response: Response;
}

/** The body of a successful call, or an {@link ApiProblem} carrying the answer's `detail`. */
export async function answer<T>(call: Promise<Fetched<T>>): Promise<T> {
    let result: Fetched<T>;
    try {
        result = await call;
    } catch {
        throw new ApiProblem(0, "The gateway did not answer. Check that it is running, then reload the page.");
    }
    if (result.response.ok && result.data !== undefined) return result.data;
    const { status, statusText } = result.response;
    throw new ApiProblem(status, detailOf(result.error) ?? `The API answered ${status} ${statusText}.`);
}

/** Who the signed-in key is: `GET /api/v1/session`, which the gateway answers itself. */
export async function fetchSession(): Promise<KeySession> {
    if (currentKey() === null) throw new ApiProblem(401, "Sign in with an API key.");
    return answer(keyCheck.GET("/api/v1/session"));
}

/** One page of a cursor-paginated list, as every list of the API answers it. */
export interface ListPage<T> {
    items: T[];
    nextCursor: string | null;
}

/** Enough pages for any real brand; the lists are ranked or ordered, so a cut loses only their tail. */
const MAX_PAGES = 10;

/** Every item of a paginated list: `first` and the pages after it, read with `next(cursor)`. */
export async function withLaterPages<T>(first: ListPage<T>, next: (cursor: string) => Promise<ListPage<T>>): Promise<T[]> {
    const items = [...first.items];
    let cursor = first.nextCursor;
    for (let page = 1; cursor !== null && page < MAX_PAGES; page++) {
        const answered = await next(cursor);
        items.push(...answered.items);
        cursor = answered.nextCursor;
    }
    return items;
}

/** Every item of a paginated list read with `read(cursor)`, null for the first page. */
export async function allPages<T>(read: (cursor: string | null) => Promise<ListPage<T>>): Promise<T[]> {
    return withLaterPages(await read(null), read);
}
