"""PR Newswire (prnewswire.com and its regional sites): release pages.

A release page holds the headline and sub-headline in the release header, "News provided by"
and the issuer's name, then ``section.release-body`` with the release text. The first paragraph
opens with the dateline ``"CITY, Nov. 5, 2024 /PRNewswire/ --"``; the text ends with the wire's
lines: media links ("Logo - https://..."), "View original content to download multimedia: ..."
and "SOURCE Issuer".
"""

from __future__ import annotations

from pressparse._adapters.builtin._wire import WireAdapter, starts_with

__all__ = ["PR_NEWSWIRE"]

PR_NEWSWIRE = WireAdapter(
    name="prnewswire",
    domains=("prnewswire.com", "prnewswire.co.uk", "prnewswire.ca", "prnasia.com"),
    selectors={
        "title": ("div.detail-headline h1", "header.release-header h1"),
        "subtitle": ("div.detail-headline .subtitle", "header.release-header h2"),
        "bylines": (
            "header.release-header a[href*='/news/'] strong",
            "header.release-header a[href*='/news/']",
        ),
        "dateline": (
            "(//section[contains(concat(' ', normalize-space(@class), ' '), ' release-body ')]"
            "//p[contains(., '/PRNewswire')])[1]",
        ),
        "body": ("section.release-body", "div.release-body"),
        "remove": (
            starts_with("View original content"),
            starts_with("SOURCE ", max_chars=160),
            starts_with("Logo - http"),
            starts_with("Photo - http"),
            starts_with("Video - http"),
            "section.release-multimedia",
            "div.social-share",
            "div.release-footer",
        ),
    },
    optional=("subtitle",),
    dateline_pattern=(
        r"\s*(?P<head>[^\s/][^\n/]{1,159}?)\s*/\s*"
        r"(?P<agency>PRNewswire(?:-[A-Za-z][\w .&'-]{0,40}?)?)\s*/\s*(?:-{1,2}|[—–])\s*"
    ),
)
