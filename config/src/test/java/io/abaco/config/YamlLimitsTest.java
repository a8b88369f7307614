package io.abaco.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken YAML is a problem naming the file, never an out-of-memory error or a hang. */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a safety net against a hang, not a measurement
class YamlLimitsTest {
    @TempDir
    Path root;

    ConfigFixture fixture;

    @BeforeEach
    void workspace() {
        fixture = new ConfigFixture(root).master("version: 2\n");
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder yaml =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'j'; level++) {
            char below = (char) (level - 1);
            yaml.append(level).append(": &").append(level).append(" [");
            for (int copy = 0; copy < 9; copy++)
                yaml.append(copy == 0 ? "" : ",").append('*').append(below);
            yaml.append("]\n");
        }
        fixture.environment("development", yaml.toString());

        assertThat(fixture.problems("development"))
                .containsExactly("config/environments/development.yml: more than 50 aliases to collections: refusing a"
                        + " possible YAML bomb");
    }

    @Test
    void aBombWithinTheAliasLimitIsRefusedByTheExpansionBudget() {
        StringBuilder yaml = new StringBuilder("l0: &l0 [x, x]\n");
        for (int level = 1; level <= 24; level++) {
            yaml.append("l")
                    .append(level)
                    .append(": &l")
                    .append(level)
                    .append(" [*l")
                    .append(level - 1)
                    .append(", *l")
                    .append(level - 1)
                    .append("]\n");
        }
        fixture.environment("development", yaml.toString());

        assertThat(fixture.problems("development"))
                .containsExactly("config/environments/development.yml: aliases expand to more than 100000 values:"
                        + " refusing a possible YAML bomb");
    }

    @Test
    void deepNestingIsRefused() {
        fixture.environment("development", "deep: " + "[".repeat(200) + "]".repeat(200) + "\n");

        assertThat(fixture.problems("development"))
                .containsExactly("config/environments/development.yml: YAML nested more than 40 levels deep");
    }

    @Test
    void aRecursiveAliasIsAProblemNotALoop() {
        fixture.environment("development", "serve: &loop {host: *loop}\n");

        assertThat(fixture.problems("development"))
                .containsExactly("config/environments/development.yml:1:8: serve.host: an alias refers to a value that"
                        + " contains it (recursive alias)");
    }

    @Test
    void aHugeFileIsRefusedWithoutReadingIt() throws Exception {
        fixture.environment("development", "# " + "x".repeat(5 * 1024 * 1024) + "\n");

        assertThat(fixture.problems("development"))
                .containsExactly("config/environments/development.yml: file is larger than 4 MiB");
    }

    @Test
    void aFileThatIsNotAMapOrNotUtf8IsRefused() throws Exception {
        fixture.environment("development", "- just\n- a list\n");
        assertThat(fixture.problems("development"))
                .containsExactly("config/environments/development.yml:1:1: expected a map of settings at the top of"
                        + " the file");

        Files.write(root.resolve("config/environments/development.yml"), new byte[] {'a', ':', ' ', (byte) 0xC3});
        assertThat(fixture.problems("development"))
                .containsExactly("config/environments/development.yml: file is not valid UTF-8");
    }

    @Test
    void syntaxErrorsOfBothFilesAreReportedTogether() {
        fixture.master("version: 2\n  bad indent: [\n").environment("development", "serve: {port: 1\n");

        assertThat(fixture.problems("development")).hasSize(2).allSatisfy(problem -> assertThat(problem)
                .contains("invalid YAML"));
    }
}
