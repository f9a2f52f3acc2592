"""What a service declares is checked when it is declared, not when WhatsApp or a message trips on it."""
from __future__ import annotations

import pytest
from echo_service import echo_spec

from shared.runtime import MenuEntry


def entry(title: str = "Echo", description: str = "Says it back") -> MenuEntry:
    return MenuEntry("echo", {"bn": "প্রতিধ্বনি", "en": title}, {"bn": "বলে", "en": description})


def test_menu_entries_fit_a_whatsapp_list_row():
    assert entry("x" * 24, "y" * 72).id == "echo:menu"
    with pytest.raises(ValueError, match="title in en"):
        entry("x" * 25)
    with pytest.raises(ValueError, match="description in en"):
        entry(description="y" * 73)
    with pytest.raises(ValueError, match="title in bn"):
        MenuEntry("echo", {"en": "Echo"}, {"en": "", "bn": ""})


def test_a_menu_entry_survives_its_announcement():
    original = entry()
    assert MenuEntry.from_payload(original.as_payload()) == original


def test_every_concrete_binding_needs_a_handler():
    with pytest.raises(ValueError, match="no handler for grievance.complaint.raised"):
        echo_spec(bindings=("wa.inbound.echo", "grievance.complaint.raised"))
    echo_spec(bindings=("wa.inbound.echo", "grievance.#"))  # a wildcard binding is checked per message


def test_the_first_matching_pattern_handles_the_type():
    async def specific(envelope, ctx) -> None: ...

    async def general(envelope, ctx) -> None: ...

    spec = echo_spec(handlers={"wa.inbound.echo": specific, "wa.inbound.*": general},
                     bindings=("wa.inbound.echo", "wa.inbound.other"))
    assert spec.handler_for("wa.inbound.echo") is specific
    assert spec.handler_for("wa.inbound.other") is general
    assert spec.handler_for("echo.thing.done") is None


@pytest.mark.parametrize("name", ["", "echo.v2", "echo:menu"])
def test_a_service_name_is_one_word(name):
    with pytest.raises(ValueError):
        echo_spec(name=name, menu=None)
