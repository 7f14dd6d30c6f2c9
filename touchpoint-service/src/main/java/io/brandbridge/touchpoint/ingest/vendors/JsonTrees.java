package io.brandbridge.touchpoint.ingest.vendors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one JSON value from a streaming parser into a small tree; the parser's limits bound its depth and size. */
final class JsonTrees {

    private String repeatedKey;

    /** The key the last tree repeated within one object, or null; a repeat reads differently in different parsers. */
    String repeatedKey() {
        return repeatedKey;
    }

    /**
     * Reads the record whose first token is the parser's current token; of an object, only the top-level {@code fields}
     * are kept and the rest is skipped.
     */
    JsonNode read(JsonParser parser, Set<String> fields) throws IOException {
        repeatedKey = null;
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return value(parser);
        }
        Map<String, JsonNode> kept = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (fields.contains(name)) {
                readField(parser, name, kept);
            } else {
                parser.skipChildren();
            }
        }
        return JsonNode.createObjectNode(kept);
    }

    /** Reads one field's value into {@code fields}, noting a key given twice. */
    void readField(JsonParser parser, String name, Map<String, JsonNode> fields) throws IOException {
        JsonNode previous = fields.put(name, value(parser));
        if (previous != null && repeatedKey == null) {
            repeatedKey = name;
        }
    }

    private JsonNode value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> JsonNode.createStringNode(parser.getText());
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? JsonNode.createNumberNode(parser.getBigIntegerValue()) : JsonNode.createNumberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> JsonNode.createNumberNode(parser.getDoubleValue());
            case VALUE_TRUE -> JsonNode.createBooleanNode(true);
            case VALUE_FALSE -> JsonNode.createBooleanNode(false);
            case VALUE_NULL -> JsonNode.nullNode();
            default -> throw new IllegalStateException("No JSON value starts at " + token);
        };
    }

    private JsonNode object(JsonParser parser) throws IOException {
        Map<String, JsonNode> fields = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            readField(parser, name, fields);
        }
        return JsonNode.createObjectNode(fields);
    }

    private JsonNode array(JsonParser parser) throws IOException {
        List<JsonNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(parser));
        }
        return JsonNode.createArrayNode(items);
    }
}
