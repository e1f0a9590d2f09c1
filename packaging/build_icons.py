"""Render the editor's icon to the sizes desktops and bundles use (build-time tool, not shipped).

The one drawing is ``editor/data/icons/plan-editor.svg``. From it, with Qt's own SVG renderer
(QtSvg, part of PySide6-Essentials) on the offscreen platform:

- ``editor/data/icons/hicolor/<N>x<N>/apps/plan-editor.png`` for N in ``SIZES``: the layout of
  the freedesktop icon theme, so that ``install_desktop.py`` copies the tree as it is, and the
  window's icon (``editor/ui/app.py``) is built from the same files;
- ``plan-editor.ico`` (Windows) and ``plan-editor.icns`` (macOS) for the PyInstaller bundle:
  plain containers of those PNGs.

Each PNG carries the SHA-256 of the SVG it was rendered from (a ``Source-SHA256`` text chunk),
so tests/test_desktop.py can tell a PNG that is out of date. The output is reproducible: the
same SVG and Qt give the same bytes.

    .venv/bin/python packaging/build_icons.py             # rewrite the icons in editor/data
    .venv/bin/python packaging/build_icons.py --out DIR   # render into DIR instead
"""

from __future__ import annotations

import argparse
import hashlib
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "editor" / "data" / "icons"
NAME = "plan-editor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SOURCE_KEY = "Source-SHA256"

# Windows reads 256 px at most; the ICO entries are PNGs (Windows Vista and later).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS: the PNG chunk types of the .icns format and the pixel size each holds.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),  # 16 pt at 2x
    (b"ic12", 64),  # 32 pt at 2x
    (b"ic13", 256),  # 128 pt at 2x
    (b"ic14", 512),  # 256 pt at 2x
)


def svg_path(icons: Path = ICONS) -> Path:
    return icons / f"{NAME}.svg"


def png_path(size: int, icons: Path = ICONS) -> Path:
    return icons / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"


def svg_digest(svg: Path) -> str:
    return hashlib.sha256(svg.read_bytes()).hexdigest()


def render(svg: Path, size: int):
    """The SVG drawn on a transparent ``size`` x ``size`` QImage, tagged with the SVG's hash."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    image.setText(SOURCE_KEY, svg_digest(svg))
    return image


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the PNGs of ``ICO_SIZES``."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, data = b"", b""
    for size in sizes:
        png = pngs[size]
        side = size if size < 256 else 0  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        data += png
        offset += len(png)
    return header + entries + data


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding the PNGs of ``ICNS_TYPES``."""
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
        if size in pngs
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def build(svg: Path, out: Path) -> list[Path]:
    """Render every size of ``svg`` into ``out`` (the layout of ``editor/data/icons``) and pack
    the .ico and .icns from those PNGs; the paths written."""
    written = []
    for size in SIZES:
        path = png_path(size, out)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(svg, size).save(str(path), "PNG"):
            raise OSError(f"{path}: could not write")
        written.append(path)
    pngs = {size: png_path(size, out).read_bytes() for size in SIZES}
    for path, data in (
        (out / f"{NAME}.ico", ico_bytes(pngs)),
        (out / f"{NAME}.icns", icns_bytes(pngs)),
    ):
        path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--svg", type=Path, default=svg_path(), help="default: %(default)s")
    parser.add_argument(
        "--out", type=Path, default=ICONS, help="folder to write into (default: %(default)s)"
    )
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    for path in build(args.svg, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
