package io.abaco.validation.shadow;

import static io.abaco.validation.Numbers.percent;

import io.abaco.validation.TextTable;

/** Renders a {@link HistoricalReport} as one aligned line per day. */
public final class HistoricalTable {
    private HistoricalTable() {}

    public static String render(HistoricalReport report) {
        TextTable table = new TextTable(
                "DAY", "VERDICT", "WORST KPI", "VARIANCE", "MISSING V1", "MISSING V2", "MISMATCHED", "NOTE");
        long passed = 0;
        for (DayResult day : report.days()) {
            if (day.verdict() == io.abaco.validation.CheckStatus.PASS) passed++;
            table.row(
                    day.day(),
                    day.verdict() + (day.halt() ? " HALT" : ""),
                    day.worstKpi(),
                    day.maxVariancePct() == null ? null : percent(day.maxVariancePct()) + "%",
                    day.missingInV1(),
                    day.missingInV2(),
                    day.mismatched(),
                    day.error() == null ? null : firstLine(day.error()));
        }
        return "Historical reconciliation: " + report.verdict() + " (" + passed + "/"
                + report.days().size() + " days pass)\n\n" + table.render();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
