package io.abaco.validation.check;

import io.abaco.config.Workspace;
import io.abaco.pipeline.output.OutputFile;
import io.abaco.pipeline.run.RunManifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The loan-level outputs ({@code loans.csv|parquet|json}) a run's manifest lists. */
final class LoansFiles {
    private static final List<String> PREFERENCE = List.of("loans.parquet", "loans.csv", "loans.json");

    private LoansFiles() {}

    /** Every loans file of the manifest, in manifest order. */
    static List<OutputFile> all(RunManifest manifest) {
        List<OutputFile> loans = new ArrayList<>();
        if (manifest == null) return loans;
        for (OutputFile file : manifest.files()) {
            if (PREFERENCE.contains(Path.of(file.path()).getFileName().toString())) loans.add(file);
        }
        return loans;
    }

    /** The loans file best read by SQL: parquet (typed), else csv, else json. */
    static Optional<OutputFile> preferred(RunManifest manifest) {
        List<OutputFile> loans = all(manifest);
        for (String name : PREFERENCE) {
            for (OutputFile file : loans) {
                if (Path.of(file.path()).getFileName().toString().equals(name)) return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    static Path resolve(Workspace workspace, OutputFile file) {
        return workspace.resolve(file.path());
    }
}
