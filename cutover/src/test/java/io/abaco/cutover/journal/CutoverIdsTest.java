package io.abaco.cutover.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CutoverIdsTest {
    @TempDir
    Path root;

    @Test
    void idsAreUtcTimestampsAndReserveTheirDirectory() {
        Workspace workspace = new Workspace(root);
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:15:00Z"), ZoneOffset.UTC);

        String first = CutoverIds.next(workspace, clock);
        String second = CutoverIds.next(workspace, clock);

        assertThat(first).isEqualTo("c-20261122T081500Z");
        assertThat(second).isEqualTo("c-20261122T081500Z-2");
        assertThat(workspace.cutoverDir(first)).isDirectory();
        assertThat(workspace.cutoverDir(second)).isDirectory();
    }

    @Test
    void theCurrentCutoverIsTheLatestStarted() throws Exception {
        Workspace workspace = new Workspace(root);
        assertThat(CutoverIds.current(workspace)).isEmpty();
        for (String id : new String[] {"c-20261122T081500Z-10", "c-20261121T235959Z", "c-20261122T081500Z-2"}) {
            Files.createDirectories(workspace.cutoverDir(id));
        }
        Files.createDirectories(workspace.cutoverDir("not-a-cutover"));

        assertThat(CutoverIds.all(workspace))
                .containsExactly("c-20261121T235959Z", "c-20261122T081500Z-2", "c-20261122T081500Z-10");
        assertThat(CutoverIds.current(workspace)).contains("c-20261122T081500Z-10");
    }
}
