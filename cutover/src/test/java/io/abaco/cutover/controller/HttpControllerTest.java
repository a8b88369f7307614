package io.abaco.cutover.controller;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.abaco.config.Workspace;
import io.abaco.error.ExternalServiceException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpControllerTest {
    private static final String TOKEN = "admin-token-5f3a9c";
    private static final String SERVICE = "v2-admin";

    @TempDir
    Path root;

    private static WireMockServer wireMock;

    @BeforeAll
    static void startWireMock() {
        wireMock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        wireMock.start();
    }

    @AfterAll
    static void stopWireMock() {
        wireMock.stop();
    }

    @BeforeEach
    void forgetStubsAndRequests() {
        wireMock.resetAll();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + wireMock.port() + path;
    }

    private ServiceController controller(String healthUrl, double graceSeconds) {
        return ServiceControllers.create(
                "v2",
                ServiceConfigBuilder.controller("http")
                        .urls(url("/admin/start"), url("/admin/stop"), healthUrl)
                        .token(TOKEN)
                        .graceSeconds(graceSeconds)
                        .build(),
                new Workspace(root),
                System.getenv(),
                false);
    }

    /** Health answers 503 until a start request, 200 until a stop request, then 503 again. */
    private void stubStatefulService() {
        wireMock.stubFor(get("/health")
                .inScenario(SERVICE)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)));
        wireMock.stubFor(post("/admin/start")
                .inScenario(SERVICE)
                .whenScenarioStateIs(Scenario.STARTED)
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse().withStatus(202))
                .willSetStateTo("running"));
        wireMock.stubFor(get("/health")
                .inScenario(SERVICE)
                .whenScenarioStateIs("running")
                .willReturn(aResponse().withStatus(200)));
        wireMock.stubFor(post("/admin/stop")
                .inScenario(SERVICE)
                .whenScenarioStateIs("running")
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse().withStatus(200))
                .willSetStateTo("stopped"));
        wireMock.stubFor(get("/health")
                .inScenario(SERVICE)
                .whenScenarioStateIs("stopped")
                .willReturn(aResponse().withStatus(503)));
    }

    @Test
    void startsWithABearerTokenAndWaitsUntilHealthy() {
        stubStatefulService();
        ServiceController controller = controller(url("/health"), 1);

        ControlResult started = controller.start();
        ServiceStatus healthy = controller.waitUntilHealthy(Duration.ofSeconds(5));
        ControlResult again = controller.start();

        assertThat(started)
                .isEqualTo(new ControlResult("start", true, "POST " + url("/admin/start") + " answered 202"));
        assertThat(healthy.observedHealth()).isEqualTo("HTTP 200 from " + url("/health"));
        assertThat(again.changed()).isFalse();
        wireMock.verify(1, postRequestedFor(urlEqualTo("/admin/start")));
    }

    @Test
    void stopsAndWaitsUntilTheHealthUrlNoLongerAnswers200() {
        stubStatefulService();
        ServiceController controller = controller(url("/health"), 1);
        controller.start();

        ControlResult stopped = controller.stop();

        assertThat(stopped.changed()).isTrue();
        assertThat(stopped.message())
                .isEqualTo("POST " + url("/admin/stop") + " answered 200; now HTTP 503 from " + url("/health"));
        assertThat(controller.status().state()).isEqualTo(ServiceState.UNKNOWN);
    }

    @Test
    void aRefusedStartNeverShowsTheToken() {
        wireMock.stubFor(get("/health").willReturn(aResponse().withStatus(503)));
        wireMock.stubFor(post("/admin/start")
                .willReturn(aResponse().withStatus(401).withBody("bad token " + TOKEN + " for admin")));
        ServiceController controller = controller(url("/health"), 1);

        assertThatThrownBy(controller::start)
                .isInstanceOf(ExternalServiceException.class)
                .hasMessage(
                        "v2: start refused: POST " + url("/admin/start") + " answered 401: bad token *** for admin");
        assertThat(controller.describe()).doesNotContain(TOKEN).endsWith("(bearer token set)");
    }

    @Test
    void aServiceStillHealthyAfterTheStopRequestIsAFailure() {
        wireMock.stubFor(get("/health").willReturn(aResponse().withStatus(200)));
        wireMock.stubFor(post("/admin/stop").willReturn(aResponse().withStatus(200)));
        ServiceController controller = controller(url("/health"), 0.3);

        assertThatThrownBy(controller::stop)
                .isInstanceOf(ExternalServiceException.class)
                .hasMessage("v2: still healthy 0.3 s after POST " + url("/admin/stop") + " (HTTP 200 from "
                        + url("/health") + ")");
    }

    @Test
    void aDryRunPostsNothing() {
        wireMock.stubFor(get("/health").willReturn(aResponse().withStatus(200)));
        ServiceController dryRun = ServiceControllers.create(
                "v2",
                ServiceConfigBuilder.controller("http")
                        .urls(url("/admin/start"), url("/admin/stop"), url("/health"))
                        .token(TOKEN)
                        .build(),
                new Workspace(root),
                System.getenv(),
                true);

        ControlResult stop = dryRun.stop();
        ControlResult start = dryRun.start();

        assertThat(stop.message())
                .startsWith("dry run: would stop v2 via http: start POST ")
                .doesNotContain(TOKEN);
        assertThat(start.changed()).isFalse();
        wireMock.verify(0, postRequestedFor(urlEqualTo("/admin/stop")));
        wireMock.verify(0, postRequestedFor(urlEqualTo("/admin/start")));
    }

    @Test
    void nothingListeningMeansStoppedAndStopIsANoOp() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ServiceController controller = controller("http://127.0.0.1:" + closedPort + "/health", 1);

        ServiceStatus status = controller.status();
        ControlResult stop = controller.stop();

        assertThat(status.state()).isEqualTo(ServiceState.STOPPED);
        assertThat(stop.changed()).isFalse();
        wireMock.verify(0, postRequestedFor(urlEqualTo("/admin/stop")));
    }
}
