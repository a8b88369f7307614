package io.abaco.validation.check;

import io.abaco.config.model.DatabaseConfig;
import io.abaco.config.model.DeduplicationConfig;
import io.abaco.fs.Hashing;
import io.abaco.pipeline.output.OutputFile;
import io.abaco.pipeline.run.RunManifest;
import io.abaco.pipeline.run.RunRecord;
import io.abaco.validation.CheckResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code data_integrity}: every file of the latest run's manifest exists with its size, sha256 and row count; the
 * loans output has no null in a required column and no duplicate key; and, when a database is configured, its
 * {@code loan_facts} holds as many rows of the run as the manifest says. Duplicate keys are a WARN when
 * deduplication is disabled (the tape may legitimately repeat a key then).
 */
public final class DataIntegrityCheck implements ValidationCheck {
    public static final String NAME = "data_integrity";
    private static final List<String> DEFAULT_KEYS = List.of("loan_id", "measurement_date");
    private static final String THRESHOLD =
            "every manifest file: exists, bytes, sha256, rows; no nulls in required columns; no duplicate keys;"
                    + " database rows = manifest rows";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult run(ValidationContext context) {
        if (context.latestRun() == null) return context.noRun(NAME);
        RunRecord run = context.latestRun();
        RunManifest manifest = run.manifest();
        if (manifest == null) {
            return CheckResult.fail(
                    NAME, null, THRESHOLD, context.display(run.directory()) + " has no manifest.json to verify");
        }
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int verified = verifyFiles(context, run, manifest.files(), failures);
        if (manifest.files().isEmpty()) failures.add("the manifest of " + manifest.runId() + " lists no file");

        Optional<OutputFile> loans = LoansFiles.preferred(manifest);
        if (loans.isEmpty()) {
            failures.add("the manifest of " + manifest.runId() + " lists no loans file");
        } else {
            checkLoansTable(context, loans.get(), failures, warnings);
            DatabaseConfig database = context.settings().pipeline().output().database();
            if (database != null && database.enabled()) {
                DatabaseRows.compare(database, manifest.runId(), loans.get().rows())
                        .ifPresent(failures::add);
            }
        }

        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("files", manifest.files().size());
        observed.put("files_verified", verified);
        observed.put("loans_rows", loans.map(OutputFile::rows).orElse(null));
        if (!failures.isEmpty()) return CheckResult.fail(NAME, observed, THRESHOLD, String.join("; ", failures));
        if (!warnings.isEmpty()) return CheckResult.warn(NAME, observed, THRESHOLD, String.join("; ", warnings));
        return CheckResult.pass(
                NAME,
                observed,
                THRESHOLD,
                verified + " files of " + manifest.runId() + " match the manifest; loans output has no null required"
                        + " value and no duplicate key");
    }

    /** @return the files that matched in every respect */
    private static int verifyFiles(
            ValidationContext context, RunRecord run, List<OutputFile> files, List<String> failures) {
        int verified = 0;
        for (OutputFile file : files) {
            Path path = context.workspace().resolve(file.path());
            if (!Files.isRegularFile(path)) {
                failures.add(file.path() + ": missing");
                continue;
            }
            try {
                String sha256 = Hashing.sha256Hex(path);
                long bytes = Files.size(path);
                if (!sha256.equals(file.sha256())) {
                    failures.add(file.path() + ": sha256 " + sha256.substring(0, 12) + "… differs from the manifest's "
                            + abbreviate(file.sha256()) + " (" + bytes + " bytes, manifest " + file.bytes() + ")");
                    continue;
                }
                long rows = RowCounter.count(path, path.startsWith(run.directory()));
                if (rows != file.rows()) {
                    failures.add(file.path() + ": " + rows + " rows, the manifest says " + file.rows());
                    continue;
                }
                verified++;
            } catch (IOException | UncheckedIOException e) {
                failures.add(file.path() + ": cannot read: " + e.getMessage());
            }
        }
        return verified;
    }

    private static void checkLoansTable(
            ValidationContext context, OutputFile loans, List<String> failures, List<String> warnings) {
        Path file = LoansFiles.resolve(context.workspace(), loans);
        if (!Files.isRegularFile(file)) return; // already reported as missing
        DeduplicationConfig dedup = context.settings().pipeline().ingestion().deduplication();
        boolean deduplicated = dedup != null && dedup.enabled();
        List<String> keys = deduplicated && !dedup.keys().isEmpty() ? dedup.keys() : DEFAULT_KEYS;
        try (Connection connection = DuckDbQuery.open()) {
            failures.addAll(LoansTableChecks.nulls(connection, file, loans.path()));
            List<String> duplicates = LoansTableChecks.duplicates(connection, file, loans.path(), keys);
            if (deduplicated) {
                failures.addAll(duplicates);
            } else {
                duplicates.forEach(problem -> warnings.add(problem + " (deduplication is disabled)"));
            }
        } catch (SQLException e) {
            failures.add(loans.path() + ": cannot query: " + RowCounter.firstLine(e.getMessage()));
        }
    }

    private static String abbreviate(String sha256) {
        return sha256 == null ? "(none)" : sha256.substring(0, Math.min(12, sha256.length())) + "…";
    }
}
