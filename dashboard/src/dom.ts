/** Attributes of an element built by {@link el}; `null` and `undefined` values are left out. */
export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** What an element may hold: nodes, text, or nothing (skipped). */
export type Child = Node | string | null | undefined | false;

/**
 * Builds an element with attributes and children. Text is always set as text, never parsed as HTML,
 * so API strings cannot inject markup.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attributes: Attributes = {},
    ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === null || value === undefined || value === false) continue;
        element.setAttribute(name, value === true ? "" : String(value));
    }
    append(element, children);
    return element;
}

/** Appends children (nested lists flattened, empty ones skipped). */
export function append(parent: Node, children: (Child | Child[])[]): void {
    for (const child of children.flat()) {
        if (child === null || child === undefined || child === false) continue;
        parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
}

/** A link to a route of this app. */
export function link(href: string, text: string, attributes: Attributes = {}): HTMLAnchorElement {
    return el("a", { ...attributes, href }, text);
}
