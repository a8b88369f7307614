package io.abaco.cutover.presentation;

/** The HTML sections of the shadow comparison, the rollback and the artifacts. */
final class HtmlEvidenceSections {
    private HtmlEvidenceSections() {}

    static void shadow(Html html, Section<ShadowSummary> section) {
        HtmlBlocks.open(html, "shadow", "Shadow comparison (V1 vs V2)");
        if (HtmlBlocks.unavailable(html, section)) return;
        ShadowSummary shadow = section.content();
        html.open("p").text("Verdict: ");
        HtmlBlocks.optionalMark(html, shadow.verdict());
        html.text(" — from ").element("code", shadow.file()).close("p");
        HtmlBlocks.table(html, "KPI", "V1", "V2", "Variance %", "Tolerance %", "Status", "Rule");
        for (ShadowKpiRow row : shadow.kpis()) {
            html.open("tr", "data-kpi", row.kpi(), "data-status", row.status())
                    .element("td", row.kpi())
                    .element("td", Formats.number(row.v1()), "class", "num")
                    .element("td", Formats.number(row.v2()), "class", "num")
                    .element("td", Formats.number(row.variancePct()), "class", "num")
                    .element("td", Formats.number(row.tolerancePct()), "class", "num")
                    .open("td");
            HtmlBlocks.optionalMark(html, row.status());
            html.close("td").element("td", Formats.orNone(row.rule())).close("tr");
        }
        HtmlBlocks.endTable(html);
        html.element("h3", "Row by row");
        if (!shadow.rows().isEmpty()) {
            HtmlBlocks.table(html, "Rows", "Count");
            for (LabeledValue row : shadow.rows()) {
                html.open("tr", "data-rows", row.label())
                        .element("td", row.label().replace('_', ' '))
                        .element("td", row.value(), "class", "num")
                        .close("tr");
            }
            HtmlBlocks.endTable(html);
        } else {
            html.element(
                    "p",
                    "not available: " + (shadow.rowsNote() == null ? "rows were not compared" : shadow.rowsNote()),
                    "class",
                    "unavailable");
        }
        HtmlBlocks.close(html);
    }

    static void rollback(Html html, Section<RollbackSummary> section) {
        HtmlBlocks.open(html, "rollback", "Rollback");
        if (HtmlBlocks.unavailable(html, section)) return;
        RollbackSummary rollback = section.content();
        html.open("p").text("Status: ");
        HtmlBlocks.optionalMark(html, rollback.status());
        html.text(" — started " + Formats.time(rollback.startedAt()) + ", finished "
                        + Formats.time(rollback.finishedAt()) + ", took " + Formats.duration(rollback.durationMs())
                        + " — from ")
                .element("code", rollback.file())
                .close("p");
        if (rollback.error() != null) html.element("p", rollback.error(), "class", "error");
        HtmlBlocks.table(html, "Step", "Status", "Duration", "Message");
        for (RollbackStep step : rollback.steps()) {
            html.open("tr", "data-step", step.name(), "data-status", step.status())
                    .element("td", step.name())
                    .open("td");
            HtmlBlocks.optionalMark(html, step.status());
            html.close("td")
                    .element("td", Formats.duration(step.durationMs()), "class", "num")
                    .element("td", Formats.orNone(step.message()))
                    .close("tr");
        }
        HtmlBlocks.endTable(html);
        HtmlBlocks.close(html);
    }

    static void artifacts(Html html, CutoverReportModel model) {
        HtmlBlocks.open(html, "artifacts", "Where every artifact is");
        html.element("h3", "Backup");
        if (model.backup().available()) {
            BackupSummary backup = model.backup().content();
            html.open("p")
                    .text("Manifest ")
                    .element("code", backup.manifest())
                    .text(", taken " + Formats.time(backup.createdAt()) + ": "
                            + backup.files().size() + " file(s), "
                            + backup.tables().size() + " table(s).")
                    .close("p");
            if (!backup.tables().isEmpty()) {
                HtmlBlocks.table(html, "Table", "Rows", "Dump", "SHA-256");
                for (BackupSummary.BackupTable table : backup.tables()) {
                    html.open("tr", "data-table", table.name())
                            .element("td", table.name())
                            .element("td", Formats.orNone(table.rows()), "class", "num")
                            .element("td", Formats.orNone(table.file()), "class", "wrap")
                            .element("td", Formats.orNone(table.sha256()), "class", "hash")
                            .close("tr");
                }
                HtmlBlocks.endTable(html);
            }
        } else {
            html.element("p", "not available: " + model.backup().unavailableReason(), "class", "unavailable");
        }
        html.element("h3", "Artifacts and evidence");
        HtmlBlocks.table(html, "Source", "Path", "SHA-256", "Bytes", "Copy of");
        for (ArtifactRef artifact : model.artifacts()) {
            html.open("tr", "data-artifact", artifact.path(), "data-source", artifact.source())
                    .element("td", artifact.source())
                    .element("td", artifact.path(), "class", "wrap")
                    .element("td", Formats.orNone(artifact.sha256()), "class", "hash")
                    .element("td", Formats.orNone(artifact.bytes()), "class", "num")
                    .element("td", Formats.orNone(artifact.copyOf()), "class", "wrap")
                    .close("tr");
        }
        HtmlBlocks.endTable(html);
        HtmlBlocks.close(html);
    }
}
