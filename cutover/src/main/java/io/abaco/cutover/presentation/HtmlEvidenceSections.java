package io.abaco.cutover.presentation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The HTML sections built from files other than the phase reports: shadow, validation, rollback, artifacts. */
final class HtmlEvidenceSections {
    private HtmlEvidenceSections() {}

    static void shadow(Html html, Section<ShadowSummary> section) {
        open(html, "shadow", "Shadow comparison (V1 vs V2)");
        if (unavailable(html, section)) return;
        ShadowSummary shadow = section.content();
        html.open("p").text("Verdict: ");
        optionalMark(html, shadow.verdict());
        html.text(" — from ").element("code", shadow.file()).close("p");
        table(html, "KPI", "V1", "V2", "Variance %", "Tolerance %", "Status", "Rule");
        for (ShadowKpiRow row : shadow.kpis()) {
            html.open("tr", "data-kpi", row.kpi(), "data-status", row.status())
                    .element("td", row.kpi())
                    .element("td", Formats.number(row.v1()), "class", "num")
                    .element("td", Formats.number(row.v2()), "class", "num")
                    .element("td", Formats.number(row.variancePct()), "class", "num")
                    .element("td", Formats.number(row.tolerancePct()), "class", "num")
                    .open("td");
            optionalMark(html, row.status());
            html.close("td").element("td", Formats.orNone(row.rule())).close("tr");
        }
        endTable(html);
        html.element("h3", "Row by row");
        if (!shadow.rows().isEmpty()) {
            table(html, "Rows", "Count");
            for (LabeledValue row : shadow.rows()) {
                html.open("tr", "data-rows", row.label())
                        .element("td", row.label().replace('_', ' '))
                        .element("td", row.value(), "class", "num")
                        .close("tr");
            }
            endTable(html);
        } else {
            html.element(
                    "p",
                    "not available: " + (shadow.rowsNote() == null ? "rows were not compared" : shadow.rowsNote()),
                    "class",
                    "unavailable");
        }
        close(html);
    }

    static void validation(Html html, Section<ValidationWindow> section) {
        open(html, "validation", "Validation history of the monitoring window");
        if (unavailable(html, section)) return;
        ValidationWindow window = section.content();
        List<ValidationPoint> points = window.points();
        html.element(
                "p",
                points.size() + " report(s) from " + Formats.time(window.from())
                        + (window.until() == null ? " on" : " until " + Formats.time(window.until())));
        html.open("div", "class", "charts");
        for (String kpi : window.kpiNames()) {
            List<ValidationPoint> having =
                    points.stream().filter(p -> p.kpis().containsKey(kpi)).toList();
            chart(
                    html,
                    kpi,
                    "",
                    having,
                    having.stream().map(p -> p.kpis().get(kpi)).toList(),
                    null);
        }
        List<ValidationPoint> timed =
                points.stream().filter(p -> p.latencyMs() != null).toList();
        if (!timed.isEmpty()) {
            chart(
                    html,
                    "latency_ms",
                    " ms",
                    timed,
                    timed.stream().map(ValidationPoint::latencyMs).toList(),
                    window.latencyThresholdMs());
        }
        html.close("div");
        if (timed.isEmpty()) html.element("p", "latency: not available (no performance check)", "class", "unavailable");
        List<String> columns = new ArrayList<>(List.of("Time", "Status"));
        columns.addAll(window.checkNames());
        columns.addAll(window.kpiNames());
        columns.add("Latency ms");
        html.open("div", "class", "scroll");
        table(html, columns.toArray(String[]::new));
        for (ValidationPoint point : points) {
            html.open("tr", "data-report", point.file(), "data-status", point.status())
                    .element("td", Formats.time(point.timestamp()), "class", "time")
                    .open("td");
            optionalMark(html, point.status());
            html.close("td");
            for (String check : window.checkNames()) {
                html.open("td", "data-check", check, "class", "mark-cell");
                String status = point.checkStatuses().get(check);
                if (status == null) {
                    html.text(Formats.NONE);
                } else {
                    Marks.compactHtml(html, status);
                }
                html.close("td");
            }
            window.kpiNames()
                    .forEach(kpi ->
                            html.element("td", Formats.number(point.kpis().get(kpi)), "class", "num"));
            html.element("td", Formats.number(point.latencyMs(), 1), "class", "num")
                    .close("tr");
        }
        endTable(html);
        html.close("div");
        html.element("h3", "Monitor summary");
        if (window.monitorSummary().available()) {
            table(html, "Field", "Value");
            for (LabeledValue value : window.monitorSummary().content()) {
                html.open("tr")
                        .element("td", value.label())
                        .element("td", value.value(), "class", "wrap")
                        .close("tr");
            }
            endTable(html);
        } else {
            html.element("p", "not available: " + window.monitorSummary().unavailableReason(), "class", "unavailable");
        }
        close(html);
    }

    static void rollback(Html html, Section<RollbackSummary> section) {
        open(html, "rollback", "Rollback");
        if (unavailable(html, section)) return;
        RollbackSummary rollback = section.content();
        html.open("p").text("Status: ");
        optionalMark(html, rollback.status());
        html.text(" — started " + Formats.time(rollback.startedAt()) + ", finished "
                        + Formats.time(rollback.finishedAt()) + ", took " + Formats.duration(rollback.durationMs())
                        + " — from ")
                .element("code", rollback.file())
                .close("p");
        if (rollback.error() != null) html.element("p", rollback.error(), "class", "error");
        table(html, "Step", "Status", "Duration", "Message");
        for (RollbackStep step : rollback.steps()) {
            html.open("tr", "data-step", step.name(), "data-status", step.status())
                    .element("td", step.name())
                    .open("td");
            optionalMark(html, step.status());
            html.close("td")
                    .element("td", Formats.duration(step.durationMs()), "class", "num")
                    .element("td", Formats.orNone(step.message()))
                    .close("tr");
        }
        endTable(html);
        close(html);
    }

    static void artifacts(Html html, CutoverReportModel model) {
        open(html, "artifacts", "Where every artifact is");
        html.element("h3", "Backup");
        if (model.backup().available()) {
            BackupSummary backup = model.backup().content();
            html.open("p")
                    .text("Manifest ")
                    .element("code", backup.manifest())
                    .text(", taken " + Formats.time(backup.createdAt()) + ": "
                            + backup.files().size() + " file(s), "
                            + backup.tables().size() + " table(s).")
                    .close("p");
            if (!backup.tables().isEmpty()) {
                table(html, "Table", "Rows", "Dump", "SHA-256");
                for (BackupSummary.BackupTable table : backup.tables()) {
                    html.open("tr", "data-table", table.name())
                            .element("td", table.name())
                            .element("td", Formats.orNone(table.rows()), "class", "num")
                            .element("td", Formats.orNone(table.file()), "class", "wrap")
                            .element("td", Formats.orNone(table.sha256()), "class", "hash")
                            .close("tr");
                }
                endTable(html);
            }
        } else {
            html.element("p", "not available: " + model.backup().unavailableReason(), "class", "unavailable");
        }
        html.element("h3", "Artifacts and evidence");
        table(html, "Source", "Path", "SHA-256", "Bytes", "Copy of");
        for (ArtifactRef artifact : model.artifacts()) {
            html.open("tr", "data-artifact", artifact.path(), "data-source", artifact.source())
                    .element("td", artifact.source())
                    .element("td", artifact.path(), "class", "wrap")
                    .element("td", Formats.orNone(artifact.sha256()), "class", "hash")
                    .element("td", Formats.orNone(artifact.bytes()), "class", "num")
                    .element("td", Formats.orNone(artifact.copyOf()), "class", "wrap")
                    .close("tr");
        }
        endTable(html);
        close(html);
    }

    private static void chart(
            Html html, String series, String unit, List<ValidationPoint> points, List<Double> values, Double limit) {
        List<Instant> times = points.stream().map(ValidationPoint::timestamp).toList();
        html.open("figure", "data-chart", series);
        SvgCharts.lineChart(html, series, unit, times, values, limit);
        double min = values.stream()
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .min()
                .orElse(0);
        double max = values.stream()
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        html.element(
                "figcaption",
                series + ": latest " + Formats.number(values.get(values.size() - 1)) + unit + " (min "
                        + Formats.number(min) + ", max " + Formats.number(max) + ")");
        html.close("figure");
    }

    private static void optionalMark(Html html, String status) {
        if (status == null) {
            html.text(Formats.NONE);
        } else {
            Marks.html(html, status);
        }
    }

    private static void open(Html html, String id, String title) {
        html.open("section", "id", id, "data-section", id).element("h2", title);
    }

    private static void close(Html html) {
        html.close("section").newline();
    }

    private static boolean unavailable(Html html, Section<?> section) {
        if (section.available()) return false;
        html.element(
                "p",
                "not available: " + section.unavailableReason(),
                "class",
                "unavailable",
                "data-unavailable",
                "true");
        close(html);
        return true;
    }

    private static void table(Html html, String... columns) {
        html.open("table").open("thead").open("tr");
        for (String column : columns) html.element("th", column);
        html.close("tr").close("thead").open("tbody");
    }

    private static void endTable(Html html) {
        html.close("tbody").close("table");
    }
}
