package io.abaco.validation.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.abaco.config.Workspace;
import io.abaco.config.model.SlackConfig;
import io.abaco.error.ConfigException;
import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.ReportStatus;
import io.abaco.validation.ValidationJson;
import io.abaco.validation.publish.ValidationPublisher;
import io.abaco.validation.report.AlertDelivery;
import io.abaco.validation.report.AlertDelivery.Outcome;
import io.abaco.validation.report.ValidationReport;
import io.abaco.validation.report.ValidationReportWriter;
import io.abaco.validation.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlerterTest {
    private static final String HOOK_PATH = "/services/T0001/B0001/xoxb-hook-secret-4711";
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    @TempDir
    Path root;

    private static WireMockServer slack;
    private Workspace workspace;
    private final MutableClock clock = new MutableClock(T0);
    private final List<Duration> backoffs = new ArrayList<>();

    @BeforeAll
    static void startSlack() {
        slack = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        slack.start();
    }

    @AfterAll
    static void stopSlack() {
        slack.stop();
    }

    @BeforeEach
    void reset() {
        slack.resetAll();
        slack.stubFor(post(HOOK_PATH).willReturn(ok("ok")));
        workspace = new Workspace(root);
    }

    private SlackConfig config(double cooldownMinutes, int maxPerDay, boolean enabled) {
        return new SlackConfig(enabled, slack.baseUrl() + HOOK_PATH, cooldownMinutes, maxPerDay, 0.5);
    }

    private ValidationPublisher publisher(SlackConfig config) {
        SlackWebhookSender sender = new SlackWebhookSender(config, backoffs::add, 3, Duration.ofSeconds(1));
        AlertStateStore store =
                new AlertStateStore(workspace.validationHistoryDir().resolve(AlertStateStore.FILE_NAME));
        return new ValidationPublisher(
                ValidationReportWriter.forWorkspace(workspace), new Alerter(config, sender, store, clock));
    }

    private ValidationReport report(CheckStatus integrity) {
        List<CheckResult> checks = List.of(
                CheckResult.pass("audit_trail", 42, null, "hash chain verifies"),
                new CheckResult("data_integrity", integrity, 3, 0, "3 duplicate keys in loans.parquet"));
        return ValidationReport.of(clock.instant(), "production", checks, List.of(), Map.of("par_30", 4.2), List.of());
    }

    private int requests() {
        return slack.findAll(postRequestedFor(urlEqualTo(HOOK_PATH))).size();
    }

    @Test
    void aStateChangeSendsOneMessageBuiltFromTheWrittenReport() throws Exception {
        ValidationReport written = publisher(config(15, 50, true)).publish(report(CheckStatus.FAIL));

        assertThat(written.alerts()).singleElement().satisfies(delivery -> {
            assertThat(delivery.outcome()).isEqualTo(Outcome.SENT);
            assertThat(delivery.attempts()).isEqualTo(1);
            assertThat(delivery.checks()).containsExactly("data_integrity");
        });
        assertThat(requests()).isEqualTo(1);
        String body =
                slack.findAll(postRequestedFor(urlEqualTo(HOOK_PATH))).get(0).getBodyAsString();
        JsonNode payload = ValidationJson.mapper().readTree(body);
        assertThat(payload.get("text").asText())
                .isEqualTo("[critical] abaco validate production: FAIL — data_integrity PASS→FAIL");
        assertThat(payload.get("blocks").get(1).get("text").get("text").asText())
                .isEqualTo("*data_integrity* — critical (PASS → FAIL)\n3 duplicate keys in loans.parquet\n"
                        + "observed: 3 · threshold: 0");
        JsonNode file =
                ValidationJson.mapper().readTree(workspace.validationReport().toFile());
        assertThat(file.get("alerts").get(0).get("outcome").asText()).isEqualTo("SENT");
        assertThat(file.get("status").asText()).isEqualTo("FAIL");

        clock.advance(Duration.ofHours(1));
        ValidationReport repeat = publisher(config(15, 50, true)).publish(report(CheckStatus.FAIL));
        assertThat(repeat.alerts()).isEmpty();
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void a500IsRetriedWithBackoffUntilItSucceeds() {
        slack.stubFor(post(HOOK_PATH)
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serverError())
                .willSetStateTo("recovered"));
        slack.stubFor(post(HOOK_PATH)
                .inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(ok()));

        ValidationReport written = publisher(config(15, 50, true)).publish(report(CheckStatus.WARN));

        assertThat(written.alerts()).singleElement().satisfies(delivery -> {
            assertThat(delivery.outcome()).isEqualTo(Outcome.SENT);
            assertThat(delivery.attempts()).isEqualTo(2);
            assertThat(delivery.detail()).isEqualTo("HTTP 200");
        });
        assertThat(backoffs).containsExactly(Duration.ofSeconds(1));
        assertThat(requests()).isEqualTo(2);
    }

    @Test
    void aWebhookThatTimesOutIsRecordedButNeverChangesTheVerdict() throws Exception {
        slack.stubFor(post(HOOK_PATH).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
        AlertStateStore store =
                new AlertStateStore(workspace.validationHistoryDir().resolve(AlertStateStore.FILE_NAME));
        store.save(new AlertState(
                Map.of(
                        "data_integrity",
                        new AlertState.CheckState(
                                CheckStatus.FAIL, T0.minusSeconds(7200), CheckStatus.FAIL, T0.minusSeconds(7200))),
                List.of()));

        ValidationReport written = publisher(config(15, 50, true)).publish(report(CheckStatus.PASS));

        assertThat(written.status()).isEqualTo(ReportStatus.PASS);
        assertThat(written.alerts()).singleElement().satisfies(delivery -> {
            assertThat(delivery.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(delivery.attempts()).isEqualTo(3);
            assertThat(delivery.detail()).isEqualTo("timed out after 500 ms");
        });
        assertThat(backoffs).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        JsonNode file =
                ValidationJson.mapper().readTree(workspace.validationReport().toFile());
        assertThat(file.get("status").asText()).isEqualTo("PASS");
        assertThat(file.get("alerts").get(0).get("outcome").asText()).isEqualTo("FAILED");
        assertThat(store.load().checks().get("data_integrity").announced())
                .as("a failed send stays pending")
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void cooldownHoldsAFlapAndTheChangeIsSentOnceTheCooldownIsOver() {
        ValidationPublisher publisher = publisher(config(15, 50, true));
        assertThat(publisher.publish(report(CheckStatus.FAIL)).alerts())
                .extracting(AlertDelivery::outcome)
                .containsExactly(Outcome.SENT);

        clock.advance(Duration.ofMinutes(5));
        List<AlertDelivery> flap = publisher.publish(report(CheckStatus.PASS)).alerts();
        assertThat(flap).singleElement().satisfies(delivery -> {
            assertThat(delivery.outcome()).isEqualTo(Outcome.SUPPRESSED);
            assertThat(delivery.detail()).startsWith("cooldown");
        });

        clock.advance(Duration.ofMinutes(5));
        assertThat(publisher.publish(report(CheckStatus.FAIL)).alerts())
                .as("back to what was announced")
                .isEmpty();
        assertThat(requests()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(10));
        List<AlertDelivery> recovery =
                publisher.publish(report(CheckStatus.PASS)).alerts();
        assertThat(recovery).extracting(AlertDelivery::outcome).containsExactly(Outcome.SENT);
        assertThat(requests()).isEqualTo(2);
        String body =
                slack.findAll(postRequestedFor(urlEqualTo(HOOK_PATH))).get(1).getBodyAsString();
        assertThat(body).contains("[resolved]").contains("data_integrity FAIL→PASS");
    }

    @Test
    void theDailyCapHoldsMessagesForTwentyFourHours() {
        ValidationPublisher publisher = publisher(config(0, 2, true));
        CheckStatus[] statuses = {CheckStatus.FAIL, CheckStatus.PASS, CheckStatus.FAIL};
        List<Outcome> outcomes = new ArrayList<>();
        for (CheckStatus status : statuses) {
            outcomes.add(publisher.publish(report(status)).alerts().get(0).outcome());
            clock.advance(Duration.ofHours(1));
        }
        assertThat(outcomes).containsExactly(Outcome.SENT, Outcome.SENT, Outcome.SUPPRESSED);
        assertThat(requests()).isEqualTo(2);

        clock.set(T0.plus(Duration.ofHours(25)));
        assertThat(publisher.publish(report(CheckStatus.FAIL)).alerts())
                .extracting(AlertDelivery::outcome)
                .containsExactly(Outcome.SENT);
        assertThat(requests()).isEqualTo(3);
    }

    @Test
    void theWebhookUrlNeverAppearsInPayloadsReportsOrState() throws Exception {
        String url = slack.baseUrl() + HOOK_PATH;
        ValidationReport report = ValidationReport.of(
                clock.instant(),
                "production",
                List.of(CheckResult.fail("alerts", null, null, "cannot reach " + url)),
                List.of(),
                Map.of(),
                List.of());

        publisher(config(15, 50, true)).publish(report);

        String body =
                slack.findAll(postRequestedFor(urlEqualTo(HOOK_PATH))).get(0).getBodyAsString();
        assertThat(body).doesNotContain("xoxb-hook-secret-4711").contains("cannot reach ***");
        assertThat(Files.readString(workspace.validationReport())).doesNotContain("xoxb-hook-secret-4711");
        assertThat(Files.readString(workspace.validationHistoryDir().resolve(AlertStateStore.FILE_NAME)))
                .doesNotContain("xoxb-hook-secret-4711");
    }

    @Test
    void disabledAlertsSendNothing() {
        ValidationReport written = publisher(config(15, 50, false)).publish(report(CheckStatus.FAIL));

        assertThat(written.alerts()).isEmpty();
        assertThat(requests()).isZero();
    }

    @Test
    void aBlankWebhookUrlIsAConfigurationErrorNamingTheKey() {
        SlackConfig blank = new SlackConfig(true, " ", 15, 50, 5);

        assertThatThrownBy(() -> SlackWebhookSender.standard(blank))
                .isInstanceOf(ConfigException.class)
                .hasMessage(
                        "config/pipeline.yml: alerts.slack.webhook_url: is required when alerts.slack.enabled is true");
    }

    @Test
    void aDamagedStateFileIsReportedAndLeftAsItWas() throws Exception {
        Path stateFile = workspace.validationHistoryDir().resolve(AlertStateStore.FILE_NAME);
        Files.createDirectories(stateFile.getParent());
        Files.writeString(stateFile, "{\"checks\": [");

        ValidationReport written = publisher(config(15, 50, true)).publish(report(CheckStatus.FAIL));

        assertThat(written.status()).isEqualTo(ReportStatus.FAIL);
        assertThat(written.alerts()).singleElement().satisfies(delivery -> {
            assertThat(delivery.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(delivery.detail())
                    .startsWith(
                            "alerting failed: " + stateFile + ": alert state unreadable (delete it to start afresh)");
        });
        assertThat(Files.readString(stateFile)).isEqualTo("{\"checks\": [");
        assertThat(requests()).isZero();
    }
}
