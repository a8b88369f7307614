package io.abaco.cli.cutover;

import io.abaco.cutover.Phase;
import picocli.CommandLine.Command;

/** {@code abaco cutover staging-validate}. */
@Command(name = "staging-validate", description = "Run V2 on the production input in staging and compare it with V1.")
public final class StagingValidateCommand extends PhaseCommandBase {
    @Override
    Phase phase() {
        return Phase.STAGING_VALIDATE;
    }
}
