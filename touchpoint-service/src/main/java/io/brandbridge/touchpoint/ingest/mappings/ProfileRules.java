package io.brandbridge.touchpoint.ingest.mappings;

import io.brandbridge.defaults.json.TextRules;
import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.touchpoint.ingest.AttributeKeys;
import io.brandbridge.touchpoint.ingest.MappingProfiles;
import io.brandbridge.touchpoint.metrics.MetricKeys;
import io.micronaut.core.annotation.Nullable;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a profile whole, naming every bad field by JSON pointer, and compiles it for reading. */
final class ProfileRules {

    private static final Pattern NAME = Pattern.compile(MappingProfiles.NAME);
    private static final String DELIMITERS = ",;\t|";
    /** Pattern letters that give a parsed value its offset or zone, so no timeZone is needed. */
    private static final Pattern ZONED_PATTERN = Pattern.compile("[XxZzOV]");

    private final List<Problem.FieldError> errors = new ArrayList<>();
    private final MappingProfileRequest request;

    private ProfileRules(MappingProfileRequest request) {
        this.request = request;
    }

    /** The compiled profile, or a 422 listing every problem; {@code name} is the profile's (from the path on PUT). */
    static CompiledProfile compile(String name, MappingProfileRequest request) {
        return new ProfileRules(request).run(name);
    }

    private CompiledProfile run(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            errors.add(error("/name", name == null ? "is required" : "must be lower-case letters, digits and hyphens, starting with a letter, "
                    + "at most 64 characters"));
        }
        boolean json = "json".equals(request.format());
        if (!json && !"csv".equals(request.format())) {
            errors.add(error("/format", request.format() == null ? "is required" : "must be csv or json"));
        }
        char delimiter = delimiter(json);
        String externalId = source("/externalId", request.externalId(), true, json);
        OccurredAtReader occurredAt = occurredAt(json);
        String customerRef = source("/customerRef", request.customerRef(), false, json);
        String journeyId = source("/journeyId", request.journeyId(), false, json);
        String sourceVersion = source("/sourceVersion", request.sourceVersion(), false, json);
        List<CompiledProfile.MetricRule> metrics = metrics(json);
        List<CompiledProfile.AttributeRule> attributes = attributes(json);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new CompiledProfile(name, json, delimiter, externalId, occurredAt, customerRef, journeyId, sourceVersion, metrics, attributes);
    }

    private char delimiter(boolean json) {
        String delimiter = request.delimiter();
        if (delimiter == null) {
            return ',';
        }
        if (json) {
            errors.add(error("/delimiter", "applies only to format csv"));
        } else if (delimiter.length() != 1 || DELIMITERS.indexOf(delimiter.charAt(0)) < 0) {
            errors.add(error("/delimiter", "must be one of , ; | or a tab"));
        }
        return delimiter.isEmpty() ? ',' : delimiter.charAt(0);
    }

    private OccurredAtReader occurredAt(boolean json) {
        MappingProfileRequest.OccurredAt at = request.occurredAt();
        if (at == null) {
            errors.add(error("/occurredAt", "is required: give source, or date and time"));
            return null;
        }
        String source = source("/occurredAt/source", at.source(), false, json);
        String date = source("/occurredAt/date", at.date(), false, json);
        String time = source("/occurredAt/time", at.time(), false, json);
        if (at.source() != null && (at.date() != null || at.time() != null)) {
            errors.add(error("/occurredAt", "takes either source, or date and time, not both"));
        } else if (at.source() == null && (at.date() == null || at.time() == null)) {
            errors.add(error(at.date() == null ? "/occurredAt/date" : "/occurredAt/time",
                    at.date() == null && at.time() == null ? "is required, with time, unless source is given" : "is required with "
                            + (at.date() == null ? "time" : "date")));
        }
        DateTimeFormatter pattern = pattern(at.pattern());
        ZoneId zone = zone(at.timeZone());
        boolean patternHasOffset = at.pattern() != null && ZONED_PATTERN.matcher(withoutQuoted(at.pattern())).find();
        boolean twoColumns = at.source() == null;
        if (zone == null && at.timeZone() == null && (at.pattern() != null ? !patternHasOffset : twoColumns)) {
            errors.add(error("/occurredAt/timeZone", at.pattern() != null
                    ? "is required when the pattern has no offset or zone (X, x, Z, z, O or V)"
                    : "is required for date and time columns without a pattern: their values have no offset"));
        }
        return new OccurredAtReader(source, date, time, pattern, at.pattern(), zone);
    }

    private DateTimeFormatter pattern(@Nullable String pattern) {
        if (pattern == null) {
            return null;
        }
        if (pattern.isBlank() || pattern.length() > MappingProfileRequest.MAX_PATTERN || TextRules.violation(pattern, false) != null) {
            errors.add(error("/occurredAt/pattern", "must be a single line of 1 to " + MappingProfileRequest.MAX_PATTERN + " characters"));
            return null;
        }
        try {
            // Strict, so 31.02. is refused rather than moved to the 28th; strict needs u (year) where people write y (year of era).
            return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(yearNotEra(pattern)).toFormatter(Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            errors.add(error("/occurredAt/pattern", "is not a java.time DateTimeFormatter pattern (e.g. dd.MM.yyyy HH:mm:ss)"));
            return null;
        }
    }

    private ZoneId zone(@Nullable String timeZone) {
        if (timeZone == null) {
            return null;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            errors.add(error("/occurredAt/timeZone", "is not a known IANA time zone (e.g. Europe/Berlin)"));
            return null;
        }
    }

    private List<CompiledProfile.MetricRule> metrics(boolean json) {
        List<MappingProfileRequest.MetricMapping> given = request.metrics() == null ? List.of() : request.metrics();
        if (given.size() > MappingProfileRequest.MAX_METRICS) {
            errors.add(error("/metrics", "must hold at most " + MappingProfileRequest.MAX_METRICS + " mappings"));
            return List.of();
        }
        List<CompiledProfile.MetricRule> rules = new ArrayList<>(given.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "/metrics/" + i;
            MappingProfileRequest.MetricMapping m = given.get(i);
            if (m == null) {
                errors.add(error(at, "must be an object"));
                continue;
            }
            String source = source(at + "/source", m.source(), true, json);
            if (m.metric() == null || !MetricKeys.isValid(m.metric())) {
                errors.add(error(at + "/metric", m.metric() == null ? "is required" : "is not a metric key: it " + MetricKeys.MESSAGE));
            } else if (!seen.add(m.metric())) {
                errors.add(error(at + "/metric", "is mapped more than once"));
            }
            Transform transform = m.transform() == null ? null : Transform.named(m.transform());
            if (transform == null) {
                errors.add(error(at + "/transform", m.transform() == null ? "is required"
                        : "must be one of number, duration, milliseconds, boolean or lookup"));
            }
            Map<String, Double> lookup = lookup(at + "/lookup", transform, m.lookup());
            rules.add(new CompiledProfile.MetricRule(source, m.metric(), transform, lookup));
        }
        return rules;
    }

    private Map<String, Double> lookup(String at, @Nullable Transform transform, @Nullable List<MappingProfileRequest.LookupEntry> lookup) {
        if (transform != Transform.LOOKUP) {
            if (lookup != null) {
                errors.add(error(at, "applies only to transform lookup"));
            }
            return Map.of();
        }
        if (lookup == null || lookup.isEmpty()) {
            errors.add(error(at, "is required for transform lookup: list each source value with its number"));
            return Map.of();
        }
        if (lookup.size() > MappingProfileRequest.MAX_LOOKUP) {
            errors.add(error(at, "must hold at most " + MappingProfileRequest.MAX_LOOKUP + " values"));
            return Map.of();
        }
        Map<String, Double> table = new HashMap<>();
        for (int i = 0; i < lookup.size(); i++) {
            MappingProfileRequest.LookupEntry entry = lookup.get(i);
            String value = entry == null ? null : entry.value();
            if (value == null || value.isBlank() || !value.equals(value.strip()) || value.length() > MappingProfileRequest.MAX_SOURCE
                    || TextRules.violation(value, false) != null) {
                errors.add(error(at + "/" + i + "/value", "must be a single line of 1 to " + MappingProfileRequest.MAX_SOURCE
                        + " characters without leading or trailing spaces"));
            } else if (table.containsKey(value)) {
                errors.add(error(at + "/" + i + "/value", "is listed more than once"));
            }
            Double number = entry == null ? null : entry.number();
            if (number == null || !Double.isFinite(number)) {
                errors.add(error(at + "/" + i + "/number", "must be a finite number"));
            }
            if (value != null && number != null) {
                table.putIfAbsent(value, number);
            }
        }
        return Map.copyOf(table);
    }

    private List<CompiledProfile.AttributeRule> attributes(boolean json) {
        List<MappingProfileRequest.AttributeMapping> given = request.attributes() == null ? List.of() : request.attributes();
        if (given.size() > MappingProfileRequest.MAX_ATTRIBUTES) {
            errors.add(error("/attributes", "must hold at most " + MappingProfileRequest.MAX_ATTRIBUTES + " mappings"));
            return List.of();
        }
        List<CompiledProfile.AttributeRule> rules = new ArrayList<>(given.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "/attributes/" + i;
            MappingProfileRequest.AttributeMapping a = given.get(i);
            if (a == null) {
                errors.add(error(at, "must be an object"));
                continue;
            }
            String source = source(at + "/source", a.source(), true, json);
            if (a.attribute() == null || !AttributeKeys.isValid(a.attribute())) {
                errors.add(error(at + "/attribute", a.attribute() == null ? "is required" : "is not an attribute key: it " + AttributeKeys.MESSAGE));
            } else if (!seen.add(a.attribute())) {
                errors.add(error(at + "/attribute", "is mapped more than once"));
            }
            rules.add(new CompiledProfile.AttributeRule(source, a.attribute()));
        }
        return rules;
    }

    /** A column name or a JSON path: a single line, and for a path, non-empty dot-separated names. */
    private String source(String pointer, @Nullable String source, boolean required, boolean json) {
        if (source == null) {
            if (required) {
                errors.add(error(pointer, json ? "is required: name a JSON path" : "is required: name a CSV column"));
            }
            return null;
        }
        String name = source.strip();
        if (name.isEmpty() || name.length() > MappingProfileRequest.MAX_SOURCE || TextRules.violation(name, false) != null) {
            errors.add(error(pointer, "must be a single line of 1 to " + MappingProfileRequest.MAX_SOURCE + " characters"));
        } else if (json && (name.startsWith(".") || name.endsWith(".") || name.contains(".."))) {
            errors.add(error(pointer, "must be a path of property names separated by dots, e.g. agent.name"));
        }
        return name;
    }

    private static String yearNotEra(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    private static String withoutQuoted(String pattern) {
        return pattern.replaceAll("'[^']*'", "");
    }

    private static Problem.FieldError error(String pointer, String message) {
        return new Problem.FieldError(pointer, message);
    }
}
