package io.abaco.cutover.presentation;

import io.abaco.config.Secrets;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link CutoverReportModel} as GitHub-flavoured Markdown for pasting into a ticket: the same sections as
 * the HTML page, as tables; the charts become tables of values over time. Text from files is redacted and escaped;
 * marks follow the same rule as the HTML (✓ only for a recorded PASS). Thread-safe.
 */
public final class MarkdownReportRenderer {
    private MarkdownReportRenderer() {}

    public static String render(CutoverReportModel model) {
        StringBuilder out = new StringBuilder(16 * 1024);
        out.append("# Cutover ")
                .append(MarkdownTable.text(model.cutoverId()))
                .append(" — ")
                .append(model.verdict().label())
                .append("\n\n");
        long passed =
                model.phases().stream().filter(p -> "PASS".equals(p.status())).count();
        new MarkdownTable(out, List.of("Summary", ""))
                .row("Verdict", model.verdict().label())
                .row("Environment", model.environment() == null ? "not recorded" : model.environment())
                .row("Started", Formats.time(model.startedAt()))
                .row("Finished", Formats.time(model.finishedAt()))
                .row("Total duration", Formats.duration(model.durationMs()))
                .row("Phases passed", passed + " of " + model.phases().size())
                .end();
        if (!model.problems().isEmpty()) {
            out.append("**Files that could not be read:**\n\n");
            model.problems()
                    .forEach(p -> out.append("- ").append(MarkdownTable.text(p)).append('\n'));
            out.append('\n');
        }
        timeline(out, model.phases());
        checks(out, model.phases());
        journal(out, model);
        MarkdownEvidenceSections.shadow(out, model.shadow());
        MarkdownEvidenceSections.validation(out, model.validation());
        MarkdownEvidenceSections.rollback(out, model.rollback());
        MarkdownEvidenceSections.artifacts(out, model);
        // No redaction pass over the whole text: every piece was redacted before it was escaped, and a second pass
        // would undo the escaping of a mask ("\\*\\*\\*" back to "***").
        return out.toString();
    }

    private static void timeline(StringBuilder out, List<PhaseSummary> phases) {
        out.append("## Timeline\n\n");
        MarkdownTable table = new MarkdownTable(
                out, List.of("#", "Phase", "Verdict", "Started", "Finished", "Duration", "Attempts", "Error"));
        for (PhaseSummary phase : phases) {
            table.row(
                    phase.order() < PhaseReports.PHASES.size() ? Integer.toString(phase.order()) : "",
                    phase.phase(),
                    phase.fromReport() ? Marks.markdown(phase.status()) : Formats.label(phase.status()),
                    Formats.time(phase.startedAt()),
                    Formats.time(phase.finishedAt()),
                    Formats.duration(phase.durationMs()),
                    Integer.toString(phase.attemptCount()),
                    phase.error() == null ? "" : phase.error());
        }
        table.end();
    }

    private static void checks(StringBuilder out, List<PhaseSummary> phases) {
        out.append("## Checks behind each verdict\n\n");
        for (PhaseSummary phase : phases) {
            out.append("### ")
                    .append(MarkdownTable.text(phase.phase()))
                    .append(" — ")
                    .append(Formats.label(phase.status()));
            if (phase.reportFile() != null)
                out.append(" (").append(MarkdownTable.text(phase.reportFile())).append(')');
            out.append("\n\n");
            if (phase.checks().isEmpty()) {
                out.append(phase.fromReport() ? "_no checks recorded_" : "_not available: no phase report_")
                        .append("\n\n");
                continue;
            }
            MarkdownTable table =
                    new MarkdownTable(out, List.of("Check", "Status", "Observed", "Threshold", "Message"));
            for (CheckRow check : phase.checks()) {
                table.row(
                        check.name(),
                        Marks.markdown(check.status()),
                        Formats.orNone(check.observed()),
                        Formats.orNone(check.threshold()),
                        Formats.orNone(check.message()));
            }
            table.end();
        }
    }

    private static void journal(StringBuilder out, CutoverReportModel model) {
        out.append("## Journal and log\n\n");
        if (model.journal().isEmpty()) {
            out.append("_not available: no journal.jsonl entries_\n\n");
        } else {
            MarkdownTable table = new MarkdownTable(out, List.of("At", "Phase", "Event", "Attempt", "Detail"));
            model.journal()
                    .forEach(row -> table.row(
                            Formats.time(row.at()),
                            Formats.orNone(row.phase()),
                            Formats.orNone(row.event()),
                            Integer.toString(row.attempt()),
                            Formats.orNone(row.detail())));
            table.end();
        }
        out.append("### cutover.log (last ")
                .append(CutoverReportReader.LOG_TAIL_LINES)
                .append(" lines)\n\n");
        if (!model.logTail().available()) {
            out.append("_not available: ")
                    .append(MarkdownTable.text(model.logTail().unavailableReason()))
                    .append("_\n\n");
            return;
        }
        String log = Secrets.redact(String.join("\n", model.logTail().content()));
        String fence = fenceFor(log);
        out.append(fence)
                .append("text\n")
                .append(log)
                .append('\n')
                .append(fence)
                .append("\n\n");
    }

    /** A backtick fence longer than any run of backticks in {@code text}, so the block cannot be closed early. */
    static String fenceFor(String text) {
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    static List<String> columns(String first, List<String> rest) {
        List<String> columns = new ArrayList<>();
        columns.add(first);
        columns.addAll(rest);
        return columns;
    }
}
