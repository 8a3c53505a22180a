"""`veil admin|approvals|keys|services|dlq|audit query|recognizers reload`: admin-API clients.

Every command here talks to the admin API (`--admin-url`, default the local admin
listener) with the session `veil admin login` saved (0600, `$XDG_CONFIG_HOME/veil/session`)
or, for automation, a service account (`--account NAME --account-key FILE`, Ed25519
seed in base64). A call that needs a step-up asks for a TOTP code (or takes `--code`)
and retries once. Only `admin bootstrap` opens the vault itself: it needs the master
key and works only while no admin exists. Exit codes as in main.py: 0 done, 1 failed,
2 bad usage or config, 3 refused (authentication, policy, a missing approval).
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from proxy.cli.admin_client import AdminClient, ApiError, Credentials, load_account_key, load_session, save_session

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
    @click.option("--account-key", envvar="VEIL_ADMIN_ACCOUNT_KEY_FILE", type=click.Path(path_type=Path),
                  default=None, help="file with the service account's Ed25519 seed (base64)")
    @click.option("--code", default=None, help="a TOTP code, used if the call needs a step-up")
    def wrapper(admin_url: str | None, session_file: Path | None, account: str | None, account_key: Path | None,
                code: str | None, **kw: Any) -> Any:
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
        creds = Credentials(url=str(url), token=token, account=account, account_key=key)
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
                code = conn.code or (click.prompt("TOTP code (step-up)") if sys.stdin.isatty() else None)
                if not code:
                    fail(EXIT_REFUSED, "this command needs a step-up: pass --code with a fresh TOTP code")
                conn.code = None
                _step_up(conn, str(code))
                continue
            fail(_exit_for(err), f"{err.code}: {err.message}" if err.message else err.code)
        except OSError as exc:
            fail(EXIT_FAILED, f"cannot reach the admin API at {conn.client.creds.url} ({type(exc).__name__})")
    raise AssertionError("unreachable")


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


# --- admin ------------------------------------------------------------------------------
@click.group("admin")
def admin_group() -> None:
    """Admins: bootstrap, login, and adding admins and service accounts."""


@admin_group.command("bootstrap")
@click.option("--config", "path", type=click.Path(dir_okay=False), help="config file (omit for the quick start)")
@click.option("--name", prompt="admin name", help="the first admin's name")
@click.password_option("--password", prompt="password", help="at least 12 characters")
def bootstrap(path: str | None, name: str, password: str) -> None:
    """Create the first admin (needs the master key; only while no admin exists)."""
    from proxy.cli.admin_offline import bootstrap_admin

    uri = bootstrap_admin(path, name, password)
    click.echo("Add this account to an authenticator app (shown once; keep it secret):")
    click.echo(uri)
    show_qr(uri)


@admin_group.command("login")
@click.option("--name", prompt="admin name")
@click.option("--password", prompt="password", hide_input=True)
@click.option("--totp", "totp_code", prompt="TOTP code")
@admin_options
def login(conn: Conn, name: str, password: str, totp_code: str) -> None:
    """Log in (password + TOTP): a 15-minute session saved 0600 for the next commands."""
    body = call(conn, lambda: conn.client.call("POST", "/admin/v1/login",
                                               {"name": name, "password": password, "code": totp_code}))
    save_session(conn.session_file, conn.client.creds.url, body["token"], body["admin"], int(body["expires_in"]))
    click.echo(f"logged in as {body['admin']} for {int(body['expires_in']) // 60} minutes")


@admin_group.command("logout")
@admin_options
def logout(conn: Conn) -> None:
    call(conn, lambda: conn.client.call("DELETE", "/admin/v1/session"))
    conn.session_file.unlink(missing_ok=True)
    click.echo("logged out")


@admin_group.command("add")
@click.argument("name")
@click.option("--tenant", default="", help="limit the new admin to one tenant")
@click.password_option("--password", prompt="the new admin's password")
@admin_options
def add_admin(conn: Conn, name: str, tenant: str, password: str) -> None:
    """Add an admin (prints its TOTP provisioning URI once)."""
    body = call(conn, lambda: conn.client.call("POST", "/admin/v1/admins",
                                               {"name": name, "password": password, "tenant": tenant}))
    click.echo(body["provisioning_uri"])
    show_qr(body["provisioning_uri"])


@admin_group.command("add-account")
@click.argument("name")
@click.option("--public-key", required=True, help="base64 of the raw Ed25519 public key")
@click.option("--scope", "scopes", multiple=True, required=True)
@click.option("--tenant", default="")
@admin_options
def add_account(conn: Conn, name: str, public_key: str, scopes: tuple[str, ...], tenant: str) -> None:
    """Register a service account (automation: signed requests, no TOTP)."""
    show(call(conn, lambda: conn.client.call("POST", "/admin/v1/service-accounts", {
        "name": name, "public_key": public_key, "scopes": list(scopes), "tenant": tenant})))


# --- approvals (four-eyes) ---------------------------------------------------------------
@click.group("approvals")
def approvals_group() -> None:
    """Four-eyes approvals for restore, bulk export and key retirement."""


@approvals_group.command("list")
@admin_options
def approvals_list(conn: Conn) -> None:
    show(call(conn, lambda: conn.client.call("GET", "/admin/v1/approvals")))


@approvals_group.command("approve")
@click.argument("approval_id")
@admin_options
def approvals_approve(conn: Conn, approval_id: str) -> None:
    """Approve another admin's request (you cannot approve your own)."""
    show(call(conn, lambda: conn.client.call("POST", f"/admin/v1/approvals/{approval_id}/approve")))


def request_approval(conn: Conn, action: str, params: dict[str, str], tenant: str | None = None) -> None:
    """Ask for a second admin's approval, print how to proceed, and exit 3 (refused for now)."""
    body = call(conn, lambda: conn.client.call("POST", "/admin/v1/approvals",
                                               {"action": action, "params": params, "tenant": tenant}))
    click.echo(f"approval requested: {body['id']}")
    click.echo(f"a second admin runs `veil approvals approve {body['id']}`, then rerun with --approval {body['id']}")
    sys.exit(EXIT_REFUSED)


def register_admin_commands(cli: click.Group, *, keys: click.Group, audit: click.Group,
                            recognizers: click.Group) -> None:
    """Attach every admin-API command to the `veil` command (called once by proxy/cli/main.py)."""
    from proxy.cli import admin_groups
    from proxy.cli import vault as cli_vault

    cli.add_command(admin_group)
    cli.add_command(approvals_group)
    cli.add_command(cli_vault.vault_group)
    admin_groups.register(cli, keys=keys, audit=audit, recognizers=recognizers)
