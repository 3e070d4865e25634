"""Explain view: one self-contained HTML file that shows what parse() kept, dropped, and why.

    from pressparse.explain import explain_page
    Path("seed-explained.html").write_text(explain_page(html, url), encoding="utf-8")

or ``pressparse explain PAGE [--url URL] [-o OUT.html]``. The marks come from the real pipeline:
``parse()`` records its decisions in a trace when asked (and only then), and this module draws
that trace over a copy of the page. The copy is defanged: the page's scripts, iframes, forms,
styles and event handlers are removed, every URL is disabled, and a Content-Security-Policy
forbids the browser to fetch anything at all.
"""

from __future__ import annotations

import html as html_escape
from collections.abc import Mapping
from typing import Any

import attrs
from lxml import etree
from lxml.html import HtmlElement, tostring

from pressparse._adapters.base import SiteAdapter
from pressparse._html.load import load_page
from pressparse._model import Article, DateValue, Quote
from pressparse._options import Options, coerce_options
from pressparse._pipeline import run
from pressparse._trace import TRACE_ID, Trace, TraceEvent
from pressparse._types import HtmlInput

__all__ = ["Explanation", "explain", "explain_page"]


@attrs.frozen
class Explanation:
    """The Article that ``parse()`` gives for a page, and every decision the pipeline recorded."""

    article: Article
    events: tuple[TraceEvent, ...]


def explain(
    html: HtmlInput,
    url: str | None = None,
    *,
    adapter: SiteAdapter | str | None = None,
    options: Options | Mapping[str, Any] | None = None,
) -> Explanation:
    """Parse ``html`` as ``parse()`` does, recording the pipeline's decisions."""
    trace = Trace()
    article = run(html, url, adapter=adapter, options=coerce_options(options), trace=trace)
    return Explanation(article, tuple(trace.events))


# --- defanging the page copy -------------------------------------------------------------------

_REMOVE_TAGS = (
    "script",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "link",
    "style",
    "meta",
    "template",
    "portal",
)
_URL_ATTRIBUTES = frozenset(
    {
        "href",
        "src",
        "srcset",
        "action",
        "formaction",
        "poster",
        "data",
        "background",
        "longdesc",
        "cite",
        "ping",
        "manifest",
        "xlink:href",
        "lowsrc",
        "dynsrc",
        "codebase",
        "imagesrcset",
    }
)
_CONTROL_TAGS = ("input", "button", "select", "textarea", "form")


def _defang(root: HtmlElement) -> None:
    """Remove what could run or fetch; keep the structure and the text."""
    doomed = [*root.iter(*_REMOVE_TAGS), *root.iter(etree.Comment, etree.ProcessingInstruction)]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()  # keeps the tail text
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name in list(element.attrib):
            lowered = name.lower()
            if lowered.startswith("on") or lowered == "style" or lowered == "srcdoc":
                del element.attrib[name]
            elif lowered in _URL_ATTRIBUTES or lowered.startswith("data-src"):
                element.set(f"data-pp-{lowered.replace(':', '-')}", element.attrib.pop(name)[:500])
        if element.tag in _CONTROL_TAGS:
            element.set("data-pp-control", element.tag)
            element.tag = "span" if element.tag != "form" else "div"
        if element.tag == "img":
            element.tag = "span"
            element.set("class", (element.get("class", "") + " pp-img").strip())
            element.text = f"[image: {element.get('alt') or element.get('data-pp-src') or ''}]"


# --- marking decisions ---------------------------------------------------------------------------

_ACTION_CLASS = {
    "drop": "pp-dropped",
    "keep": "pp-kept",
    "figure": "pp-figure",
    "field": "pp-field",
    "quote": "pp-quote-el",
    "note": "pp-note",
}


def _mark(root: HtmlElement, events: tuple[TraceEvent, ...]) -> None:
    by_id: dict[str, HtmlElement] = {}
    for element in root.iter():
        if isinstance(element.tag, str):
            element_id = element.get(TRACE_ID)
            if element_id is not None:
                by_id[element_id] = element
    for event in events:
        element = by_id.get(event.element_id or "")
        if element is None:
            continue
        classes = element.get("class", "").split()
        classes.append(_ACTION_CLASS[event.action])
        element.set("class", " ".join(dict.fromkeys(classes)))
        note = f"{event.action}: {event.rule}" + (f" ({event.detail})" if event.detail else "")
        previous = element.get("data-pp-why")
        element.set("data-pp-why", note if previous is None else f"{previous}; {note}")
        element.set("title", element.get("data-pp-why", note))


# --- the side panel --------------------------------------------------------------------------------


def _e(value: object) -> str:
    return html_escape.escape("" if value is None else str(value), quote=True)


def _date(value: DateValue | None) -> str:
    return "" if value is None else f"{value.isoformat()} ({value.precision}; from “{value.raw}”)"


def _quote_marks(text: str, quotes: tuple[Quote, ...], offset: int) -> str:
    """Block text with its quotes highlighted (offsets into Article.text, shifted to the block)."""
    out: list[str] = []
    position = 0
    for quote in quotes:
        start, end = quote.start - offset, quote.end - offset
        if start < position or end > len(text):
            continue
        who = f"{quote.kind}; speaker: {quote.speaker or '—'}; cue: {quote.cue or '—'}"
        out.append(_e(text[position:start]))
        out.append(
            f'<mark class="pp-quote" data-pp-kind="{_e(quote.kind)}" data-pp-speaker="{_e(quote.speaker)}"'
            f' title="{_e(who)}">{_e(text[start:end])}</mark>'
            f'<span class="pp-quote-who">{_e(quote.speaker or "unattributed")}'
            f"{' · ' + _e(quote.cue) if quote.cue else ''}</span>"
        )
        position = end
    out.append(_e(text[position:]))
    return "".join(out)


def _panel(article: Article, events: tuple[TraceEvent, ...]) -> str:
    rows = []
    fields: list[tuple[str, str]] = [
        ("title", _e(article.title)),
        ("subtitle", _e(article.subtitle)),
        ("kicker", _e(article.kicker)),
        ("site_name", _e(article.site_name)),
        ("language", _e(article.language)),
        ("published", _e(_date(article.published))),
        ("modified", _e(_date(article.modified))),
        ("canonical_url", _e(article.canonical_url)),
        ("image", _e(article.image)),
        ("description", _e(article.description)),
        ("tags", _e(", ".join(article.tags))),
    ]
    if article.dateline is not None:
        dl = article.dateline
        fields.append(
            (
                "dateline",
                f"<q>{_e(dl.raw)}</q> location: {_e(dl.location or '—')}, date: {_e(dl.date.raw if dl.date else '—')},"
                f" agency: {_e(dl.agency or '—')}",
            )
        )
    for byline in article.bylines:
        fields.append(
            (
                "byline",
                f"{_e(byline.name or '—')} · role: {_e(byline.role or '—')} · organization: {_e(byline.organization or '—')}",
            )
        )
    for name, value in fields:
        if not value:
            continue
        source = article.provenance.get(name if name != "byline" else "bylines", "")
        rows.append(
            f'<tr class="pp-field-row" data-pp-field="{_e(name)}"><th>{_e(name)}</th><td>{value}</td>'
            f'<td class="pp-source">{_e(source)}</td></tr>'
        )
    figures = "".join(
        f'<li class="pp-figure-item"><div>{_e(f.image_url or "(no image URL)")}</div>'
        f"<div>caption: {_e(f.caption or '—')}</div><div>credit: <b>{_e(f.credit or '—')}</b></div></li>"
        for f in article.figures
    )
    blocks: list[str] = []
    offset = 0
    for index, block in enumerate(article.body):
        end = offset + len(block.text)
        inside = tuple(q for q in article.quotes if offset <= q.start and q.end <= end)
        kind = block.kind + (f" {block.level}" if block.level else "")
        blocks.append(
            f'<div class="pp-block" data-pp-kind="{_e(block.kind)}"><span class="pp-kind">{index + 1} · {_e(kind)}</span>'
            f"{_quote_marks(block.text, inside, offset)}</div>"
        )
        offset = end + 2
    counts: dict[str, int] = {}
    for event in events:
        counts[event.action] = counts.get(event.action, 0) + 1
    warnings = "".join(f"<li>{_e(w)}</li>" for w in article.warnings)
    summary = ", ".join(f"{n} {a}" for a, n in sorted(counts.items()))
    return (
        '<aside id="pp-panel"><h1>pressparse explain</h1>'
        f'<p class="pp-summary">{len(article.body)} body blocks, {len(article.quotes)} quotes, '
        f"{len(article.figures)} figures · decisions: {_e(summary)}</p>"
        '<div class="pp-legend"><span class="pp-kept">kept as body</span> <span class="pp-dropped">dropped</span> '
        '<span class="pp-figure">figure</span> <span class="pp-field">metadata field</span> '
        '<mark class="pp-quote">quote</mark></div>'
        '<h2>Fields and their sources</h2><table id="pp-fields"><tr><th>field</th><th>value</th><th>source</th></tr>'
        + "".join(rows)
        + "</table>"
        + (f'<h2>Figures</h2><ul id="pp-figures">{figures}</ul>' if figures else "")
        + (f'<h2>Warnings</h2><ul id="pp-warnings">{warnings}</ul>' if warnings else "")
        + f'<h2>Body and quotes</h2><div id="pp-body">{"".join(blocks)}</div>'
        + "</aside>"
    )


_STYLE = """
body{margin:0;font:14px/1.45 system-ui,sans-serif;display:flex;background:#f4f4f1;color:#222}
#pp-page{flex:1 1 55%;padding:16px;overflow:auto;height:100vh;box-sizing:border-box;background:#fff}
#pp-panel{flex:1 1 45%;padding:16px;overflow:auto;height:100vh;box-sizing:border-box;border-left:3px solid #999}
#pp-page *{color:#999}
#pp-page .pp-kept,#pp-page .pp-kept *{color:#111;background:#e3f6e0;outline:1px solid #3a3}
#pp-page .pp-dropped{outline:1px dashed #c33;background:#fbe9e9}
#pp-page .pp-dropped,#pp-page .pp-dropped *{color:#a55;text-decoration:line-through}
#pp-page .pp-figure{outline:2px solid #36c;background:#e8effc}
#pp-page .pp-field{outline:2px solid #b70;background:#fff3d6}
#pp-page .pp-field,#pp-page .pp-field *{color:#111}
#pp-page [data-pp-why]:hover{box-shadow:0 0 0 3px #000}
#pp-page [data-pp-why]:hover::after{content:attr(data-pp-why);display:block;font:12px monospace;color:#000;background:#ffc;text-decoration:none;padding:2px 4px}
#pp-page .pp-img{display:inline-block;border:1px solid #aaa;padding:4px;font-size:12px}
.pp-legend span,.pp-legend mark{padding:1px 6px;margin-right:4px}
.pp-legend .pp-kept{background:#e3f6e0}.pp-legend .pp-dropped{background:#fbe9e9}
.pp-legend .pp-figure{background:#e8effc}.pp-legend .pp-field{background:#fff3d6}
table{border-collapse:collapse;width:100%;table-layout:fixed}#pp-fields th:first-child{width:7em}#pp-fields td{overflow-wrap:anywhere}#pp-fields td.pp-source,#pp-fields tr:first-child th:last-child{width:10em}th,td{border-bottom:1px solid #ddd;text-align:left;vertical-align:top;padding:3px}
.pp-source{font:12px monospace;color:#555}
.pp-block{margin:6px 0;padding:4px;background:#fff;border-left:3px solid #3a3}
.pp-block[data-pp-kind=blockquote]{border-left-color:#36c}
.pp-kind{display:block;font:11px monospace;color:#777}
mark.pp-quote{background:#ffe27a}
.pp-quote-who{font:11px monospace;background:#333;color:#fff;padding:0 4px;margin-left:3px;border-radius:3px}
"""


def explain_page(
    html: HtmlInput,
    url: str | None = None,
    *,
    adapter: SiteAdapter | str | None = None,
    options: Options | Mapping[str, Any] | None = None,
) -> str:
    """The explain view of a page as one self-contained HTML document.

    It raises what ``parse()`` raises for input that is not a page.

    Examples:
        >>> view = explain_page(
        ...     b"<title>T</title><article><p>Body text of the story.</p></article>"
        ... )
        >>> "pp-kept" in view and "Content-Security-Policy" in view
        True
    """
    opts = coerce_options(options)
    explanation = explain(html, url, adapter=adapter, options=opts)
    page = load_page(html, url=url, options=opts)
    Trace.number(page.root)
    _defang(page.root)
    _mark(page.root, explanation.events)
    body = page.root.find("body")
    content = body if body is not None else page.root
    content.tag = "div"
    content.attrib.clear()
    content.set("id", "pp-page")
    page_html = str(tostring(content, encoding="unicode", method="html"))
    title = _e(explanation.article.title or "page")
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:; script-src 'none'; form-action 'none'; base-uri 'none'\">"
        f"<title>explain: {title}</title><style>{_STYLE}</style></head><body>"
        + page_html
        + _panel(explanation.article, explanation.events)
        + "</body></html>\n"
    )
