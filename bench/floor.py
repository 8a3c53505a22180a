"""aiohttp's floor on this machine: what a bare server and a bare client cost per request.

    python -m bench.floor [--rate 300] [--seconds 15] [--runs 2]

Veil does one aiohttp server request (the webhook) and one aiohttp client request (the
delivery) per event before any work of its own, so the 2 ms goal of `bench.inbound` is only
meaningful beside these two numbers, taken on the same machine the same hour. Both sides run
on uvloop in their own processes, as Veil does:

- the server reads the body, parses it as JSON and answers a small JSON object, with no
  access log and no middleware;
- the client posts `bench.inbound`'s signed webhook bodies open loop at `--rate` through one
  shared `ClientSession` without a cookie jar, reading each answer, as Veil's sender does.

CPU comes from `/proc` (utime + stime) of each process over the measured window. The
machine yardstick (`harness.yardstick_ms`, a fixed pure-Python loop) is printed beside it:
the VM's speed moves by 1.5-2x between hours and machines, and the yardstick says by how much.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import socket
import sys
import time

import aiohttp
import uvloop

from bench.harness import corpus_texts, cpu_seconds, webhook, yardstick_ms


def _server(sock: socket.socket) -> None:
    from aiohttp import web

    async def hook(request: web.Request) -> web.Response:
        await request.json()
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_post("/hook", hook)
    uvloop.run(_serve(app, sock))


async def _serve(app: aiohttp.web.Application, sock: socket.socket) -> None:
    runner = aiohttp.web.AppRunner(app, access_log=None)
    await runner.setup()
    await aiohttp.web.SockSite(runner, sock).start()
    await asyncio.Event().wait()


async def _client(
    url: str, bodies: list[tuple[bytes, str]], rate: float, warmup: int, server_pid: int
) -> tuple[float, float, int]:
    """CPU seconds of this process and of the server over the measured requests (the ones
    after `warmup`), and the count of answers other than 200."""
    errors = 0
    async with aiohttp.ClientSession(
        cookie_jar=aiohttp.DummyCookieJar(), connector=aiohttp.TCPConnector(limit=16)
    ) as session:

        async def one(body: bytes, signature: str) -> None:
            nonlocal errors
            async with session.post(
                url, data=body, headers={"Content-Type": "application/json", "X-Hub-Signature-256": signature}
            ) as resp:
                await resp.read()
                errors += resp.status != 200

        async def run(batch: list[tuple[bytes, str]]) -> None:
            t0, tasks = time.perf_counter(), []
            for i, (body, signature) in enumerate(batch):
                delay = t0 + i / rate - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                tasks.append(asyncio.create_task(one(body, signature)))
            await asyncio.gather(*tasks)

        await run(bodies[:warmup])
        start, server_start = time.process_time(), cpu_seconds(server_pid) or 0.0
        await run(bodies[warmup:])
        return time.process_time() - start, (cpu_seconds(server_pid) or 0.0) - server_start, errors


def measure(rate: float, seconds: float, warmup_s: float = 2.0) -> dict[str, float]:
    texts = corpus_texts()
    n, warmup = int(rate * seconds), int(rate * warmup_s)
    hooks = [webhook(i, texts[i % len(texts)]) for i in range(n + warmup)]
    bodies = [(h.body, h.signature) for h in hooks]
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    url = f"http://127.0.0.1:{sock.getsockname()[1]}/hook"
    server = multiprocessing.get_context("spawn").Process(target=_server, args=(sock,), daemon=True)
    server.start()
    try:
        time.sleep(1.0)
        client_cpu, server_cpu, errors = uvloop.run(_client(url, bodies, rate, warmup, server.pid or 0))
    finally:
        server.terminate()
        server.join(5)
        sock.close()
    return {
        "requests": float(n),
        "server_ms": 1000 * server_cpu / n,
        "client_ms": 1000 * client_cpu / n,
        "errors": float(errors),
        "body_bytes": sum(len(b) for b, _ in bodies) / len(bodies),
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rate", type=float, default=300.0, help="requests offered per second")
    ap.add_argument("--seconds", type=float, default=15.0, help="measured phase")
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args(argv)
    print("command: " + " ".join([sys.executable, "-m", "bench.floor", *(argv or sys.argv[1:])]))
    print(
        f"\n## bench.floor: aiohttp on uvloop, {args.rate:g} requests/s for {args.seconds:g} s; "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}"
    )
    print(f"machine yardstick (fixed pure-Python loop, best of 3): {yardstick_ms():.0f} ms\n")
    print("| run | requests | body bytes | server CPU-ms/request | client CPU-ms/request | both | errors |")
    print("|---|---|---|---|---|---|---|")
    for run in range(1, args.runs + 1):
        r = measure(args.rate, args.seconds)
        print(
            f"| {run} | {r['requests']:.0f} | {r['body_bytes']:.0f} | {r['server_ms']:.3f} | "
            f"{r['client_ms']:.3f} | {r['server_ms'] + r['client_ms']:.3f} | {r['errors']:.0f} |"
        )
    print(f"machine yardstick after: {yardstick_ms():.0f} ms")


if __name__ == "__main__":
    main()
