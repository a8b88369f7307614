package io.abaco.validation.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.fs.Hashing;
import io.abaco.pipeline.audit.AuditTrail;
import io.abaco.pipeline.audit.AuditVerification;
import io.abaco.pipeline.output.OutputFile;
import io.abaco.pipeline.run.RunRecord;
import io.abaco.validation.CheckResult;
import io.abaco.validation.ValidationJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code audit_trail}: the latest run's {@code audit.jsonl} is present, its hash chain verifies
 * ({@link AuditTrail#verify}) and it is the file its manifest recorded (lines deleted at the end leave the chain
 * intact but change the sha256); every other run's audit trail verifies too; and events were recorded since the
 * previous validation — a WARN when nothing new was audited (is the pipeline still running?).
 */
public final class AuditTrailCheck implements ValidationCheck {
    public static final String NAME = "audit_trail";
    static final String AUDIT_FILE = "audit.jsonl";
    private static final String THRESHOLD =
            "audit files present, hash chains verify, events since the previous validation";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult run(ValidationContext context) {
        if (context.latestRun() == null) return context.noRun(NAME);
        RunRecord run = context.latestRun();
        Path latestAudit = run.directory().resolve(AUDIT_FILE);
        List<String> failures = new ArrayList<>();
        if (!Files.isRegularFile(latestAudit)) {
            failures.add(context.display(latestAudit) + ": missing");
        } else {
            verify(context, latestAudit, failures);
            matchManifest(context, run, latestAudit, failures);
        }
        List<Path> others = otherAuditFiles(context, latestAudit);
        for (Path other : others) verify(context, other, failures);

        Instant since = context.previous().map(report -> report.timestamp()).orElse(null);
        EventCount events = countEvents(latestAudit, others, since);
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("audit_files", (Files.isRegularFile(latestAudit) ? 1 : 0) + others.size());
        observed.put("events", events.total);
        observed.put("events_since_previous_validation", since == null ? null : events.since);
        observed.put("latest_event_at", events.latest == null ? null : events.latest.toString());
        if (!failures.isEmpty()) return CheckResult.fail(NAME, observed, THRESHOLD, String.join("; ", failures));
        String chains = observed.get("audit_files") + " audit trail(s) verify (" + events.total + " events)";
        if (since == null) {
            return CheckResult.pass(NAME, observed, THRESHOLD, chains + "; no previous validation to compare with");
        }
        if (events.since == 0) {
            return CheckResult.warn(
                    NAME,
                    observed,
                    THRESHOLD,
                    chains + "; no audit event recorded since the previous validation at " + since
                            + " (latest event " + (events.latest == null ? "none" : events.latest.toString())
                            + "): is the pipeline running?");
        }
        return CheckResult.pass(
                NAME, observed, THRESHOLD, chains + "; " + events.since + " event(s) since the previous validation");
    }

    private static void verify(ValidationContext context, Path audit, List<String> failures) {
        AuditVerification verification = AuditTrail.verify(audit);
        if (!verification.ok()) {
            failures.add(context.display(audit) + ": line " + verification.line() + ": " + verification.reason());
        }
    }

    /** Lines deleted at the end do not break the chain: the manifest's sha256 and line count show them. */
    private static void matchManifest(ValidationContext context, RunRecord run, Path audit, List<String> failures) {
        if (run.manifest() == null) return;
        String display = context.display(audit);
        Optional<OutputFile> entry = run.manifest().files().stream()
                .filter(file -> file.path().equals(display))
                .findFirst();
        if (entry.isEmpty()) {
            failures.add(display + ": not listed in the run's manifest");
            return;
        }
        if (Hashing.sha256Hex(audit).equals(entry.get().sha256())) return;
        try {
            long lines = RowCounter.count(audit, true);
            if (lines < entry.get().rows()) {
                failures.add(display + ": " + lines + " lines, the manifest recorded "
                        + entry.get().rows() + ": line " + (lines + 1) + " onwards deleted");
            } else {
                failures.add(display + ": sha256 differs from the manifest (" + lines + " lines, manifest "
                        + entry.get().rows() + ")");
            }
        } catch (IOException e) {
            failures.add(display + ": cannot read: " + e.getMessage());
        }
    }

    private static List<Path> otherAuditFiles(ValidationContext context, Path latestAudit) {
        Path runsDir = context.runsDir();
        if (!Files.isDirectory(runsDir)) return List.of();
        try (Stream<Path> dirs = Files.list(runsDir)) {
            return dirs.filter(Files::isDirectory)
                    .filter(dir -> !dir.getFileName().toString().startsWith(io.abaco.fs.AtomicFiles.TEMP_PREFIX))
                    .map(dir -> dir.resolve(AUDIT_FILE))
                    .filter(Files::isRegularFile)
                    .filter(file -> !file.equals(latestAudit))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + runsDir + ": " + e.getMessage(), e);
        }
    }

    private record EventCount(long total, long since, Instant latest) {}

    private static EventCount countEvents(Path latestAudit, List<Path> others, Instant since) {
        long total = 0;
        long after = 0;
        Instant latest = null;
        List<Path> files = new ArrayList<>(others);
        if (Files.isRegularFile(latestAudit)) files.add(latestAudit);
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue; // unreadable files are reported by verify
            }
            for (String line : lines) {
                Instant at = eventTime(line);
                if (at == null) continue;
                total++;
                if (since != null && at.isAfter(since)) after++;
                if (latest == null || at.isAfter(latest)) latest = at;
            }
        }
        return new EventCount(total, after, latest);
    }

    private static Instant eventTime(String line) {
        try {
            JsonNode node = ValidationJson.mapper().readTree(line);
            return node != null && node.hasNonNull("at")
                    ? Instant.parse(node.get("at").asText())
                    : null;
        } catch (IOException | DateTimeParseException e) {
            return null;
        }
    }
}
