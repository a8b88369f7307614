package io.abaco.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.ConfigLoader;
import io.abaco.config.LoadedConfig;
import io.abaco.config.Workspace;
import io.abaco.pipeline.ingest.Ingestion;
import io.abaco.pipeline.ingest.IngestionRequest;
import io.abaco.pipeline.ingest.IngestionResult;
import io.abaco.pipeline.ingest.TapeConsumer;
import io.abaco.pipeline.ingest.TapeHeader;
import io.abaco.pipeline.ingest.TapeRow;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tape {@code abaco init} writes is accepted whole by V2's strict ingestion, with the generated config. */
class GeneratedTapeIngestionTest {
    @TempDir
    Path directory;

    @Test
    void strictIngestionAcceptsEveryRow() {
        Workspace workspace = new Workspace(directory.resolve("demo"));
        new WorkspaceScaffold().create(new ScaffoldRequest(workspace.root(), 3_000, 42, false, null));
        LoadedConfig loaded = ConfigLoader.load(workspace, "development", Map.of());
        Set<String> keys = new HashSet<>();
        int[] rows = {0};

        IngestionResult result = Ingestion.ingest(
                new IngestionRequest(
                        loaded.config().pipeline().ingestion(),
                        workspace,
                        null,
                        directory.resolve("staging"),
                        Map.of()),
                new TapeConsumer() {
                    @Override
                    public void begin(TapeHeader header) {}

                    @Override
                    public void accept(TapeRow row) {
                        rows[0]++;
                        keys.add(row.loanId() + "@" + row.measurementDate());
                    }
                });

        assertThat(result.rowsRead()).isEqualTo(3_000);
        assertThat(result.accepted()).isEqualTo(3_000);
        assertThat(result.rejected()).isZero();
        assertThat(result.duplicates()).isZero();
        assertThat(rows[0]).isEqualTo(3_000);
        assertThat(keys).hasSize(3_000);
        assertThat(result.header().extraColumns()).contains("borrower_name", "sector");
    }
}
