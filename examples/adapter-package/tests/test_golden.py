"""The adapter's golden test: the saved page must still give the Article we expect."""

from __future__ import annotations

from pathlib import Path

import pressparse
from pressparse.testing import assert_golden

HERE = Path(__file__).parent
URL = "https://www.tidewatercourier.example/2024/11/05/ferry-service-resumes"


def test_story_matches_its_golden_file() -> None:
    article = assert_golden(
        HERE / "pages" / "ferry-service.html", HERE / "golden" / "ferry-service.json", url=URL
    )
    assert article.provenance["body"] == "adapter:tidewater-courier"


def test_pressparse_finds_the_adapter_through_its_entry_point() -> None:
    assert "tidewater-courier" in [adapter.name for adapter in pressparse.adapters()]
