package io.abaco.cutover.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.config.Workspace;
import io.abaco.cutover.Phase;
import io.abaco.cutover.journal.PhaseProgress;
import io.abaco.cutover.report.PhaseReport;
import io.abaco.error.ExternalServiceException;
import io.abaco.error.StateRefusedException;
import io.abaco.validation.CheckResult;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CutoverRunnerTest {
    @TempDir
    Path root;

    private final List<PhaseReport> reports = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Phase> executed = new ArrayList<>();

    private final CutoverRecorder recorder = new CutoverRecorder() {
        @Override
        public int phaseStarted(Phase phase) {
            return 1;
        }

        @Override
        public void note(Phase phase, String message) {
            notes.add(phase.cliName() + ": " + message);
        }

        @Override
        public void phaseFinished(PhaseReport report) {
            reports.add(report);
        }
    };

    private CutoverContext context() {
        return new CutoverContext(
                "c-test",
                new Workspace(root),
                null,
                Map.of(),
                false,
                null,
                recorder,
                CutoverProgress.SILENT,
                Clock.systemUTC());
    }

    private Map<Phase, PhaseWork> allPassingExcept(Phase special, PhaseWork work) {
        Map<Phase, PhaseWork> works = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            works.put(
                    phase,
                    phase == special
                            ? work
                            : context -> {
                                executed.add(phase);
                                return new PhaseOutcome(
                                        List.of(CheckResult.pass("done", 1, null, "measured")), List.of());
                            });
        }
        return works;
    }

    @Test
    void runsEveryPhaseInOrderAndPasses() {
        CutoverResult result = new CutoverRunner(allPassingExcept(null, null)).runAll(context());

        assertThat(result.status()).isEqualTo("PASS");
        assertThat(executed).containsExactly(Phase.values());
        assertThat(result.nextCommand()).isNull();
    }

    @Test
    void stopsAtTheFirstFailedCheckAndStillWritesItsReport() {
        PhaseWork failing = context -> new PhaseOutcome(
                List.of(CheckResult.fail("kpi_variance", 2.5, 1.0, "par_30 differs by 2.5%")), List.of());
        CutoverResult result = new CutoverRunner(allPassingExcept(Phase.STAGING_VALIDATE, failing)).runAll(context());

        assertThat(result.status()).isEqualTo("FAIL");
        assertThat(executed).containsExactly(Phase.PREFLIGHT, Phase.BACKUP);
        assertThat(reports)
                .extracting(PhaseReport::phase)
                .containsExactly(Phase.PREFLIGHT, Phase.BACKUP, Phase.STAGING_VALIDATE);
        assertThat(reports.get(2).error()).isEqualTo("kpi_variance: par_30 differs by 2.5%");
        assertThat(result.nextCommand()).contains("abaco cutover resume").contains("abaco rollback");
    }

    @Test
    void aPhaseThatThrowsIsReportedAsFailedThenRethrown() {
        PhaseWork throwing = context -> {
            throw new ExternalServiceException("V1 did not stop within 10 s");
        };
        CutoverRunner runner = new CutoverRunner(allPassingExcept(Phase.V1_STOP, throwing));

        assertThatThrownBy(() -> runner.runAll(context())).isInstanceOf(ExternalServiceException.class);
        PhaseReport last = reports.get(reports.size() - 1);
        assertThat(last.phase()).isEqualTo(Phase.V1_STOP);
        assertThat(last.status()).isEqualTo(io.abaco.cutover.report.PhaseStatus.FAIL);
        assertThat(last.error()).isEqualTo("V1 did not stop within 10 s");
    }

    @Test
    void aPhaseThatMeasuredNothingCannotPass() {
        PhaseWork empty = context -> new PhaseOutcome(List.of(), List.of());
        CutoverResult result = new CutoverRunner(allPassingExcept(Phase.PREFLIGHT, empty)).runAll(context());

        assertThat(result.status()).isEqualTo("FAIL");
        assertThat(reports.get(0).error()).isEqualTo("the phase measured nothing");
    }

    @Test
    void resumeStartsAtTheFirstPhaseNotPassed() {
        CutoverRunner runner = new CutoverRunner(allPassingExcept(null, null));
        CutoverResult result =
                runner.resume(context(), phase -> phase.order() < 3 ? PhaseProgress.PASSED : PhaseProgress.INTERRUPTED);

        assertThat(executed).containsExactly(Phase.V1_STOP, Phase.V2_ACTIVATE, Phase.POST_VALIDATE);
        assertThat(result.status()).isEqualTo("PASS");
    }

    @Test
    void resumeOfACompleteCutoverIsRefusedByState() {
        CutoverRunner runner = new CutoverRunner(allPassingExcept(null, null));
        assertThatThrownBy(() -> runner.resume(context(), phase -> PhaseProgress.PASSED))
                .isInstanceOf(StateRefusedException.class)
                .hasMessageContaining("already complete");
    }

    @Test
    void aPhaseWhosePredecessorHasNotPassedIsRefused() {
        CutoverRunner runner = new CutoverRunner(allPassingExcept(null, null));
        assertThatThrownBy(() -> runner.runOne(
                        Phase.V2_ACTIVATE,
                        context(),
                        phase -> phase == Phase.V1_STOP ? PhaseProgress.FAILED : PhaseProgress.PASSED))
                .isInstanceOf(StateRefusedException.class)
                .hasMessage("phase order: v2-activate needs v1-stop to pass first (it is failed); run 'abaco cutover"
                        + " v1-stop' or 'abaco cutover resume'");
        assertThat(executed).isEmpty();
        assertThat(reports).isEmpty();
    }
}
