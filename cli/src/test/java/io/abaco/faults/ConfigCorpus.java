package io.abaco.faults;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bad configurations: each is written into {@code config/environments/development.yml} (the override file, deep
 * merged over {@code config/pipeline.yml}) or over {@code config/pipeline.yml} itself, then {@code abaco config
 * validate} (or {@code pipeline run}) must refuse it with the file, line, column and key path, and change nothing.
 */
public final class ConfigCorpus {
    static final String DEV = "config/environments/development\\.yml:\\d+:\\d+";
    static final String MASTER = "config/pipeline\\.yml:\\d+:\\d+";

    private ConfigCorpus() {}

    public static List<FaultCase> cases() {
        List<FaultCase> cases = new ArrayList<>();
        // YAML abuse
        cases.add(override(
                "billion laughs (alias bomb)",
                billionLaughs(),
                "config/environments/development\\.yml: more than 50 aliases"));
        cases.add(override(
                "anchor and alias feeding a wrong type",
                """
                x-base: &base {warning: high, critical: 8}
                pipeline:
                  calculation:
                    kpis:
                      par_30: *base
                """,
                DEV + ".*"));
        cases.add(override(
                "merge key pulls an unknown key in",
                """
                pipeline:
                  ingestion:
                    deduplication:
                      <<: {enabled: true, keyz: [loan_id]}
                """,
                DEV + ".*"));
        cases.add(override(
                "deep nesting (10,000 levels)", "pipeline: " + "[".repeat(10_000), DEV.replace(":\\d+:\\d+", "")));
        cases.add(override("deep nesting of maps (2,000 levels)", deepMaps(2_000), DEV.replace(":\\d+:\\d+", "")));
        cases.add(override("tab indentation", "pipeline:\n\tingestion:\n\t\tstrict: true\n", DEV));
        cases.add(override("unclosed flow mapping", "pipeline: {ingestion: {strict: true}\n", DEV));
        cases.add(override(
                "duplicate key", "pipeline:\n  ingestion: {strict: true}\npipeline: {}\n", DEV + ".*duplicate"));
        cases.add(override("document is a list", "- pipeline\n- output\n", DEV.replace(":\\d+:\\d+", "") + ".*"));
        cases.add(raw(
                "invalid UTF-8 in the override",
                new byte[] {'p', 'i', 'p', (byte) 0xff, ':', ' ', '1', '\n'},
                "config/environments/development.yml",
                "config/environments/development\\.yml"));
        cases.add(raw(
                "binary override file",
                TapeCorpus.png(),
                "config/environments/development.yml",
                "config/environments/development\\.yml"));
        cases.add(new FaultCase(
                "config",
                "master file truncated inside a flow mapping",
                workspace -> truncateMaster(workspace),
                List.of("-w", "{ws}", "config", "validate"),
                Map.of(),
                2,
                MASTER,
                AllowedChanges.NOTHING));
        // types
        cases.add(override(
                "boolean as a word",
                "pipeline:\n  ingestion:\n    strict: maybe\n",
                DEV + ".*pipeline\\.ingestion\\.strict"));
        cases.add(override(
                "number as text",
                "pipeline:\n  ingestion:\n    cascade:\n      timeout_seconds: soon\n",
                DEV + ".*pipeline\\.ingestion\\.cascade\\.timeout_seconds"));
        cases.add(override(
                "list given as a scalar",
                "pipeline:\n  output:\n    formats: parquet\n",
                DEV + ".*pipeline\\.output\\.formats"));
        cases.add(override(
                "map given as a list",
                "pipeline:\n  calculation:\n    kpis: [par_30]\n",
                DEV + ".*pipeline\\.calculation\\.kpis"));
        cases.add(override(
                "negative timeout",
                "pipeline:\n  ingestion:\n    cascade:\n      timeout_seconds: -5\n",
                DEV + ".*timeout_seconds"));
        cases.add(override("port out of range", "serve:\n  port: 70000\n", DEV + ".*serve\\.port"));
        cases.add(override("version 3", "version: 3\n", DEV + ".*version"));
        cases.add(override(
                "NaN threshold",
                "pipeline:\n  calculation:\n    anomaly:\n      max_change_pct: .nan\n",
                DEV + ".*max_change_pct"));
        // unknown keys
        cases.add(override("misspelt top-level key", "pipline:\n  x: 1\n", DEV + ".*pipline.*did you mean.*pipeline"));
        cases.add(override(
                "misspelt nested key",
                "pipeline:\n  ingestion:\n    stict: true\n",
                DEV + ".*pipeline\\.ingestion\\.stict.*strict"));
        // enums
        cases.add(override(
                "bad ingestion source",
                "pipeline:\n  ingestion:\n    source: ftp\n",
                DEV + ".*pipeline\\.ingestion\\.source"));
        cases.add(override(
                "bad null handling",
                "pipeline:\n  transformation:\n    null_handling: ignore\n",
                DEV + ".*null_handling"));
        cases.add(override(
                "bad output format",
                "pipeline:\n  output:\n    formats: [xlsx]\n",
                DEV + ".*pipeline\\.output\\.formats"));
        cases.add(override(
                "bad time series grain",
                "pipeline:\n  calculation:\n    timeseries: [hourly]\n",
                DEV + ".*timeseries"));
        cases.add(override(
                "bad controller", "cutover:\n  v1:\n    controller: docker\n", DEV + ".*cutover\\.v1\\.controller"));
        cases.add(override("bad id strategy", "run:\n  id_strategy: random\n", DEV + ".*run\\.id_strategy"));
        // placeholders
        cases.add(new FaultCase(
                "config",
                "required env var missing (database enabled, ABACO_DB_URL unset)",
                write(
                        "config/environments/development.yml",
                        "pipeline:\n  output:\n    database:\n      enabled: true\n"),
                List.of("-w", "{ws}", "config", "validate"),
                Map.of(),
                2,
                "ABACO_DB_URL.*pipeline\\.output\\.database\\.url|pipeline\\.output\\.database\\.url.*ABACO_DB_URL",
                AllowedChanges.NOTHING));
        cases.add(withEnv(
                "placeholder loop through the environment",
                "name: \"${LOOP_A}\"\n",
                Map.of("LOOP_A", "${LOOP_B}", "LOOP_B", "${LOOP_A}"),
                0,
                ""));
        cases.add(withEnv(
                "nested default referring to itself: no recursion", "name: \"${SELF:-${SELF}}\"\n", Map.of(), 0, ""));
        cases.add(override("unclosed placeholder", "name: \"${UNCLOSED\"\n", DEV + ".*name"));
        cases.add(override("empty placeholder name", "name: \"${}\"\n", DEV + ".*name"));
        // paths
        cases.add(override(
                "input path escaping the workspace",
                "pipeline:\n  ingestion:\n    path: ../../../etc/passwd\n",
                DEV + ".*pipeline\\.ingestion\\.path"));
        cases.add(override(
                "output dir escaping the workspace",
                "pipeline:\n  output:\n    dir: ../elsewhere\n",
                DEV + ".*pipeline\\.output\\.dir"));
        cases.add(override(
                "absolute output dir outside",
                "pipeline:\n  output:\n    dir: /tmp/abaco-fault-elsewhere\n",
                DEV + ".*pipeline\\.output\\.dir"));
        cases.add(override(
                "artifacts dir escaping", "run:\n  artifacts_dir: ../../runs\n", DEV + ".*run\\.artifacts_dir"));
        cases.add(override(
                "backup dir escaping", "cutover:\n  backup:\n    dir: ../backups\n", DEV + ".*cutover\\.backup\\.dir"));
        // the same refusals reach `pipeline run` before it writes anything
        cases.add(new FaultCase(
                "config",
                "pipeline run with a bad enum writes no run record",
                write("config/environments/development.yml", "pipeline:\n  ingestion:\n    source: ftp\n"),
                List.of("-w", "{ws}", "pipeline", "run"),
                Map.of(),
                2,
                DEV + ".*pipeline\\.ingestion\\.source",
                AllowedChanges.NOTHING));
        return cases;
    }

    static FaultCase override(String name, String yaml, String message) {
        return new FaultCase(
                "config",
                name,
                write("config/environments/development.yml", yaml),
                List.of("-w", "{ws}", "config", "validate"),
                Map.of(),
                2,
                message,
                AllowedChanges.NOTHING);
    }

    static FaultCase withEnv(String name, String yaml, Map<String, String> environment, int exitCode, String message) {
        return new FaultCase(
                "config",
                name,
                write("config/environments/development.yml", yaml),
                List.of("-w", "{ws}", "config", "validate"),
                environment,
                exitCode,
                message,
                AllowedChanges.NOTHING);
    }

    static FaultCase raw(String name, byte[] content, String file, String message) {
        return new FaultCase(
                "config",
                name,
                workspace -> Files.write(workspace.resolve(file), content),
                List.of("-w", "{ws}", "config", "validate"),
                Map.of(),
                2,
                message,
                AllowedChanges.NOTHING);
    }

    static FaultCase.Setup write(String file, String content) {
        return workspace -> Files.writeString(workspace.resolve(file), content, StandardCharsets.UTF_8);
    }

    static void truncateMaster(Path workspace) throws java.io.IOException {
        Path master = workspace.resolve("config/pipeline.yml");
        String text = Files.readString(master);
        int cut = text.indexOf("retry: {max_retries: 3,");
        Files.writeString(master, text.substring(0, cut + "retry: {max_retries: 3,".length()));
    }

    static String billionLaughs() {
        StringBuilder yaml = new StringBuilder(
                "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append('a').append(level).append(": &a").append(level).append(" [");
            for (int copy = 0; copy < 9; copy++)
                yaml.append(copy == 0 ? "" : ",").append("*a").append(level - 1);
            yaml.append("]\n");
        }
        return yaml.append("name: *a9\n").toString();
    }

    static String deepMaps(int depth) {
        StringBuilder yaml = new StringBuilder("pipeline:");
        for (int level = 0; level < depth; level++)
            yaml.append(" {k").append(level).append(':');
        yaml.append(" 1");
        yaml.append("}".repeat(depth)).append('\n');
        return yaml.toString();
    }
}
