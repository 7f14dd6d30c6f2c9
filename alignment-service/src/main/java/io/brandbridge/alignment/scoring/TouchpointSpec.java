package io.brandbridge.alignment.scoring;

/** A touchpoint of the brand: its id, type (CALL_CENTRE, ...) and display name. */
public record TouchpointSpec(String id, String type, String name) {
}
