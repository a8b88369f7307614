package io.abaco.runbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepRunnerTest {
    @TempDir
    Path workspace;

    private static RunbookStep step(int expectedExit, List<String> output, String... arguments) {
        return new RunbookStep("cutover.md", 42, List.of(arguments), expectedExit, output);
    }

    @Test
    void resolvesThePlaceholderAndAddsTheWorkspaceWhenTheCommandNamesNone() {
        StepRunner runner = new StepRunner(workspace, Map.of());
        assertThat(runner.arguments(step(0, List.of(), "init", "/srv/abaco")))
                .containsExactly("-w", workspace.toString(), "init", workspace.toString());
        assertThat(runner.arguments(step(0, List.of(), "-w", "/srv/abaco/sub", "status")))
                .containsExactly("-w", workspace + "/sub", "status");
        assertThat(runner.arguments(step(0, List.of(), "--workspace=/srv/abaco", "status")))
                .containsExactly("--workspace=" + workspace, "status");
    }

    @Test
    void runsInProcessAndWritesTheWorkspaceBackAsThePlaceholder() {
        StepRunner runner = new StepRunner(workspace, Map.of());
        StepRunner.Outcome outcome = runner.run(step(2, List.of(), "status"));
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.output())
                .contains("/srv/abaco is not an abaco workspace")
                .doesNotContain(workspace.toString());
    }

    @Test
    void aDifferentExitCodeIsDriftNamingTheLineAndTheCommand() {
        RunbookStep documented = step(0, List.of(), "cutover", "run", "--dry-run");
        assertThat(StepRunner.drift(documented, new StepRunner.Outcome(2, "abaco: unknown option '--dry-run'\n")))
                .hasValueSatisfying(message -> assertThat(message)
                        .startsWith("cutover.md:42: abaco cutover run --dry-run\n  exit 2, the runbook expects 0")
                        .contains("    abaco: unknown option '--dry-run'"));
    }

    @Test
    void aMissingDocumentedLineIsDriftEvenWhenTheExitCodeMatches() {
        RunbookStep documented = step(0, List.of("[1/6] preflight …", "cutover c-…: PASS"), "cutover", "run");
        assertThat(StepRunner.drift(documented, new StepRunner.Outcome(0, "[1/6] preflight …\ncutover c-1: FAIL\n")))
                .hasValueSatisfying(message ->
                        assertThat(message).contains("documented output not printed (in order): cutover c-…: PASS"));
        assertThat(StepRunner.drift(documented, new StepRunner.Outcome(0, "[1/6] preflight …\ncutover c-1: PASS\n")))
                .isEmpty();
    }
}
