package io.abaco.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.validation.report.ValidationReport;
import io.abaco.validation.testing.ValidationWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DESIGN §12.5: a database password in the configuration never reaches a report, even in an error message. */
class SecretsInReportsTest {
    @TempDir
    Path root;

    @Test
    void anUnreachableDatabaseIsReportedWithoutItsPassword() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, ValidationWorkspace.RELAXED_THRESHOLDS);
        ws.run();
        ws.reconfigure(
                ValidationWorkspace.RELAXED_THRESHOLDS
                        + "pipeline:\n  output:\n    database: {enabled: true, url: '${ABACO_DB_URL}', password: '${DB_PW}'}\n");
        Map<String, String> env = new HashMap<>(ValidationWorkspace.ENV);
        env.put("ABACO_DB_URL", "jdbc:postgresql://127.0.0.1:1/none?user=abaco&password=url-s3cret");
        env.put("DB_PW", "field-s3cret");
        var config = io.abaco.config.ConfigLoader.load(ws.workspace(), "development", env);

        ValidationReport report = new Validator().validate(ws.workspace(), config, env, ws.clock);

        CheckResult integrity = report.checks().stream()
                .filter(check -> check.name().equals("data_integrity"))
                .findFirst()
                .orElseThrow();
        assertThat(integrity.status()).isEqualTo(CheckStatus.FAIL);
        // the whole URL came from a variable holding a password: it is masked as a whole
        assertThat(integrity.message()).startsWith("database ").contains("127.0.0.1:1 refused");
        try (Stream<Path> files = Stream.concat(
                Stream.of(ws.workspace().validationReport()),
                Files.list(ws.workspace().validationHistoryDir()))) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file)).doesNotContain("url-s3cret").doesNotContain("field-s3cret");
            }
        }
        assertThat(report.toString()).doesNotContain("url-s3cret").doesNotContain("field-s3cret");
    }
}
