package io.abaco.runbooks;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** Checks that documented output lines appear, in order, in what a command printed. */
final class OutputMatcher {
    private OutputMatcher() {}

    /** The first documented line that could not be found (in order), or empty when all were. */
    static Optional<String> firstMissing(List<String> expected, String actual) {
        String[] lines = actual.split("\\R");
        int from = 0;
        for (String wanted : expected) {
            Pattern pattern = toPattern(wanted);
            int found = -1;
            for (int i = from; i < lines.length; i++) {
                if (pattern.matcher(lines[i].strip()).matches()) {
                    found = i;
                    break;
                }
            }
            if (found < 0) return Optional.of(wanted);
            from = found + 1;
        }
        return Optional.empty();
    }

    /** A documented line as a pattern: literal text, with {@code …} matching anything. */
    static Pattern toPattern(String documented) {
        StringJoiner regex = new StringJoiner(".*");
        for (String part : documented.split("…", -1)) regex.add(Pattern.quote(part));
        return Pattern.compile(regex.toString());
    }
}
