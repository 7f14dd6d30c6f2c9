package io.brandbridge.defaults.outbound;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a receiver answered: the status (a redirect is an answer like any other), the headers, the start of
 * the body as text (at most the configured number of bytes) and how long the whole exchange took.
 */
public record OutboundResponse(int status, Map<String, List<String>> headers, String bodyExcerpt, Duration took) {

    public OutboundResponse {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> byName.merge(name, List.copyOf(values),
                (first, more) -> Stream.concat(first.stream(), more.stream()).toList()));
        headers = Collections.unmodifiableMap(byName);
    }

    /** The first value of the header {@code name}, whatever its case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
