package io.abaco.pipeline.ingest.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.abaco.error.InputDataException;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a JSON document tape ({@code .json}, and Cascade's JSON bodies): either an array of row objects, or an
 * object whose {@code data} member is that array (other members are skipped). Streamed token by token, never held
 * as a tree. Rows follow {@link JsonRows}; anything after the document but whitespace refuses the file.
 */
public final class JsonDocumentTapeReader {
    private static final String SHAPE = "expected a JSON array of row objects or an object with a \"data\" array";

    private JsonDocumentTapeReader() {}

    public static void read(Reader text, String file, RowHandler handler) {
        JsonRows rows = new JsonRows(file, handler);
        try (JsonParser parser = JsonRows.parser(text)) {
            try {
                JsonToken root = parser.nextToken();
                if (root == JsonToken.START_OBJECT) {
                    if (!moveToData(parser))
                        throw new InputDataException(file + ": " + SHAPE + "; no \"data\" array found");
                } else if (root != JsonToken.START_ARRAY) {
                    throw new InputDataException(file + ": " + SHAPE);
                }
                readArray(parser, rows, file);
                if (root == JsonToken.START_OBJECT) skipRestOfObject(parser);
                if (parser.nextToken() != null) {
                    throw new InputDataException(
                            file + ":" + parser.currentTokenLocation().getLineNr()
                                    + ": unexpected content after the JSON document");
                }
            } catch (JsonProcessingException e) {
                throw rows.malformed(e, parser);
            }
        } catch (IOException e) {
            throw new InputDataException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (!rows.sawHeader()) throw new InputDataException(file + ": no data rows (the row array is empty)");
    }

    private static boolean moveToData(JsonParser parser) throws IOException {
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("data") && value == JsonToken.START_ARRAY) return true;
            parser.skipChildren();
        }
        return false;
    }

    private static void readArray(JsonParser parser, JsonRows rows, String file) throws IOException {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) throw new InputDataException(file + ": the JSON document ends inside the row array");
            if (token == JsonToken.START_OBJECT) rows.readRow(parser);
            else rows.notAnObject(parser);
        }
    }

    private static void skipRestOfObject(JsonParser parser) throws IOException {
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            parser.nextToken();
            parser.skipChildren();
        }
    }
}
