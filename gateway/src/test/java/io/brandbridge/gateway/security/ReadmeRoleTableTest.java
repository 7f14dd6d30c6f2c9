package io.brandbridge.gateway.security;

import io.brandbridge.defaults.security.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's role table is the one the gateway enforces: on a difference it prints the table to paste. */
class ReadmeRoleTableTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String START = "<!-- role table: generated from AccessMatrix, checked by ReadmeRoleTableTest -->";
    private static final String END = "<!-- end of role table -->";

    @Test
    void theReadmeRoleTableIsTheEnforcedOne() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        String documented = start < 0 || end < start ? "" : readme.substring(start + START.length(), end).strip();
        String expected = table();
        assertEquals(expected, documented, "README.md's role table differs from AccessMatrix; between its markers it should read:\n"
                + START + "\n" + expected + "\n" + END + "\n");
    }

    static String table() {
        return "| operation | roles |\n|---|---|\n" + AccessMatrix.operations().stream()
                .map(o -> "| `" + o.method() + " " + o.template() + "` | " + o.callers().stream().map(Role::name).collect(Collectors.joining(", ")) + " |")
                .collect(Collectors.joining("\n"));
    }
}
