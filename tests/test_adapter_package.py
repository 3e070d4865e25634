"""End to end: the example adapter package, installed into its own virtual environment, is found
through its entry point and used for its domain only.

No network: pip installs the package with ``--no-index --no-deps --no-build-isolation``; the new
environment sees pressparse, lxml, hatchling, pip and pytest from this test environment.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import site
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import pressparse

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "adapter-package"
URL = "https://www.tidewatercourier.example/2024/11/05/ferry-service-resumes"
OTHER_URL = "https://www.other-gazette.example/2024/11/05/ferry-service-resumes"


def _venv_python(venv: Path) -> Path:
    unix, windows = venv / "bin" / "python", venv / "Scripts" / "python.exe"
    return windows if windows.exists() else unix


def _run(python: Path, *args: str, cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        [str(python), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """A new virtual environment with the example package installed from a copy of it."""
    if importlib.util.find_spec("hatchling") is None:
        pytest.fail("the example package builds with hatchling: pip install -e '.[test]'")
    root = tmp_path_factory.mktemp("adapter-package")
    package = root / "pressparse-tidewater"
    shutil.copytree(EXAMPLE, package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    venv = root / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)],
        check=True,
        timeout=120,
    )
    python = _venv_python(venv)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PRESSPARSE_REGENERATE"] = ""
    purelib = _run(
        python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=root, env=env
    ).strip()
    # "--system-site-packages" reaches the base interpreter's packages, not those of the (virtual)
    # environment running these tests: point the new one at this pressparse and at them.
    pressparse_root = Path(pressparse.__file__).resolve().parents[1]
    parents = [p for p in site.getsitepackages() if Path(p).is_dir()]
    lines = [f"import site; site.addsitedir({str(pressparse_root)!r})"]
    lines += [f"import site; site.addsitedir({p!r})" for p in parents]
    Path(purelib, "_test_environment.pth").write_text("\n".join(lines) + "\n", encoding="utf-8")
    _run(
        python,
        "-m",
        "pip",
        "install",
        "--no-deps",
        "--no-build-isolation",
        "--no-index",
        "--no-cache-dir",
        "--disable-pip-version-check",
        "--quiet",
        str(package),
        cwd=root,
        env=env,
    )
    return python, package, env


CHECK = textwrap.dedent(
    """
    import json, sys
    import pressparse
    from pressparse._adapters.registry import default_registry

    page, url, other = sys.argv[1:4]
    html = open(page, encoding="utf-8").read()
    mine = pressparse.parse(html, url)
    elsewhere = pressparse.parse(html, other)
    entry = next(e for e in default_registry.entries() if e.adapter.name == "tidewater-courier")
    print(json.dumps({
        "pressparse": pressparse.__file__,
        "origin": entry.origin,
        "package": entry.package,
        "version": entry.version,
        "entry_point": entry.entry_point,
        "class": type(entry.adapter).__name__,
        "mine": dict(mine.provenance),
        "mine_title": mine.title,
        "mine_last": mine.body[-1].text,
        "elsewhere": dict(elsewhere.provenance),
        "warnings": list(mine.warnings),
    }))
    """
)


def test_the_entry_point_adapter_is_used_for_its_domain_only(
    installed: tuple[Path, Path, dict[str, str]],
) -> None:
    python, package, env = installed
    page = package / "tests" / "pages" / "ferry-service.html"
    result = json.loads(
        _run(python, "-c", CHECK, str(page), URL, OTHER_URL, cwd=package.parent, env=env)
    )
    assert Path(result["pressparse"]).resolve() == Path(pressparse.__file__).resolve()
    assert result["origin"] == "entry-point"
    assert result["package"] == "pressparse-tidewater" and result["version"] == "1.0.0"
    assert result["entry_point"] == "tidewater-courier = pressparse_tidewater:adapter"
    assert result["class"] == "TidewaterAdapter"
    for field in ("title", "bylines", "published", "dateline", "body", "figures", "tags"):
        assert result["mine"][field] == "adapter:tidewater-courier", field
    assert result["mine_title"] == "Ferry service to Halloway Island resumes after pier repairs"
    assert result["mine_last"] != "—30—"  # the subclass's process_article hook ran
    assert result["warnings"] == []
    assert not any(v.startswith("adapter:") for v in result["elsewhere"].values())


def test_the_command_line_lists_it_with_its_package(
    installed: tuple[Path, Path, dict[str, str]],
) -> None:
    python, package, env = installed
    out = _run(python, "-m", "pressparse", "adapters", cwd=package.parent, env=env)
    line = next(line for line in out.splitlines() if line.startswith("tidewater-courier "))
    assert "tidewatercourier.example" in line
    assert line.endswith(
        "entry point tidewater-courier = pressparse_tidewater:adapter (pressparse-tidewater 1.0.0)"
    )
    assert "error:" not in out


def test_the_packages_own_golden_test_passes(
    installed: tuple[Path, Path, dict[str, str]],
) -> None:
    python, package, env = installed
    out = _run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=package, env=env)
    assert "2 passed" in out
