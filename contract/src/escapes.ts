import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const CONTRACT_SOURCES = fileURLToPath(new URL("../../../src/", import.meta.url));
const CLIENT_INDEX = fileURLToPath(new URL("../../../../clients/typescript/src/index.ts", import.meta.url));
const DIRECTIVES = ["@ts-ignore", "@ts-expect-error", "@ts-nocheck"];

/** A way around the type checker, where it is. */
export interface Escape {
    file: string;
    line: number;
    what: string;
}

/** The suite's own sources and the client's entry point: everything typed by hand. */
export function checkedFiles(): string[] {
    const own = readdirSync(CONTRACT_SOURCES).filter((f) => f.endsWith(".ts")).map((f) => CONTRACT_SOURCES + f);
    return [...own, CLIENT_INDEX];
}

/** Casts, `any`, non-null assertions and checker-silencing comments, read from the syntax tree, not the text. */
export function escapesIn(file: string, text: string = readFileSync(file, "utf8")): Escape[] {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const found: Escape[] = [];
    const at = (position: number, what: string): void => {
        found.push({ file, line: source.getLineAndCharacterOfPosition(position).line + 1, what });
    };
    const visit = (node: ts.Node): void => {
        if (ts.isAsExpression(node)) at(node.getStart(), `cast: ${node.getText()}`);
        if (ts.isTypeAssertionExpression(node)) at(node.getStart(), `cast: ${node.getText()}`);
        if (ts.isNonNullExpression(node)) at(node.getStart(), `non-null assertion: ${node.getText()}`);
        if (node.kind === ts.SyntaxKind.AnyKeyword) at(node.getStart(), "any");
        ts.forEachChild(node, visit);
    };
    visit(source);
    // Directives live in comments, which the tree keeps beside the nodes rather than in them.
    const seen = new Set<number>();
    const comments = (node: ts.Node): void => {
        const ranges = [...(ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []), ...(ts.getTrailingCommentRanges(text, node.getEnd()) ?? [])];
        for (const range of ranges.filter((r) => !seen.has(r.pos))) {
            seen.add(range.pos);
            const comment = text.slice(range.pos, range.end);
            for (const directive of DIRECTIVES.filter((d) => comment.includes(d))) {
                at(range.pos, directive);
            }
        }
        ts.forEachChild(node, comments);
    };
    comments(source);
    comments(source.endOfFileToken);
    return found;
}

/** A sample with one of each escape, so the check is seen to catch them before it is trusted. */
const SAMPLE = `
// @ts-nocheck
const a: any = 1;
const b = a as string;
const c = <number>a;
const d = document.body!;
/* @ts-ignore */ const e = 1;
// @ts-expect-error
const f: string = 2;
`;

/** Prints every escape; true when there is none. */
export function checkEscapes(): boolean {
    const caught = escapesIn("sample.ts", SAMPLE).length;
    if (caught !== 7) {
        console.error(`the escape check finds ${caught} of the sample's 7 escapes`);
        return false;
    }
    const files = checkedFiles();
    const escapes = files.flatMap((f) => escapesIn(f));
    for (const e of escapes) console.error(`${e.file}:${e.line}: ${e.what}`);
    console.log(`RESULT ${JSON.stringify({ step: "escapes", files: files.length, escapes: escapes.length })}`);
    return escapes.length === 0;
}
