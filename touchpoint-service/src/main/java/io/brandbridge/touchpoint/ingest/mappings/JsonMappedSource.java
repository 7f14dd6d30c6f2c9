package io.brandbridge.touchpoint.ingest.mappings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.brandbridge.touchpoint.ingest.BodyProblems;
import io.brandbridge.touchpoint.ingest.LineReader;
import io.brandbridge.touchpoint.ingest.RawRecord;
import io.brandbridge.touchpoint.ingest.RecordSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A JSON export read through a profile: an array of objects, one object, or NDJSON (one object per line). Each object is
 * streamed and only the profile's paths are kept; a path such as {@code agent.name} walks into nested objects. Malformed
 * JSON fails the request, except on an NDJSON line, where it is that record's problem.
 */
final class JsonMappedSource implements RecordSource {

    private final CompiledProfile profile;
    private final JsonFactory factory;
    private final Set<String> paths;
    private final Set<String> parents = new HashSet<>();
    private final JsonParser document;
    private final LineReader lines;
    private boolean array;
    private boolean done;
    private int index;

    JsonMappedSource(CompiledProfile profile, JsonFactory factory, InputStream body, boolean ndjson, int maxRecordBytes) throws IOException {
        this.profile = profile;
        this.factory = factory;
        this.paths = profile.sources().keySet();
        for (String path : paths) {
            for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
                parents.add(path.substring(0, dot));
            }
        }
        if (ndjson) {
            this.lines = new LineReader(body, maxRecordBytes);
            this.document = null;
            return;
        }
        this.lines = null;
        this.document = factory.createParser(body);
        JsonToken first = token(document);
        if (first == null) {
            throw BodyProblems.empty();
        }
        if (first != JsonToken.START_ARRAY && first != JsonToken.START_OBJECT) {
            throw BodyProblems.malformed("The body must be one JSON object or an array of objects");
        }
        this.array = first == JsonToken.START_ARRAY;
    }

    @Override
    public RawRecord next() throws IOException {
        if (done) {
            return null;
        }
        return lines != null ? nextLine() : nextInDocument();
    }

    private RawRecord nextInDocument() throws IOException {
        if (!array) {
            done = true;
            RawRecord record = fill(new RawRecord(index++), document);
            requireEnd();
            return record;
        }
        JsonToken token = token(document);
        if (token == JsonToken.END_ARRAY) {
            done = true;
            requireEnd();
            return null;
        }
        if (token == null) {
            throw BodyProblems.malformed("The body is not valid JSON: the array is not closed; nothing was stored");
        }
        RawRecord record = new RawRecord(index++);
        if (token == JsonToken.START_OBJECT) {
            return fill(record, document);
        }
        record.problem(null, "must be a JSON object");
        try {
            document.skipChildren();
        } catch (JsonProcessingException e) {
            throw BodyProblems.malformedJson(e);
        }
        return record;
    }

    private RawRecord fill(RawRecord record, JsonParser parser) throws IOException {
        Map<String, String> values = new HashMap<>();
        try {
            walk(parser, "", values);
        } catch (JsonProcessingException e) {
            throw BodyProblems.malformedJson(e);
        }
        profile.fill(record, values::get);
        return record;
    }

    private RawRecord nextLine() throws IOException {
        while (lines.next()) {
            if (!lines.tooLong() && lines.isBlank()) {
                continue;
            }
            RawRecord record = new RawRecord(index++);
            if (lines.tooLong()) {
                record.problem(null, "is a line longer than the record limit");
                return record;
            }
            try (JsonParser parser = factory.createParser(lines.bytes(), 0, lines.length())) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    record.problem(null, "must be a JSON object");
                    return record;
                }
                Map<String, String> values = new HashMap<>();
                walk(parser, "", values);
                if (parser.nextToken() != null) {
                    record.problem(null, "has content after the JSON object");
                    return record;
                }
                profile.fill(record, values::get);
            } catch (JsonProcessingException e) {
                record.problem(null, "is not valid JSON");
            }
            return record;
        }
        done = true;
        return null;
    }

    /** Reads the object the parser has just entered, keeping the trimmed, non-blank values of the profile's paths. */
    private void walk(JsonParser parser, String prefix, Map<String, String> values) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String path = prefix.isEmpty() ? parser.currentName() : prefix + "." + parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                if (paths.contains(path)) {
                    values.put(path, CompiledProfile.NOT_A_VALUE);
                }
                if (value == JsonToken.START_OBJECT && parents.contains(path)) {
                    walk(parser, path, values);
                } else {
                    parser.skipChildren();
                }
            } else if (value != JsonToken.VALUE_NULL && paths.contains(path)) {
                String text = parser.getText().strip();
                if (!text.isEmpty()) {
                    values.put(path, text);
                }
            }
        }
    }

    private void requireEnd() throws IOException {
        if (token(document) != null) {
            throw BodyProblems.malformed("The body has content after the JSON value; nothing was stored");
        }
    }

    private static JsonToken token(JsonParser parser) throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw BodyProblems.malformedJson(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (document != null) {
            document.close();
        }
    }
}
