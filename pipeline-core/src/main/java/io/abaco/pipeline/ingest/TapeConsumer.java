package io.abaco.pipeline.ingest;

/** Receives a tape as it streams: the header once, then every accepted row in tape order. */
public interface TapeConsumer {
    void begin(TapeHeader header);

    void accept(TapeRow row);
}
