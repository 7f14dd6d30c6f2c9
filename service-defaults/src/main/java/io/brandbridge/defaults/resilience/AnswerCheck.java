package io.brandbridge.defaults.resilience;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the defects of one answer, field by field; {@link CheckedAnswer#defects()} implementations read as a list of rules. */
public final class AnswerCheck {

    // The ids every service mints, and nothing that could change a path the caller builds from them.
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final List<String> defects = new ArrayList<>();

    public List<String> defects() {
        return List.copyOf(defects);
    }

    public AnswerCheck present(String field, Object value) {
        if (value == null) {
            defects.add(field + " is missing");
        }
        return this;
    }

    public AnswerCheck id(String field, String value) {
        if (value == null) {
            defects.add(field + " is missing");
        } else if (!ID.matcher(value).matches()) {
            defects.add(field + " is not a well-formed id");
        }
        return this;
    }

    /** Absent is fine; present must be well formed. */
    public AnswerCheck optionalId(String field, String value) {
        return value == null ? this : id(field, value);
    }

    public AnswerCheck count(String field, Long value) {
        if (value == null) {
            defects.add(field + " is missing");
        } else if (value < 0) {
            defects.add(field + " (" + value + ") is negative");
        }
        return this;
    }

    /** {@code part} of {@code whole}: e.g. good interactions among the valid ones. */
    public AnswerCheck notMore(String partField, Long part, String wholeField, Long whole) {
        if (part != null && whole != null && part > whole) {
            defects.add(partField + " (" + part + ") is more than " + wholeField + " (" + whole + ")");
        }
        return this;
    }

    public AnswerCheck finite(String field, Double value) {
        if (value == null) {
            defects.add(field + " is missing");
        } else if (!Double.isFinite(value)) {
            defects.add(field + " is not a finite number");
        }
        return this;
    }

    /** Absent is fine; present must lie in [min, max]. */
    public AnswerCheck optionalBetween(String field, Number value, double min, double max) {
        if (value != null && !(value.doubleValue() >= min && value.doubleValue() <= max)) {
            defects.add(field + " (" + value + ") is outside " + min + ".." + max);
        }
        return this;
    }

    public AnswerCheck oneOf(String field, String value, Collection<String> allowed) {
        if (value == null) {
            defects.add(field + " is missing");
        } else if (!allowed.contains(value)) {
            defects.add(field + " (" + shown(value) + ") is not one of " + String.join(", ", allowed));
        }
        return this;
    }

    /** Another service's text as it may appear in a log line: short, and with no line breaks to forge entries with. */
    public static String shown(String text) {
        String shortened = text.length() > 64 ? text.substring(0, 64) + "…" : text;
        return shortened.replaceAll("[\\p{Cntrl}\\u0080-\\u009f]", "?");
    }

    public AnswerCheck rule(boolean holds, String defect) {
        if (!holds) {
            defects.add(defect);
        }
        return this;
    }

    /** Each element's defects, prefixed by where it is, e.g. "items/2: id is missing". */
    public AnswerCheck each(String field, List<? extends CheckedAnswer> elements) {
        for (int i = 0; i < elements.size(); i++) {
            CheckedAnswer element = elements.get(i);
            if (element == null) {
                defects.add(field + "/" + i + " is null");
                continue;
            }
            for (String defect : element.defects()) {
                defects.add(field + "/" + i + ": " + defect);
            }
        }
        return this;
    }
}
