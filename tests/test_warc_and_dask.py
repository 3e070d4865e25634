"""WARC input for `pressparse batch` and the Dask integration, on a local Dask cluster."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from pressparse import Article
from pressparse._cli import main

from .conftest import EXAMPLES
from .warc_builder import write_warc

pytest.importorskip("warcio")

NEWS = (EXAMPLES / "news-article.html").read_bytes()
RELEASE = (EXAMPLES / "press-release.html").read_bytes()
LATIN = "<p>Le café est très chaud, dit-il ce matin à la radio nationale.</p>".encode("cp1252")


@pytest.fixture
def warc(tmp_path: Path) -> Path:
    return write_warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://www.lakeside-ledger.example/local/1", 200, "text/html; charset=utf-8", NEWS),
            ("https://news.northwind-rail.example/releases/1", 200, "text/html", RELEASE),
            (
                "https://www.lakeside-ledger.example/logo.png",
                200,
                "image/png",
                b"\x89PNG\r\n\x1a\n",
            ),
            ("https://www.lakeside-ledger.example/missing", 404, "text/html", b"<p>Not found</p>"),
            ("https://radio.example/fr/1", 200, "text/html; charset=windows-1252", LATIN),
            ("https://www.lakeside-ledger.example/empty", 200, "text/html", b""),
        ],
    )


def test_batch_reads_warc_records_with_url_and_charset(warc: Path, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    output = tmp_path / "out.jsonl"
    code = main(
        ["batch", str(warc), "-o", str(output), "--jobs", "2", "--no-progress"], out=out, err=err
    )
    assert code == 0
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["url"] for r in records] == [
        "https://www.lakeside-ledger.example/local/1",
        "https://news.northwind-rail.example/releases/1",
        "https://radio.example/fr/1",
        "https://www.lakeside-ledger.example/empty",
    ]
    assert (
        Article.from_dict(records[0]["article"]).url
        == "https://www.lakeside-ledger.example/local/1"
    )
    assert "café" in Article.from_dict(records[2]["article"]).text  # the HTTP charset was used
    assert records[3]["error"]["type"] == "EmptyDocumentError"
    summary = err.getvalue()
    assert "documents: 4  parsed: 3  failed: 1  skipped: 2" in summary
    assert "skipped 1: http 404" in summary and "skipped 1: not html" in summary


def test_parse_bag_and_read_warcs_on_a_local_cluster(warc: Path) -> None:
    dask_bag = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    from pressparse.dask import parse_bag, read_warcs

    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        pages = dask_bag.from_sequence(
            [(NEWS, "https://www.lakeside-ledger.example/local/1"), (b"%PDF-1.4", None), RELEASE],
            npartitions=2,
        )
        records = client.compute(parse_bag(pages)).result()
        assert [("article" in r) for r in records] == [True, False, True]
        assert records[1]["error"]["type"] == "NotHTMLError"

        from_warc = client.compute(read_warcs([warc, warc])).result()
        assert len(from_warc) == 8
        assert sum("article" in r for r in from_warc) == 6
