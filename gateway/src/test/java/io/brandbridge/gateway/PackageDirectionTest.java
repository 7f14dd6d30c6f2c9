package io.brandbridge.gateway;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's packages import one way, as its README draws them: a package uses only packages of
 * the layers below its own. A new package must be given a layer here, and in the README.
 */
class PackageDirectionTest {

    /** Top to bottom; packages in one layer do not use each other. */
    private static final List<Set<String>> LAYERS = List.of(
            Set.of("scopes"),
            Set.of("apiclients"),
            Set.of("audit"),
            Set.of("health", "openapi", "session", "dashboard"),
            Set.of("routing"),
            Set.of("security"),
            Set.of("ratelimit", "cors", "connection"));

    private static final Path SOURCES = Path.of("src/main/java/io/brandbridge/gateway");
    private static final Pattern USE = Pattern.compile("io\\.brandbridge\\.gateway\\.([a-z]+)\\.");

    @Test
    void everyPackageUsesOnlyTheLayersBelowItsOwn() throws IOException {
        List<String> against = new ArrayList<>();
        Set<String> unplaced = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application class at the root starts everything and may use anything
                }
                String from = relative.getName(0).toString();
                int fromLayer = layerOf(from);
                if (fromLayer < 0) {
                    unplaced.add(from);
                    continue;
                }
                Matcher use = USE.matcher(withoutPackageLine(Files.readString(file)));
                while (use.find()) {
                    String to = use.group(1);
                    if (!to.equals(from) && layerOf(to) <= fromLayer) {
                        against.add(relative + " uses " + to);
                    }
                }
            }
        }
        assertEquals(Set.of(), unplaced, "packages without a layer in this test and the gateway README");
        assertEquals(List.of(), against, "imports against the direction");
    }

    @Test
    void theScanSeesThePackagesItJudges() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            Set<String> packages = new TreeSet<>(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList());
            assertTrue(packages.containsAll(Set.of("apiclients", "security", "routing")), packages.toString());
        }
    }

    private static int layerOf(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        return -1;
    }

    private static String withoutPackageLine(String source) {
        return source.replaceFirst("(?m)^package [^;]+;", "");
    }
}
