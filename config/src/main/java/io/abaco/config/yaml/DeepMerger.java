package io.abaco.config.yaml;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merges configuration layers (DESIGN §4): maps merge key by key, lists and scalars replace. A key written with no
 * value over a map leaves the map as it was, so a section whose settings are all commented out changes nothing.
 */
public final class DeepMerger {
    private DeepMerger() {}

    /** {@code override} laid over {@code base}; neither is changed. Marks follow the layer that wrote each value. */
    public static ConfigNode merge(ConfigNode base, ConfigNode override) {
        if (base instanceof ConfigNode.MapNode baseMap && override instanceof ConfigNode.MapNode overrideMap) {
            Map<String, ConfigNode.Entry> merged = new LinkedHashMap<>(baseMap.entries());
            overrideMap.entries().forEach((key, entry) -> {
                ConfigNode.Entry below = merged.get(key);
                ConfigNode value = below == null ? entry.value() : merge(below.value(), entry.value());
                merged.put(key, new ConfigNode.Entry(entry.keyMark(), value));
            });
            return new ConfigNode.MapNode(overrideMap.mark(), merged);
        }
        if (base instanceof ConfigNode.MapNode && override instanceof ConfigNode.ScalarNode scalar && scalar.isNull()) {
            return base;
        }
        return override;
    }
}
