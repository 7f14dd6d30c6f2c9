package io.brandbridge.touchpoint.support;

import io.micronaut.http.HttpRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.brandbridge.touchpoint.support.Api.operations;

/** Builds interaction bodies and reads back what a touchpoint stored. */
public final class Interactions {

    private Interactions() {
    }

    public static String json(String externalId, String occurredAt, String metrics) {
        return "{\"externalId\":\"" + externalId + "\",\"occurredAt\":\"" + occurredAt + "\",\"metrics\":" + metrics + "}";
    }

    /** {@code count} valid call-centre records {@code prefix-0..}, one minute apart, as NDJSON. */
    public static String ndjson(String prefix, int count) {
        StringBuilder body = new StringBuilder(count * 120);
        for (int i = 0; i < count; i++) {
            body.append(json(prefix + "-" + i, "2026-01-01T00:00:00Z".replace("00:00:00", time(i)),
                    "{\"wait_seconds\":" + (i % 97) + ",\"answered\":" + (i % 5 != 0) + "}")).append('\n');
        }
        return body.toString();
    }

    private static String time(int minutes) {
        return String.format("%02d:%02d:00", (minutes / 60) % 24, minutes % 60);
    }

    /** Every externalId the touchpoint has stored, in time order, read through the listing API. */
    public static List<String> storedIds(Api api, String touchpointId, String brand) {
        return stored(api, touchpointId, brand).stream().map(i -> (String) i.get("externalId")).toList();
    }

    /** Every interaction the touchpoint has stored, in time order, as the listing API answers them. */
    public static List<Map<String, Object>> stored(Api api, String touchpointId, String brand) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = api.body(operations(brand), HttpRequest.GET("/api/v1/touchpoints/" + touchpointId
                    + "/interactions?limit=200" + (cursor == null ? "" : "&cursor=" + cursor)));
            items.addAll(Api.items(page));
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        return items;
    }
}
