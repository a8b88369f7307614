package io.abaco.validation.shadow;

import static io.abaco.validation.Numbers.format;
import static io.abaco.validation.Numbers.percent;

import io.abaco.validation.TextTable;
import java.util.Map;

/** Renders a {@link ShadowReport} for a terminal: a KPI table, then the row comparison and its samples. */
public final class ShadowTable {
    private ShadowTable() {}

    public static String render(ShadowReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Shadow comparison: ").append(report.verdict());
        if (report.halt()) out.append(" (HALT: variance above halt_above_pct)");
        out.append('\n');
        if (report.inputs().tape() != null)
            out.append("input: ").append(report.inputs().tape()).append('\n');
        out.append('\n');
        TextTable kpis = new TextTable("KPI", "V1", "V2", "VARIANCE", "TOLERANCE", "VERDICT", "RULE");
        for (KpiVariance kpi : report.kpis()) {
            kpis.row(
                    kpi.kpi(),
                    kpi.v1() == null ? null : format(kpi.v1()),
                    kpi.v2() == null ? null : format(kpi.v2()),
                    kpi.variancePct() == null ? null : percent(kpi.variancePct()) + "%",
                    percent(kpi.tolerancePct()) + "%",
                    kpi.verdict() + (kpi.halt() ? " HALT" : ""),
                    kpi.rule());
        }
        out.append(kpis.render()).append('\n');
        RowComparison rows = report.rows();
        if (rows == null) {
            return out.append("Rows: ").append(report.rowsNote()).append('\n').toString();
        }
        out.append("Rows (key loan_id, measurement_date; absolute tolerance ")
                .append(format(rows.absoluteTolerance()))
                .append("): ")
                .append(rows.clean() ? "PASS" : "FAIL")
                .append('\n');
        TextTable counts = new TextTable("", "COUNT");
        counts.row("V1 rows", rows.v1Rows()).row("V2 rows", rows.v2Rows()).row("matched", rows.matched());
        counts.row("missing in V1", rows.missingInV1()).row("missing in V2", rows.missingInV2());
        counts.row("mismatched", rows.mismatched());
        for (Map.Entry<String, Long> column : rows.mismatchedByColumn().entrySet()) {
            counts.row("  " + column.getKey(), column.getValue());
        }
        counts.row("duplicate keys V1", rows.duplicateKeysV1()).row("duplicate keys V2", rows.duplicateKeysV2());
        out.append(counts.render());
        if (!rows.samples().isEmpty()) {
            out.append("\nFirst differences:\n");
            TextTable samples = new TextTable("KIND", "LOAN_ID", "MEASUREMENT_DATE", "COLUMN", "V1", "V2");
            for (RowDifference sample : rows.samples()) {
                samples.row(
                        sample.kind(),
                        sample.loanId(),
                        sample.measurementDate(),
                        sample.column(),
                        sample.v1Value(),
                        sample.v2Value());
            }
            out.append(samples.render());
        }
        return out.toString();
    }
}
