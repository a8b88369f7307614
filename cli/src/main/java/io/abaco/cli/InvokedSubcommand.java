package io.abaco.cli;

import io.abaco.cli.completion.CompletionCommand;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * The subcommand a command line plainly names, so that only its model is built. Anything unusual before it (help or
 * version options, an unknown option, an argument file, an option value that is itself a command name) or a word
 * that is not a command gives none: the whole {@link AbacoCommandTree} then parses it, so every message stays as
 * Picocli words it for the whole tree.
 */
final class InvokedSubcommand {
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("-w", "--workspace", "--env");
    private static final Set<String> FLAGS = Set.of("--stacktrace", "--verbose");

    private InvokedSubcommand() {}

    /** @return the subcommand class, or null when the whole tree must parse {@code args} */
    static Class<?> of(String... args) {
        for (int index = 0; index < args.length; index++) {
            String argument = args[index];
            if (OPTIONS_WITH_VALUE.contains(argument)) {
                index++;
                if (index >= args.length || args[index].startsWith("-") || subcommand(args[index]) != null) return null;
            } else if (argument.startsWith("--workspace=") || argument.startsWith("--env=")) {
                continue;
            } else if (FLAGS.contains(argument)) {
                continue;
            } else if (argument.startsWith("-") || argument.startsWith("@")) {
                return null;
            } else {
                Class<?> subcommand = subcommand(argument);
                // a completion script lists every command
                return subcommand == CompletionCommand.class ? null : subcommand;
            }
        }
        return null;
    }

    private static Class<?> subcommand(String name) {
        for (Class<?> subcommand :
                AbacoCommandTree.class.getAnnotation(Command.class).subcommands()) {
            Command command = subcommand.getAnnotation(Command.class);
            if (command.name().equals(name) || Set.of(command.aliases()).contains(name)) return subcommand;
        }
        return null;
    }
}
