"""Serve each folder of a corpus on its own 127.0.0.1 port, with latency (own process).

Run as `python corpus_server.py HOSTS_DIR MIN_MS MAX_MS`: prints one JSON line
{host folder: port} once listening, and exits when its stdin closes.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import sys
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
         ".png": "image/png", ".jpg": "image/jpeg", ".ttf": "font/ttf",
         ".txt": "text/plain; charset=utf-8", ".xml": "application/xml"}
STATUS = {200: "OK", 204: "No Content", 400: "Bad Request", 404: "Not Found"}


def resolve(root: Path, target: str) -> Path | None:
    path = unquote(urlsplit(target).path)
    if path.endswith("/"):
        path += "index.html"
    candidate = (root / path.lstrip("/")).resolve()
    if candidate.is_relative_to(root) and candidate.is_file():
        return candidate
    return None


def answer(root: Path, origin: str, target: str) -> tuple[int, dict[str, str], bytes]:
    if target.startswith("/collect"):
        return 204, {"Cache-Control": "no-store"}, b""
    found = resolve(root, target)
    if found is None:
        return 404, {"Content-Type": TYPES[".html"]}, b"<!doctype html><title>404</title>"
    body = found.read_bytes()
    if found.suffix in (".txt", ".xml"):  # robots.txt and sitemap.xml name absolute URLs
        body = body.replace(b"{ORIGIN}", origin.encode())
    cache = "no-cache" if found.suffix in (".html", ".txt", ".xml") else "public, max-age=86400"
    return 200, {"Content-Type": TYPES.get(found.suffix, "application/octet-stream"),
                 "Cache-Control": cache}, body


async def handle(root: Path, latency: tuple[float, float], reader: asyncio.StreamReader,
                 writer: asyncio.StreamWriter) -> None:
    origin = f"http://127.0.0.1:{writer.get_extra_info('sockname')[1]}"
    try:
        while True:  # HTTP/1.1 keep-alive: one request after another on this connection
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            parts = lines[0].split(" ")
            headers = {k.strip().lower(): v.strip()
                       for k, _, v in (line.partition(":") for line in lines[1:] if line)}
            if len(parts) != 3:
                status, extra, body = 400, {}, b""
            else:
                status, extra, body = answer(root, origin, parts[1])
            await asyncio.sleep(random.uniform(*latency))
            close = headers.get("connection", "").lower() == "close"
            fields = {**extra, "Content-Length": str(len(body)),
                      "Connection": "close" if close else "keep-alive"}
            out = f"HTTP/1.1 {status} {STATUS[status]}\r\n" + "".join(
                f"{k}: {v}\r\n" for k, v in fields.items()) + "\r\n"
            writer.write(out.encode("latin-1") + (b"" if parts[0] == "HEAD" else body))
            await writer.drain()
            if close:
                break
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        pass
    finally:
        writer.close()


async def serve(hosts_dir: Path, latency: tuple[float, float]) -> None:
    ports: dict[str, int] = {}
    servers = []
    for host in sorted(p for p in hosts_dir.iterdir() if p.is_dir()):
        root = host.resolve()
        server = await asyncio.start_server(
            lambda r, w, root=root: handle(root, latency, r, w), "127.0.0.1", 0, backlog=256)
        servers.append(server)
        ports[host.name] = server.sockets[0].getsockname()[1]
    print(json.dumps(ports), flush=True)
    await asyncio.Event().wait()  # serve until the process is told to stop


def main() -> None:
    hosts_dir, low, high = Path(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
    # Stop when the parent goes away (its end of our stdin closes), even if it crashed.
    threading.Thread(target=lambda: (sys.stdin.read(), os._exit(0)), daemon=True).start()
    asyncio.run(serve(hosts_dir, (low / 1000, high / 1000)))


if __name__ == "__main__":
    main()
