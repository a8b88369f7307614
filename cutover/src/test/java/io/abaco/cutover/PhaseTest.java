package io.abaco.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhaseTest {
    @Test
    void phasesRunInTheirDeclaredOrderWithTheirReportNames() {
        assertThat(Phase.values())
                .extracting(Phase::reportFileName)
                .containsExactly(
                        "00-preflight.json",
                        "01-backup.json",
                        "02-staging-validate.json",
                        "03-v1-stop.json",
                        "04-v2-activate.json",
                        "05-post-validate.json");
        assertThat(Phase.values()).extracting(Phase::order).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(Phase.values())
                .filteredOn(Phase::changesState)
                .containsExactly(Phase.BACKUP, Phase.V1_STOP, Phase.V2_ACTIVATE);
    }

    @Test
    void looksPhasesUpByCliNameAndKnowsTheNext() {
        assertThat(Phase.fromCliName("v2-activate")).contains(Phase.V2_ACTIVATE);
        assertThat(Phase.fromCliName("V2_ACTIVATE")).isEmpty();
        assertThat(Phase.BACKUP.next()).contains(Phase.STAGING_VALIDATE);
        assertThat(Phase.POST_VALIDATE.next()).isEmpty();
    }
}
