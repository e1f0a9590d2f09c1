"""The plan as preview HTML, with Qt's translations.

The HTML itself is built in ``editor.export.html`` (Qt-free), the one home of the plan's HTML,
so the preview and the HTML and PDF exports show the same page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.export import html as _html


def _tr(text: str) -> str:
    return QCoreApplication.translate("Preview", text)


class Renderer(_html.Renderer):
    """Renders a ``PlanFile`` to HTML, caching per-answer fragments (see ``export.html``)."""

    def __init__(self, remote_images: bool = False) -> None:
        super().__init__(remote_images, tr=_tr)
