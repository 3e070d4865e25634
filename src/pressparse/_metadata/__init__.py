"""Metadata: the facts about an article (headline, dates, authors, site, ...) with their sources."""

from __future__ import annotations

from pressparse._metadata.read import Metadata, read_metadata

__all__ = ["Metadata", "read_metadata"]
