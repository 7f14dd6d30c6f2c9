package io.brandbridge.defaults.resilience;

import java.util.List;

/** A dependency answered, but with something that breaks the contract; counted and handled like a failed call. */
public class InvalidAnswerException extends RuntimeException {

    public InvalidAnswerException(String dependency, List<String> defects) {
        super(dependency + " answered something unusable: " + String.join("; ", defects), null, false, false);
    }
}
