package io.abaco.validation.check;

import io.abaco.config.model.IngestionConfig;
import io.abaco.error.InputDataException;
import io.abaco.fs.FileTrees;
import io.abaco.pipeline.ingest.IngestionRequest;
import io.abaco.pipeline.ingest.IngestionResult;
import io.abaco.pipeline.ingest.TapeConsumer;
import io.abaco.pipeline.ingest.TapeHeader;
import io.abaco.pipeline.ingest.TapeRow;
import io.abaco.pipeline.run.TapeSource;
import io.abaco.validation.CheckResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code error_handling}: feeds known-bad tapes ({@link BadTape#standard()}: empty, missing column, non-numeric,
 * negative), generated in a temporary directory, to the ingestion engine under the workspace's ingestion settings
 * forced to strict, and requires each to be refused with an {@link InputDataException} naming its specific reason.
 * A tape accepted, or refused for another reason, is a FAIL naming the tape. The engine is injected so that a
 * broken one can be shown to fail the check.
 */
public final class ErrorHandlingCheck implements ValidationCheck {
    public static final String NAME = "error_handling";
    private static final String THRESHOLD = "every bad tape refused with its specific error";

    private final TapeSource engine;
    private final List<BadTape> tapes;

    /** The product's engine ({@link TapeSource#INGESTION}) and the standard bad tapes. */
    public ErrorHandlingCheck() {
        this(TapeSource.INGESTION, BadTape.standard());
    }

    public ErrorHandlingCheck(TapeSource engine, List<BadTape> tapes) {
        this.engine = engine;
        this.tapes = List.copyOf(tapes);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult run(ValidationContext context) {
        IngestionConfig configured = context.settings().pipeline().ingestion();
        Map<String, String> observed = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("abaco-bad-tapes-");
            for (BadTape tape : tapes) {
                Path file = dir.resolve(tape.fileName());
                Files.writeString(file, tape.content(), StandardCharsets.UTF_8);
                Path staging = Files.createDirectory(dir.resolve(tape.name() + "-staging"));
                IngestionConfig strict = new IngestionConfig(
                        "file", file.toString(), true, configured.deduplication(), configured.cascade());
                IngestionRequest request =
                        new IngestionRequest(strict, context.workspace(), file, staging, context.environment());
                String outcome = feed(tape, request, dir.toString() + java.io.File.separator, failures);
                observed.put(tape.name(), outcome);
            }
        } catch (IOException e) {
            return CheckResult.fail(NAME, observed, THRESHOLD, "cannot write the bad tapes: " + e.getMessage());
        } finally {
            FileTrees.deleteQuietly(dir);
        }
        if (!failures.isEmpty()) return CheckResult.fail(NAME, observed, THRESHOLD, String.join("; ", failures));
        return CheckResult.pass(
                NAME,
                observed,
                THRESHOLD,
                tapes.size() + " bad tapes refused with their specific errors (" + String.join(", ", observed.keySet())
                        + ")");
    }

    private String feed(BadTape tape, IngestionRequest request, String tempPrefix, List<String> failures) {
        CountingConsumer consumer = new CountingConsumer();
        try {
            IngestionResult result = engine.read(request, consumer);
            long rows = result == null ? consumer.rows : result.accepted();
            failures.add("the '" + tape.name() + "' tape was accepted (" + rows + " rows): the engine must refuse it"
                    + " with '" + tape.expectedReason() + "'");
            return "accepted";
        } catch (InputDataException e) {
            String message = RowCounter.firstLine(e.getMessage()).replace(tempPrefix, "");
            if (!message.contains(tape.expectedReason())) {
                failures.add("the '" + tape.name() + "' tape was refused for another reason (expected '"
                        + tape.expectedReason() + "'): " + message);
                return "refused for another reason: " + message;
            }
            return "refused: " + message;
        } catch (RuntimeException e) {
            String message = e.getClass().getSimpleName() + ": "
                    + RowCounter.firstLine(e.getMessage()).replace(tempPrefix, "");
            failures.add("the '" + tape.name() + "' tape made the engine fail without an input error: " + message);
            return "crashed: " + message;
        }
    }

    private static final class CountingConsumer implements TapeConsumer {
        long rows;

        @Override
        public void begin(TapeHeader header) {}

        @Override
        public void accept(TapeRow row) {
            rows++;
        }
    }
}
