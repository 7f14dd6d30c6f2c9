package io.brandbridge.defaults.problem;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.List;

/** Turns validation paths into RFC 6901 JSON pointers naming the offending field. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** {@code commitments[0].objective} becomes {@code /commitments/0/objective}. */
    public static String fromPath(String path) {
        if (path.startsWith("/")) {
            return path;
        }
        StringBuilder pointer = new StringBuilder();
        for (String part : path.replace("[", ".").replace("]", "").split("\\.")) {
            if (!part.isEmpty()) {
                pointer.append('/').append(escape(part));
            }
        }
        return pointer.isEmpty() ? "/" : pointer.toString();
    }

    /**
     * A constraint violation's path without the method and the body parameter, so a body field
     * reads {@code /title} and a query parameter reads {@code /limit}.
     */
    public static String fromViolation(Path path, String bodyParameter) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            // Bean Validation puts a list index on the node inside the list, so it comes first.
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    parts.add(String.valueOf(node.getIndex()));
                } else if (node.getKey() != null) {
                    parts.add(escape(String.valueOf(node.getKey())));
                }
            }
            ElementKind kind = node.getKind();
            boolean structural = kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.RETURN_VALUE || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.BEAN;
            boolean body = kind == ElementKind.PARAMETER && node.getName() != null && node.getName().equals(bodyParameter);
            if (!structural && !body && node.getName() != null && !node.getName().startsWith("<")) {
                parts.add(escape(node.getName()));
            }
        }
        return parts.isEmpty() ? "/" : "/" + String.join("/", parts);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
