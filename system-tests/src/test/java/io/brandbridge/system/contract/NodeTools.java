package io.brandbridge.system.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs Node.js commands of the contract and browser suites in a project folder and keeps what they print. */
public final class NodeTools {

    private static final String RESULT = "RESULT ";
    private static final ObjectMapper FIGURES = new ObjectMapper();

    private NodeTools() {
    }

    public record Run(int exitCode, String output) {
        public boolean passed() {
            return exitCode == 0;
        }

        /** The JSON of each `RESULT {...}` line the suites print for the build to read. */
        public List<String> results() {
            return output.lines().filter(line -> line.startsWith(RESULT)).map(line -> line.substring(RESULT.length())).toList();
        }
    }

    /**
     * Runs one named step of a compiled Node suite ({@code node <script> <name>}), keeps each figure it reports under its
     * name, prints its output and fails the test when the step fails.
     */
    public static void step(Path project, String script, String name, Map<String, String> environment, Map<String, JsonNode> figures) {
        Run run = run(project, List.of("node", script, name), environment, 600);
        for (String result : run.results()) {
            try {
                figures.put(name, FIGURES.readTree(result));
            } catch (IOException e) {
                throw new IllegalStateException(result, e);
            }
        }
        System.out.println(run.output());
        assertTrue(run.passed(), name + " failed:\n" + run.output());
    }

    public static boolean available() {
        try {
            return run(Path.of("."), List.of("npx", "--version"), Map.of(), 60).passed();
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Installs a project's locked packages unless they are there already. */
    public static void install(Path project) {
        if (Files.isDirectory(project.resolve("node_modules"))) {
            return;
        }
        Run installed = run(project, List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 600);
        if (!installed.passed()) {
            throw new IllegalStateException("npm ci failed in " + project + ":\n" + installed.output());
        }
    }

    /** Standard output and error together, in the order they were written. */
    public static Run run(Path directory, List<String> command, Map<String, String> environment, int timeoutSeconds) {
        try {
            Path log = Files.createTempFile("contract", ".log");
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s:\n" + Files.readString(log));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
