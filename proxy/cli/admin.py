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

import click

from proxy.cli.admin_client import save_session
from proxy.cli.calls import Conn, admin_options, call, show, show_qr
from proxy.cli.output import emit, format_option, iso


# --- admin ------------------------------------------------------------------------------
@click.group("admin")
def admin_group() -> None:
    """Admins: bootstrap, login, and adding admins and service accounts."""


@admin_group.command("login")
@click.option("--name", prompt="admin name")
@click.option("--password", prompt="password", hide_input=True)
@click.option("--totp", "totp_code", prompt="TOTP code")
@admin_options
def login(conn: Conn, name: str, password: str, totp_code: str) -> None:
    """Log in (password + TOTP): a 15-minute session saved 0600 for the next commands."""
    body = call(
        conn,
        lambda: conn.client.call("POST", "/admin/v1/login", {"name": name, "password": password, "code": totp_code}),
    )
    save_session(conn.session_file, conn.client.creds.url, body["token"], body["admin"], int(body["expires_in"]))
    click.echo(f"logged in as {body['admin']} for {int(body['expires_in']) // 60} minutes")


@admin_group.command("logout")
@admin_options
def logout(conn: Conn) -> None:
    call(conn, lambda: conn.client.call("DELETE", "/admin/v1/session"))
    conn.session_file.unlink(missing_ok=True)
    click.echo("logged out")


def enrolment_link(admin_url: str, token: str) -> str:
    """The console's enrolment page with the token after `#`: a browser sends a fragment to
    no server, so the token stays out of every request line, Referer and access log."""
    return f"{admin_url.rstrip('/')}/console/enrol#{token}"


@admin_group.command("add")
@click.argument("name")
@click.option("--tenant", default="", help="limit the new admin to one tenant")
@click.option("--approval", default="", help="approval id of an admin_create request (needed once two admins exist)")
@admin_options
def add_admin(conn: Conn, name: str, tenant: str, approval: str) -> None:
    """Add an admin: prints a one-time enrolment token for the new admin (24 h), never credentials."""
    request = {"name": name, "tenant": tenant} | ({"approval": approval} if approval else {})
    body = call(conn, lambda: conn.client.call("POST", "/admin/v1/admins", request))
    click.echo(f"admin {body['name']} created; it cannot log in until it enrols.")
    click.echo(f"give {body['name']} this one-time enrolment link (valid 24 h), and only to them:")
    click.echo(f"  {enrolment_link(conn.client.creds.url, body['enrolment_token'])}")
    click.echo(f"or the token alone, for veil admin enrol --admin-url {conn.client.creds.url}:")
    click.echo(f"  {body['enrolment_token']}")
    if approval:
        click.echo(
            "the approver gives them the enrolment_half of the approval; they enter it beside the link "
            "(or enrol with <token>.<half>)"
        )


@admin_group.command("enrol")
@click.option("--token", prompt="enrolment token", hide_input=True)
@click.password_option("--password", prompt="your new password")
@admin_options
def enrol(conn: Conn, token: str, password: str) -> None:
    """Enrol as a new admin: set your own password, get your own TOTP provisioning URI (once)."""
    body = call(conn, lambda: conn.client.call("POST", "/admin/v1/enrol", {"token": token, "password": password}))
    click.echo(f"enrolled as {body['name']}; add this to your authenticator app, then veil admin login:")
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
    show(
        call(
            conn,
            lambda: conn.client.call(
                "POST",
                "/admin/v1/service-accounts",
                {"name": name, "public_key": public_key, "scopes": list(scopes), "tenant": tenant},
            ),
        )
    )


# --- approvals (four-eyes) ---------------------------------------------------------------
@click.group("approvals")
def approvals_group() -> None:
    """Four-eyes approvals for restore, bulk export and key retirement."""


@approvals_group.command("list")
@format_option
@admin_options
def approvals_list(conn: Conn, fmt: str) -> None:
    """Approval requests: pending ones wait for a second admin."""
    body = call(conn, lambda: conn.client.call("GET", "/admin/v1/approvals"))
    emit(
        fmt,
        body,
        ("ID", "ACTION", "TENANT", "REQUESTER", "REQUESTED", "STATUS", "APPROVER", "PARAMS"),
        lambda b: [
            (
                a["id"],
                a["action"],
                a["tenant"],
                a["requester"],
                iso(a["created"]),
                a["status"],
                a["approver"],
                a["params"],
            )
            for a in b["approvals"]
        ],
    )


@approvals_group.command("approve")
@click.argument("approval_id")
@admin_options
def approvals_approve(conn: Conn, approval_id: str) -> None:
    """Approve another admin's request (you cannot approve your own)."""
    show(call(conn, lambda: conn.client.call("POST", f"/admin/v1/approvals/{approval_id}/approve")))


@approvals_group.command("refuse")
@click.argument("approval_id")
@admin_options
def approvals_refuse(conn: Conn, approval_id: str) -> None:
    """Refuse a request (or withdraw your own): it can no longer be approved or used."""
    show(call(conn, lambda: conn.client.call("POST", f"/admin/v1/approvals/{approval_id}/refuse")))
