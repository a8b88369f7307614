package io.abaco.pipeline.calc;

import java.util.Arrays;

/**
 * Exact sum of doubles: the result is the exact sum of the added values rounded once (ties to even), the same as
 * Python's {@code math.fsum}, so it does not depend on the order of the additions nor on how they were split
 * between accumulators before being {@link #merge merged}.
 *
 * <p>Each value is split into its integer significand and binary exponent; significands are added exactly into one
 * {@code long} per exponent (no rounding at all) within a window of {@value #WINDOW} exponents around the first
 * value's, and every {@value #FOLD_EVERY} additions — before a bucket could overflow — the buckets are folded,
 * exactly, into Shewchuk's non-overlapping partials (as in {@code fsum}), which also give the correctly rounded
 * result. Values outside the window go to the partials directly. This keeps the per-row cost to a few integer
 * operations and an instance under 1 KB (time series keep one per period and column).
 *
 * <p>Not thread-safe: use one accumulator per thread and merge them.
 */
public final class ExactSum {
    private static final int FOLD_EVERY = 1000; // 1000 · 2^53 < 2^63: a bucket cannot overflow in between
    private static final int WINDOW = 64;
    private static final int LARGEST_BUCKETED_EXPONENT = 2000; // above, folding could overflow to infinity
    private final long[] buckets = new long[WINDOW];
    private long usedSlots; // bit i set: buckets[i] may be non-zero
    private int base = -1; // biased exponent of buckets[0], fixed by the first value
    private int pending;
    private double[] partials = new double[4];
    private int size;
    private double special; // sum of non-finite values (inf, NaN): exactness is moot once one is added
    private boolean hasSpecial;

    public void add(double value) {
        long bits = Double.doubleToRawLongBits(value);
        int exponent = (int) (bits >>> 52) & 0x7ff;
        if (exponent == 0x7ff) {
            special = hasSpecial ? special + value : value;
            hasSpecial = true;
            return;
        }
        if (value == 0.0) return;
        long significand = bits & 0x000f_ffff_ffff_ffffL;
        if (exponent == 0) {
            exponent = 1; // subnormal: same scale as the smallest normal exponent, without the implicit bit
        } else {
            significand |= 0x0010_0000_0000_0000L;
        }
        if (base < 0) base = Math.max(1, Math.min(exponent - WINDOW / 2, LARGEST_BUCKETED_EXPONENT - WINDOW));
        int slot = exponent - base;
        if (slot < 0 || slot >= WINDOW) {
            addPartial(value);
            return;
        }
        buckets[slot] += bits < 0 ? -significand : significand;
        usedSlots |= 1L << slot;
        if (++pending == FOLD_EVERY) fold();
    }

    /** Adds everything {@code other} holds; {@code other} is left unchanged. */
    public void merge(ExactSum other) {
        ExactSum copy = other.copy();
        copy.fold();
        for (int index = 0; index < copy.size; index++) addPartial(copy.partials[index]);
        if (copy.hasSpecial) add(copy.special);
    }

    /** The exact sum rounded to the nearest double (ties to even). */
    public double value() {
        fold();
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
        System.arraycopy(buckets, 0, copy.buckets, 0, WINDOW);
        copy.usedSlots = usedSlots;
        copy.base = base;
        copy.pending = pending;
        copy.partials = Arrays.copyOf(partials, Math.max(4, size));
        copy.size = size;
        copy.special = special;
        copy.hasSpecial = hasSpecial;
        return copy;
    }

    /** Moves every bucket into the partials, exactly: a long splits into two doubles that each hold it exactly. */
    private void fold() {
        long slots = usedSlots;
        while (slots != 0) {
            int slot = Long.numberOfTrailingZeros(slots);
            slots &= slots - 1;
            long sum = buckets[slot];
            buckets[slot] = 0;
            if (sum == 0) continue;
            int scale = base + slot - 1075;
            addPartial(Math.scalb((double) (sum & ~0xffff_ffffL), scale));
            addPartial(Math.scalb((double) (sum & 0xffff_ffffL), scale));
        }
        usedSlots = 0;
        pending = 0;
    }

    /** Shewchuk's grow-expansion step (as in {@code fsum}): partials stay non-overlapping and exact. */
    private void addPartial(double value) {
        if (value == 0.0) return;
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
}
