"""The plan as PDF, drawn by Qt from the same HTML as the preview (``export.html.plan_html``).

Each plan is laid out as a ``QTextDocument`` on pages of the locale's paper (A4, or Letter where
that is the custom), and each page is painted with the plan's title in the header and "page n of
N" in the footer. Qt's PDF writer embeds the subsets of the fonts it draws with and keeps links
clickable; Qt's text layout orders right-to-left paragraphs and shapes Arabic itself.

``combine``: one PDF, a table of contents first, each plan starting on a new page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from editor.export import html as plan_html_module
from editor.export.problems import cannot_export, cannot_write
from editor.export.structure import Report, out_paths
from editor.i18n import translate
from editor.resources import resource_path

_LETTER = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.CostaRica,
    QLocale.Country.Guatemala,
    QLocale.Country.Philippines,
    QLocale.Country.Venezuela,
    QLocale.Country.PuertoRico,
    QLocale.Country.DominicanRepublic,
    QLocale.Country.ElSalvador,
    QLocale.Country.Panama,
    QLocale.Country.Nicaragua,
    QLocale.Country.Honduras,
}
_MARGIN_MM = 18
_DPI = 300


def locale_page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter where it is the custom (the Americas' Letter countries), else A4."""
    country = (locale or QLocale()).territory()
    return QPageSize(QPageSize.PageSizeId.Letter if country in _LETTER else QPageSize.PageSizeId.A4)


class _Page:
    """The geometry of one page in device pixels: the body, and the header and footer bands."""

    def __init__(self, writer, font: QFont) -> None:  # a QPdfWriter or a QPrinter
        self.width = writer.width()
        self.height = writer.height()
        metrics = QFontMetricsF(font, writer)
        self.band = metrics.height() * 2.2
        self.body = QRectF(0, self.band, self.width, self.height - 2 * self.band)


def _document(source, writer, page: _Page) -> tuple[QTextDocument, list[str]]:
    text, problems = plan_html_module.render(source, standalone=False, remote_images=False)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    try:
        doc.setDefaultStyleSheet(resource_path("preview.css").read_text(encoding="utf-8"))
    except OSError:
        pass
    doc.setBaseUrl(QUrl.fromLocalFile(str(Path(source.path).resolve().parent) + "/"))
    doc.setHtml(text)
    doc.setPageSize(QSizeF(page.body.width(), page.body.height()))
    return doc, problems


def _chrome(painter: QPainter, page: _Page, font: QFont, title: str, number: int, total: int):
    painter.save()
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.darkGray)
    top = QRectF(0, 0, page.width, page.band * 0.7)
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
    elided = QFontMetricsF(font, painter.device()).elidedText(
        title, Qt.TextElideMode.ElideRight, page.width
    )
    painter.drawText(top, int(flags | Qt.AlignmentFlag.AlignLeft), elided)
    painter.drawLine(0, int(page.band * 0.75), int(page.width), int(page.band * 0.75))
    bottom = QRectF(0, page.height - page.band * 0.7, page.width, page.band * 0.7)
    said = translate("Pdf", "Page {0} of {1}").format(number, total)
    painter.drawText(bottom, int(flags | Qt.AlignmentFlag.AlignHCenter), said)
    painter.restore()


def _paint(painter: QPainter, doc: QTextDocument, page: _Page, index: int) -> None:
    """Page ``index`` of ``doc`` in the body of the current page."""
    painter.save()
    height = page.body.height()
    painter.translate(page.body.left(), page.body.top() - index * height)
    clip = QRectF(0, index * height, page.body.width(), height)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    painter.setClipRect(clip)
    doc.documentLayout().draw(painter, context)
    painter.restore()


def _contents(titles: list[tuple[str, int]], page: _Page, writer) -> QTextDocument:
    rows = "".join(
        f'<tr><td dir="auto">{plan_html_module.esc(t)}</td><td align="right">{n}</td></tr>'
        for t, n in titles
    )
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setHtml(
        "<h1>" + plan_html_module.esc(translate("Pdf", "Contents")) + "</h1>"
        f'<table width="100%" cellspacing="0" cellpadding="4">{rows}</table>'
    )
    doc.setPageSize(QSizeF(page.body.width(), page.body.height()))
    return doc


def write_pdf(sources, out, *, combine: bool = False, page_size: QPageSize | None = None):
    """One PDF per plan (in the folder ``out`` when there are several), or with ``combine``
    all in the one file ``out``, a table of contents first."""
    report = Report()
    out = Path(out)
    sources = list(sources)
    if not sources:
        return report
    size = page_size or locale_page_size()
    try:
        if combine or len(sources) == 1:
            out.parent.mkdir(parents=True, exist_ok=True)
            _write(sources, out, size, report, contents=combine and len(sources) > 1)
            return report
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        report.problems.append(cannot_write(out, e))
        return report
    for source, target in zip(sources, out_paths(sources, out, ".pdf"), strict=True):
        try:
            _write([source], target, size, report, contents=False)
        except Exception as e:  # one plan that fails does not stop the others
            report.problems.append(cannot_export(source.path, e))
    return report


def page_layout(size: QPageSize) -> QPageLayout:
    """The PDF's page: ``size`` upright with the export's margins (print starts from it too)."""
    return QPageLayout(
        size,
        QPageLayout.Orientation.Portrait,
        QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def _write(sources, out: Path, size: QPageSize, report: Report, *, contents: bool) -> None:
    if not _writable(out):
        report.problems.append(cannot_write(out))
        return
    writer = QPdfWriter(str(out))
    writer.setResolution(_DPI)
    writer.setCreator("Plan editor")
    writer.setPageLayout(page_layout(size))
    painted = paint_plans(writer, sources, report, contents=contents)
    if painted:
        report.written.append(out)
    elif painted is not None:
        report.problems.append(cannot_write(out))


def paint_plans(device, sources, report: Report, *, contents: bool = False) -> bool | None:
    """Lay the plans out on the pages of ``device`` (a ``QPdfWriter`` or a ``QPrinter``, any
    ``QPagedPaintDevice`` with its page layout set) and paint them, the title in each page's
    header and "Page n of N" in its footer. None when no plan could be laid out (each named in
    ``report``), False when the device could not be painted on."""
    font = QFont("DejaVu Sans")
    font.setPointSizeF(8.5)
    page = _Page(device, font)
    docs = []
    for source in sources:
        try:
            doc, problems = _document(source, device, page)
        except Exception as e:
            report.problems.append(cannot_export(source.path, e))
            continue
        report.problems += problems
        title = source.plan.title or Path(source.path).stem
        if hasattr(device, "setTitle"):
            device.setTitle(title if len(sources) == 1 else "")
        else:  # a QPrinter: the document's name in the print queue
            device.setDocName(title if len(sources) == 1 else "")
        docs.append((title, doc))
    if not docs:
        return None
    toc = None
    if contents:
        toc = _contents([(t, 0) for t, _ in docs], page, device)  # its page count first
        start = toc.pageCount() + 1
        starts = []
        for _, doc in docs:
            starts.append(start)
            start += doc.pageCount()
        toc = _contents([(t, s) for (t, _), s in zip(docs, starts, strict=True)], page, device)
    pages = [(translate("Pdf", "Contents"), toc, i) for i in range(toc.pageCount())] if toc else []
    for title, doc in docs:
        pages += [(title, doc, i) for i in range(doc.pageCount())]
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        for n, (title, doc, index) in enumerate(pages, 1):
            if n > 1:
                device.newPage()
            _paint(painter, doc, page, index)
            _chrome(painter, page, font, title, n, len(pages))
    finally:
        painter.end()
    return True


def _writable(out: Path) -> bool:
    try:
        with open(out, "ab"):
            pass
    except OSError:
        return False
    return True
