"""The live preview: the plan rendered to HTML in a ``QTextBrowser`` with ``preview.css``.

Changes are coalesced: a burst of keystrokes renders once, on the next turn of the event loop
(later for large plans). The view follows the field being edited by scrolling to its anchor.
Remote images are never fetched unless the user allows it; local images resolve against the
plan's folder.
"""

from __future__ import annotations

import os
import re
import time

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QFrame, QTextBrowser

from editor.export.html import Renderer
from editor.resources import resource_path
from editor.ui.firstpaint import FIRST_CHECK_WAIT_MS, HOUSEKEEPING_MS, after_first_paint
from editor.ui.images import ImageStore, key_of_url, kind_of
from editor.ui.style import fill

LARGE_PLAN = 400_000  # characters of source: render less eagerly above this
_ANCHOR = re.compile(r'<a name="(s\d+)"')


class PreviewPane(QTextBrowser):
    rendered = Signal(float)  # seconds the last render took

    def __init__(self, remote_images: bool = False, parent=None) -> None:
        super().__init__(parent)
        fill(self, "preview")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenExternalLinks(True)
        self.setAccessibleName(self.tr("Preview"))
        self._remote_images = remote_images
        self._renderer = None  # made (and the stylesheet read) on the first render
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.render_now)
        self.plan = None
        self._focus: str | None = None
        self._scrolled_to: str | None = None
        self.images = ImageStore(remote_images, self)  # shared with the form (the window's)
        self.images.loaded.connect(self._image_loaded)
        self._asked: set[str] = set()  # images the shown page waits for
        self.render_count = 0
        self._anchors: set[str] = set()
        self._waiting = False  # the first render waits for the window's first frame
        self._held = False  # ... and for the conversions of the checks' process (``take``)
        self._painted = False
        self._hold = QTimer(self, singleShot=True, interval=FIRST_CHECK_WAIT_MS)
        self._hold.timeout.connect(self._release)

    @property
    def renderer(self):
        """The ``render.Renderer`` (imported, with the preview stylesheet, when first needed)."""
        if self._renderer is None:
            try:
                css = resource_path("preview.css").read_text(encoding="utf-8")
            except OSError:
                css = ""
            self.document().setDefaultStyleSheet(css)
            self.document().setDocumentMargin(14)
            self._renderer = Renderer(self._remote_images)
        return self._renderer

    def set_plan(self, plan, path: str | None, hold: bool = False) -> bool:
        """Show ``plan``. The first render comes after the window's first frame; ``hold``: it
        also waits for ``take`` (the first page's markdown, converted in the checks' process),
        at most ``FIRST_CHECK_WAIT_MS`` more. True when it does (this is the first render)."""
        self.plan = plan
        folder = os.path.dirname(path) if path else os.getcwd()
        self.setSearchPaths([folder])
        self.document().setBaseUrl(QUrl.fromLocalFile(folder + os.sep))
        if not self._waiting and self.render_count == 0:
            self._waiting, self._held = True, hold
            after_first_paint(self, self._first_frame)
            return hold
        if not self._waiting:
            self._timer.start(0)
        return False

    def _first_frame(self) -> None:
        self._painted = True
        if self._held:
            self._hold.start()
        else:
            self._release()

    def take(self, conversions: dict[str, str] | None) -> None:
        """The first page's markdown converted by the checks' process (None: nothing): the
        first render uses it (texts edited since are converted here)."""
        if not self._held:  # rendered already (or not waiting for them): nothing to take
            return
        self._held = False
        self._hold.stop()
        if conversions:
            self.renderer.take(conversions)
        if self._painted:
            self._release()

    def _release(self) -> None:
        """The first render, now; python-markdown (when the first render did without it) a
        moment later, for the renders after an edit."""
        self._held = False
        self._hold.stop()
        if self._waiting:
            self._waiting = False
            self.schedule()
            QTimer.singleShot(HOUSEKEEPING_MS, self, lambda: self.renderer.warm())

    def set_remote_images(self, allowed: bool) -> None:
        self.images.set_remote_allowed(allowed)
        if allowed != self._remote_images:
            self._remote_images = allowed
            if self._renderer is not None:
                self._renderer = Renderer(allowed)
            self.schedule()

    def schedule(self) -> None:
        if self.plan is None or self._waiting:
            return
        large = len(self.plan.dumps()) > LARGE_PLAN
        self._timer.start(150 if large else 0)

    def follow(self, field_id: str | None) -> None:
        """Keep the preview on the field being edited."""
        if field_id == self._focus:
            return
        self._focus = field_id
        section = self._section_of(field_id)
        if section is not None and not self._is_rendered(section):
            self.schedule()
        else:
            self._scroll_to_focus()

    def _section_of(self, field_id: str | None) -> int | None:
        if not field_id or not field_id.startswith("q:") or self.plan is None:
            return None
        try:
            return self.plan.question(int(field_id[2:])).section
        except (ValueError, IndexError):
            return None

    def _is_rendered(self, section: int) -> bool:
        return f"s{section}" in self._anchors

    def render_now(self) -> None:
        if self.plan is None:
            return
        start = time.perf_counter()
        html = self.renderer.page(self.plan, self._section_of(self._focus))
        scroll = self.verticalScrollBar().value()
        self.setHtml(html)
        self._anchors = set(_ANCHOR.findall(html))
        if self._focus and self._focus == self._scrolled_to:
            self.verticalScrollBar().setValue(scroll)
        else:
            self._scroll_to_focus()
        self.render_count += 1
        self.rendered.emit(time.perf_counter() - start)

    def _scroll_to_focus(self) -> None:
        focus = self._focus
        if focus and focus.startswith("q:"):
            self.scrollToAnchor(f"q{focus[2:]}")
        elif focus:
            self.verticalScrollBar().setValue(0)
        self._scrolled_to = focus

    def text(self) -> str:
        return self.document().toPlainText()

    # -- images ----------------------------------------------------------------------------------

    def loadResource(self, kind: int, url: QUrl):
        """Images come from the shared store (decoded once, off this thread; remote ones only
        while allowed): one not loaded yet shows empty, and the page renders again once it is."""
        if kind == QTextDocument.ResourceType.ImageResource:
            if url.isRelative():
                url = self.document().baseUrl().resolved(url)
            key = key_of_url(url)
            if key is not None:
                image = self.images.image(key)
                if image is not None:
                    return image
                if kind_of(key) != "remote" or self.images.remote_allowed():
                    self._asked.add(key)
                    self.images.request(key)
                return QImage()
        return super().loadResource(kind, url)

    def _image_loaded(self, key: str) -> None:
        if key in self._asked:
            self._asked.discard(key)
            self.schedule()
