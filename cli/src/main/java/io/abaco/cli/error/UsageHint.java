package io.abaco.cli.error;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns a bad command line into one line saying what is wrong (with a "did you mean") and one saying what to try. */
final class UsageHint {
    private UsageHint() {}

    static List<String> explain(ParameterException error) {
        List<String> lines = new ArrayList<>();
        lines.add(describe(error));
        lines.add(tryHelp(error.getCommandLine()));
        return lines;
    }

    static String tryHelp(CommandLine commandLine) {
        String name =
                commandLine == null ? "abaco" : commandLine.getCommandSpec().qualifiedName();
        return "Try '" + name + " --help'.";
    }

    private static String describe(ParameterException error) {
        if (!(error instanceof UnmatchedArgumentException unmatched)
                || unmatched.getUnmatched().isEmpty()) {
            return error.getMessage();
        }
        String argument = unmatched.getUnmatched().get(0);
        CommandLine commandLine = unmatched.getCommandLine();
        String what;
        if (argument.startsWith("-")) {
            what = "unknown option '" + argument + "'";
        } else if (!commandLine.getSubcommands().isEmpty()) {
            what = "unknown command '" + argument + "'";
        } else {
            what = "unexpected argument '" + argument + "'";
        }
        List<String> suggestions = unmatched.getSuggestions();
        if (suggestions.isEmpty()) return what;
        return what + "; did you mean "
                + String.join(
                        " or ",
                        suggestions.stream().limit(3).map(s -> "'" + s + "'").toList()) + "?";
    }
}
