package io.brandbridge.defaults.problem;

import java.util.regex.Pattern;

/** Keeps framework messages useful to a client while hiding class names and parser internals. */
final class MessageSanitizer {

    private static final Pattern SOURCE_SUFFIX = Pattern.compile("\\s*at \\[Source:.*", Pattern.DOTALL);
    private static final Pattern CLASS_PREFIX = Pattern.compile("\\bclass\\s+");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)");
    private static final int MAX_LENGTH = 300;

    private MessageSanitizer() {
    }

    static String clean(String message) {
        if (message == null) {
            return "";
        }
        String text = SOURCE_SUFFIX.matcher(message).replaceAll("");
        text = CLASS_PREFIX.matcher(text).replaceAll("");
        text = QUALIFIED_NAME.matcher(text).replaceAll("$1");
        text = text.replace('\n', ' ').replace('\r', ' ').strip();
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
    }
}
