"""The icon and the Linux desktop integration: the PNG sizes are rendered from the current SVG
and ship in the package; ``packaging/install_desktop.py`` (``make install-desktop``) installs
a desktop entry, the icons and the AppStream metainfo that the freedesktop validators accept,
registers the editor for plan files, and ``--uninstall`` takes it all away again."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from paths import ROOT

from editor.resources import resource_path

PACKAGING = ROOT / "packaging"
INSTALLER = PACKAGING / "install_desktop.py"
APP_ID = "org.undp.PlanEditor"
MIME_TYPES = ("text/plain", "text/markdown")


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_icons = _module("build_icons")
SVG = resource_path("icons", "plan-editor.svg")


def png(size: int) -> Path:
    return resource_path("icons", "hicolor", f"{size}x{size}", "apps", "plan-editor.png")


# --- the icon ---------------------------------------------------------------------------


def test_the_icon_sizes_are_the_ones_desktops_use():
    assert build_icons.SIZES == (16, 24, 32, 48, 64, 128, 256, 512)
    assert build_icons.png_path(48) == png(48)


@pytest.mark.parametrize("size", build_icons.SIZES)
def test_each_png_has_its_size_and_was_rendered_from_the_current_svg(qapp, size):
    from PySide6.QtGui import QImage

    image = QImage(str(png(size)))
    assert not image.isNull(), f"{png(size)} is missing: run packaging/build_icons.py"
    assert (image.width(), image.height()) == (size, size)
    digest = hashlib.sha256(SVG.read_bytes()).hexdigest()
    assert image.text(build_icons.SOURCE_KEY) == digest, (
        f"{png(size).name} at {size} px is older than plan-editor.svg: run packaging/build_icons.py"
    )


@pytest.mark.parametrize("size", [16, 48, 512])
def test_each_png_shows_what_the_svg_draws(qapp, size):
    """A fresh rendering matches the committed PNG (up to the antialiasing of another Qt)."""
    from PySide6.QtGui import QImage

    fresh = build_icons.render(SVG, size)
    committed = QImage(str(png(size))).convertToFormat(fresh.format())
    worst = max(
        abs(a - b)
        for a, b in zip(fresh.constBits().tobytes(), committed.constBits().tobytes(), strict=True)
    )
    assert worst <= 24


def test_the_windows_and_macos_icons_hold_the_current_pngs():
    pngs = {size: png(size).read_bytes() for size in build_icons.SIZES}
    icons = resource_path("icons")
    assert (icons / "plan-editor.ico").read_bytes() == build_icons.ico_bytes(pngs)
    assert (icons / "plan-editor.icns").read_bytes() == build_icons.icns_bytes(pngs)


def test_qt_reads_every_size_of_the_windows_icon(qapp):
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(resource_path("icons", "plan-editor.ico")))
    sizes = []
    for _ in range(reader.imageCount()):
        sizes.append(reader.read().width())
        reader.jumpToNextImage()
    assert sizes == list(build_icons.ICO_SIZES)


def test_every_icon_file_is_package_data():
    """pyproject.toml's package-data patterns take every file of editor/data/icons into the
    wheel (the patterns are globs relative to the package folder)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["editor.data"]
    data = resource_path()
    shipped = {p for pattern in patterns for p in data.glob(pattern) if p.is_file()}
    icons = {p for p in resource_path("icons").rglob("*") if p.is_file()}
    assert len(icons) >= len(build_icons.SIZES) + 1
    assert icons <= shipped, sorted(str(p.relative_to(data)) for p in icons - shipped)


# --- desktop integration ----------------------------------------------------------------


def install(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """Run the installer for a user whose data and configuration are in ``tmp_path``, with a
    stand-in for the installed ``plan-editor`` program in ``tmp_path/bin``."""
    program = tmp_path / "bin" / "plan-editor"
    if not program.exists():
        program.parent.mkdir()
        program.write_text("#!/bin/sh\n", encoding="utf-8")
        program.chmod(0o755)
    environ = {k: v for k, v in os.environ.items() if k != "DESTDIR"}
    environ.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run(
        [sys.executable, str(INSTALLER), "--exec", str(program), *args],
        env={**environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def installed_files(data: Path) -> list[Path]:
    sizes = [data / f"icons/hicolor/{n}x{n}/apps/plan-editor.png" for n in build_icons.SIZES]
    return [
        data / f"applications/{APP_ID}.desktop",
        data / f"metainfo/{APP_ID}.metainfo.xml",
        data / "icons/hicolor/scalable/apps/plan-editor.svg",
        *sizes,
    ]


def desktop_entry(path: Path) -> dict[str, str]:
    """The keys of the entry's one group, [Desktop Entry]."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    pairs = (line.partition("=") for line in lines[1:] if line and not line.startswith("#"))
    return {key: value for key, _, value in pairs}


def test_install_puts_the_entry_icons_and_metainfo_in_the_users_data_folder(tmp_path):
    done = install(tmp_path)
    assert done.returncode == 0, done.stderr
    data = tmp_path / "data"
    for path in installed_files(data):
        assert path.is_file(), path
    assert (data / "icons/hicolor/256x256/apps/plan-editor.png").read_bytes() == (
        png(256).read_bytes()
    )
    entry = desktop_entry(data / f"applications/{APP_ID}.desktop")
    program = tmp_path / "bin" / "plan-editor"
    assert entry["Exec"] == f"{program} %F"  # the installed program, with the files opened
    assert entry["TryExec"] == str(program)
    assert entry["Icon"] == "plan-editor"
    assert set(entry["MimeType"].strip(";").split(";")) == set(MIME_TYPES)


def test_a_program_in_a_folder_with_a_space_is_quoted(tmp_path):
    program = tmp_path / "My Apps" / "plan-editor"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    done = install(tmp_path, "--exec", str(program), "--no-default")  # (the last --exec wins)
    assert done.returncode == 0, done.stderr
    path = tmp_path / "data" / f"applications/{APP_ID}.desktop"
    assert desktop_entry(path)["Exec"] == f'"{program}" %F'
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout


def test_install_registers_the_editor_for_plan_files(tmp_path):
    done = install(tmp_path)
    assert done.returncode == 0, done.stderr
    if shutil.which("xdg-mime") is None:
        assert "xdg-mime" in done.stdout
        pytest.skip("xdg-mime (Debian package xdg-utils) is not installed")
    defaults = (tmp_path / "config" / "mimeapps.list").read_text(encoding="utf-8")
    for mime in MIME_TYPES:
        assert f"{mime}={APP_ID}.desktop" in defaults
    if shutil.which("update-desktop-database") is None:
        pytest.skip("update-desktop-database (Debian package desktop-file-utils) is not installed")
    cache = (tmp_path / "data" / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert f"text/markdown={APP_ID}.desktop;" in cache


def test_install_says_what_it_skipped_when_a_tool_is_absent(tmp_path):
    bare = tmp_path / "bare"
    bare.mkdir()
    done = install(tmp_path, PATH=str(bare))
    assert done.returncode == 0, done.stderr
    assert "update-desktop-database not found" in done.stdout
    assert "xdg-mime not found" in done.stdout
    assert (tmp_path / "data" / f"applications/{APP_ID}.desktop").is_file()


def test_destdir_stages_the_files_and_registers_nothing(tmp_path):
    stage = tmp_path / "stage"
    done = install(tmp_path, DESTDIR=str(stage))
    assert done.returncode == 0, done.stderr
    data = stage / str(tmp_path / "data").lstrip("/")
    for path in installed_files(data):
        assert path.is_file(), path
    assert not (tmp_path / "data").exists()
    assert not (tmp_path / "config").exists()


def test_uninstall_removes_what_install_put(tmp_path):
    assert install(tmp_path).returncode == 0
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    mimeapps = config / "mimeapps.list"
    if mimeapps.exists():  # another application's association is kept
        mimeapps.write_text(
            mimeapps.read_text(encoding="utf-8") + "image/png=viewer.desktop\n", encoding="utf-8"
        )
    done = install(tmp_path, "--uninstall")
    assert done.returncode == 0, done.stderr
    for path in installed_files(tmp_path / "data"):
        assert not path.exists(), path
    if mimeapps.exists():
        text = mimeapps.read_text(encoding="utf-8")
        assert APP_ID not in text
        assert "image/png=viewer.desktop" in text


def test_install_refuses_a_program_that_does_not_exist(tmp_path):
    done = subprocess.run(
        [sys.executable, str(INSTALLER), "--exec", str(tmp_path / "nothing")],
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "nothing" in done.stderr
    assert not (tmp_path / "data").exists()


def test_make_install_desktop_runs_the_installer_with_the_venvs_program(tmp_path):
    done = subprocess.run(
        ["make", "-n", "-s", "-C", str(ROOT), "install-desktop", "uninstall-desktop"]
        + [f"DESTDIR={tmp_path}"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    install, uninstall = [line for line in done.stdout.splitlines() if "install_desktop.py" in line]
    assert f"--exec '{ROOT}/.venv/bin/plan-editor'" in install
    assert f"--uninstall --destdir '{tmp_path}'" in uninstall
    assert f"--destdir '{tmp_path}'" in install


def test_the_metainfos_newest_release_is_the_packages_version():
    """A release bumps pyproject.toml's version: the software centre's release list follows."""
    import xml.etree.ElementTree as ET

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    component = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    newest = component.find("releases/release")
    assert newest.get("version") == config["project"]["version"]


# --- the validators ---------------------------------------------------------------------


def _validator(name: str, package: str) -> str:
    tool = shutil.which(name)
    if tool is None:
        pytest.skip(f"{name} is not installed (Debian package {package}): cannot validate")
    return tool


def test_the_installed_desktop_entry_validates(tmp_path):
    tool = _validator("desktop-file-validate", "desktop-file-utils")
    assert install(tmp_path).returncode == 0
    done = subprocess.run(
        [tool, str(tmp_path / "data" / f"applications/{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_installed_metainfo_validates(tmp_path):
    """No error nor warning (the one pedantic remark, a capital in the id, is the
    reverse-DNS convention of org.gnome.TextEditor and many others)."""
    tool = _validator("appstreamcli", "appstream")
    assert install(tmp_path).returncode == 0
    done = subprocess.run(
        [tool, "validate", "--no-net", "--no-color"]
        + [str(tmp_path / "data" / f"metainfo/{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Validation was successful" in done.stdout, done.stdout
    remarks = [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert not remarks and "warnings:" not in done.stdout, done.stdout
