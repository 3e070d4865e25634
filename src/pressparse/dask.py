"""Dask integration: parse crawls past one machine, as a ``dask.bag`` of JSON-ready records.

Needs the optional extra: ``pip install 'pressparse[dask]'`` (and ``pressparse[warc]`` for
``read_warcs``). Every output record is a dict, the same as one line of ``pressparse batch``::

    {"source": ..., "url": ..., "article": {...Article.to_dict()...}}
    {"source": ..., "url": ..., "error": {"type": "NotHTMLError", "message": "..."}}

A document that fails gives an error record; it never fails its partition. Run the bag on any
Dask scheduler: a ``distributed.LocalCluster`` on one machine, or a multi-machine cluster.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from os import PathLike, fspath
from pathlib import Path
from typing import Any

from pressparse._adapters.base import SiteAdapter
from pressparse._batch import parse_many
from pressparse._options import Options, coerce_options
from pressparse._sources import SourceStats, batch_record, iter_documents

try:
    import dask.bag as db
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "pressparse.dask needs the optional extra: pip install 'pressparse[dask]'"
    ) from exc

__all__ = ["parse_bag", "read_warcs"]


def _parse_partition(
    items: Iterable[Any], adapter: SiteAdapter | str | None, options: Options
) -> Iterator[dict[str, Any]]:
    """Parse one partition in the worker's own process (Dask supplies the parallelism)."""
    for result in parse_many(items, workers=0, adapter=adapter, options=options, timeout=None):
        yield batch_record(None, result.url, result)


def parse_bag(
    bag: db.Bag,
    *,
    adapter: SiteAdapter | str | None = None,
    options: Options | Mapping[str, Any] | None = None,
) -> db.Bag:
    """A bag of ``html`` / ``(html, url)`` / ``(html, url, charset)`` items to a bag of records.

    Examples:
        >>> import dask.bag
        >>> pages = dask.bag.from_sequence(
        ...     [("<title>A</title><p>x</p>", "https://a.example/1"), b""]
        ... )
        >>> [("article" in r, r["url"]) for r in parse_bag(pages).compute(scheduler="sync")]
        [(True, 'https://a.example/1'), (False, None)]
    """
    opts = coerce_options(options)
    parsed: db.Bag = bag.map_partitions(lambda part: list(_parse_partition(part, adapter, opts)))
    return parsed


def _warc_partition(
    paths: Iterable[str], adapter: SiteAdapter | str | None, options: Options
) -> list[dict[str, Any]]:
    sources: list[tuple[str, str | None]] = []

    def items() -> Iterator[tuple[bytes, str | None, str | None]]:
        stats = SourceStats()
        for document in iter_documents(
            (Path(p) for p in paths), limit=options.max_bytes, stats=stats
        ):
            sources.append((document.key, document.url))
            yield document.html, document.url, document.encoding

    results = parse_many(items(), workers=0, adapter=adapter, options=options, timeout=None)
    return [batch_record(*sources[result.index], result) for result in results]


def read_warcs(
    paths: Sequence[str | PathLike[str]],
    *,
    adapter: SiteAdapter | str | None = None,
    options: Options | Mapping[str, Any] | None = None,
) -> db.Bag:
    """WARC files (``.warc`` / ``.warc.gz``) to a bag of records, one partition per file.

    Only HTML responses are parsed; other records are skipped (as ``pressparse batch`` does).
    The paths must be readable from every Dask worker (a shared file system).
    """
    opts = coerce_options(options)
    names = [fspath(p) for p in paths]
    files = db.from_sequence(names, npartitions=max(1, len(names)))
    parsed: db.Bag = files.map_partitions(lambda part: _warc_partition(part, adapter, opts))
    return parsed
