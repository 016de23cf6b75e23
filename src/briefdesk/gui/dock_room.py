"""Room for a right-hand dock (the Library) without squeezing the brief editor.

While the dock is open the editor keeps a usable width (``EDITOR_MIN_WIDTH``): the dock takes its
width from the sources pane and the side panels first, and opens narrower when the window is
narrow; when even that leaves it too little, the side panels (Suggestions, Checks, Preview,
Pages) step aside while it is open, as a tab would. A window too narrow to hold the editor's
floor, the sources pane and the dock side by side (800 px) gets the Library as a window of its
own over the side panels' place, and nothing in the main window moves; once the window is wide
enough again the next opening docks it. Closing it puts the panes back as they were,
and the splitter state saved meanwhile is that one, not the squeezed one. The editor's floor is
set only while the dock is open, and never above what the window has: a window tiled on half a
screen is not forced wider.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QSplitter

EDITOR_MIN_WIDTH = 520  # the Header form's labels and fields, and a BLUF line, still fit
# The side panels keep this much (never more than they had): at 270 px the suggestion names
# were cut to 12 characters and the Preview's tables broke words ("Partie|s").
SIDE_MIN_WIDTH = 300
DOCK_WIDTH = 420  # what the Library opens at when the window has the room


class DockRoom(QObject):
    def __init__(self, window: Any, dock: QDockWidget) -> None:
        super().__init__(dock)
        self.window = window
        self.dock = dock
        self.before: list[int] | None = None  # central splitter sizes before the dock opened
        self.side_stepped_aside = False
        self.floated_for_room = False  # we floated it (a narrow window), not the user
        self.width_when_floated = 0
        dock.visibilityChanged.connect(self._visibility)
        dock.topLevelChanged.connect(self._docking)
        dock.installEventFilter(self)

    # --- opening ----------------------------------------------------------------------------
    def open(self) -> None:
        """Show the dock, making room for it from the panes beside the editor."""
        if self.dock.isVisible():
            return
        narrow = self._too_narrow()
        if self.dock.isFloating() and self.floated_for_room and not narrow:
            self.floated_for_room = False
            self.dock.setFloating(False)  # room again: dock it as in any wide window
        if self.dock.isFloating():  # a window of its own takes nothing from the editor
            self.dock.show()
            return
        if narrow:
            self._float_over_side()
            return
        self._make_room()

    def _too_narrow(self) -> bool:
        """Even with the side panels aside, the editor's floor, the sources pane and the dock
        do not fit side by side."""
        spare = sum(self.window.splitter.sizes()) - self._minimum_total(with_side=False)
        return bool(spare < self.dock.minimumSizeHint().width())

    def _float_over_side(self) -> None:
        """The Library as a window of its own, where the side panels sit, as tall as they."""
        self.floated_for_room = True
        self.dock.setFloating(True)
        central = self.window.splitter
        width = max(self.dock.minimumSizeHint().width(), self.window.side.width(), 1)
        right = central.mapToGlobal(central.rect().topRight())
        left = right.x() - width + 1
        screen = self.window.screen()
        if screen is not None:
            left = max(left, screen.availableGeometry().left())
        self.dock.setGeometry(left, right.y(), width, central.height())
        self.dock.show()

    def _make_room(self) -> None:
        splitter = self.window.splitter
        self.before = splitter.sizes()
        dock_min = self.dock.minimumSizeHint().width()
        spare = sum(self.before) - self._minimum_total(with_side=True)
        if spare < dock_min and self.window.side.isVisible():
            self.window.side.hide()  # a narrow window: the Library takes the side panels' place
            self.side_stepped_aside = True
            # Settle the smaller minimum now, or showing the dock grows the window past it.
            splitter.refresh()
            self.window.layout().activate()
            spare = sum(self.before) - self._minimum_total(with_side=False)
        self._set_floor()
        self.dock.show()
        width = max(dock_min, min(DOCK_WIDTH, spare))
        self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        QTimer.singleShot(0, self._rebalance)

    def _docking(self, floating: bool) -> None:
        """Floated off, the dock gives the room back; docked again, it makes room anew."""
        if floating:
            self.width_when_floated = self.window.width()
            self._give_back()
            return
        self.floated_for_room = False  # docked by hand: the user's choice stands
        if self.dock.isVisible() and self.before is None:
            # Docked back at whatever width it had: measure the panes without it, then open.
            # Qt grows the window for it first; the window goes back to the width it had.
            width = self.width_when_floated or self.window.width()
            self.dock.hide()
            QTimer.singleShot(0, lambda: self._dock_back(width))

    def _dock_back(self, width: int) -> None:
        self.window.resize(width, self.window.height())
        self.window.layout().activate()
        self._make_room()

    def _set_floor(self) -> None:
        """The editor's floor: EDITOR_MIN_WIDTH, less whatever a too narrow window lacks (the
        dock's own least width can grow with its content)."""
        if self.before is None:
            return
        with_side = not self.side_stepped_aside
        spare = sum(self.before) - self._minimum_total(with_side=with_side)
        lack = max(0, self.dock.minimumSizeHint().width() - spare)
        self.window.editor.setMinimumWidth(max(0, EDITOR_MIN_WIDTH - lack))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dock and event.type() == QEvent.Type.LayoutRequest:
            self._set_floor()
        return False

    def _minimum_total(self, *, with_side: bool) -> int:
        """The central panes' least width, with the editor at its floor."""
        splitter: QSplitter = self.window.splitter
        total = 0
        counted = 0
        for index in range(splitter.count()):
            widget = splitter.widget(index)
            if widget is None or (widget is self.window.side and not with_side):
                continue
            counted += 1
            total += self._floor(index)
        return total + splitter.handleWidth() * max(0, counted - 1)

    def _floor(self, index: int) -> int:
        """The least width of the central pane at ``index`` while the dock is open."""
        widget = self.window.splitter.widget(index)
        if widget is self.window.editor:
            return EDITOR_MIN_WIDTH
        hint = int(widget.minimumSizeHint().width())
        if widget is self.window.side:
            had = int(self.before[index]) if self.before is not None else SIDE_MIN_WIDTH
            return max(hint, min(SIDE_MIN_WIDTH, had))
        return hint

    def _rebalance(self) -> None:
        """The editor keeps its width; the sources pane and side panels give the space, the
        side panels no further than their readable floor (the sources pane gives the rest)."""
        before = self.before
        splitter = self.window.splitter
        if before is None or not self.dock.isVisible():
            return
        sizes = splitter.sizes()
        total = sum(sizes)
        editor_at = splitter.indexOf(self.window.editor)
        others = [i for i in range(len(sizes)) if i != editor_at and sizes[i] > 0]
        floor = {i: self._floor(i) for i in others}
        editor_min = self.window.editor.minimumWidth()
        editor = max(editor_min, min(before[editor_at], total - sum(floor.values())))
        left = max(0, total - editor - sum(floor.values()))
        weight = sum(max(0, before[i] - floor[i]) for i in others) or 1
        new = list(sizes)
        new[editor_at] = editor
        for i in others:
            new[i] = floor[i] + left * max(0, before[i] - floor[i]) // weight
        splitter.setSizes(new)

    # --- closing ----------------------------------------------------------------------------
    def _visibility(self, shown: bool) -> None:
        if not shown and not self.dock.isVisible():
            self._give_back()

    def _give_back(self) -> None:
        """The panes as they were before the dock made room."""
        if self.before is None:
            return
        before, self.before = self.before, None
        self.window.editor.setMinimumWidth(0)
        if self.side_stepped_aside:
            self.window.side.show()
            self.side_stepped_aside = False
        QTimer.singleShot(0, lambda: self.window.splitter.setSizes(before))

    def splitter_state(self) -> QByteArray:
        """The central splitter's state to remember: while the dock is open, the sizes it had
        before, so the next start does not begin squeezed."""
        splitter: QSplitter = self.window.splitter
        if self.before is None:
            return splitter.saveState()
        current = splitter.sizes()
        splitter.setSizes(self.before)
        state = splitter.saveState()
        splitter.setSizes(current)
        return state
