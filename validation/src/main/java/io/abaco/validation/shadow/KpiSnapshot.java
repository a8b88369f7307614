package io.abaco.validation.shadow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one pipeline (V1 or V2) produced for one input: its KPI values and, when it writes one, its loan-level file.
 *
 * @param kpis KPI name → value (percent; portfolio_health 0..10)
 * @param loans the loan-level output ({@code loans.csv} or {@code loans.parquet}), or null when there is none
 */
public record KpiSnapshot(java.util.Map<String, Double> kpis, Path loans) {
    public KpiSnapshot {
        kpis = Collections.unmodifiableMap(new TreeMap<>(kpis));
    }

    /** The loan-level file in {@code outputDir}: {@code loans.parquet}, else {@code loans.csv}, if either exists. */
    public static Optional<Path> findLoans(Path outputDir) {
        for (String name : new String[] {"loans.parquet", "loans.csv"}) {
            Path candidate = outputDir.resolve(name);
            if (Files.isRegularFile(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
