package io.brandbridge.touchpoint.ingest.vendors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.brandbridge.touchpoint.ingest.BodyProblems;
import io.brandbridge.touchpoint.ingest.RawRecord;
import io.brandbridge.touchpoint.ingest.RecordSource;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * A vendor's JSON document, parsed as a stream one record at a time: an array of records, the vendor's export object
 * with its records array under {@link VendorRecords#envelope()} (other top-level fields are ignored), or one record.
 * Malformed JSON fails the whole request, since nothing after the fault can be trusted.
 */
final class VendorDocumentSource implements RecordSource {

    private enum State { ARRAY, TOP_OBJECT, ENVELOPE_ARRAY, DONE }

    private final JsonParser parser;
    private final VendorRecords vendor;
    private final JsonTrees trees = new JsonTrees();
    private State state;
    private boolean envelopeSeen;
    /** The top-level fields read so far, which are one record unless the envelope turns up. */
    private Map<String, JsonNode> topFields = new HashMap<>();
    private int index;

    VendorDocumentSource(JsonFactory factory, InputStream body, VendorRecords vendor) throws IOException {
        this.parser = factory.createParser(body);
        this.vendor = vendor;
        JsonToken first = guarded(parser::nextToken);
        if (first == null) {
            throw BodyProblems.empty();
        }
        if (first == JsonToken.START_ARRAY) {
            state = State.ARRAY;
        } else if (first == JsonToken.START_OBJECT) {
            state = State.TOP_OBJECT;
        } else {
            throw BodyProblems.malformed("The body must be " + shape());
        }
    }

    @Override
    public RawRecord next() throws IOException {
        return guarded(this::advance);
    }

    private RawRecord advance() throws IOException {
        while (true) {
            switch (state) {
                case DONE -> {
                    return null;
                }
                case ARRAY, ENVELOPE_ARRAY -> {
                    JsonToken token = parser.nextToken();
                    if (token == null) {
                        throw BodyProblems.malformed("The body is not valid JSON: the array is not closed; nothing was stored");
                    }
                    if (token != JsonToken.END_ARRAY) {
                        JsonNode tree = trees.read(parser, vendor.fields());
                        return VendorFraming.record(vendor, index++, tree, trees.repeatedKey());
                    }
                    if (state == State.ARRAY) {
                        finish();
                        return null;
                    }
                    state = State.TOP_OBJECT;
                }
                case TOP_OBJECT -> {
                    RawRecord single = readTopFields();
                    if (state == State.DONE) {
                        return single;
                    }
                }
            }
        }
    }

    /** Reads top-level fields up to the envelope's array or the object's end; at the end, the single record if any. */
    private RawRecord readTopFields() throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (envelopeSeen) {
                parser.skipChildren();
            } else if (name.equals(vendor.envelope())) {
                if (value != JsonToken.START_ARRAY) {
                    throw BodyProblems.malformed("The body's " + name + " must be an array; nothing was stored");
                }
                envelopeSeen = true;
                topFields = null;
                state = State.ENVELOPE_ARRAY;
                return null;
            } else if (vendor.fields().contains(name)) {
                trees.readField(parser, name, topFields);
            } else {
                parser.skipChildren();
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw BodyProblems.malformed("The body is not valid JSON: the object is not closed; nothing was stored");
        }
        finish();
        if (envelopeSeen) {
            return null;
        }
        return VendorFraming.record(vendor, index++, JsonNode.createObjectNode(topFields), trees.repeatedKey());
    }

    private void finish() throws IOException {
        state = State.DONE;
        if (parser.nextToken() != null) {
            throw BodyProblems.malformed("The body has content after the JSON value; nothing was stored");
        }
    }

    private String shape() {
        String envelope = vendor.envelope();
        return envelope == null ? "one record object or an array of them"
                : "an object with a " + envelope + " array, one record object, or an array of records";
    }

    private interface ParserStep<T> {
        T run() throws IOException;
    }

    private static <T> T guarded(ParserStep<T> step) throws IOException {
        try {
            return step.run();
        } catch (JsonProcessingException e) {
            throw BodyProblems.malformedJson(e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
