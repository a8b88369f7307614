package io.abaco.pipeline.ingest.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.abaco.error.InputDataException;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a JSON lines tape ({@code .jsonl}, {@code .ndjson}): one JSON object per line, blank lines ignored. Rows
 * follow {@link JsonRows}; malformed JSON refuses the whole file with its line and column, as the parser cannot find
 * the next row reliably after it.
 */
public final class JsonLinesTapeReader {
    private JsonLinesTapeReader() {}

    public static void read(Reader text, String file, RowHandler handler) {
        JsonRows rows = new JsonRows(file, handler);
        try (JsonParser parser = JsonRows.parser(text)) {
            try {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.START_OBJECT) rows.readRow(parser);
                    else rows.notAnObject(parser);
                }
            } catch (JsonProcessingException e) {
                throw rows.malformed(e, parser);
            }
        } catch (IOException e) {
            throw new InputDataException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (!rows.sawHeader()) throw new InputDataException(file + ": no data rows (no JSON object in the file)");
    }
}
