package io.brandbridge.touchpoint.privacy;

/**
 * Tells when an attribute value looks like an e-mail address, a phone number or a payment card number, so
 * ingest refuses it. The whole value must have the shape (a label that merely contains digits passes), and
 * each test is one linear scan without regular expressions, after a length check, because it runs per row.
 * <ul>
 *   <li>e-mail: {@code local@domain.tld}, one {@code @}, a dotted domain whose last label is 2 or more letters;</li>
 *   <li>phone: {@code +} and 8 to 15 digits with spaces, dots, dashes or parentheses between them; or three or
 *       more digit groups with one kind of separator (space, dot or dash), 9 to 15 digits in all, every group
 *       after the first of 2 or more digits, and not a dotted quad (an IPv4 address);</li>
 *   <li>card: 13 to 19 digits, single spaces or dashes between them, starting with 2 to 6 (the payment
 *       industries; epoch milliseconds start with 1) and passing the Luhn check.</li>
 * </ul>
 */
public final class PersonalDataGuard {

    private static final int MAX_EMAIL_CHARS = 254;
    private static final int MIN_EMAIL_CHARS = 6;
    /** 19 digits and a separator between each pair: longer numeric texts are neither phones nor cards. */
    private static final int MAX_NUMBER_CHARS = 40;
    private static final int MIN_NUMBER_CHARS = 9;

    private PersonalDataGuard() {
    }

    /** Why {@code value} is refused ("looks like a phone number; …"), or null when it looks like no personal data. */
    public static String problem(String value) {
        String kind = kind(value);
        return kind == null ? null : "looks like " + kind + "; personal data is not accepted in attributes";
    }

    /** "an e-mail address", "a card number" or "a phone number", or null. */
    static String kind(String given) {
        if (given.length() > MAX_EMAIL_CHARS) {
            return null;
        }
        String value = given.strip();
        int length = value.length();
        if (value.indexOf('@') >= 0) {
            return isEmail(value) ? "an e-mail address" : null;
        }
        if (length < MIN_NUMBER_CHARS || length > MAX_NUMBER_CHARS) {
            return null;
        }
        if (isCard(value)) {
            return "a card number";
        }
        return isPhone(value) ? "a phone number" : null;
    }

    static boolean isEmail(String value) {
        if (value.length() < MIN_EMAIL_CHARS) {
            return false;
        }
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@')) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            if (!isLocalChar(value.charAt(i))) {
                return false;
            }
        }
        // Domain: labels of letters, digits and inner dashes, at least two, the last of 2+ letters.
        int labelStart = at + 1;
        int labels = 0;
        boolean lastAllLetters = true;
        for (int i = at + 1; i <= value.length(); i++) {
            char c = i == value.length() ? '.' : value.charAt(i);
            if (c == '.') {
                int labelLength = i - labelStart;
                if (labelLength == 0 || value.charAt(labelStart) == '-' || value.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                if (i == value.length()) {
                    return labels >= 2 && lastAllLetters && labelLength >= 2;
                }
                labelStart = i + 1;
                lastAllLetters = true;
            } else if (isAsciiLetter(c)) {
                continue;
            } else if (isDigit(c) || c == '-') {
                lastAllLetters = false;
            } else {
                return false;
            }
        }
        return false;
    }

    static boolean isCard(String value) {
        int digits = 0;
        int sum = 0;
        char previous = ' ';
        // Luhn from the right: every second digit doubled.
        for (int i = value.length() - 1; i >= 0; i--) {
            char c = value.charAt(i);
            if (isDigit(c)) {
                int d = c - '0';
                if (digits % 2 == 1) {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }
                sum += d;
                digits++;
            } else if ((c != ' ' && c != '-') || !isDigit(previous) || i == 0) {
                return false;
            }
            previous = c;
        }
        char first = value.charAt(0);
        return digits >= 13 && digits <= 19 && first >= '2' && first <= '6' && sum % 10 == 0;
    }

    static boolean isPhone(String value) {
        return value.charAt(0) == '+' ? isInternationalPhone(value) : isGroupedPhone(value);
    }

    private static boolean isInternationalPhone(String value) {
        int digits = 0;
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isDigit(c)) {
                digits++;
            } else if (c != ' ' && c != '.' && c != '-' && c != '(' && c != ')') {
                return false;
            }
        }
        return digits >= 8 && digits <= 15 && isDigit(value.charAt(value.length() - 1));
    }

    private static boolean isGroupedPhone(String value) {
        char separator = 0;
        int digits = 0;
        int groups = 0;
        int groupDigits = 0;
        int longestGroup = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i == value.length() ? 0 : value.charAt(i);
            if (isDigit(c)) {
                digits++;
                groupDigits++;
                continue;
            }
            if (c != 0 && c != ' ' && c != '.' && c != '-') {
                return false;
            }
            if (c != 0 && separator != 0 && c != separator) {
                return false;
            }
            if (groupDigits == 0 || (groups > 0 && groupDigits < 2)) {
                return false;
            }
            groups++;
            longestGroup = Math.max(longestGroup, groupDigits);
            groupDigits = 0;
            if (c != 0) {
                separator = c;
            }
        }
        boolean dottedQuad = separator == '.' && groups == 4 && longestGroup <= 3;
        return groups >= 3 && digits >= 9 && digits <= 15 && !dottedQuad;
    }

    private static boolean isLocalChar(char c) {
        return isAsciiLetter(c) || isDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
