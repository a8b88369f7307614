package io.abaco.config.placeholder;

import io.abaco.config.yaml.ConfigNode;
import io.abaco.config.yaml.SourceMark;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which optional features are switched on. A section under a disabled feature may hold placeholders for variables
 * that are not set (a demo workspace validates with no environment at all); inside an enabled one they are required.
 * Immutable.
 */
public final class ActiveSections {
    /** A section and the setting that switches it on when it equals {@code activeValue}. */
    public record Gate(String section, String gateKey, String activeValue) {}

    public static final List<Gate> GATES = List.of(
            new Gate("pipeline.output.database", "pipeline.output.database.enabled", "true"),
            new Gate("pipeline.ingestion.cascade", "pipeline.ingestion.source", "cascade_http"),
            new Gate("alerts.slack", "alerts.slack.enabled", "true"),
            new Gate("cutover.v1.token", "cutover.v1.controller", "http"),
            new Gate("cutover.v2.token", "cutover.v2.controller", "http"));

    private final Map<Gate, Boolean> active;
    private final Map<Gate, SourceMark> gateMarks;

    private ActiveSections(Map<Gate, Boolean> active, Map<Gate, SourceMark> gateMarks) {
        this.active = active;
        this.gateMarks = gateMarks;
    }

    /** Reads every gate from the merged tree, resolving placeholders in it; an unreadable gate counts as off. */
    public static ActiveSections of(ConfigNode.MapNode root, PlaceholderResolver resolver) {
        Map<Gate, Boolean> active = new LinkedHashMap<>();
        Map<Gate, SourceMark> marks = new LinkedHashMap<>();
        for (Gate gate : GATES) {
            ConfigNode value = root.find(gate.gateKey());
            boolean on = false;
            if (value instanceof ConfigNode.ScalarNode scalar && !scalar.isNull()) {
                String text = scalar.text();
                if (PlaceholderResolver.mayContainPlaceholder(text)) {
                    text = resolver.resolve(text) instanceof PlaceholderResolver.Resolved resolved
                            ? resolved.value()
                            : null;
                }
                on = gate.activeValue().equalsIgnoreCase(text == null ? "" : text.strip());
            }
            active.put(gate, on);
            if (value != null) marks.put(gate, value.mark());
        }
        return new ActiveSections(active, marks);
    }

    /** False when {@code keyPath} lies under a switched-off section (its switch itself is always active). */
    public boolean isActive(String keyPath) {
        return gateOf(keyPath).map(active::get).orElse(true);
    }

    public boolean isOn(String section) {
        return active.entrySet().stream()
                .anyMatch(entry -> entry.getKey().section().equals(section) && entry.getValue());
    }

    /** The gate governing {@code keyPath}, if any. */
    public Optional<Gate> gateOf(String keyPath) {
        return active.keySet().stream()
                .filter(gate -> !keyPath.equals(gate.gateKey()))
                .filter(gate -> keyPath.equals(gate.section()) || keyPath.startsWith(gate.section() + "."))
                .findFirst();
    }

    /** Where the switch of {@code gate} was set, for problems about values that came from the built-in defaults. */
    public SourceMark markOf(Gate gate) {
        return gateMarks.getOrDefault(gate, SourceMark.builtIn());
    }

    /**
     * Where to report a problem with a value: its own mark, or, when the value is a built-in default, the setting
     * that switched its section on (the operator's file, not abaco's).
     */
    public SourceMark locate(String keyPath, SourceMark valueMark) {
        if (!valueMark.isBuiltIn()) return valueMark;
        return gateOf(keyPath).map(this::markOf).orElse(valueMark);
    }
}
