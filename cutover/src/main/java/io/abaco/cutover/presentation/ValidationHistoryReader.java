package io.abaco.cutover.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the validation history ({@code logs/validation/*.json}) of a cutover's monitoring window. A file is a
 * validation report when it is a JSON object with a readable {@code timestamp}; other files there (alert state,
 * the monitor summary) are not points. The performance check's {@code observed} is its latency in ms: a number, or
 * an object holding a numeric field whose name contains "latency".
 */
final class ValidationHistoryReader {
    static final String MONITOR_SUMMARY = "monitor-summary.json";

    private ValidationHistoryReader() {}

    static Section<ValidationWindow> read(EvidenceFiles files, Path directory, Instant from, Instant until) {
        if (!Files.isDirectory(directory)) {
            return Section.unavailable("no validation history (" + files.display(directory) + " does not exist)");
        }
        List<ValidationPoint> points = new ArrayList<>();
        Double threshold = null;
        int outside = 0;
        for (Path file : jsonFiles(directory)) {
            Optional<JsonNode> node = files.peekJson(file).filter(JsonNode::isObject);
            Instant timestamp = node.map(n -> Nodes.instant(n, "timestamp")).orElse(null);
            if (timestamp == null) continue;
            if ((from != null && timestamp.isBefore(from)) || (until != null && !timestamp.isBefore(until))) {
                outside++;
                continue;
            }
            points.add(point(files.display(file), timestamp, node.get()));
            files.used(file);
            Double fileThreshold = latencyThreshold(node.get());
            if (fileThreshold != null) threshold = fileThreshold;
        }
        if (points.isEmpty()) {
            return Section.unavailable("no validation report in the monitoring window"
                    + (outside > 0 ? " (" + outside + " report(s) outside it)" : ""));
        }
        points.sort(Comparator.comparing(ValidationPoint::timestamp));
        Set<String> kpiNames = new LinkedHashSet<>();
        Set<String> checkNames = new LinkedHashSet<>();
        points.forEach(point -> {
            kpiNames.addAll(point.kpis().keySet());
            checkNames.addAll(point.checkStatuses().keySet());
        });
        return Section.of(new ValidationWindow(
                from,
                until,
                points,
                List.copyOf(kpiNames),
                List.copyOf(checkNames),
                threshold,
                monitorSummary(files, directory.resolve(MONITOR_SUMMARY))));
    }

    private static ValidationPoint point(String file, Instant timestamp, JsonNode node) {
        Map<String, Double> kpis = new LinkedHashMap<>();
        JsonNode kpiNode = Nodes.first(node, "kpis");
        if (kpiNode != null && kpiNode.isObject()) {
            kpiNode.fields().forEachRemaining(entry -> {
                Double value = Nodes.asNumber(entry.getValue());
                if (value == null) value = Nodes.number(entry.getValue(), "value");
                if (value != null) kpis.put(entry.getKey(), value);
            });
        } else if (kpiNode != null && kpiNode.isArray()) {
            kpiNode.forEach(row -> {
                String name = Nodes.text(row, "kpi", "name");
                Double value = Nodes.number(row, "value");
                if (name != null && value != null) kpis.put(name, value);
            });
        }
        Map<String, String> checks = new LinkedHashMap<>();
        Double latency = null;
        for (JsonNode check : Nodes.elements(node, "checks")) {
            String name = PhaseReports.orElse(Nodes.text(check, "name"), "(unnamed)");
            checks.put(name, PhaseReports.orElse(Nodes.status(check, "status"), "UNKNOWN"));
            if (name.equals("performance")) latency = latency(Nodes.first(check, "observed"));
        }
        List<String> issues = new ArrayList<>();
        Nodes.elements(node, "issues").forEach(issue -> issues.add(Nodes.asText(issue)));
        return new ValidationPoint(file, timestamp, Nodes.status(node, "status"), kpis, latency, checks, issues);
    }

    private static Double latency(JsonNode observed) {
        if (observed == null) return null;
        Double direct = Nodes.asNumber(observed);
        if (direct != null || !observed.isObject()) return direct;
        for (var it = observed.fields(); it.hasNext(); ) {
            var entry = it.next();
            if (entry.getKey().contains("latency") && entry.getValue().isNumber()) {
                return entry.getValue().doubleValue();
            }
        }
        return null;
    }

    private static Double latencyThreshold(JsonNode report) {
        for (JsonNode check : Nodes.elements(report, "checks")) {
            if ("performance".equals(Nodes.text(check, "name"))) return latency(Nodes.first(check, "threshold"));
        }
        return null;
    }

    /**
     * The monitor summary as label/value rows: its scalars, one level of small objects ({@code latency_ms.median},
     * {@code runs_by_status.PASS}) and its decision points. Per-run details are left out: the charts show them.
     */
    private static Section<List<LabeledValue>> monitorSummary(EvidenceFiles files, Path file) {
        Optional<JsonNode> node = files.json(file).filter(JsonNode::isObject);
        if (node.isEmpty()) return Section.unavailable("no monitor summary (" + MONITOR_SUMMARY + ")");
        List<LabeledValue> values = new ArrayList<>();
        node.get().fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue();
            if (value.isValueNode() && !value.isNull()) {
                values.add(new LabeledValue(entry.getKey(), value.asText()));
            } else if (value.isObject() && allScalars(value)) {
                value.fields()
                        .forEachRemaining(sub -> values.add(new LabeledValue(
                                entry.getKey() + "." + sub.getKey(),
                                sub.getValue().asText())));
            } else if (value.isArray()) {
                value.forEach(element -> {
                    String answer = Nodes.text(element, "answer");
                    if (answer != null) {
                        String name = PhaseReports.orElse(Nodes.text(element, "name"), entry.getKey());
                        String reason = Nodes.text(element, "reason");
                        values.add(
                                new LabeledValue("decision " + name, answer + (reason == null ? "" : " — " + reason)));
                    }
                });
            }
        });
        return Section.of(values);
    }

    private static boolean allScalars(JsonNode object) {
        for (JsonNode child : object) {
            if (!child.isValueNode()) return false;
        }
        return true;
    }

    private static List<Path> jsonFiles(Path directory) {
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(Files::isRegularFile)
                    .filter(path -> {
                        String name = path.getFileName().toString();
                        return name.endsWith(".json") && !name.startsWith(".") && !name.equals(MONITOR_SUMMARY);
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + directory + ": " + e.getMessage(), e);
        }
    }
}
