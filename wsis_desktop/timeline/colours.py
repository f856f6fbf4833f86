"""The timeline's colours, derived from the palette so light and dark themes both read well."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

_HUES = (210, 28, 145, 350, 265, 85, 185, 320, 45, 0)


@dataclass(frozen=True, slots=True)
class Colours:
    """The timeline's colours, derived from a palette (dark when the window is dark)."""

    base: QColor
    stripe: QColor
    text: QColor
    muted: QColor
    grid: QColor
    accent: QColor
    today: QColor
    era: tuple[QColor, QColor]
    tracks: tuple[QColor, ...]
    dark: bool

    @classmethod
    def of(cls, palette: QPalette) -> Colours:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        muted = mix(text, base, 0.45)
        return cls(
            base=base,
            stripe=mix(text, base, 0.035),
            text=text,
            muted=muted,
            grid=mix(text, base, 0.12),
            accent=palette.color(QPalette.ColorRole.Highlight),
            today=QColor(255, 110, 100) if dark else QColor(205, 35, 35),
            era=(mix(QColor(120, 150, 255), base, 0.16 if dark else 0.10),
                 mix(QColor(255, 190, 90), base, 0.14 if dark else 0.12)),
            tracks=tuple(QColor.fromHsl(h, 150, 165 if dark else 95) for h in _HUES),
            dark=dark,
        )

    def track(self, index: int) -> QColor:
        return self.tracks[index % len(self.tracks)]


def mix(top: QColor, bottom: QColor, amount: float) -> QColor:
    """``top`` laid over ``bottom`` at ``amount`` opacity, as an opaque colour."""
    def blend(a: float, b: float) -> float:
        return a * amount + b * (1 - amount)

    return QColor.fromRgbF(blend(top.redF(), bottom.redF()), blend(top.greenF(), bottom.greenF()),
                           blend(top.blueF(), bottom.blueF()))
