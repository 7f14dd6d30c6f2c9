import { el, link } from "./dom";
import { instant } from "./format";
import { brandRoute, href, type BrandPage, type Route } from "./router";
import { managesWebhooks, readsCatalogues, type KeySession } from "./session";
import type { PageView } from "./view";

const NAV: { page: BrandPage; label: string; testId: string }[] = [
    { page: "overview", label: "Overview", testId: "nav-overview" },
    { page: "gaps", label: "Gaps", testId: "nav-gaps" },
    { page: "conflicts", label: "Conflicts", testId: "nav-conflicts" },
    { page: "handoffs", label: "Handoffs", testId: "nav-handoffs" },
    { page: "touchpoints", label: "Touchpoints", testId: "nav-touchpoints" },
    { page: "webhooks", label: "Webhooks", testId: "nav-webhooks" },
];

/** The frame around every signed-in page: header, brand navigation, snapshot times, and the main landmark. */
export class Shell {
    readonly root: HTMLElement;
    private readonly stamps = el("div", { class: "stamps" });
    private readonly banner = el("div", { class: "banner-slot" });
    private readonly heading = el("h1", {});
    private readonly content = el("div", { class: "content" });
    private readonly main = el("main", { id: "main", tabindex: "-1" }, this.heading, this.stamps, this.banner, this.content);

    private readonly brandLabel = el("span", { class: "mono" });

    constructor(route: Route, session: KeySession, signOut: () => void) {
        const signOutButton = el("button", { type: "button", class: "quiet", "data-testid": "sign-out" }, "Sign out");
        signOutButton.addEventListener("click", signOut);
        const header = el("header", { class: "topbar" },
            link("#/brands", "Brandbridge", { class: "brandmark" }),
            el("span", { class: "who" }, `Signed in as ${session.name}`),
            signOutButton);
        this.root = el("div", { class: "shell" }, header, navigation(route, session, this.brandLabel), this.main);
    }

    /** Shows the loading state while a page's answers are on their way. */
    loading(title: string): void {
        this.heading.textContent = title;
        this.content.replaceChildren(el("p", { class: "loading", "data-testid": "loading", role: "status" }, "Loading…"));
        this.stamps.replaceChildren();
        this.banner.replaceChildren();
    }

    /**
     * Shows a page: its content, and the times and staleness of the snapshot it read, in the brand's zone. `unavailable`
     * is the refusal's detail when alignment-service was down and the page shows the answers this tab read last.
     */
    show(view: PageView, unavailable: string | null): void {
        this.heading.textContent = view.title;
        document.title = `${view.title} · Brandbridge`;
        this.content.replaceChildren(...view.body);
        if (view.stamp === null) {
            this.stamps.replaceChildren();
            this.banner.replaceChildren();
            return;
        }
        const { asOf, computedAt, stale, timeZone } = view.stamp;
        this.stamps.replaceChildren(
            el("p", {}, "As of ", el("time", { "data-testid": "as-of", datetime: asOf }, instant(asOf, timeZone))),
            el("p", {}, "Computed at ", el("time", { "data-testid": "computed-at", datetime: computedAt }, instant(computedAt, timeZone))));
        this.banner.replaceChildren(stale ? staleBanner(unavailable) : "");
    }

    /** Shows a problem's detail instead of the page. */
    error(title: string, detail: string): void {
        this.heading.textContent = title;
        document.title = `${title} · Brandbridge`;
        this.stamps.replaceChildren();
        this.banner.replaceChildren();
        this.content.replaceChildren(el("div", { class: "error", role: "alert" },
            el("p", { "data-testid": "error-message" }, detail),
            el("p", {}, link("#/brands", "Choose another brand"))));
    }

    /** Names the brand in the navigation once its name is known (the id is shown until then). */
    nameBrand(name: string): void {
        this.brandLabel.textContent = name;
        this.brandLabel.className = "brand-name";
    }

    focusMain(): void {
        this.main.focus({ preventScroll: true });
    }
}

function staleBanner(unavailable: string | null): HTMLElement {
    const why = unavailable === null
        ? "Stale: the last recompute failed because a service was down. These figures are the last good snapshot."
        : `Stale: ${unavailable.replace(/\.?$/, ".")} These figures are the last this tab read, and may be out of date.`;
    return el("p", { class: "stale-banner", "data-testid": "stale-banner", role: "status" }, why);
}

function navigation(route: Route, session: KeySession, brandLabel: HTMLElement): HTMLElement | null {
    if (route.page === "sign-in" || route.page === "brands") return null;
    brandLabel.textContent = route.brandId;
    const asOf = "asOf" in route ? route.asOf : null;
    const current: BrandPage | null = route.page === "promise" ? null : route.page;
    const items = NAV
        .filter((item) => item.page !== "touchpoints" || readsCatalogues(session))
        .filter((item) => item.page !== "webhooks" || managesWebhooks(session))
        .map((item) => el("li", {}, link(href(brandRoute(item.page, route.brandId, asOf)), item.label, {
            "data-testid": item.testId,
            "aria-current": item.page === current ? "page" : null,
        })));
    return el("nav", { class: "brand-nav", "aria-label": "Brand pages", "data-testid": "nav" },
        el("p", { class: "brand-id" }, "Brand ", brandLabel, " · ", link("#/brands", "change brand")),
        el("ul", {}, items));
}
