"""The images of a plan in the form and the preview: one store that loads them, and the widgets.

``ImageStore`` is the one place images are loaded and kept: local files (relative to the plan's
folder), inline ``data:`` images, and remote addresses, which are fetched only while the user
allows it (the "Load Remote Images" setting). Decoding runs on worker threads and every image is
kept scaled to at most ``MAX_WIDTH`` pixels wide, so neither the form nor the preview decodes an
image on the keystroke path: a re-render finds it in the cache.

``ImageThumb`` shows one image: its thumbnail once it is loaded, its address (a link) otherwise.
It asks the store only after the window's first frame. ``ImageList`` is the images of one answer,
each removable, with "Add image…" (a file, copied beside the plan) and "Add link…" (an address).
``block_image`` is the widget for an image line that stands on its own in a section or group.
"""

from __future__ import annotations

import base64
import binascii
import concurrent.futures
import os
import re
import shutil
import urllib.parse
import weakref
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QLocale,
    QObject,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from editor.ui.firstpaint import after_first_paint

if TYPE_CHECKING:
    from editor.ui.form.fields import FormContext

MAX_WIDTH = 480  # px: images are kept at most this wide (the preview shows them at 480)
THUMB = QSize(160, 120)  # the largest thumbnail in the form
CACHE_BYTES = 64 * 1024 * 1024  # decoded images kept in memory, least recently used dropped
MAX_DOWNLOAD = 20 * 1024 * 1024  # a remote image larger than this is not loaded
IMAGE_FOLDER = "images"  # added images are copied here, next to the plan file
_TITLED = re.compile(r'^(\S+)\s+"[^"]*"$')  # ![alt](url "title")


# -- where an image is ----------------------------------------------------------------------------


def locate(source: str, folder: str | None) -> str | None:
    """The cache key of the image ``source`` (as written in the plan) of a plan in ``folder``:
    an absolute path for a local file, the address itself for ``http(s):`` and ``data:`` images,
    None when there is nothing to load."""
    source = source.strip()
    if source.startswith("<") and source.endswith(">"):
        source = source[1:-1].strip()
    titled = _TITLED.match(source)
    if titled:
        source = titled.group(1)
    if not source:
        return None
    if os.path.isabs(source):
        return os.path.normpath(source)
    url = QUrl(source)
    if url.isRelative():
        base = QUrl.fromLocalFile((folder or os.getcwd()).rstrip(os.sep) + os.sep)
        url = base.resolved(url)
    return key_of_url(url)


def key_of_url(url: QUrl) -> str | None:
    """The cache key of an absolute ``url`` (what the preview's document asks for)."""
    scheme = url.scheme().lower()
    if scheme in ("http", "https", "data"):
        return url.toString()
    if scheme == "file" and not url.host():  # a host would be a network share
        return os.path.normpath(url.toLocalFile())
    return None


def kind_of(key: str) -> str:
    """ "remote", "data" or "file"."""
    head = key[:8].lower()
    if head.startswith(("http://", "https://")):
        return "remote"
    if head.startswith("data:"):
        return "data"
    return "file"


def data_bytes(uri: str) -> bytes | None:
    """The bytes of a ``data:`` address, or None when it is not one that can be read."""
    head, comma, payload = uri.partition(",")
    if not comma:
        return None
    if head.lower().endswith(";base64"):
        payload = "".join(payload.split())
        payload += "=" * (-len(payload) % 4)
        try:
            return base64.b64decode(urllib.parse.unquote(payload))
        except (binascii.Error, ValueError):
            return None
    return urllib.parse.unquote_to_bytes(payload)


def describe_data(uri: str) -> str:
    """A short name for an inline image: its type and size ("PNG, 47 KB")."""
    head, _, payload = uri.partition(",")
    kind = head[5:].split(";")[0].rpartition("/")[2].upper() or "?"
    size = len(payload) * 3 // 4 if head.lower().endswith(";base64") else len(payload)
    traditional = QLocale.DataSizeFormat.DataSizeTraditionalFormat  # "47 KB", "47 Ko"
    return f"{kind}, {QLocale().formattedDataSize(size, 0, traditional)}"


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


# -- decoding (worker threads) --------------------------------------------------------------------


def _read(reader: QImageReader) -> QImage:
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() > MAX_WIDTH:
        reader.setScaledSize(QSize(MAX_WIDTH, max(1, size.height() * MAX_WIDTH // size.width())))
    image = reader.read()
    if not image.isNull() and image.width() > MAX_WIDTH:
        image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
    return image


def _decode_file(path: str) -> QImage:
    return _read(QImageReader(path))


def _decode_bytes(data: bytes | None) -> QImage:
    if not data:
        return QImage()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    return _read(QImageReader(buffer))


_executor: concurrent.futures.ThreadPoolExecutor | None = None


def _pool() -> concurrent.futures.ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = concurrent.futures.ThreadPoolExecutor(2, thread_name_prefix="images")
    return _executor


class _Relay(QObject):
    """Brings a decoded image from a worker thread to its store, in the main thread; lives as
    long as the program, so a worker never signals an object that is gone."""

    done = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, result) -> None:
        ref, key, image, stamp = result
        store = ref()
        if store is not None and Shiboken.isValid(store):
            store._finish(key, image, stamp)


_relay: _Relay | None = None


# -- the store ------------------------------------------------------------------------------------


class ImageStore(QObject):
    """Loads and keeps the images of the open plans; remote ones only while allowed."""

    loaded = Signal(str)  # the key of an image now in the cache (perhaps a null image: failed)
    remote_changed = Signal(bool)

    def __init__(self, remote_allowed: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        global _relay
        if _relay is None:
            _relay = _Relay()
        self._remote = remote_allowed
        self._cache: OrderedDict[str, QImage] = OrderedDict()
        self._stamps: dict[str, tuple[int, int] | None] = {}
        self._bytes = 0
        self._pending: set[str] = set()
        self._network = None
        self.requested: list[str] = []  # remote addresses asked of the network, in order
        self.decoded = 0  # images decoded so far (each image once while it is cached)

    def remote_allowed(self) -> bool:
        return self._remote

    def set_remote_allowed(self, allowed: bool) -> None:
        if allowed == self._remote:
            return
        self._remote = allowed
        if allowed:  # what failed before may load now
            for key in [k for k, im in self._cache.items() if im.isNull()]:
                if kind_of(key) == "remote":
                    self._drop(key)
        self.remote_changed.emit(allowed)

    def can_load(self, key: str | None) -> bool:
        """True when ``key`` is cached or may be loaded now (remote ones only while allowed)."""
        if key is None:
            return False
        if key in self._cache:
            return not self._cache[key].isNull()
        return self._remote or kind_of(key) != "remote"

    def image(self, key: str) -> QImage | None:
        """The cached image of ``key`` (a null image when it could not be read), or None when it
        is not loaded (or its file has changed since)."""
        image = self._cache.get(key)
        if image is None:
            return None
        if kind_of(key) == "file" and self._stamps.get(key) != _stamp(key):
            self._drop(key)
            return None
        self._cache.move_to_end(key)
        return image

    def request(self, key: str) -> None:
        """Start loading ``key`` unless it is cached or loading; ``loaded`` tells when it is."""
        if key in self._pending or self.image(key) is not None:
            return
        kind = kind_of(key)
        if kind == "remote":
            if self._remote:
                self._fetch(key)
        elif kind == "data":
            self._submit(key, _decode_bytes, data_bytes(key), None)
        else:
            self._submit(key, _decode_file, key, _stamp(key))

    def _submit(self, key: str, decode, arg, stamp) -> None:
        self._pending.add(key)
        ref = weakref.ref(self)
        relay = _relay

        def work() -> None:
            try:
                image = decode(arg)
            except Exception:  # an unreadable image is shown by its address
                image = QImage()
            relay.done.emit((ref, key, image, stamp))

        _pool().submit(work)

    def _fetch(self, url: str) -> None:
        from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

        if self._network is None:
            self._network = QNetworkAccessManager(self)
        self._pending.add(url)
        self.requested.append(url)
        reply = self._network.get(QNetworkRequest(QUrl(url)))

        def progress(received: int, total: int) -> None:
            if max(received, total) > MAX_DOWNLOAD:
                reply.abort()

        def done() -> None:
            ok = reply.error() == QNetworkReply.NetworkError.NoError
            data = bytes(reply.readAll().data()) if ok else b""
            reply.deleteLater()
            self._submit(url, _decode_bytes, data, None)

        reply.downloadProgress.connect(progress)
        reply.finished.connect(done)

    def _finish(self, key: str, image: QImage, stamp) -> None:
        self._pending.discard(key)
        self._drop(key)
        self._cache[key] = image
        self._stamps[key] = stamp
        self._bytes += image.sizeInBytes()
        self.decoded += 1
        while self._bytes > CACHE_BYTES and len(self._cache) > 1:
            self._drop(next(iter(self._cache)))
        self.loaded.emit(key)

    def _drop(self, key: str) -> None:
        image = self._cache.pop(key, None)
        if image is not None:
            self._bytes -= image.sizeInBytes()
        self._stamps.pop(key, None)


_local_store: ImageStore | None = None


def store_of(ctx: FormContext) -> ImageStore:
    """The store of the window the form is in; without one, a store that never goes online."""
    global _local_store
    store = getattr(ctx, "images", None)
    if store is not None:
        return store
    if _local_store is None:
        _local_store = ImageStore(False)
    return _local_store


def folder_of(ctx: FormContext) -> str | None:
    path = ctx.document.path
    return os.path.dirname(path) if path else None


# -- adding an image from a file ------------------------------------------------------------------


def copy_beside(plan_path: str, source: str) -> str:
    """Put the image file ``source`` beside the plan and return its address relative to the
    plan's folder (``/`` separated). A file already in that folder is used where it is; others
    are copied into ``images/``, under a name safe in markdown, never over a different file."""
    folder = os.path.dirname(os.path.abspath(plan_path))
    source = os.path.abspath(source)
    if os.path.commonpath([folder, source]) == folder:
        return os.path.relpath(source, folder).replace(os.sep, "/")
    stem, ext = os.path.splitext(os.path.basename(source))
    stem = re.sub(r"[^\w.-]+", "-", stem).strip("-.") or "image"
    ext = re.sub(r"[^\w.]+", "", ext.lower())
    target_dir = os.path.join(folder, IMAGE_FOLDER)
    os.makedirs(target_dir, exist_ok=True)
    n = 1
    while True:
        name = f"{stem}{ext}" if n == 1 else f"{stem}-{n}{ext}"
        target = os.path.join(target_dir, name)
        if not os.path.exists(target):
            shutil.copyfile(source, target)
            break
        if _same_bytes(source, target):
            break
        n += 1
    return f"{IMAGE_FOLDER}/{name}"


def _same_bytes(a: str, b: str) -> bool:
    if os.path.getsize(a) != os.path.getsize(b):
        return False
    with open(a, "rb") as fa, open(b, "rb") as fb:
        return fa.read() == fb.read()


# -- widgets --------------------------------------------------------------------------------------


class ImageThumb(QWidget):
    """One image of the plan: its thumbnail when it can be loaded, and its address."""

    def __init__(self, ctx: FormContext, url: str, alt: str = "", parent=None) -> None:
        super().__init__(parent)
        self.url = url
        self.alt = alt
        self.store = store_of(ctx)
        folder = folder_of(ctx)
        self.key = locate(url, folder)
        self._asked = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.picture = QLabel(self)
        self.picture.setObjectName("thumbnail")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.picture.setAccessibleName(alt or self.tr("Image"))
        self.picture.setFixedHeight(THUMB.height())  # room kept while it loads: no jump
        self.picture.setVisible(self.store.can_load(self.key))
        lay.addWidget(self.picture)
        self.address = address_label(alt, url, self.key, self)
        lay.addWidget(self.address)
        tip = describe_data(url) if kind_of(url.strip()) == "data" else url
        self.setToolTip(f"{alt}\n{tip}" if alt else tip)
        self.store.loaded.connect(self._arrived)
        self.store.remote_changed.connect(self._remote_changed)

    def is_loaded(self) -> bool:
        return not self.picture.pixmap().isNull() and self.picture.isVisibleTo(self)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._asked:
            self._asked = True
            after_first_paint(self, self._load)

    def _load(self) -> None:
        if self.key is None:
            return
        image = self.store.image(self.key)
        if image is not None:
            self._show(image)
        else:
            self.store.request(self.key)

    def _arrived(self, key: str) -> None:
        if key == self.key:
            image = self.store.image(key)
            if image is not None:
                self._show(image)

    def _remote_changed(self, allowed: bool) -> None:
        if self.key is not None and kind_of(self.key) == "remote" and not self.is_loaded():
            self.picture.setVisible(allowed)
            if allowed and self._asked:
                self._load()

    def _show(self, image: QImage) -> None:
        if image.isNull():
            self.picture.hide()
            return
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap.fromImage(
            image.scaled(
                THUMB * ratio,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            if image.width() > THUMB.width() * ratio or image.height() > THUMB.height() * ratio
            else image
        )
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)
        self.picture.setFixedSize(pixmap.deviceIndependentSize().toSize())
        self.picture.show()


def address_label(alt: str, url: str, key: str | None, parent=None) -> QLabel:
    """The address of an image, elided in the middle so a long one never widens the form; a link
    that opens it (local files by their full path), or the type and size of an inline image."""
    import html

    url = url.strip()
    if kind_of(url) == "data":
        text = QCoreApplication.translate("ImageThumb", "Embedded image ({})")
        label = QLabel(text.format(describe_data(url)), parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
    else:
        shown = url if len(url) <= 64 else url[:30] + "…" + url[-30:]
        href = url
        if key is not None and kind_of(key) == "file":
            href = QUrl.fromLocalFile(key).toString()
        label = QLabel(f'<a href="{html.escape(href)}">{html.escape(shown)}</a>', parent)
        label.setOpenExternalLinks(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setObjectName("imageAddress")
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def block_image(ctx: FormContext, plan, index: int, parent=None) -> ImageThumb:
    """The widget of an image line standing on its own (in a section, or in a group before any
    prompt): ``index`` is the block index of the plan's image line."""
    alt, url = plan.image(index)
    return ImageThumb(ctx, url, alt, parent)


class ImageList(QWidget):
    """The images of answer ``number``: each with its thumbnail (or address) and a remove
    button; "Add image…" copies a file beside the plan, "Add link…" takes an address."""

    def __init__(self, ctx: FormContext, number: int, images, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number = number
        self.thumbs: list[ImageThumb] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 0, 0, 0)
        lay.setSpacing(4)
        for index, (alt, url) in enumerate(images):
            row = QHBoxLayout()
            thumb = ImageThumb(ctx, url, alt, self)
            self.thumbs.append(thumb)
            row.addWidget(thumb, 1)
            remove = QToolButton(self)
            remove.setText("✕")
            remove.setToolTip(self.tr("Remove this image"))
            remove.setAccessibleName(self.tr("Remove image {}").format(index + 1))
            remove.clicked.connect(lambda _=False, i=index: self._remove(i))
            row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
            lay.addLayout(row)
        self.add_button = QPushButton(self.tr("Add image…"), self)
        self.add_button.setAccessibleName(self.tr("Add image to answer {}").format(number))
        self.add_button.clicked.connect(self._add_file)
        self.link_button = QPushButton(self.tr("Add link…"), self)
        self.link_button.setAccessibleName(self.tr("Add image link to answer {}").format(number))
        self.link_button.clicked.connect(self._add_link)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.link_button)
        row.addStretch(1)
        lay.addLayout(row)

    def _add_file(self) -> None:
        doc = self.ctx.document
        interaction = self.ctx.interaction
        title = self.tr("Add image")
        if not doc.path:
            interaction.show_info(
                title, self.tr("Save the plan first: an added image is copied beside it.")
            )
            return
        path = interaction.choose_image_path(os.path.dirname(doc.path))
        if not path:
            return
        if not QImageReader(path).canRead():
            interaction.show_error(title, self.tr("“{}” is not an image.").format(path))
            return
        try:
            address = copy_beside(doc.path, path)
        except OSError as e:
            interaction.show_error(title, self.tr("Cannot copy the image beside the plan."), str(e))
            return
        self._add(address)

    def _add_link(self) -> None:
        url = self.ctx.interaction.ask_text(self.tr("Add image"), self.tr("Image address:"))
        if url and url.strip():
            self._add(url.strip())

    def _add(self, url: str) -> None:
        n = self.number
        self.ctx.document.edit(
            self.tr("Add image"), lambda plan: plan.add_image(n, url), structural=True
        )

    def _remove(self, index: int) -> None:
        n = self.number
        self.ctx.document.edit(
            self.tr("Remove image"), lambda plan: plan.remove_image(n, index), structural=True
        )
