package io.abaco.cutover.presentation;

import java.util.ArrayList;
import java.util.List;

/** The Markdown sections built from files other than the phase reports: shadow, validation, rollback, artifacts. */
final class MarkdownEvidenceSections {
    private MarkdownEvidenceSections() {}

    static void shadow(StringBuilder out, Section<ShadowSummary> section) {
        out.append("## Shadow comparison (V1 vs V2)\n\n");
        if (unavailable(out, section)) return;
        ShadowSummary shadow = section.content();
        out.append("Verdict: ")
                .append(mark(shadow.verdict()))
                .append(" — from ")
                .append(MarkdownTable.text(shadow.file()))
                .append("\n\n");
        MarkdownTable kpis =
                new MarkdownTable(out, List.of("KPI", "V1", "V2", "Variance %", "Tolerance %", "Status", "Rule"));
        shadow.kpis()
                .forEach(row -> kpis.row(
                        row.kpi(),
                        Formats.number(row.v1()),
                        Formats.number(row.v2()),
                        Formats.number(row.variancePct()),
                        Formats.number(row.tolerancePct()),
                        mark(row.status()),
                        Formats.orNone(row.rule())));
        kpis.end();
        if (shadow.rows().isEmpty()) {
            out.append("Row by row: _not available: ")
                    .append(MarkdownTable.text(
                            shadow.rowsNote() == null ? "rows were not compared" : shadow.rowsNote()))
                    .append("_\n\n");
            return;
        }
        out.append("Row by row:\n\n");
        MarkdownTable rows = new MarkdownTable(out, List.of("Rows", "Count"));
        shadow.rows().forEach(row -> rows.row(row.label().replace('_', ' '), row.value()));
        rows.end();
    }

    static void validation(StringBuilder out, Section<ValidationWindow> section) {
        out.append("## Validation history of the monitoring window\n\n");
        if (unavailable(out, section)) return;
        ValidationWindow window = section.content();
        out.append(window.points().size())
                .append(" report(s) from ")
                .append(Formats.time(window.from()))
                .append(window.until() == null ? " on" : " until " + Formats.time(window.until()))
                .append(".\n\n");
        out.append("### KPIs and latency over time\n\n");
        List<String> valueColumns = new ArrayList<>(window.kpiNames());
        valueColumns.add("latency ms");
        MarkdownTable values = new MarkdownTable(out, MarkdownReportRenderer.columns("Time", valueColumns));
        for (ValidationPoint point : window.points()) {
            List<String> cells = new ArrayList<>(List.of(Formats.time(point.timestamp())));
            window.kpiNames()
                    .forEach(kpi -> cells.add(Formats.number(point.kpis().get(kpi))));
            cells.add(Formats.number(point.latencyMs(), 1));
            values.row(cells);
        }
        values.end();
        if (window.latencyThresholdMs() != null) {
            out.append("Latency limit: ")
                    .append(Formats.number(window.latencyThresholdMs(), 2))
                    .append(" ms.\n\n");
        }
        out.append("### Checks per report\n\n");
        List<String> checkColumns = new ArrayList<>(List.of("Status"));
        checkColumns.addAll(window.checkNames());
        MarkdownTable checks = new MarkdownTable(out, MarkdownReportRenderer.columns("Time", checkColumns));
        for (ValidationPoint point : window.points()) {
            List<String> cells = new ArrayList<>(List.of(Formats.time(point.timestamp()), mark(point.status())));
            window.checkNames()
                    .forEach(check -> cells.add(mark(point.checkStatuses().get(check))));
            checks.row(cells);
        }
        checks.end();
        out.append("### Monitor summary\n\n");
        if (unavailable(out, window.monitorSummary())) return;
        MarkdownTable summary = new MarkdownTable(out, List.of("Field", "Value"));
        window.monitorSummary().content().forEach(value -> summary.row(value.label(), value.value()));
        summary.end();
    }

    static void rollback(StringBuilder out, Section<RollbackSummary> section) {
        out.append("## Rollback\n\n");
        if (unavailable(out, section)) return;
        RollbackSummary rollback = section.content();
        out.append("Status: ")
                .append(mark(rollback.status()))
                .append(" — started ")
                .append(Formats.time(rollback.startedAt()))
                .append(", finished ")
                .append(Formats.time(rollback.finishedAt()))
                .append(", took ")
                .append(Formats.duration(rollback.durationMs()))
                .append(" — from ")
                .append(MarkdownTable.text(rollback.file()))
                .append("\n\n");
        if (rollback.error() != null)
            out.append("Error: ").append(MarkdownTable.text(rollback.error())).append("\n\n");
        MarkdownTable steps = new MarkdownTable(out, List.of("Step", "Status", "Duration", "Message"));
        rollback.steps()
                .forEach(step -> steps.row(
                        step.name(),
                        mark(step.status()),
                        Formats.duration(step.durationMs()),
                        Formats.orNone(step.message())));
        steps.end();
    }

    static void artifacts(StringBuilder out, CutoverReportModel model) {
        out.append("## Where every artifact is\n\n### Backup\n\n");
        if (!unavailable(out, model.backup())) {
            BackupSummary backup = model.backup().content();
            out.append("Manifest ")
                    .append(MarkdownTable.text(backup.manifest()))
                    .append(", taken ")
                    .append(Formats.time(backup.createdAt()))
                    .append(": ")
                    .append(backup.files().size())
                    .append(" file(s), ")
                    .append(backup.tables().size())
                    .append(" table(s).\n\n");
            if (!backup.tables().isEmpty()) {
                MarkdownTable tables = new MarkdownTable(out, List.of("Table", "Rows", "Dump", "SHA-256"));
                backup.tables()
                        .forEach(table -> tables.row(
                                table.name(),
                                Formats.orNone(table.rows()),
                                Formats.orNone(table.file()),
                                Formats.orNone(table.sha256())));
                tables.end();
            }
        }
        out.append("### Artifacts and evidence\n\n");
        MarkdownTable artifacts = new MarkdownTable(out, List.of("Source", "Path", "SHA-256", "Bytes", "Copy of"));
        model.artifacts()
                .forEach(artifact -> artifacts.row(
                        artifact.source(),
                        artifact.path(),
                        Formats.orNone(artifact.sha256()),
                        Formats.orNone(artifact.bytes()),
                        Formats.orNone(artifact.copyOf())));
        artifacts.end();
    }

    private static String mark(String status) {
        return status == null ? Formats.NONE : Marks.markdown(status);
    }

    private static boolean unavailable(StringBuilder out, Section<?> section) {
        if (section.available()) return false;
        out.append("_not available: ")
                .append(MarkdownTable.text(section.unavailableReason()))
                .append("_\n\n");
        return true;
    }
}
