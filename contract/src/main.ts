import { checkEscapes } from "./escapes.js";
import { documentPath, loadDocument, operations } from "./document.js";
import { clientFor, requiredEnv } from "./clients.js";
import { uncovered, undocumented } from "./coverage.js";
import { runNegativeSuite } from "./negative.js";
import { PrismProxy } from "./prism.js";
import { CallRecorder } from "./recorder.js";
import { playStory } from "./scenario.js";

/** Each step prints one line `RESULT {...}` for the build to read, and exits non-zero when it fails. */
function result(step: string, figures: Record<string, number | string[]>): void {
    console.log(`RESULT ${JSON.stringify({ step, ...figures })}`);
}

function tag(): string {
    return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

async function scenario(throughPrism: boolean): Promise<boolean> {
    const gateway = requiredEnv("GATEWAY_URL");
    const all = operations(loadDocument());
    const prism = throughPrism ? await PrismProxy.start(documentPath(), gateway) : undefined;
    const recorder = new CallRecorder();
    let failure: string | undefined;
    try {
        await playStory(prism?.url ?? gateway, requiredEnv("ADMIN_KEY"), recorder, tag());
    } catch (e) {
        failure = e instanceof Error ? e.message : String(e);
    } finally {
        prism?.stop();
    }
    if (process.env["PRISM_LOG"] !== undefined) console.error(prism?.log.join("\n"));
    const missing = uncovered(all, recorder);
    const unknown = undocumented(all, recorder);
    // Prism reports each violation in its answer and again in its log: the log only adds what the answers missed.
    const logged = prism?.loggedViolations() ?? [];
    const violations = logged.length > recorder.violations.length ? [...recorder.violations, ...logged] : recorder.violations;
    const step = throughPrism ? "scenario through Prism" : "scenario";
    if (failure !== undefined) console.error(`${step} failed: ${failure}`);
    // After a failure the rest of the story never ran, so only a completed story's gaps are news.
    if (failure === undefined) for (const m of missing) console.error(`not called by the scenario: ${m}`);
    for (const u of unknown) console.error(`called but not in the document: ${u}`);
    for (const v of violations) console.error(`Prism: ${v}`);
    result(step, { operations: all.length, covered: all.length - missing.length, calls: recorder.calls.length, violations: violations.length, missing, slowest: recorder.slowest(3) });
    return failure === undefined && missing.length === 0 && unknown.length === 0 && violations.length === 0;
}

async function negative(): Promise<boolean> {
    const gateway = requiredEnv("GATEWAY_URL");
    const document = loadDocument();
    const prism = await PrismProxy.start(documentPath(), gateway);
    try {
        const outcome = await runNegativeSuite({ document, gateway, prism: prism.url, adminKey: requiredEnv("ADMIN_KEY"), tag: tag(), clientFor });
        // Requests Prism refused are the cases working; only what it logged about an answer is a violation.
        const violations = prism.loggedViolations().filter((line) => line.includes("Violation: response"));
        for (const f of outcome.failures) console.error(`negative case failed: ${f}`);
        for (const v of violations) console.error(`Prism: ${v}`);
        result("negative", { cases: outcome.cases, failures: outcome.failures.length, refusedByPrism: outcome.refusedByPrism, directOnly: outcome.directOnly, violations: violations.length });
        return outcome.failures.length === 0 && violations.length === 0;
    } finally {
        prism.stop();
    }
}

async function main(command: string | undefined): Promise<boolean> {
    switch (command) {
        case "escapes":
            return checkEscapes();
        case "scenario":
            return scenario(false);
        case "scenario-prism":
            return scenario(true);
        case "negative":
            return negative();
        default:
            console.error("usage: main.js escapes | scenario | scenario-prism | negative");
            return false;
    }
}

// Exits at once: idle keep-alive connections to the gateway would otherwise hold the process for a minute and more.
main(process.argv[2]).then((passed) => {
    process.exit(passed ? 0 : 1);
}, (e: unknown) => {
    console.error(e);
    process.exit(1);
});
