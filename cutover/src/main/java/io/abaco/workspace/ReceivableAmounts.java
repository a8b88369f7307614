package io.abaco.workspace;

import java.util.SplittableRandom;

/**
 * The amounts of one synthetic receivable, in US cents. The whole balance sits in one DPD bucket, so the buckets sum
 * to the receivable.
 */
record ReceivableAmounts(
        long receivable,
        long eligible,
        long discounted,
        long cash,
        long dpd0To7,
        long dpd7To30,
        long dpd30To60,
        long dpd60To90,
        long dpd90Plus) {

    private static final double MEDIAN_CENTS = 2_500_000; // a typical invoice of 25,000 USD
    private static final double SPREAD = 0.9;

    /** Bucket probabilities, cumulative: current, 7-30, 30-60, 60-90, 90+; the rest are zero balances. */
    private static final double[] CUMULATIVE = {0.895, 0.945, 0.965, 0.977, 0.987};

    static ReceivableAmounts draw(SplittableRandom random) {
        double bucketDraw = random.nextDouble();
        // draw every value even for zero balances, so one row's bucket never shifts the next rows' amounts
        long receivable = Math.round(MEDIAN_CENTS * StrictMath.exp(SPREAD * gaussian(random)));
        double eligibleShare = between(random, 0.85, 1.0);
        double impairedShare = between(random, 0.3, 0.6);
        double discountedShare = between(random, 0.95, 0.99);
        double collectedShare = between(random, 0.02, 0.14);
        double delinquentCollectedShare = between(random, 0.0, 0.05);

        int bucket = 0;
        while (bucket < CUMULATIVE.length && bucketDraw >= CUMULATIVE[bucket]) bucket++;
        if (bucket == CUMULATIVE.length) return new ReceivableAmounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

        boolean seriouslyLate = bucket >= 2;
        long eligible = Math.round(receivable * (seriouslyLate ? impairedShare : eligibleShare));
        long discounted = Math.round(receivable * discountedShare);
        long cash = Math.round(eligible * (bucket == 0 ? collectedShare : delinquentCollectedShare));
        long[] buckets = new long[5];
        buckets[bucket] = receivable;
        return new ReceivableAmounts(
                receivable, eligible, discounted, cash, buckets[0], buckets[1], buckets[2], buckets[3], buckets[4]);
    }

    void appendTo(StringBuilder line) {
        appendDollars(line, receivable).append(',');
        appendDollars(line, eligible).append(',');
        appendDollars(line, discounted).append(',');
        appendDollars(line, cash).append(',');
        appendDollars(line, dpd0To7).append(',');
        appendDollars(line, dpd7To30).append(',');
        appendDollars(line, dpd30To60).append(',');
        appendDollars(line, dpd60To90).append(',');
        appendDollars(line, dpd90Plus);
    }

    private static StringBuilder appendDollars(StringBuilder line, long cents) {
        long fraction = cents % 100;
        line.append(cents / 100).append('.');
        if (fraction < 10) line.append('0');
        return line.append(fraction);
    }

    private static double between(SplittableRandom random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** Box-Muller with StrictMath, so the same seed gives the same numbers on every JVM and platform. */
    private static double gaussian(SplittableRandom random) {
        double uniform = 1.0 - random.nextDouble(); // (0, 1]: log is finite
        return StrictMath.sqrt(-2.0 * StrictMath.log(uniform))
                * StrictMath.cos(2.0 * StrictMath.PI * random.nextDouble());
    }
}
