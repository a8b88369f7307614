package io.abaco.config.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.error.ConfigProblem;
import java.util.ArrayList;
import java.util.List;

/** Checks settings that are each valid alone but contradict one another. */
public final class ConsistencyRules {
    private ConsistencyRules() {}

    public static List<ConfigProblem> check(ValidatedTree tree) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (String kpi : ConfigSchema.KPI_NAMES) checkKpiOrder(tree, "pipeline.calculation.kpis." + kpi, problems);
        String tolerance = "cutover.shadow.kpi_tolerance_pct";
        String halt = "cutover.shadow.halt_above_pct";
        if (usableNumber(tree, tolerance)
                && usableNumber(tree, halt)
                && tree.at(halt).asDouble() < tree.at(tolerance).asDouble()) {
            problems.add(tree.problem(
                    halt,
                    "must not be below kpi_tolerance_pct ("
                            + ValueRules.format(tree.at(halt).asDouble()) + " < "
                            + ValueRules.format(tree.at(tolerance).asDouble()) + ")"));
        }
        return problems;
    }

    private static void checkKpiOrder(ValidatedTree tree, String path, List<ConfigProblem> into) {
        String warningPath = path + ".warning";
        String criticalPath = path + ".critical";
        String directionPath = path + ".lower_is_worse";
        if (!usableNumber(tree, warningPath)
                || !usableNumber(tree, criticalPath)
                || !tree.usable(directionPath)
                || !tree.at(directionPath).isBoolean()) {
            return;
        }
        double warning = tree.at(warningPath).asDouble();
        double critical = tree.at(criticalPath).asDouble();
        boolean lowerIsWorse = tree.at(directionPath).asBoolean();
        String pair = "(" + ValueRules.format(warning) + " vs " + ValueRules.format(critical) + ")";
        if (!lowerIsWorse && warning > critical) {
            into.add(tree.problem(warningPath, "must not be above critical when higher is worse " + pair));
        } else if (lowerIsWorse && warning < critical) {
            into.add(tree.problem(warningPath, "must not be below critical when lower is worse " + pair));
        }
    }

    private static boolean usableNumber(ValidatedTree tree, String path) {
        JsonNode value = tree.at(path);
        return tree.usable(path) && value.isNumber();
    }
}
