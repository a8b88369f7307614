package io.abaco.cutover.presentation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Small inline SVG charts generated in Java, so the report needs no script, font or network: a line chart of one
 * series over time (one polyline point per value), with an optional dashed threshold line.
 */
final class SvgCharts {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final double WIDTH = 340;
    private static final double HEIGHT = 150;
    private static final double LEFT = 52;
    private static final double RIGHT = 12;
    private static final double TOP = 14;
    private static final double BOTTOM = 28;

    private SvgCharts() {}

    /**
     * A line chart of {@code values} at {@code times} (same size, oldest first).
     *
     * @param series stable name of the series, written to {@code data-series}
     * @param unit unit shown after the numbers, may be empty
     * @param threshold a limit drawn as a dashed line, or null
     */
    static void lineChart(
            Html html, String series, String unit, List<Instant> times, List<Double> values, Double threshold) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (threshold != null) {
            min = Math.min(min, threshold);
            max = Math.max(max, threshold);
        }
        if (max - min < 1e-9) {
            double pad = Math.max(Math.abs(max) * 0.05, 1);
            min -= pad;
            max += pad;
        }
        long first = times.get(0).toEpochMilli();
        long span = times.get(times.size() - 1).toEpochMilli() - first;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;

        html.open(
                        "svg",
                        "xmlns",
                        SVG_NS,
                        "class",
                        "chart",
                        "width",
                        fmt(WIDTH),
                        "height",
                        fmt(HEIGHT),
                        "viewBox",
                        "0 0 " + fmt(WIDTH) + " " + fmt(HEIGHT),
                        "role",
                        "img",
                        "aria-label",
                        series + " over time")
                .element("title", series + " over time");
        html.empty(
                "rect",
                "x",
                fmt(LEFT),
                "y",
                fmt(TOP),
                "width",
                fmt(plotWidth),
                "height",
                fmt(plotHeight),
                "class",
                "plot");
        label(html, LEFT - 4, TOP + 4, "end", Formats.number(max, 2) + unit);
        label(html, LEFT - 4, TOP + plotHeight, "end", Formats.number(min, 2) + unit);
        label(html, LEFT, HEIGHT - 8, "start", Formats.shortTime(times.get(0)));
        label(html, WIDTH - RIGHT, HEIGHT - 8, "end", Formats.shortTime(times.get(times.size() - 1)));
        if (threshold != null) {
            double y = TOP + plotHeight * (max - threshold) / (max - min);
            html.empty(
                    "line",
                    "class",
                    "threshold",
                    "x1",
                    fmt(LEFT),
                    "x2",
                    fmt(WIDTH - RIGHT),
                    "y1",
                    fmt(y),
                    "y2",
                    fmt(y));
            label(html, WIDTH - RIGHT - 2, y - 3, "end", "limit " + Formats.number(threshold, 2) + unit);
        }
        StringBuilder points = new StringBuilder();
        double[][] xy = new double[values.size()][2];
        for (int i = 0; i < values.size(); i++) {
            double fraction = span == 0 ? 0.5 : (times.get(i).toEpochMilli() - first) / (double) span;
            xy[i][0] = LEFT + plotWidth * fraction;
            xy[i][1] = TOP + plotHeight * (max - values.get(i)) / (max - min);
            if (i > 0) points.append(' ');
            points.append(fmt(xy[i][0])).append(',').append(fmt(xy[i][1]));
        }
        html.empty(
                "polyline",
                "class",
                "series",
                "data-series",
                series,
                "data-points",
                Integer.toString(values.size()),
                "points",
                points.toString());
        for (int i = 0; i < values.size(); i++) {
            html.open("circle", "class", "point", "cx", fmt(xy[i][0]), "cy", fmt(xy[i][1]), "r", "3")
                    .element("title", Formats.time(times.get(i)) + ": " + Formats.number(values.get(i)) + unit)
                    .close("circle");
        }
        html.close("svg");
    }

    private static void label(Html html, double x, double y, String anchor, String text) {
        html.element("text", text, "x", fmt(x), "y", fmt(y), "text-anchor", anchor, "class", "label");
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
