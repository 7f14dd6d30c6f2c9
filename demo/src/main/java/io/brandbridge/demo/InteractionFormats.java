package io.brandbridge.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Renders interactions the two ways integrators push them: CSV (m.* metric and a.* attribute columns) and NDJSON. */
public final class InteractionFormats {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InteractionFormats() {
    }

    public static String csv(List<Interaction> rows) {
        TreeSet<String> metrics = new TreeSet<>();
        TreeSet<String> attributes = new TreeSet<>();
        rows.forEach(r -> {
            metrics.addAll(r.metrics().keySet());
            attributes.addAll(r.attributes().keySet());
        });
        StringBuilder out = new StringBuilder("externalId,occurredAt,journeyId,customerRef");
        metrics.forEach(m -> out.append(",m.").append(m));
        attributes.forEach(a -> out.append(",a.").append(a));
        out.append("\r\n");
        for (Interaction row : rows) {
            out.append(row.externalId()).append(',').append(row.occurredAt()).append(',').append(orEmpty(row.journeyId())).append(',')
                    .append(orEmpty(row.customerRef()));
            for (String m : metrics) {
                out.append(',');
                Number value = row.metrics().get(m);
                if (value != null) {
                    out.append(value);
                }
            }
            for (String a : attributes) {
                out.append(',').append(quote(row.attributes().getOrDefault(a, "")));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    public static String ndjson(List<Interaction> rows) {
        return rows.stream().map(InteractionFormats::json).collect(Collectors.joining("\n", "", "\n"));
    }

    static String json(Interaction row) {
        ObjectNode node = JSON.createObjectNode();
        node.put("externalId", row.externalId());
        node.put("occurredAt", row.occurredAt().toString());
        if (row.journeyId() != null) {
            node.put("journeyId", row.journeyId());
        }
        if (row.customerRef() != null) {
            node.put("customerRef", row.customerRef());
        }
        ObjectNode metrics = node.putObject("metrics");
        for (Map.Entry<String, Number> metric : row.metrics().entrySet()) {
            metrics.put(metric.getKey(), metric.getValue().doubleValue());
        }
        ObjectNode attributes = node.putObject("attributes");
        row.attributes().forEach(attributes::put);
        return node.toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
