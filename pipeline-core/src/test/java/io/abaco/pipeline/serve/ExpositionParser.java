package io.abaco.pipeline.serve;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text format 0.0.4, line by line: every line is a HELP, a TYPE or a sample;
 * HELP and TYPE come once per metric and before its samples; a metric's samples are not interleaved with another's;
 * values are Go floats. Fails with an {@link AssertionError} naming the line otherwise.
 */
final class ExpositionParser {
    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.+)");
    private static final Pattern TYPE =
            Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\"";
    private static final Pattern SAMPLE =
            Pattern.compile("(" + NAME + ")(\\{" + LABEL + "(?:," + LABEL + ")*\\})? (\\S+)");

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    record Exposition(Map<String, String> types, Map<String, String> helps, Map<String, Double> samples) {
        double sample(String key) {
            Double value = samples.get(key);
            if (value == null) throw new AssertionError("no sample " + key + " in " + samples.keySet());
            return value;
        }

        String type(String metric) {
            return types.get(metric);
        }
    }

    private ExpositionParser() {}

    static Exposition parse(String text) {
        if (!text.endsWith("\n")) throw new AssertionError("exposition must end with a line feed");
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> helps = new LinkedHashMap<>();
        Map<String, Double> samples = new LinkedHashMap<>();
        Set<String> finished = new LinkedHashSet<>();
        String current = null;
        int lineNumber = 0;
        for (String line : text.split("\n", -1)) {
            lineNumber++;
            if (line.isEmpty() && lineNumber > 1 && text.endsWith("\n")) continue;
            Matcher help = HELP.matcher(line);
            Matcher type = TYPE.matcher(line);
            Matcher sample = SAMPLE.matcher(line);
            String metric;
            if (help.matches()) {
                metric = help.group(1);
                if (helps.put(metric, help.group(2)) != null) fail(lineNumber, line, "second HELP");
                if (samples.keySet().stream().anyMatch(key -> nameOf(key).equals(help.group(1))))
                    fail(lineNumber, line, "HELP after samples");
            } else if (type.matches()) {
                metric = type.group(1);
                if (types.put(metric, type.group(2)) != null) fail(lineNumber, line, "second TYPE");
                if (samples.keySet().stream().anyMatch(key -> nameOf(key).equals(type.group(1))))
                    fail(lineNumber, line, "TYPE after samples");
            } else if (sample.matches()) {
                metric = sample.group(1);
                if (!types.containsKey(metric) || !helps.containsKey(metric))
                    fail(lineNumber, line, "sample without HELP and TYPE");
                if ("counter".equals(types.get(metric)) && !metric.endsWith("_total"))
                    fail(lineNumber, line, "counter not named *_total");
                String key = metric + (sample.group(2) == null ? "" : sample.group(2));
                if (samples.put(key, goFloat(sample.group(3), lineNumber, line)) != null)
                    fail(lineNumber, line, "duplicate sample");
            } else {
                throw fail(lineNumber, line, "neither HELP, TYPE nor a sample");
            }
            if (!metric.equals(current)) {
                if (finished.contains(metric)) fail(lineNumber, line, "metric " + metric + " interleaved");
                if (current != null) finished.add(current);
                current = metric;
            }
        }
        return new Exposition(types, helps, samples);
    }

    private static String nameOf(String key) {
        int brace = key.indexOf('{');
        return brace < 0 ? key : key.substring(0, brace);
    }

    private static double goFloat(String value, int lineNumber, String line) {
        switch (value) {
            case "NaN":
                return Double.NaN;
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                if (!DECIMAL.matcher(value).matches()) throw fail(lineNumber, line, "value is not a float");
                return Double.parseDouble(value);
        }
    }

    private static AssertionError fail(int lineNumber, String line, String why) {
        throw new AssertionError("line " + lineNumber + " '" + line + "': " + why);
    }
}
