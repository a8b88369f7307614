package io.abaco.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.Secrets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonOutputTest {
    record Check(String name, double observedValue) {}

    record Report(String cutoverId, Instant startedAt, List<Check> checks, String webhookUrl) {}

    @Test
    void recordsPrintWithSnakeCaseKeysIsoTimesAndSecretsRedacted() {
        Secrets.register("https://hooks.example/T1/B2/s3cr3tpath");
        StringWriter out = new StringWriter();

        JsonOutput.print(
                new PrintWriter(out),
                new Report(
                        "c-20260101",
                        Instant.parse("2026-01-01T03:00:00Z"),
                        List.of(new Check("disk_space", 12.5)),
                        "https://hooks.example/T1/B2/s3cr3tpath"));

        assertThat(out.toString())
                .contains("\"cutover_id\" : \"c-20260101\"")
                .contains("\"started_at\" : \"2026-01-01T03:00:00Z\"")
                .contains("\"observed_value\" : 12.5")
                .contains("\"webhook_url\" : \"***\"")
                .doesNotContain("s3cr3tpath");
    }
}
