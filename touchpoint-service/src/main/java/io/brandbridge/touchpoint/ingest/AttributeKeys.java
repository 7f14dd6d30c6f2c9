package io.brandbridge.touchpoint.ingest;

/** Attribute keys, {@code [A-Za-z][A-Za-z0-9_]{0,63}}: short identifiers that read the same in JSON and as CSV column names. */
public final class AttributeKeys {

    public static final String MESSAGE = "must match [A-Za-z][A-Za-z0-9_]{0,63}";

    private AttributeKeys() {
    }

    public static boolean isValid(String key) {
        if (key == null || key.isEmpty() || key.length() > 64) {
            return false;
        }
        char first = key.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
