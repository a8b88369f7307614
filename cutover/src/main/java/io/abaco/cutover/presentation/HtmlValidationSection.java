package io.abaco.cutover.presentation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The validation history section: one line chart per KPI and one of latency (a point per report of the window), a
 * table of every report with its checks as compact marks, and the monitor summary.
 */
final class HtmlValidationSection {
    private HtmlValidationSection() {}

    static void render(Html html, Section<ValidationWindow> section) {
        HtmlBlocks.open(html, "validation", "Validation history of the monitoring window");
        if (HtmlBlocks.unavailable(html, section)) return;
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
        HtmlBlocks.table(html, columns.toArray(String[]::new));
        for (ValidationPoint point : points) {
            html.open("tr", "data-report", point.file(), "data-status", point.status())
                    .element("td", Formats.time(point.timestamp()), "class", "time")
                    .open("td");
            HtmlBlocks.optionalMark(html, point.status());
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
        HtmlBlocks.endTable(html);
        html.close("div");
        html.element("h3", "Monitor summary");
        if (window.monitorSummary().available()) {
            HtmlBlocks.table(html, "Field", "Value");
            for (LabeledValue value : window.monitorSummary().content()) {
                html.open("tr")
                        .element("td", value.label())
                        .element("td", value.value(), "class", "wrap")
                        .close("tr");
            }
            HtmlBlocks.endTable(html);
        } else {
            html.element("p", "not available: " + window.monitorSummary().unavailableReason(), "class", "unavailable");
        }
        HtmlBlocks.close(html);
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
}
