"""The BriefDesk window: PySide6 lives only in this package, thin over the Qt-free core."""
