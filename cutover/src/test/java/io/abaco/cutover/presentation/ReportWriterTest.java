package io.abaco.cutover.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.fs.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    @TempDir
    Path root;

    @Test
    void writesBothDocumentsNextToTheCutoverByDefault() throws Exception {
        ReportFixture fixture = ReportFixture.write(root);
        CutoverReportModel model = CutoverReportReader.read(fixture.workspace, Optional.empty());

        ReportFiles written = ReportWriter.write(fixture.workspace, model);

        assertThat(written.html()).isEqualTo(fixture.cutoverDir.resolve("report.html"));
        assertThat(written.markdown()).isEqualTo(fixture.cutoverDir.resolve("report.md"));
        assertThat(Files.readString(written.html())).isEqualTo(HtmlReportRenderer.render(model));
        assertThat(Files.readString(written.markdown())).isEqualTo(MarkdownReportRenderer.render(model));
        assertNoTemporaryFiles(fixture.cutoverDir);
        // kept for people reviewing the format
        Files.copy(written.markdown(), Path.of("target", "report-sample.md"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void writesWhereAskedAndTheReportDoesNotReadItsOwnOutputBack() throws Exception {
        ReportFixture fixture = ReportFixture.write(root);
        CutoverReportModel model = CutoverReportReader.read(fixture.workspace, Optional.empty());
        Path html = root.resolve("out/ticket/cutover.html");
        Path markdown = root.resolve("out/ticket/cutover.md");

        ReportWriter.write(fixture.workspace, model, Optional.of(html), Optional.of(markdown));
        ReportWriter.write(fixture.workspace, model);
        CutoverReportModel again = CutoverReportReader.read(fixture.workspace, Optional.empty());

        assertThat(Files.readString(html)).contains("data-section=\"timeline\"");
        assertThat(Files.readString(markdown)).startsWith("# Cutover ");
        assertThat(again).isEqualTo(model);
        assertNoTemporaryFiles(html.getParent());
    }

    private static void assertNoTemporaryFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(AtomicFiles.TEMP_PREFIX));
        }
    }
}
