"""Command line: ``briefdesk SUBCOMMAND`` runs headless on the core; no subcommand opens the GUI."""
