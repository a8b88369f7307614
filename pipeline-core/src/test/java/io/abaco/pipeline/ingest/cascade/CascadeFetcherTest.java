package io.abaco.pipeline.ingest.cascade;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.abaco.config.Workspace;
import io.abaco.config.model.CascadeConfig;
import io.abaco.config.model.CircuitBreakerConfig;
import io.abaco.config.model.DeduplicationConfig;
import io.abaco.config.model.IngestionConfig;
import io.abaco.config.model.RetryConfig;
import io.abaco.error.ExternalServiceException;
import io.abaco.error.InputDataException;
import io.abaco.fs.Hashing;
import io.abaco.pipeline.ingest.Ingestion;
import io.abaco.pipeline.ingest.IngestionRequest;
import io.abaco.pipeline.ingest.IngestionResult;
import io.abaco.pipeline.ingest.TapeConsumer;
import io.abaco.pipeline.ingest.TapeHeader;
import io.abaco.pipeline.ingest.TapeRow;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CascadeFetcherTest {
    private static final String TOKEN = "tok-Zq8s3cr3t-value";
    private static final String CSV =
            """
            loan_id,measurement_date,total_receivable_usd,total_eligible_usd,discounted_balance_usd
            L1,2024-01-31,100,90,80
            L2,2024-01-31,200,180,160
            """;
    private static final String JSON =
            """
            {"data": [
              {"loan_id": "L1", "measurement_date": "2024-01-31", "total_receivable_usd": 100,
               "total_eligible_usd": 90, "discounted_balance_usd": 80}
            ]}
            """;

    @TempDir
    Path root;

    static WireMockServer server;
    FakeTime time = new FakeTime();
    CascadeFetcher fetcher;
    Workspace workspace;
    Path staging;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void setUp() {
        server.resetAll();
        fetcher = new CascadeFetcher(HttpClient.newHttpClient(), time, new SplittableRandom(1), new EndpointGuards());
        workspace = new Workspace(root);
        staging = root.resolve("logs/runs/run_x");
    }

    private CascadeConfig config(String auth, int maxRetries, double timeoutSeconds, int failureThreshold) {
        return new CascadeConfig(
                "http://127.0.0.1:" + server.port(),
                "/export/{portfolio_id}/tape",
                "p 1",
                auth,
                "cascade_session",
                TOKEN,
                timeoutSeconds,
                new RetryConfig(maxRetries, 1.5, 0.0),
                0,
                new CircuitBreakerConfig(failureThreshold, 120));
    }

    private CascadeConfig config() {
        return config("bearer", 3, 5, 5);
    }

    private static final String PATH = "/export/p%201/tape";

    private String url() {
        return "http://127.0.0.1:" + server.port() + PATH;
    }

    private List<TapeRow> ingest(CascadeConfig cascade, List<IngestionResult> results) {
        IngestionConfig config =
                new IngestionConfig("cascade_http", null, true, new DeduplicationConfig(false, List.of()), cascade);
        List<TapeRow> rows = new ArrayList<>();
        TapeConsumer consumer = new TapeConsumer() {
            @Override
            public void begin(TapeHeader header) {
                assertThat(header.source()).isEqualTo(url());
            }

            @Override
            public void accept(TapeRow row) {
                rows.add(row);
            }
        };
        results.add(
                Ingestion.ingest(new IngestionRequest(config, workspace, null, staging, Map.of()), consumer, fetcher));
        return rows;
    }

    @Test
    void bearerTokenCsvBodyIsArchivedAndRead() throws Exception {
        server.stubFor(get(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/csv; charset=utf-8")
                        .withBody(CSV)));
        List<IngestionResult> results = new ArrayList<>();

        List<TapeRow> rows = ingest(config(), results);

        assertThat(rows).extracting(TapeRow::loanId).containsExactly("L1", "L2");
        IngestionResult result = results.get(0);
        assertThat(result.archivedInput()).isEqualTo(staging.resolve("input.csv"));
        assertThat(Files.readString(result.archivedInput())).isEqualTo(CSV);
        assertThat(result.inputSha256()).isEqualTo(Hashing.sha256Hex(CSV));
        assertThat(result.header().format()).isEqualTo("csv");
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void cookieAuthJsonBody() throws Exception {
        server.stubFor(get(urlEqualTo(PATH))
                .withHeader("Cookie", equalTo("cascade_session=" + TOKEN))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(JSON)));
        List<IngestionResult> results = new ArrayList<>();

        List<TapeRow> rows = ingest(config("cookie", 0, 5, 5), results);

        assertThat(rows).extracting(TapeRow::loanId).containsExactly("L1");
        assertThat(results.get(0).archivedInput()).isEqualTo(staging.resolve("input.json"));
        assertThat(results.get(0).header().format()).isEqualTo("json");
        server.verify(1, getRequestedFor(urlEqualTo(PATH)).withoutHeader("Authorization"));
    }

    @Test
    void slowResponseTimesOutThenTheRetrySucceeds() {
        server.stubFor(get(urlEqualTo(PATH))
                .inScenario("slow")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withFixedDelay(3000)
                        .withHeader("Content-Type", "text/csv")
                        .withBody(CSV))
                .willSetStateTo("fast"));
        server.stubFor(get(urlEqualTo(PATH))
                .inScenario("slow")
                .whenScenarioStateIs("fast")
                .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody(CSV)));

        FetchedBody body = fetcher.fetch(config("bearer", 3, 0.3, 5), staging);

        assertThat(body.file()).hasContent(CSV.strip());
        assertThat(time.sleeps).containsExactly(Duration.ofMillis(1500));
        server.verify(2, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void serverErrorThenSuccess() {
        server.stubFor(get(urlEqualTo(PATH))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("ok"));
        server.stubFor(get(urlEqualTo(PATH))
                .inScenario("flaky")
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody(CSV)));

        FetchedBody body = fetcher.fetch(config(), staging);

        assertThat(body.file()).isEqualTo(staging.resolve("input.csv"));
        assertThat(time.sleeps).containsExactly(Duration.ofMillis(1500));
    }

    @Test
    void tooManyRequestsHonoursRetryAfter() {
        server.stubFor(get(urlEqualTo(PATH))
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
                .willSetStateTo("ok"));
        server.stubFor(get(urlEqualTo(PATH))
                .inScenario("busy")
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody(CSV)));

        fetcher.fetch(config(), staging);

        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void persistentServerErrorGivesUpAfterBackingOffExponentially() {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> fetcher.fetch(config(), staging))
                .isInstanceOf(ExternalServiceException.class)
                .hasMessage("Cascade export " + url() + ": HTTP 503 (gave up after 4 attempts)");
        assertThat(time.sleeps)
                .containsExactly(Duration.ofMillis(1500), Duration.ofMillis(3000), Duration.ofMillis(6000));
        assertThat(Files.exists(staging.resolve("input.csv"))).isFalse();
    }

    @Test
    void clientErrorIsNotRetriedAndNeverShowsTheToken() {
        server.stubFor(
                get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401).withBody("bad token " + TOKEN)));

        assertThatThrownBy(() -> fetcher.fetch(config(), staging))
                .isInstanceOf(ExternalServiceException.class)
                .hasMessage("Cascade export " + url() + ": HTTP 401")
                .message()
                .doesNotContain(TOKEN);
        server.verify(1, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void droppedConnectionIsRetriedThenReported() {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> fetcher.fetch(config("bearer", 1, 5, 5), staging))
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageStartingWith("Cascade export " + url() + ": connection failed: ")
                .hasMessageEndingWith(" (gave up after 2 attempts)")
                .message()
                .doesNotContain(TOKEN);
        server.verify(2, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void unexpectedContentTypeIsRefused() {
        server.stubFor(get(urlEqualTo(PATH))
                .willReturn(aResponse().withHeader("Content-Type", "text/html").withBody("<html>login</html>")));

        assertThatThrownBy(() -> fetcher.fetch(config(), staging))
                .isInstanceOf(ExternalServiceException.class)
                .hasMessage("Cascade export " + url() + " answered with Content-Type text/html; expected text/csv or"
                        + " application/json (an expired session answers with a login page)");
        assertThat(staging).doesNotExist();
    }

    @Test
    void malformedJsonBodyIsBadInputNamingTheArchivedBody() {
        server.stubFor(get(urlEqualTo(PATH))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"data\": [ {\"loan_id\": ")));

        assertThatThrownBy(() -> ingest(config(), new ArrayList<>()))
                .isInstanceOf(InputDataException.class)
                .hasMessage("logs/runs/run_x/input.json:1:24: malformed JSON: Unexpected end-of-input within/between"
                        + " Object entries");
    }

    @Test
    void openBreakerRefusesWithoutARequestThenHalfOpensAfterTheReset() {
        server.stubFor(get(urlEqualTo(PATH))
                .inScenario("down")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)));
        CascadeConfig config = config("bearer", 0, 5, 2);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> fetcher.fetch(config, staging))
                    .hasMessage("Cascade export " + url() + ": HTTP 500");
        }
        assertThatThrownBy(() -> fetcher.fetch(config, staging))
                .isInstanceOf(ExternalServiceException.class)
                .hasMessage("Cascade export " + url() + ": circuit breaker open after 2 consecutive failed fetches;"
                        + " not calling it for another 120 s");
        server.verify(2, getRequestedFor(urlEqualTo(PATH)));

        time.advance(Duration.ofSeconds(119));
        assertThatThrownBy(() -> fetcher.fetch(config, staging)).hasMessageEndingWith("for another 1 s");
        server.verify(2, getRequestedFor(urlEqualTo(PATH)));

        server.stubFor(get(urlEqualTo(PATH))
                .inScenario("down")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody(CSV)));
        time.advance(Duration.ofSeconds(1));
        fetcher.fetch(config, staging);
        fetcher.fetch(config, staging);
        server.verify(4, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void rateLimitSpacesRequests() {
        server.stubFor(get(urlEqualTo(PATH))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody(CSV)));
        CascadeConfig limited = new CascadeConfig(
                "http://127.0.0.1:" + server.port(),
                PATH,
                null,
                "bearer",
                null,
                TOKEN,
                5,
                new RetryConfig(0, 1, 0),
                2,
                new CircuitBreakerConfig(3, 60));

        fetcher.fetch(limited, staging);
        fetcher.fetch(limited, staging);

        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void halfOpenBreakerLetsOneTrialThroughAtATime() {
        CascadeConfig config = config("bearer", 0, 5, 1);
        EndpointGuards guards = new EndpointGuards();
        CascadeFetcher guarded = new CascadeFetcher(HttpClient.newHttpClient(), time, new SplittableRandom(1), guards);
        guards.forBaseUrl(config).breaker().recordFailure(time.nanoTime());
        time.advance(Duration.ofSeconds(120));
        assertThat(guards.forBaseUrl(config).breaker().refusal(time.nanoTime()))
                .as("this caller takes the trial")
                .isZero();

        assertThatThrownBy(() -> guarded.fetch(config, staging))
                .isInstanceOf(ExternalServiceException.class)
                .hasMessage("Cascade export " + url()
                        + ": circuit breaker half-open; a trial fetch is in flight, try again when it ends");
        server.verify(0, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aRunFromALocalFileNeverBuildsTheHttpClient() throws Exception {
        Files.writeString(root.resolve("tape.csv"), CSV);
        IngestionConfig config =
                new IngestionConfig("file", "tape.csv", true, new DeduplicationConfig(false, List.of()), config());
        IngestionRequest request = new IngestionRequest(config, workspace, null, staging, Map.of());
        AtomicInteger built = new AtomicInteger();
        CascadeFetcher lazy = new CascadeFetcher(
                () -> {
                    built.incrementAndGet();
                    return HttpClient.newHttpClient();
                },
                time,
                new SplittableRandom(1),
                new EndpointGuards());

        assertThat(Ingestion.ingest(request, rowCounter(), lazy).rowsRead()).isEqualTo(2);
        // the product's path: no test in this module fetches through the shared fetcher
        assertThat(Ingestion.ingest(request, rowCounter()).rowsRead()).isEqualTo(2);

        assertThat(built).hasValue(0);
        assertThat(lazy.clientCreated()).isFalse();
        assertThat(CascadeFetcher.shared().clientCreated()).isFalse();
    }

    @Test
    void theHttpClientIsBuiltAtTheFirstFetchAndThenReused() {
        server.stubFor(get(urlEqualTo(PATH))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody(CSV)));
        AtomicInteger built = new AtomicInteger();
        CascadeFetcher lazy = new CascadeFetcher(
                () -> {
                    built.incrementAndGet();
                    return HttpClient.newHttpClient();
                },
                time,
                new SplittableRandom(1),
                new EndpointGuards());

        lazy.fetch(config(), staging);
        lazy.fetch(config(), staging);

        assertThat(built).hasValue(1);
        assertThat(lazy.clientCreated()).isTrue();
        server.verify(2, getRequestedFor(urlEqualTo(PATH)));
    }

    private static TapeConsumer rowCounter() {
        return new TapeConsumer() {
            @Override
            public void begin(TapeHeader header) {}

            @Override
            public void accept(TapeRow row) {}
        };
    }
}
