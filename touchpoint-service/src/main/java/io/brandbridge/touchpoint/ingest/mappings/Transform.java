package io.brandbridge.touchpoint.ingest.mappings;

import io.brandbridge.touchpoint.ingest.RawRecord;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** How one cell becomes a metric value. Each returns false when the cell does not fit, and then sets nothing. */
enum Transform {

    NUMBER("a number") {
        @Override
        boolean apply(RawRecord record, String metric, String text, Map<String, Double> lookup) {
            Double value = number(text);
            if (value == null) {
                return false;
            }
            record.metric(metric, value);
            return true;
        }
    },
    DURATION("a duration (H:MM:SS, MM:SS or seconds)") {
        @Override
        boolean apply(RawRecord record, String metric, String text, Map<String, Double> lookup) {
            Double seconds = text.indexOf(':') < 0 ? number(text) : clockSeconds(text);
            if (seconds == null) {
                return false;
            }
            record.metric(metric, seconds);
            return true;
        }
    },
    MILLISECONDS("a number of milliseconds") {
        @Override
        boolean apply(RawRecord record, String metric, String text, Map<String, Double> lookup) {
            Double value = number(text);
            if (value == null) {
                return false;
            }
            record.metric(metric, value / 1000);
            return true;
        }
    },
    BOOLEAN("yes or no (Y/N, yes/no, true/false or 1/0)") {
        @Override
        boolean apply(RawRecord record, String metric, String text, Map<String, Double> lookup) {
            switch (text.toLowerCase(Locale.ROOT)) {
                case "y", "yes", "true", "1" -> record.flag(metric, true);
                case "n", "no", "false", "0" -> record.flag(metric, false);
                default -> {
                    return false;
                }
            }
            return true;
        }
    },
    LOOKUP("one of the values in its lookup table") {
        @Override
        boolean apply(RawRecord record, String metric, String text, Map<String, Double> lookup) {
            Double value = lookup.get(text);
            if (value == null) {
                return false;
            }
            record.metric(metric, value);
            return true;
        }
    };

    static final String DESCRIPTION = "`number`: a decimal number as it is; `duration`: `H:MM:SS`, `MM:SS` or plain seconds, to seconds; "
            + "`milliseconds`: a number of milliseconds, to seconds; `boolean`: `Y/N`, `yes/no`, `true/false` or `1/0` (any case), "
            + "stored as true/false; `lookup`: the number the `lookup` table gives the value";

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern CLOCK = Pattern.compile("(\\d+):([0-5]\\d)(?::([0-5]\\d(?:\\.\\d+)?))?");

    /** What a fitting cell looks like, for the per-row problem. */
    final String expected;

    Transform(String expected) {
        this.expected = expected;
    }

    /** Sets metric {@code metric} of {@code record} from the non-blank, trimmed {@code text}. */
    abstract boolean apply(RawRecord record, String metric, String text, Map<String, Double> lookup);

    /** The transform named {@code name} in a profile, or null. */
    static Transform named(String name) {
        for (Transform t : values()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(name)) {
                return t;
            }
        }
        return null;
    }

    private static Double number(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return null;
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? value : null;
    }

    /** {@code H:MM:SS} has three parts and {@code MM:SS} two; only the first part may exceed 59. */
    private static Double clockSeconds(String text) {
        var m = CLOCK.matcher(text);
        if (!m.matches()) {
            return null;
        }
        double first = Double.parseDouble(m.group(1));
        double second = Double.parseDouble(m.group(2));
        if (m.group(3) == null) {
            return first * 60 + second;
        }
        return first * 3600 + second * 60 + Double.parseDouble(m.group(3));
    }
}
