"""A pressparse site adapter for The Tidewater Courier (tidewatercourier.example, fictional)."""

from __future__ import annotations

import attrs

from pressparse import Article, SiteAdapter

__all__ = ["TidewaterAdapter", "adapter"]


@attrs.frozen
class TidewaterAdapter(SiteAdapter):
    """The Courier ends every story with a sign-off line that is not part of the story."""

    sign_off: str = "—30—"

    def process_article(self, article: Article) -> Article:
        if article.body and article.body[-1].text.strip() == self.sign_off:
            return attrs.evolve(article, body=article.body[:-1])
        return article


adapter = TidewaterAdapter(
    name="tidewater-courier",
    domains=("tidewatercourier.example",),
    selectors={
        "title": "h1.headline",
        "subtitle": "p.dek",
        "kicker": "a.section-label",
        "bylines": ".byline .author",
        # An attribute through CSS, then the OpenGraph value through XPath if the page lacks it.
        "published": (
            "span.stamp::attr(data-published)",
            "//meta[@property='article:published_time']/@content",
        ),
        "dateline": "div.story-body span.dateline",
        "body": "div.story-body",
        "figures": "div.story-body div.photo",
        "caption": "p.photo-caption",
        "credit": "span.photo-credit",
        "tags": "ul.topics a",
        "remove": ["aside.newsletter-promo", "div.read-more"],
    },
    # Not every story has a dek or a photo: their absence is no redesign, so no warning.
    optional=("subtitle", "figures", "caption", "credit"),
)
