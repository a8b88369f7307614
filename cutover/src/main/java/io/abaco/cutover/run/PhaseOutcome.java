package io.abaco.cutover.run;

import io.abaco.cutover.report.Artifact;
import io.abaco.validation.CheckResult;
import java.util.ArrayList;
import java.util.List;

/**
 * What a phase's work measured and produced. The phase PASSes only when no check FAILed; a phase that measured
 * nothing cannot PASS (see {@link #verdictFailed()}).
 */
public record PhaseOutcome(List<CheckResult> checks, List<Artifact> artifacts) {
    public PhaseOutcome {
        checks = List.copyOf(checks);
        artifacts = List.copyOf(artifacts);
    }

    public boolean verdictFailed() {
        return checks.isEmpty() || checks.stream().anyMatch(CheckResult::failed);
    }

    /** Collects checks and artifacts as a phase goes, so each phase reads as a list of steps. */
    public static final class Builder {
        private final List<CheckResult> checks = new ArrayList<>();
        private final List<Artifact> artifacts = new ArrayList<>();

        public Builder check(CheckResult check) {
            checks.add(check);
            return this;
        }

        public Builder checks(List<CheckResult> more) {
            checks.addAll(more);
            return this;
        }

        public Builder artifact(Artifact artifact) {
            artifacts.add(artifact);
            return this;
        }

        public boolean anyFailed() {
            return checks.stream().anyMatch(CheckResult::failed);
        }

        public PhaseOutcome build() {
            return new PhaseOutcome(checks, artifacts);
        }
    }
}
