package io.abaco.runbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Executes every command of every runbook, in {@link Runbooks#ORDER} and in the order written, against one fresh
 * demo workspace, and fails naming {@code file:line} and the command at the first exit code or documented output
 * line that the CLI no longer matches. Runs after {@code cli} is packaged: the cutover starts V2 with the
 * packaged {@code bin/abaco serve}.
 */
class RunbooksExecuteIT {
    @TempDir
    Path temporary;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyRunbookCommandDoesWhatItsRunbookSays() throws Exception {
        Path home = Runbooks.repositoryRoot();
        assertThat(home.resolve("cli/target/abaco-cli.jar"))
                .as("the packaged CLI (bin/abaco serve is started by the cutover); build cli first")
                .isRegularFile();
        DemoWorkspace demo = new DemoWorkspace(temporary.toRealPath().resolve("abaco"));
        Map<String, String> environment = demo.environment(home);
        StepRunner runner = new StepRunner(demo.directory(), environment);
        List<RunbookStep> steps = Runbooks.stepsInOrder(Runbooks.directory());
        try {
            for (RunbookStep step : steps) {
                StepRunner.Outcome outcome = runner.run(step);
                Optional<String> drift = StepRunner.drift(step, outcome);
                if (drift.isPresent()) fail("runbook drift at " + drift.get());
                demo.adjustOnce();
                V2FirstRun.await(demo.directory(), demo.port());
            }
        } finally {
            ServiceCleanup.stopEverything(demo.directory(), environment);
        }
        assertThat(steps).hasSizeGreaterThan(Runbooks.ORDER.size());
    }
}
