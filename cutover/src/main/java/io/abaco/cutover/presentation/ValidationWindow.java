package io.abaco.cutover.presentation;

import java.time.Instant;
import java.util.List;

/**
 * The validation history of the cutover's monitoring window: the reports taken from the cutover's start until the
 * next cutover started (or until now).
 *
 * @param from the window's start, null when the cutover's start is unknown (then every report is included)
 * @param until the window's end (exclusive), null when open
 * @param points the reports in the window, oldest first
 * @param kpiNames every KPI name seen, in first-seen order
 * @param checkNames every check name seen, in first-seen order
 * @param latencyThresholdMs the performance check's threshold in ms from the latest report that had one, or null
 * @param monitorSummary the scalar fields of {@code monitor-summary.json}, or not available
 */
public record ValidationWindow(
        Instant from,
        Instant until,
        List<ValidationPoint> points,
        List<String> kpiNames,
        List<String> checkNames,
        Double latencyThresholdMs,
        Section<List<LabeledValue>> monitorSummary) {
    public ValidationWindow {
        points = List.copyOf(points);
        kpiNames = List.copyOf(kpiNames);
        checkNames = List.copyOf(checkNames);
    }
}
