package io.brandbridge.alignment.scoring;

/** One measurable commitment: {@code condition} holds for at least {@code objective} of interactions in {@code window}. */
public record CommitmentSpec(String key, Condition condition, Objective objective, WindowSpec window, double weight, int minSample) {
}
