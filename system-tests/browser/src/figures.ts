import assert from "node:assert/strict";

const NO_FIGURE = "—";

/** The page shows `value` rounded to one decimal, or a dash for null; the rounding is checked, not re-done in the same way. */
export function assertOneDecimal(shown: string | null, value: number | null, what: string): void {
    const text = (shown ?? "").trim();
    if (value === null) {
        assert.equal(text, NO_FIGURE, `${what}: the API has no figure, the page shows ${JSON.stringify(text)}`);
        return;
    }
    assert.match(text, /^-?\d+\.\d$/, `${what}: ${JSON.stringify(text)} is not one decimal of ${value}`);
    assert.ok(Math.abs(Number(text) - value) <= 0.05 + 1e-9, `${what}: the page shows ${text}, the API ${value}`);
}

/** An attribute holding the API's number unrounded, or empty for null. */
export function exactly(value: number | null): string {
    return value === null ? "" : String(value);
}

/** Compares two lists element by element with a readable message for the first difference. */
export function assertSameList<T>(shown: readonly T[], expected: readonly T[], what: string): void {
    assert.deepEqual(shown, expected, `${what}: the page shows ${shown.length}, the API ${expected.length}`);
}
