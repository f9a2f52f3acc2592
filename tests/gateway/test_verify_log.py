"""The verification code is the key to a document's public page (its holder's name, a stay's dates): the gateway's
log of the events behind the page keeps only its last group, enough to follow one document through the logs,
never the whole code someone reading the logs could open every page with."""
from __future__ import annotations

from typing import Any

import pytest
from aiohttp import web

from gateway.verify import verify_routes
from shared.documents.records import issued, revoked
from shared.logging import configure_logging
from tests.gateway.test_verify import CODE, NOW, MemoryStore, apply, event, page, record


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
async def client(aiohttp_client: Any, store: MemoryStore) -> Any:
    app = web.Application()
    verify_routes(app, store, clock=lambda: NOW)  # type: ignore[arg-type]
    return await aiohttp_client(app)


async def test_the_log_of_an_applied_event_shows_the_codes_last_group_only(client: Any, store: MemoryStore,
                                                                            log_lines: Any) -> None:
    configure_logging("INFO", json=True)
    await apply(store, event(issued("noc", CODE, record())), event(revoked("noc", CODE, "")))
    applied = [line for line in log_lines() if line["event"] == "verification record applied"]
    assert [line["code"] for line in applied] == ["****-****-****-JT2C"] * 2
    assert [line["status"] for line in applied] == ["valid", "revoked"]
    status, html = await page(client)  # the page itself still opens with the whole code
    assert status == 200 and "Rina Das" in html
