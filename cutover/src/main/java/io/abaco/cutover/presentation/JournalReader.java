package io.abaco.cutover.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads {@code journal.jsonl}; a line that is not JSON becomes a problem naming its line, the rest is kept. */
final class JournalReader {
    private JournalReader() {}

    static List<AttemptRow> read(EvidenceFiles files, Path journal) {
        List<String> lines = files.lines(journal).orElse(List.of());
        List<AttemptRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) continue;
            files.parse(journal, i, lines.get(i)).filter(JsonNode::isObject).ifPresent(node -> rows.add(row(node)));
        }
        return rows;
    }

    private static AttemptRow row(JsonNode node) {
        String event = Nodes.text(node, "event", "status");
        Long attempt = Nodes.whole(node, "attempt");
        return new AttemptRow(
                Nodes.instant(node, "at", "timestamp", "time"),
                Nodes.text(node, "phase"),
                event == null ? null : event.toLowerCase(Locale.ROOT),
                attempt == null ? 0 : attempt.intValue(),
                Nodes.text(node, "detail", "message"));
    }
}
