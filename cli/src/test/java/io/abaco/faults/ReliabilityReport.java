package io.abaco.faults;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Generates {@code RELIABILITY.md} from the fault suite itself: the coverage table counts the rows of the data tables
 * and the test methods (nothing typed by hand), and the results section reads the surefire and failsafe XML reports
 * of {@code io.abaco.faults}. {@code ./mvnw -B verify -Pfull} runs it after the integration tests;
 * {@link ReliabilityDocumentTest} fails when the committed table no longer matches the suite.
 */
public final class ReliabilityReport {
    static final String TABLE_START = "<!-- coverage:start -->";
    static final String TABLE_END = "<!-- coverage:end -->";
    static final String RESULTS_START = "<!-- results:start -->";
    static final String RESULTS_END = "<!-- results:end -->";

    /** One line of the coverage table. */
    public record Row(String area, String what, int cases, String where, String suite) {}

    private ReliabilityReport() {}

    /** Arguments: the repository root, then cli's target directory. */
    public static void main(String[] args) throws IOException {
        Path repository = Path.of(args.length > 0 ? args[0] : ".");
        Path target = Path.of(args.length > 1 ? args[1] : "cli/target");
        Path document = repository.resolve("RELIABILITY.md");
        String text = Files.exists(document) ? Files.readString(document) : template();
        text = replaceSection(text, TABLE_START, TABLE_END, table());
        text = replaceSection(text, RESULTS_START, RESULTS_END, results(target));
        Files.writeString(document, text, StandardCharsets.UTF_8);
        System.out.println("wrote " + document.toAbsolutePath());
    }

    public static List<Row> coverage() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(
                "bad input",
                "receivables tapes (encodings, shapes, numbers, dates, JSON, Parquet)",
                TapeCorpus.cases().size(),
                "TapeCorpus / TapeFaultsTest",
                "default"));
        rows.add(new Row(
                "bad input",
                "configurations (YAML abuse, types, unknown keys, enums, placeholders, paths)",
                ConfigCorpus.cases().size(),
                "ConfigCorpus / ConfigFaultsTest",
                "default"));
        rows.add(new Row(
                "bad input",
                "command lines (flags, commands, arguments, -w, --env, services, --input)",
                CliArgumentCorpus.cases().size(),
                "CliArgumentCorpus / CliArgumentFaultsTest",
                "default"));
        rows.add(new Row(
                "bad input",
                "spoilt backups met by `abaco rollback`",
                BackupCorpus.cases().size(),
                "BackupCorpus / BackupFaultsTest",
                "default"));
        rows.add(new Row(
                "concurrency",
                "8 in-process pipeline runs: identical inputs, different inputs",
                tests(ConcurrentRunsTest.class, false),
                "ConcurrentRunsTest",
                "default"));
        rows.add(new Row(
                "concurrency",
                "8 `bin/abaco pipeline run` processes: 4 identical, 4 different inputs",
                tests(ConcurrentProcessesIT.class, true),
                "ConcurrentProcessesIT",
                "-Pfull (failsafe)"));
        rows.add(new Row(
                "concurrency",
                "cutover racing rollback (processes); two JVMs racing for the DB advisory lock",
                tests(LockRaceIT.class, false),
                "LockRaceIT",
                "verify (failsafe)"));
        rows.add(new Row(
                "soak",
                SoakTest.SHORT_CYCLES + " validation cycles (pipeline run, validate, audit verify,"
                        + " config validate) in one JVM",
                tests(SoakTest.class, false),
                "SoakTest",
                "default"));
        rows.add(new Row(
                "soak",
                SoakTest.FULL_CYCLES + " validation cycles",
                tests(SoakTest.class, true),
                "SoakTest",
                "-Pfull"));
        rows.add(new Row(
                "secrets",
                "init → V1 → pipeline run → cutover (DB, Slack) → run → validate → rollback;"
                        + " every file and byte printed scanned for " + SecretsCycleIT.SECRETS.size()
                        + " planted values",
                tests(SecretsCycleIT.class, true),
                "SecretsCycleIT",
                "-Pfull (failsafe)"));
        rows.add(new Row(
                "crashes",
                "`bin/abaco pipeline run` halted at " + PipelineCrashIT.fastCrashPoints() + ", plus one real SIGKILL",
                PipelineCrashIT.fastCrashPoints().size() + tests(PipelineCrashIT.class, false) - 1,
                "PipelineCrashIT",
                "verify (failsafe)"));
        rows.add(new Row(
                "crashes",
                "halted at the other output steps " + PipelineCrashIT.otherCrashPoints(),
                PipelineCrashIT.otherCrashPoints().size(),
                "PipelineCrashIT",
                "-Pfull (failsafe)"));
        return rows;
    }

    static String table() {
        StringBuilder table = new StringBuilder("| area | what | cases | where | runs in |\n|---|---|---:|---|---|\n");
        int total = 0;
        for (Row row : coverage()) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | `%s` | %s |%n",
                    row.area(),
                    row.what(),
                    row.cases(),
                    row.where(),
                    row.suite()));
            total += row.cases();
        }
        return table.append("| **total** | | **")
                .append(total)
                .append("** | | |\n")
                .toString();
    }

    /** Test methods of {@code type} (a parameterized method counts once), with or without the {@code full} tag. */
    static int tests(Class<?> type, boolean full) {
        int count = 0;
        for (Method method : type.getDeclaredMethods()) {
            boolean test =
                    method.isAnnotationPresent(Test.class) || method.isAnnotationPresent(ParameterizedTest.class);
            Tag tag = method.getAnnotation(Tag.class);
            boolean tagged = tag != null && tag.value().equals("full");
            if (test && tagged == full) count++;
        }
        return count;
    }

    static String results(Path target) throws IOException {
        Pattern suite = Pattern.compile("<testsuite [^>]*>");
        List<String> lines = new ArrayList<>();
        int tests = 0, failures = 0, errors = 0, skipped = 0;
        double seconds = 0;
        String latest = "";
        for (String reports : List.of("surefire-reports", "failsafe-reports")) {
            Path dir = target.resolve(reports);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(
                                path -> path.getFileName().toString().startsWith("TEST-io.abaco.faults."))
                        .sorted()
                        .toList()) {
                    Matcher matcher = suite.matcher(Files.readString(file));
                    if (!matcher.find()) continue;
                    String tag = matcher.group();
                    String name = attribute(tag, "name").replace("io.abaco.faults.", "");
                    int t = Integer.parseInt(attribute(tag, "tests"));
                    int f = Integer.parseInt(attribute(tag, "failures"));
                    int e = Integer.parseInt(attribute(tag, "errors"));
                    int s = Integer.parseInt(attribute(tag, "skipped"));
                    double time = Double.parseDouble(attribute(tag, "time").replace(",", ""));
                    // the reports carry no timestamp: the file's modification time is when the class finished
                    String stamp = Files.getLastModifiedTime(file)
                            .toInstant()
                            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                            .toString();
                    if (stamp.compareTo(latest) > 0) latest = stamp;
                    tests += t;
                    failures += f;
                    errors += e;
                    skipped += s;
                    seconds += time;
                    lines.add(
                            String.format(Locale.ROOT, "| `%s` | %d | %d | %d | %d | %.1f |", name, t, f, e, s, time));
                }
            }
        }
        if (lines.isEmpty()) return "No run recorded yet: run `./mvnw -B verify -Pfull`.\n";
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "Last run: %s (UTC, from the test reports): %d tests, %d failures, %d errors,"
                        + " %d skipped, %.0f s of test time.%n%n",
                latest.replace('T', ' ').replace("Z", ""),
                tests,
                failures,
                errors,
                skipped,
                seconds));
        text.append("| class | tests | failures | errors | skipped | seconds |\n|---|---:|---:|---:|---:|---:|\n");
        lines.forEach(line -> text.append(line).append('\n'));
        List<String> soak = soakSamples(target.resolve("surefire-reports/TEST-io.abaco.faults.SoakTest.xml"));
        if (!soak.isEmpty()) {
            text.append("\nSoak samples (heap used after GC in bytes, open file descriptors, live threads):\n\n");
            soak.forEach(line -> text.append("- `").append(line).append("`\n"));
        }
        return text.toString();
    }

    /** The lines SoakTest prints: {@code soak N: Sample[...] -> Sample[...]}. */
    static List<String> soakSamples(Path report) throws IOException {
        if (!Files.isRegularFile(report)) return List.of();
        List<String> samples = new ArrayList<>();
        Matcher matcher = Pattern.compile("soak \\d+: Sample\\[[^\\]]*\\] -> Sample\\[[^\\]]*\\]")
                .matcher(Files.readString(report));
        while (matcher.find()) samples.add(matcher.group());
        return samples;
    }

    private static String attribute(String tag, String name) {
        Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return matcher.find() ? matcher.group(1) : "0";
    }

    static String replaceSection(String text, String start, String end, String content) {
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from) throw new IllegalStateException("RELIABILITY.md lacks " + start + " … " + end);
        return text.substring(0, from + start.length()) + "\n" + content + text.substring(to);
    }

    static String template() {
        return String.join(
                "\n", Arrays.asList("# Reliability", "", TABLE_START, TABLE_END, "", RESULTS_START, RESULTS_END, ""));
    }
}
