import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { isRecord } from "./document.js";

const PRISM = fileURLToPath(new URL("../../../node_modules/.bin/prism", import.meta.url));

/** Prism validating every request and answer between the suite and the gateway, with what it logged. */
export class PrismProxy {
    readonly log: string[] = [];

    private constructor(private readonly process: ChildProcess, readonly url: string) {
        const keep = (chunk: Buffer): void => {
            this.log.push(...chunk.toString("utf8").split("\n").filter((line) => line.trim() !== ""));
        };
        process.stdout?.on("data", keep);
        process.stderr?.on("data", keep);
    }

    /** Starts `prism proxy --errors` and waits until it listens. */
    static async start(document: string, upstream: string): Promise<PrismProxy> {
        const port = await freePort();
        // PRISM_ERRORS=false lets every answer through with its violations in a header, to list them all in one run.
        const errors = process.env["PRISM_ERRORS"] === "false" ? [] : ["--errors"];
        const child = spawn(PRISM, ["proxy", ...errors, "-h", "127.0.0.1", "-p", String(port), document, upstream], { stdio: ["ignore", "pipe", "pipe"] });
        const proxy = new PrismProxy(child, `http://127.0.0.1:${port}`);
        const deadline = Date.now() + 60_000;
        while (!proxy.log.some((line) => line.includes("Prism is listening"))) {
            if (child.exitCode !== null || Date.now() > deadline) {
                throw new Error(`Prism did not start:\n${proxy.log.join("\n")}`);
            }
            await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return proxy;
    }

    /** Every violation Prism logged, requests and answers alike. */
    loggedViolations(): string[] {
        return this.log.map(clean).filter((line) => /violation/i.test(line));
    }

    stop(): void {
        this.process.kill("SIGTERM");
    }
}

/** Prism's log without its colour codes. */
function clean(line: string): string {
    return line.replace(/\u001b\[[0-9;]*m/g, "").trim();
}

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.listen(0, "127.0.0.1", () => {
            const address = server.address();
            server.close(() => (address !== null && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
        });
    });
}

/** What Prism said about one exchange. */
export interface PrismReport {
    /** Prism answered a request it found invalid itself, without forwarding it. */
    refused: boolean;
    /** What the document and the exchange disagree on (answers always; requests only when Prism forwarded them). */
    violations: string[];
}

/**
 * With --errors Prism answers a problem of its own in place of an invalid request or answer;
 * without, it passes the answer on with an `sl-violations` header.
 */
export async function prismReport(response: Response): Promise<PrismReport> {
    const violations: string[] = [];
    const header = response.headers.get("sl-violations");
    if (header !== null) {
        violations.push(...describe(parseJson(header)));
    }
    let refused = false;
    if ((response.headers.get("content-type") ?? "").includes("json")) {
        const body = parseJson(await response.clone().text());
        const type = isRecord(body) ? body["type"] : undefined;
        if (isRecord(body) && typeof type === "string" && type.includes("stoplight.io/prism/errors")) {
            const validation = Array.isArray(body["validation"]) ? body["validation"].filter(isRecord) : [];
            const aboutAnswer = validation.filter((v) => Array.isArray(v["location"]) && v["location"][0] === "response");
            refused = !type.endsWith("#VIOLATIONS") || (validation.length > 0 && aboutAnswer.length === 0);
            if (!refused) {
                violations.push(...(aboutAnswer.length > 0 ? describe(aboutAnswer) : [`${String(body["title"])}: ${String(body["detail"])}`]));
            }
        }
    }
    return { refused, violations };
}

/** Every violation of one exchange, a refused request included: for the scenario, where any is a failure. */
export async function prismViolations(response: Response): Promise<string[]> {
    const report = await prismReport(response);
    return report.refused ? [`Prism refused the request: ${await response.clone().text()}`, ...report.violations] : report.violations;
}

function describe(validation: unknown): string[] {
    if (!Array.isArray(validation)) {
        return [];
    }
    return validation.filter(isRecord).map((v) => {
        const location = Array.isArray(v["location"]) ? v["location"].join(".") : "";
        return `${String(v["severity"])} ${location}: ${String(v["message"])}`;
    });
}

function parseJson(text: string): unknown {
    try {
        const parsed: unknown = JSON.parse(text);
        return parsed;
    } catch {
        return undefined;
    }
}
