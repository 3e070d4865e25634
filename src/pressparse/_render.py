"""Rendering an Article for people: plain text and Markdown (used by the command line)."""

from __future__ import annotations

from pressparse._model import Article, Block

__all__ = ["to_markdown", "to_text"]


def _people(article: Article) -> str:
    credits: list[str] = []
    for byline in article.bylines:
        parts = [p for p in (byline.name, byline.role, byline.organization) if p]
        if parts:
            credits.append(", ".join(parts))
    return "; ".join(credits)


def to_text(article: Article) -> str:
    """Headline, then the body as plain text.

    Examples:
        >>> to_text(
        ...     Article(title="T", body=[Block("paragraph", "One."), Block("paragraph", "Two.")])
        ... )
        'T\\n\\nOne.\\n\\nTwo.\\n'
    """
    parts = [article.title] if article.title else []
    if article.text:
        parts.append(article.text)
    return "\n\n".join(parts) + "\n"


def _block_markdown(block: Block) -> str:
    if block.kind == "heading":
        return "#" * min(max((block.level or 2), 2), 6) + " " + block.text
    if block.kind == "blockquote":
        return "\n".join("> " + line for line in block.text.splitlines())
    if block.kind == "list_item":
        return "  " * max((block.level or 1) - 1, 0) + "- " + block.text
    if block.kind in ("preformatted", "table"):
        return "```\n" + block.text + "\n```"
    return block.text.replace("\n", "  \n")


def to_markdown(article: Article) -> str:
    """The Article as a Markdown document: headline, standfirst, credits, body, figures.

    Examples:
        >>> print(
        ...     to_markdown(
        ...         Article(title="T", body=[Block("heading", "H", 2), Block("paragraph", "P")])
        ...     )
        ... )
        # T
        <BLANKLINE>
        ## H
        <BLANKLINE>
        P
        <BLANKLINE>
    """
    lines: list[str] = []
    if article.kicker:
        lines.append(f"*{article.kicker}*")
    if article.title:
        lines.append(f"# {article.title}")
    if article.subtitle:
        lines.append(f"**{article.subtitle}**")
    meta = [m for m in (_people(article), article.published and article.published.isoformat()) if m]
    if meta:
        lines.append(" · ".join(meta))
    if article.dateline is not None:
        lines.append(f"*{article.dateline.raw}*")
    previous: Block | None = None
    for block in article.body:
        rendered = _block_markdown(block)
        if previous is not None and previous.kind == "list_item" and block.kind == "list_item":
            lines[-1] += "\n" + rendered
        else:
            lines.append(rendered)
        previous = block
    for figure in article.figures:
        caption = " — ".join(p for p in (figure.caption, figure.credit) if p)
        if figure.image_url:
            lines.append(
                f"![{figure.alt or ''}]({figure.image_url})" + (f"\n*{caption}*" if caption else "")
            )
        elif caption:
            lines.append(f"*{caption}*")
    return "\n\n".join(lines) + "\n"
