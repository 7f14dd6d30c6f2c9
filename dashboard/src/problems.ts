// How a refusal reads: the problem+json `detail` the API wrote, or its status line.

/** The `detail` of a problem+json answer, or a plain sentence when it has none; the body is read, so pass a clone. */
export async function problemDetailOf(response: Response): Promise<string> {
    let body: unknown = null;
    try {
        body = await response.json();
    } catch {
        // Not JSON: the status line is all there is to say.
    }
    return detailOf(body) ?? `The API answered ${response.status} ${response.statusText}.`;
}

export function detailOf(body: unknown): string | null {
    if (typeof body === "object" && body !== null && "detail" in body && typeof body.detail === "string") {
        return body.detail;
    }
    return null;
}
