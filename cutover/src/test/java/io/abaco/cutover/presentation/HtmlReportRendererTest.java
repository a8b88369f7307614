package io.abaco.cutover.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class HtmlReportRendererTest {
    @TempDir
    Path root;

    ReportFixture fixture;
    String html;
    XhtmlDocument page;

    @BeforeEach
    void render() {
        fixture = ReportFixture.write(root);
        html = HtmlReportRenderer.render(CutoverReportReader.read(fixture.workspace, Optional.empty()));
        page = XhtmlDocument.parse(html);
    }

    @Test
    void everySectionIsThereWithAStableId() {
        for (String section :
                List.of("summary", "timeline", "checks", "journal", "shadow", "validation", "rollback", "artifacts")) {
            assertThat(page.all("//*[@id='" + section + "' and @data-section='" + section + "']"))
                    .as(section)
                    .hasSize(1);
        }
        assertThat(page.text("//*[@data-cutover-id]")).isEqualTo(ReportFixture.ID);
        assertThat(page.one("//*[@data-verdict]").getAttribute("data-verdict")).isEqualTo("ROLLED_BACK");
        assertThat(page.text("//dd[@data-fact='environment']")).isEqualTo("production");
        assertThat(page.text("//dd[@data-fact='total-duration']")).isEqualTo("8 min 09 s");
    }

    @Test
    void timelineHasOneRowPerPhaseAndOneBarPerAttemptPlusTheRollback() {
        List<Element> rows = page.all("//section[@data-section='timeline']//tr[@data-phase]");
        assertThat(rows)
                .extracting(row -> row.getAttribute("data-phase"))
                .containsExactlyElementsOf(PhaseReports.PHASES);
        assertThat(rows)
                .extracting(row -> row.getAttribute("data-status"))
                .containsExactly("PASS", "PASS", "PASS", "PASS", "PASS", "FAIL");
        // staging-validate: the failed first attempt from the journal, then the passing one from the report
        assertThat(page.all(
                        "//section[@data-section='timeline']//*[local-name()='rect'][@data-phase='staging-validate']"))
                .extracting(bar -> bar.getAttribute("class") + "#" + bar.getAttribute("data-attempt"))
                .containsExactly("bar fail#1", "bar pass#2");
        assertThat(page.all("//section[@data-section='timeline']//*[local-name()='rect'][contains(@class,'bar')]"))
                .hasSize(8);
        assertThat(page.one("//*[local-name()='rect'][@data-phase='rollback']").getAttribute("class"))
                .isEqualTo("bar pass");
        assertThat(XhtmlDocument.texts(page.all("//tr[@data-phase='post-validate']/td[@class='error']")))
                .containsExactly("kpi_drift: par_30 drifted 7.3% from the V1 baseline");
    }

    @Test
    void checksTablesHoldEveryCheckOfEveryPhaseFile() {
        for (String name : ReportFixture.PHASE_FILES) {
            String phase = name.substring(3, name.length() - ".json".length());
            long checksInFile = StatusCounts.count(List.of(fixture.cutoverDir.resolve(name)), "PASS")
                    + StatusCounts.count(List.of(fixture.cutoverDir.resolve(name)), "FAIL")
                    + StatusCounts.count(List.of(fixture.cutoverDir.resolve(name)), "WARN")
                    + StatusCounts.count(List.of(fixture.cutoverDir.resolve(name)), "SKIPPED")
                    - 1; // the phase's own status
            assertThat(page.all("//div[@data-phase='" + phase + "']//tr[@data-check]"))
                    .as(phase)
                    .hasSize((int) checksInFile);
        }
        Element drift = page.one("//div[@data-phase='post-validate']//tr[@data-check='kpi_drift']");
        assertThat(drift.getTextContent())
                .contains("✗ FAIL", "7.3", "5", "par_30 drifted 7.3% from the V1 baseline | halt");
        Element disk = page.one("//div[@data-phase='preflight']//tr[@data-check='disk_space']");
        assertThat(disk.getTextContent()).contains("✓ PASS", "{\"free_mb\":51200}", "{\"min_free_mb\":1024}");
    }

    @Test
    void everyCheckMarkIsAPassInAFileAndEveryCrossAFail() {
        long passes = StatusCounts.count(fixture.statusFiles(), "PASS");
        long failures = StatusCounts.count(fixture.statusFiles(), "FAIL");

        assertThat(passes).isEqualTo(55); // 18 in phase reports, 3 shadow, 8 rollback, 26 validation
        assertThat(StatusCounts.occurrences(html, Marks.PASS)).isEqualTo(passes);
        assertThat(StatusCounts.occurrences(html, Marks.FAIL)).isEqualTo(failures);
        assertThat(page.all("//span[@data-status='PASS']")).hasSize((int) passes);
        assertThat(page.all("//span[@data-status='PASS']"))
                .allSatisfy(mark -> assertThat(mark.getTextContent()).startsWith("✓"));
    }

    @Test
    void shadowTableShowsEachKpiAndTheRowCounts() {
        List<Element> kpis = page.all("//section[@data-section='shadow']//tr[@data-kpi]");
        assertThat(kpis)
                .extracting(row -> row.getAttribute("data-kpi"))
                .containsExactly("collection_rate", "par_30", "par_90", "portfolio_health");
        assertThat(kpis.get(3).getTextContent()).contains("9.07", "9.2", "1.43", "0.1", "✗ FAIL");
        assertThat(XhtmlDocument.texts(page.all("//section[@data-section='shadow']//tr[@data-rows]/td[2]")))
                .startsWith("1195", "1", "0", "5");
    }

    @Test
    void validationHistoryHasOneChartPerKpiPlusLatencyWithOnePointPerReport() {
        int reports = ReportFixture.WINDOW_REPORTS.size();
        List<Element> lines = page.all("//section[@data-section='validation']//*[local-name()='polyline']");
        assertThat(lines)
                .extracting(line -> line.getAttribute("data-series"))
                .containsExactly("par_30", "par_90", "collection_rate", "portfolio_health", "latency_ms");
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.getAttribute("points").trim().split("\\s+")).hasSize(reports);
            assertThat(line.getAttribute("data-points")).isEqualTo(Integer.toString(reports));
        });
        assertThat(page.all("//figure[@data-chart='latency_ms']//*[local-name()='line'][@class='threshold']"))
                .hasSize(1);
        assertThat(page.all("//section[@data-section='validation']//tr[@data-report]"))
                .hasSize(reports);
        assertThat(page.text("//figure[@data-chart='latency_ms']/figcaption")).contains("latest 57 ms", "max 131");
    }

    @Test
    void rollbackStepsAndArtifactsAreListed() {
        assertThat(page.all("//section[@data-section='rollback']//tr[@data-step]"))
                .extracting(row -> row.getAttribute("data-step"))
                .containsExactly(
                        "stop_v2",
                        "verify_backup",
                        "export_v2_era",
                        "restore_files",
                        "restore_tables",
                        "start_v1",
                        "verify_v1");
        assertThat(page.text("//tr[@data-step='restore_tables']")).contains("51 s");
        Element manifest = page.one("//section[@data-section='artifacts']//tr[@data-source='backup' and "
                + "@data-artifact='.rollback/" + ReportFixture.ID + "/backup-manifest.json']");
        assertThat(manifest.getTextContent()).contains("5d41402abc4b2a76b9719d911017c592");
        assertThat(page.all("//section[@data-section='artifacts']//tr[@data-source='backup-manifest']"))
                .extracting(row -> row.getAttribute("data-artifact"))
                .containsExactly(
                        ".rollback/" + ReportFixture.ID + "/files/config/pipeline.yml",
                        ".rollback/" + ReportFixture.ID + "/files/config/environments/production.yml",
                        ".rollback/" + ReportFixture.ID + "/files/data/metrics/production/kpis.json",
                        ".rollback/" + ReportFixture.ID + "/tables/kpi_snapshots.csv");
        assertThat(page.all("//section[@data-section='artifacts']//tr[@data-source='evidence']"))
                .extracting(row -> row.getAttribute("data-artifact"))
                .contains("logs/cutover/" + ReportFixture.ID + "/shadow.json", "logs/validation/monitor-summary.json");
    }

    @Test
    void textFromFilesIsEscapedAndSecretsAreRedacted() {
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain(ReportFixture.SECRET)
                .doesNotContain(ReportFixture.URL_PASSWORD);
        assertThat(html).contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;");
        assertThat(page.text("//tr[@data-check='data_integrity']/td[5]")).endsWith(ReportFixture.SCRIPT);
        assertThat(page.text("//tr[@data-check='db_reachable']/td[3]"))
                .isEqualTo("postgresql://abaco:***@127.0.0.1:5432/prod");
        assertThat(page.text("//section[@data-section='journal']//pre")).contains("with cookie ***");
    }

    @Test
    void textInAttributesCannotBreakOut() throws Exception {
        String hostile = "\\\"><svg onload=alert(1)>";
        Files.writeString(
                fixture.cutoverDir.resolve("journal.jsonl"),
                "{\"phase\": \"" + hostile + "\", \"event\": \"started\", \"detail\": \"" + hostile + "\"}\n",
                java.nio.file.StandardOpenOption.APPEND);
        String page = HtmlReportRenderer.render(CutoverReportReader.read(fixture.workspace, Optional.empty()));

        assertThat(page).doesNotContain("<svg onload");
        XhtmlDocument parsed = XhtmlDocument.parse(page);
        assertThat(parsed.all("//*[@onload]")).isEmpty();
        assertThat(parsed.all("//tr[@data-event='started']/td[2]"))
                .extracting(Element::getTextContent)
                .contains("\"><svg onload=alert(1)>");
    }

    @Test
    void thePageIsSelfContained() {
        assertThat(html).doesNotContainPattern("(?i)<script|<link|<img|<iframe|@import|url\\(|src=");
        assertThat(html.replace("http://www.w3.org/1999/xhtml", "").replace("http://www.w3.org/2000/svg", ""))
                .doesNotContain("http://")
                .doesNotContain("https://");
    }

    @Test
    void missingOptionalFilesSayNotAvailable() throws Exception {
        Files.delete(fixture.cutoverDir.resolve("shadow.json"));
        Files.delete(fixture.cutoverDir.resolve("rollback.json"));
        CutoverReportReaderTest.deleteTree(fixture.workspace.validationHistoryDir());
        XhtmlDocument sparse = XhtmlDocument.parse(
                HtmlReportRenderer.render(CutoverReportReader.read(fixture.workspace, Optional.empty())));

        for (String section : List.of("shadow", "validation", "rollback")) {
            assertThat(sparse.text("//section[@data-section='" + section + "']//p[@data-unavailable]"))
                    .as(section)
                    .startsWith("not available: ");
        }
        assertThat(sparse.one("//*[@data-verdict]").getAttribute("data-verdict"))
                .isEqualTo("FAILED");
    }

    @Test
    void unreadableFilesAreNamedAtTheTopAndTheirSectionSaysSo() throws Exception {
        Files.writeString(fixture.cutoverDir.resolve("rollback.json"), "{\"status\": \"PASS\",\n \"steps\": [}");
        XhtmlDocument broken = XhtmlDocument.parse(
                HtmlReportRenderer.render(CutoverReportReader.read(fixture.workspace, Optional.empty())));

        assertThat(XhtmlDocument.texts(broken.all("//*[@data-section='problems']//li")))
                .singleElement()
                .asString()
                .startsWith("logs/cutover/" + ReportFixture.ID + "/rollback.json:2:");
        assertThat(broken.text("//section[@data-section='rollback']//p[@data-unavailable]"))
                .isEqualTo("not available: logs/cutover/" + ReportFixture.ID + "/rollback.json could not be read");
    }

    @Test
    void renderingIsDeterministic() {
        String again = HtmlReportRenderer.render(CutoverReportReader.read(fixture.workspace, Optional.empty()));
        assertThat(again).isEqualTo(html);
    }
}
