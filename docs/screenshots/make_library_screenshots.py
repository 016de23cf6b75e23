"""The Library panel screenshots in the README: search, a dossier, related briefs (for an open
brief, and for an article just pasted into a new brief, before any suggestion is accepted).

Run from the repository root (offscreen; 300 generated briefs in a temporary BRIEFDESK_HOME):
``PYTHONPATH=. .venv/bin/python docs/screenshots/make_library_screenshots.py``
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
os.environ["BRIEFDESK_HOME"] = tempfile.mkdtemp(prefix="library-shots-")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


ARTICLE = (
    "Nigeria orders more K-8 trainers from China\n\n"
    "Bola Adeyemi, Nigeria's Chief of Air Staff, said on Monday that Nigeria would buy twelve"
    " more K-8 trainer aircraft from China, to be delivered to the training squadron in Kaduna"
    " next year. The agreement, worth about $120 million, was signed in Abuja by officials of"
    " both ministries.\n\nAdeyemi said the aircraft would strengthen pilot training and"
    " maintenance cooperation.\n"
)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from briefdesk.gui.mainwindow import MainWindow
    from briefdesk.settings import load_settings
    from tests.library.factory import write_many

    app = QApplication([])
    desk = Path(os.environ["BRIEFDESK_HOME"]) / "desk"
    write_many(desk, 300)
    settings = load_settings()
    settings.library_folders = [str(desk)]
    window = MainWindow(settings)
    window.resize(1500, 900)
    window.show()

    def idle() -> None:
        while window.runner.busy:
            app.processEvents()
            window.runner.wait(50)
        for _ in range(20):
            app.processEvents()

    panel = window.library_panel
    panel.index_now()
    idle()
    panel.show_library()
    panel.query.setText("JF-17 squadron")
    panel.search()
    idle()
    window.grab().save(str(HERE / "library-search.png"))
    panel.show_dossier("Pakistan")
    idle()
    window.grab().save(str(HERE / "library-dossier.png"))
    window.open_path(sorted(desk.rglob("*.brief"))[40], ask=False)
    idle()
    panel.tabs.setCurrentIndex(2)
    idle()
    window.grab().save(str(HERE / "library-related.png"))
    from PySide6.QtGui import QGuiApplication

    window.new_file()
    QGuiApplication.clipboard().setText(ARTICLE)
    window.act_paste_source.trigger()
    idle()
    panel.tabs.setCurrentIndex(2)
    idle()
    window.grab().save(str(HERE / "library-related-new-source.png"))
    window.runner.wait(3000)


if __name__ == "__main__":
    main()
