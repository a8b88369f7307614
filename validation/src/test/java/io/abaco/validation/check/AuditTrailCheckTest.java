package io.abaco.validation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.pipeline.run.RunResult;
import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.Validator;
import io.abaco.validation.testing.ValidationWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTrailCheckTest {
    @TempDir
    Path root;

    @Test
    void aDeletedAuditLineFailsNamingTheLine() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, ValidationWorkspace.RELAXED_THRESHOLDS);
        RunResult run = ws.run();
        Path audit = run.runDirectory().resolve("audit.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(audit));
        lines.remove(2);
        Files.writeString(audit, String.join("\n", lines) + "\n");

        CheckResult result = ws.check(new AuditTrailCheck());

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.message())
                .startsWith("logs/runs/" + run.summary().runId() + "/audit.jsonl: line 3: seq is 4, expected 3");
    }

    @Test
    void linesDeletedAtTheEndAreFoundThroughTheManifest() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, ValidationWorkspace.RELAXED_THRESHOLDS);
        RunResult run = ws.run();
        Path audit = run.runDirectory().resolve("audit.jsonl");
        List<String> lines = Files.readAllLines(audit);
        Files.writeString(audit, String.join("\n", lines.subList(0, lines.size() - 1)) + "\n");

        CheckResult result = ws.check(new AuditTrailCheck());

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.message())
                .isEqualTo("logs/runs/" + run.summary().runId() + "/audit.jsonl: " + (lines.size() - 1)
                        + " lines, the manifest recorded " + lines.size() + ": line " + lines.size()
                        + " onwards deleted");
    }

    @Test
    void nothingAuditedSinceThePreviousValidationIsAWarningUntilTheNextRun() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, ValidationWorkspace.RELAXED_THRESHOLDS);
        ws.run();
        Validator validator = new Validator(List.of(new AuditTrailCheck()), slack -> null);
        ws.clock.advance(Duration.ofMinutes(5));
        CheckResult first = validator
                .validate(ws.workspace(), ws.config(), ValidationWorkspace.ENV, ws.clock)
                .checks()
                .get(0);
        assertThat(first.status()).isEqualTo(CheckStatus.PASS);
        assertThat(first.message()).endsWith("no previous validation to compare with");

        ws.clock.advance(Duration.ofHours(1));
        CheckResult second = validator
                .validate(ws.workspace(), ws.config(), ValidationWorkspace.ENV, ws.clock)
                .checks()
                .get(0);
        assertThat(second.status()).isEqualTo(CheckStatus.WARN);
        assertThat(second.message())
                .contains("no audit event recorded since the previous validation at 2026-11-22T06:06:00Z")
                .endsWith("is the pipeline running?");

        ws.writeTape("data/raw/loan_tape.csv", 40, 1);
        ws.run();
        ws.clock.advance(Duration.ofMinutes(5));
        CheckResult third = validator
                .validate(ws.workspace(), ws.config(), ValidationWorkspace.ENV, ws.clock)
                .checks()
                .get(0);
        assertThat(third.status()).as(third.message()).isEqualTo(CheckStatus.PASS);
        assertThat(third.message())
                .isEqualTo("2 audit trail(s) verify (10 events); 5 event(s) since the previous validation");
    }
}
