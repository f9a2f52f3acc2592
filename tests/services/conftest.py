"""Puts ``tests/services`` on the import path so the permit and NOC tests share ``casework_kit`` (both
services follow one casework; their tests drive it the same way), and gives the tests that go through the webhook
their ``system``: ``panchayat run``'s whole system on a port of its own (``phone_kit.running_system``), as its
(http session, base URL). A test module that needs more of it (the settings, a back-office token) defines its own.
``chat`` opens building permission's or the trade NOC's chat on a bus of its own (``casework_kit.own_chats``)."""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession
from casework_kit import own_chats
from phone_kit import running_system


@pytest.fixture
async def system(tmp_path: Path) -> AsyncIterator[tuple[ClientSession, str]]:
    async with running_system(tmp_path) as (http, base, _, _):
        yield http, base


@pytest.fixture
async def chat(tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    async with own_chats(tmp_path) as opened:
        yield opened
