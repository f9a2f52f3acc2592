"""Everything published while handling one WhatsApp message, with ids derived from its wamid.

The inbound envelope's id is ``derive_id("wa", wamid)`` and each reply's id derives from it and a label
naming the reply ("menu", "help", …), not a counter: when the Cloud API redelivers a message, whichever
gateway copy gets it publishes the same ids for the same replies, and the consumers drop the repeats.
Each publish is confirmed before the next, so replies reach the sender in the order they were made.

The person's message is marked read by the first answer to it (``Outbound.read``): the gateway's own,
or, when the message is handed to a service, that service's. A message nobody answers gets a read receipt
of its own (``settle``). One leg through the broker less per message than a read receipt sent ahead.

The turn also carries the main menu as the message meets it (``menu``), so that the entries are read from the
store once for the message, however many steps of the shell look at them.

A publish the broker refuses (it went away mid-message) does not stop the turn: it and everything after it are
kept in order (``unsent``), the shell decides the rest of its answer, and ``settle`` raises ``Unsent`` with them, for
the intake to keep beside the wamid and publish when the Cloud API retries. Decided once: the shell has changed the
person's profile by then (their first message, the question asked), and handled again it would answer another way.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from gateway.menu import Menu
from gateway.outbound import ReadReceipt
from shared.bus import Bus, BusError, Unroutable
from shared.chat import Inbound, Lang
from shared.envelope import Envelope, derive_id
from shared.logging import get_logger
from shared.runtime.context import OUTBOUND, Message, outbound_payload

log = get_logger(__name__)

SOURCE = "gateway"


def origin_id(wamid: str) -> str:
    return derive_id("wa", wamid)


class Unsent(BusError):
    """The turn's publishes from the first one the broker refused, in order, each with its ``mandatory``."""

    def __init__(self, unsent: list[tuple[Envelope, bool]], cause: BusError):
        super().__init__(str(cause))
        self.unsent = unsent


@dataclass
class Turn:
    bus: Bus
    wa_id: str
    wamid: str
    lang: Lang
    now: datetime
    menu: Menu = field(kw_only=True)
    read: str | None = field(default=None, kw_only=True)  # the wamid still to mark read, if any
    unsent: list[tuple[Envelope, bool]] = field(default_factory=list, kw_only=True)
    refused: BusError | None = field(default=None, kw_only=True)

    @property
    def origin(self) -> str:
        return origin_id(self.wamid)

    def _envelope(self, id: str, type: str, payload: dict[str, Any]) -> Envelope:
        return Envelope(id=id, type=type, occurred_at=self.now, correlation_id=self.wamid,
                        causation_id=None if id == self.origin else self.origin, source=SOURCE, payload=payload)

    async def send(self, label: str, message: Message) -> None:
        """A message from the gateway itself; it does not take the conversation from the current service."""
        payload = outbound_payload(SOURCE, self.wa_id, message, template=None, document=None,
                                   notification=False, session=False, read=self.read)
        await self._publish(self._envelope(derive_id(self.origin, OUTBOUND, label), OUTBOUND, payload))
        self.read = None

    async def event(self, type: str, payload: dict[str, Any]) -> None:
        """A domain event of the gateway; nobody may be listening, so it need not route."""
        await self._publish(self._envelope(derive_id(self.origin, type), type, payload), mandatory=False)

    async def route(self, service: str, inbound: Inbound) -> bool:
        """Hand the message to a service; False when no queue takes ``wa.inbound.<service>``."""
        inbound = inbound.model_copy(update={"lang": self.lang})
        envelope = self._envelope(self.origin, f"wa.inbound.{service}", inbound.model_dump(mode="json"))
        try:
            await self._publish(envelope)
        except Unroutable:
            log.warning("gateway.service_unroutable", service=service)
            return False
        self.read = None  # the service's answer marks it
        return True

    async def settle(self) -> None:
        """Blue ticks for a message that got no answer (an unreadable payload, say); ``Unsent`` if the broker refused
        a publish."""
        if self.read is not None:
            wamid, self.read = self.read, None
            await self.send("read", ReadReceipt(message_id=wamid))
        if self.refused is not None:
            raise Unsent(self.unsent, self.refused) from self.refused

    async def _publish(self, envelope: Envelope, *, mandatory: bool = True) -> None:
        """Published, or kept in ``unsent`` once the broker refused one (routed as far as the shell can tell: a
        service's queue that does not exist is found out when it is published at the retry)."""
        if self.refused is None:
            try:
                return await self.bus.publish(envelope, mandatory=mandatory)
            except Unroutable:
                raise
            except BusError as exc:
                self.refused = exc
        self.unsent.append((envelope, mandatory))
