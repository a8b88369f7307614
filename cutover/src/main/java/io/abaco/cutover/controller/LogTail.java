package io.abaco.cutover.controller;

import io.abaco.config.Secrets;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the last lines of a log file without loading a large file whole; every line is redacted. */
final class LogTail {
    private static final int MAX_BYTES = 256 * 1024;

    private LogTail() {}

    static List<String> of(Path file, int lines) {
        if (file == null || lines <= 0 || !Files.isRegularFile(file)) return List.of();
        try (RandomAccessFile reader = new RandomAccessFile(file.toFile(), "r")) {
            long length = reader.length();
            int size = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[size];
            reader.seek(length - size);
            reader.readFully(bytes);
            List<String> all = List.of(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            if (size < length && !all.isEmpty()) all = all.subList(1, all.size()); // first line is cut
            List<String> tail = new ArrayList<>();
            for (String line : all.subList(Math.max(0, all.size() - lines), all.size())) {
                tail.add(Secrets.redact(line));
            }
            while (!tail.isEmpty() && tail.get(tail.size() - 1).isEmpty()) tail.remove(tail.size() - 1);
            return List.copyOf(tail);
        } catch (IOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
        }
    }

    /** The tail formatted for an exception message: a newline, then indented lines; empty when there is none. */
    static String forMessage(List<String> tail) {
        if (tail.isEmpty()) return "";
        StringBuilder text = new StringBuilder(System.lineSeparator()).append("  last log lines:");
        for (String line : tail)
            text.append(System.lineSeparator()).append("    ").append(line);
        return text.toString();
    }
}
