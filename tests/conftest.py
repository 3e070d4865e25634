"""Shared test setup: every Article.to_dict() a test produces is validated against the schema."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import pressparse
from pressparse.types import article_schema

FIXTURES = Path(__file__).parent / "fixtures"
#: The two example pages of the quick start, also the suite's basic fixtures.
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SHARED = Path(__file__).resolve().parents[2] / "shared"

_VALIDATOR = jsonschema.Draft202012Validator(article_schema())
_original_to_dict = pressparse.Article.to_dict


def _validated_to_dict(self: pressparse.Article) -> dict[str, Any]:
    data = _original_to_dict(self)
    _VALIDATOR.validate(data)
    return data


@pytest.fixture(autouse=True, scope="session")
def _validate_every_to_dict() -> Iterator[None]:
    """Wrap Article.to_dict for the whole run so that no test can produce an invalid dict."""
    pressparse.Article.to_dict = _validated_to_dict  # type: ignore[method-assign]
    yield
    pressparse.Article.to_dict = _original_to_dict  # type: ignore[method-assign]


@pytest.fixture
def fixture_page() -> Any:
    """Read a page under tests/fixtures/pages/ (or an example page) as bytes."""

    def read(name: str) -> bytes:
        path = FIXTURES / "pages" / name
        return (path if path.exists() else EXAMPLES / name).read_bytes()

    return read
