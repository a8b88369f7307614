package io.abaco.cutover.journal;

import io.abaco.cutover.Phase;
import io.abaco.cutover.report.CutoverJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of a cutover as its journal tells it: per phase, the last status and the number of attempts.
 *
 * <p>A torn last line (the process died while writing it) is expected after a crash: it is skipped and reported in
 * {@link #tornTail()}. Unreadable lines elsewhere are skipped and listed in {@link #damagedLines()}.
 *
 * @param cutoverId the cutover id from the entries, or null for an empty journal
 * @param phases one state per {@link Phase}, in phase order
 * @param tornTail whether the last line was incomplete
 * @param damagedLines 1-based numbers of lines that could not be read (the torn tail included)
 */
public record JournalState(String cutoverId, List<PhaseState> phases, boolean tornTail, List<Integer> damagedLines) {
    public JournalState {
        phases = List.copyOf(phases);
        damagedLines = List.copyOf(damagedLines);
    }

    /** Reads {@code cutoverDir/journal.jsonl}; a missing journal means no phase has started. */
    public static JournalState read(Path cutoverDir) {
        Path file = cutoverDir.resolve(Journal.FILE_NAME);
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            content = "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return fold(content);
    }

    static JournalState fold(String content) {
        Map<Phase, PhaseState> states = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) states.put(phase, PhaseState.notStarted(phase));
        List<Integer> damaged = new ArrayList<>();
        boolean tornTail = false;
        String cutoverId = null;
        String[] lines = content.split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            boolean last = index == lines.length - 1;
            if (line.isBlank()) continue;
            Optional<JournalEntry> entry = parse(line);
            if (entry.isEmpty()) {
                damaged.add(index + 1);
                tornTail |= last;
                continue;
            }
            JournalEntry event = entry.get();
            if (last) {
                // the newline is written with the entry: without it, even valid JSON was cut before its fsync
                tornTail = true;
                damaged.add(index + 1);
                continue;
            }
            cutoverId = event.cutoverId();
            states.put(event.phase(), apply(states.get(event.phase()), event));
        }
        return new JournalState(cutoverId, List.copyOf(states.values()), tornTail, damaged);
    }

    private static Optional<JournalEntry> parse(String line) {
        try {
            JournalEntry entry = CutoverJson.compact().readValue(line, JournalEntry.class);
            return entry.phase() == null || entry.event() == null ? Optional.empty() : Optional.of(entry);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static PhaseState apply(PhaseState before, JournalEntry entry) {
        int attempts = entry.event() == JournalEvent.STARTED ? before.attempts() + 1 : before.attempts();
        PhaseProgress progress =
                switch (entry.event()) {
                    case STARTED, INTERRUPTED -> PhaseProgress.INTERRUPTED;
                    case PASSED -> PhaseProgress.PASSED;
                    case FAILED -> PhaseProgress.FAILED;
                    case SKIPPED -> PhaseProgress.SKIPPED;
                };
        return new PhaseState(entry.phase(), progress, attempts, entry.at(), entry.detail());
    }

    public PhaseState phase(Phase phase) {
        return phases.get(phase.order());
    }

    /**
     * The phase resume runs next: the first, in order, that has not passed (or been skipped). Empty when every phase
     * is done.
     */
    public Optional<Phase> nextPhase() {
        return phases.stream()
                .filter(state -> !state.progress().done())
                .map(PhaseState::phase)
                .findFirst();
    }

    /** Phases started and never finished: a crash (or kill) happened during them. */
    public List<Phase> interrupted() {
        return phases.stream()
                .filter(state -> state.progress() == PhaseProgress.INTERRUPTED)
                .map(PhaseState::phase)
                .toList();
    }

    public boolean complete() {
        return nextPhase().isEmpty();
    }

    /** Whether any phase has started. */
    public boolean started() {
        return phases.stream().anyMatch(state -> state.attempts() > 0);
    }
}
