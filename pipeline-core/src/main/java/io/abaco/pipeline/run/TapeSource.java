package io.abaco.pipeline.run;

import io.abaco.pipeline.ingest.Ingestion;
import io.abaco.pipeline.ingest.IngestionRequest;
import io.abaco.pipeline.ingest.IngestionResult;
import io.abaco.pipeline.ingest.TapeConsumer;

/** Where a run's rows come from. The product reads through {@link Ingestion}; tests may feed rows directly. */
@FunctionalInterface
public interface TapeSource {
    TapeSource INGESTION = Ingestion::ingest;

    IngestionResult read(IngestionRequest request, TapeConsumer consumer);
}
