package io.abaco.pipeline.ingest.read;

import io.abaco.pipeline.ingest.schema.RowFields;
import io.abaco.pipeline.ingest.schema.RowProblem;
import io.abaco.pipeline.ingest.schema.TapeSchema;
import java.util.List;

/** Receives what a format reader finds: the header once, then every data row in tape order. */
public interface RowHandler {
    /**
     * @param names the column names as written
     * @param line the header's line (0 for formats without one)
     * @return the schema rows will be aligned with
     * @throws io.abaco.error.InputDataException when the header cannot be used
     */
    TapeSchema header(List<String> names, long line);

    /**
     * @param line the row's line (see {@link io.abaco.pipeline.ingest.TapeRow#line()})
     * @param fields the row's fields aligned with the schema (null = missing); when {@code problem} is set, the
     *     fields as found, for the rejects file. Valid only during this call.
     * @param problem a structural problem the reader found (ragged row, nested JSON value), or null
     */
    void row(long line, RowFields fields, RowProblem problem);
}
