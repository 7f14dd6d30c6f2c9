/** What the suite is pointed at: the running platform, its keys and brands, and where screenshots go. */
export interface Settings {
    readonly gatewayUrl: string;
    readonly adminKey: string;
    readonly partnerKey: string;
    readonly brandId: string;
    readonly otherBrandId: string;
    readonly screenshotDir: string;
}

export function requiredEnv(name: string): string {
    const value = process.env[name];
    if (value === undefined || value === "") {
        throw new Error(`Set ${name}`);
    }
    return value;
}

export function settingsFromEnvironment(): Settings {
    return {
        gatewayUrl: requiredEnv("GATEWAY_URL").replace(/\/$/, ""),
        adminKey: requiredEnv("ADMIN_KEY"),
        partnerKey: requiredEnv("PARTNER_KEY"),
        brandId: requiredEnv("BRAND_ID"),
        otherBrandId: requiredEnv("OTHER_BRAND_ID"),
        screenshotDir: requiredEnv("SCREENSHOT_DIR"),
    };
}
