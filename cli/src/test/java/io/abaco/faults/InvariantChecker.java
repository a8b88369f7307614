package io.abaco.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abaco.fs.AtomicFiles;
import io.abaco.fs.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The workspace invariants every fault test ends with (DESIGN §7, §12.1):
 *
 * <ul>
 *   <li>no {@code .abaco-tmp-*} file or directory anywhere (nothing in flight is left behind);
 *   <li>every {@code logs/runs/<run>/manifest.json}'s run-directory files exist with their size and sha256;
 *   <li>every data output directory named by a manifest holds exactly the files of ONE manifest, each matching
 *       (no mix of two runs' outputs, no partial file under a final name);
 *   <li>every {@code *.json} under {@code logs/} parses, and every line of every {@code *.jsonl} does.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class InvariantChecker {
    private static final ObjectMapper JSON = new ObjectMapper();

    private InvariantChecker() {}

    /** The violations found; empty when the workspace is consistent. {@code allowTemporaries} after a crash. */
    public static List<String> violations(Path workspace, boolean allowTemporaries) {
        List<String> violations = new ArrayList<>();
        if (!allowTemporaries) violations.addAll(temporaries(workspace));
        violations.addAll(manifests(workspace));
        violations.addAll(jsonLogs(workspace));
        return violations;
    }

    public static List<String> violations(Path workspace) {
        return violations(workspace, false);
    }

    /** Paths (relative) of leftover {@code .abaco-tmp-*} entries. */
    public static List<String> temporaries(Path workspace) {
        return walk(workspace).stream()
                .filter(path -> path.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX))
                .map(path -> "leftover temporary " + workspace.relativize(path))
                .toList();
    }

    static List<String> manifests(Path workspace) {
        List<String> violations = new ArrayList<>();
        Path runs = workspace.resolve("logs");
        // output directory -> (file name -> sha256) of each manifest that wrote there
        Map<Path, List<Map<String, String>>> outputSets = new HashMap<>();
        for (Path manifest : walk(runs)) {
            if (!manifest.getFileName().toString().equals("manifest.json")) continue;
            if (manifest.toString().contains(AtomicFiles.TEMP_PREFIX)) continue;
            JsonNode root;
            try {
                root = JSON.readTree(manifest.toFile());
            } catch (IOException e) {
                violations.add(workspace.relativize(manifest) + ": unreadable manifest: " + e.getMessage());
                continue;
            }
            Path runDir = manifest.getParent();
            Map<Path, Map<String, String>> outputsOfThisRun = new HashMap<>();
            for (JsonNode file : root.path("files")) {
                Path path = workspace.resolve(file.path("path").asText());
                String sha256 = file.path("sha256").asText();
                if (path.startsWith(runDir)) {
                    String problem = check(path, file.path("bytes").asLong(), sha256);
                    if (problem != null) violations.add(workspace.relativize(manifest) + ": " + problem);
                } else {
                    outputsOfThisRun
                            .computeIfAbsent(path.getParent(), ignored -> new HashMap<>())
                            .put(path.getFileName().toString(), sha256);
                }
            }
            outputsOfThisRun.forEach((dir, files) -> outputSets
                    .computeIfAbsent(dir, ignored -> new ArrayList<>())
                    .add(files));
        }
        outputSets.forEach((dir, candidates) -> {
            Map<String, String> actual = outputDirectory(dir);
            if (actual.isEmpty()) return;
            if (candidates.stream().noneMatch(actual::equals)) {
                violations.add(workspace.relativize(dir) + ": outputs match no single manifest: " + actual.keySet());
            }
        });
        return violations;
    }

    private static Map<String, String> outputDirectory(Path dir) {
        Map<String, String> files = new HashMap<>();
        if (!Files.isDirectory(dir)) return files;
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) continue;
                files.put(name, Hashing.sha256Hex(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String check(Path path, long bytes, String sha256) {
        try {
            if (!Files.isRegularFile(path)) return path.getFileName() + " is missing";
            if (Files.size(path) != bytes) return path.getFileName() + ": size " + Files.size(path) + " != " + bytes;
            if (!Hashing.sha256Hex(path).equals(sha256)) return path.getFileName() + ": sha256 differs";
            return null;
        } catch (IOException e) {
            return path.getFileName() + ": " + e.getMessage();
        }
    }

    static List<String> jsonLogs(Path workspace) {
        List<String> violations = new ArrayList<>();
        for (Path file : walk(workspace.resolve("logs"))) {
            String name = file.getFileName().toString();
            if (name.startsWith(AtomicFiles.TEMP_PREFIX) || file.toString().contains("/" + AtomicFiles.TEMP_PREFIX)) {
                continue;
            }
            try {
                if (name.endsWith(".json")) {
                    JSON.readTree(file.toFile());
                } else if (name.endsWith(".jsonl")) {
                    int line = 0;
                    for (String text : Files.readAllLines(file)) {
                        line++;
                        if (!text.isBlank()) JSON.readTree(text);
                    }
                }
            } catch (IOException e) {
                violations.add(workspace.relativize(file) + ": not valid JSON: " + firstLine(e.getMessage()));
            }
        }
        return violations;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static List<Path> walk(Path root) {
        if (!Files.exists(root)) return List.of();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> !path.equals(root)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
