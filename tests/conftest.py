"""Fixtures shared by every test: paths into samples/ and the loopback servers."""
from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["tests.fixtures_http", "tests.fixtures_redis"]

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES
