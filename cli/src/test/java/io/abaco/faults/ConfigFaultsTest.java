package io.abaco.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad configurations: refused with file:line:column and key path; nothing changed. */
class ConfigFaultsTest {
    @TempDir
    static Path templateRoot;

    @TempDir
    Path caseRoot;

    @BeforeAll
    static void buildTemplate() {
        FaultHarness.pipelineTemplate(templateRoot);
    }

    static List<FaultCase> cases() {
        return ConfigCorpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedOrAcceptedCleanly(FaultCase fault) throws IOException {
        FaultHarness.verify(fault, templateRoot, caseRoot);
    }
}
