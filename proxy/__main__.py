"""`python -m proxy` runs the `veil` command."""

from proxy.cli import main

raise SystemExit(main())
