"""Shared test configuration: Hypothesis profiles (the CI profile is derandomised, so CI is repeatable)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "dev", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))


# -- the built site, once per session ---------------------------------------------------------------------------


ROOT = Path(__file__).resolve().parents[1]


class Build:
    """One run of the README's docs build (``mkdocs build``, strict, as ``mkdocs.yml`` sets it), into a temporary
    folder: the site in both languages and its PDFs (``site/pdf/``), with what the build printed and the modules it
    had imported when it ended."""

    def __init__(self, site: Path, done: subprocess.CompletedProcess, modules: list[str]):
        self.site = site
        self.returncode = done.returncode
        self.stderr = done.stderr
        self.modules = modules


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Build:
    """The site and its PDFs, built once for the docs and the print tests (the build prints every PDF through
    headless Chromium, which takes most of its time).

    ``DANETOR_TEST_SITE=<dir>`` reads a site built before into *dir* by the same strict build instead, to work on
    the tests without building again; CI never sets it."""
    reuse = os.environ.get("DANETOR_TEST_SITE")
    if reuse:
        return Build(Path(reuse), subprocess.CompletedProcess([], 0, "", ""), [])
    out = tmp_path_factory.mktemp("site")
    listing = out.parent / f"{out.name}.modules"
    wrapper = (
        "import atexit, sys\n"
        "from mkdocs.__main__ import cli\n"
        "listing = sys.argv[1]\n"
        "atexit.register(lambda: open(listing, 'w').write('\\n'.join(sorted(sys.modules))))\n"
        "sys.argv = ['mkdocs', 'build', '--strict', '--site-dir', sys.argv[2]]\n"
        "cli()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", wrapper, str(listing), str(out)],
        cwd=ROOT,
        capture_output=True,
        check=False,
        text=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        timeout=900,
    )
    modules = listing.read_text().split() if listing.is_file() else []
    return Build(out, done, modules)


ACME = ROOT / "tests" / "data" / "acme.toml"


@pytest.fixture(scope="session")
def company_site(tmp_path_factory) -> Path:
    """The real build command, strict, with DANETOR_POLICY naming the sample policy (its PDFs too): once per
    session, for the docs tests of the company's site and the print tests of its paper."""
    out = tmp_path_factory.mktemp("company-site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        check=False,
        text=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1", DANETOR_POLICY=str(ACME)),
        timeout=900,
    )
    assert done.returncode == 0, done.stderr
    assert "WARNING" not in done.stderr, done.stderr
    return out
