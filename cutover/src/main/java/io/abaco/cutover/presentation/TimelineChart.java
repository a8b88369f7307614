package io.abaco.cutover.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cutover timeline as inline SVG: one row per phase, one horizontal bar per attempt placed at its real start
 * and length (earlier attempts from the journal drawn thinner, the last attempt from the phase report). When the
 * files hold no times, the bars are laid end to end by duration.
 */
final class TimelineChart {
    private static final double WIDTH = 960;
    private static final double LABEL = 150;
    private static final double RIGHT = 110;
    private static final double ROW = 28;
    private static final double TOP = 8;
    private static final double AXIS = 16;

    private TimelineChart() {}

    private record Bar(int row, String phase, long startMs, long endMs, String status, int attempt, boolean last) {}

    static void render(Html html, List<PhaseSummary> phases) {
        List<Bar> bars = bars(phases);
        long origin = bars.stream().mapToLong(Bar::startMs).min().orElse(0);
        long end = bars.stream().mapToLong(Bar::endMs).max().orElse(origin + 1);
        double span = Math.max(1, end - origin);
        double plot = WIDTH - LABEL - RIGHT;
        double height = TOP * 2 + ROW * phases.size() + AXIS;
        html.open(
                        "svg",
                        "xmlns",
                        SvgCharts.SVG_NS,
                        "class",
                        "timeline",
                        "width",
                        SvgCharts.fmt(WIDTH),
                        "height",
                        SvgCharts.fmt(height),
                        "viewBox",
                        "0 0 " + SvgCharts.fmt(WIDTH) + " " + SvgCharts.fmt(height),
                        "role",
                        "img",
                        "aria-label",
                        "cutover timeline")
                .element("title", "cutover timeline");
        for (int row = 0; row < phases.size(); row++) {
            PhaseSummary phase = phases.get(row);
            double y = TOP + ROW * row;
            html.element(
                    "text",
                    phase.phase(),
                    "x",
                    SvgCharts.fmt(LABEL - 8),
                    "y",
                    SvgCharts.fmt(y + ROW * 0.62),
                    "text-anchor",
                    "end",
                    "class",
                    "label");
            if (bars.stream().noneMatch(bar -> bar.phase().equals(phase.phase()))) {
                html.element(
                        "text",
                        Formats.label(phase.status()).toLowerCase(Locale.ROOT),
                        "x",
                        SvgCharts.fmt(LABEL + 4),
                        "y",
                        SvgCharts.fmt(y + ROW * 0.62),
                        "class",
                        "label muted");
            }
        }
        for (Bar bar : bars) {
            double x = LABEL + plot * (bar.startMs() - origin) / span;
            double width = Math.max(2, plot * (bar.endMs() - bar.startMs()) / span);
            double barHeight = bar.last() ? ROW * 0.6 : ROW * 0.3;
            double y = TOP + ROW * bar.row() + (ROW - barHeight) / 2;
            String status = bar.status() == null ? "unknown" : bar.status().toLowerCase(Locale.ROOT);
            html.open(
                            "rect",
                            "class",
                            "bar " + status,
                            "data-phase",
                            bar.phase(),
                            "data-attempt",
                            Integer.toString(bar.attempt()),
                            "x",
                            SvgCharts.fmt(x),
                            "y",
                            SvgCharts.fmt(y),
                            "width",
                            SvgCharts.fmt(width),
                            "height",
                            SvgCharts.fmt(barHeight))
                    .element(
                            "title",
                            bar.phase() + " attempt " + bar.attempt() + ": " + Formats.label(bar.status()) + " in "
                                    + Formats.duration(bar.endMs() - bar.startMs()))
                    .close("rect");
            if (bar.last()) {
                html.element(
                        "text",
                        Formats.duration(bar.endMs() - bar.startMs()),
                        "x",
                        SvgCharts.fmt(Math.min(x + width + 4, WIDTH - RIGHT + 4)),
                        "y",
                        SvgCharts.fmt(TOP + ROW * bar.row() + ROW * 0.62),
                        "class",
                        "label");
            }
        }
        axis(html, bars, origin, end, height - 6);
        html.close("svg");
    }

    /** The span's two ends: wall-clock times when the files had them, else elapsed time from 0. */
    private static void axis(Html html, List<Bar> bars, long origin, long end, double y) {
        if (bars.isEmpty()) return;
        boolean wallClock = origin > 0;
        String from = wallClock ? Formats.time(java.time.Instant.ofEpochMilli(origin)) : "0 s";
        String to = wallClock ? Formats.time(java.time.Instant.ofEpochMilli(end)) : Formats.duration(end - origin);
        html.empty(
                "line",
                "class",
                "axis",
                "x1",
                SvgCharts.fmt(LABEL),
                "x2",
                SvgCharts.fmt(WIDTH - RIGHT),
                "y1",
                SvgCharts.fmt(y - 12),
                "y2",
                SvgCharts.fmt(y - 12));
        html.element("text", from, "x", SvgCharts.fmt(LABEL), "y", SvgCharts.fmt(y), "class", "label");
        html.element(
                "text",
                to,
                "x",
                SvgCharts.fmt(WIDTH - RIGHT),
                "y",
                SvgCharts.fmt(y),
                "text-anchor",
                "end",
                "class",
                "label");
    }

    private static List<Bar> bars(List<PhaseSummary> phases) {
        List<Bar> bars = new ArrayList<>();
        boolean timed = phases.stream().anyMatch(p -> p.startedAt() != null);
        long cursor = 0;
        for (int row = 0; row < phases.size(); row++) {
            PhaseSummary phase = phases.get(row);
            int lastAttempt = phase.attempts().stream()
                    .mapToInt(AttemptRow::attempt)
                    .max()
                    .orElse(1);
            for (AttemptRow started : phase.attempts()) {
                boolean reportCoversIt = phase.fromReport() && started.attempt() >= lastAttempt;
                if (!"started".equals(started.event()) || started.at() == null || reportCoversIt) continue;
                AttemptRow ended = phase.attempts().stream()
                        .filter(a -> a.attempt() == started.attempt() && !"started".equals(a.event()))
                        .filter(a -> a.at() != null)
                        .findFirst()
                        .orElse(null);
                long start = started.at().toEpochMilli();
                long stop = ended == null ? start : ended.at().toEpochMilli();
                String status = ended == null ? "INTERRUPTED" : outcome(ended.event());
                bars.add(new Bar(row, phase.phase(), start, stop, status, started.attempt(), !phase.fromReport()));
            }
            if (!phase.fromReport()) continue;
            long duration = phase.durationMs() != null
                    ? phase.durationMs()
                    : phase.startedAt() != null && phase.finishedAt() != null
                            ? phase.finishedAt().toEpochMilli()
                                    - phase.startedAt().toEpochMilli()
                            : 0;
            long start = timed && phase.startedAt() != null ? phase.startedAt().toEpochMilli() : cursor;
            if (timed && phase.startedAt() == null) continue;
            bars.add(new Bar(row, phase.phase(), start, start + duration, phase.status(), lastAttempt, true));
            cursor = start + duration;
        }
        return bars;
    }

    private static String outcome(String event) {
        return switch (event == null ? "" : event) {
            case "passed" -> "PASS";
            case "failed" -> "FAIL";
            case "skipped" -> "SKIPPED";
            default -> "INTERRUPTED";
        };
    }
}
