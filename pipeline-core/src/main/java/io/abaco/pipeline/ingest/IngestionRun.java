package io.abaco.pipeline.ingest;

import io.abaco.config.model.IngestionConfig;
import io.abaco.error.InputDataException;
import io.abaco.pipeline.ingest.dedup.Deduplicator;
import io.abaco.pipeline.ingest.read.RowHandler;
import io.abaco.pipeline.ingest.schema.RowFields;
import io.abaco.pipeline.ingest.schema.RowProblem;
import io.abaco.pipeline.ingest.schema.RowValidator;
import io.abaco.pipeline.ingest.schema.TapeSchema;
import java.nio.file.Path;
import java.util.List;

/**
 * The row pipeline of one ingestion: header to schema, then each row validated, refused (strict: throw; lenient:
 * rejects.csv), deduplicated, and handed to the consumer. Counts everything. Not thread-safe.
 */
final class IngestionRun implements RowHandler, AutoCloseable {
    private final String file;
    private final String source;
    private final String format;
    private final IngestionConfig config;
    private final TapeConsumer consumer;
    private final RejectsWriter rejects;
    private TapeHeader header;
    private RowValidator validator;
    private Deduplicator deduplicator;
    private long rowsRead;
    private long accepted;
    private long rejected;
    private long duplicates;

    /**
     * @param file the tape as the workspace displays it, for messages
     * @param source what {@link TapeHeader#source()} says
     */
    IngestionRun(
            String file, String source, String format, IngestionConfig config, Path stagingDir, TapeConsumer consumer) {
        this.file = file;
        this.source = source;
        this.format = format;
        this.config = config;
        this.consumer = consumer;
        this.rejects = new RejectsWriter(stagingDir);
    }

    @Override
    public TapeSchema header(List<String> names, long line) {
        TapeSchema schema = TapeSchema.of(names, file, line);
        deduplicator = Deduplicator.of(config.deduplication(), schema, file);
        validator = new RowValidator(schema);
        header = new TapeHeader(source, format, schema.loanId() >= 0, schema.extraColumns());
        consumer.begin(header);
        return schema;
    }

    @Override
    public void row(long line, RowFields fields, RowProblem structural) {
        rowsRead++;
        RowProblem problem = structural;
        TapeRow row = null;
        if (problem == null) {
            row = validator.validate(line, rowsRead, fields);
            if (row == null) problem = validator.problem();
        }
        if (problem != null) {
            if (config.strict()) throw new InputDataException(problem.render(file, line));
            rejects.write(line, problem, fields.texts());
            rejected++;
        } else if (deduplicator != null && !deduplicator.firstOccurrence(row, fields)) {
            duplicates++;
        } else {
            consumer.accept(row);
            accepted++;
        }
    }

    /** Ends a complete read: refuses a tape without rows and makes rejects.csv visible. */
    IngestionResult finish(String sha256, Path archivedInput) {
        if (header == null) throw new InputDataException(file + ": no header row");
        if (rowsRead == 0) {
            throw new InputDataException(file + ": no data rows" + (format.equals("csv") ? " (header only)" : ""));
        }
        Path rejectsFile = rejects.commit();
        return new IngestionResult(
                header, sha256, rowsRead, accepted, rejected, duplicates, archivedInput, rejectsFile);
    }

    @Override
    public void close() {
        rejects.close();
    }
}
