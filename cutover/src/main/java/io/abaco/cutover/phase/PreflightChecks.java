package io.abaco.cutover.phase;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.config.LoadedConfig;
import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.config.model.AbacoConfig;
import io.abaco.config.model.ServiceConfig;
import io.abaco.validation.CheckResult;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The preflight checks that need no service: secrets, disk space, a runnable V2. */
final class PreflightChecks {
    static final long MARGIN_BYTES = 64L << 20;

    private PreflightChecks() {}

    /** Secrets of the sections in use are set (by key path; values are never shown). */
    static CheckResult secretsSet(LoadedConfig loaded) {
        List<String> set = new ArrayList<>();
        collectSecretPaths(loaded.tree(), "", set);
        AbacoConfig config = loaded.config();
        List<String> missing = new ArrayList<>();
        if (config.pipeline().output().database().enabled()
                && blank(config.pipeline().output().database().url())) {
            missing.add("pipeline.output.database.url");
        }
        if (config.alerts().slack().enabled() && blank(config.alerts().slack().webhookUrl())) {
            missing.add("alerts.slack.webhook_url");
        }
        if ("cascade_http".equals(config.pipeline().ingestion().source())
                && blank(config.pipeline().ingestion().cascade().token())) {
            missing.add("pipeline.ingestion.cascade.token");
        }
        return missing.isEmpty()
                ? CheckResult.pass(
                        "secrets_set", set, null, set.isEmpty() ? "no secret in use" : set.size() + " secrets set")
                : CheckResult.fail("secrets_set", set, null, "not set: " + String.join(", ", missing));
    }

    private static void collectSecretPaths(JsonNode node, String path, List<String> into) {
        node.fields().forEachRemaining(field -> {
            String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) collectSecretPaths(value, key, into);
            else if (Secrets.isSecretKey(field.getKey())
                    && value.isTextual()
                    && !value.asText().isBlank()) into.add(key);
        });
    }

    /** Free space for a backup of config and metrics (twice their size, plus a margin). */
    static CheckResult diskSpace(Workspace workspace, AbacoConfig config) {
        long needed = 2
                        * (size(workspace.configDir())
                                + size(workspace.resolve(
                                        config.pipeline().output().dir())))
                + MARGIN_BYTES;
        long free;
        try {
            free = Files.getFileStore(workspace.root()).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read free space of " + workspace.root(), e);
        }
        return free >= needed
                ? CheckResult.pass("disk_space", free, needed, mib(free) + " MiB free, " + mib(needed) + " MiB needed")
                : CheckResult.fail(
                        "disk_space", free, needed, "only " + mib(free) + " MiB free, " + mib(needed) + " MiB needed");
    }

    /** V2's program exists and is executable (process controller); other controllers are checked when started. */
    static CheckResult v2Runnable(Workspace workspace, ServiceConfig v2, Map<String, String> environment) {
        if (!"process".equals(v2.controller())) {
            return CheckResult.skipped(
                    "v2_runnable", "checked when v2-activate starts it (" + v2.controller() + " controller)");
        }
        List<String> command = v2.command();
        if (command.isEmpty()) {
            return CheckResult.fail("v2_runnable", "no command", "cutover.v2.command", "cutover.v2.command is empty");
        }
        Path workdir = workspace.resolve(v2.workdir() == null || v2.workdir().isBlank() ? "." : v2.workdir());
        String program = command.get(0);
        boolean shell = (program.equals("bash") || program.equals("sh"))
                && command.size() > 1
                && !command.get(1).startsWith("-");
        Path target = shell ? workdir.resolve(command.get(1)) : resolveProgram(program, workdir, environment);
        boolean runnable = target != null && Files.isRegularFile(target) && (shell || Files.isExecutable(target));
        String observed = target == null ? program + " not found on PATH" : target.toString();
        return runnable
                ? CheckResult.pass("v2_runnable", observed, "an executable file", "V2 can be started")
                : CheckResult.fail(
                        "v2_runnable", observed, "an executable file", "V2's program is missing or not executable");
    }

    private static Path resolveProgram(String program, Path workdir, Map<String, String> environment) {
        if (program.contains("/")) return workdir.resolve(program);
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir).resolve(program);
            if (Files.isExecutable(candidate)) return candidate;
        }
        return null;
    }

    private static long size(Path root) {
        if (!Files.exists(root)) return 0;
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + root, e);
        }
    }

    private static long mib(long bytes) {
        return bytes >> 20;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
