"""`veil admin bootstrap`: the one admin command that opens the vault itself.

There is no admin yet, so there is no one to log in to the API: bootstrap loads the
keys exactly as `veil serve` does, checks the master key against the vault's recorded
check value (a wrong key is refused before anything is written), and creates the first
admin only while none exists (atomic in Redis). It prints the TOTP provisioning URI
once; the seed is stored sealed under the master key. In embedded mode it works beside a
running `veil serve` (it connects to that server's Redis socket and leaves it running)
or, with no server running, starts the embedded Redis for itself and stops it after.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import click

from proxy.access import Admins
from proxy.cli.calls import EXIT_FAILED, EXIT_REFUSED, EXIT_USAGE, fail
from proxy.config import Settings
from proxy.errors import BadRequest, ConfigError, KeyMaterialError, PermissionDenied, VeilError
from proxy.kv import connect
from proxy.vault import KeySet, KeyStore


def bootstrap_admin(settings: Settings, keyset: KeySet, data_dir: Path, name: str, password: str) -> str:
    """The first admin's TOTP provisioning URI; exits with the CLI's codes on a refusal."""

    async def run() -> str:
        s = settings.vault
        # attach: beside a running `veil serve`, use its embedded Redis and never stop it
        conn = connect(
            s,
            data_dir=data_dir,
            username=settings.secret(s.username_env),
            password=settings.secret(s.password_env),
            command="admin bootstrap",
            attach=True,
        )
        try:
            await KeyStore(conn.client, keyset).verify()
            enrolment = await Admins(conn.client, keyset.master).bootstrap(name, password)
            return enrolment.provisioning_uri
        finally:
            await conn.close()

    try:
        return asyncio.run(run())
    except PermissionDenied as exc:
        fail(EXIT_REFUSED, str(exc))
    except (BadRequest, ConfigError, KeyMaterialError) as exc:  # BadRequest: the name or password does not fit
        fail(EXIT_USAGE, str(exc))
    except (VeilError, OSError) as exc:
        fail(EXIT_FAILED, f"bootstrap failed: {exc}")
    except Exception as exc:  # a Redis error: named, never with data
        click.echo(f"veil: bootstrap failed ({type(exc).__name__})", err=True)
        raise SystemExit(EXIT_FAILED) from None
    raise AssertionError("unreachable")
