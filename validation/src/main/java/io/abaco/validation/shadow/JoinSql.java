package io.abaco.validation.shadow;

import java.math.BigDecimal;
import java.util.List;

/** The SQL of the row comparison, kept apart so that {@link RowComparator} reads as the steps it takes. */
final class JoinSql {
    private JoinSql() {}

    /**
     * A table {@code k_loan, k_date, present, c0..cN} from one side's file: keys trimmed, a timestamp key cut to its
     * date, numbers as doubles (empty → 0, not a number → null), text trimmed.
     */
    static String load(String table, LoanFileColumns side, List<String> compared, List<Boolean> numeric) {
        StringBuilder sql =
                new StringBuilder("CREATE TEMP TABLE ").append(table).append(" AS SELECT ");
        sql.append("trim(CAST(").append(side.quoted(LoanFileColumns.LOAN_ID)).append(" AS VARCHAR)) AS k_loan, ");
        sql.append("CASE WHEN length(k_date_text) > 10 AND substr(k_date_text, 5, 1) = '-'");
        sql.append(" AND substr(k_date_text, 8, 1) = '-' THEN left(k_date_text, 10) ELSE k_date_text END AS k_date, ");
        sql.append("true AS present");
        for (int i = 0; i < compared.size(); i++) {
            String name = compared.get(i);
            String column = side.quoted(name);
            String text = "trim(CAST(" + column + " AS VARCHAR))";
            String value;
            if (!numeric.get(i)) {
                value = text;
            } else if (side.storedAsNumber(name)) {
                value = "coalesce(CAST(" + column + " AS DOUBLE), 0.0)";
            } else {
                value = "CASE WHEN " + column + " IS NULL OR " + text + " = '' THEN 0.0 ELSE TRY_CAST(" + text
                        + " AS DOUBLE) END";
            }
            sql.append(", ").append(value).append(" AS c").append(i);
        }
        sql.append(" FROM (SELECT *, trim(CAST(").append(side.quoted(LoanFileColumns.MEASUREMENT_DATE));
        return sql.append(" AS VARCHAR)) AS k_date_text FROM ")
                .append(side.source())
                .append(")")
                .toString();
    }

    /** The full outer join with, per compared column, both values and a mismatch flag. */
    static String joined(List<String> compared, List<Boolean> numeric, double absoluteTolerance) {
        String tolerance = BigDecimal.valueOf(absoluteTolerance).toPlainString();
        StringBuilder sql = new StringBuilder("SELECT ");
        sql.append("coalesce(a.k_loan, b.k_loan) AS loan_id, coalesce(a.k_date, b.k_date) AS measurement_date, ");
        sql.append("a.present IS NOT NULL AS in_v1, b.present IS NOT NULL AS in_v2");
        StringBuilder any = new StringBuilder("false");
        for (int i = 0; i < compared.size(); i++) {
            String left = "a.c" + i;
            String right = "b.c" + i;
            String differs = numeric.get(i)
                    ? "CASE WHEN " + left + " IS NULL AND " + right + " IS NULL THEN false WHEN " + left
                            + " IS NULL OR " + right + " IS NULL THEN true ELSE abs(" + left + " - " + right + ") > "
                            + tolerance + " END"
                    : left + " IS DISTINCT FROM " + right;
            sql.append(", ").append(left).append(" AS a").append(i);
            sql.append(", ").append(right).append(" AS b").append(i);
            sql.append(", coalesce(a.present AND b.present AND (")
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
