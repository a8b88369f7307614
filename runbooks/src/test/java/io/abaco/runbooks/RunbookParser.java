package io.abaco.runbooks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the executable steps of a Markdown runbook: every fenced block whose info string is {@code abaco}.
 *
 * <pre>
 * ```abaco
 * $ abaco cutover status
 * Cutover c-… : 6/6 phases passed
 * $ abaco cutover resume
 * # expect exit 3
 * ```
 * </pre>
 *
 * A line starting with {@code $ abaco} is a command; the lines under it are output it must print (in order,
 * {@code …} as a wildcard) and at most one {@code # expect exit N}.
 */
final class RunbookParser {
    private static final Pattern EXPECT_EXIT = Pattern.compile("#\\s*expect exit (\\d+)\\s*");

    private RunbookParser() {}

    static List<RunbookStep> parse(String file, String markdown) {
        List<RunbookStep> steps = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        boolean inBlock = false;
        Pending pending = null;
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index].stripTrailing();
            if (!inBlock) {
                inBlock = line.strip().equals("```abaco");
                continue;
            }
            if (line.strip().equals("```")) {
                if (pending != null) steps.add(pending.toStep());
                pending = null;
                inBlock = false;
                continue;
            }
            if (line.startsWith("$ abaco")) {
                if (pending != null) steps.add(pending.toStep());
                pending = new Pending(file, index + 1, split(line.substring("$ abaco".length()), file, index + 1));
            } else if (pending == null) {
                if (!line.isBlank())
                    throw new IllegalArgumentException(
                            file + ":" + (index + 1) + ": text before the first '$ abaco' command");
            } else {
                Matcher exit = EXPECT_EXIT.matcher(line.strip());
                if (exit.matches()) pending.expectedExit = Integer.parseInt(exit.group(1));
                else if (!line.isBlank()) pending.output.add(line.strip());
            }
        }
        if (inBlock) throw new IllegalArgumentException(file + ": an ```abaco block is never closed");
        return steps;
    }

    /** Splits like a POSIX shell without expansion: whitespace separates, single and double quotes group. */
    static List<String> split(String text, String file, int line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0;
                else word.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) words.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) throw new IllegalArgumentException(file + ":" + line + ": unclosed quote");
        if (inWord) words.add(word.toString());
        return words;
    }

    private static final class Pending {
        final String file;
        final int line;
        final List<String> arguments;
        final List<String> output = new ArrayList<>();
        int expectedExit;

        Pending(String file, int line, List<String> arguments) {
            this.file = file;
            this.line = line;
            this.arguments = arguments;
        }

        RunbookStep toStep() {
            return new RunbookStep(file, line, arguments, expectedExit, output);
        }
    }
}
