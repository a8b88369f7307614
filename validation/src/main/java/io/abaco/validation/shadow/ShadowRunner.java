package io.abaco.validation.shadow;

import java.nio.file.Path;

/**
 * Runs V1 and V2 on the same tape into {@code <workDir>/v1} and {@code <workDir>/v2} and compares what they
 * produced. Thread-safe when its executors are.
 */
public final class ShadowRunner {
    private final PipelineExecutor v1;
    private final PipelineExecutor v2;
    private final ShadowComparison comparison;

    public ShadowRunner(PipelineExecutor v1, PipelineExecutor v2, ShadowComparison comparison) {
        this.v1 = v1;
        this.v2 = v2;
        this.comparison = comparison;
    }

    /** @throws io.abaco.error.AbacoException when either pipeline fails (the other is not compared) */
    public ShadowReport run(Path tape, Path workDir) {
        KpiSnapshot one = v1.run(tape, workDir.resolve("v1"));
        KpiSnapshot two = v2.run(tape, workDir.resolve("v2"));
        return comparison.compare(tape, one, two);
    }
}
