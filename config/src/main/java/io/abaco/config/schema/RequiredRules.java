package io.abaco.config.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.config.placeholder.ActiveSections;
import io.abaco.config.yaml.SourceMark;
import io.abaco.error.ConfigProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Settings a feature cannot work without, checked only when the feature is switched on. Problems about a value
 * left at its built-in default are reported where the feature was switched on. Messages never repeat the value of
 * a URL or secret.
 */
public final class RequiredRules {
    private static final Map<String, List<String>> BY_CONTROLLER = Map.of(
            "systemd", List.of("unit"),
            "command", List.of("start_command", "stop_command", "status_command"),
            "http", List.of("start_url", "stop_url"));

    private final ValidatedTree tree;
    private final ActiveSections sections;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private RequiredRules(ValidatedTree tree, ActiveSections sections) {
        this.tree = tree;
        this.sections = sections;
    }

    public static List<ConfigProblem> check(ValidatedTree tree, ActiveSections sections) {
        RequiredRules rules = new RequiredRules(tree, sections);
        rules.database();
        rules.cascade();
        rules.slack();
        rules.controller("cutover.v1");
        rules.controller("cutover.v2");
        return rules.problems;
    }

    private void database() {
        if (!sections.isOn("pipeline.output.database")) return;
        String url = "pipeline.output.database.url";
        String because = "required when pipeline.output.database.enabled is true";
        if (require(url, "pipeline.output.database.enabled", because)
                && !tree.at(url).asText().startsWith("jdbc:postgresql:")) {
            problems.add(tree.problem(url, "expected a JDBC URL starting with jdbc:postgresql:"));
        }
        require("pipeline.output.database.schema", "pipeline.output.database.enabled", because);
    }

    private void cascade() {
        if (!sections.isOn("pipeline.ingestion.cascade")) return;
        String because = "required when pipeline.ingestion.source is cascade_http";
        String baseUrl = "pipeline.ingestion.cascade.base_url";
        if (require(baseUrl, "pipeline.ingestion.source", because)) httpUrl(baseUrl);
        String endpoint = "pipeline.ingestion.cascade.endpoint";
        if (require(endpoint, "pipeline.ingestion.source", because)
                && tree.at(endpoint).asText().contains("{portfolio_id}")) {
            require(
                    "pipeline.ingestion.cascade.portfolio_id",
                    "pipeline.ingestion.source",
                    "required when the endpoint holds {portfolio_id}");
        }
    }

    private void slack() {
        if (!sections.isOn("alerts.slack")) return;
        String webhook = "alerts.slack.webhook_url";
        if (require(webhook, "alerts.slack.enabled", "required when alerts.slack.enabled is true")) httpUrl(webhook);
    }

    private void controller(String service) {
        String controllerPath = service + ".controller";
        if (!tree.usable(controllerPath)) return;
        String controller = tree.at(controllerPath).asText();
        String because = "required when " + controllerPath + " is " + controller;
        for (String key : BY_CONTROLLER.getOrDefault(controller, List.of())) {
            require(service + "." + key, controllerPath, because);
        }
    }

    /** True when the value is present; otherwise records a problem and returns false. */
    private boolean require(String path, String switchPath, String because) {
        if (tree.rejectedPaths().contains(path)) return false; // already reported
        JsonNode value = tree.at(path);
        if (value.isTextual() && !value.asText().isBlank()) return true;
        SourceMark at = tree.mark(path).isBuiltIn() ? tree.mark(switchPath) : tree.mark(path);
        problems.add(ValidatedTree.problem(at, path, because));
        return false;
    }

    private void httpUrl(String path) {
        String url = tree.at(path).asText();
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            problems.add(tree.problem(path, "expected an http:// or https:// URL"));
        }
    }
}
