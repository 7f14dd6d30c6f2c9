import { ApiProblem, fetchSession } from "../api";
import { el } from "../dom";
import { forgetKey, keepKey, type KeySession } from "../session";

/**
 * The sign-in form. The key is checked with `GET /api/v1/session` before anything else is shown; `reason` says why the
 * last key stopped working, if it did.
 */
export function signInPage(reason: string | null, signedIn: (session: KeySession) => void): HTMLElement {
    const message = el("p", { class: "signin-message", "data-testid": "signin-message", role: "alert", id: "signin-message" });
    message.hidden = reason === null;
    message.textContent = reason;
    const input = el("input", {
        id: "signin-key",
        name: "key",
        type: "password",
        autocomplete: "off",
        spellcheck: "false",
        required: true,
        "aria-describedby": "signin-hint",
        "data-testid": "signin-key",
    });
    const submit = el("button", { type: "submit", class: "primary", "data-testid": "signin-submit" }, "Sign in");
    const form = el("form", { class: "signin-form", novalidate: true },
        el("label", { for: "signin-key" }, "API key"),
        input,
        el("p", { id: "signin-hint", class: "hint" }, "Paste a key an administrator issued. It stays in this tab's session storage only."),
        submit);
    form.addEventListener("submit", (event) => {
        event.preventDefault();
        const key = input.value.trim();
        if (key === "") {
            show(message, "Paste an API key first.");
            input.focus();
            return;
        }
        submit.disabled = true;
        keepKey(key);
        fetchSession().then(signedIn, (problem: unknown) => {
            forgetKey();
            submit.disabled = false;
            show(message, problem instanceof ApiProblem ? problem.detail : "The key could not be checked.");
            input.focus();
        });
    });
    return el("main", { id: "main", class: "signin", tabindex: "-1" },
        el("h1", {}, "Sign in to Brandbridge"),
        el("p", { class: "lead" }, "See how well each brand keeps its promises at every touchpoint."),
        message,
        form);
}

function show(message: HTMLElement, text: string): void {
    message.textContent = text;
    message.hidden = false;
}
