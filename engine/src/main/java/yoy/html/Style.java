package yoy.html;

/** The report's style sheet, inline so the page needs no other file: system fonts, no web fonts. */
final class Style {

    private Style() {
    }

    static final String CSS = """
            :root { color-scheme: light; --ink: #1a1a1a; --muted: #5a5a5a; --rule: #d6d6d6; --accent: #0072b2;
              --mark: #ffe08a; --paper: #ffffff; --card: #f6f7f8; }
            * { box-sizing: border-box; }
            html { font-size: 100%; }
            body { margin: 0; background: var(--paper); color: var(--ink);
              font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
                "Liberation Sans", sans-serif;
              font-size: 1rem; line-height: 1.5; }
            header.page, main, footer.page { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
            header.page { padding-top: 2rem; border-bottom: 1px solid var(--rule); }
            h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .5rem; }
            h2 { font-size: 1.45rem; line-height: 1.25; margin: 2.5rem 0 .5rem; }
            h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
            p { margin: .5rem 0; }
            a { color: var(--accent); }
            code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
              font-size: .9em; }
            .unit, .source, .table-notes, .claim, footer.page { color: var(--muted); }
            .description { max-width: 45rem; }
            .cards { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem;
              grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); }
            .card { background: var(--card); border: 1px solid var(--rule); border-radius: 6px; padding: .9rem 1rem;
              break-inside: avoid; }
            .card h3 { margin: 0 0 .25rem; font-size: 1.05rem; }
            .card .unit { margin: 0; font-size: .9rem; }
            .card .latest { margin: .5rem 0; }
            .card .figure { font-size: 1.8rem; font-weight: 700; font-variant-numeric: tabular-nums; }
            .card .when { color: var(--muted); }
            .card dl { margin: .5rem 0 0; font-size: .9rem; display: grid; grid-template-columns: auto 1fr;
              gap: .2rem .6rem; }
            .card dt { font-weight: 600; }
            .card dd { margin: 0; }
            .flag { display: inline-block; font-size: .8rem; border: 1px solid var(--muted); border-radius: 3px;
              padding: 0 .3rem; color: var(--muted); }
            .none { color: var(--muted); font-style: italic; }
            section.indicator { border-top: 1px solid var(--rule); margin-top: 2.5rem; }
            figure { margin: 1rem 0; }
            figure img { display: block; max-width: 100%; height: auto; border: 1px solid var(--rule); }
            table { border-collapse: collapse; margin: .5rem 0; font-variant-numeric: tabular-nums; }
            caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
            th, td { border-bottom: 1px solid var(--rule); padding: .25rem .75rem; vertical-align: top; }
            thead th { border-bottom: 2px solid var(--ink); text-align: right; }
            thead th:first-child { text-align: left; }
            table.yearly { min-width: min(100%, 34rem); }
            table.yearly td { text-align: right; white-space: nowrap; }
            table.yearly tbody th { text-align: left; font-weight: 600; }
            td.not-reported, td.no-report { color: var(--muted); }
            abbr[title] { text-decoration: none; cursor: help; }
            .table-notes { font-size: .9rem; }
            .trend { padding-left: 1.25rem; }
            .evidence { padding-left: 1.5rem; }
            .evidence li { margin-bottom: 1rem; break-inside: avoid; }
            .claim { margin: 0; font-size: .95rem; }
            .claim strong { color: var(--ink); }
            blockquote.quote { margin: .3rem 0; padding: .2rem 0 .2rem .9rem; border-left: 3px solid var(--rule);
              overflow-wrap: anywhere; }
            blockquote.quote p { margin: 0; }
            mark { background: var(--mark); color: inherit; padding: 0 .1em; font-weight: 600; }
            .source { margin: 0; font-size: .9rem; overflow-wrap: anywhere; }
            .reports table { font-size: .9rem; }
            .reports thead th { text-align: left; }
            .reports td { overflow-wrap: anywhere; }
            .reports th { white-space: nowrap; }
            .top { font-size: .9rem; }
            footer.page { border-top: 1px solid var(--rule); margin-top: 3rem; padding-bottom: 2rem; font-size: .9rem; }
            @media print {
              body { font-size: 10.5pt; }
              header.page, main, footer.page { max-width: none; padding: 0; }
              a { color: inherit; text-decoration: none; }
              .top { display: none; }
              section.indicator { break-before: page; border-top: none; }
              .card { background: none; }
              figure img { border: none; }
              mark { background: none; text-decoration: underline; }
            }
            """;
}
