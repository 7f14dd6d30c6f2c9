package io.brandbridge.touchpoint.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/** Reads one interaction object from a streaming parser; unknown properties are skipped. */
final class JsonRecordReader {

    private JsonRecordReader() {
    }

    /** Reads the object whose START_OBJECT is the parser's current token. */
    static void read(JsonParser parser, RawRecord record) throws IOException {
        JsonToken token;
        Set<String> seen = new HashSet<>(8);
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!seen.add(name)) {
                // A repeated key reads differently in different parsers, so the record is refused rather than guessed.
                record.problem(name, "is given more than once");
                parser.skipChildren();
                continue;
            }
            switch (name) {
                case "externalId" -> record.externalId = string(parser, value, record, "externalId");
                case "occurredAt" -> record.occurredAt = string(parser, value, record, "occurredAt");
                case "journeyId" -> record.journeyId = string(parser, value, record, "journeyId");
                case "customerRef" -> record.customerRef = string(parser, value, record, "customerRef");
                case "sourceVersion" -> record.sourceVersion = version(parser, value, record);
                case "metrics" -> metrics(parser, value, record);
                case "attributes" -> attributes(parser, value, record);
                default -> parser.skipChildren();
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IllegalStateException("Parser left an object at " + token);
        }
    }

    private static String string(JsonParser parser, JsonToken value, RawRecord record, String field) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (value != JsonToken.VALUE_NULL) {
            record.problem(field, "must be a string");
            parser.skipChildren();
        }
        return null;
    }

    /** A string (a timestamp or digits) or a JSON integer; the validator reads it. */
    private static String version(JsonParser parser, JsonToken value, RawRecord record) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            return parser.getText();
        }
        if (value == JsonToken.VALUE_NUMBER_FLOAT) {
            record.problem("sourceVersion", SourceVersions.MESSAGE);
            return null;
        }
        return string(parser, value, record, "sourceVersion");
    }

    private static void metrics(JsonParser parser, JsonToken value, RawRecord record) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if (value != JsonToken.START_OBJECT) {
            record.problem("metrics", "must be an object of metric values");
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (token) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> record.metrics.add(new RawRecord.Metric(key, parser.getText(), parser.getDoubleValue(), false));
                case VALUE_TRUE -> record.metrics.add(new RawRecord.Metric(key, "true", 1, true));
                case VALUE_FALSE -> record.metrics.add(new RawRecord.Metric(key, "false", 0, true));
                case VALUE_NULL -> { }
                default -> {
                    record.problem("metrics." + key, "must be a finite number or a boolean");
                    parser.skipChildren();
                }
            }
        }
    }

    private static void attributes(JsonParser parser, JsonToken value, RawRecord record) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if (value != JsonToken.START_OBJECT) {
            record.problem("attributes", "must be an object of strings");
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken token = parser.nextToken();
            if (token == JsonToken.VALUE_STRING) {
                record.attributes.add(new String[] {key, parser.getText()});
            } else if (token != JsonToken.VALUE_NULL) {
                record.problem("attributes." + key, "must be a string");
                parser.skipChildren();
            }
        }
    }
}
