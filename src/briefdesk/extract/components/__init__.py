"""Small rules over one Doc; the order they run in is declared in ``extract.pipeline``."""
