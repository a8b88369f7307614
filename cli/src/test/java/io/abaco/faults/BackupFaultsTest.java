package io.abaco.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Spoilt backups met by {@code abaco rollback}: refused before anything is touched; nothing changed. */
class BackupFaultsTest {
    @TempDir
    static Path templateRoot;

    @TempDir
    Path caseRoot;

    @BeforeAll
    static void buildTemplate() throws IOException {
        BackupCorpus.cutoverTemplate(templateRoot);
    }

    @AfterEach
    void stopV1IfARollbackWronglyStartedIt() {
        FaultHarness.abaco(caseRoot, Map.of(), "-w", caseRoot.resolve("ws").toString(), "service", "stop", "v1");
    }

    static List<FaultCase> cases() {
        return BackupCorpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedBeforeAnythingIsTouched(FaultCase fault) throws IOException {
        FaultHarness.verify(fault, templateRoot, caseRoot);
    }
}
