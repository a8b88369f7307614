package io.abaco.cutover.run;

import io.abaco.cutover.Phase;
import io.abaco.cutover.journal.CutoverLog;
import io.abaco.cutover.journal.Journal;
import io.abaco.cutover.journal.JournalEvent;
import io.abaco.cutover.report.PhaseReport;
import io.abaco.cutover.report.PhaseReportWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** The recorder of a real cutover: journal.jsonl, cutover.log and NN-phase.json in the cutover directory. */
public final class JournaledRecorder implements CutoverRecorder {
    private final Path cutoverDir;
    private final Journal journal;
    private final CutoverLog log;
    private final Map<Phase, Integer> attempts = new EnumMap<>(Phase.class);

    public JournaledRecorder(Path cutoverDir, String cutoverId, Clock clock) {
        this.cutoverDir = cutoverDir;
        this.journal = new Journal(cutoverDir, cutoverId, clock);
        this.log = new CutoverLog(cutoverDir, clock);
    }

    @Override
    public int phaseStarted(Phase phase) {
        int attempt = journal.nextAttempt(phase);
        attempts.put(phase, attempt);
        journal.append(phase, JournalEvent.STARTED, attempt, null);
        return attempt;
    }

    @Override
    public void note(Phase phase, String message) {
        log.log(phase.cliName(), message);
    }

    @Override
    public void phaseFinished(PhaseReport report) {
        // The report goes first: a crash between the two leaves a report and an unfinished journal entry, which
        // status shows as interrupted and resume re-runs — never a PASS without its report.
        PhaseReportWriter.write(cutoverDir, report);
        JournalEvent event =
                switch (report.status()) {
                    case PASS -> JournalEvent.PASSED;
                    case FAIL -> JournalEvent.FAILED;
                    case SKIPPED -> JournalEvent.SKIPPED;
                };
        journal.append(report.phase(), event, attempts.getOrDefault(report.phase(), 1), report.error());
    }

    /** Notes outside a phase (lock takeovers, rollback steps). */
    public void note(String label, String message) {
        log.log(label, message);
    }
}
