package io.abaco.pipeline.transform;

/**
 * Streaming mean and standard deviation (Welford), mergeable (Chan et al.). Not thread-safe: one per thread, then
 * {@link #merge}.
 */
public final class RunningStats {
    private long count;
    private double mean;
    private double squaredDeviations;

    public void add(double value) {
        count++;
        double delta = value - mean;
        mean += delta / count;
        squaredDeviations += delta * (value - mean);
    }

    public void merge(RunningStats other) {
        if (other.count == 0) return;
        if (count == 0) {
            count = other.count;
            mean = other.mean;
            squaredDeviations = other.squaredDeviations;
            return;
        }
        long total = count + other.count;
        double delta = other.mean - mean;
        mean += delta * other.count / total;
        squaredDeviations += other.squaredDeviations + delta * delta * ((double) count * other.count / total);
        count = total;
    }

    public long count() {
        return count;
    }

    public double mean() {
        return mean;
    }

    /** Sample standard deviation (n − 1, as pandas' {@code std()}); 0 for fewer than two values. */
    public double standardDeviation() {
        return count < 2 ? 0.0 : Math.sqrt(squaredDeviations / (count - 1));
    }
}
