"""`python -m proxy` runs the `veil` command."""

from proxy.cli.main import main

raise SystemExit(main())
