package io.abaco.cutover.presentation;

import java.util.List;

/**
 * The shadow comparison of V1 and V2 (DESIGN §10) as found in the cutover's directory.
 *
 * @param file the report file, workspace-relative
 * @param verdict PASS or FAIL as written; null when absent
 * @param kpis one row per KPI, in file order
 * @param rows row-by-row counts (matched, missing in V1, missing in V2, mismatched, then any other count), empty
 *     when rows were not compared
 * @param rowsNote why rows were not compared, or null
 */
public record ShadowSummary(
        String file, String verdict, List<ShadowKpiRow> kpis, List<LabeledValue> rows, String rowsNote) {
    public ShadowSummary {
        kpis = List.copyOf(kpis);
        rows = List.copyOf(rows);
    }
}
