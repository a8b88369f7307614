package io.abaco.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The V1 stand-in is the baseline shadow comparison trusts: its KPIs must equal the DESIGN §6 reference vectors.
 * Runs the script as a real process.
 */
class V1PipelineScriptTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    private Path script;

    @BeforeEach
    void createWorkspace() {
        Path workspace = directory.resolve("workspace");
        new WorkspaceScaffold().create(new ScaffoldRequest(workspace, 0, 1, false, null));
        script = workspace.resolve(WorkspaceScaffold.V1_SCRIPT);
    }

    @Test
    void isInstalledExecutableAndSaysItIsADemoStandIn() throws IOException {
        assertThat(Files.getPosixFilePermissions(script)).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(Files.readString(script)).contains("DEMO STAND-IN FOR YOUR LEGACY (V1) PIPELINE");
    }

    @Test
    void par30MatchesTheReferenceVector() throws Exception {
        JsonNode kpis = runOn(
                """
                total_receivable_usd,total_eligible_usd,measurement_date,dpd_30_60_usd,dpd_60_90_usd,dpd_90_plus_usd
                1000,1000,2025-01-31,100,50,25
                2000,2000,2025-01-31,200,100,50
                """);
        assertThat(kpis.get("par_30").decimalValue()).isEqualByComparingTo("17.5");
    }

    @Test
    void par90MatchesTheReferenceVector() throws Exception {
        JsonNode kpis = runOn(
                """
                measurement_date,total_receivable_usd,total_eligible_usd,dpd_90_plus_usd
                2025-01-31,1000,1000,100
                2025-01-31,2000,2000,200
                """);
        assertThat(kpis.get("par_90").decimalValue()).isEqualByComparingTo("10.0");
    }

    @Test
    void collectionRateMatchesTheReferenceVectorWithColumnsInAnyOrderAndCase() throws Exception {
        JsonNode kpis = runOn(
                """
                 Cash_Available_USD ,measurement_date,TOTAL_ELIGIBLE_USD,total_receivable_usd
                100,2025-01-31,1000,1000
                200,2025-01-31,2000,2000
                """);
        assertThat(kpis.get("collection_rate").decimalValue()).isEqualByComparingTo("10.0");
    }

    @Test
    void portfolioHealthMatchesTheReferenceVectors() throws Exception {
        // par_30 = 5, collection_rate = 10 → 9.5
        JsonNode kpis = runOn(
                """
                measurement_date,total_receivable_usd,total_eligible_usd,cash_available_usd,dpd_30_60_usd
                2025-01-31,1000,1000,100,50
                """);
        assertThat(kpis.get("par_30").doubleValue()).isEqualTo(5.0);
        assertThat(kpis.get("collection_rate").doubleValue()).isEqualTo(10.0);
        assertThat(kpis.get("portfolio_health").doubleValue()).isCloseTo(9.5, within(1e-12));

        // par_30 = 0, collection_rate = 100 → 100, clamped to 10
        JsonNode clamped = runOn(
                """
                measurement_date,total_receivable_usd,total_eligible_usd,cash_available_usd
                2025-01-31,1000,100,100
                """);
        assertThat(clamped.get("collection_rate").doubleValue()).isEqualTo(100.0);
        assertThat(clamped.get("portfolio_health").doubleValue()).isEqualTo(10.0);
    }

    @Test
    void roundsHalfEvenOnTheExactBinaryValueLikePython() throws Exception {
        // 1 / 800 * 100 = 0.125 exactly: Python's round(0.125, 2) is 0.12
        JsonNode kpis = runOn(
                """
                measurement_date,total_receivable_usd,total_eligible_usd,dpd_90_plus_usd
                2025-01-31,800,800,1
                """);
        assertThat(kpis.get("par_90").decimalValue()).isEqualByComparingTo("0.12");
    }

    @Test
    void healthUsesTheRoundedPar30AndCollectionRate() throws Exception {
        // par_30 = 1/3*100 = 33.33 (rounded); collection_rate = 2/30*100 = 6.67 (rounded)
        JsonNode kpis = runOn(
                """
                measurement_date,total_receivable_usd,total_eligible_usd,cash_available_usd,dpd_30_60_usd
                2025-01-31,3,30,2,1
                """);
        assertThat(kpis.get("portfolio_health").doubleValue())
                .isCloseTo((10 - 33.33 / 10) * (6.67 / 10), within(1e-9))
                .isNotCloseTo((10 - 100.0 / 3 / 10) * (200.0 / 30 / 10), within(1e-4));
    }

    @Test
    void anEmptyTapeGivesZeros() throws Exception {
        JsonNode kpis = runOn("measurement_date,total_receivable_usd,total_eligible_usd\n");
        assertThat(kpis.get("par_30").doubleValue()).isZero();
        assertThat(kpis.get("par_90").doubleValue()).isZero();
        assertThat(kpis.get("collection_rate").doubleValue()).isZero();
        assertThat(kpis.get("portfolio_health").doubleValue()).isZero();
    }

    @Test
    void writesLoanLevelOutputForShadowComparison() throws Exception {
        runOn(
                """
                loan_id,measurement_date,total_receivable_usd,total_eligible_usd,cash_available_usd,dpd_90_plus_usd
                "L-1, north",2025-01-31,1000,900.5,10,0
                ,2025-01-31,2000,2000,,50
                """);
        assertThat(Files.readAllLines(directory.resolve("out/loans.csv")))
                .containsExactly(
                        "loan_id,measurement_date,total_receivable_usd,total_eligible_usd,cash_available_usd,"
                                + "dpd_90_plus_usd",
                        "\"L-1, north\",2025-01-31,1000.00,900.50,10.00,0.00",
                        "agg_2,2025-01-31,2000.00,2000.00,0.00,50.00");
    }

    @Test
    void aMissingRequiredColumnFailsWithoutWritingAnything() throws Exception {
        Path tape = writeTape("measurement_date,total_receivable_usd\n2025-01-31,100\n");
        Path output = directory.resolve("out");

        Result result = run("run", tape.toString(), output.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("missing column total_eligible_usd");
        assertThat(listing(output)).isEmpty();
    }

    @Test
    void serveRefusesANonNumericInterval() throws Exception {
        Path tape = writeTape("measurement_date,total_receivable_usd,total_eligible_usd\n");

        Result result = run("serve", tape.toString(), directory.resolve("out").toString(), "often");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("INTERVAL_SECONDS must be a number, got 'often'");
        assertThat(directory.resolve("out")).doesNotExist();
    }

    @Test
    void serveRunsUntilSigtermAndLeavesNoBusyOrTemporaryFiles() throws Exception {
        Path tape = directory.resolve("tape.csv");
        SyntheticTape.write(tape, 200_000, 3);
        Path output = directory.resolve("out");
        Path busy = directory.resolve("run/v1.busy");
        ProcessBuilder builder = new ProcessBuilder(
                        "bash", script.toString(), "serve", tape.toString(), output.toString(), "60")
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("serve.log").toFile());
        builder.environment().put("V1_BUSY_FILE", busy.toString());
        Process serve = builder.start();
        try {
            waitFor(() -> Files.exists(busy) || Files.exists(output.resolve("kpis.json")));
            serve.destroy(); // SIGTERM, while the first run is in flight (or just after)

            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(serve.exitValue()).isZero();
        } finally {
            serve.destroyForcibly();
        }
        // the run that was in flight finished: complete output, nothing temporary, no busy file
        JsonNode kpis = JSON.readTree(output.resolve("kpis.json").toFile());
        assertThat(kpis.get("par_30").isNumber()).isTrue();
        assertThat(listing(output)).containsExactlyInAnyOrder("kpis.json", "loans.csv");
        assertThat(Files.readAllLines(output.resolve("loans.csv"))).hasSize(200_001);
        assertThat(busy).doesNotExist();
        assertThat(Files.readString(directory.resolve("serve.log"))).contains("stopped");
    }

    private JsonNode runOn(String csv) throws Exception {
        Path tape = writeTape(csv);
        Path output = directory.resolve("out");
        Result result = run("run", tape.toString(), output.toString());
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(listing(output)).containsExactlyInAnyOrder("kpis.json", "loans.csv");
        JsonNode kpis = JSON.readTree(output.resolve("kpis.json").toFile());
        assertThat(kpis.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("par_30", "par_90", "collection_rate", "portfolio_health");
        return kpis;
    }

    private Path writeTape(String csv) throws IOException {
        Path tape = directory.resolve("tape.csv");
        Files.writeString(tape, csv);
        return tape;
    }

    private record Result(int exitCode, String stderr) {}

    private Result run(String... arguments) throws Exception {
        List<String> command = Stream.concat(Stream.of("bash", script.toString()), Stream.of(arguments))
                .toList();
        Path stderr = directory.resolve("stderr.txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(stderr));
    }

    private static List<String> listing(Path directory) throws IOException {
        if (!Files.exists(directory)) return List.of();
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("timed out");
            Thread.sleep(20);
        }
    }
}
