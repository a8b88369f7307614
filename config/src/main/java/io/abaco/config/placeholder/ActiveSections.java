package io.abaco.config.placeholder;

import io.abaco.config.yaml.ConfigNode;
import io.abaco.config.yaml.SourceMark;
import java.util.HashMap;
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

    // Keyed by section, not by Gate: hashing a record links its generated hashCode (~10 ms at start-up, the only
    // record that `pipeline run` hashes).
    private final Map<String, Boolean> activeBySection;
    private final Map<String, SourceMark> gateMarksBySection;

    private ActiveSections(Map<String, Boolean> activeBySection, Map<String, SourceMark> gateMarksBySection) {
        this.activeBySection = activeBySection;
        this.gateMarksBySection = gateMarksBySection;
    }

    /** Reads every gate from the merged tree, resolving placeholders in it; an unreadable gate counts as off. */
    public static ActiveSections of(ConfigNode.MapNode root, PlaceholderResolver resolver) {
        Map<String, Boolean> active = new HashMap<>();
        Map<String, SourceMark> marks = new HashMap<>();
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
            active.put(gate.section(), on);
            if (value != null) marks.put(gate.section(), value.mark());
        }
        return new ActiveSections(active, marks);
    }

    /** False when {@code keyPath} lies under a switched-off section (its switch itself is always active). */
    public boolean isActive(String keyPath) {
        return gateOf(keyPath).map(gate -> activeBySection.get(gate.section())).orElse(true);
    }

    public boolean isOn(String section) {
        return Boolean.TRUE.equals(activeBySection.get(section));
    }

    /** The gate governing {@code keyPath}, if any. */
    public Optional<Gate> gateOf(String keyPath) {
        return GATES.stream()
                .filter(gate -> !keyPath.equals(gate.gateKey()))
                .filter(gate -> keyPath.equals(gate.section()) || keyPath.startsWith(gate.section() + "."))
                .findFirst();
    }

    /** Where the switch of {@code gate} was set, for problems about values that came from the built-in defaults. */
    public SourceMark markOf(Gate gate) {
        return gateMarksBySection.getOrDefault(gate.section(), SourceMark.builtIn());
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
