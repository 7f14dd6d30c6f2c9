package io.brandbridge.demo;

import java.util.List;
import java.util.Map;

/** What the demo brand promises, where it delivers, and how operations are managed there. */
final class DemoBrand {

    static final String SLUG = "northwind";

    private DemoBrand() {
    }

    static Map<String, Object> brand() {
        return Map.of("name", "Northwind Telecom", "slug", SLUG, "timeZone", DemoDataset.ZONE.getId());
    }

    static List<Map<String, Object>> promises() {
        return List.of(
                promise("Answered within a minute", "When you call us, a person answers within a minute.", List.of("CALL_CENTRE"), 5, List.of(
                        commitment("answered_in_60s", "wait_seconds", "LE", 60, 0.8, rolling(28), 2),
                        commitment("not_abandoned", "answered", "EQ", 1, 0.95, rolling(28), 1))),
                promise("Sorted first time", "We fix it on your first call.", List.of("CALL_CENTRE"), 4, List.of(
                        commitment("resolved_first_contact", "resolved_first_contact", "EQ", 1, 0.75, rolling(28), 2),
                        commitment("no_repeat_within_7d", "repeat_contact_7d", "EQ", 0, 0.7, rolling(28), 1))),
                promise("At your door tomorrow", "Order today, it arrives tomorrow, intact.", List.of("DELIVERY"), 4, List.of(
                        commitment("next_day", "delivery_hours", "LE", 24, 0.9, rolling(28), 2),
                        commitment("undamaged", "damaged", "EQ", 0, 0.98, rolling(28), 1))),
                promise("Help yourself, any time", "Our help centre sorts most things without a call.", List.of("ONLINE_SELF_SERVICE"), 3, List.of(
                        commitment("satisfied_visitors", "csat", "GE", 3, 0.95, rolling(28), 2),
                        commitment("low_effort", "effort", "LE", 4, 0.8, rolling(28), 1))),
                promise("Sorted in one contact", "Most things are sorted the first time you get in touch.", List.of("CALL_CENTRE", "ONLINE_SELF_SERVICE"), 3,
                        List.of(commitment("one_contact", "journey_contacts", "EQ", 1, 0.7, rolling(28), 1))),
                promise("Not passed around", "If we pass you on, it is once at most.", List.of("CALL_CENTRE", "ONLINE_SELF_SERVICE"), 3,
                        List.of(commitment("passed_on_once_at_most", "journey_handoffs", "LE", 1, 0.9, rolling(28), 1))),
                promise("No need to call back", "When we say it is sorted, it stays sorted.", List.of("CALL_CENTRE", "ONLINE_SELF_SERVICE"), 4,
                        List.of(commitment("no_call_back", "repeat_contact_7d", "EQ", 0, 0.8, rolling(28), 1))),
                promise("Treated like a person", "However you reach us, you leave satisfied.", List.of("CALL_CENTRE"), 2, List.of(
                        commitment("satisfied_callers", "csat", "GE", 4, 0.6, Map.of("type", "CALENDAR_MONTH"), 1))));
    }

    /** Touchpoints by the dataset's key. */
    static Map<String, Map<String, Object>> touchpoints() {
        return Map.of(
                DemoDataset.LEEDS, touchpoint("CALL_CENTRE", "Leeds contact centre", "Customer Operations", "UK North", null),
                DemoDataset.MANILA, touchpoint("CALL_CENTRE", "Manila contact centre", "Vendor Management", "APAC", "Apex BPO"),
                DemoDataset.DELIVERY, touchpoint("DELIVERY", "Next-day delivery", "Logistics", "UK", "SwiftParcel"),
                DemoDataset.HELP, touchpoint("ONLINE_SELF_SERVICE", "Help centre", "Digital", "UK", null));
    }

    /** Operational targets by touchpoint key; the Manila handle-time target is the one that works against first-contact resolution. */
    static Map<String, List<Map<String, Object>>> targets() {
        return Map.of(
                DemoDataset.MANILA, List.of(
                        target("handle_seconds", "LE", 180, "COST", "Vendor contract pays per call and caps average handle time at 3 minutes"),
                        target("wait_seconds", "LE", 60, "SERVICE", "Answer within a minute")),
                DemoDataset.LEEDS, List.of(
                        target("handle_seconds", "LE", 420, "COST", "Staffing model assumes calls of 7 minutes at most")),
                DemoDataset.DELIVERY, List.of(
                        target("delivery_hours", "LE", 24, "SERVICE", "Carrier SLA: next day")));
    }

    private static Map<String, Object> promise(String title, String statement, List<String> types, int priority, List<Map<String, Object>> commitments) {
        return Map.of("title", title, "statement", statement, "touchpointTypes", types, "priority", priority, "commitments", commitments);
    }

    private static Map<String, Object> commitment(String key, String metric, String op, double threshold, double objective, Map<String, Object> window, double weight) {
        return Map.of("key", key, "metric", metric, "op", op, "threshold", threshold, "objective", objective,
                "window", window, "weight", weight, "minSample", 30);
    }

    private static Map<String, Object> rolling(int days) {
        return Map.of("type", "ROLLING_DAYS", "days", days);
    }

    private static Map<String, Object> touchpoint(String type, String name, String owner, String region, String vendor) {
        java.util.HashMap<String, Object> body = new java.util.HashMap<>(Map.of("type", type, "name", name, "owner", owner,
                "region", region, "timeZone", DemoDataset.ZONE.getId()));
        if (vendor != null) {
            body.put("vendor", vendor);
        }
        return body;
    }

    private static Map<String, Object> target(String metric, String op, double threshold, String kind, String rationale) {
        return Map.of("metric", metric, "op", op, "threshold", threshold, "kind", kind, "rationale", rationale);
    }
}
