package io.abaco.runbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunbookParserTest {
    @Test
    void readsCommandsExpectedOutputAndExitCodesFromAbacoBlocksOnly() {
        String markdown = String.join(
                "\n",
                "# Cutover",
                "```bash",
                "abaco not-a-step",
                "```",
                "```abaco",
                "$ abaco cutover status --json",
                "\"state\": \"completed\"",
                "$ abaco cutover resume",
                "# expect exit 3",
                "```",
                "");
        List<RunbookStep> steps = RunbookParser.parse("cutover.md", markdown);

        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).arguments()).containsExactly("cutover", "status", "--json");
        assertThat(steps.get(0).expectedOutput()).containsExactly("\"state\": \"completed\"");
        assertThat(steps.get(0).location()).isEqualTo("cutover.md:6");
        assertThat(steps.get(1).expectedExit()).isEqualTo(3);
    }

    @Test
    void splitsQuotedArgumentsLikeAShell() {
        assertThat(RunbookParser.split(" config show --env 'prod env' \"a b\"", "f", 1))
                .containsExactly("config", "show", "--env", "prod env", "a b");
    }

    @Test
    void refusesAnUnclosedBlock() {
        assertThatThrownBy(() -> RunbookParser.parse("x.md", "```abaco\n$ abaco status\n"))
                .hasMessage("x.md: an ```abaco block is never closed");
    }

    @Test
    void matchesDocumentedLinesInOrderWithWildcards() {
        String actual = "[1/6] preflight … PASS (0.4 s)\n[2/6] backup … PASS (1.2 s)\n";
        assertThat(OutputMatcher.firstMissing(List.of("[1/6] preflight … PASS…", "[2/6] backup…"), actual))
                .isEmpty();
        assertThat(OutputMatcher.firstMissing(List.of("[2/6] backup…", "[1/6] preflight…"), actual))
                .contains("[1/6] preflight…");
    }
}
