"""Business Wire (businesswire.com): release pages.

A release page holds the headline and ``bw-release-subhead``, a ``bw-release-timestamp`` with a
machine-readable ``<time datetime>``, then ``bw-release-story`` with the release text, which opens
with the dateline ``"CITY--(BUSINESS WIRE)--"`` and ends with "View source version on
businesswire.com: ...". Photos sit in their own box above the story; the contacts, the issuer's
logo and "More News From" sit in sidebars.
"""

from __future__ import annotations

from pressparse._adapters.builtin._wire import WireAdapter, starts_with

__all__ = ["BUSINESS_WIRE"]

BUSINESS_WIRE = WireAdapter(
    name="businesswire",
    domains=("businesswire.com",),
    selectors={
        "title": ("div.bw-release-main header h1", "article.bw-release h1"),
        "subtitle": ("div.bw-release-subhead",),
        "published": ("div.bw-release-timestamp time",),
        "bylines": ("div.bw-release-companyinfo .bw-release-company-name",),
        "dateline": (
            "(//div[contains(concat(' ', normalize-space(@class), ' '), ' bw-release-story ')]"
            "//p[contains(., 'BUSINESS WIRE')])[1]",
        ),
        "body": ("div.bw-release-story", "#bw-release-story"),
        "figures": ("div.bw-release-photos figure",),
        "caption": ("figcaption .bw-release-photo-caption", "figcaption"),
        "credit": ("figcaption .bw-release-photo-credit",),
        "remove": (
            starts_with("View source version on businesswire.com"),
            "div.bw-release-sidebars",
            "div.bw-release-more-by",
            "div.bw-release-social",
        ),
    },
    optional=("subtitle", "figures", "caption", "credit", "bylines"),
    dateline_pattern=(
        r"\s*(?P<head>[^\s()][^\n()]{1,159}?)\s*(?:-{1,2}|[—–])\s*"
        r"\(\s*(?P<agency>BUSINESS\s{1,3}WIRE)\s*\)\s*(?:-{1,2}|[—–])\s*"
    ),
)
