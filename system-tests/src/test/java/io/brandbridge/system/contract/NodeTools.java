package io.brandbridge.system.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the contract suite's Node.js commands in a project folder and keeps what they print. */
final class NodeTools {

    private NodeTools() {
    }

    record Run(int exitCode, String output) {
        boolean passed() {
            return exitCode == 0;
        }
    }

    static boolean available() {
        try {
            return run(Path.of("."), List.of("npx", "--version"), Map.of(), 60).passed();
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Installs a project's locked packages unless they are there already. */
    static void install(Path project) {
        if (Files.isDirectory(project.resolve("node_modules"))) {
            return;
        }
        Run installed = run(project, List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 600);
        if (!installed.passed()) {
            throw new IllegalStateException("npm ci failed in " + project + ":\n" + installed.output());
        }
    }

    /** Standard output and error together, in the order they were written. */
    static Run run(Path directory, List<String> command, Map<String, String> environment, int timeoutSeconds) {
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
