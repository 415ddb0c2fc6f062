"""GET /health for load balancers: 200 when the database answers, 503 when it does not."""

from __future__ import annotations

import asyncio
import json
import logging

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

log = logging.getLogger(__name__)


async def database_ok(engine: AsyncEngine) -> bool:
    try:
        async with asyncio.timeout(3):
            async with engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        return True
    except Exception:
        log.warning("health check: database not reachable", exc_info=True)
        return False


async def start_health_server(engine: AsyncEngine, host: str, port: int) -> asyncio.Server:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request_line = (await asyncio.wait_for(reader.readline(), 5)).decode("latin-1")
            while (await asyncio.wait_for(reader.readline(), 5)) not in (b"\r\n", b"\n", b""):
                pass  # headers: not needed
            if request_line.split()[:2] != ["GET", "/health"]:
                status, body = "404 Not Found", {"status": "not found"}
            elif await database_ok(engine):
                status, body = "200 OK", {"status": "ok", "database": "ok"}
            else:
                status, body = (
                    "503 Service Unavailable",
                    {"status": "degraded", "database": "unreachable"},
                )
            payload = json.dumps(body).encode()
            writer.write(
                f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n".encode()
                + payload
            )
            await writer.drain()
        except (TimeoutError, ConnectionError, IndexError):
            pass
        finally:
            writer.close()

    return await asyncio.start_server(handle, host, port)
