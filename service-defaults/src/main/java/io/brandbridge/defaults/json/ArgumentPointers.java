package io.brandbridge.defaults.json;

import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;

/** Names a route argument the way a client sees it: the body is the document root, a header by its name. */
final class ArgumentPointers {

    private ArgumentPointers() {
    }

    static boolean isBody(Argument<?> argument) {
        return argument.getAnnotationMetadata().hasAnnotation(Body.class);
    }

    static String of(Argument<?> argument) {
        if (isBody(argument)) {
            return "/";
        }
        String name = argument.getAnnotationMetadata().stringValue(Header.class).filter(h -> !h.isEmpty()).orElse(argument.getName());
        return "/" + name.replace("~", "~0").replace("/", "~1");
    }
}
