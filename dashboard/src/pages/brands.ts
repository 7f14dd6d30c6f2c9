import { allPages, answer, api, type Schemas } from "../api";
import { el, link } from "../dom";
import { href } from "../router";
import { readsCatalogues, type KeySession } from "../session";
import { emptyState, type PageView } from "../view";

type Brand = Schemas["Brand"];

/** The brand picker: every brand the key may see, each a link to its overview. */
export async function brandsPage(session: KeySession): Promise<PageView> {
    const brands = await visibleBrands(session);
    const body = brands.length === 0
        ? [emptyState("This key may see no brand yet: ask an administrator to grant it one.")]
        : [el("ul", { class: "brand-list" }, brands.map((brand) => el("li", {},
            link(href({ page: "overview", brandId: brand.id, asOf: null }), brand.name ?? brand.id,
                { "data-testid": "brand-link", "data-brand-id": brand.id }),
            el("span", { class: "sub" }, brand.name === null ? "" : ` ${brand.id}`, brand.timeZone === null ? "" : ` · ${brand.timeZone}`))))];
    return { title: "Brands", body, stamp: null, charts: [] };
}

interface BrandEntry {
    id: string;
    name: string | null;
    timeZone: string | null;
}

async function visibleBrands(session: KeySession): Promise<BrandEntry[]> {
    if (session.allBrands && readsCatalogues(session)) return (await catalogue()).map(entry);
    if (!readsCatalogues(session)) return session.brands.map((id) => ({ id, name: null, timeZone: null }));
    // A scoped key reads its brands one by one; one it cannot read still shows, by id.
    return Promise.all(session.brands.map((id) =>
        answer(api.GET("/api/v1/brands/{brandId}", { params: { path: { brandId: id } } }))
            .then(entry, () => ({ id, name: null, timeZone: null }))));
}

function catalogue(): Promise<Brand[]> {
    return allPages((cursor) => answer(api.GET("/api/v1/brands", { params: { query: { limit: 200, cursor } } })));
}

function entry(brand: Brand): BrandEntry {
    return { id: brand.id, name: brand.name, timeZone: brand.timeZone };
}
