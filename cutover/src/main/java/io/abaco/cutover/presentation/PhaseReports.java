package io.abaco.cutover.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the timeline: one {@link PhaseSummary} per phase from its {@code NN-<phase>.json} report (the last attempt)
 * and the journal's events for that phase (every attempt). The six known phases always appear, in order; a phase
 * with no trace is NOT_RUN, and one the journal saw start but never finish is INTERRUPTED.
 */
final class PhaseReports {
    static final List<String> PHASES =
            List.of("preflight", "backup", "staging-validate", "v1-stop", "v2-activate", "post-validate");
    private static final Pattern REPORT_FILE = Pattern.compile("(\\d{2})-([a-z0-9][a-z0-9-]*)\\.json");

    private PhaseReports() {}

    static List<PhaseSummary> read(EvidenceFiles files, Path cutoverDir, List<AttemptRow> journal) {
        Map<String, PhaseSummary> byPhase = new LinkedHashMap<>();
        for (Path file : reportFiles(cutoverDir)) {
            Matcher name = REPORT_FILE.matcher(file.getFileName().toString());
            if (!name.matches()) continue;
            files.json(file).ifPresent(node -> {
                if (!node.isObject()) {
                    files.problem(file, "not a phase report (expected a JSON object)");
                    return;
                }
                String phase = orElse(Nodes.text(node, "phase"), name.group(2));
                int order = PHASES.contains(phase) ? PHASES.indexOf(phase) : 100 + Integer.parseInt(name.group(1));
                byPhase.put(phase, fromReport(order, phase, node, file, attemptsOf(phase, journal)));
            });
        }
        for (int order = 0; order < PHASES.size(); order++) {
            String phase = PHASES.get(order);
            if (!byPhase.containsKey(phase)) byPhase.put(phase, fromJournal(order, phase, attemptsOf(phase, journal)));
        }
        return byPhase.values().stream()
                .sorted(Comparator.comparingInt(PhaseSummary::order))
                .toList();
    }

    private static PhaseSummary fromReport(
            int order, String phase, JsonNode node, Path file, List<AttemptRow> attempts) {
        List<CheckRow> checks = new ArrayList<>();
        for (JsonNode check : Nodes.elements(node, "checks")) {
            checks.add(new CheckRow(
                    orElse(Nodes.text(check, "name"), "(unnamed)"),
                    orElse(Nodes.status(check, "status", "verdict"), "UNKNOWN"),
                    Nodes.text(check, "observed"),
                    Nodes.text(check, "threshold"),
                    Nodes.text(check, "message")));
        }
        List<ArtifactRef> artifacts = new ArrayList<>();
        for (JsonNode artifact : Nodes.elements(node, "artifacts")) {
            String path = Nodes.text(artifact, "path", "file");
            if (path != null) {
                artifacts.add(new ArtifactRef(
                        phase, path, Nodes.text(artifact, "sha256"), Nodes.whole(artifact, "bytes", "size"), null));
            }
        }
        return new PhaseSummary(
                order,
                phase,
                orElse(Nodes.status(node, "status", "verdict"), "UNKNOWN"),
                true,
                Nodes.instant(node, "started_at", "startedAt"),
                Nodes.instant(node, "finished_at", "finishedAt"),
                Nodes.whole(node, "duration_ms", "durationMs"),
                checks,
                artifacts,
                Nodes.text(node, "error"),
                attempts,
                file.getFileName().toString());
    }

    private static PhaseSummary fromJournal(int order, String phase, List<AttemptRow> attempts) {
        String status = "NOT_RUN";
        if (!attempts.isEmpty()) {
            String last = attempts.get(attempts.size() - 1).event();
            // The journal without a report: the report is the truth for a verdict, so only say what is certain.
            status = "started".equals(last) || "interrupted".equals(last) ? "INTERRUPTED" : "NO_REPORT";
        }
        var started = attempts.stream().filter(a -> "started".equals(a.event())).reduce((a, b) -> b);
        return new PhaseSummary(
                order,
                phase,
                status,
                false,
                started.map(AttemptRow::at).orElse(null),
                null,
                null,
                List.of(),
                List.of(),
                null,
                attempts,
                null);
    }

    private static List<AttemptRow> attemptsOf(String phase, List<AttemptRow> journal) {
        return journal.stream().filter(row -> phase.equals(row.phase())).toList();
    }

    private static List<Path> reportFiles(Path cutoverDir) {
        if (!Files.isDirectory(cutoverDir)) return List.of();
        try (Stream<Path> children = Files.list(cutoverDir)) {
            return children.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + cutoverDir + ": " + e.getMessage(), e);
        }
    }

    static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
