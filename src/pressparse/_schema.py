"""The JSON Schema of ``Article.to_dict()``, shipped inside the package."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

__all__ = ["article_schema"]


def article_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every ``Article.to_dict()`` validates against.

    Examples:
        >>> article_schema()["title"]
        'pressparse Article'
    """
    text = files("pressparse").joinpath("article.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
