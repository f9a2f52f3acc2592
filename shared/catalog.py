"""Every event the system publishes for others to read: its routing key, version, payload model and an
example — the one list the AsyncAPI document, the schema-compatibility snapshot and the privacy scan are
made from.

A service lists its events as ``EVENTS`` in its own ``events`` module; the platform's ``ops.*`` events
and each document-issuing service's ``<service>.document.*`` events are listed here. Keys under ``wa.``
are not in the catalog: they are the chat itself (they carry numbers by necessity) and stay between the
WhatsApp edge and the services.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from importlib import import_module
from typing import Any, Literal

from pydantic import BaseModel, Field

from shared.bus import DEAD_EVENT
from shared.documents.records import DocumentIssued, DocumentWithdrawn, PublicPlot

Audience = Literal["departments", "ops"]
INTERNAL_PREFIX = "wa."


@dataclass(frozen=True)
class EventSpec:
    key: str
    model: type[BaseModel]
    summary: str
    example: BaseModel
    version: int = 1
    audience: Audience = "departments"

    def __post_init__(self) -> None:
        if self.key.startswith(INTERNAL_PREFIX) or self.key.count(".") != 2:
            raise ValueError(f"event {self.key}: expected <service>.<entity>.<past-tense verb>")
        if not isinstance(self.example, self.model):
            raise TypeError(f"event {self.key}: the example is not a {self.model.__name__}")

    @property
    def service(self) -> str:
        return self.key.split(".", 1)[0]


class MenuPhrase(BaseModel):
    action: str = Field(description="the service's choice the words ask for: they reach it as <service>:<action>")
    pattern: str = Field(description="a regular expression for the words, typed outside any conversation (case "
                                     "ignored); the first that finds a message wins, services in menu order")
    says: dict[str, str] | None = Field(None, description="an answer instead of the tap, in each language: words that "
                                        "most often ask for another office's work ('current nei': the electricity "
                                        "company's), the tap offered beside it with the menu")
    offer: dict[str, str] | None = Field(None, description="the title of the button offering the tap, in each language")
    across: bool = Field(False, description="the words are taken from inside another service's conversation too, "
                                            "there as the whole message only ('what about my complaint?' mid-booking);"
                                            " never with says, nor for words handed on (missing: false)")


class MenuRow(BaseModel):
    id: str
    service: str
    title: dict[str, str]
    description: dict[str, str]
    order: int
    references: str = Field("", description="a regular expression for the numbers the service gives people: "
                                            "typed, they reach it (case ignored, Bengali digits read as Latin)")
    phrases: list[MenuPhrase] = Field(default_factory=list, description="what people type at the main menu to "
                                      "ask for one of the service's choices ('my bookings'), most particular first")
    takes_wordless: bool = Field(False, description="the service takes a photo, video, voice note, document or shared "
                                                 "location sent outside any conversation (the one service that does)")
    resumes: bool = Field(True, description="the service keeps what a person was doing in its conversation when they go "
                                            "to the main menu, and the menu offers to carry it on")
    hears_left: bool = Field(True, description="the service consumes wa.session.left.<service>: the gateway publishes it "
                                               "only to a service that says so (missing: as if true)")


class ServiceAnnounced(BaseModel):
    """A service copy started (or was asked for its menu row): ops see which versions run."""

    service: str
    version: str
    menu: MenuRow | None = None


class DeadMessageHead(BaseModel):
    id: str
    type: str
    version: int
    source: str
    correlation_id: str
    occurred_at: str


class MessageDead(BaseModel):
    """A message exhausted its retries and waits in ``<queue>.dead`` for ``panchayat dlq``."""

    queue: str
    envelope: DeadMessageHead
    error: str = Field(description="the last failure, numbers masked")
    attempts: int


class MenuRequested(BaseModel):
    """The gateway asks every service to announce itself again (it lost or never had the menu)."""


PLATFORM: tuple[EventSpec, ...] = (
    EventSpec("ops.service.announced", ServiceAnnounced, "A service copy started and says what it offers.",
              ServiceAnnounced(service="tourism", version="1.0.0", menu=MenuRow(
                  id="tourism:menu", service="tourism", title={"bn": "পর্যটন: ঘর বুকিং", "en": "Tourism: book a room"},
                  description={"bn": "অতিথিনিবাসে ঘর বুক", "en": "Panchayat guest houses"}, order=20,
                  references=r"\bPT[\s\-/]*(\d{4})[\s\-/]*(\d{1,6})\b",
                  phrases=[MenuPhrase(action="mine", pattern=r"\bmy\s+bookings?\b|আমার\s*বুকিং")])),
              audience="ops"),
    EventSpec("ops.menu.requested", MenuRequested, "The gateway asks the services to announce themselves.",
              MenuRequested(), audience="ops"),
    EventSpec(DEAD_EVENT, MessageDead, "A message could not be handled after every retry.",
              MessageDead(queue="tourism", attempts=4, error="Conflict: booking PT-2026-000123 changed",
                          envelope=DeadMessageHead(id="5f0c…", type="wa.inbound.tourism", version=1, source="gateway",
                                                   correlation_id="wamid.HBgM…", occurred_at="2026-12-20T05:30:00Z")),
              audience="ops"),
)


def document_events(service: str, kind: str, number: str, holder: str, office: str,
                    plot: PublicPlot | None = None) -> tuple[EventSpec, ...]:
    """The three ``<service>.document.*`` events the gateway's verification page is fed by."""
    code = "7KQ2-M4XD-9WTR-B3HC"
    issued = DocumentIssued(kind=kind, number=number, holder_name=holder, office_en=office, issued_on=date(2026, 12, 1),
                            code=code, plot=plot)
    return (
        EventSpec(f"{service}.document.issued", DocumentIssued, "A document was issued; what its public page shows.",
                  issued),
        EventSpec(f"{service}.document.revoked", DocumentWithdrawn, "A document was withdrawn: it shows as revoked.",
                  DocumentWithdrawn(code=code, reason="withdrawn by the issuing office")),
        EventSpec(f"{service}.document.superseded", DocumentWithdrawn,
                  "A corrected document replaced this one: it shows as superseded.",
                  DocumentWithdrawn(code=code, reason="re-issued with corrections")),
    )


def service_events(names: Iterable[str]) -> tuple[EventSpec, ...]:
    specs: list[EventSpec] = []
    for name in names:
        module = import_module(f"services.{name}.events")
        events = getattr(module, "EVENTS", None)
        if events is None:
            raise LookupError(f"services.{name}.events lists no EVENTS: every service declares what it publishes")
        specs.extend(events)
    return tuple(specs)


def all_events() -> tuple[EventSpec, ...]:
    """The whole catalog, sorted by routing key; each key appears once."""
    from services import registry

    specs = sorted((*PLATFORM, *service_events(registry.names())), key=lambda s: s.key)
    keys = [s.key for s in specs]
    doubled = sorted({k for k in keys if keys.count(k) > 1})
    if doubled:
        raise ValueError(f"events listed twice: {', '.join(doubled)}")
    return tuple(specs)


def example_payload(spec: EventSpec) -> dict[str, Any]:
    return spec.example.model_dump(mode="json")
