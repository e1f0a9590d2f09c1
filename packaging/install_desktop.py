"""Install the editor into the current user's desktop (Linux, freedesktop.org desktops).

    python packaging/install_desktop.py [--exec PROGRAM] [--no-default]   # make install-desktop
    python packaging/install_desktop.py --uninstall                       # make uninstall-desktop

It puts into ``$XDG_DATA_HOME`` (default ``~/.local/share``), under ``$DESTDIR`` when that is set:

- ``applications/org.undp.PlanEditor.desktop``: the menu entry, starting PROGRAM (the installed
  ``plan-editor``: by default the one on PATH) with the files opened;
- ``icons/hicolor/<N>x<N>/apps/plan-editor.png`` and ``icons/hicolor/scalable/apps/plan-editor.svg``:
  the icon, as packaging/build_icons.py renders it into the package;
- ``metainfo/org.undp.PlanEditor.metainfo.xml``: the AppStream entry software centres read.

Then it registers the editor for plan files (``text/plain``, ``text/markdown``):
``update-desktop-database`` lists it under "Open With" and ``xdg-mime default`` makes it the
application those files open in (not with ``--no-default``). A tool that is missing is skipped
with a message. With ``DESTDIR`` (a staged install, for a package whose own scripts register)
nothing is registered.

``--uninstall`` removes those files and the editor's associations from ``mimeapps.list``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout's editor package, with its data

from editor.resources import resource_path  # noqa: E402

APP_ID = "org.undp.PlanEditor"
DESKTOP_ID = f"{APP_ID}.desktop"
ICON = "plan-editor"
MIME_TYPES = ("text/plain", "text/markdown")
PACKAGING = Path(__file__).resolve().parent
# The characters that make an Exec argument need quotes (Desktop Entry Specification, "The Exec
# key"), and those to escape inside the quotes.
EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
EXEC_ESCAPED = set('"`$\\')


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset, empty or relative."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def config_home() -> Path:
    value = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".config"


def staged(path: Path, destdir: str) -> Path:
    return Path(destdir) / path.relative_to(path.anchor) if destdir else path


def icon_files() -> dict[Path, Path]:
    """Each icon of the package and where it goes, relative to the data folder."""
    icons = resource_path("icons")
    files = {
        Path("icons/hicolor") / png.relative_to(icons / "hicolor"): png
        for png in sorted(icons.glob(f"hicolor/*/apps/{ICON}.png"))
    }
    files[Path(f"icons/hicolor/scalable/apps/{ICON}.svg")] = icons / f"{ICON}.svg"
    return files


def installed_files() -> dict[Path, Path | None]:
    """What an install puts in the data folder (relative to it) and where each comes from
    (None: the desktop entry, written for the program it starts)."""
    return {
        Path("applications") / DESKTOP_ID: None,
        Path("metainfo") / f"{APP_ID}.metainfo.xml": PACKAGING / f"{APP_ID}.metainfo.xml",
        **icon_files(),
    }


def exec_argument(program: Path) -> str:
    """``program`` as the first word of the Exec key: quoted when needed, then escaped as the
    key's string value."""
    text = str(program).replace("%", "%%")
    if EXEC_RESERVED & set(text):
        text = '"' + "".join("\\" + c if c in EXEC_ESCAPED else c for c in text) + '"'
    return text.replace("\\", "\\\\")


def desktop_entry(program: Path) -> str:
    """packaging's desktop entry with Exec and TryExec naming ``program``."""
    lines = []
    for line in (PACKAGING / DESKTOP_ID).read_text(encoding="utf-8").splitlines():
        key = line.partition("=")[0].strip()
        if key == "Exec":
            line = f"Exec={exec_argument(program)} %F"
        elif key == "TryExec":
            line = "TryExec=" + str(program).replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def run_tool(name: str, args: list[str], package: str, skipped: str) -> bool:
    """Run a desktop tool when it is installed; say what is skipped when it is not."""
    tool = shutil.which(name)
    if tool is None:
        print(f"{name} not found (Debian package {package}): {skipped}")
        return False
    done = subprocess.run([tool, *args], capture_output=True, text=True)
    if done.returncode != 0:
        print(f"{name} failed: {done.stderr.strip() or done.returncode}", file=sys.stderr)
        return False
    return True


def refresh(data: Path) -> None:
    """Tell the desktop about the entry's file types and the icons."""
    applications = data / "applications"
    if applications.is_dir():
        run_tool(
            "update-desktop-database",
            ["-q", str(applications)],
            "desktop-file-utils",
            "the file types are read on the desktop's next scan",
        )
    hicolor = data / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)  # icon themes look again at a folder that changed
        if (hicolor / "icon-theme.cache").exists():  # a stale cache would hide the icon
            run_tool(
                "gtk-update-icon-cache",
                ["-q", "-f", "-t", str(hicolor)],
                "libgtk-3-bin",
                "the icon shows once the icon cache is rebuilt",
            )


def install(program: Path, destdir: str, make_default: bool) -> None:
    data = staged(data_home(), destdir)
    for relative, source in installed_files().items():
        target = data / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            target.write_text(desktop_entry(program), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
    print(f"installed the Plan Editor entry, icons and metainfo into {data}")
    print(f"the entry starts {program}")
    if destdir:
        return
    refresh(data)
    if make_default and run_tool(
        "xdg-mime",
        ["default", DESKTOP_ID, *MIME_TYPES],
        "xdg-utils",
        "the editor is not made the default for plan files (choose it under Open With)",
    ):
        print(f"plan files ({', '.join(MIME_TYPES)}) now open in Plan Editor")


def forget_associations(mimeapps: Path) -> None:
    """Take the editor out of every association of ``mimeapps``; the others stay as they are."""
    if not mimeapps.is_file():
        return
    text = mimeapps.read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines(keepends=True):
        key, sep, value = line.partition("=")
        if sep and not line.lstrip().startswith(("#", "[")):
            apps = [a for a in value.strip().split(";") if a]
            if DESKTOP_ID in apps:
                apps.remove(DESKTOP_ID)
                if not apps:
                    continue
                line = f"{key}={';'.join(apps)};\n"
        lines.append(line)
    if "".join(lines) != text:
        mimeapps.write_text("".join(lines), encoding="utf-8")


def uninstall(destdir: str) -> None:
    data = staged(data_home(), destdir)
    for relative in installed_files():
        (data / relative).unlink(missing_ok=True)
    print(f"removed the Plan Editor entry, icons and metainfo from {data}")
    if destdir:
        return
    forget_associations(config_home() / "mimeapps.list")
    refresh(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--exec",
        dest="program",
        metavar="PROGRAM",
        help="the plan-editor program the entry starts (default: the one on PATH)",
    )
    parser.add_argument(
        "--no-default",
        action="store_true",
        help="offer the editor for plan files without making it their default application",
    )
    parser.add_argument("--uninstall", action="store_true", help="remove what an install put")
    parser.add_argument(
        "--destdir",
        default=os.environ.get("DESTDIR", ""),
        help="stage the files under this folder and register nothing (default: $DESTDIR)",
    )
    args = parser.parse_args(argv)
    if args.uninstall:
        uninstall(args.destdir)
        return 0
    found = args.program or shutil.which("plan-editor")
    if found is None:
        print(
            "install_desktop.py: no plan-editor program on PATH: install the editor first "
            "(pipx install . or make), or name it with --exec",
            file=sys.stderr,
        )
        return 2
    program = Path(found).absolute()
    if not (program.is_file() and os.access(program, os.X_OK)):
        print(f"install_desktop.py: {program}: not an executable program", file=sys.stderr)
        return 2
    install(program, args.destdir, make_default=not args.no_default)
    return 0


if __name__ == "__main__":
    sys.exit(main())
