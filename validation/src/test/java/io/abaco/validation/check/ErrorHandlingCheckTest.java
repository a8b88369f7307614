package io.abaco.validation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.model.IngestionConfig;
import io.abaco.pipeline.ingest.Ingestion;
import io.abaco.pipeline.ingest.IngestionRequest;
import io.abaco.pipeline.run.TapeSource;
import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.testing.ValidationWorkspace;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorHandlingCheckTest {
    @TempDir
    Path root;

    @Test
    void theRealEngineRefusesEachBadTapeWithItsReasonEvenWhenTheWorkspaceIsLenient() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, "pipeline:\n  ingestion:\n    strict: false\n");

        CheckResult result = ws.check(new ErrorHandlingCheck());

        assertThat(result.status()).as(result.message()).isEqualTo(CheckStatus.PASS);
        assertThat(result.message())
                .isEqualTo(
                        "4 bad tapes refused with their specific errors (empty, missing_column, non_numeric, negative)");
        Map<?, ?> observed = (Map<?, ?>) result.observed();
        assertThat(observed.get("negative"))
                .isEqualTo("refused: negative.csv:3:9: dpd_30_60_usd: negative amount: -100");
        assertThat((String) observed.get("non_numeric")).contains("not a number");
    }

    @Test
    void anEngineThatAcceptsBadRowsFailsNamingTheTapesItAccepted() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, "");
        // a misconfigured engine: ignores the forced strict mode and sends bad rows to rejects.csv
        TapeSource lenient = (request, consumer) -> {
            IngestionConfig config = request.config();
            IngestionConfig relaxed = new IngestionConfig(
                    config.source(), config.path(), false, config.deduplication(), config.cascade());
            return Ingestion.ingest(
                    new IngestionRequest(
                            relaxed, request.workspace(), request.input(), request.stagingDir(), request.environment()),
                    consumer);
        };

        CheckResult result = ws.check(new ErrorHandlingCheck(lenient, BadTape.standard()));

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.message())
                .isEqualTo(
                        "the 'non_numeric' tape was accepted (1 rows): the engine must refuse it with 'not a number'; "
                                + "the 'negative' tape was accepted (1 rows): the engine must refuse it with 'negative amount'");
        Map<?, ?> observed = (Map<?, ?>) result.observed();
        assertThat(observed.get("empty")).isEqualTo("refused: empty.csv: empty file (0 bytes)");
        assertThat(observed.get("negative")).isEqualTo("accepted");
    }

    @Test
    void aRefusalForAnotherReasonIsNotTheSpecificError() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, "");
        TapeSource refusesEverything = (request, consumer) -> {
            throw new io.abaco.error.InputDataException(request.input().getFileName() + ": something went wrong");
        };

        CheckResult result = ws.check(
                new ErrorHandlingCheck(refusesEverything, BadTape.standard().subList(3, 4)));

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.message())
                .isEqualTo("the 'negative' tape was refused for another reason (expected 'negative amount'):"
                        + " negative.csv: something went wrong");
    }
}
