import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

const BLOCKING = new Set(["serious", "critical"]);

/** The serious and critical axe violations on the page as it stands, one line each with the first offending nodes. */
export async function blockingViolations(page: Page): Promise<string[]> {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations
        .filter((violation) => violation.impact !== undefined && violation.impact !== null && BLOCKING.has(violation.impact))
        .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} at ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(", ")}`);
}
