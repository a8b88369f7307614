package io.abaco.cutover.presentation;

import io.abaco.config.Secrets;
import java.util.List;

/** GitHub-flavoured Markdown table building, with every cell redacted and escaped. Not thread-safe. */
final class MarkdownTable {
    private final StringBuilder out;

    MarkdownTable(StringBuilder out, List<String> header) {
        this.out = out;
        row(header);
        out.append('|');
        header.forEach(column -> out.append("---|"));
        out.append('\n');
    }

    MarkdownTable row(List<String> cells) {
        out.append('|');
        cells.forEach(cell -> out.append(' ').append(cell(cell)).append(" |"));
        out.append('\n');
        return this;
    }

    MarkdownTable row(String... cells) {
        return row(List.of(cells));
    }

    void end() {
        out.append('\n');
    }

    /**
     * A cell's text: secrets removed, then escaped so that it stays one cell and shows literally (pipes, HTML,
     * line breaks, code, links, emphasis by {@code *}). Underscores stay as they are: GitHub ignores them inside
     * words, and snake_case names are everywhere in these reports.
     */
    static String cell(String text) {
        if (text == null) return "";
        String redacted = Secrets.redact(text);
        StringBuilder escaped = new StringBuilder(redacted.length() + 8);
        for (int i = 0; i < redacted.length(); i++) {
            char c = redacted.charAt(i);
            switch (c) {
                case '|', '\\', '`', '*', '[', ']' -> escaped.append('\\').append(c);
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '\n' -> escaped.append("<br>");
                case '\r' -> {}
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Plain text outside tables (headings, paragraphs): the same escaping. */
    static String text(String text) {
        return cell(text);
    }
}
