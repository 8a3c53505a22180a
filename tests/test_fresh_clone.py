"""The README's first command as a newcomer meets it: a fresh clone, a fresh home, `scripts/serve`.

The committed HEAD of this repository is cloned into a temporary directory and `scripts/serve`
runs there with a new HOME and new XDG folders, so nothing of this machine's `.venv`, keys or
data can help it; only pip's download cache is shared (`pip cache dir`), to spare the network.
Then what the README promises: `/readyz` answers 200, a webhook signed with the quick start's
app secret (from `$XDG_CONFIG_HOME/veil/quickstart.env`) is accepted, reaches the built-in `crm`
subscriber (`http://127.0.0.1:9000/whatsapp`) tokenised and signed with its secret, and SIGTERM
stops the server cleanly. A second start does not reinstall: `scripts/bootstrap` is silent.

`VEIL_FRESH_CLONE_REV=<commit>` checks out another commit of the clone (to show this test fails on
a commit before the quick start was fixed).
"""

from __future__ import annotations

import hashlib
import hmac
import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import helpers
from tests.redis_servers import free_port

ROOT = helpers.ROOT
INSTALL_AND_START_S = 1200  # a first install without pip's cache downloads spaCy, Presidio and two models
DEMO_SUBSCRIBER = ("127.0.0.1", 9000)  # proxy/cli/quickstart.py's `crm` subscriber
# What a newcomer's shell passes on: where programs and interpreters are, how pip reaches its index.
PASSED_ON = (
    "PATH",
    "LANG",
    "LC_ALL",
    "PYENV_ROOT",
    "PYENV_VERSION",
    "SSL_CERT_FILE",
    "REQUESTS_CA_BUNDLE",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "no_proxy",
)


class _Received:
    def __init__(self) -> None:
        self.posts: list[tuple[dict[str, str], bytes]] = []
        self.arrived = threading.Event()


@pytest.fixture
def demo_subscriber() -> Iterator[_Received | None]:
    """A CRM at the demo subscriber's address, answering 200; None when the port is taken."""
    received = _Received()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            received.posts.append((dict(self.headers.items()), body))
            received.arrived.set()
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
            """Quiet."""

    try:
        server = http.server.ThreadingHTTPServer(DEMO_SUBSCRIBER, Handler)
    except OSError:
        yield None
        return
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield received
    finally:
        server.shutdown()
        server.server_close()


def _pip_cache_dir() -> str:
    out = subprocess.run([sys.executable, "-m", "pip", "cache", "dir"], capture_output=True, text=True, check=False)
    return out.stdout.strip()


def _newcomer_env(home: Path) -> dict[str, str]:
    env = {name: os.environ[name] for name in PASSED_ON if name in os.environ}
    env |= {name: value for name, value in os.environ.items() if name.startswith("PIP_")}
    env |= {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local/state"),
    }
    cache = _pip_cache_dir()
    if cache:
        env["PIP_CACHE_DIR"] = cache
    env |= {
        "VEIL_LISTEN__PORT": str(free_port()),
        "VEIL_ADMIN__PORT": str(free_port()),
        "VEIL_METRICS__PORT": str(free_port()),
    }
    return env


def _clone(into: Path) -> Path:
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(into)], check=True, timeout=120)
    rev = os.environ.get("VEIL_FRESH_CLONE_REV")
    if rev:
        subprocess.run(["git", "-C", str(into), "checkout", "--quiet", rev], check=True, timeout=60)
    return into


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:  # noqa: S310 - loopback test URL
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def _tail(log: Path, lines: int = 25) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def _wait_ready(url: str, proc: subprocess.Popen[bytes], log: Path) -> float:
    started = time.monotonic()
    while time.monotonic() - started < INSTALL_AND_START_S:
        if proc.poll() is not None:
            raise AssertionError(f"scripts/serve exited with {proc.returncode}; its last lines:\n{_tail(log)}")
        try:
            if _status(url) == 200:
                return time.monotonic() - started
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"not ready after {INSTALL_AND_START_S} s; last lines:\n{_tail(log)}")


def _demo_secrets(config_home: Path) -> dict[str, str]:
    lines = (config_home / "veil" / "quickstart.env").read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def _post_webhook(base: str, app_secret: str) -> int:
    body = (helpers.PAYLOADS / "webhook-text.json").read_bytes()
    signature = "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    request = urllib.request.Request(  # noqa: S310
        f"{base}/webhooks/whatsapp",
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", "X-Hub-Signature-256": signature},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as resp:  # noqa: S310 - loopback test URL
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return exc.code


@pytest.mark.slow
@pytest.mark.timeout(INSTALL_AND_START_S + 300)
def test_scripts_serve_from_a_fresh_clone_starts_accepts_a_webhook_and_stops(
    tmp_path: Path, demo_subscriber: _Received | None
) -> None:
    clone = _clone(tmp_path / "veil")
    home = tmp_path / "home"
    home.mkdir()
    env = _newcomer_env(home)
    base = f"http://127.0.0.1:{env['VEIL_LISTEN__PORT']}"
    log = tmp_path / "serve.log"
    with log.open("wb") as out:  # a file, not a pipe nobody drains while pip and Veil talk
        proc = subprocess.Popen(["scripts/serve"], cwd=clone, env=env, stdout=out, stderr=out, start_new_session=True)
    try:
        took = _wait_ready(f"{base}/readyz", proc, log)
        print(f"fresh clone: scripts/serve ready after {took:.0f} s")  # noqa: T201 - shown with -s
        demo = _demo_secrets(home / ".config")
        assert _post_webhook(base, demo["VEIL_WA_APP_SECRET"]) == 200
        if demo_subscriber is not None:
            assert demo_subscriber.arrived.wait(60), f"nothing delivered to the demo subscriber:\n{_tail(log)}"
            headers, body = demo_subscriber.posts[0]
            expected = "sha256=" + hmac.new(demo["VEIL_SUB_CRM_SECRET"].encode(), body, hashlib.sha256).hexdigest()
            assert headers["X-Hub-Signature-256"] == expected
            delivered = json.loads(body)
            assert delivered["entry"][0]["changes"][0]["value"]["messages"][0]["type"] == "text"
            assert b"16505551234" not in body  # the customer's number arrives as a token
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0, _tail(log)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    said = log.read_text(errors="replace")
    assert "Veil quick start" in said and "Traceback" not in said
    assert "without names and places" not in said  # both default models came with the install
    # The next start finds the install current: no pip, no output, about a second.
    started = time.monotonic()
    again = subprocess.run(["scripts/bootstrap"], cwd=clone, env=env, capture_output=True, timeout=120, check=False)
    assert (again.returncode, again.stdout, again.stderr) == (0, b"", b"")
    assert time.monotonic() - started < 10
