package io.abaco.config.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written, so that every problem found after merging can still name the
 * file, line and column it came from. Immutable.
 */
public sealed interface ConfigNode permits ConfigNode.MapNode, ConfigNode.ListNode, ConfigNode.ScalarNode {

    SourceMark mark();

    /** How a value is described in messages: {@code a map}, {@code a list}, {@code null} or the quoted text. */
    String describe();

    /** A key of a map and where the key itself was written. */
    record Entry(SourceMark keyMark, ConfigNode value) {}

    /** A mapping; keys keep the order in which they were written. */
    record MapNode(SourceMark mark, Map<String, Entry> entries) implements ConfigNode {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public ConfigNode get(String key) {
            Entry entry = entries.get(key);
            return entry == null ? null : entry.value();
        }

        /** The value at a dotted path such as {@code pipeline.ingestion.source}, or null when absent. */
        public ConfigNode find(String dottedPath) {
            ConfigNode current = this;
            for (String key : dottedPath.split("\\.")) {
                if (!(current instanceof MapNode map)) return null;
                current = map.get(key);
            }
            return current;
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    record ListNode(SourceMark mark, List<ConfigNode> items) implements ConfigNode {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar as written. {@code text} is null for a YAML null. {@code kind} is the type YAML gave a plain scalar
     * (quoted scalars are always {@link ScalarKind#STRING}). {@code inactive} marks a placeholder that could not be
     * resolved inside a disabled section: it stands for "not configured" and is not type-checked.
     */
    record ScalarNode(SourceMark mark, String text, ScalarKind kind, boolean inactive) implements ConfigNode {
        public static ScalarNode of(SourceMark mark, String text, ScalarKind kind) {
            return new ScalarNode(mark, text, kind, false);
        }

        public boolean isNull() {
            return text == null;
        }

        public ScalarNode withText(String resolved) {
            return new ScalarNode(mark, resolved, resolved == null ? ScalarKind.NULL : kind, false);
        }

        public ScalarNode asInactive() {
            return new ScalarNode(mark, null, ScalarKind.NULL, true);
        }

        @Override
        public String describe() {
            return text == null ? "null" : "'" + text + "'";
        }
    }

    /** The YAML core type of a scalar. */
    enum ScalarKind {
        NULL,
        BOOLEAN,
        INTEGER,
        FLOAT,
        STRING
    }
}
