package io.brandbridge.defaults.json;

/**
 * The rules every text a client sends must keep: no control characters (C0 U+0000–U+001F, DEL and
 * C1 U+007F–U+009F) and no unpaired surrogates, which no database column can store faithfully.
 * Multi-line free text may also hold tab, line feed and carriage return, so pasted paragraphs survive.
 */
public final class TextRules {

    public static final String NO_CONTROL_CHARACTERS = "must not contain control characters";
    public static final String ONLY_LINE_BREAKS_AND_TABS = "must not contain control characters other than tab and line breaks";
    public static final String VALID_UNICODE = "must be valid Unicode text";

    private TextRules() {
    }

    /** The broken rule in plain words, or {@code null} when the text keeps them all. */
    public static String violation(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                if (!(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                    return multiline ? ONLY_LINE_BREAKS_AND_TABS : NO_CONTROL_CHARACTERS;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return VALID_UNICODE;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return VALID_UNICODE;
            }
        }
        return null;
    }
}
