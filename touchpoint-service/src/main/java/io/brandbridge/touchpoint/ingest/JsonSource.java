package io.brandbridge.touchpoint.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;

/**
 * {@code application/json}: one interaction object or an array of them, parsed as a stream. Malformed
 * JSON fails the whole request, since nothing after the fault can be trusted.
 */
final class JsonSource implements RecordSource {

    private final JsonParser parser;
    private final boolean array;
    private boolean done;
    private int index;

    JsonSource(JsonFactory factory, InputStream body) throws IOException {
        this.parser = factory.createParser(body);
        JsonToken first = nextToken();
        if (first == null) {
            throw BodyProblems.empty();
        }
        if (first != JsonToken.START_ARRAY && first != JsonToken.START_OBJECT) {
            throw BodyProblems.malformed("The body must be one interaction object or an array of them");
        }
        this.array = first == JsonToken.START_ARRAY;
    }

    @Override
    public RawRecord next() throws IOException {
        if (done) {
            return null;
        }
        if (!array) {
            done = true;
            RawRecord record = new RawRecord(index++);
            readObject(record);
            requireEnd();
            return record;
        }
        JsonToken token = nextToken();
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
            readObject(record);
        } else {
            record.problem(null, "must be a JSON object");
            skip();
        }
        return record;
    }

    private void readObject(RawRecord record) throws IOException {
        try {
            JsonRecordReader.read(parser, record);
        } catch (JsonProcessingException e) {
            throw BodyProblems.malformedJson(e);
        }
    }

    private void requireEnd() throws IOException {
        if (nextToken() != null) {
            throw BodyProblems.malformed("The body has content after the JSON value; nothing was stored");
        }
    }

    private JsonToken nextToken() throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw BodyProblems.malformedJson(e);
        }
    }

    private void skip() throws IOException {
        try {
            parser.skipChildren();
        } catch (JsonProcessingException e) {
            throw BodyProblems.malformedJson(e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
