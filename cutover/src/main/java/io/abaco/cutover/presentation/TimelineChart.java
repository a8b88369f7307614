package io.abaco.cutover.presentation;

import io.abaco.cutover.presentation.TimelineBars.Bar;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The cutover timeline as inline SVG: one row per phase (and the rollback), one horizontal bar per attempt placed at
 * its real start and length ({@link TimelineBars}), and a time axis.
 */
final class TimelineChart {
    private static final double WIDTH = 960;
    private static final double LABEL = 150;
    private static final double RIGHT = 110;
    private static final double ROW = 28;
    private static final double TOP = 8;
    private static final double AXIS = 16;

    private TimelineChart() {}

    static void render(Html html, List<PhaseSummary> phases, Section<RollbackSummary> rollback) {
        List<String> rows = TimelineBars.rows(phases, rollback);
        List<Bar> bars = TimelineBars.of(phases, rollback);
        long origin = bars.stream().mapToLong(Bar::startMs).min().orElse(0);
        long end = bars.stream().mapToLong(Bar::endMs).max().orElse(origin + 1);
        double span = Math.max(1, end - origin);
        double plot = WIDTH - LABEL - RIGHT;
        double height = TOP * 2 + ROW * rows.size() + AXIS;
        String size = fmt(WIDTH) + " " + fmt(height);
        String[] frame = {"xmlns", SvgCharts.SVG_NS, "class", "timeline", "viewBox", "0 0 " + size, "role", "img"};
        html.open("svg", concat(frame, new String[] {"width", fmt(WIDTH), "height", fmt(height)}))
                .element("title", "cutover timeline");
        for (int row = 0; row < rows.size(); row++) {
            String name = rows.get(row);
            double baseline = TOP + ROW * row + ROW * 0.62;
            text(html, name, LABEL - 8, baseline, "end", "label");
            if (bars.stream().noneMatch(bar -> bar.phase().equals(name)) && row < phases.size()) {
                String status = Formats.label(phases.get(row).status()).toLowerCase(Locale.ROOT);
                text(html, status, LABEL + 4, baseline, "start", "label muted");
            }
        }
        for (Bar bar : bars) {
            double x = LABEL + plot * (bar.startMs() - origin) / span;
            double width = Math.max(2, plot * (bar.endMs() - bar.startMs()) / span);
            double barHeight = bar.last() ? ROW * 0.6 : ROW * 0.3;
            double y = TOP + ROW * bar.row() + (ROW - barHeight) / 2;
            String status = bar.status() == null ? "unknown" : bar.status().toLowerCase(Locale.ROOT);
            String took = Formats.duration(bar.endMs() - bar.startMs());
            String[] identity = {"class", "bar " + status, "data-phase", bar.phase(), "data-attempt", "" + bar.attempt()
            };
            String[] geometry = {"x", fmt(x), "y", fmt(y), "width", fmt(width), "height", fmt(barHeight)};
            html.open("rect", concat(identity, geometry))
                    .element(
                            "title",
                            bar.phase() + " attempt " + bar.attempt() + ": " + Formats.label(bar.status()) + " in "
                                    + took)
                    .close("rect");
            if (bar.last()) {
                double labelX = Math.min(x + width + 4, WIDTH - RIGHT + 4);
                text(html, took, labelX, TOP + ROW * bar.row() + ROW * 0.62, "start", "label");
            }
        }
        if (!bars.isEmpty()) axis(html, origin, end, height - 6);
        html.close("svg");
    }

    /** The span's two ends: wall-clock times when the files had them, else elapsed time from 0. */
    private static void axis(Html html, long origin, long end, double y) {
        boolean wallClock = origin > 0;
        String from = wallClock ? Formats.time(Instant.ofEpochMilli(origin)) : "0 s";
        String to = wallClock ? Formats.time(Instant.ofEpochMilli(end)) : Formats.duration(end - origin);
        String line = fmt(y - 12);
        html.empty("line", "class", "axis", "x1", fmt(LABEL), "x2", fmt(WIDTH - RIGHT), "y1", line, "y2", line);
        text(html, from, LABEL, y, "start", "label");
        text(html, to, WIDTH - RIGHT, y, "end", "label");
    }

    private static void text(Html html, String text, double x, double y, String anchor, String cssClass) {
        html.element("text", text, "x", fmt(x), "y", fmt(y), "text-anchor", anchor, "class", cssClass);
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static String fmt(double value) {
        return SvgCharts.fmt(value);
    }
}
