package io.abaco.config.schema;

import io.abaco.config.yaml.ConfigNode;
import io.abaco.config.yaml.SourceMark;
import io.abaco.config.yaml.YamlFileReader;
import io.abaco.config.yaml.YamlReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of a configuration. The built-in defaults ({@code io/abaco/config/defaults.yml}) hold a value for every
 * key, so they name every known key and give each its type; this class adds what a default cannot say: maps whose
 * keys are free (within a set) and settings that take more than one shape. Thread-safe.
 */
public final class ConfigSchema {
    public static final String DEFAULTS_RESOURCE = "io/abaco/config/defaults.yml";

    /** The KPIs abaco computes (DESIGN §6): the only keys of KPI-keyed maps. */
    public static final List<String> KPI_NAMES = List.of("par_30", "par_90", "collection_rate", "portfolio_health");

    /** A map whose keys are chosen by the operator from {@code allowedKeys}, each value shaped like {@code value}. */
    public record FreeFormMap(List<String> allowedKeys, ConfigNode value) {}

    private static final Map<String, FreeFormMap> FREE_FORM = Map.of(
            "cutover.shadow.kpi_tolerances",
            new FreeFormMap(
                    KPI_NAMES, ConfigNode.ScalarNode.of(SourceMark.builtIn(), "0.0", ConfigNode.ScalarKind.FLOAT)));

    /** Lists that may also be written as one string (a shell command line). */
    private static final Set<String> LIST_OR_STRING = Set.of("cutover.v1.command", "cutover.v2.command");

    private static final ConfigNode.MapNode DEFAULTS = loadDefaults();

    private ConfigSchema() {}

    /** Every key with its default value; marks are {@link SourceMark#builtIn()}. */
    public static ConfigNode.MapNode defaults() {
        return DEFAULTS;
    }

    public static Optional<FreeFormMap> freeForm(String keyPath) {
        return Optional.ofNullable(FREE_FORM.get(keyPath));
    }

    public static boolean acceptsStringForList(String keyPath) {
        return LIST_OR_STRING.contains(keyPath);
    }

    private static ConfigNode.MapNode loadDefaults() {
        try (InputStream in = ConfigSchema.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + DEFAULTS_RESOURCE);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            YamlReadResult result = YamlFileReader.readText(text, DEFAULTS_RESOURCE, mark -> SourceMark.builtIn());
            if (!result.readable()) {
                throw new IllegalStateException("broken " + DEFAULTS_RESOURCE + ": " + result.problems());
            }
            return result.root();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
