package io.abaco.pipeline.ingest;

import io.abaco.config.Workspace;
import io.abaco.config.model.DeduplicationConfig;
import io.abaco.config.model.IngestionConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A workspace under a temporary directory with tapes in data/raw and a staging directory for by-products. */
final class TapeFixture {
    static final String HEADER =
            "loan_id,measurement_date,total_receivable_usd,total_eligible_usd,discounted_balance_usd,dpd_90_plus_usd";

    final Workspace workspace;
    final Path staging;

    TapeFixture(Path root) {
        this.workspace = new Workspace(root);
        this.staging = root.resolve("logs/runs/run_x");
    }

    Path write(String name, String content) {
        return writeBytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    Path writeBytes(String name, byte[] content) {
        Path file = workspace.rawDataDir().resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static IngestionConfig config(boolean strict, String... dedupKeys) {
        return new IngestionConfig(
                "file", null, strict, new DeduplicationConfig(dedupKeys.length > 0, List.of(dedupKeys)), null);
    }

    IngestionRequest request(Path input, IngestionConfig config) {
        return new IngestionRequest(config, workspace, input, staging, Map.of());
    }

    Collected ingest(Path input, IngestionConfig config) {
        Collected collected = new Collected();
        collected.result = Ingestion.ingest(request(input, config), collected);
        return collected;
    }

    Collected ingest(Path input) {
        return ingest(input, config(true));
    }

    /** Files under the staging directory, temporary ones included. */
    List<String> stagingFiles() {
        if (!Files.exists(staging)) return List.of();
        try (Stream<Path> files = Files.list(staging)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows as text, so rows from different formats compare by value. */
    static String describe(TapeRow row) {
        return row.line() + "|" + row.loanId() + "|" + row.period() + "|" + row.measurementDate() + "|" + row.date()
                + "|" + Arrays.toString(row.amounts()) + "|" + Arrays.toString(row.extras());
    }

    /** A consumer that keeps everything, for assertions. */
    static final class Collected implements TapeConsumer {
        TapeHeader header;
        final List<TapeRow> rows = new ArrayList<>();
        IngestionResult result;

        @Override
        public void begin(TapeHeader header) {
            this.header = header;
        }

        @Override
        public void accept(TapeRow row) {
            rows.add(row);
        }

        List<String> described() {
            return rows.stream().map(TapeFixture::describe).toList();
        }
    }
}
