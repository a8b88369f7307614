package io.abaco.cutover.presentation;

import java.util.List;

/** The HTML sections built from the phase reports and the journal: timeline, checks, journal and log. */
final class HtmlPhaseSections {
    private HtmlPhaseSections() {}

    static void timeline(Html html, List<PhaseSummary> phases, Section<RollbackSummary> rollback) {
        html.open("section", "id", "timeline", "data-section", "timeline").element("h2", "Timeline");
        TimelineChart.render(html, phases, rollback);
        html.open("table").open("thead").open("tr");
        for (String column : List.of("#", "Phase", "Verdict", "Started", "Finished", "Duration", "Attempts", "Error")) {
            html.element("th", column);
        }
        html.close("tr").close("thead").open("tbody");
        for (PhaseSummary phase : phases) {
            html.open("tr", "data-phase", phase.phase(), "data-status", phase.status())
                    .element("td", phase.order() < PhaseReports.PHASES.size() ? Integer.toString(phase.order()) : "")
                    .element("td", phase.phase())
                    .open("td");
            status(html, phase.status(), phase.fromReport());
            html.close("td")
                    .element("td", Formats.time(phase.startedAt()))
                    .element("td", Formats.time(phase.finishedAt()))
                    .element("td", Formats.duration(phase.durationMs()), "class", "num")
                    .element("td", Integer.toString(phase.attemptCount()), "class", "num")
                    .element("td", phase.error() == null ? "" : phase.error(), "class", "error")
                    .close("tr");
        }
        html.close("tbody").close("table").close("section").newline();
    }

    static void checks(Html html, List<PhaseSummary> phases) {
        html.open("section", "id", "checks", "data-section", "checks").element("h2", "Checks behind each verdict");
        for (PhaseSummary phase : phases) {
            html.open("div", "class", "phase-checks", "data-phase", phase.phase())
                    .element(
                            "h3",
                            phase.phase() + " — " + Formats.label(phase.status())
                                    + (phase.reportFile() == null ? "" : " (" + phase.reportFile() + ")"));
            if (phase.checks().isEmpty()) {
                html.element(
                        "p",
                        phase.fromReport() ? "no checks recorded" : "not available: no phase report",
                        "class",
                        "unavailable");
            } else {
                html.open("table").open("thead").open("tr");
                for (String column : List.of("Check", "Status", "Observed", "Threshold", "Message")) {
                    html.element("th", column);
                }
                html.close("tr").close("thead").open("tbody");
                for (CheckRow check : phase.checks()) {
                    html.open("tr", "data-check", check.name(), "data-status", check.status())
                            .element("td", check.name())
                            .open("td");
                    Marks.html(html, check.status());
                    html.close("td")
                            .element("td", Formats.orNone(check.observed()), "class", "wrap")
                            .element("td", Formats.orNone(check.threshold()), "class", "wrap")
                            .element("td", Formats.orNone(check.message()))
                            .close("tr");
                }
                html.close("tbody").close("table");
            }
            html.close("div");
        }
        html.close("section").newline();
    }

    static void journal(Html html, CutoverReportModel model) {
        html.open("section", "id", "journal", "data-section", "journal").element("h2", "Journal and log");
        if (model.journal().isEmpty()) {
            html.element("p", "not available: no journal.jsonl entries", "class", "unavailable");
        } else {
            html.open("table").open("thead").open("tr");
            for (String column : List.of("At", "Phase", "Event", "Attempt", "Detail")) html.element("th", column);
            html.close("tr").close("thead").open("tbody");
            for (AttemptRow row : model.journal()) {
                html.open("tr", "data-event", row.event())
                        .element("td", Formats.time(row.at()))
                        .element("td", Formats.orNone(row.phase()))
                        .element("td", Formats.orNone(row.event()), "class", "word")
                        .element("td", Integer.toString(row.attempt()), "class", "num")
                        .element("td", Formats.orNone(row.detail()))
                        .close("tr");
            }
            html.close("tbody").close("table");
        }
        html.element("h3", "cutover.log (last " + CutoverReportReader.LOG_TAIL_LINES + " lines)");
        if (model.logTail().available()) {
            html.element("pre", String.join("\n", model.logTail().content()), "class", "log");
        } else {
            html.element("p", "not available: " + model.logTail().unavailableReason(), "class", "unavailable");
        }
        html.close("section").newline();
    }

    /** A status read from a file gets its mark; a status the report derived (no report file) is a word. */
    static void status(Html html, String status, boolean fromFile) {
        if (fromFile) {
            Marks.html(html, status);
        } else {
            html.element("span", Formats.label(status), "class", "word", "data-derived", status);
        }
    }
}
