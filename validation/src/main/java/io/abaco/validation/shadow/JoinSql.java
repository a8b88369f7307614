package io.abaco.validation.shadow;

import java.util.List;

/** The SQL of the row comparison, kept apart so that {@link RowComparator} reads as the steps it takes. */
final class JoinSql {
    private JoinSql() {}

    /** A table {@code k_loan, k_date, row_index, c0..cN} from one side's file. */
    static String load(String table, LoanFileColumns side, List<String> compared, List<Boolean> numeric) {
        StringBuilder sql =
                new StringBuilder("CREATE TEMP TABLE ").append(table).append(" AS SELECT ");
        sql.append("trim(CAST(").append(side.quoted(LoanFileColumns.LOAN_ID)).append(" AS VARCHAR)) AS k_loan, ");
        String date = "trim(CAST(" + side.quoted(LoanFileColumns.MEASUREMENT_DATE) + " AS VARCHAR))";
        sql.append("CASE WHEN regexp_matches(")
                .append(date)
                .append(", '^\\d{4}-\\d{2}-\\d{2}') THEN left(")
                .append(date)
                .append(", 10) ELSE ")
                .append(date)
                .append(" END AS k_date, ");
        sql.append("row_number() OVER () AS row_index");
        for (int i = 0; i < compared.size(); i++) {
            String text = "trim(CAST(" + side.quoted(compared.get(i)) + " AS VARCHAR))";
            String value = numeric.get(i)
                    ? "CASE WHEN " + text + " IS NULL OR " + text + " = '' THEN 0.0 ELSE TRY_CAST(" + text
                            + " AS DOUBLE) END"
                    : text;
            sql.append(", ").append(value).append(" AS c").append(i);
        }
        return sql.append(" FROM ").append(side.source()).toString();
    }

    /** The full outer join with, per compared column, both values and a mismatch flag. */
    static String joined(List<String> compared, List<Boolean> numeric, double absoluteTolerance) {
        StringBuilder sql = new StringBuilder("SELECT ");
        sql.append("coalesce(a.k_loan, b.k_loan) AS loan_id, coalesce(a.k_date, b.k_date) AS measurement_date, ");
        sql.append("a.row_index IS NOT NULL AS in_v1, b.row_index IS NOT NULL AS in_v2");
        StringBuilder any = new StringBuilder("false");
        for (int i = 0; i < compared.size(); i++) {
            String left = "a.c" + i;
            String right = "b.c" + i;
            String differs = numeric.get(i)
                    ? "CASE WHEN " + left + " IS NULL AND " + right + " IS NULL THEN false WHEN " + left
                            + " IS NULL OR " + right + " IS NULL THEN true ELSE abs(" + left + " - " + right + ") > "
                            + java.math.BigDecimal.valueOf(absoluteTolerance).toPlainString() + " END"
                    : left + " IS DISTINCT FROM " + right;
            sql.append(", ").append(left).append(" AS a").append(i);
            sql.append(", ").append(right).append(" AS b").append(i);
            sql.append(", coalesce(a.row_index IS NOT NULL AND b.row_index IS NOT NULL AND (")
                    .append(differs)
                    .append("), false) AS m")
                    .append(i);
            any.append(" OR m").append(i);
        }
        sql.append(" FROM v1 a FULL OUTER JOIN v2 b ON a.k_loan = b.k_loan AND a.k_date = b.k_date");
        return "CREATE TEMP TABLE joined AS SELECT *, " + any + " AS any_mismatch FROM (" + sql + ")";
    }

    static String counts(int columns) {
        StringBuilder sql = new StringBuilder("SELECT count(*) FILTER (WHERE in_v1 AND in_v2 AND NOT any_mismatch), ");
        sql.append("count(*) FILTER (WHERE NOT in_v1), count(*) FILTER (WHERE NOT in_v2), ");
        sql.append("count(*) FILTER (WHERE any_mismatch)");
        for (int i = 0; i < columns; i++)
            sql.append(", count(*) FILTER (WHERE m").append(i).append(")");
        return sql.append(" FROM joined").toString();
    }
}
