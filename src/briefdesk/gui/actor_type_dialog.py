"""The small question "what kind of actor is this?" asked when the words alone cannot tell."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from briefdesk.model.codes import ActorType

CHOICES: tuple[tuple[ActorType, str], ...] = (
    (ActorType.PERSON, "&Person"),
    (ActorType.ORGANIZATION, "&Organisation (company, ministry, armed force…)"),
    (ActorType.STATE, "&State (a country's government)"),
    (ActorType.INTERNATIONAL_ORGANIZATION, "&International organisation"),
)


class ActorTypeDialog(QDialog):
    """Returns its answer through :meth:`chosen`, so tests read it without ``exec()``."""

    def __init__(
        self, words: str, default: ActorType = ActorType.ORGANIZATION, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Kind of actor")
        shown = words if len(words) <= 60 else words[:59] + "…"
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"What is “{shown}”?"))
        self.group = QButtonGroup(self)
        for index, (kind, label) in enumerate(CHOICES):
            button = QRadioButton(label)
            button.setChecked(kind == default)
            self.group.addButton(button, index)
            layout.addWidget(button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self, kind: ActorType) -> None:
        for index, (choice, _label) in enumerate(CHOICES):
            if choice == kind:
                button = self.group.button(index)
                if button is not None:
                    button.setChecked(True)

    def chosen(self) -> ActorType:
        index = self.group.checkedId()
        return CHOICES[index][0] if 0 <= index < len(CHOICES) else ActorType.ORGANIZATION
