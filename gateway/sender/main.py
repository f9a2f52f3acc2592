"""``panchayat sender``: drains ``wa.outbound`` into the WhatsApp Cloud API; any number of copies.

Copies compete on the ``sender`` queue; each keeps its own token bucket, so ops divide
``PANCHAYAT_SEND_RATE`` by the number of copies. ``/healthz``, ``/readyz`` and ``/metrics`` are on
``SERVICE_PORT``. On SIGTERM consumption stops, sends in flight finish, then the HTTP session closes.
"""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiohttp

from gateway.sender import metrics
from gateway.sender.client import CloudApi
from gateway.sender.config import SenderTuning, load_tuning
from gateway.sender.delivery import Delivery
from gateway.sender.limits import PairLimiter, TokenBucket
from gateway.sender.policy import Backoff
from gateway.sender.worker import NAME, Sender, prefetch_for
from shared.bus import Bus
from shared.logging import get_logger
from shared.runtime import ServiceRuntime, serve
from shared.settings import Settings, require
from shared.store import Store
from shared.wiring import make_bus, make_store

log = get_logger(__name__)

REQUIRED = ("WHATSAPP_API_URL", "WHATSAPP_ACCESS_TOKEN", "WHATSAPP_PHONE_NUMBER_ID")


def main(settings: Settings) -> int:
    require(settings, *REQUIRED)
    tuning = load_tuning()
    asyncio.run(serve_sender(settings, tuning))
    return 0


async def serve_sender(settings: Settings, tuning: SenderTuning) -> None:
    async with http_session(settings, tuning) as session:
        runtime = sender_runtime(settings, tuning, bus=make_bus(settings), store=make_store(settings, NAME),
                                 session=session)
        log.info("sender.serving", port=settings.SERVICE_PORT, rate=settings.PANCHAYAT_SEND_RATE,
                 bus="rabbitmq" if settings.AMQP_URL else "in-process")
        await serve([runtime], settings, settings.SERVICE_PORT)


@asynccontextmanager
async def http_session(settings: Settings, tuning: SenderTuning) -> AsyncIterator[aiohttp.ClientSession]:
    """One pooled session for the process, wide enough for every message the bus may hand over at once and
    the read receipt beside each."""
    connector = aiohttp.TCPConnector(limit=max(100, 2 * sender_prefetch(settings)))
    timeout = aiohttp.ClientTimeout(total=tuning.PANCHAYAT_SEND_TIMEOUT)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        yield session


def build_sender(settings: Settings, tuning: SenderTuning, *, store: Store, session: aiohttp.ClientSession,
                 api_url: str | None = None, phone_number_id: str | None = None) -> Sender:
    """The composition root of the sender. ``api_url`` and ``phone_number_id`` stand in for unset settings
    (``panchayat run`` points the sender at its built-in simulator)."""
    api = CloudApi(api_url or settings.secret("WHATSAPP_API_URL"), settings.secret("WHATSAPP_ACCESS_TOKEN"),
                   phone_number_id or settings.secret("WHATSAPP_PHONE_NUMBER_ID"), session,
                   timeout=tuning.PANCHAYAT_SEND_TIMEOUT)
    bucket = TokenBucket(settings.PANCHAYAT_SEND_RATE, cooldown=tuning.PANCHAYAT_SEND_COOLDOWN)
    pairs = PairLimiter(spacing=tuning.PANCHAYAT_SEND_PAIR_SPACING, base=tuning.PANCHAYAT_SEND_PAIR_HOLD,
                        cap=tuning.PANCHAYAT_SEND_PAIR_HOLD_MAX)
    backoff = Backoff(tuning.PANCHAYAT_SEND_ATTEMPTS, tuning.PANCHAYAT_SEND_BACKOFF, tuning.PANCHAYAT_SEND_BACKOFF_MAX)
    metrics.SEND_RATE.set(bucket.rate)
    return Sender(Delivery(api, bucket, pairs, backoff=backoff), store, doubt_wait=tuning.PANCHAYAT_SEND_DOUBT_WAIT,
                  prefetch=sender_prefetch(settings), late_resends=tuning.late_resends)


def sender_prefetch(settings: Settings) -> int:
    return prefetch_for(settings.PANCHAYAT_PREFETCH, settings.PANCHAYAT_SEND_RATE)


def sender_runtime(settings: Settings, tuning: SenderTuning, *, bus: Bus, store: Store,
                   session: aiohttp.ClientSession, api_url: str | None = None,
                   phone_number_id: str | None = None) -> ServiceRuntime:
    sender = build_sender(settings, tuning, store=store, session=session, api_url=api_url,
                          phone_number_id=phone_number_id)
    return ServiceRuntime(sender.spec(), bus=bus, store=store, settings=settings)
