"""BriefDesk: structured briefing notes from source articles, exported to Word."""

__version__ = "0.1.0"
