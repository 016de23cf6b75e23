"""Every editor tab in sight when the editor is narrow (newcomer15 N15-27).

With the Library open at 1440 px the editor keeps its 520-px floor, and its eight tabs need
about 575: Sources (Ctrl+7) went behind scroll arrows. Elided labels ("Act…", "D…") read worse
than arrows, so a narrow tab bar keeps whole words and tightens the space around them instead
(Fusion's 24 px of padding a tab to 12), and gets it back when the room returns.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QTabWidget


class _TabSpacing(QProxyStyle):
    """The application's style with a tab's horizontal padding halved while ``tight``."""

    def __init__(self, base_name: str) -> None:
        super().__init__(base_name)
        self.tight = False

    def pixelMetric(self, metric: Any, option: Any = None, widget: Any = None) -> int:
        value = int(super().pixelMetric(metric, option, widget))
        if self.tight and metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return max(8, value // 2)
        return value


class TabFit(QObject):
    """Watches the tab widget's width; tightens its tabs when whole ones would not all fit."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        style = QApplication.style()
        self.style = _TabSpacing(style.name() if style is not None else "fusion")
        self.style.setParent(self)
        tabs.tabBar().setStyle(self.style)
        tabs.installEventFilter(self)

    @property
    def tight(self) -> bool:
        return self.style.tight

    def roomy_width(self) -> int:
        """The width the tabs take with the style's own padding."""
        bar = self.tabs.tabBar()
        was = self.style.tight
        self.style.tight = False
        width = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        self.style.tight = was
        return width

    def fit(self) -> None:
        tight = self.tabs.width() < self.roomy_width()
        if tight != self.style.tight:
            self.style.tight = tight
            bar = self.tabs.tabBar()
            # The bar measures its tabs again on a style change, with the new padding.
            QApplication.sendEvent(bar, QEvent(QEvent.Type.StyleChange))
            bar.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tabs and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False
