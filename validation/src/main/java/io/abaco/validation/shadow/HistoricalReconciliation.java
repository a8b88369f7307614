package io.abaco.validation.shadow;

import io.abaco.config.Secrets;
import io.abaco.error.AbacoException;
import io.abaco.error.InputDataException;
import io.abaco.validation.CheckStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Shadow comparison over a directory of daily tapes ({@code *.csv}, {@code *.parquet}, {@code *.jsonl}): each tape
 * runs through V1 and V2 into {@code <workDir>/<tape name>/} and its report is written there as
 * {@code shadow-report.json}. A day whose pipeline fails is recorded as FAIL with the error and the other days still
 * run. The day is the date in the file name ({@code 2026-01-31} or {@code 20260131}), else the file name.
 */
public final class HistoricalReconciliation {
    private static final Pattern TAPE = Pattern.compile("(?i).+\\.(csv|parquet|jsonl)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");

    private final ShadowRunner runner;
    private final Clock clock;

    public HistoricalReconciliation(ShadowRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    /** @throws InputDataException when {@code tapesDir} holds no tapes */
    public HistoricalReport run(Path tapesDir, Path workDir) {
        List<Path> tapes = tapes(tapesDir);
        List<DayResult> days = new ArrayList<>();
        for (Path tape : tapes) {
            String day = dayOf(tape);
            String stem = stem(tape);
            Path dayDir = workDir.resolve(stem);
            try {
                ShadowReport report = runner.run(tape, dayDir);
                Path reportFile = dayDir.resolve("shadow-report.json");
                ShadowReportFile.write(reportFile, report);
                days.add(DayResult.of(day, tape.toString(), report, reportFile.toString()));
            } catch (AbacoException | UncheckedIOException e) {
                days.add(DayResult.failed(day, tape.toString(), Secrets.redact(e.getMessage())));
            }
        }
        boolean allPass = days.stream().allMatch(d -> d.verdict() == CheckStatus.PASS);
        boolean halt = days.stream().anyMatch(DayResult::halt);
        return new HistoricalReport(
                clock.instant(),
                tapesDir.toString(),
                days,
                allPass && !days.isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL,
                halt);
    }

    private static List<Path> tapes(Path tapesDir) {
        if (!Files.isDirectory(tapesDir)) throw new InputDataException(tapesDir + ": not a directory of tapes");
        try (Stream<Path> entries = Files.list(tapesDir)) {
            List<Path> tapes = entries.filter(Files::isRegularFile)
                    .filter(p -> TAPE.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(HistoricalReconciliation::dayOf)
                            .thenComparing(p -> p.getFileName().toString()))
                    .toList();
            if (tapes.isEmpty()) {
                throw new InputDataException(tapesDir + ": no tapes (*.csv, *.parquet, *.jsonl) to reconcile");
            }
            return tapes;
        } catch (IOException e) {
            throw new InputDataException(tapesDir + ": cannot list tapes: " + e.getMessage(), e);
        }
    }

    static String dayOf(Path tape) {
        Matcher date = DATE.matcher(tape.getFileName().toString());
        return date.find() ? date.group(1) + "-" + date.group(2) + "-" + date.group(3) : stem(tape);
    }

    private static String stem(Path tape) {
        String name = tape.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
