"""Images in the form and the preview: thumbnails of local and inline images, remote ones only
with consent, adding an image from a file (copied beside the plan) and removing it, undoably."""

from __future__ import annotations

import base64
import random
import re

import pytest
from PySide6.QtCore import QBuffer, QByteArray, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkRequest
from PySide6.QtWidgets import QToolButton

from editor.ui.actions import ActionId

HEADER = "# Images\n\n[[focal_point:a@b.org]]\n\n[[year:2024]]\n\n[[type:learningplan]]\n\n"
IMAGE_LINE = re.compile(r"^!\[[^\]]*\]\(([^)]*)\)\s*$", re.M)


def make_png(path=None, size=(64, 48), noise=False) -> bytes:
    """A PNG; with ``noise``, one that compresses badly (as big as real inline images)."""
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 120, 200))
    if noise:
        rnd = random.Random(7)
        for x in range(size[0]):
            for y in range(size[1]):
                image.setPixel(x, y, rnd.getrandbits(24))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    raw = bytes(data.data())
    if path is not None:
        path.write_bytes(raw)
    return raw


def data_uri(raw: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(raw).decode("ascii")


def plan_with(tmp_path, images_md: str, name="plan.txt"):
    path = tmp_path / name
    path.write_text(
        HEADER + "## Evidence\n**Lead**\n\n> Pictures of the evidence\n\n" + images_md,
        encoding="utf-8",
    )
    return path


def thumbs(window):
    from editor.ui.images import ImageThumb

    return window.form.body.findChildren(ImageThumb)


def the_image_list(qtbot, window):
    """The one image list of the form, once a rebuild has deleted the widgets it replaced."""
    from editor.ui.images import ImageList

    qtbot.waitUntil(window.form.is_built, timeout=5000)
    qtbot.waitUntil(lambda: len(window.form.body.findChildren(ImageList)) == 1, timeout=5000)
    return window.form.body.findChildren(ImageList)[0]


@pytest.fixture
def network_calls(monkeypatch, tmp_path):
    """Every ``QNetworkAccessManager.get`` the program makes; answered from a local PNG."""
    calls: list[str] = []
    served = tmp_path / "served.png"
    make_png(served, (300, 200))
    original = QNetworkAccessManager.get

    def get(self, request, *args):
        calls.append(request.url().toString())
        return original(self, QNetworkRequest(QUrl.fromLocalFile(str(served))))

    monkeypatch.setattr(QNetworkAccessManager, "get", get)
    return calls


def test_local_image_shows_a_thumbnail(qtbot, open_window, tmp_path):
    make_png(tmp_path / "pic.png", (640, 480))
    window = open_window(plan_with(tmp_path, "![Missing alt text](pic.png)\n"))
    [thumb] = thumbs(window)
    qtbot.waitUntil(thumb.is_loaded, timeout=5000)
    pixmap = thumb.picture.pixmap()
    assert pixmap.width() > 0 and pixmap.height() > 0
    assert pixmap.width() <= 160 * pixmap.devicePixelRatio()  # a thumbnail, not the picture
    assert thumb.picture.isVisible()
    assert "pic.png" in thumb.address.text()


def test_remote_image_shows_its_address_and_is_fetched_only_with_consent(
    qtbot, open_window, tmp_path, network_calls
):
    url = "https://example.invalid/evidence/chart.png"
    make_png(tmp_path / "pic.png")
    md = f"![Missing alt text](pic.png)\n\n![Missing alt text]({url})\n"
    window = open_window(plan_with(tmp_path, md))
    [local] = [t for t in thumbs(window) if t.url == "pic.png"]
    [thumb] = [t for t in thumbs(window) if t.url == url]
    # the local image beside it has loaded: every thumbnail has asked for its image by now
    qtbot.waitUntil(local.is_loaded, timeout=5000)
    window.preview.render_now()
    assert network_calls == []
    assert not thumb.is_loaded() and not thumb.picture.isVisible()
    assert url in thumb.address.text()
    assert "Remote image not loaded" in window.preview.text()
    # the user allows remote images: now (and only now) it is fetched, once, and shown
    window.actions[ActionId.REMOTE_IMAGES].trigger()
    qtbot.waitUntil(thumb.is_loaded, timeout=5000)
    assert network_calls == [url]
    window.preview.render_now()
    assert network_calls == [url]  # the preview uses the same cache


def test_add_image_from_a_file_then_remove_and_undo(
    qtbot, open_window, seed_file, tmp_path, interaction
):
    picture = tmp_path / "elsewhere" / "my photo (1).png"
    picture.parent.mkdir()
    raw = make_png(picture, (90, 60))
    interaction.choose_image_path = lambda directory: str(picture)
    original = seed_file.read_text(encoding="utf-8")
    window = open_window(seed_file)
    images = the_image_list(qtbot, window)
    window.form.ensureWidgetVisible(images.add_button)
    qtbot.mouseClick(images.add_button, Qt.MouseButton.LeftButton)
    images = the_image_list(qtbot, window)
    window.actions[ActionId.SAVE].trigger()
    added = seed_file.read_text(encoding="utf-8")
    copied = seed_file.parent / "images" / "my-photo-1.png"
    assert copied.read_bytes() == raw
    new_lines = [m for m in IMAGE_LINE.findall(added) if m not in IMAGE_LINE.findall(original)]
    assert new_lines == ["images/my-photo-1.png"]
    assert added.count("\n![") == original.count("\n![") + 1
    # the new image shows as a thumbnail
    qtbot.waitUntil(lambda: images.thumbs[-1].is_loaded(), timeout=5000)
    # remove it with its button: the file is as it was; Undo brings the line back
    last = f"Remove image {len(images.thumbs)}"
    [remove] = [b for b in images.findChildren(QToolButton) if b.accessibleName() == last]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    the_image_list(qtbot, window)
    window.actions[ActionId.SAVE].trigger()
    assert seed_file.read_text(encoding="utf-8") == original
    window.actions[ActionId.UNDO].trigger()
    the_image_list(qtbot, window)
    window.actions[ActionId.SAVE].trigger()
    assert seed_file.read_text(encoding="utf-8") == added
    assert copied.read_bytes() == raw  # removing an image never deletes a file


def test_adding_the_same_file_twice_copies_it_once(qtbot, open_window, tmp_path, interaction):
    picture = tmp_path / "elsewhere" / "chart.png"
    picture.parent.mkdir()
    make_png(picture)
    (tmp_path / "plans").mkdir()
    make_png(tmp_path / "plans" / "pic.png")
    path = plan_with(tmp_path / "plans", "![Missing alt text](pic.png)\n")
    interaction.choose_image_path = lambda directory: str(picture)
    window = open_window(path)
    for _ in range(2):
        images = the_image_list(qtbot, window)
        qtbot.mouseClick(images.add_button, Qt.MouseButton.LeftButton)
    the_image_list(qtbot, window)
    window.actions[ActionId.SAVE].trigger()
    text = path.read_text(encoding="utf-8")
    assert IMAGE_LINE.findall(text) == ["pic.png", "images/chart.png", "images/chart.png"]
    assert sorted(p.name for p in (tmp_path / "plans" / "images").iterdir()) == ["chart.png"]


def test_inline_image_of_an_answer_shows_as_a_thumbnail(qtbot, open_window, tmp_path):
    uri = data_uri(make_png(size=(200, 100)))
    window = open_window(plan_with(tmp_path, f"![]({uri})\n"))
    [thumb] = thumbs(window)
    qtbot.waitUntil(thumb.is_loaded, timeout=5000)
    assert "base64" not in thumb.address.text()
    assert "Embedded image" in thumb.address.text()


def _preview_images(preview) -> list[QImage]:
    """The images the preview's document holds, as it would paint them."""
    doc = preview.document()
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                res = doc.resource(
                    QTextDocument.ResourceType.ImageResource, QUrl(fmt.toImageFormat().name())
                )
                found.append(res if isinstance(res, QImage) else QImage(res.toImage()))
            it += 1
        block = block.next()
    return found


def test_inline_base64_image_of_a_codification_page_shows_in_the_preview(
    qtbot, open_window, tmp_path
):
    # as real tools/tactics pages hold them: a picture of 100+ KB of base64, here in a sentence
    uri = data_uri(make_png(size=(220, 160), noise=True))
    assert len(uri) > 100_000
    path = tmp_path / "tool.md"
    path.write_text(
        f"[[type:tools]]\n\n# A tool\n\nHow it looks: ![]({uri}) in use.\n\n"
        "## Overview\nA tool used in public and social innovation work.\n",
        encoding="utf-8",
    )
    window = open_window(path)
    preview = window.preview

    def shown() -> bool:
        preview.render_now()
        return any(not im.isNull() and im.width() > 0 for im in _preview_images(preview))

    qtbot.waitUntil(shown, timeout=5000)
    assert "iVBOR" not in preview.text()  # never as text
    assert "<img" in preview.renderer.page(window.document.plan)


def test_typing_decodes_no_image_again(qtbot, open_window, tmp_path):
    make_png(tmp_path / "pic.png", (640, 480))
    path = plan_with(tmp_path, "Some words.\n\n![Missing alt text](pic.png)\n")
    window = open_window(path)
    [thumb] = thumbs(window)
    qtbot.waitUntil(thumb.is_loaded, timeout=5000)
    preview = window.preview
    qtbot.waitUntil(lambda: any(not im.isNull() for im in _preview_images(preview)), timeout=5000)
    store = window.preview.images
    decoded = store.decoded
    editor = window.form.fields["q:1"].focus_widget()
    editor.setFocus()
    qtbot.keyClicks(editor, " more")
    preview.render_now()
    assert any(not im.isNull() for im in _preview_images(preview))
    assert store.decoded == decoded == 1  # one decode for the form and the preview together


def test_image_line_of_a_section_shows_as_a_thumbnail(qtbot, open_window, tmp_path):
    make_png(tmp_path / "pic.png")
    path = tmp_path / "tool.md"
    path.write_text(
        f"[[type:tools]]\n\n# A tool\n\n![]({data_uri(make_png())})\n\n![](pic.png)\n\n"
        "## Overview\nText.\n",
        encoding="utf-8",
    )
    window = open_window(path)
    found = thumbs(window)
    assert len(found) == 2
    for thumb in found:
        qtbot.waitUntil(thumb.is_loaded, timeout=5000)


def test_a_page_with_a_big_embedded_picture_previews_all_its_sections(qtbot, open_window, tmp_path):
    import base64

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    image = QImage(1200, 900, QImage.Format.Format_RGB32)
    for y in range(0, 900, 2):  # noise, so that the PNG stays large
        for x in range(0, 1200, 2):
            image.setPixel(x, y, (x * 7919 + y * 104729) & 0xFFFFFF)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    payload = base64.b64encode(bytes(data)).decode()
    assert len(payload) > 500_000
    sections = "".join(f"## Part {n}\n\nText of part {n}.\n\n" for n in range(1, 10))
    path = tmp_path / "page.md"
    path.write_text(
        f"[[type:tools]]\n\n# A page\n\n![picture](data:image/png;base64,{payload})\n\n{sections}",
        encoding="utf-8",
    )
    window = open_window(path)
    qtbot.waitUntil(lambda: "Text of part 9." in window.preview.text(), timeout=10000)
    assert "later sections not shown" not in window.preview.text()
