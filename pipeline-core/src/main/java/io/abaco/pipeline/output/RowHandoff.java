package io.abaco.pipeline.output;

import io.abaco.pipeline.ingest.TapeConsumer;
import io.abaco.pipeline.ingest.TapeHeader;
import io.abaco.pipeline.ingest.TapeRow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands rows from the ingestion thread to one worker thread in batches, so that parsing and the rest of the
 * pipeline use two cores; order is kept (one worker), memory is bounded ({@value #QUEUED_BATCHES} batches of
 * {@value #BATCH} rows). A failure on the worker is rethrown on the ingestion thread at its next row, and by
 * {@link #finish}. {@code begin} runs synchronously. Rows are immutable once handed on (TapeRow's contract), so
 * sharing them is safe; the queue orders the memory effects.
 */
public final class RowHandoff implements TapeConsumer {
    private static final int BATCH = 1024;
    private static final int QUEUED_BATCHES = 8;
    private static final List<TapeRow> END = List.of();

    private final TapeConsumer delegate;
    private final BlockingQueue<List<TapeRow>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread worker;
    private volatile Throwable failure;
    private List<TapeRow> batch = new ArrayList<>(BATCH);

    /** @param name the worker thread's name */
    public RowHandoff(TapeConsumer delegate, String name) {
        this.delegate = delegate;
        this.worker = new Thread(this::work, name);
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void begin(TapeHeader header) {
        delegate.begin(header);
    }

    @Override
    public void accept(TapeRow row) {
        batch.add(row);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Hands on the last rows, waits for the worker, and rethrows its failure if any. */
    public void finish() {
        if (!batch.isEmpty()) put(batch);
        batch = new ArrayList<>();
        put(END);
        join();
        rethrowFailure();
    }

    /** Stops the worker without waiting for queued rows (the run is failing anyway). */
    public void abort() {
        worker.interrupt();
        join();
    }

    private void work() {
        try {
            while (true) {
                List<TapeRow> rows = queue.take();
                if (rows == END) return;
                for (TapeRow row : rows) delegate.accept(row);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
            queue.clear(); // unblock a producer waiting for room
        }
    }

    private void put(List<TapeRow> rows) {
        try {
            while (true) {
                rethrowFailure();
                if (!worker.isAlive()) throw new IllegalStateException("the row worker stopped unexpectedly");
                if (queue.offer(rows, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing rows on", e);
        }
    }

    private void join() {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the row worker", e);
        }
    }

    private void rethrowFailure() {
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException runtime) throw runtime;
        if (thrown instanceof Error error) throw error;
    }
}
