package io.abaco.pipeline.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.error.InputDataException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PiiMaskingTest {
    @TempDir
    Path root;

    private static final List<String> KEYWORDS = List.of("name", "email", "phone", "id_number");

    @Test
    void masksOnlyColumnsWhoseLowerCasedNameContainsAKeyword() {
        PiiMasker masker = new PiiMasker(
                new PiiKey("k".getBytes(), "env"),
                KEYWORDS,
                List.of("borrower_name", "segment", "Contact_EMAIL", "tax_id_number", "phone_type_count"));
        assertThat(masker.maskedColumns())
                .containsExactly("borrower_name", "Contact_EMAIL", "tax_id_number", "phone_type_count");

        String[] masked = masker.maskExtras(new String[] {"Ana", "sme", "ana@x.io", null, "2"});
        assertThat(masked[0]).matches("pii_[0-9a-f]{16}");
        assertThat(masked[1]).isEqualTo("sme");
        assertThat(masked[2]).matches("pii_[0-9a-f]{16}").isNotEqualTo(masked[0]);
        assertThat(masked[3]).isNull();
    }

    @Test
    void maskIsTheHmacOfTheValueUnderTheKey() throws Exception {
        PiiMasker masker = new PiiMasker(new PiiKey("key".getBytes(), "env"), KEYWORDS, List.of("name"));
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog") = f7bc83f430538424…
        assertThat(masker.mask("The quick brown fox jumps over the lazy dog")).isEqualTo("pii_f7bc83f430538424");
        assertThat(masker.mask("Ana")).isEqualTo(masker.mask("Ana"));
        PiiMasker otherKey = new PiiMasker(new PiiKey("other".getBytes(), "env"), KEYWORDS, List.of("name"));
        assertThat(otherKey.mask("Ana")).isNotEqualTo(masker.mask("Ana"));
    }

    @Test
    void cachedMasksEqualTheHmacForRepeatedAlternatingAndManyDistinctValues() throws Exception {
        byte[] key = "cache-key".getBytes(StandardCharsets.UTF_8);
        PiiMasker masker = new PiiMasker(new PiiKey(key, "env"), KEYWORDS, List.of("name"));
        List<String> values = new ArrayList<>();
        for (int index = 0; index < 6; index++) values.add("Ana"); // one receivable's rows
        for (int index = 0; index < 10; index++) values.add(index % 2 == 0 ? "Ana" : "Bea");
        // more distinct values than the cache holds, then earlier ones again (some replaced, some not)
        int distinct = PiiMasker.CACHE_SLOTS * 5 / 2;
        for (int index = 0; index < distinct; index++) values.add("borrower " + index);
        for (int index = 0; index < distinct; index += 997) values.add("borrower " + index);
        values.addAll(List.of("Aa", "BB", "Aa", "BB")); // equal String.hashCode()
        values.add("Ana");
        values.add("");
        values.add("Añá 名");

        Mac reference = Mac.getInstance("HmacSHA256");
        reference.init(new SecretKeySpec(key, "HmacSHA256"));
        for (String value : values) {
            String expected =
                    "pii_" + HexFormat.of().formatHex(reference.doFinal(value.getBytes(StandardCharsets.UTF_8)), 0, 8);
            assertThat(masker.mask(value)).as(value).isEqualTo(expected);
        }
    }

    @Test
    void repeatedAndInterleavedValuesAreComputedOnce() {
        PiiMasker masker = new PiiMasker(new PiiKey("k".getBytes(), "env"), KEYWORDS, List.of("name"));
        for (int round = 0; round < 50; round++) {
            for (int index = 0; index < 100; index++) masker.mask("borrower " + index);
        }
        assertThat(masker.computedCount()).isEqualTo(100);
    }

    @Test
    void remembersABoundedNumberOfMasks() {
        PiiMasker masker = new PiiMasker(new PiiKey("k".getBytes(), "env"), KEYWORDS, List.of("name"));
        for (int index = 0; index < PiiMasker.CACHE_SLOTS * 20; index++) masker.mask("borrower " + index);
        assertThat(masker.rememberedCount())
                .isLessThanOrEqualTo(PiiMasker.CACHE_SLOTS)
                .isGreaterThan(0);
    }

    @Test
    void createsAWorkspaceKeyOnceWithOwnerOnlyPermissions() throws Exception {
        Workspace workspace = new Workspace(root);
        PiiKey first = PiiKeys.resolve(workspace, Map.of());
        PiiKey second = PiiKeys.resolve(workspace, Map.of());

        assertThat(first.source()).isEqualTo("workspace_file");
        assertThat(second.bytes()).isEqualTo(first.bytes()).hasSize(32);
        Path file = PiiKeys.keyFile(workspace);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(first.toString())
                .doesNotContain(new String(first.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // no temporary file left
        }
    }

    @Test
    void concurrentRunsAgreeOnOneKey() throws Exception {
        Workspace workspace = new Workspace(root);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<PiiKey>> tasks = new ArrayList<>();
            for (int index = 0; index < 16; index++) tasks.add(() -> PiiKeys.resolve(workspace, Map.of()));
            List<Future<PiiKey>> keys = pool.invokeAll(tasks);
            byte[] expected = java.util.HexFormat.of()
                    .parseHex(Files.readString(PiiKeys.keyFile(workspace)).trim());
            for (Future<PiiKey> key : keys) assertThat(key.get().bytes()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void environmentKeyOverridesTheWorkspaceFileAndIsRegisteredAsSecret() {
        Workspace workspace = new Workspace(root);
        PiiKeys.resolve(workspace, Map.of());
        PiiKey key = PiiKeys.resolve(workspace, Map.of("ABACO_PII_KEY", "env-key-123456"));

        assertThat(key.source()).isEqualTo("env");
        assertThat(key.bytes()).isEqualTo("env-key-123456".getBytes());
        assertThat(Secrets.redact("key=env-key-123456")).isEqualTo("key=***");
    }

    @Test
    void aCorruptKeyFileIsRefusedWithItsPath() throws Exception {
        Workspace workspace = new Workspace(root);
        Files.createDirectories(PiiKeys.keyFile(workspace).getParent());
        Files.writeString(PiiKeys.keyFile(workspace), "short\n");
        assertThatThrownBy(() -> PiiKeys.resolve(workspace, Map.of()))
                .isInstanceOf(InputDataException.class)
                .hasMessageStartingWith(".abaco/pii.key: not a PII key");
        assertThat(Files.readString(PiiKeys.keyFile(workspace))).isEqualTo("short\n");
    }
}
