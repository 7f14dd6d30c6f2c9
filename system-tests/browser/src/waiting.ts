/** Polls a condition until it holds, then answers its last value; fails with the description and that value otherwise. */
export async function waitUntil<T>(description: string, read: () => Promise<T>, holds: (value: T) => boolean,
                                   timeoutMillis = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMillis;
    let value = await read();
    while (!holds(value)) {
        if (Date.now() > deadline) {
            throw new Error(`${description}: still ${JSON.stringify(value)} after ${timeoutMillis} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
        value = await read();
    }
    return value;
}
