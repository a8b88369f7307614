package io.abaco.cli.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abaco.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}, {@code shadow} and {@code monitor} through {@code Main.run}, on real runs and real files. */
class ValidationCommandsTest {
    @TempDir
    Path root;

    @Test
    void validateOnAHealthyWorkspaceExitsZeroAndWritesTheReport() throws Exception {
        CliWorkspace ws = new CliWorkspace(root);
        ws.run();

        CliRun run = CliRun.of(CliWorkspace.ENV, "-w", ws.root(), "validate");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.stdout())
                .startsWith("Validation: PASS (development, ")
                .contains("kpi_calculations")
                .containsPattern("error_handling +PASS +4 bad tapes refused")
                .contains("report: production_validation_report.json");
        assertThat(ws.workspace.validationReport()).exists();
    }

    @Test
    void whatTheNoRunMessageSuggestsWorks() throws Exception {
        CliWorkspace ws = new CliWorkspace(root);
        assertThat(CliRun.of(CliWorkspace.ENV, "-w", ws.root(), "validate").exitCode())
                .isEqualTo(1);

        CliRun pipeline = CliRun.of(CliWorkspace.ENV, "-w", ws.root(), "pipeline", "run");
        assertThat(pipeline.exitCode()).as(pipeline.all()).isZero();
        CliRun validate = CliRun.of(CliWorkspace.ENV, "-w", ws.root(), "validate");

        assertThat(validate.exitCode()).as(validate.all()).isZero();
        assertThat(validate.stdout()).startsWith("Validation: PASS");
    }

    @Test
    void validateExitsOneOnFailAndPrintsTheJsonReport() throws Exception {
        CliWorkspace ws = new CliWorkspace(root);

        CliRun run = CliRun.of(CliWorkspace.ENV, "-w", ws.root(), "validate", "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.stdout());
        assertThat(report.get("status").asText()).isEqualTo("FAIL");
        assertThat(report.get("checks").get(0).get("message").asText())
                .isEqualTo("no successful pipeline run in logs/runs: run 'abaco pipeline run' first");
        assertThat(run.stderr())
                .contains("validation FAILED: kpi_calculations, data_integrity, audit_trail, error_rate");
        assertThat(new ObjectMapper()
                        .readTree(ws.workspace.validationReport().toFile())
                        .get("status")
                        .asText())
                .isEqualTo("FAIL");
    }

    @Test
    void validateOutsideAWorkspaceIsAUsageError() {
        CliRun run = CliRun.of(CliWorkspace.ENV, "-w", root.resolve("nowhere").toString(), "validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("does not exist");
    }

    @Test
    void shadowWithIdenticalKpisExitsZeroWithTheTable() throws Exception {
        CliWorkspace ws = new CliWorkspace(root);
        ws.legacyV1("17.5");

        CliRun run = CliRun.of(CliWorkspace.ENV, "-w", ws.root(), "shadow");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.stdout()).startsWith("Shadow comparison: PASS\n").contains("par_30");
    }

    @Test
    void shadowOnePercentOffExitsOneNamingTheKpi() throws Exception {
        CliWorkspace ws = new CliWorkspace(root);
        ws.legacyV1("17.326732673267326");
        Path tape = ws.workspace.resolve("data/raw/loan_tape.csv");

        CliRun run = CliRun.of(CliWorkspace.ENV, "-w", ws.root(), "shadow", "--input", tape.toString(), "--json");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.stdout());
        assertThat(report.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(run.stderr()).contains("shadow comparison FAILED: par_30");
    }

    @Test
    void shadowOverDaysReportsEachDay() throws Exception {
        CliWorkspace ws = new CliWorkspace(root);
        ws.legacyV1("17.5");
        Path days = ws.workspace.resolve("data/raw/daily");
        Files.createDirectories(days);
        Files.writeString(days.resolve("2026-01-30.csv"), CliWorkspace.TAPE);
        Files.writeString(
                days.resolve("2026-01-31.csv"), CliWorkspace.TAPE.replace(",100,50,25,Ann", ",150,50,25,Ann"));

        CliRun run = CliRun.of(CliWorkspace.ENV, "-w", ws.root(), "shadow", "--days", days.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.stdout())
                .contains("(1/2 days pass)")
                .contains("2026-01-30  PASS")
                .contains("2026-01-31  FAIL");
        assertThat(run.stderr()).contains("shadow comparison FAILED on 2026-01-31");
    }

    @Test
    void shadowRefusesBothInputAndDays() throws Exception {
        CliWorkspace ws = new CliWorkspace(root);

        CliRun run = CliRun.of(CliWorkspace.ENV, "-w", ws.root(), "shadow", "--input", "a.csv", "--days", "d");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("mutually exclusive");
    }

    @Test
    void monitorPrintsOneLinePerRunAndTheTrend() throws Exception {
        CliWorkspace ws = new CliWorkspace(root);
        ws.run();

        CliRun run = CliRun.of(CliWorkspace.ENV, "-w", ws.root(), "monitor", "--interval", "1s", "--duration", "2s");

        // a run that overruns its slot skips the missed ones: count the runs the summary reports
        java.util.regex.Matcher summary = java.util.regex.Pattern.compile("Monitoring completed: (\\d+) runs")
                .matcher(run.stdout());
        assertThat(summary.find()).as(run.all()).isTrue();
        int runs = Integer.parseInt(summary.group(1));
        assertThat(runs).isPositive();
        assertThat(run.stdout().lines().filter(line -> line.matches("\\d{4}-.* (PASS|WARN|FAIL)  pass .*")))
                .hasSize(runs);
        boolean ready = run.stdout().contains("ready for hand-off? yes");
        assertThat(run.exitCode()).isEqualTo(ready ? 0 : 1);
        assertThat(Files.exists(ws.workspace.validationHistoryDir().resolve("monitor-summary.json")))
                .isTrue();
    }

    @Test
    void monitorRefusesADurationItCannotRead() throws Exception {
        CliWorkspace ws = new CliWorkspace(root);

        CliRun run = CliRun.of(CliWorkspace.ENV, "-w", ws.root(), "monitor", "--interval", "soon");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--interval: 'soon' is not a duration (use e.g. 2s, 30m, 1h, 24h, 1h30m)");
    }

    @Test
    void sigtermEndsTheWindowEarlyWithTheSummaryPrinted() throws Exception {
        CliWorkspace ws = new CliWorkspace(root);
        ws.run();
        String javaBinary =
                Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                javaBinary,
                "-cp",
                System.getProperty("java.class.path"),
                "io.abaco.cli.Main",
                "-w",
                ws.root(),
                "monitor",
                "--interval",
                "1h",
                "--duration",
                "24h");
        builder.environment().putAll(CliWorkspace.ENV);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        process.getOutputStream().close();
        StringBuilder output = new StringBuilder();
        try (var reader = new java.io.BufferedReader(
                new java.io.InputStreamReader(process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.append(line).append('\n');
                if (line.matches("\\d{4}-.* (PASS|WARN|FAIL)  pass .*")) {
                    // SIGTERM, as systemd or kill sends it (Process.destroy would also close our end of the pipe)
                    new ProcessBuilder("kill", "-TERM", Long.toString(process.pid()))
                            .start()
                            .waitFor();
                }
            }
        }
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(output.toString())
                .as(output.toString())
                .contains("Monitoring stopped: 1 runs")
                .contains("ready for hand-off? not_reached");
        JsonNode summary = new ObjectMapper()
                .readTree(ws.workspace
                        .validationHistoryDir()
                        .resolve("monitor-summary.json")
                        .toFile());
        assertThat(summary.get("state").asText()).isEqualTo("stopped");
    }
}
