package io.abaco.runbooks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code abaco} commands a runbook mentions for people only — inline code ({@code `abaco monitor --interval
 * 1h`}) and lines of {@code bash} blocks ({@code /opt/abaco/bin/abaco validate >>log}) — so that they too can be
 * checked against the CLI, though they are not executed.
 */
final class ProseCommands {
    private static final Pattern INLINE = Pattern.compile("`(abaco [^`]+)`");
    private static final Pattern SHELL_INVOCATION = Pattern.compile("(?:^|[\\s;&|(])(?:\\S*/)?abaco ((?:-|[a-z]).*)$");

    private static final Pattern COMMENT = Pattern.compile("(^|\\s)#");

    private ProseCommands() {}

    /** Where a command is mentioned and its arguments after {@code abaco}. */
    record Mention(String location, List<String> arguments) {}

    static List<Mention> find(String file, String markdown) {
        List<Mention> mentions = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        boolean inBash = false;
        boolean inOtherBlock = false;
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            String location = file + ":" + (index + 1);
            String fence = line.strip();
            if (fence.startsWith("```")) {
                if (inBash || inOtherBlock) {
                    inBash = false;
                    inOtherBlock = false;
                } else if (fence.equals("```bash")) {
                    inBash = true;
                } else {
                    inOtherBlock = true;
                }
                continue;
            }
            if (inBash) {
                Matcher invocation = SHELL_INVOCATION.matcher(withoutComment(line));
                if (invocation.find())
                    mentions.add(new Mention(location, untilShellOperator(invocation.group(1), location)));
            } else if (!inOtherBlock) {
                Matcher inline = INLINE.matcher(line);
                while (inline.find()) {
                    String text = inline.group(1).substring("abaco ".length());
                    mentions.add(new Mention(location, RunbookParser.split(text, file, index + 1)));
                }
            }
        }
        return mentions;
    }

    /** The words of a shell command line up to its first redirection, pipe, list operator or closing parenthesis. */
    private static List<String> untilShellOperator(String text, String location) {
        List<String> words = new ArrayList<>();
        for (String word : RunbookParser.split(text, location, 0)) {
            if (word.startsWith(">")
                    || word.startsWith("2>")
                    || word.equals("|")
                    || word.equals("&&")
                    || word.equals("||")) break;
            int end = indexOfAny(word, ");");
            if (end >= 0) {
                if (end > 0) words.add(word.substring(0, end));
                break;
            }
            words.add(word);
        }
        return words;
    }

    private static int indexOfAny(String word, String characters) {
        for (int index = 0; index < word.length(); index++) {
            if (characters.indexOf(word.charAt(index)) >= 0) return index;
        }
        return -1;
    }

    /** A shell line without its comment ({@code #} at the start of a word). */
    private static String withoutComment(String line) {
        Matcher comment = COMMENT.matcher(line);
        return comment.find() ? line.substring(0, comment.start()) : line;
    }
}
