/**
 * The cutover report people can read ({@code abaco report [--cutover ID] [--html FILE] [--markdown FILE]}).
 *
 * <p>{@link io.abaco.cutover.presentation.CutoverReportReader#read} builds a
 * {@link io.abaco.cutover.presentation.CutoverReportModel} from the files a cutover left in the workspace (phase
 * reports, journal, cutover.log, shadow comparison, validation history, rollback report, backup manifest);
 * {@link io.abaco.cutover.presentation.HtmlReportRenderer} and
 * {@link io.abaco.cutover.presentation.MarkdownReportRenderer} format it;
 * {@link io.abaco.cutover.presentation.ReportWriter} writes both atomically, by default as
 * {@code logs/cutover/<id>/report.html} and {@code report.md}.
 *
 * <p>Rule of the report (DESIGN §1): a ✓ is shown only for a PASS written in a file, a ✗ only for a FAIL; what the
 * report derives (the overall verdict, a phase with no report) is shown as a word. Every text taken from a file is
 * redacted ({@link io.abaco.config.Secrets#redact}) and escaped.
 */
package io.abaco.cutover.presentation;
