package io.abaco.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import picocli.CommandLine;

/**
 * Builds the command tree with no terminal and an empty environment, for build-time tools that only read the
 * Picocli model: the man-page generator ({@code picocli.codegen.docgen.manpage.ManPageGenerator --factory}) needs
 * a no-argument factory because {@link AbacoCommandTree} takes its {@link CliContext}. Never used to run a command.
 */
public final class ModelOnlyFactory implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == AbacoCommandTree.class) {
            PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
            return type.cast(new AbacoCommandTree(new CliContext(nowhere, nowhere, Map.of())));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
