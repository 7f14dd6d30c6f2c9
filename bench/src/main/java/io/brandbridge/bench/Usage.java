package io.brandbridge.bench;

/** Each benchmark has its own main class and script; bench/README.md lists them. */
public final class Usage {

    private Usage() {
    }

    public static void main(String[] args) {
        System.out.println("Benchmarks are run by the scripts in bench/ (see bench/README.md), e.g. bench/ingest.sh");
    }
}
