"""Calling the admin API from a `veil` command: connection options, step-up, exit codes, output.

Every data-touching command is a client of the admin API; this module is what they
share, so a command module holds only its own commands. Errors become the exit codes
scripts rely on (1 failed, 2 bad usage, 3 refused), with the API's code and message.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import aiohttp
import click

from proxy.cli.admin_client import AdminClient, Credentials, load_account_key, load_session
from proxy.config import ClientTLS
from proxy.errors import ApiError, ConfigError
from proxy.tls import client_context

EXIT_FAILED, EXIT_USAGE, EXIT_REFUSED = 1, 2, 3  # the codes of proxy/cli/main.py
DEFAULT_URL = "http://127.0.0.1:8081"
T = TypeVar("T")


@dataclass
class Conn:
    client: AdminClient
    session_file: Path
    code: str | None


def fail(code: int, message: str) -> NoReturn:
    click.echo(f"veil: {message}", err=True)
    sys.exit(code)


def _exit_for(err: ApiError) -> int:
    if err.status in (401, 403, 429):
        return EXIT_REFUSED
    return EXIT_USAGE if err.status == 400 else EXIT_FAILED


def admin_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """Connection options shared by every admin-API command; passes `conn` to the command."""

    @click.option("--admin-url", envvar="VEIL_ADMIN_URL", default=None, help="admin API base URL")
    @click.option("--session-file", envvar="VEIL_SESSION_FILE", type=click.Path(path_type=Path), default=None)
    @click.option("--account", envvar="VEIL_ADMIN_ACCOUNT", default=None, help="service account name")
    @click.option(
        "--account-key",
        envvar="VEIL_ADMIN_ACCOUNT_KEY_FILE",
        type=click.Path(path_type=Path),
        default=None,
        help="file with the service account's Ed25519 seed (base64)",
    )
    @click.option(
        "--code",
        envvar="VEIL_STEP_UP_CODE",
        default=None,
        help="a TOTP code, used if the call needs a step-up (else asked for, or read from piped stdin)",
    )
    @click.option(
        "--admin-ca",
        envvar="VEIL_ADMIN_CA_FILE",
        type=click.Path(dir_okay=False),
        default=None,
        help="CA bundle that issued the admin listener's certificate (HTTPS with a private CA)",
    )
    @click.option(
        "--admin-cert",
        envvar="VEIL_ADMIN_CERT_FILE",
        type=click.Path(dir_okay=False),
        default=None,
        help="client certificate, when the admin listener requires one (admin.tls.client_cafile)",
    )
    @click.option(
        "--admin-key",
        envvar="VEIL_ADMIN_KEY_FILE",
        type=click.Path(dir_okay=False),
        default=None,
        help="the client certificate's private key",
    )
    def wrapper(
        admin_url: str | None,
        session_file: Path | None,
        account: str | None,
        account_key: Path | None,
        code: str | None,
        admin_ca: str | None,
        admin_cert: str | None,
        admin_key: str | None,
        **kw: Any,
    ) -> Any:
        path = session_file or Path(click.get_app_dir("veil")) / "session"
        saved = load_session(path) if not account else None
        url = admin_url or (saved or {}).get("url") or DEFAULT_URL
        try:
            key = load_account_key(account_key) if account and account_key else None
        except (OSError, ValueError) as exc:
            fail(EXIT_USAGE, f"cannot read the account key ({type(exc).__name__})")
        if account and key is None:
            fail(EXIT_USAGE, "--account needs --account-key")
        token = None if account else (saved or {}).get("token")
        try:
            tls = (
                None
                if not (admin_ca or admin_cert or admin_key)
                else client_context(
                    ClientTLS(cafile=admin_ca, certfile=admin_cert, keyfile=admin_key), "admin TLS options"
                )
            )
        except (ValueError, ConfigError) as exc:  # a certificate without its key, an unreadable file
            fail(
                EXIT_USAGE,
                "; ".join(exc.problems) if isinstance(exc, ConfigError) else "--admin-cert and --admin-key go together",
            )
        creds = Credentials(url=str(url), token=token, account=account, account_key=key, tls=tls)
        return f(conn=Conn(AdminClient(creds), path, code), **kw)

    wrapper.__name__ = f.__name__
    wrapper.__doc__ = f.__doc__
    return wrapper


def call(conn: Conn, factory: Callable[[], Awaitable[T]]) -> T:
    """Run one API interaction; on `step_up_required` ask for a code, step up, retry once."""
    for attempt in (1, 2):
        try:
            return asyncio.run(_awaited(factory))
        except ApiError as err:
            if err.code == "step_up_required" and attempt == 1 and conn.client.creds.token:
                code = conn.code or _ask_code()
                if not code:
                    fail(
                        EXIT_REFUSED,
                        "this command needs a step-up: pass --code (or VEIL_STEP_UP_CODE) with a "
                        "fresh TOTP code, or pipe it on stdin",
                    )
                conn.code = None
                _step_up(conn, str(code))
                continue
            for problem in err.problems:  # every problem, not a summary: fix them all in one go
                click.echo(f"veil: {problem}", err=True)
            if err.status == 409:  # valid, but the state moved under it: nothing was done
                click.echo(
                    "veil: it changed meanwhile and nothing was done: look again (e.g. `veil approvals list`) "
                    "and retry if it is still wanted",
                    err=True,
                )
            message = err.message or (f"{len(err.problems)} problem(s), listed above" if err.problems else "")
            fail(_exit_for(err), f"{err.code}: {message}" if message else err.code)
        except (OSError, aiohttp.ClientError) as exc:  # refused, unreachable, or a TLS handshake refused
            fail(EXIT_FAILED, f"cannot reach the admin API at {conn.client.creds.url} ({type(exc).__name__})")
    raise AssertionError("unreachable")


def _ask_code() -> str | None:
    """A step-up code from the terminal, or the next line of piped stdin (`oathtool … | veil …`)."""
    if sys.stdin.isatty():
        return str(click.prompt("TOTP code (step-up)", hide_input=True))
    line = sys.stdin.readline().strip()
    return line or None


async def _awaited(factory: Callable[[], Awaitable[T]]) -> T:
    return await factory()


def _step_up(conn: Conn, code: str) -> None:
    try:
        asyncio.run(conn.client.call("POST", "/admin/v1/session/step-up", {"code": code}))
    except ApiError as err:
        fail(EXIT_REFUSED, f"step-up refused: {err.message or err.code}")


def show(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, sort_keys=True))


def show_qr(uri: str) -> None:
    """The provisioning URI as a QR code, in a terminal only (never into a pipe or a log)."""
    if not sys.stdout.isatty():
        return
    import qrcode  # type: ignore[import-untyped]

    qr = qrcode.QRCode(border=1)
    qr.add_data(uri)
    qr.print_ascii(out=sys.stdout, invert=True)


def request_approval(conn: Conn, action: str, params: dict[str, str], tenant: str | None = None) -> None:
    """Ask for a second admin's approval, print how to proceed, and exit 3 (refused for now)."""
    body = call(
        conn,
        lambda: conn.client.call("POST", "/admin/v1/approvals", {"action": action, "params": params, "tenant": tenant}),
    )
    click.echo(f"approval requested: {body['id']}")
    click.echo(
        f"a second admin runs `veil approvals approve {body['id']}` (or `veil approvals refuse {body['id']}`), "
        f"then rerun with --approval {body['id']}"
    )
    sys.exit(EXIT_REFUSED)
