"""The simulator against a stand-in gateway: a tiny aiohttp app that records every webhook it is sent.

No fakes inside the simulator: tests drive its real HTTP routes through aiohttp's test client, and its
webhooks travel over loopback to the recording receiver. Delays are near zero so nothing waits long.
"""
from __future__ import annotations

from typing import Any

import pytest
from aiohttp import web
from sim_kit import NUMBER_ID, OTHER, PERSON, SECRET, TOKEN, MakeStack, Receiver, Stack

from simulator import create_simulator
from simulator import webhooks as w


@pytest.fixture
async def make_stack(aiohttp_server: Any, aiohttp_client: Any) -> MakeStack:
    """Servers are torn down after clients, so the simulator stops posting before its receiver goes. ``wrote``:
    the people who wrote just before the test (their 24-hour window open, no webhook posted for it), as the
    business mostly answers someone; the window's own tests pass none."""
    async def make(receiver_status: int = 200, webhook_url: str | None = None, wrote: tuple[str, ...] = (PERSON, OTHER),
                   **options: Any) -> Stack:
        receiver = Receiver(receiver_status)
        gateway = web.Application()
        gateway.router.add_post("/webhook", receiver.handle)
        server = await aiohttp_server(gateway)
        options = {"status_delay": 0.0, "retry_delays": (0.01,), **options}
        sim = create_simulator(access_token=TOKEN, app_secret=SECRET, phone_number_id=NUMBER_ID,
                               webhook_url=webhook_url or str(server.make_url("/webhook")), **options)
        sim.heard(w.payload([w.text(wa_id, "hi") for wa_id in wrote]))
        client = await aiohttp_client(sim.create_app())
        return Stack(sim, client, receiver)

    return make


@pytest.fixture
async def stack(make_stack: MakeStack) -> Stack:
    return await make_stack()
