package io.abaco.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportStatusTest {
    private static final CheckResult PASS = CheckResult.pass("a", 1, 2, "ok");
    private static final CheckResult WARN = CheckResult.warn("b", 1, 2, "meh");
    private static final CheckResult FAIL = CheckResult.fail("c", 1, 2, "bad");
    private static final CheckResult SKIP = CheckResult.skipped("d", "not configured");

    @Test
    void anyFailIsFail() {
        assertThat(ReportStatus.of(List.of(PASS, WARN, FAIL, SKIP))).isEqualTo(ReportStatus.FAIL);
    }

    @Test
    void warnWithoutFailIsWarn() {
        assertThat(ReportStatus.of(List.of(PASS, WARN, SKIP))).isEqualTo(ReportStatus.WARN);
    }

    @Test
    void passesWithSomeSkippedArePass() {
        assertThat(ReportStatus.of(List.of(PASS, SKIP))).isEqualTo(ReportStatus.PASS);
    }

    @Test
    void nothingMeasuredIsNeverPass() {
        assertThat(ReportStatus.of(List.of(SKIP, SKIP))).isEqualTo(ReportStatus.WARN);
        assertThat(ReportStatus.of(List.of())).isEqualTo(ReportStatus.WARN);
    }
}
