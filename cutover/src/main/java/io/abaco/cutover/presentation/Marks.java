package io.abaco.cutover.presentation;

/**
 * The marks the report shows for statuses read from files: ✓ only for PASS and ✗ only for FAIL (DESIGN §1: every
 * ✓ is backed by a recorded PASS). Derived verdicts are shown as words, never as marks.
 */
final class Marks {
    static final String PASS = "✓";
    static final String FAIL = "✗";

    private Marks() {}

    static String symbol(String status) {
        if (status == null) return "?";
        return switch (status) {
            case "PASS" -> PASS;
            case "FAIL" -> FAIL;
            case "WARN" -> "!";
            case "SKIPPED" -> "–";
            default -> "?";
        };
    }

    /** A mark as a span carrying the status it came from, e.g. {@code <span class="mark pass" data-status="PASS">}. */
    static void html(Html html, String status) {
        String cssClass = status == null ? "unknown" : status.toLowerCase(java.util.Locale.ROOT);
        html.open("span", "class", "mark " + cssClass, "data-status", status == null ? "UNKNOWN" : status)
                .text(symbol(status) + " " + Formats.label(status))
                .close("span");
    }

    /** The compact form for dense tables: the symbol alone, the status in {@code title} and {@code data-status}. */
    static void compactHtml(Html html, String status) {
        String cssClass = status == null ? "unknown" : status.toLowerCase(java.util.Locale.ROOT);
        String value = status == null ? "UNKNOWN" : status;
        html.open("span", "class", "mark " + cssClass, "data-status", value, "title", value)
                .text(symbol(status))
                .close("span");
    }

    /** The Markdown form: the symbol and the status word. */
    static String markdown(String status) {
        return symbol(status) + " " + Formats.label(status);
    }
}
