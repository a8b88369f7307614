package io.abaco.cutover.presentation;

/** The report's inline style sheet: system fonts only, print-friendly, no external resource. */
final class HtmlStyle {
    private HtmlStyle() {}

    static final String CSS =
            """
            :root { --pass: #2e7d32; --fail: #c62828; --warn: #ef6c00; --skip: #757575; --line: #d0d7de; }
            * { box-sizing: border-box; }
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
                   color: #1f2328; margin: 0 auto; padding: 24px; max-width: 1200px; background: #fff; }
            h1 { font-size: 22px; margin: 0 0 8px; } h2 { font-size: 18px; margin: 0 0 12px; }
            h3 { font-size: 15px; margin: 16px 0 6px; }
            header, section { border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 0 0 18px; }
            nav { margin: 0 0 18px; } nav a { margin-right: 14px; color: #0969da; text-decoration: none; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0 0; }
            dl.facts dt { color: #57606a; } dl.facts dd { margin: 0; }
            .verdict { display: inline-block; font-weight: 700; padding: 4px 12px; border-radius: 6px; color: #fff;
                       background: var(--skip); letter-spacing: .04em; }
            .verdict.passed { background: var(--pass); } .verdict.failed, .verdict.rollback_failed { background: var(--fail); }
            .verdict.rolled_back, .verdict.incomplete { background: var(--warn); }
            table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; }
            th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
            th { background: #f6f8fa; font-weight: 600; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
            code, pre, td.hash { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; }
            td.hash, td.wrap { word-break: break-all; }
            pre.log { background: #f6f8fa; padding: 10px; overflow-x: auto; white-space: pre-wrap; }
            .mark { font-weight: 600; white-space: nowrap; } .mark.pass { color: var(--pass); }
            .mark.fail { color: var(--fail); } .mark.warn { color: var(--warn); } .mark.skipped, .mark.unknown { color: var(--skip); }
            .word { color: #57606a; font-style: italic; } .muted { color: #57606a; fill: #57606a; }
            .unavailable { color: #57606a; font-style: italic; } .error { color: var(--fail); }
            .problems { border-left: 4px solid var(--warn); padding-left: 10px; }
            .charts { display: flex; flex-wrap: wrap; gap: 12px; } figure { margin: 0; }
            figcaption { font-size: 12px; color: #57606a; text-align: center; }
            svg text.label { font-size: 11px; fill: #57606a; font-family: inherit; }
            svg rect.plot { fill: #fbfcfd; stroke: var(--line); } svg .series { fill: none; stroke: #0969da; stroke-width: 2; }
            svg circle.point { fill: #0969da; } svg line.threshold { stroke: var(--fail); stroke-dasharray: 4 3; }
            svg rect.bar { fill: var(--skip); } svg rect.bar.pass { fill: var(--pass); } svg rect.bar.fail { fill: var(--fail); }
            svg rect.bar.warn, svg rect.bar.interrupted { fill: var(--warn); }
            .scroll { overflow-x: auto; } td.time { white-space: nowrap; } td.mark-cell { text-align: center; }
            svg.timeline { max-width: 100%; height: auto; } svg line.axis { stroke: var(--line); }
            footer { color: #57606a; font-size: 12px; }
            @media print { body { padding: 0; } header, section { break-inside: avoid-page; } nav { display: none; } }
            """;
}
