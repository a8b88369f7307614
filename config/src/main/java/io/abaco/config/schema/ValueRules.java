package io.abaco.config.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.error.ConfigProblem;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks values that have the right type but not an allowed value: enums, sets of enums and number ranges. */
public final class ValueRules {
    private static final List<String> CONTROLLERS = List.of("process", "systemd", "command", "http");
    private static final Map<String, List<String>> ENUMS = Map.of(
            "run.id_strategy", List.of("deterministic", "timestamp"),
            "pipeline.ingestion.source", List.of("file", "cascade_http"),
            "pipeline.ingestion.cascade.auth", List.of("bearer", "cookie"),
            "pipeline.transformation.null_handling", List.of("fill_zero", "drop_rows"),
            "pipeline.transformation.outliers.method", List.of("zscore"),
            "cutover.v1.controller", CONTROLLERS,
            "cutover.v2.controller", CONTROLLERS);
    private static final Map<String, List<String>> ENUM_SETS = Map.of(
            "pipeline.output.formats", List.of("parquet", "csv", "json"),
            "pipeline.calculation.timeseries", List.of("daily", "weekly", "monthly"));

    /** Inclusive bounds; every other number must be 0 or more (no timeout, threshold or count is negative). */
    private record Range(double min, double max) {}

    private static final Map<String, Range> RANGES = Map.of(
            "serve.port", new Range(1, 65535),
            "pipeline.ingestion.cascade.retry.jitter", new Range(0, 1),
            "pipeline.ingestion.cascade.circuit_breaker.failure_threshold", new Range(1, Double.MAX_VALUE),
            "validation.sample_rows", new Range(1, Double.MAX_VALUE));

    public static final int SUPPORTED_VERSION = 2;

    private ValueRules() {}

    public static List<ConfigProblem> check(ValidatedTree tree) {
        List<ConfigProblem> problems = new ArrayList<>();
        ENUMS.forEach((path, allowed) -> checkEnum(tree, path, allowed, problems));
        ENUM_SETS.forEach((path, allowed) -> checkEnumSet(tree, path, allowed, problems));
        checkNumbers(tree, tree.tree(), "", problems);
        if (tree.usable("run.timezone") && tree.at("run.timezone").isTextual()) {
            String zone = tree.at("run.timezone").asText();
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                problems.add(tree.problem("run.timezone", "unknown time zone '" + zone + "'"));
            }
        }
        return problems;
    }

    private static void checkEnum(ValidatedTree tree, String path, List<String> allowed, List<ConfigProblem> into) {
        if (!tree.usable(path)) return;
        JsonNode value = tree.at(path);
        if (!value.isTextual() || !allowed.contains(value.asText())) {
            into.add(tree.problem(path, oneOf(allowed, value)));
        }
    }

    private static void checkEnumSet(ValidatedTree tree, String path, List<String> allowed, List<ConfigProblem> into) {
        if (!tree.usable(path) || !tree.at(path).isArray()) return;
        JsonNode list = tree.at(path);
        if (list.isEmpty()) {
            into.add(tree.problem(path, "expected at least one of " + String.join("|", allowed)));
        }
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < list.size(); index++) {
            JsonNode item = list.get(index);
            String itemPath = path + "[" + index + "]";
            if (!item.isTextual() || !allowed.contains(item.asText())) {
                into.add(tree.problem(itemPath, oneOf(allowed, item)));
            } else if (!seen.add(item.asText())) {
                into.add(tree.problem(itemPath, "'" + item.asText() + "' is listed twice"));
            }
        }
    }

    private static void checkNumbers(ValidatedTree tree, JsonNode node, String path, List<ConfigProblem> into) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                checkNumbers(
                        tree, field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), into);
            }
        } else if (node.isNumber() && !tree.rejectedPaths().contains(path)) {
            checkNumber(tree, path, node.asDouble(), into);
        }
    }

    private static void checkNumber(ValidatedTree tree, String path, double value, List<ConfigProblem> into) {
        if (path.equals("version")) {
            if (value != SUPPORTED_VERSION) {
                into.add(tree.problem(path, "unsupported version " + format(value) + " (this abaco reads version 2)"));
            }
            return;
        }
        Range range = RANGES.get(path);
        if (range == null && value < 0) {
            into.add(tree.problem(path, "must be 0 or more, got " + format(value)));
        } else if (range != null && (value < range.min() || value > range.max())) {
            String bounds = range.max() == Double.MAX_VALUE
                    ? format(range.min()) + " or more"
                    : "between " + format(range.min()) + " and " + format(range.max());
            into.add(tree.problem(path, "must be " + bounds + ", got " + format(value)));
        }
    }

    private static String oneOf(List<String> allowed, JsonNode value) {
        String got = value.isNull() ? "null" : "'" + value.asText() + "'";
        return "expected one of " + String.join("|", allowed) + ", got " + got;
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
