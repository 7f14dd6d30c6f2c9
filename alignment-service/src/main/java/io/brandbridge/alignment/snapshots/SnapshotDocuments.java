package io.brandbridge.alignment.snapshots;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.HandoffMatrix;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Writes the current version of the snapshot document and reads every version written before. */
@Singleton
public class SnapshotDocuments {

    private final JsonMapper json;

    public SnapshotDocuments(JsonMapper json) {
        this.json = json;
    }

    public String write(BrandAlignment alignment, SnapshotHandoffs handoffs) {
        try {
            return json.writeValueAsString(new SnapshotDocument(SnapshotDocument.CURRENT, alignment, handoffs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A version 1 document held no handoff matrix: it answers an empty one over the empty window at its asOf. */
    public SnapshotDocument read(String text, Instant asOf) {
        try {
            JsonNode tree = json.readValue(text, JsonNode.class);
            JsonNode version = tree.get("version");
            if (version == null || !version.isNumber()) {
                BrandAlignment alignment = json.readValueFromTree(tree, BrandAlignment.class);
                return new SnapshotDocument(1, alignment, new SnapshotHandoffs(HandoffMatrixState.PREDATES_HANDOFFS, HandoffMatrix.empty(asOf, asOf)));
            }
            return json.readValueFromTree(tree, SnapshotDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
