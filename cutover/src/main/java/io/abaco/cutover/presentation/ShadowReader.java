package io.abaco.cutover.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.config.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds and reads the shadow comparison of a cutover: {@code shadow.json} in the cutover directory, else a
 * {@code shadow*.json} below it (e.g. {@code staging/}), else a JSON artifact of a phase whose name says shadow.
 * Accepts KPIs as an array of rows or as an object keyed by KPI name, and {@code status} or {@code verdict}.
 */
final class ShadowReader {
    private static final List<String> ROW_COUNTS = List.of("matched", "missing_in_v1", "missing_in_v2", "mismatched");

    private ShadowReader() {}

    static Section<ShadowSummary> read(
            EvidenceFiles files, Workspace workspace, Path cutoverDir, List<PhaseSummary> phases) {
        Optional<Path> file = locate(workspace, cutoverDir, phases);
        if (file.isEmpty()) return Section.unavailable("no shadow comparison report (shadow.json) for this cutover");
        Optional<JsonNode> node = files.json(file.get()).filter(JsonNode::isObject);
        if (node.isEmpty()) return Section.unavailable(files.display(file.get()) + " could not be read");
        return Section.of(summary(files.display(file.get()), node.get()));
    }

    private static ShadowSummary summary(String file, JsonNode node) {
        List<ShadowKpiRow> kpis = new ArrayList<>();
        JsonNode kpiNode = Nodes.first(node, "kpis", "kpi_comparison", "kpi");
        if (kpiNode != null && kpiNode.isArray()) {
            kpiNode.forEach(row -> kpis.add(kpiRow(Nodes.text(row, "kpi", "name"), row)));
        } else if (kpiNode != null && kpiNode.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = kpiNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                kpis.add(kpiRow(entry.getKey(), entry.getValue()));
            }
        }
        List<LabeledValue> rows = new ArrayList<>();
        JsonNode rowNode = Nodes.first(node, "rows", "row_comparison");
        if (rowNode != null && rowNode.isObject()) {
            for (String key : ROW_COUNTS) {
                String value = Nodes.text(rowNode, key);
                if (value != null) rows.add(new LabeledValue(key, value));
            }
            rowNode.fields().forEachRemaining(entry -> {
                if (!ROW_COUNTS.contains(entry.getKey()) && entry.getValue().isNumber()) {
                    rows.add(new LabeledValue(entry.getKey(), entry.getValue().asText()));
                }
            });
        }
        return new ShadowSummary(
                file, Nodes.status(node, "verdict", "status"), kpis, rows, Nodes.text(node, "rows_note", "rowsNote"));
    }

    private static ShadowKpiRow kpiRow(String name, JsonNode row) {
        if (row != null && row.isNumber()) {
            return new ShadowKpiRow(name, null, row.doubleValue(), null, null, null, null);
        }
        return new ShadowKpiRow(
                PhaseReports.orElse(name, "(unnamed)"),
                Nodes.number(row, "v1", "v1_value"),
                Nodes.number(row, "v2", "v2_value"),
                Nodes.number(row, "variance_pct", "variance"),
                Nodes.number(row, "tolerance_pct", "tolerance"),
                Nodes.status(row, "status", "verdict"),
                Nodes.text(row, "rule"));
    }

    private static Optional<Path> locate(Workspace workspace, Path cutoverDir, List<PhaseSummary> phases) {
        Path direct = cutoverDir.resolve("shadow.json");
        if (Files.isRegularFile(direct)) return Optional.of(direct);
        if (Files.isDirectory(cutoverDir)) {
            try (Stream<Path> below = Files.walk(cutoverDir, 3)) {
                Optional<Path> nested = below.filter(Files::isRegularFile)
                        .filter(path -> {
                            String name = path.getFileName().toString();
                            return name.startsWith("shadow") && name.endsWith(".json");
                        })
                        .sorted()
                        .findFirst();
                if (nested.isPresent()) return nested;
            } catch (IOException | java.io.UncheckedIOException e) {
                // an unreadable subdirectory only means no nested report is found there
            }
        }
        return phases.stream()
                .flatMap(phase -> phase.artifacts().stream())
                .map(ArtifactRef::path)
                .filter(path -> path.contains("shadow") && path.endsWith(".json"))
                .map(workspace::resolve)
                .filter(Files::isRegularFile)
                .findFirst();
    }
}
