#!/usr/bin/env python3
"""Writes the HTML and PDF fixtures of the format readers: the seeds as web pages, and an invented book.

usage: scripts/make-format-fixtures.py [--no-pdf] [ROOT]      (ROOT: the repository; default: this script's ..)

Everything goes to ROOT/engine/src/test/resources/formats/:

  seeds-html/NNN.html   each seeds/NNN.txt as a page in the style of its publisher's web site: cookie banner,
                        header with logo and menu, breadcrumb, share bar, "Related content", footer. The page's
                        <article> holds the seed's words exactly (checked below); the title is the <h1>, a short
                        line without a final full stop is an <h2>/<h3>, a bulleted or numbered line is a <li>.
  seeds-pdf/NNN.pdf     that page printed by Chromium with the site's print style sheet (chrome hidden).
                        Two are harder: 002 is set in two columns with hyphenation, 000 has a running header and
                        footer on every page (position: fixed elements, as sites do it).
  book-html/report-2023.html, book-pdf/report-2023.pdf
                        an invented annual report with one chapter per country (the text below), its contents
                        page giving the page on which each chapter starts in the PDF.
  */manifest.yaml       the manifests of the four folders.

formats/book-expected.csv, the key of the book's figures, is written by hand; this script only checks that it
agrees with the book (every row's fragment is in its chapter, every figure in a chapter has a row).

Standard library only. The HTML is the same bytes on every run (the book's page numbers come from Chromium's
layout, which is fixed for a given Chromium and set of fonts; --no-pdf keeps the page numbers already written).
PDFs carry Chromium's creation date, so they are committed and not compared.
"""
import csv, html, os, re, shutil, subprocess, sys, tempfile
from html.parser import HTMLParser

CHROMIUM = os.environ.get('CHROMIUM', 'chromium')


def esc(s):
    return html.escape(s, quote=False)


def att(s):
    return html.escape(s, quote=True)


# --------------------------------------------------------------------------------------------------
# Hyphenation for the two-column print (seed 002)
#
# Chromium on Linux has no hyphenation dictionaries (it downloads them as a component), so `hyphens: auto`
# breaks no word there. Sites that want hyphens everywhere insert soft hyphens on the server (wp-Typography,
# Hyphenator); the PDF of 002 is printed from such a copy so that words really are split at line ends. The
# committed HTML has no soft hyphens: it is what the site serves, the PDF is what a hyphenating browser prints.
# The breaks are syllable-like (between two consonants after a vowel, before -tion/-sion/-ment/-ness); lower-case
# words of 7+ letters only, at least 3 letters on each side, as browsers do.

VOWELS = set('aeiouy')
NO_SPLIT = {'ch', 'sh', 'th', 'ph', 'wh', 'gh', 'ck', 'qu'}
ONSETS = {'bl', 'br', 'cl', 'cr', 'dr', 'fl', 'fr', 'gl', 'gr', 'pl', 'pr', 'sc', 'sk', 'sl', 'sm', 'sn', 'sp',
          'st', 'sw', 'tr', 'tw', 'wr'}
SUFFIXES = ('tion', 'sion', 'ment', 'ness')


def hyphen_points(w):
    w = w.lower()
    points = set()
    for i in range(2, len(w) - 2):
        a, b = w[i - 1], w[i]
        if (a not in VOWELS and b not in VOWELS and w[i - 2] in VOWELS and a + b not in NO_SPLIT
                and any(c in VOWELS for c in w[i + 1:])):
            # A pair that can begin a syllable goes to the next one (wide-spread); any other pair is split.
            points.add(i - 1 if a + b in ONSETS else i)
    for suffix in SUFFIXES:
        i = w.rfind(suffix)
        if i >= 3 and len(w) - i >= 3:
            points.discard(i - 1)
            points.discard(i + 1)
            points.add(i)
    kept = []
    for p in sorted(points):
        if 3 <= p <= len(w) - 3 and (not kept or p - kept[-1] >= 2):
            kept.append(p)
    return kept


def soft_hyphenate(text):
    def one(m):
        w = m.group(0)
        if len(w) < 7 or not w[0].islower():
            return w
        cuts = hyphen_points(w)
        return ''.join(w[i:j] + ('\u00ad' if j < len(w) else '') for i, j in zip([0] + cuts, cuts + [len(w)]))
    return re.sub(r'[A-Za-z]+', one, text)


# --------------------------------------------------------------------------------------------------
# Seeds: text to blocks

def is_list_line(s):
    return s.startswith('\u2022') or re.match(r'\d+\.\s', s) is not None


def is_heading_line(s):
    return len(s) <= 90 and s[-1] not in '.!?:;,'


def seed_blocks(text, title, links):
    """The seed's non-empty lines as blocks: (kind, text or items). links: {line: href} for lines that are links."""
    lines = [l.strip(' \t') for l in text.split('\n')]
    lines = [l for l in lines if l]
    kinds = []
    for s in lines:
        if s == title:
            kinds.append('h1')
        elif s in links:
            kinds.append('link')
        elif is_list_line(s):
            kinds.append('ul' if s.startswith('\u2022') else 'ol')
        elif is_heading_line(s):
            kinds.append('h')
        else:
            kinds.append('p')
    # A heading directly followed by another heading opens a section whose first subsection is the second:
    # such a seed has two levels (h2, h3); one without has headings of one level (h2).
    pairs = {i for i in range(len(kinds) - 1) if kinds[i] == 'h' and kinds[i + 1] == 'h'}
    two_levels = bool(pairs)
    blocks = []
    for i, (k, s) in enumerate(zip(kinds, lines)):
        if k == 'h':
            k = 'h2' if (i in pairs or not two_levels) else 'h3'
        if k in ('ul', 'ol'):
            if blocks and blocks[-1][0] == k:
                blocks[-1][1].append(s)
                continue
            blocks.append((k, [s]))
        else:
            blocks.append((k, s))
    return blocks


def render_blocks(blocks, links, hyphenate=False):
    out = []
    for k, v in blocks:
        if k == 'h1':
            continue  # the page template writes the title
        if k == 'link':
            out.append(f'<p class="back-link"><a href="{att(links[v])}">{esc(v)}</a></p>')
        elif k in ('ul', 'ol'):
            # The items keep their own markers ("1.", "•") as the seed has them, so the list shows none.
            items = ''.join(f'\n  <li>{esc(soft_hyphenate(s) if hyphenate else s)}</li>' for s in v)
            out.append(f'<{k} class="marked">{items}\n</{k}>')
        elif k == 'p':
            t = esc(soft_hyphenate(v)) if hyphenate else esc(v)
            out.append(f'<p>{t.replace(chr(0xad), "&shy;")}</p>')
        else:
            out.append(f'<{k}>{esc(v)}</{k}>')
    return '\n'.join(out)


def seed_texts(blocks):
    """The seed's words in page order, one string per text node (what the check below reads back)."""
    out = []
    for k, v in blocks:
        out.extend(v if k in ('ul', 'ol') else [v])
    return out


# --------------------------------------------------------------------------------------------------
# Page parts shared by the templates

def links_list(items, cls=None, indent='  '):
    c = f' class="{cls}"' if cls else ''
    rows = ''.join(f'\n{indent}  <li><a href="{att(h)}">{esc(t)}</a></li>' for t, h in items)
    return f'{indent}<ul{c}>{rows}\n{indent}</ul>'


def related_section(items):
    rows = ''.join(
        f'\n    <li><a href="{att(h)}"><span class="related-type">{esc(kind)}</span>'
        f'<span class="related-title">{esc(t)}</span></a>' + (f'<time>{esc(d)}</time>' if d else '') + '</li>'
        for kind, t, h, d in items)
    return (f'<section class="related" aria-labelledby="related-title">\n  <h2 id="related-title">Related content</h2>'
            f'\n  <ul class="related-list">{rows}\n  </ul>\n</section>')


def breadcrumb(items):
    rows = []
    for t, h in items:
        rows.append(f'\n    <li><a href="{att(h)}">{esc(t)}</a></li>' if h else
                    f'\n    <li aria-current="page">{esc(t)}</li>')
    return f'<nav class="breadcrumb" aria-label="Breadcrumb">\n  <ol>{"".join(rows)}\n  </ol>\n</nav>'


def share_bar(url, title, items=('Facebook', 'X', 'Email')):
    hrefs = {
        'Facebook': 'https://www.facebook.com/sharer/sharer.php?u=' + url,
        'X': 'https://x.com/intent/post?url=' + url,
        'Email': 'mailto:?subject=' + title.replace(' ', '%20') + '&body=' + url,
        'Print': '#print',
    }
    rows = ''.join(f'\n    <li><a class="share-{k.lower()}" href="{att(hrefs[k])}">{esc(k)}</a></li>' for k in items)
    return f'<div class="share-bar">\n  <span class="share-label">Share this</span>\n  <ul>{rows}\n  </ul>\n</div>'


SCREEN_CSS = """
*, *::before, *::after { box-sizing: border-box; }
html { font: 17px/1.6 %(body_font)s; color: #1a1a1a; }
body { margin: 0; background: #fff; }
a { color: %(link)s; }
.skip-link { position: absolute; left: -9999px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.site-header { display: flex; align-items: center; justify-content: space-between; flex-wrap: wrap;
  padding: 14px 32px; background: %(band)s; color: %(band_text)s; }
.site-header a { color: %(band_text)s; text-decoration: none; }
.logo { font: bold 22px/1.1 Arial, Helvetica, sans-serif; letter-spacing: .02em; text-transform: %(logo_case)s; }
.main-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 18px; }
.main-nav a { font: 600 14px Arial, Helvetica, sans-serif; text-transform: uppercase; }
.breadcrumb ol { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; margin: 16px 32px; padding: 0;
  font: 13px Arial, Helvetica, sans-serif; }
.breadcrumb li + li::before { content: "\\203A"; margin-right: 6px; color: #777; }
main { max-width: 760px; margin: 0 auto; padding: 0 20px 40px; }
article h1 { font: bold 40px/1.15 Arial, Helvetica, sans-serif; margin: 24px 0 12px; }
article h2 { font: bold 26px/1.25 Arial, Helvetica, sans-serif; margin: 36px 0 10px; }
article h3 { font: bold 20px/1.3 Arial, Helvetica, sans-serif; margin: 28px 0 8px; }
ul.marked, ol.marked { list-style: none; padding-left: 0; }
ul.marked li, ol.marked li { margin: 0 0 10px; }
.share-bar { display: flex; align-items: center; gap: 12px; margin: 12px 0 24px;
  font: 13px Arial, Helvetica, sans-serif; }
.share-bar ul { list-style: none; display: flex; gap: 10px; margin: 0; padding: 0; }
.related { border-top: 4px solid %(band)s; margin-top: 48px; padding-top: 8px; }
.related h2 { font: bold 22px Arial, Helvetica, sans-serif; }
.related-list { list-style: none; padding: 0; }
.related-list li { margin: 0 0 14px; font-family: Arial, Helvetica, sans-serif; }
.related-type { display: block; font-size: 12px; text-transform: uppercase; color: #666; }
.related-title { display: block; font-weight: bold; }
.related-list time { font-size: 12px; color: #666; }
.cookie-banner { position: fixed; left: 0; right: 0; bottom: 0; z-index: 10; padding: 16px 32px;
  background: #111; color: #fff; font: 14px/1.4 Arial, Helvetica, sans-serif; }
.cookie-banner a { color: #fff; }
.cookie-banner button { font: bold 14px Arial, Helvetica, sans-serif; padding: 8px 18px; margin-right: 8px; }
.site-footer { background: #222; color: #ddd; padding: 32px; font: 14px/1.5 Arial, Helvetica, sans-serif; }
.site-footer a { color: #ddd; text-decoration: none; }
.footer-columns { display: flex; flex-wrap: wrap; gap: 40px; }
.footer-columns ul { list-style: none; margin: 0; padding: 0; }
.footer-columns h2 { font-size: 14px; text-transform: uppercase; color: #fff; }
.copyright { margin-top: 24px; font-size: 12px; color: #aaa; }
"""

PRINT_CSS = """
@media print {
  @page { size: A4; margin: 16mm 15mm; }
  html { font: 10.5pt/1.45 %(body_font)s; color: #000; }
  main { max-width: none; margin: 0; padding: 0; }
  .skip-link, .cookie-banner, nav, .breadcrumb, .share-bar, .related, .site-footer, aside,
  .translations { display: none !important; }
  %(header_rule)s
  a { color: #000; text-decoration: none; }
  article h1 { font-size: 24pt; margin-top: 0; }
  article h2 { font-size: 15pt; margin: 14pt 0 4pt; break-after: avoid; }
  article h3 { font-size: 12pt; margin: 10pt 0 3pt; break-after: avoid; }
  p { margin: 0 0 6pt; orphans: 2; widows: 2; }
}
"""

# (a) two columns with hyphenation
TWO_COLUMN_CSS = """
@media print {
  .article-body { column-count: 2; column-gap: 2em; hyphens: auto; -webkit-hyphens: auto; text-align: justify; }
  .article-body h2 { font-size: 12.5pt; text-align: left; }
}
"""

# (b) a running header and footer: position: fixed elements are repeated on every printed page; the empty
# <thead>/<tfoot> rows of the frame table are repeated too and keep the text from running under them.
RUNNING_CSS = """
.running-header, .running-footer, .print-frame thead, .print-frame tfoot { display: none; }
.print-frame { width: 100%; border-collapse: collapse; }
.print-frame > tbody > tr > td { padding: 0; }
@media print {
  @page { margin: 10mm 15mm; }
  .print-frame thead { display: table-header-group; }
  .print-frame tfoot { display: table-footer-group; }
  .header-space { height: 16mm; }
  .footer-space { height: 15mm; }
  .running-header, .running-footer { display: flex; justify-content: space-between; position: fixed; left: 0; right: 0;
    font: 8.5pt/1.25 Arial, Helvetica, sans-serif; color: #333; overflow: hidden; }
  .running-header { top: 0; height: 10mm; align-items: flex-end; padding-bottom: 2mm; border-bottom: 0.5pt solid #999; }
  .running-footer { bottom: 0; height: 11mm; align-items: flex-start; padding-top: 2mm; border-top: 0.5pt solid #999; }
  .running-footer span + span { margin-left: 8mm; white-space: nowrap; }
}
"""


def page(p):
    """Assembles one web page from the publisher's parts (a dict)."""
    css = SCREEN_CSS % p['style'] + PRINT_CSS % p['style'] + p.get('extra_css', '')
    main = f'<main id="main-content">\n{p["article"]}\n{p["related"]}\n</main>'
    if p.get('running'):
        h_title, h_right, f_left, f_right = p['running']
        main = ('<table class="print-frame" role="presentation">\n'
                '<thead><tr><td><div class="header-space"></div></td></tr></thead>\n'
                '<tfoot><tr><td><div class="footer-space"></div></td></tr></tfoot>\n'
                f'<tbody><tr><td>\n{main}\n</td></tr></tbody>\n</table>')
        main = (f'<div class="running-header"><span>{esc(h_title)}</span><span>{esc(h_right)}</span></div>\n'
                f'<div class="running-footer"><span>{esc(f_left)}</span><span>{esc(f_right)}</span></div>\n' + main)
    parts = [p.get('before_header', ''), p['header'], p['breadcrumb'], main, p['footer'], p.get('after_footer', '')]
    body = '\n'.join(x for x in parts if x)
    return (f'<!DOCTYPE html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{esc(p["title"])}</title>\n'
            f'<meta name="description" content="{att(p["description"])}">\n'
            f'<link rel="canonical" href="{att(p["url"])}">\n'
            f'<style>{css}</style>\n</head>\n<body class="{p["body_class"]}">\n{body}\n</body>\n</html>\n')


def article(head, body, cls):
    return f'<article class="{cls}">\n{head}\n<div class="article-body">\n{body}\n</div>\n</article>'


# --------------------------------------------------------------------------------------------------
# Publishers

AMNESTY = 'https://www.amnesty.org/en/'
AMNESTY_STYLE = dict(body_font='Georgia, "Times New Roman", serif', link='#000', band='#ffff00', band_text='#000',
                     logo_case='uppercase', header_rule='.site-header nav { display: none; }')


def amnesty_page(title, blocks, links, year, related, running=False):
    url = AMNESTY + 'location/europe-and-central-asia/eastern-europe-and-central-asia/kazakhstan/report-kazakhstan/'
    nav = [('Who we are', AMNESTY + 'about-us/'), ('What we do', AMNESTY + 'what-we-do/'),
           ('Countries', AMNESTY + 'countries/'), ('Latest', AMNESTY + 'latest/'),
           ('Research', AMNESTY + 'search/?contentType=research'), ('Campaigns', AMNESTY + 'campaigns/'),
           ('Education', AMNESTY + 'education/'), ('Get involved', AMNESTY + 'get-involved/'),
           ('Donate', AMNESTY + 'donate/')]
    header = ('<a class="skip-link" href="#main-content">Skip to main content</a>\n'
              '<header class="site-header">\n'
              f'  <a class="logo" href="{AMNESTY}">Amnesty International</a>\n'
              '  <nav class="main-nav" aria-label="Main menu">\n'
              f'{links_list(nav, indent="  ")}\n  </nav>\n</header>')
    cookie = ('<div class="cookie-banner" role="dialog" aria-label="Cookie consent">\n'
              '  <p>We use cookies to make our website work, to understand how it is used and to improve it. '
              'Some cookies are optional: you can accept them all or choose which ones we may use.</p>\n'
              '  <button type="button" class="cookie-accept">Accept</button>\n'
              '  <button type="button" class="cookie-reject">Reject optional cookies</button>\n'
              f'  <a href="{AMNESTY}cookie-statement/">Cookie settings</a>\n</div>')
    crumbs = breadcrumb([('Home', AMNESTY), ('Countries', AMNESTY + 'countries/'),
                         ('Europe and Central Asia', AMNESTY + 'location/europe-and-central-asia/'),
                         ('Kazakhstan', AMNESTY + 'location/europe-and-central-asia/eastern-europe-and-central-asia/kazakhstan/'),
                         (title, None)])
    # The seed opens with the map's caption and the link back to the country page, then the title.
    lead = []
    rest = list(blocks)
    if rest and rest[0][0] == 'p' and rest[0][1].startswith('Amnesty International takes no position'):
        lead.append('<figure class="country-map">\n  <div class="map" role="img" aria-label="Map of Kazakhstan"></div>\n'
                    f'  <figcaption>{esc(rest[0][1])}</figcaption>\n</figure>')
        rest = rest[1:]
    if rest and rest[0][0] == 'link':
        lead.append(render_blocks([rest[0]], links))
        rest = rest[1:]
    assert rest and rest[0] == ('h1', title), title
    rest = rest[1:]
    head = '\n'.join(lead + ['<header class="article-header">', f'<h1>{esc(title)}</h1>',
                             share_bar(url, title, ('Facebook', 'X', 'Email', 'Print')), '</header>'])
    footer_links = [('About us', 'about-us/'), ('How we are run', 'about-us/how-were-run/'),
                    ('Our history', 'about-us/history/'), ('Jobs', 'careers/'), ('Contact us', 'contact/'),
                    ('Press centre', 'latest/news/?qtype=press-release'), ('Research', 'research/'),
                    ('Annual report', 'annual-report/'), ('Education', 'education/'),
                    ('Volunteer', 'get-involved/volunteer/'), ('Donate', 'donate/'), ('Shop', 'shop/'),
                    ('Privacy policy', 'privacy-policy/'), ('Cookie statement', 'cookie-statement/'),
                    ('Terms of use', 'terms-of-use/'), ('Accessibility', 'accessibility/'),
                    ('Complaints', 'complaints/'), ('Site map', 'sitemap/')]
    social = [('Facebook', 'https://www.facebook.com/amnesty'), ('X', 'https://x.com/amnesty'),
              ('Instagram', 'https://www.instagram.com/amnesty/'), ('YouTube', 'https://www.youtube.com/amnesty')]
    fl = [(t, AMNESTY + h) for t, h in footer_links]
    footer = ('<footer class="site-footer">\n<div class="footer-columns">\n'
              f'<div>\n  <h2>About Amnesty</h2>\n{links_list(fl[:9])}\n</div>\n'
              f'<div>\n  <h2>Get involved</h2>\n{links_list(fl[9:12])}\n</div>\n'
              f'<div>\n  <h2>Legal</h2>\n{links_list(fl[12:])}\n</div>\n'
              f'<div>\n  <h2>Follow us</h2>\n{links_list(social)}\n</div>\n</div>\n'
              f'<p class="copyright">© {year} Amnesty International. Amnesty International is a global movement '
              'of people fighting injustice and promoting human rights.</p>\n</footer>')
    p = dict(title=f'{title} - Amnesty International', description=f'Amnesty International report: {title}',
             url=url, body_class='page-report amnesty', style=AMNESTY_STYLE, before_header=cookie, header=header,
             breadcrumb=crumbs, article=article(head, render_blocks(rest, links), 'report-entry'),
             related=related_section(related), footer=footer)
    if running:
        p['style'] = dict(AMNESTY_STYLE, header_rule='.site-header { display: none !important; }')
        p['extra_css'] = RUNNING_CSS
        p['running'] = (title, 'Amnesty International', url, 'Amnesty International Report')
    return p


HRW = 'https://www.hrw.org/'
HRW_STYLE = dict(body_font='Georgia, "Times New Roman", serif', link='#0a5fa8', band='#000', band_text='#fff',
                 logo_case='none', header_rule='.site-header .languages, .site-header .donate { display: none; }')
HRW_FOOTER_EXTRA = [('About Us', 'about'), ('Careers & Internships', 'careers'), ('Press', 'news/press'),
                    ('Countries', 'countries'), ('Topics', 'topics'), ('Reports', 'publications'),
                    ('World Report', 'world-report'), ('Video & Photos', 'video-photos'), ('Events', 'events'),
                    ('Impact', 'impact'), ('Accessibility', 'accessibility')]
HRW_NAV = [('Countries', 'countries'), ('Topics', 'topics'), ('Reports', 'publications'),
           ('World Report', 'world-report/2025'), ('News', 'news'), ('Video & Photos', 'video-photos'),
           ('Take Action', 'take-action'), ('About Us', 'about'), ('Donate', 'donate')]


def hrw_header(logo, skip, label, languages, donate):
    langs = ''.join(f'\n      <li><a href="{HRW}{code}">{esc(name)}</a></li>' for name, code in languages)
    nav = links_list([(t, HRW + h) for t, h in HRW_NAV], indent='  ')
    return ('\n'.join(f'<a class="skip-link" href="{h}">{esc(t)}</a>' for t, h in skip) +
            '\n<header class="site-header">\n'
            f'  <a class="logo" href="{HRW}">{esc(logo)}</a>\n'
            f'  <div class="languages"><span class="languages-label">{esc(label)}</span>\n    <ul>{langs}'
            '\n    </ul>\n  </div>\n'
            f'  <a class="donate" href="{HRW}donate">{esc(donate)}</a>\n'
            f'  <nav class="main-nav" aria-label="Main menu">\n{nav}\n  </nav>\n</header>')


def hrw_cookie():
    return ('<div class="cookie-banner" id="cookie-notice" role="dialog" aria-label="Cookie privacy notice">\n'
            '  <p>This website uses cookies to improve your experience and to analyse traffic. Read our '
            f'<a href="{HRW}privacy-policy">privacy policy</a> to learn how we use them.</p>\n'
            '  <button type="button" class="cookie-accept">Accept</button>\n'
            '  <button type="button" class="cookie-decline">Decline</button>\n</div>')


def hrw_footer(before, menu, legal):
    extra = links_list([(t, HRW + h) for t, h in HRW_FOOTER_EXTRA])
    return ('<footer class="site-footer">\n' + (before + '\n' if before else '') + '<div class="footer-columns">\n'
            f'<div>\n  <h2>{esc(menu[0])}</h2>\n{links_list(menu[1])}\n</div>\n'
            f'<div>\n  <h2>More</h2>\n{extra}\n</div>\n</div>\n' + legal + '\n</footer>')


def hrw_2025_page(title, blocks, url, related, hyphenate=False):
    assert not any(k == 'h1' for k, _ in blocks)
    header = hrw_header('Human Rights Watch', [('Skip to main content', '#main-content')], 'Languages',
                        [('English', 'world-report/2025/country-chapters/kazakhstan'),
                         ('Русский', 'ru/world-report/2025/country-chapters/kazakhstan')], 'Donate Now')
    crumbs = breadcrumb([('Home', HRW), ('World Report 2025', HRW + 'world-report/2025'),
                         ('Country Chapters', HRW + 'world-report/2025/country-chapters'), ('Kazakhstan', None)])
    head = '\n'.join(['<header class="article-header">', f'<h1>{esc(title)}</h1>', share_bar(url, title), '</header>'])
    menu = ('Footer menu', [(t, HRW + h) for t, h in [
        ('Contact Us', 'contact-us'), ('Corrections', 'corrections'), ('Privacy Policy', 'privacy-policy'),
        ('Permissions', 'permissions'), ('Site Map', 'sitemap'), ('Child Safeguarding', 'child-safeguarding')]])
    footer = hrw_footer('', menu, '<p class="copyright">© 2025 Human Rights Watch</p>\n'
                        '<p class="address">Human Rights Watch | 350 Fifth Avenue, 34th Floor | New York, NY 10118-3299 USA</p>')
    return dict(title=f'{title} | Human Rights Watch', description=f'{title}: events of the year in Kazakhstan',
                url=url, body_class='page-world-report hrw', style=HRW_STYLE, header=header, breadcrumb=crumbs,
                article=article(head, render_blocks(blocks, {}, hyphenate), 'wr-chapter'),
                related=related_section(related), footer=footer, after_footer=hrw_cookie(), extra_css=TWO_COLUMN_CSS)


# Seed 004 is the text of a whole HRW page with the markup stripped and the pieces run together. The page is
# rebuilt from those pieces in their order: the pieces before the report and after it go to the header, the
# article's header and aside, and the footer; the report itself is split where two pieces meet without a space.
HRW2017_HEAD = ['World Report 2017: Kazakhstan | Human Rights Watch', 'Skip to cookie privacy notice',
                'Skip to main content', 'Human Rights Watch', 'Languages', 'English', 'العربية', 'Français',
                'Português', 'Русский', 'Español', 'Donate Now']
HRW2017_ARTICLE_HEAD = ['Kazakhstan', 'Events of 2016',
                        'Workers at the ArcelorMittal steel plant in Temirtau, June 13, 2012.', '© 2012 Reuters',
                        'Available In:', 'Available In', 'English', 'Русский', 'English', 'Русский']
HRW2017_SHARE = ['Share this via Facebook', 'Share this via Twitter', 'Share this via WhatsApp',
                 'Share this via Email', 'Other ways to share', 'Share this via LinkedIn', 'Share this via Reddit',
                 'Share this via Telegram', 'Share this via Printer']
HRW2017_SECTIONS = ['Parliamentary Elections', 'Freedom of Assembly', 'Civil Society',
                    'Media Restrictions and Freedom of Expression', 'Torture', 'Freedom of Religion',
                    'Counterterrorism', 'Labor Rights', 'Sexual Orientation and Gender Identity',
                    'Key International Actors']
HRW2017_ASIDE = ['Keynote', 'The Dangerous Rise of Populism', 'Global Attacks on Human Rights Values',
                 'Kenneth Roth', 'Former Executive Director', 'Essays', 'The Internet is Not the Enemy',
                 'As Rights Move Online, Human Rights Standards Move with Them', 'The Lost Years',
                 'Secondary Education for Children in Emergencies', 'Overreach',
                 'How New Global Counterterrorism Measures Jeopardize Rights', 'When Exposing Abusers Is Not Enough',
                 'Strategies to Confront the Shameless']
HRW2017_BROWSE = ['Browse countries', 'Choose']
HRW2017_TAIL = ['Protecting Rights, Saving Lives',
                'Human Rights Watch defends the rights of people in 90 countries worldwide, spotlighting abuses '
                'and bringing perpetrators to justice', 'Donate Now', 'Get Updates On Rights Issues From Around The Globe',
                'Sign Up', 'Connect With Us', 'Twitter', 'Facebook', 'YouTube', 'Instagram', 'Footer menu',
                'Contact Us', 'Corrections', 'Privacy Policy', 'Permissions', 'Blackbaud Security Incident',
                'Site Map', 'Child Safeguarding', '© 2022 Human Rights Watch',
                'Human Rights Watch | 350 Fifth Avenue, 34th Floor | New York, NY 10118-3299 USA | t 1.212.290.4700',
                'Human Rights Watch', 'is a 501(C)(3)\u00a0nonprofit registered in the US under EIN: 13-2875808',
                'Human Rights Watch']


def split_flat_page(text):
    """Seed 004: (report blocks, country names of the 'Browse countries' menu). Fails if the seed changed."""
    head = HRW2017_HEAD + HRW2017_ARTICLE_HEAD + HRW2017_SHARE + HRW2017_SECTIONS + HRW2017_SHARE + HRW2017_ASIDE
    prefix = ''.join(head)
    if not text.startswith(prefix):
        sys.exit('seeds/004: the page does not start as expected; update HRW2017_* in this script')
    rest = text[len(prefix):]
    end = rest.index(''.join(HRW2017_BROWSE))
    body, tail = rest[:end], rest[end + len(''.join(HRW2017_BROWSE)):]
    tail_text = ''.join(HRW2017_TAIL)
    if not tail.endswith(tail_text):
        sys.exit('seeds/004: the page does not end as expected; update HRW2017_TAIL in this script')
    # Country names run together: "...AlgeriaAngola..."; every name starts with a capital after a small letter.
    countries = re.split(r'(?<=[a-z])(?=[A-Z])', tail[:-len(tail_text)])
    # Paragraphs run together too: a sentence end directly followed by a capital.
    chunks = re.split(r'(?<=[.\u201d)])(?=[A-Z\u201c])', body)
    blocks = []
    for c in chunks:
        for h in HRW2017_SECTIONS:
            if c.startswith(h) and len(c) > len(h) and c[len(h)].isupper():
                blocks.append(('h2', h))
                c = c[len(h):]
                break
        blocks.append(('p', c))
    assert ''.join(v for _, v in blocks) == body
    assert ''.join(countries) == tail[:-len(tail_text)]
    return blocks, countries


def hrw_2017_page(text, url, related):
    blocks, countries = split_flat_page(text)
    (title, skip1, skip2, logo, languages_label, *langs, donate) = HRW2017_HEAD
    header = hrw_header(logo, [(skip1, '#cookie-notice'), (skip2, '#main-content')], languages_label,
                        list(zip(langs, ['', 'ar', 'fr', 'pt', 'ru', 'es'])), donate)
    crumbs = breadcrumb([('Home', HRW), ('World Report 2017', HRW + 'world-report/2017'),
                         ('Country Chapters', HRW + 'world-report/2017/country-chapters'), ('Kazakhstan', None)])
    h1, subtitle, caption, credit, avail1, avail2, en1, ru1, en2, ru2 = HRW2017_ARTICLE_HEAD

    def share(items, cls):
        rows = ''.join(f'\n    <li><a href="#share" class="share-link"><span class="visually-hidden">{esc(t)}</span></a></li>'
                       for t in items)
        return f'<div class="share-bar {cls}">\n  <ul>{rows}\n  </ul>\n</div>'
    toc = ''.join(f'\n    <li><a href="#section-{i}">{esc(s)}</a></li>' for i, s in enumerate(HRW2017_SECTIONS))
    a = HRW2017_ASIDE
    aside = ('<aside class="wr-essays">\n'
             f'  <div class="keynote"><span class="label">{esc(a[0])}</span>\n'
             f'    <a href="{HRW}world-report/2017/keynote/dangerous-rise-of-populism"><span class="title">{esc(a[1])}</span>'
             f'<span class="subtitle">{esc(a[2])}</span></a>\n'
             f'    <span class="author">{esc(a[3])}</span><span class="author-role">{esc(a[4])}</span>\n  </div>\n'
             f'  <div class="essays"><span class="label">{esc(a[5])}</span>\n    <ul>' +
             ''.join(f'\n      <li><a href="{HRW}world-report/2017/essay/{i}"><span class="title">{esc(t)}</span>'
                     f'<span class="subtitle">{esc(s)}</span></a></li>'
                     for i, (t, s) in enumerate(zip(a[6::2], a[7::2]))) +
             '\n    </ul>\n  </div>\n</aside>')
    head = '\n'.join([
        '<header class="article-header">', f'<h1>{esc(h1)}</h1>', f'<p class="chapter-subtitle">{esc(subtitle)}</p>',
        '</header>',
        '<figure class="hero">\n  <div class="hero-image" role="img" aria-label="Photograph"></div>\n'
        f'  <figcaption><span class="caption">{esc(caption)}</span>\n  <span class="credit">{esc(credit)}</span></figcaption>\n</figure>',
        f'<div class="translations">\n  <span class="translations-label">{esc(avail1)}</span>\n'
        f'  <details><summary>{esc(avail2)}</summary>\n    <ul>\n      <li><a href="{url}" hreflang="en">{esc(en1)}</a></li>\n'
        f'      <li><a href="{HRW}ru/world-report/2017/country-chapters/298401" hreflang="ru">{esc(ru1)}</a></li>\n    </ul>\n  </details>\n'
        f'  <ul class="translations-inline">\n    <li>{esc(en2)}</li>\n    <li>{esc(ru2)}</li>\n  </ul>\n</div>',
        share(HRW2017_SHARE, 'share-top'),
        f'<nav class="chapter-toc" aria-label="Sections">\n  <ul>{toc}\n  </ul>\n</nav>',
        share(HRW2017_SHARE, 'share-bottom'),
        aside])
    body = []
    n = 0
    for k, v in blocks:
        if k == 'h2':
            body.append(f'<h2 id="section-{n}">{esc(v)}</h2>')
            n += 1
        else:
            body.append(f'<p>{esc(v)}</p>')
    browse_label, choose = HRW2017_BROWSE
    options = ''.join(f'\n      <option>{esc(c)}</option>' for c in countries)
    browse = (f'<div class="browse-countries">\n  <h2>{esc(browse_label)}</h2>\n  <label>\n    <select>\n'
              f'      <option value="">{esc(choose)}</option>{options}\n    </select>\n  </label>\n</div>')
    t = HRW2017_TAIL
    promo = (f'<div class="footer-promo">\n  <p class="tagline">{esc(t[0])}</p>\n  <p>{esc(t[1])}</p>\n'
             f'  <a class="donate" href="{HRW}donate">{esc(t[2])}</a>\n</div>\n'
             f'<form class="newsletter" action="{HRW}sign-up">\n  <p>{esc(t[3])}</p>\n  <button type="submit">{esc(t[4])}</button>\n</form>\n'
             f'<div class="social">\n  <h2>{esc(t[5])}</h2>\n' +
             links_list([(x, f'https://www.{x.lower()}.com/hrw') for x in t[6:10]]) + '\n</div>')
    menu = (t[10], [(x, HRW + x.lower().replace(' ', '-')) for x in t[11:18]])
    legal = ('<div class="legal">\n'
             f'  <p class="copyright">{esc(t[18])}</p>\n  <p class="address">{esc(t[19])}</p>\n'
             f'  <p class="charity"><strong>{esc(t[20])}</strong>{esc(t[21])}</p>\n'
             f'  <p class="logo-small">{esc(t[22])}</p>\n</div>')
    footer = hrw_footer(browse + '\n' + promo, menu, legal)
    p = dict(title=title, description='Kazakhstan: events of 2016', url=url, body_class='page-world-report hrw',
             style=dict(HRW_STYLE, header_rule='.site-header .languages, .site-header .donate, .hero-image { display: none; }'),
             header=header, breadcrumb=crumbs, article=article(head, '\n'.join(body), 'wr-chapter'),
             related=related_section(related), footer=footer, after_footer=hrw_cookie())
    # The words of the article in order, for the check: the seed's, from "Kazakhstan" to the last paragraph.
    words = HRW2017_ARTICLE_HEAD + HRW2017_SHARE + HRW2017_SECTIONS + HRW2017_SHARE + HRW2017_ASIDE + \
        [v for _, v in blocks]
    return p, words


PROFILES = 'https://www.country-profiles.example/'
PROFILE_STYLE = dict(body_font='Arial, Helvetica, sans-serif', link='#00577a', band='#00577a', band_text='#fff',
                     logo_case='none', header_rule='.site-header nav { display: none; }')


def profile_page(title, blocks, related):
    url = PROFILES + 'countries/kazakhstan/'
    nav = [(t, PROFILES + h) for t, h in [('Home', ''), ('Regions', 'regions/'), ('Countries', 'countries/'),
                                          ('Themes', 'themes/'), ('Publications', 'publications/'),
                                          ('Data', 'data/'), ('Events', 'events/'), ('About', 'about/'),
                                          ('Contact', 'contact/')]]
    header = ('<a class="skip-link" href="#main-content">Skip to content</a>\n<header class="site-header">\n'
              f'  <a class="logo" href="{PROFILES}">Country Profiles</a>\n'
              f'  <nav class="main-nav" aria-label="Main navigation">\n{links_list(nav, indent="  ")}\n  </nav>\n</header>')
    crumbs = breadcrumb([('Home', PROFILES), ('Countries', PROFILES + 'countries/'),
                         ('Central Asia', PROFILES + 'regions/central-asia/'), ('Kazakhstan', None)])
    head = '\n'.join(['<header class="article-header">', f'<h1>{esc(title)}</h1>', share_bar(url, title), '</header>'])
    fl = [(t, PROFILES + h) for t, h in [
        ('About us', 'about/'), ('Our team', 'about/team/'), ('Partners', 'about/partners/'),
        ('Methodology', 'about/methodology/'), ('All country profiles', 'countries/'), ('Regions', 'regions/'),
        ('Themes', 'themes/'), ('Publications', 'publications/'), ('Data', 'data/'), ('Newsletter', 'newsletter/'),
        ('Contact', 'contact/'), ('Privacy notice', 'privacy/'), ('Cookies', 'cookies/'), ('Terms of use', 'terms/'),
        ('Accessibility', 'accessibility/'), ('Site map', 'sitemap/')]]
    footer = ('<footer class="site-footer">\n<div class="footer-columns">\n'
              f'<div>\n  <h2>About</h2>\n{links_list(fl[:4])}\n</div>\n'
              f'<div>\n  <h2>Explore</h2>\n{links_list(fl[4:11])}\n</div>\n'
              f'<div>\n  <h2>Legal</h2>\n{links_list(fl[11:])}\n</div>\n</div>\n'
              '<p class="copyright">© 2024 Country Profiles. Content may be reproduced with attribution.</p>\n</footer>')
    cookie = ('<div class="cookie-banner" role="region" aria-label="Cookies">\n'
              '  <p>We use essential cookies to run this site and, with your consent, analytics cookies to see which '
              f'pages are read. <a href="{PROFILES}cookies/">Learn more</a></p>\n'
              '  <button type="button" class="cookie-accept">Accept all</button>\n'
              '  <button type="button" class="cookie-essential">Only essential</button>\n</div>')
    return dict(title=f'{title} | Country Profiles', description='Country profile of Kazakhstan', url=url,
                body_class='page-profile', style=PROFILE_STYLE, header=header, breadcrumb=crumbs,
                article=article(head, render_blocks(blocks, {}), 'country-profile'),
                related=related_section(related), footer=footer, after_footer=cookie)


# --------------------------------------------------------------------------------------------------
# The seeds' pages

BACK = {'Back to Kazakhstan': AMNESTY + 'location/europe-and-central-asia/eastern-europe-and-central-asia/kazakhstan/'}

RELATED = {
    '000': [('News', 'Kazakhstan: Authorities must stop punishing peaceful protesters',
             AMNESTY + 'latest/news/kazakhstan-stop-punishing-peaceful-protesters/', '14 March 2024'),
            ('Research', 'Kazakhstan: Torture survivors still waiting for justice',
             AMNESTY + 'documents/eur57/torture-survivors-waiting-for-justice/', '19 January 2024'),
            ('News', 'Central Asia: Crackdown on civil society deepens',
             AMNESTY + 'latest/news/central-asia-crackdown-civil-society/', '5 December 2023'),
            ('Report', 'Europe and Central Asia: Regional overview',
             AMNESTY + 'location/europe-and-central-asia/report-europe-and-central-asia/', '24 April 2024'),
            ('Campaign', 'Protect the Protest', AMNESTY + 'campaigns/protect-the-protest/', '')],
    '001': [('News', 'Kazakhstan: Investigate the January events and end impunity',
             AMNESTY + 'latest/news/kazakhstan-investigate-january-events/', '5 January 2023'),
            ('News', 'Kazakhstan: Amnesty law must not shield those responsible for abuses',
             AMNESTY + 'latest/news/kazakhstan-amnesty-law-impunity/', '28 October 2022'),
            ('Research', 'Kazakhstan: Detainees describe ill-treatment after the protests',
             AMNESTY + 'documents/eur57/detainees-describe-ill-treatment/', '12 May 2022'),
            ('Report', 'Europe and Central Asia: Regional overview',
             AMNESTY + 'location/europe-and-central-asia/report-europe-and-central-asia/', '28 March 2023'),
            ('Campaign', 'Write for Rights', AMNESTY + 'get-involved/write-for-rights/', '')],
    '002': [('News', 'Kazakhstan: New Media Law Threatens Free Speech', HRW + 'news/kazakhstan-media-law', 'July 2, 2024'),
            ('Report', 'World Report 2025: Our annual review of human rights around the globe', HRW + 'world-report/2025', ''),
            ('News', 'Central Asia: Critics in Exile Face Threats', HRW + 'news/central-asia-critics-exile', 'October 8, 2024'),
            ('Dispatches', 'Kazakhstan Should Criminalize Domestic Violence', HRW + 'news/kazakhstan-domestic-violence',
             'April 16, 2024'),
            ('Video', 'Kazakhstan: Children with Disabilities Left Out', HRW + 'video-photos/kazakhstan-disability', '')],
    '003': [('Profile', 'Kyrgyzstan: country profile', PROFILES + 'countries/kyrgyzstan/', ''),
            ('Profile', 'Uzbekistan: country profile', PROFILES + 'countries/uzbekistan/', ''),
            ('Profile', 'Tajikistan: country profile', PROFILES + 'countries/tajikistan/', ''),
            ('Brief', 'Civic space in Central Asia', PROFILES + 'publications/civic-space-central-asia/', 'May 2024'),
            ('Data', 'Elections in Central Asia: an overview', PROFILES + 'data/elections/', '')],
    '004': [('News', 'Kazakhstan: Land Protest Activists Jailed', HRW + 'news/kazakhstan-land-protest-activists-jailed',
             'November 28, 2016'),
            ('News', 'Kazakhstan: Journalists Convicted After Unfair Trial', HRW + 'news/kazakhstan-journalists-convicted',
             'October 3, 2016'),
            ('Report', 'World Report 2017', HRW + 'world-report/2017', ''),
            ('Dispatches', 'Kazakhstan’s Land Protests Met With Arrests', HRW + 'news/kazakhstan-land-protests-arrests',
             'May 21, 2016'),
            ('News', 'Central Asia: Rights Groups Under Pressure', HRW + 'news/central-asia-rights-groups', 'June 1, 2016')],
}


def read_manifest_titles(text):
    """file -> (title, url) from seeds/manifest.yaml (flat entries; values plain or double-quoted)."""
    out, cur = {}, None
    for line in text.split('\n'):
        m = re.match(r'\s*(-\s*)?(\w+):\s*(.*?)\s*$', line)
        if not m or line.lstrip().startswith('#'):
            continue
        key, value = m.group(2), m.group(3)
        if value.startswith('"') and value.endswith('"'):
            value = value[1:-1]
        if key == 'file':
            cur = value
            out[cur] = {}
        elif cur:
            out[cur][key] = value
    return out


def seed_pages(root):
    """[(name, html, print_html, article words expected)] for every seed."""
    seeds = os.path.join(root, 'seeds')
    meta = read_manifest_titles(open(os.path.join(seeds, 'manifest.yaml'), encoding='utf-8').read())
    out = []
    for file in sorted(meta):
        name = file[:-4]
        key = name[:3]
        text = open(os.path.join(seeds, file), encoding='utf-8').read()
        title = meta[file]['title']
        if key == '004':
            p, words = hrw_2017_page(text, meta[file]['url'], RELATED[key])
            out.append((name, page(p), None, words))
            continue
        blocks = seed_blocks(text, title, BACK)
        words = seed_texts(blocks)
        printed = None
        if key in ('000', '001'):
            year = 2024 if key == '000' else 2023
            p = amnesty_page(title, blocks, BACK, year, RELATED[key], running=(key == '000'))
        elif key == '002':
            words = [title] + words
            p = hrw_2025_page(title, blocks, meta[file]['url'], RELATED[key])
            printed = page(hrw_2025_page(title, blocks, meta[file]['url'], RELATED[key], hyphenate=True))
        elif key == '003':
            words = [title] + words
            p = profile_page(title, blocks, RELATED[key])
        else:
            sys.exit(f'seeds/{file}: no page template for this seed; add one to {sys.argv[0]}')
        out.append((name, page(p), printed, words))
    return out


class ArticleText(HTMLParser):
    """The text nodes inside <article>, without the share bar that the templates add."""

    def __init__(self, skip_classes):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.skip = 0
        self.stack = []
        self.skip_classes = skip_classes
        self.texts = []

    VOID = {'meta', 'link', 'br', 'img', 'input', 'hr'}

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        classes = set((dict(attrs).get('class') or '').split())
        skip = bool(classes & self.skip_classes)
        self.stack.append((tag, skip))
        if tag == 'article':
            self.depth += 1
        if skip:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        t, skip = self.stack.pop()
        assert t == tag, (t, tag)
        if tag == 'article':
            self.depth -= 1
        if skip:
            self.skip -= 1

    def handle_data(self, data):
        if self.depth and not self.skip and data.strip():
            self.texts.append(data.strip(' \t\n'))


def check_article(name, text, words, skip):
    parser = ArticleText(skip)
    parser.feed(text)
    got = [t.replace('\u00ad', '') for t in parser.texts]
    if got != words:
        for i, (a, b) in enumerate(zip(got, words)):
            if a != b:
                sys.exit(f'{name}: article text differs from the seed at piece {i}:\n  page: {a[:120]!r}\n  seed: {b[:120]!r}')
        sys.exit(f'{name}: article has {len(got)} text pieces, the seed {len(words)}')


def manifest_with(seeds_manifest, ext, note):
    body = re.sub(r'^(\s*-\s*file:\s*)(\S+)\.txt\s*$', lambda m: m.group(1) + m.group(2) + '.' + ext,
                  seeds_manifest, flags=re.M)
    return note + body


# --------------------------------------------------------------------------------------------------
# The book (invented: no real report's text, no real person; the figures are made up)

PUBLISHER = 'Rights Monitor International'
BOOK_TITLE = f"{PUBLISHER} Report 2023/24: The State of the World's Human Rights"
BOOK_URL = 'https://www.rightsmonitor.example/report-2023/'

FOREWORD = [
    'This report records the state of human rights in Europe and Central Asia during 2023. It is the work of '
    'researchers, lawyers and volunteers who followed trials, interviewed people released from detention, read '
    'court records and official statistics, and checked what they heard against what could be seen.',
    'The year confirmed a trend that our previous reports described: governments that once tolerated a measure of '
    'criticism now treat any organized dissent as a threat. Laws on ‘extremism’, ‘foreign agents’ and ‘false '
    'information’ spread from one capital to the next, often in nearly identical wording. At the same time, people '
    'kept speaking out, and courts in some countries still acquitted those whom prosecutors wanted to punish.',
    'We are grateful to everyone who trusted us with their accounts, often at great personal risk. Many of them '
    'cannot be named in these pages.',
]

OVERVIEW = [
    'Across the region, the space for peaceful protest continued to shrink. Across the region at least 4,000 '
    'people were detained for taking part in peaceful protests, most of them in Russia and Belarus, where any '
    'public criticism of the authorities could lead to arrest. In Georgia, mass protests forced the government to '
    'withdraw a draft law on ‘foreign agents’, while in Kazakhstan and Kyrgyzstan small protests were dispersed '
    'within minutes.',
    'Laws against ‘extremism’ and ‘false information’ were used to silence online criticism. More than 600 people '
    'in the region were convicted for social media posts, comments or reposts, and journalists were prosecuted in '
    'almost every country covered by this report.',
    'Torture and other ill-treatment remained widespread, and those responsible were rarely brought to justice. '
    'Women’s rights groups in the region recorded more than 900 killings of women by partners or relatives, and '
    'in several countries, including Tajikistan and Uzbekistan, domestic violence was still not a criminal offence '
    'in its own right.',
]

METHODOLOGY = [
    'This report covers events from January to December 2023. Its findings are based on research by '
    f'{PUBLISHER} and its partners. Researchers carried out 486 interviews with victims, witnesses, lawyers and '
    'human rights defenders, in person and remotely, and reviewed court documents, official statistics and media '
    'reports.',
    'Figures attributed to officials or to local organizations could not always be verified independently; where '
    'sources differed, the report gives the lowest figure.',
]

# (country, [(subheading or None, [paragraphs])]); the figures are listed in formats/book-expected.csv.
CHAPTERS = [
    ('Armenia', [
        (None, ['The authorities pressed ahead with reforms of the police and the courts, but progress was slow and '
                'abuses rarely led to accountability. The displacement of tens of thousands of people from the '
                'conflict zone in the autumn placed heavy demands on housing, health care and social services.']),
        ('Freedom of assembly', [
            'In May and June, residents of the capital held sit-ins and marches against the government’s handling '
            'of the conflict. Police detained at least 176 peaceful protesters over the two months. Most were '
            'released within hours without charge, but 38 were fined for ‘disobeying the lawful demands of a police '
            'officer’, and several said that officers had punched or kicked them during arrest.']),
        ('Freedom of expression', [
            'Public officials increasingly turned to the civil courts to answer criticism. Media freedom groups '
            'counted 52 defamation suits filed by officials or their relatives against journalists and media '
            'outlets during the year, most of them over reporting on corruption.']),
        ('Torture and other ill-treatment', [
            'The Human Rights Defender’s office received 94 complaints of torture and other ill-treatment by police '
            'and prison staff. Investigations were slow and rarely reached court, and detainees continued to report '
            'that they had been denied access to a lawyer in the first hours of custody.']),
        ('Gender-based violence', [
            'Women’s rights groups recorded 19 killings of women by partners or relatives. Police registered 1,214 '
            'reports of domestic violence, but shelters remained scarce outside the capital and many cases were '
            'closed after the parties were pressed to reconcile.']),
    ]),
    ('Azerbaijan', [
        (None, ['The authorities stepped up their campaign against independent journalism and civil society in the '
                'second half of the year, and used fabricated smuggling and tax charges to silence critics.']),
        ('Freedom of assembly', [
            'In June, villagers in the west of the country protested against plans to build a reservoir for waste '
            'from a gold mine. Riot police used tear gas and rubber bullets to disperse them and detained at least '
            '67 residents. Courts sentenced 14 of them to administrative detention after hearings that lasted '
            'minutes.']),
        ('Freedom of expression', [
            'In November and December, police raided the offices of two independent news outlets and arrested their '
            'staff on charges of currency smuggling. By the end of the year, 27 journalists were in detention.',
            'Local human rights defenders listed 254 political prisoners at the end of the year, among them '
            'opposition activists, religious believers and bloggers.']),
        ('Freedom of religion and belief', [
            'Believers who practised their faith outside state-controlled structures faced prosecution. At least 31 '
            'members of a Shia religious movement were prosecuted on drug or weapons charges that their families '
            'said had been fabricated.']),
    ]),
    ('Belarus', [
        (None, ['The repression of dissent continued unabated. Courts treated independent media, human rights '
                'organizations and opposition parties as ‘extremist formations’, and taking part in their work, or '
                'even donating to them, was a criminal offence. Lawyers who defended political prisoners were '
                'disbarred or prosecuted, and the few who still took such cases could not speak about them in '
                'public. People who had left the country were tried in their absence, and consulates stopped '
                'issuing passports abroad, leaving many exiles without valid documents.']),
        ('Freedom of assembly', [
            'Peaceful protest remained impossible. Police continued to track down people who had taken part in the '
            'mass protests of 2020, using old photographs and videos: human rights defenders recorded 1,065 '
            'detentions linked to past protests during the year. Many of those detained were made to record '
            '‘repentance videos’, which were then published on social media channels close to the police. Some were '
            'released after paying a ‘voluntary’ contribution to a state fund; others were charged with taking '
            'part in group actions that grossly violated public order and sentenced to prison terms. Relatives of '
            'detainees who spoke to independent media were themselves summoned for questioning.']),
        ('Freedom of expression', [
            'Courts convicted at least 212 people of ‘extremism’ for comments, donations or reposts on social media, '
            'often on the basis of a single post. At least 33 media workers were behind bars at the end of the year. '
            'Subscribing to an independent news channel, or even reading it, could be treated as support for an '
            '‘extremist formation’, and police stopped people in the street to search their phones. Books, songs '
            'and works of art were added to the official list of ‘extremist materials’ almost every week, and '
            'libraries and bookshops removed titles from their shelves for fear of inspections.',
            'By the end of the year, 1,487 people were held as political prisoners, according to local human rights '
            'defenders.']),
        ('Torture and other ill-treatment', [
            'Former prisoners described beatings, denial of medical care and long periods in punishment cells. The '
            'relatives of 46 political prisoners reported that they had received no letters or visits from them for '
            'months, and the authorities refused to confirm whether they were alive. Prisoners convicted in '
            'political cases were made to wear yellow badges, were denied parcels and telephone calls, and were '
            'kept apart from other prisoners. Several seriously ill prisoners were refused transfer to hospital, '
            'and requests for release on health grounds were rejected without explanation. No official was '
            'prosecuted for the ill-treatment of protesters or prisoners since the mass protests.']),
    ]),
    ('Georgia', [
        (None, ['The ruling party pushed legislation that threatened civil society and independent media, and '
                'officials stepped up their hostile rhetoric against critics, human rights defenders and LGBTI '
                'people.']),
        ('Freedom of assembly', [
            'In March, tens of thousands of people demonstrated in the capital against a draft law on ‘foreign '
            'agents’. Police used water cannon and pepper spray and detained 133 people over two nights of protest; '
            'courts fined 79 of them. On 10 March, the ruling party withdrew the draft law.']),
        ('Freedom of expression', [
            'Media monitoring groups recorded 58 cases in which journalists were obstructed, threatened or physically '
            'attacked while at work. Criminal proceedings were opened in only 13 of them, and no one had been '
            'convicted by the end of the year.']),
        ('Torture and other ill-treatment', [
            'The Special Investigation Service received 728 complaints of ill-treatment by law enforcement officials, '
            'most concerning violence during arrest. It brought charges in a small fraction of cases.']),
        ('Gender-based violence', [
            'Women’s rights groups recorded 24 killings of women by partners or relatives. Protection orders were '
            'often issued late or not enforced.']),
    ]),
    ('Kazakhstan', [
        (None, ['Parliamentary elections in March did little to open up political space. Peaceful protest remained '
                'tightly controlled, and investigations into abuses committed during the unrest of the previous year '
                'made little progress.']),
        ('Freedom of assembly', [
            'Holding an ‘unauthorized’ protest remained an administrative offence. Police detained 287 people at '
            'single-person pickets and small street protests during the year, most of them in the two largest '
            'cities.']),
        ('Freedom of expression', [
            'Courts convicted 71 people of ‘inciting discord’ or of taking part in banned ‘extremist’ organizations, '
            'in most cases for posts on social media and messaging apps.']),
        ('Torture and other ill-treatment', [
            'Prosecutors registered 402 complaints of torture during the year but sent only 36 cases to court. '
            'Victims of torture during the unrest of the previous year said that they were pressured to withdraw '
            'their complaints.']),
        ('Gender-based violence', [
            'Police registered 48 killings of women by partners or relatives in the first nine months of the year. '
            'A new law on domestic violence was under discussion but had not been adopted by the end of the year.']),
    ]),
    ('Kyrgyzstan', [
        (None, ['The authorities tightened their control over civil society and independent media. A draft law on '
                '‘foreign representatives’ threatened the work of non-governmental organizations that receive '
                'funding from abroad.']),
        ('Freedom of assembly', [
            'In October, police detained 29 activists who had gathered in the capital to oppose a border agreement. '
            'Of these, 17 were charged with ‘calling for mass riots’ and remained in pre-trial detention at the end '
            'of the year.']),
        ('Freedom of expression', [
            'At least 11 journalists and bloggers were prosecuted under the ‘false information’ provisions of the '
            'Code of Offences, and the authorities blocked the website of a leading independent news outlet for two '
            'months.']),
        ('Torture and other ill-treatment', [
            'The National Centre for the Prevention of Torture recorded 163 complaints of torture and other '
            'ill-treatment, most of them concerning the first hours of police custody.']),
        ('Gender-based violence', [
            'Women’s organizations documented 37 killings of women by partners or relatives and at least 268 cases '
            'of bride kidnapping, a practice that remained widespread in rural areas although it is a criminal '
            'offence.']),
    ]),
    ('Moldova', [
        (None, ['The government took steps to reform the justice system, and the country continued to host large '
                'numbers of refugees from the war across its eastern border, which placed a heavy burden on public '
                'services.']),
        ('Freedom of assembly', [
            'Opposition parties held regular rallies in the capital against rising energy prices. During one rally '
            'in March, police detained 118 protesters, most of them for carrying symbols that had been banned under '
            'a new law.']),
        ('Freedom of expression', [
            'The Commission for Exceptional Situations suspended the broadcasting licences of 12 television '
            'channels, citing disinformation. Media freedom groups criticized the decision as lacking transparency '
            'and judicial oversight.']),
        ('Torture and other ill-treatment', [
            'The Ombudsperson’s office received 87 complaints of ill-treatment in places of detention, most '
            'concerning overcrowding and the lack of medical care in pre-trial detention facilities.']),
        ('Gender-based violence', [
            'Police recorded 3,120 cases of domestic violence. Women’s rights groups counted 15 killings of women by '
            'partners or relatives and criticized the slow roll-out of electronic monitoring of abusers.']),
    ]),
    ('Russia', [
        (None, ['The authorities further tightened their grip on dissent. Any public criticism of the war, however '
                'mild, exposed people to prosecution, and the remaining independent organizations were closed down '
                'or forced into exile. Parliament adopted further restrictive laws, often within days of their '
                'introduction and without public consultation, and the courts granted almost every request of the '
                'prosecution. Officials and state media routinely described critics as traitors, and the list of '
                'organizations declared ‘undesirable’ grew month by month; taking part in the work of such an '
                'organization, even by sharing its material online, was a criminal offence.']),
        ('Freedom of assembly', [
            'Human rights monitors counted 2,385 detentions of anti-war protesters during the year, many of them at '
            'single-person pickets or for laying flowers at memorials. Police increasingly relied on facial '
            'recognition cameras in the metro to detain people before they reached the site of a planned protest, '
            'and sometimes days afterwards. Detainees were typically held overnight and brought before a judge who, '
            'after a hearing that lasted a few minutes, imposed a fine or a short period of administrative '
            'detention. Repeated offences could be prosecuted as crimes, and several people who had been fined more '
            'than once were charged under the criminal code. Lawyers who went to police stations to assist '
            'detainees were often kept waiting for hours or refused entry altogether. Municipal authorities refused '
            'every request to hold a rally on social or environmental issues, citing health regulations or '
            'construction work, and organizers who went ahead were fined. Students were warned by their '
            'universities that taking part in unauthorized gatherings would lead to expulsion.']),
        ('Freedom of expression', [
            'At least 165 people were convicted of spreading ‘false information’ about the armed forces or of '
            '‘discrediting’ them, and at least 43 journalists were in prison at the end of the year. Prosecutions '
            'were brought for posts on social media, comments in private chats, conversations overheard in cafés '
            'and drawings by schoolchildren that teachers had reported to the police. Courts relied on the '
            'conclusions of linguistic experts chosen by the prosecution and refused defence requests to hear '
            'experts of their own. Independent media outlets that continued to work from abroad were blocked, and '
            'their readers could reach them only through virtual private networks, which the authorities also '
            'tried to block.',
            'Human rights groups counted 641 political prisoners, a number that they said was certainly an '
            'undercount. Many of them were held far from their families in remote penal colonies and were '
            'repeatedly placed in punishment cells on minor pretexts. Their lawyers faced searches, disciplinary '
            'proceedings and, in some cases, criminal charges of their own, and several left the country after '
            'receiving threats.']),
        ('Torture and other ill-treatment', [
            'Reports of torture in police custody and in prisons continued, and complaints were rarely investigated. '
            'Lawyers who made such complaints public were themselves threatened with prosecution. Former prisoners '
            'described being beaten on arrival at penal colonies, held in overcrowded cells without ventilation and '
            'denied treatment for serious illnesses. Investigators routinely refused to open criminal cases, '
            'accepting the explanation of prison staff that injuries had been caused by falls or by resistance to '
            'lawful orders. Where cases were opened, they were often closed months later for lack of evidence, and '
            'the few officials who were convicted received suspended sentences. Public monitoring commissions, which '
            'had once been allowed to visit places of detention, were reorganized and their most active members '
            'removed. Relatives of people who died in custody were often told of the death only after the burial, '
            'and requests for independent autopsies were refused.']),
        ('Freedom of religion and belief', [
            'Religious minorities remained a target. At least 127 Jehovah’s Witnesses were prosecuted for '
            '‘extremism’ for meeting to pray or study the Bible together. Police raided private homes at dawn, '
            'seized religious books and electronic devices, and questioned children about the beliefs of their '
            'parents. Followers of several Muslim movements that had been banned as ‘extremist’ were also '
            'prosecuted, often on the sole evidence of books found in their homes, and courts handed down long '
            'prison sentences even where no one was accused of violence. Local officials pressed landlords not to '
            'rent premises to small religious communities, and several churches and prayer houses were closed '
            'after inspections found minor breaches of fire safety rules. Clergy who spoke against the war were '
            'removed from their posts or fined for ‘discrediting’ the armed forces in their sermons.']),
    ]),
    ('Tajikistan', [
        (None, ['The authorities continued to persecute critics at home and abroad. The Gorno-Badakhshan Autonomous '
                'Region remained under a heavy security presence.']),
        ('Freedom of assembly', [
            'Courts convicted 56 residents of Gorno-Badakhshan for their alleged role in the protests of the '
            'previous year, after closed trials in which defendants said they had been tortured to make them '
            'confess.']),
        ('Freedom of expression', [
            'At least 9 journalists were serving prison sentences at the end of the year. The security services '
            'pressured the relatives of at least 83 exiled critics, some of whom had sought refuge in Kazakhstan, '
            'summoning them for questioning and threatening them with dismissal from work.']),
        ('Freedom of religion and belief', [
            'At least 21 people were prosecuted for membership of banned religious groups, and imams were required '
            'to deliver sermons approved by the state.']),
        ('Gender-based violence', [
            'Women’s shelters registered 32 killings of women by partners or relatives. Domestic violence was not a '
            'criminal offence in its own right.']),
    ]),
    ('Turkey', [
        (None, ['The authorities continued to use vague anti-terrorism laws to prosecute human rights defenders, '
                'journalists and opposition politicians. Earthquakes in February caused massive loss of life and '
                'displacement in the south-east.']),
        ('Freedom of assembly', [
            'Governors banned Pride marches in several cities. In June, police detained 224 people at Pride events '
            'in Istanbul and Izmir, some of them violently.']),
        ('Freedom of expression', [
            'At least 18 journalists were in prison at the end of the year, and 76 were prosecuted under '
            'anti-terrorism laws for their reporting or social media posts.']),
        ('Torture and other ill-treatment', [
            'Bar associations received 349 complaints of torture and other ill-treatment, including from people '
            'detained in the earthquake zone on suspicion of looting.']),
        ('Gender-based violence', [
            'Women’s rights groups recorded 315 killings of women by men during the year, and the authorities '
            'continued to defend the country’s withdrawal from the Istanbul Convention.']),
    ]),
    ('Turkmenistan', [
        (None, ['The country remained closed to independent scrutiny. All media were under state control and no '
                'independent civil society organization could operate openly.']),
        ('Freedom of assembly', [
            'In November, police detained 64 residents who had gathered outside a district administration building '
            'to complain about bread shortages.']),
        ('Freedom of expression', [
            'Internet access remained heavily censored. Exiled activists said that at least 26 people were sent to '
            'prison for criticizing the authorities online.',
            'The fate and whereabouts of at least 101 people who had disappeared in prison remained unknown.']),
        ('Freedom of religion and belief', [
            'At least 8 Jehovah’s Witnesses were imprisoned for refusing compulsory military service on grounds of '
            'conscience.']),
    ]),
    ('Ukraine', [
        (None, ['The full-scale war continued to take a heavy toll on civilians. Attacks on energy infrastructure '
                'left millions of people without heating, electricity or water for long periods.']),
        ('Torture and other ill-treatment', [
            'Prosecutors registered 1,732 cases of torture and other ill-treatment of civilians and prisoners of war '
            'by the occupying forces. Former detainees described beatings, electric shocks and mock executions.']),
        ('Freedom of expression', [
            'In the occupied territories, the occupying authorities detained at least 49 local journalists and '
            'bloggers. In government-controlled areas, a single national television marathon dominated the '
            'airwaves, and media freedom groups raised concerns about pressure on critical reporters.']),
        ('Freedom of religion and belief', [
            'The Security Service opened criminal investigations against 68 clergy of a church with historical ties '
            'to the occupying power, accusing them of collaboration or of inciting religious hatred.']),
        ('Gender-based violence', [
            'Police recorded 57 killings of women by partners or relatives. Women’s rights groups warned that the '
            'war had increased the risk of domestic violence.']),
    ]),
    ('Uzbekistan', [
        (None, ['Constitutional amendments adopted in April extended the presidential term. The space for '
                'independent civil society and media remained very limited.']),
        ('Freedom of assembly', [
            'Trials of people accused of organizing the protests in the Republic of Karakalpakstan in the previous '
            'year continued: by the end of the year, 61 people had been convicted. The authorities had still not '
            'effectively investigated the deaths of at least 42 people during the protests.']),
        ('Freedom of expression', [
            'Courts convicted 16 bloggers of ‘insulting the President’ or of spreading ‘false information’ online.']),
        ('Freedom of religion and belief', [
            'Police detained 73 people for possessing religious literature not approved by the Committee on '
            'Religious Affairs, and dozens of them were fined.']),
        ('Gender-based violence', [
            'The Interior Ministry reported 92 killings of women by partners or relatives, the first time that it '
            'had published such figures.']),
    ]),
]

REGION = 'Europe and Central Asia'
MONTHS = ('January|February|March|April|May|June|July|August|September|October|November|December')


def slug(s):
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')


BOOK_CSS = """
@page { size: A4; margin: 18mm 17mm 12mm 17mm;
  @bottom-right { content: counter(page); font: 9pt Arial, Helvetica, sans-serif; vertical-align: top; } }
html { font: 10pt/1.4 Georgia, "Times New Roman", serif; color: #111; }
body { margin: 0; }
.print-frame { width: 100%; border-collapse: collapse; }
.print-frame > tbody > tr > td, .print-frame > tfoot > tr > td { padding: 0; }
.footer-space { height: 10mm; }
.running-footer { display: none; }
@media print {
  .running-footer { display: block; position: fixed; left: 0; right: 0; bottom: 0; height: 7mm; padding-top: 1.5mm;
    border-top: 0.5pt solid #888; font: 8pt Arial, Helvetica, sans-serif; color: #444; }
}
.title-page { padding-top: 55mm; }
.title-page .publisher-name { font: bold 14pt Arial, Helvetica, sans-serif; text-transform: uppercase; letter-spacing: .08em; }
.title-page h1 { font: bold 30pt/1.15 Arial, Helvetica, sans-serif; margin: 8mm 0 10mm; }
.title-page h1 .subtitle { display: block; font-weight: normal; margin-top: 4mm; }
.title-page .coverage { font: 13pt Arial, Helvetica, sans-serif; }
.title-page .imprint { margin-top: 90mm; font-size: 8pt; color: #444; }
.contents, .part, .region, .chapter { break-before: page; }
.contents-title { font: bold 24pt Arial, Helvetica, sans-serif; margin: 0 0 8mm; }
.toc, .toc ol { list-style: none; margin: 0; padding: 0; }
.toc ol { padding-left: 8mm; }
.toc li { margin: 0 0 2.5pt; }
.toc .entry { display: flex; justify-content: space-between; font: 11pt Arial, Helvetica, sans-serif; }
.toc a { color: #111; text-decoration: none; }
h1 { font: bold 32pt/1.15 Arial, Helvetica, sans-serif; margin: 0 0 8mm; }
.region h1 { margin-top: 60mm; font-size: 40pt; }
.region p { font: 12pt Arial, Helvetica, sans-serif; }
h2 { font: bold 28pt/1.2 Arial, Helvetica, sans-serif; margin: 0 0 6mm; padding-bottom: 2mm; border-bottom: 2pt solid #111; }
h3 { font: bold 16pt/1.25 Arial, Helvetica, sans-serif; margin: 9pt 0 4pt; break-after: avoid; }
.chapter-body { column-count: 2; column-gap: 2em; }
.chapter-body > :first-child { margin-top: 0; }
.chapter-summary { font-weight: bold; }
p { margin: 0 0 6pt; text-align: justify; orphans: 2; widows: 2; }
"""


def book_sections():
    """[(id, html)] in book order; each section starts a page."""
    out = []
    out.append(('title', '<section class="title-page">\n'
                f'<p class="publisher-name">{esc(PUBLISHER)}</p>\n'
                f'<h1>{esc(PUBLISHER)} Report 2023/24:<span class="subtitle"> The State of the World\'s Human Rights</span></h1>\n'
                '<p class="coverage">Covering events from January to December 2023</p>\n'
                f'<p class="imprint">First published in 2024 by {esc(PUBLISHER)}. © {esc(PUBLISHER)} 2024. '
                'The events, figures and organizations in this report are invented: it was written as test material '
                'for software that reads reports, and describes no real year.</p>\n</section>'))
    out.append(('contents', None))  # filled in by book_html
    out.append(('foreword', '<section class="part" id="foreword">\n<h1>Foreword</h1>\n' +
                '\n'.join(f'<p>{esc(p)}</p>' for p in FOREWORD) + '\n</section>'))
    out.append(('regional-overview', '<section class="part" id="regional-overview">\n'
                f'<h1>Regional overview: {esc(REGION)}</h1>\n' +
                '\n'.join(f'<p>{esc(p)}</p>' for p in OVERVIEW) + '\n</section>'))
    out.append((slug(REGION), f'<section class="region" id="{slug(REGION)}">\n<h1>{esc(REGION)}</h1>\n'
                '<p>Country entries in alphabetical order</p>\n</section>'))
    for country, parts in CHAPTERS:
        body = []
        for sub, paras in parts:
            if sub:
                body.append(f'<h3>{esc(sub)}</h3>')
            cls = ' class="chapter-summary"' if sub is None else ''
            body.extend(f'<p{cls}>{esc(p)}</p>' for p in paras)
        out.append((slug(country), f'<section class="chapter" id="{slug(country)}">\n<h2>{esc(country)}</h2>\n'
                    '<div class="chapter-body">\n' + '\n'.join(body) + '\n</div>\n</section>'))
    out.append(('methodology', '<section class="part" id="methodology">\n<h1>Methodology</h1>\n' +
                '\n'.join(f'<p>{esc(p)}</p>' for p in METHODOLOGY) + '\n</section>'))
    return out


def contents_html(pages):
    def entry(target, text, inner=''):
        n = pages.get(target, '')
        return (f'<li><span class="entry"><a href="#{target}">{esc(text)}</a><span class="page">{n}</span></span>'
                f'{inner}</li>')
    countries = '\n'.join('    ' + entry(slug(c), c) for c, _ in CHAPTERS)
    return ('<nav class="contents" aria-label="Contents">\n<p class="contents-title">Contents</p>\n<ol class="toc">\n'
            f'  {entry("foreword", "Foreword")}\n'
            f'  {entry("regional-overview", "Regional overview: " + REGION)}\n'
            f'  {entry(slug(REGION), REGION, chr(10) + "  <ol>" + chr(10) + countries + chr(10) + "  </ol>")}\n'
            f'  {entry("methodology", "Methodology")}\n</ol>\n</nav>')


def book_html(pages, only=None):
    """The book; pages: section id -> first page. only: the one section to lay out alone (for counting pages)."""
    sections = []
    for sid, text in book_sections():
        if sid == 'contents':
            text = contents_html(pages)
        if only is None or sid == only:
            sections.append(text)
    main = '<main>\n' + '\n'.join(sections) + '\n</main>'
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{esc(BOOK_TITLE)}</title>\n<meta name="author" content="{att(PUBLISHER)}">\n'
            f'<link rel="canonical" href="{att(BOOK_URL)}">\n<style>{BOOK_CSS}</style>\n</head>\n<body>\n'
            f'<div class="running-footer">{esc(BOOK_TITLE)}</div>\n'
            '<table class="print-frame" role="presentation">\n'
            '<tfoot><tr><td><div class="footer-space"></div></td></tr></tfoot>\n'
            f'<tbody><tr><td>\n{main}\n</td></tr></tbody>\n</table>\n</body>\n</html>\n')


def chapter_text(parts):
    return ' '.join(p for _, paras in parts for p in paras)


def number_tokens(text):
    """Numbers written in digits, without years and the days of dates ('10 March')."""
    out = []
    for m in re.finditer(r'\d+(?:,\d{3})*', text):
        v = m.group(0)
        if re.fullmatch(r'(19|20)\d\d', v) or re.match(r'\s(' + MONTHS + r')\b', text[m.end():]):
            continue
        out.append(v)
    return out


def check_book_key(path):
    rows = list(csv.DictReader(open(path, encoding='utf-8', newline='')))
    if not rows or list(rows[0].keys()) != ['country', 'sentence_fragment', 'value', 'note']:
        sys.exit(f'{path}: expected the columns country,sentence_fragment,value,note')
    texts = {c: chapter_text(parts) for c, parts in CHAPTERS}
    seen = {}
    for i, r in enumerate(rows, start=2):
        c, frag, v = r['country'], r['sentence_fragment'], r['value']
        if c not in texts:
            sys.exit(f'{path}:{i}: no chapter {c!r}')
        if frag not in texts[c]:
            sys.exit(f'{path}:{i}: fragment not in the chapter {c}: {frag!r}')
        if v not in number_tokens(frag):
            sys.exit(f'{path}:{i}: value {v} is not a number of the fragment {frag!r}')
        if v in seen:
            sys.exit(f'{path}:{i}: value {v} is also the figure of line {seen[v]}: a figure must name its chapter')
        seen[v] = i
    for c, t in texts.items():
        keyed = sorted(r['value'] for r in rows if r['country'] == c)
        found = sorted(number_tokens(t))
        if keyed != found:
            sys.exit(f'{path}: chapter {c}: numbers in the text {found} but in the key {keyed}')
        if not 3 <= len(found) <= 6:
            sys.exit(f'chapter {c}: {len(found)} figures, want 3 to 6')
    others = [v for v in number_tokens(' '.join(FOREWORD + OVERVIEW + METHODOLOGY)) if v in seen]
    if others:
        sys.exit(f'figures of the front or back matter repeat chapter figures: {others}')
    # Exactly one chapter names another country (the split must go by headings, not by mentions).
    mentions = [(c, o) for c, t in texts.items() for o in texts if o != c and re.search(r'\b' + o + r'\b', t)]
    if len(mentions) != 1:
        sys.exit(f'want exactly one chapter that names another country, got {mentions}')
    return len(rows), mentions[0]


# --------------------------------------------------------------------------------------------------
# Chromium

def print_pdf(html_path, pdf_path, profile):
    if os.path.exists(pdf_path):
        os.remove(pdf_path)
    cmd = [CHROMIUM, '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
           '--user-data-dir=' + profile, '--print-to-pdf=' + pdf_path, 'file://' + os.path.abspath(html_path)]
    try:
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    except subprocess.TimeoutExpired:
        sys.exit(f'{CHROMIUM} did not print {html_path} within 120 s')
    except FileNotFoundError:
        sys.exit(f'no {CHROMIUM}: install Chromium or set CHROMIUM, or run with --no-pdf')
    if not os.path.exists(pdf_path) or os.path.getsize(pdf_path) == 0:
        sys.exit(f'{CHROMIUM} wrote no PDF for {html_path}')


def pdf_pages(pdf_path):
    """The page count of a PDF written by Chromium (Skia writes its page tree uncompressed)."""
    counts = [int(n) for n in re.findall(rb'/Type\s*/Pages\b[^>]*?/Count\s+(\d+)', open(pdf_path, 'rb').read(), re.S)]
    if not counts:
        counts = [int(n) for n in re.findall(rb'/Count\s+(\d+)', open(pdf_path, 'rb').read())]
    if not counts:
        sys.exit(f'{pdf_path}: cannot find the page count')
    return max(counts)


def book_page_numbers(tmp, profile):
    """Section id -> first page: each section starts a page, so laying each out alone gives its length."""
    placeholder = {sid: '00' for sid, _ in book_sections()}
    pages, at = {}, 1
    for sid, _ in book_sections():
        path = os.path.join(tmp, f'book-{sid}.html')
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write(book_html(placeholder, only=sid))
        print_pdf(path, path[:-5] + '.pdf', profile)
        pages[sid] = at
        at += pdf_pages(path[:-5] + '.pdf')
    return pages, at - 1


def existing_page_numbers(path):
    if not os.path.exists(path):
        return {}
    text = open(path, encoding='utf-8').read()
    return {m.group(1): int(m.group(2)) for m in
            re.finditer(r'<a href="#([a-z0-9-]+)">[^<]*</a><span class="page">(\d+)</span>', text)}


# --------------------------------------------------------------------------------------------------

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


SEED_HTML_NOTE = """# The seed reports as web pages, made by scripts/make-format-fixtures.py from seeds/ (do not edit by hand).
# Each page has its publisher's site around the report: cookie banner, header and menu, breadcrumb, share bar,
# "Related content", footer. The <article> holds the seed's words (004: the seed is the text of a whole page, so
# its pieces are spread over the page in their order, the report in the <article>).
"""
SEED_PDF_NOTE = """# The seed pages of ../seeds-html printed to PDF by Chromium with each site's print style sheet (site chrome
# hidden), made by scripts/make-format-fixtures.py. 002 is set in two columns, justified and hyphenated (soft
# hyphens: Chromium on Linux has no hyphenation dictionaries); 000 has a running header and footer on every page.
"""
BOOK_NOTE = """# An invented annual report (events and figures made up; no real report's text, no real person), made by
# scripts/make-format-fixtures.py. One chapter per country (13, in alphabetical order) after a title page,
# contents, foreword and regional overview, and a methodology appendix after them. ../book-expected.csv lists
# every figure of the chapters. country is left out: the chapters name the countries.
"""


def main(argv):
    no_pdf = '--no-pdf' in argv
    args = [a for a in argv if a != '--no-pdf']
    root = args[0] if args else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = os.path.join(root, 'engine', 'src', 'test', 'resources', 'formats')
    seeds_manifest = open(os.path.join(root, 'seeds', 'manifest.yaml'), encoding='utf-8').read()
    figures, mention = check_book_key(os.path.join(out, 'book-expected.csv'))

    pages = seed_pages(root)
    for name, text, _, words in pages:
        skip = {'share-bar'} if name[:3] != '004' else set()
        check_article(name, text, words, skip)
        write(os.path.join(out, 'seeds-html', name + '.html'), text)
    write(os.path.join(out, 'seeds-html', 'manifest.yaml'), manifest_with(seeds_manifest, 'html', SEED_HTML_NOTE))
    write(os.path.join(out, 'seeds-pdf', 'manifest.yaml'), manifest_with(seeds_manifest, 'pdf', SEED_PDF_NOTE))
    book_manifest = BOOK_NOTE + ('documents:\n  - file: report-2023.%s\n'
                                 f'    title: "{BOOK_TITLE}"\n    publisher: {PUBLISHER}\n    coverage_year: 2023\n'
                                 f'    url: {BOOK_URL}\n')
    write(os.path.join(out, 'book-html', 'manifest.yaml'), book_manifest % 'html')
    write(os.path.join(out, 'book-pdf', 'manifest.yaml'), book_manifest % 'pdf')
    book_path = os.path.join(out, 'book-html', 'report-2023.html')

    if no_pdf:
        write(book_path, book_html(existing_page_numbers(book_path)))
        print(f'wrote {len(pages)} seed pages and the book (HTML only; page numbers kept); {figures} figures keyed')
        return
    tmp = tempfile.mkdtemp(prefix='format-fixtures-')
    try:
        profile = os.path.join(tmp, 'profile')
        for name, text, printed, _ in pages:
            src = os.path.join(out, 'seeds-html', name + '.html')
            if printed is not None:
                src = os.path.join(tmp, name + '.html')
                write(src, printed)
            os.makedirs(os.path.join(out, 'seeds-pdf'), exist_ok=True)
            print_pdf(src, os.path.join(out, 'seeds-pdf', name + '.pdf'), profile)
        numbers, total = book_page_numbers(tmp, profile)
        write(book_path, book_html(numbers))
        book_pdf = os.path.join(out, 'book-pdf', 'report-2023.pdf')
        os.makedirs(os.path.dirname(book_pdf), exist_ok=True)
        print_pdf(book_path, book_pdf, profile)
        if pdf_pages(book_pdf) != total:
            sys.exit(f'the book has {pdf_pages(book_pdf)} pages but its sections laid out alone {total}: '
                     'the contents page numbers would be wrong')
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f'wrote {len(pages)} seed pages and PDFs, and the book ({total} pages, {len(CHAPTERS)} chapters, '
          f'{figures} figures keyed; {mention[0]} names {mention[1]})')


if __name__ == '__main__':
    main(sys.argv[1:])
