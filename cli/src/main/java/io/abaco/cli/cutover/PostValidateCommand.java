package io.abaco.cli.cutover;

import io.abaco.cutover.Phase;
import picocli.CommandLine.Command;

/** {@code abaco cutover post-validate}. */
@Command(name = "post-validate", description = "Run V2 on production input; verify outputs, audit and KPI drift.")
public final class PostValidateCommand extends PhaseCommandBase {
    @Override
    Phase phase() {
        return Phase.POST_VALIDATE;
    }
}
