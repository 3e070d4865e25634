"""GlobeNewswire (globenewswire.com): release pages.

A release page holds the headline in ``main-header-container`` with the publication ``<time>``
and "Source: Issuer", then ``#main-body-container`` (``itemprop="articleBody"``) with the release
text, which opens with the dateline ``"CITY, Region, Nov. 05, 2024 (GLOBE NEWSWIRE) --"``. Tags
and attachments follow the body in their own container.
"""

from __future__ import annotations

from pressparse._adapters.builtin._wire import WireAdapter, starts_with

__all__ = ["GLOBENEWSWIRE"]

GLOBENEWSWIRE = WireAdapter(
    name="globenewswire",
    domains=("globenewswire.com",),
    selectors={
        "title": ("div.main-header-container h1", "h1.article-headline"),
        "subtitle": ("div.main-header-container h2",),
        "published": ("div.main-header-container .article-published time",),
        "bylines": ("div.main-header-container .article-source a",),
        "tags": ("div.main-tags-attachments-container .tags a",),
        "dateline": ("(//*[@id='main-body-container']//p[contains(., 'GLOBE NEWSWIRE')])[1]",),
        "body": ("#main-body-container", "div.main-body-container"),
        "remove": (
            starts_with("A photo accompanying this announcement is available"),
            starts_with("Photos accompanying this announcement are available"),
            "div.main-tags-attachments-container",
        ),
    },
    optional=("subtitle", "tags"),
    dateline_pattern=(
        r"\s*(?P<head>[^\s()][^\n()]{1,159}?)\s*"
        r"\(\s*(?P<agency>GLOBE\s{1,3}NEWSWIRE)\s*\)\s*(?:-{1,2}|[—–])\s*"
    ),
)
