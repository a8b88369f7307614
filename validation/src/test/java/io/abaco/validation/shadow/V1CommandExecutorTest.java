package io.abaco.validation.shadow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.config.Secrets;
import io.abaco.config.model.ServiceConfig;
import io.abaco.error.ConfigException;
import io.abaco.error.ExternalServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class V1CommandExecutorTest {
    @TempDir
    Path dir;

    static ServiceConfig v1(String runCommand) {
        return new ServiceConfig(
                "process",
                List.of(),
                null,
                null,
                null,
                null,
                5,
                5,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                runCommand,
                null,
                null,
                0);
    }

    /** A stand-in for the legacy V1 script: sums the tape's receivables into kpis.json and copies loan rows. */
    private Path legacyScript() throws Exception {
        Path script = dir.resolve("v1 pipeline.sh");
        Files.writeString(
                script,
                """
                #!/bin/bash
                set -euo pipefail
                input="$1"; output="$2"
                total=$(tail -n +2 "$input" | cut -d, -f3 | paste -sd+ | bc)
                printf '{"generated_at": "now", "kpis": {"par_30": %s, "par_90": 0}}\\n' "$total" > "$output/kpis.json"
                cp "$input" "$output/loans.csv"
                echo "v1 done" >&2
                """);
        return script;
    }

    @Test
    void runsTheConfiguredCommandWithQuotedPlaceholdersAndReadsItsOutputs() throws Exception {
        Path script = legacyScript();
        Path tape = Files.writeString(
                dir.resolve("daily tape's.csv"), "loan_id,measurement_date,x\nL1,2026-01-31,2\nL2,2026-01-31,3\n");
        Path output = dir.resolve("out dir");
        V1CommandExecutor executor = new V1CommandExecutor(
                v1("bash " + V1CommandExecutor.shellQuote(script.toString()) + " {input} {output}"),
                dir,
                Duration.ofSeconds(30));

        KpiSnapshot snapshot = executor.run(tape, output);

        assertThat(snapshot.kpis()).isEqualTo(Map.of("par_30", 5.0, "par_90", 0.0));
        assertThat(snapshot.loans()).isEqualTo(output.resolve("loans.csv"));
        assertThat(Files.readString(snapshot.loans())).isEqualTo(Files.readString(tape));
    }

    @Test
    void aFailingRunCarriesTheTailOfItsOutputRedacted() {
        Secrets.register("s3cr3t-token-value");
        V1CommandExecutor executor = new V1CommandExecutor(
                v1("echo 'connecting with s3cr3t-token-value'; echo 'table loans missing' >&2; exit 3"),
                dir,
                Duration.ofSeconds(30));

        assertThatThrownBy(() -> executor.run(dir.resolve("tape.csv"), dir.resolve("out")))
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageStartingWith("V1 run failed (exit 3)")
                .hasMessageContaining("table loans missing")
                .hasMessageContaining("connecting with ***")
                .hasMessageNotContaining("s3cr3t-token-value");
    }

    @Test
    void aRunThatHangsIsKilledAtTheTimeout() throws Exception {
        Path pidFile = dir.resolve("child.pid");
        V1CommandExecutor executor = new V1CommandExecutor(
                v1("sleep 60 & echo $! > " + V1CommandExecutor.shellQuote(pidFile.toString()) + "; wait"),
                dir,
                Duration.ofMillis(1500));

        assertThatThrownBy(() -> executor.run(dir.resolve("tape.csv"), dir.resolve("out")))
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageStartingWith("V1 run timed out after 1s");
        long childPid = Long.parseLong(Files.readString(pidFile).trim());
        java.util.Optional<ProcessHandle> child = ProcessHandle.of(childPid);
        if (child.isPresent()) {
            // killed processes are reaped asynchronously; a surviving `sleep 60` would time out here
            child.get().onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(ProcessHandle.of(childPid).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void aRunThatWritesNoKpisFails() {
        V1CommandExecutor executor = new V1CommandExecutor(v1("true"), dir, Duration.ofSeconds(30));

        assertThatThrownBy(() -> executor.run(dir.resolve("tape.csv"), dir.resolve("out")))
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageStartingWith("V1 run wrote no kpis.json in " + dir.resolve("out"));
    }

    @Test
    void aMissingRunCommandIsAConfigurationError() {
        assertThatThrownBy(() -> new V1CommandExecutor(v1(" "), dir, Duration.ofSeconds(1)))
                .isInstanceOf(ConfigException.class)
                .satisfies(
                        e -> assertThat(((ConfigException) e).problems().get(0).keyPath())
                                .isEqualTo("cutover.v1.run_command"));
    }
}
