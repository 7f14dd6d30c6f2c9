import { answer, api, type Schemas } from "./api";

type Summary = Schemas["BrandAlignmentResponse"];

// One summary per brand and asOf per page view: the overview reads it, and the other pages take the brand's zone from it.
const summaries = new Map<string, Promise<Summary>>();

/** The brand's alignment summary as of `asOf` (the newest when null). */
export function alignmentSummary(brandId: string, asOf: string | null): Promise<Summary> {
    const key = `${brandId}|${asOf ?? ""}`;
    let summary = summaries.get(key);
    if (summary === undefined) {
        summary = answer(api.GET("/api/v1/alignment/brands/{brandId}", {
            params: { path: { brandId }, query: { asOf } },
        }));
        summaries.set(key, summary);
        // A failed or old read is not kept: the next visit asks again.
        summary.then(() => undefined, () => summaries.delete(key));
    }
    return summary;
}

/** Forgets cached summaries, so a revisit shows a fresh snapshot. */
export function forgetSummaries(): void {
    summaries.clear();
}

type Brand = Schemas["Brand"];

// A brand's name and zone do not change between pages; kept until sign-out.
const brands = new Map<string, Promise<Brand | null>>();

/** The brand from the catalogue, or null when this key may not read it (a PARTNER) or it cannot be read. */
export function brandOf(brandId: string): Promise<Brand | null> {
    let brand = brands.get(brandId);
    if (brand === undefined) {
        brand = answer(api.GET("/api/v1/brands/{brandId}", { params: { path: { brandId } } })).then((read) => read, () => null);
        brands.set(brandId, brand);
    }
    return brand;
}

/** The brand's name from the catalogue, or null when it cannot be read. */
export async function brandName(brandId: string): Promise<string | null> {
    return (await brandOf(brandId))?.name ?? null;
}

/** Forgets everything read for the signed-out key. */
export function forgetBrands(): void {
    brands.clear();
    summaries.clear();
}
