package io.brandbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;

/** Renders a brand's latest alignment snapshot as a short text summary. */
final class SummaryPrinter {

    private final BrandbridgeApi api;

    SummaryPrinter(BrandbridgeApi api) {
        this.api = api;
    }

    String summary(String brandId) {
        String base = "/api/v1/alignment/brands/" + brandId;
        JsonNode brand = api.get(base);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nAlignment summary (as of %s, computed %s%s)%n", brand.path("asOf").asText(),
                brand.path("computedAt").asText(), brand.path("stale").asBoolean() ? ", STALE" : ""));
        out.append(brand.path("index").isNumber()
                ? String.format(Locale.ROOT, "  Brand alignment index: %.1f / 100%n%n", brand.path("index").asDouble())
                : "  Brand alignment index: no data yet\n\n");
        out.append("  Promises\n");
        for (JsonNode promise : brand.path("promises")) {
            out.append(String.format(Locale.ROOT, "    %-8s %5s  %s%n", promise.path("status").asText(),
                    promise.path("score").isNumber() ? String.format(Locale.ROOT, "%.1f", promise.path("score").asDouble()) : "-",
                    promise.path("title").asText()));
        }
        out.append("\n  Top gaps (customers let down beyond the error budget)\n");
        int shown = 0;
        for (JsonNode gap : api.get(base + "/gaps?limit=3").path("items")) {
            out.append(String.format(Locale.ROOT, "    %-26s %-24s at %-22s attainment %.1f%% (objective %.0f%%), %d broken, %d beyond budget%n",
                    gap.path("promiseTitle").asText(), gap.path("commitmentKey").asText(), gap.path("touchpointName").asText(),
                    100 * gap.path("attainment").asDouble(), 100 * gap.path("objective").asDouble(),
                    gap.path("brokenPromises").asLong(), Math.round(gap.path("excessBroken").asDouble())));
            shown++;
        }
        if (shown == 0) {
            out.append("    none\n");
        }
        out.append("\n  Incentive conflicts\n");
        shown = 0;
        for (JsonNode conflict : api.get(base + "/conflicts").path("items")) {
            out.append(String.format(Locale.ROOT, "    %s, %s target %s %s %s (z = %.1f):%n      %s%n",
                    conflict.path("touchpointName").asText(), conflict.path("target").path("metric").asText(),
                    conflict.path("target").path("op").asText(), number(conflict.path("target").path("threshold").asDouble()),
                    "vs \"" + conflict.path("commitment").path("promiseTitle").asText() + "\"", conflict.path("z").asDouble(),
                    conflict.path("sentence").asText()));
            shown++;
        }
        if (shown == 0) {
            out.append("    none\n");
        }
        out.append("\n  Worst handoff (customers passed between touchpoints who had to come back)\n");
        JsonNode handoffs = api.get(base + "/handoffs").path("handoffs");
        out.append(handoffs.isEmpty() ? "    none\n" : String.format(Locale.ROOT, "    %s%n", handoffs.get(0).path("sentence").asText()));
        return out.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
