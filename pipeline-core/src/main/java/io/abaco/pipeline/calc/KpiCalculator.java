package io.abaco.pipeline.calc;

import io.abaco.config.model.KpiThreshold;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Computes the KPIs of DESIGN §6 from exact column sums. Stateless and thread-safe.
 *
 * <p>par_30, par_90 and collection_rate are rounded to 2 decimals, half-even, on the exact decimal value of the
 * computed double (Python's {@code round}); portfolio_health is computed from those rounded values, clamped to
 * [0, 10] and not rounded.
 */
public final class KpiCalculator {
    public static final String PAR_30 = "par_30";
    public static final String PAR_90 = "par_90";
    public static final String COLLECTION_RATE = "collection_rate";
    public static final String PORTFOLIO_HEALTH = "portfolio_health";
    public static final List<String> NAMES = List.of(PAR_30, PAR_90, COLLECTION_RATE, PORTFOLIO_HEALTH);
    public static final String EMPTY_INPUT = "empty input";

    private final Map<String, KpiThreshold> thresholds;

    /** @param thresholds by KPI name; a KPI without thresholds is always {@code ok} */
    public KpiCalculator(Map<String, KpiThreshold> thresholds) {
        this.thresholds = Map.copyOf(thresholds);
    }

    public KpiResult calculate(KpiSums sums) {
        if (sums.rows() == 0) {
            List<KpiValue> zeros = new ArrayList<>();
            for (String name : NAMES) zeros.add(kpi(name, 0.0, EMPTY_INPUT));
            return new KpiResult(0, zeros);
        }
        double receivable = sums.receivable();
        String receivableReason = receivable == 0.0 ? "zero denominator: sum of total_receivable_usd is 0" : null;
        double par30 = receivableReason == null ? round2(sums.pastDue30() / receivable * 100.0) : 0.0;
        double par90 = receivableReason == null ? round2(sums.pastDue90() / receivable * 100.0) : 0.0;

        double eligible = sums.eligible();
        String eligibleReason = eligible == 0.0 ? "zero denominator: sum of total_eligible_usd is 0" : null;
        double collectionRate = eligibleReason == null ? round2(sums.cash() / eligible * 100.0) : 0.0;

        String healthReason = null;
        if (receivableReason != null || eligibleReason != null) {
            healthReason = "computed from fallback inputs: "
                    + (receivableReason != null ? "par_30 " : "")
                    + (eligibleReason != null ? "collection_rate " : "")
                    + "is 0 (zero denominator)";
            healthReason = healthReason.replace("par_30 collection_rate", "par_30 and collection_rate");
        }
        return new KpiResult(
                sums.rows(),
                List.of(
                        kpi(PAR_30, par30, receivableReason),
                        kpi(PAR_90, par90, receivableReason),
                        kpi(COLLECTION_RATE, collectionRate, eligibleReason),
                        kpi(PORTFOLIO_HEALTH, portfolioHealth(par30, collectionRate), healthReason)));
    }

    /** clamp(max(0, 10 − par30 / 10) × (collectionRate / 10), 0, 10), from the already rounded inputs. */
    public static double portfolioHealth(double par30, double collectionRate) {
        double health = Math.max(0.0, 10.0 - par30 / 10.0) * (collectionRate / 10.0);
        return Math.min(10.0, Math.max(0.0, health));
    }

    /** Half-even rounding to 2 decimals of the double's exact decimal value (Python's {@code round(x, 2)}). */
    public static double round2(double value) {
        if (!Double.isFinite(value)) return value;
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

    public KpiStatus status(String name, double value) {
        KpiThreshold threshold = thresholds.get(name);
        if (threshold == null) return KpiStatus.OK;
        if (threshold.lowerIsWorse()) {
            if (value <= threshold.critical()) return KpiStatus.CRITICAL;
            return value <= threshold.warning() ? KpiStatus.WARNING : KpiStatus.OK;
        }
        if (value >= threshold.critical()) return KpiStatus.CRITICAL;
        return value >= threshold.warning() ? KpiStatus.WARNING : KpiStatus.OK;
    }

    private KpiValue kpi(String name, double value, String reason) {
        return new KpiValue(name, value, status(name, value), reason);
    }
}
