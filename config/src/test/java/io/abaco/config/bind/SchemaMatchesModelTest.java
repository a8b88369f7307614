package io.abaco.config.bind;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.model.AbacoConfig;
import io.abaco.config.schema.ConfigSchema;
import io.abaco.config.yaml.ConfigNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in defaults are the schema: they must name exactly the keys of the model records, snake_cased. */
class SchemaMatchesModelTest {
    @Test
    void everyRecordComponentHasADefaultAndEveryDefaultAComponent() {
        List<String> mismatches = new ArrayList<>();
        compare(AbacoConfig.class, ConfigSchema.defaults(), "", mismatches);

        assertThat(mismatches).isEmpty();
    }

    @Test
    void snakeCaseOfComponentNames() {
        assertThat(ConfigBinder.snakeCase("kpiTolerancePct")).isEqualTo("kpi_tolerance_pct");
        assertThat(ConfigBinder.snakeCase("version")).isEqualTo("version");
    }

    private static void compare(Class<?> type, ConfigNode.MapNode defaults, String path, List<String> mismatches) {
        List<String> keys = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (type == AbacoConfig.class && component.getName().equals("environment")) continue;
            String key = ConfigBinder.snakeCase(component.getName());
            keys.add(key);
            ConfigNode value = defaults.get(key);
            String keyPath = path + key;
            if (value == null) {
                mismatches.add("no default for " + keyPath);
            } else if (component.getType().isRecord()) {
                compare(component.getType(), (ConfigNode.MapNode) value, keyPath + ".", mismatches);
            } else if (component.getType() == java.util.Map.class
                    && component.getGenericType() instanceof ParameterizedType generic
                    && generic.getActualTypeArguments()[1] instanceof Class<?> valueType
                    && valueType.isRecord()) {
                ((ConfigNode.MapNode) value)
                        .entries()
                        .forEach((name, entry) -> compare(
                                valueType, (ConfigNode.MapNode) entry.value(), keyPath + "." + name + ".", mismatches));
            }
        }
        Set.copyOf(defaults.entries().keySet()).stream()
                .filter(key -> !keys.contains(key))
                .forEach(key -> mismatches.add("default without a record component: " + path + key));
    }
}
