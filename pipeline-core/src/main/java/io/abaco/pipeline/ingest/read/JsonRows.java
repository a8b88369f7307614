package io.abaco.pipeline.ingest.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.abaco.error.InputDataException;
import io.abaco.pipeline.ingest.schema.RowFields;
import io.abaco.pipeline.ingest.schema.RowProblem;
import io.abaco.pipeline.ingest.schema.TapeSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a stream of JSON row objects into rows, for both JSON lines and JSON documents.
 *
 * <p>The first object's keys are the header. In later objects a missing key is an empty value; a key the first
 * object did not have, a key given twice, or a nested object or array value makes the row bad. Scalars are taken as
 * text: a string as it is, a number as written ({@code 1.5E3} stays {@code 1.5E3}), {@code true}/{@code false},
 * {@code null} as empty. A row's line is the line its object starts on; its bad column is the key's position in the
 * header. Strings longer than {@link CsvTapeReader#MAX_FIELD_CHARS} and malformed JSON refuse the whole file.
 *
 * <p>Not thread-safe.
 */
final class JsonRows {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(CsvTapeReader.MAX_FIELD_CHARS)
                    .maxNestingDepth(64)
                    .build())
            .build();

    private final String file;
    private final RowHandler handler;
    private final Map<String, Integer> columnByKey = new HashMap<>();
    private TapeSchema schema;

    JsonRows(String file, RowHandler handler) {
        this.file = file;
        this.handler = handler;
    }

    static JsonParser parser(Reader text) throws IOException {
        return FACTORY.createParser(text);
    }

    /** Reads one row; the parser is on its START_OBJECT. */
    void readRow(JsonParser parser) throws IOException {
        long line = parser.currentTokenLocation().getLineNr();
        if (schema == null) {
            readFirst(parser, line);
            return;
        }
        String[] values = new String[schema.size()];
        boolean[] seen = new boolean[schema.size()];
        RowProblem problem = null;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            int column = column(key);
            if (problem != null) {
                parser.skipChildren();
            } else if (column < 0) {
                problem = new RowProblem(schema.size() + 1, TapeSchema.normalize(key), "key not in the first row");
                parser.skipChildren();
            } else if (seen[column]) {
                problem = new RowProblem(column + 1, schema.name(column), "key given twice");
                parser.skipChildren();
            } else if (value.isStructStart()) {
                problem = new RowProblem(column + 1, schema.name(column), "nested JSON values are not supported");
                parser.skipChildren();
            } else {
                seen[column] = true;
                values[column] = scalar(parser, value);
            }
        }
        handler.row(line, RowFields.of(values), problem);
    }

    /** Reports a row that is not an object (a number or array in the row position). */
    void notAnObject(JsonParser parser) throws IOException {
        long line = parser.currentTokenLocation().getLineNr();
        if (schema == null) {
            throw new InputDataException(file + ":" + line + ": expected a JSON object per row, found "
                    + parser.currentToken().asString());
        }
        parser.skipChildren();
        handler.row(line, RowFields.of(new String[0]), new RowProblem(1, "(row)", "row is not a JSON object"));
    }

    boolean sawHeader() {
        return schema != null;
    }

    private void readFirst(JsonParser parser, long line) throws IOException {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        RowProblem problem = null;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            names.add(parser.currentName());
            JsonToken value = parser.nextToken();
            if (value.isStructStart()) {
                if (problem == null) {
                    problem = new RowProblem(
                            names.size(),
                            TapeSchema.normalize(parser.currentName()),
                            "nested JSON values are not supported");
                }
                parser.skipChildren();
                values.add(null);
            } else {
                values.add(scalar(parser, value));
            }
        }
        schema = handler.header(names, line);
        for (int i = 0; i < names.size(); i++) columnByKey.put(names.get(i), i);
        handler.row(line, RowFields.of(values.toArray(new String[0])), problem);
    }

    private int column(String key) {
        Integer column = columnByKey.get(key);
        if (column == null) {
            column = schema.indexOf(TapeSchema.normalize(key));
            columnByKey.put(key, column);
        }
        return column;
    }

    private static String scalar(JsonParser parser, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_NULL ? null : parser.getText();
    }

    /** The one-line message for malformed JSON or a broken limit. */
    InputDataException malformed(JsonProcessingException e, JsonParser parser) {
        // a broken limit carries no location of its own
        JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
        String position = where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr();
        String reason = e instanceof StreamConstraintsException
                ? "a value is longer than the limit of " + CsvTapeReader.MAX_FIELD_CHARS + " characters"
                : "malformed JSON: " + firstLine(e.getOriginalMessage());
        return new InputDataException(file + position + ": " + reason, e);
    }

    private static String firstLine(String text) {
        if (text == null) return "";
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
