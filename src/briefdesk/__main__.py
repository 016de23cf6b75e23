"""Entry point for ``python -m briefdesk``."""

from briefdesk.cli.main import main

raise SystemExit(main())
