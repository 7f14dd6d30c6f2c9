package io.brandbridge.alignment.recompute;

/**
 * Work the scheduler does for each brand after recomputing its present, in the same round (for example re-scoring the
 * days whose data arrived late). A port, so that what builds on recompute plugs into its schedule without a loop.
 */
public interface RoundStep {

    /** Runs for one brand; a failure is logged by the scheduler and does not stop the round. */
    void run(String brandId);
}
