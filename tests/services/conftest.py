"""Puts ``tests/services`` on the import path so the permit and NOC tests share ``casework_kit`` (both
services follow one casework; their tests drive it the same way), and gives the tests that go through the webhook
their ``system``: ``panchayat run``'s whole system on a port of its own (``phone_kit.running_system``), as its
(http session, base URL). A test module that needs more of it (the settings, a back-office token) defines its own."""
from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import ClientSession
from phone_kit import running_system


@pytest.fixture
async def system(tmp_path: Path) -> AsyncIterator[tuple[ClientSession, str]]:
    async with running_system(tmp_path) as (http, base, _, _):
        yield http, base
