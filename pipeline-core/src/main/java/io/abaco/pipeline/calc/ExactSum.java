package io.abaco.pipeline.calc;

import java.util.Arrays;

/**
 * Exact sum of doubles (Shewchuk's non-overlapping partials, as Python's {@code math.fsum}): the result is the sum
 * of the added values computed exactly and rounded once, so it does not depend on the order of the additions nor
 * on how they were split between accumulators before being {@link #merge merged}.
 *
 * <p>Not thread-safe: use one accumulator per thread and merge them.
 */
public final class ExactSum {
    private double[] partials = new double[4];
    private int size;
    private double special; // sum of non-finite values (inf, NaN): exactness is moot once one is added
    private boolean hasSpecial;

    public void add(double value) {
        if (!Double.isFinite(value)) {
            special = hasSpecial ? special + value : value;
            hasSpecial = true;
            return;
        }
        double x = value;
        int kept = 0;
        for (int index = 0; index < size; index++) {
            double y = partials[index];
            if (Math.abs(x) < Math.abs(y)) {
                double swap = x;
                x = y;
                y = swap;
            }
            double high = x + y;
            double low = y - (high - x);
            if (low != 0.0) partials[kept++] = low;
            x = high;
        }
        if (kept == partials.length) partials = Arrays.copyOf(partials, kept * 2);
        partials[kept++] = x;
        size = kept;
    }

    /** Adds everything {@code other} holds; {@code other} is left unchanged. */
    public void merge(ExactSum other) {
        for (int index = 0; index < other.size; index++) add(other.partials[index]);
        if (other.hasSpecial) add(other.special);
    }

    /** The exact sum rounded to the nearest double (ties to even). */
    public double value() {
        if (hasSpecial) return special;
        if (size == 0) return 0.0;
        int index = size - 1;
        double high = partials[index];
        double low = 0.0;
        while (index > 0) {
            double x = high;
            double y = partials[--index];
            high = x + y;
            double rounded = high - x;
            low = y - rounded;
            if (low != 0.0) break;
        }
        // Correct a half-way case the loop above rounded the wrong way (as CPython's fsum does).
        if (index > 0 && ((low < 0.0 && partials[index - 1] < 0.0) || (low > 0.0 && partials[index - 1] > 0.0))) {
            double twice = low * 2.0;
            double candidate = high + twice;
            if (twice == candidate - high) high = candidate;
        }
        return high;
    }

    public ExactSum copy() {
        ExactSum copy = new ExactSum();
        copy.partials = Arrays.copyOf(partials, Math.max(4, size));
        copy.size = size;
        copy.special = special;
        copy.hasSpecial = hasSpecial;
        return copy;
    }
}
