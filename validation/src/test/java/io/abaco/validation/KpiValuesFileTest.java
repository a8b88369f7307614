package io.abaco.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.error.InputDataException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiValuesFileTest {
    @TempDir
    Path dir;

    @Test
    void readsFlatNestedAndArrayShapes() throws Exception {
        Path flat = Files.writeString(dir.resolve("a.json"), "{\"par_30\": 4.5, \"generated_at\": \"x\"}");
        Path nested = Files.writeString(dir.resolve("b.json"), "{\"kpis\": {\"par_90\": {\"value\": 2}}}");
        Path array = Files.writeString(
                dir.resolve("c.json"), "{\"kpis\": [{\"name\": \"collection_rate\", \"value\": 9.25}]}");

        assertThat(KpiValuesFile.read(flat)).containsExactly(java.util.Map.entry("par_30", 4.5));
        assertThat(KpiValuesFile.read(nested)).containsExactly(java.util.Map.entry("par_90", 2.0));
        assertThat(KpiValuesFile.read(array)).containsExactly(java.util.Map.entry("collection_rate", 9.25));
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"par_30\": 4.5,\n  oops\n}");

        assertThatThrownBy(() -> KpiValuesFile.read(bad))
                .isInstanceOf(InputDataException.class)
                .hasMessageStartingWith(bad + ":3:");
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("none.json");
        assertThatThrownBy(() -> KpiValuesFile.read(missing))
                .isInstanceOf(InputDataException.class)
                .hasMessage(missing + ": KPI file not found");
    }
}
