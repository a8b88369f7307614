package io.abaco.cutover.presentation;

/** Building blocks shared by the HTML sections: section frame, "not available" line, tables, optional marks. */
final class HtmlBlocks {
    private HtmlBlocks() {}

    static void optionalMark(Html html, String status) {
        if (status == null) {
            html.text(Formats.NONE);
        } else {
            Marks.html(html, status);
        }
    }

    static void open(Html html, String id, String title) {
        html.open("section", "id", id, "data-section", id).element("h2", title);
    }

    static void close(Html html) {
        html.close("section").newline();
    }

    static boolean unavailable(Html html, Section<?> section) {
        if (section.available()) return false;
        html.element(
                "p",
                "not available: " + section.unavailableReason(),
                "class",
                "unavailable",
                "data-unavailable",
                "true");
        close(html);
        return true;
    }

    static void table(Html html, String... columns) {
        html.open("table").open("thead").open("tr");
        for (String column : columns) html.element("th", column);
        html.close("tr").close("thead").open("tbody");
    }

    static void endTable(Html html) {
        html.close("tbody").close("table");
    }
}
