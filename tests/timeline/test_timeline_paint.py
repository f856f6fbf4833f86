"""One painting routine for every device: a widget, an image, and a PDF page drawn as vectors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPageSize, QPainter, QPalette, QPdfWriter

from wsis_desktop.store import Pack
from wsis_desktop.timeline.data import TimelineData
from wsis_desktop.timeline.painter import PaintOptions, paint_timeline, render_range
from wsis_desktop.timeline.scale import TimeScale, ordinal

TODAY = dt.date(2026, 11, 27)


def palette(base: str, text: str) -> QPalette:
    result = QPalette()
    result.setColor(QPalette.ColorRole.Base, QColor(base))
    result.setColor(QPalette.ColorRole.Text, QColor(text))
    result.setColor(QPalette.ColorRole.Highlight, QColor("#3d7eff"))
    return result


def paint(data: TimelineData, colours: QPalette, today: dt.date = TODAY) -> tuple[QImage, float]:
    image = QImage(1000, 240, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    scale = TimeScale.of_dates(dt.date(2000, 1, 1), dt.date(2027, 12, 31), 1)
    frame = paint_timeline(painter, QRectF(0, 0, 1000, 240), scale, data,
                           PaintOptions(palette=colours, today=today))
    painter.end()
    return image, frame.x(ordinal(today) + 0.5)


def test_colours_follow_the_palette(fixture_pack: Pack, qapp: QGuiApplication) -> None:
    data = TimelineData.from_pack(fixture_pack)
    light, _ = paint(data, palette("#ffffff", "#101010"))
    dark, _ = paint(data, palette("#1b1c1f", "#e8e8ea"))
    corner = (5, 235)
    assert light.pixelColor(*corner).lightness() > 200
    assert dark.pixelColor(*corner).lightness() < 60


def test_today_line_is_drawn_on_today(fixture_pack: Pack, qapp: QGuiApplication) -> None:
    data = TimelineData.from_pack(fixture_pack)
    image, x = paint(data, palette("#ffffff", "#101010"))
    red = image.pixelColor(round(x - 0.5), 230)
    assert red.red() > 150 and red.green() < 100, red.name()
    other, _ = paint(data, palette("#ffffff", "#101010"), today=dt.date(2035, 1, 1))  # out of range
    plain = other.pixelColor(round(x - 0.5), 230)
    assert plain.red() < 150 or plain.green() > 100, plain.name()


def test_render_range_writes_vector_text_into_a_pdf(fixture_pack: Pack, tmp_path: Path,
                                                    qapp: QGuiApplication) -> None:
    out = tmp_path / "timeline.pdf"
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QSizeF(297, 210), QPageSize.Unit.Millimeter))
    writer.setResolution(1200)
    painter = QPainter(writer)
    page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    font = QFont()
    frame = render_range(painter, QRectF(0, 0, page.width(), page.height() / 2), fixture_pack,
                         dt.date(2005, 1, 1), dt.date(2010, 12, 31), PaintOptions(font=font, today=TODAY))
    painter.end()
    assert {d.event.id for d in frame.events} == {"ev-tunis-summit", "ev-wsis-forum-2009"}
    reader = PdfReader(out)
    text = " ".join(reader.pages[0].extract_text().split())  # pypdf gives word gaps as tabs
    assert "First event called WSIS Forum" in text
    assert "Summits and reviews" in text and "Tunis phase" in text
    assert not reader.pages[0].images  # vectors and text, no bitmap
