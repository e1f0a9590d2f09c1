"""The package as a user installs it: a wheel in a fresh virtual environment, run from another
folder, finds its templates, vocabularies and sample plans (the checkout is nowhere near)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from paths import ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The ``bin`` folder of a new virtual environment with the built wheel installed."""
    where = tmp_path_factory.mktemp("install")
    # From a clean copy of the sources: a build/ folder left in the checkout would hand the
    # wheel files the project's own settings leave out.
    source = where / "source"
    shutil.copytree(
        ROOT,
        source,
        symlinks=True,
        ignore=shutil.ignore_patterns(
            ".venv", "build", "dist", "*.egg-info", "__pycache__", ".git"
        ),
    )
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "-w", str(where / "dist"), str(source)],
        check=True,
        timeout=600,
    )
    (wheel,) = (where / "dist").glob("plan_editor-*.whl")
    venv.create(where / "venv", with_pip=True)
    bin_dir = where / "venv" / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run(
        [bin_dir / "python", "-m", "pip", "-q", "--disable-pip-version-check", "install", wheel],
        check=True,
        timeout=900,
    )
    return bin_dir


def _run(bin_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(cwd / "home"),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(cwd / "home" / ".config"),
        "XDG_DATA_HOME": str(cwd / "home" / ".local" / "share"),
        "XDG_CACHE_HOME": str(cwd / "home" / ".cache"),
    }
    return subprocess.run(
        [str(bin_dir / "plan-editor"), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_an_installed_wheel_runs_from_anywhere(installed, tmp_path):
    from importlib.metadata import version

    result = _run(installed, tmp_path, "--version")
    assert result.returncode == 0 and result.stdout.split() == [
        "plan-editor",
        version("plan-editor"),
    ]

    result = _run(installed, tmp_path, "new", "--template", "learningplan", "-o", "mine.txt")
    assert result.returncode == 0, result.stderr
    result = _run(installed, tmp_path, "check", "mine.txt")
    assert result.returncode in (0, 1) and "mine.txt" in result.stdout, result.stderr
    result = _run(installed, tmp_path, "--lang", "pt", "check", "mine.txt")  # the catalogues
    assert "Incompleto" in result.stdout, result.stdout + result.stderr

    result = _run(installed, tmp_path, "--screenshot", "shot.png")
    assert result.returncode == 0, result.stderr
    plans = tmp_path / "home" / "Documents" / "Plans"
    assert sorted(p.name for p in plans.glob("*.txt")) == sorted(
        p.name for p in (ROOT / "seeds").glob("*.txt")
    )
    from PySide6.QtGui import QImage

    shot = QImage(str(tmp_path / "shot.png"))
    assert shot.width() >= 800 and shot.height() >= 500

    result = _run(installed, tmp_path, "blame", "a", "b")
    assert result.returncode == 2 and "not a command" in result.stderr
