package io.brandbridge.alignment.scoring;

/** Interactions that carry a metric ({@code valid}) and those of them that kept the commitment ({@code good}). */
public record Counts(long valid, long good) {

    public static final Counts ZERO = new Counts(0, 0);

    public Counts {
        if (valid < 0 || good < 0 || good > valid) {
            throw new IllegalArgumentException("counts must satisfy 0 <= good <= valid, got good=" + good + " valid=" + valid);
        }
    }

    public long bad() {
        return valid - good;
    }

    public Counts plus(Counts other) {
        return new Counts(valid + other.valid, good + other.good);
    }
}
