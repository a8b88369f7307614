package io.abaco.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** RELIABILITY.md's coverage table is what the suite runs: regenerate it when a case is added or removed. */
class ReliabilityDocumentTest {
    static final Path DOCUMENT =
            Path.of(System.getProperty("abaco.repo.root", "..")).resolve("RELIABILITY.md");

    @Test
    void theCommittedTableMatchesTheDataTables() throws IOException {
        String text = Files.readString(DOCUMENT);
        String committed = text.substring(
                text.indexOf(ReliabilityReport.TABLE_START) + ReliabilityReport.TABLE_START.length() + 1,
                text.indexOf(ReliabilityReport.TABLE_END));

        assertThat(committed)
                .as("RELIABILITY.md is stale: run ./mvnw -B -o -q -Pfull -pl cli -am verify -DskipTests")
                .isEqualTo(ReliabilityReport.table());
        assertThat(ReliabilityReport.coverage().stream()
                        .filter(row -> row.area().equals("bad input"))
                        .mapToInt(ReliabilityReport.Row::cases)
                        .sum())
                .as("the issue asks for at least 60 bad-input cases")
                .isGreaterThanOrEqualTo(60);
    }
}
