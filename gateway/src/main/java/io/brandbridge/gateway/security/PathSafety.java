package io.brandbridge.gateway.security;

import java.util.Locale;

/**
 * Refuses paths whose meaning could differ between the gateway's access check and the service
 * that serves them: dot segments, empty segments, encoded separators or dots, backslashes and
 * matrix parameters.
 */
final class PathSafety {

    private PathSafety() {
    }

    static boolean isSafe(String rawPath) {
        if (rawPath.contains("//") || rawPath.contains("\\") || rawPath.contains(";")) {
            return false;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return false;
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
