import { ApiProblem, fetchSession, whenUnauthorized } from "./api";
import { brandName, forgetBrands, forgetSummaries } from "./brand-data";
import { disposeCharts, drawCharts } from "./charts";
import { el } from "./dom";
import { forgetLastGoodAnswers, takeUnavailableDetail } from "./last-good";
import { brandsPage } from "./pages/brands";
import { conflictsPage } from "./pages/conflicts";
import { gapsPage } from "./pages/gaps";
import { handoffsPage } from "./pages/handoffs";
import { overviewPage } from "./pages/overview";
import { promisePage } from "./pages/promise";
import { signInPage } from "./pages/sign-in";
import { touchpointsPage } from "./pages/touchpoints";
import { webhooksPage } from "./pages/webhooks";
import { navigate, parseRoute, type Route } from "./router";
import {
    currentKey,
    forgetKey,
    readsCatalogues,
    managesWebhooks,
    forgetSignOutReason,
    lastSignOutReason,
    rememberSignOutReason,
    type KeySession,
} from "./session";
import { Shell } from "./shell";
import type { PageView } from "./view";

const root = document.getElementById("app") ?? document.body;
let session: KeySession | null = null;
// Each navigation gets a number; answers arriving for an older one are dropped.
let generation = 0;
let firstShow = true;

const TITLES: Record<Route["page"], string> = {
    "sign-in": "Sign in",
    brands: "Brands",
    overview: "Overview",
    promise: "Promise",
    gaps: "Gaps",
    conflicts: "Incentive conflicts",
    handoffs: "Handoffs",
    touchpoints: "Touchpoints",
    webhooks: "Webhooks",
};

function signOut(reason: string | null): void {
    forgetKey();
    session = null;
    forgetBrands();
    forgetLastGoodAnswers();
    if (reason !== null) rememberSignOutReason(reason);
    else forgetSignOutReason();
    if (parseRoute(window.location.hash).page === "sign-in") void show();
    else navigate({ page: "sign-in" });
}

whenUnauthorized((detail) => signOut(`You were signed out: ${detail}`));

function viewFor(route: Route, signedIn: KeySession): Promise<PageView> {
    switch (route.page) {
        case "overview":
            return overviewPage(route.brandId, route.asOf);
        case "promise":
            return promisePage(route.brandId, route.promiseId, route.asOf);
        case "gaps":
            return gapsPage(route.brandId, route.asOf);
        case "conflicts":
            return conflictsPage(route.brandId, route.asOf);
        case "handoffs":
            return handoffsPage(route.brandId, route.asOf);
        case "touchpoints":
            if (!readsCatalogues(signedIn)) {
                return Promise.reject(new ApiProblem(403, "This key sees alignment pages only; touchpoints are not part of its view."));
            }
            return touchpointsPage(route.brandId);
        case "webhooks":
            if (!managesWebhooks(signedIn)) {
                return Promise.reject(new ApiProblem(403, "This key may not see webhook subscriptions; ADMIN, MARKETING, OPERATIONS and PARTNER keys may."));
            }
            return webhooksPage(route.brandId);
        default:
            return brandsPage(signedIn);
    }
}

async function show(): Promise<void> {
    const mine = ++generation;
    const route = parseRoute(window.location.hash);
    disposeCharts();
    forgetSummaries();
    takeUnavailableDetail();
    if (route.page === "sign-in") {
        root.replaceChildren(signInPage(lastSignOutReason(), (signedIn) => {
            forgetSignOutReason();
            session = signedIn;
            navigate({ page: "brands" });
        }));
        return;
    }
    if (currentKey() === null) {
        navigate({ page: "sign-in" });
        return;
    }
    if (session === null) {
        try {
            session = await fetchSession();
        } catch (problem) {
            if (mine !== generation) return;
            if (problem instanceof ApiProblem && problem.status === 401) {
                signOut(`You were signed out: ${problem.detail}`);
                return;
            }
            session = null;
            root.replaceChildren(errorOnly(problem));
            return;
        }
        if (mine !== generation) return;
    }
    const shell = new Shell(route, session, () => signOut(null));
    shell.loading(TITLES[route.page]);
    root.replaceChildren(shell.root);
    if ("brandId" in route && readsCatalogues(session)) {
        void brandName(route.brandId).then((name) => {
            if (name !== null && mine === generation) shell.nameBrand(name);
        });
    }
    try {
        const view = await viewFor(route, session);
        if (mine !== generation) return;
        shell.show(view, takeUnavailableDetail());
        drawCharts(view.charts);
        // After a navigation, reading starts at the new page's heading, as it would after a page load.
        if (!firstShow) shell.focusMain();
        firstShow = false;
    } catch (problem) {
        if (mine !== generation) return;
        shell.error(errorTitle(problem), problem instanceof ApiProblem ? problem.detail : "Something went wrong showing this page.");
    }
}

function errorTitle(problem: unknown): string {
    if (!(problem instanceof ApiProblem)) return "This page could not be shown";
    if (problem.status === 404) return "Not found, or not yours";
    if (problem.status === 403) return "Not allowed for this key";
    return "This page could not be shown";
}

function errorOnly(problem: unknown): HTMLElement {
    return el("main", { id: "main", tabindex: "-1" },
        el("h1", {}, "The dashboard could not start"),
        el("p", { "data-testid": "error-message", role: "alert" },
            problem instanceof ApiProblem ? problem.detail : "Something went wrong."));
}

// The skip link moves focus itself: following "#main" would change the hash, which is the route.
document.querySelector("[data-skip-link]")?.addEventListener("click", (event) => {
    event.preventDefault();
    document.getElementById("main")?.focus();
});

window.addEventListener("hashchange", () => void show());
void show();
