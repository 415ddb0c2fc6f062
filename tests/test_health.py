"""The health endpoint a load balancer polls."""

from __future__ import annotations

import socket

import httpx

from bot.health import start_health_server
from knowledge.storage import db


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_health_is_ok_with_a_database_and_503_without(tmp_path):
    good = db.create_engine(f"sqlite:///{tmp_path / 'h.sqlite3'}")
    bad = db.create_engine("postgresql://nobody@127.0.0.1:1/none")
    servers = []
    try:
        ports = [free_port(), free_port()]
        servers = [
            await start_health_server(good, "127.0.0.1", ports[0]),
            await start_health_server(bad, "127.0.0.1", ports[1]),
        ]
        async with httpx.AsyncClient(timeout=10) as client:
            ok = await client.get(f"http://127.0.0.1:{ports[0]}/health")
            down = await client.get(f"http://127.0.0.1:{ports[1]}/health")
            missing = await client.get(f"http://127.0.0.1:{ports[0]}/other")
    finally:
        for server in servers:
            server.close()
        await good.dispose()
        await bad.dispose()
    assert ok.status_code == 200 and ok.json() == {"status": "ok", "database": "ok"}
    assert down.status_code == 503 and down.json()["database"] == "unreachable"
    assert missing.status_code == 404
