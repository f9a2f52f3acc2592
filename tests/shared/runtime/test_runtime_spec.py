"""What a service declares is checked when it is declared, not when WhatsApp or a message trips on it."""
from __future__ import annotations

from dataclasses import replace
from importlib import import_module

import pytest
from echo_service import echo_spec

from shared.runtime import MenuEntry
from shared.settings import load_settings


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
    takes_photos = MenuEntry("echo", {"bn": "ইকো", "en": "Echo"}, {"bn": "", "en": ""}, takes_wordless=True)
    assert MenuEntry.from_payload(takes_photos.as_payload()).takes_wordless is True
    earlier = {key: value for key, value in takes_photos.as_payload().items() if key != "takes_wordless"}
    assert MenuEntry.from_payload(earlier).takes_wordless is False  # announced by a version before the field


def test_every_concrete_binding_needs_a_handler():
    with pytest.raises(ValueError, match="no handler for grievance.complaint.raised"):
        echo_spec(bindings=("wa.inbound.echo", "grievance.complaint.raised"))
    echo_spec(bindings=("wa.inbound.echo", "grievance.#"))  # a wildcard binding is checked per message


def test_a_menu_entry_says_it_hears_its_sessions_end_exactly_when_the_service_consumes_it():
    async def on_left(envelope, ctx) -> None: ...

    listening = {"bindings": ("wa.inbound.echo", "wa.session.left.echo"),
                 "handlers": {**echo_spec().handlers, "wa.session.left.echo": on_left}}
    assert echo_spec(menu=replace(entry(), hears_left=True), **listening).menu.hears_left
    with pytest.raises(ValueError, match="hears_left must be True"):
        echo_spec(menu=entry(), **listening)
    with pytest.raises(ValueError, match="hears_left must be False"):
        echo_spec(menu=replace(entry(), hears_left=True))
    assert not echo_spec(menu=entry()).menu.hears_left
    from services.payroll.service import MENU
    assert MENU.hears_left  # the one service that asks its PIN again after the main menu


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


serving = import_module("shared.runtime.serve")  # the module: the package names its function serve


class Missing(RuntimeError):
    pass


def test_the_checks_run_in_order_until_one_fails():
    ran: list[str] = []

    def present() -> None:
        ran.append("present")

    def missing() -> None:
        ran.append("missing")
        raise Missing("install it")

    echo_spec(checks=(present, present)).run_checks()
    assert ran == ["present", "present"]
    ran.clear()
    with pytest.raises(Missing, match="install it"):
        echo_spec(checks=(present, missing, present)).run_checks()
    assert ran == ["present", "missing"]


async def test_a_failing_check_stops_serve_service_before_a_bus_or_store_is_made(monkeypatch, tmp_path):
    def missing() -> None:
        raise Missing("install it")

    def made(*args: object) -> None:
        raise AssertionError("a bus or a store was made before the checks passed")

    monkeypatch.setattr(serving, "make_bus", made)
    monkeypatch.setattr(serving, "make_store", made)
    with pytest.raises(Missing):
        await serving.serve_service(echo_spec(checks=(missing,)), load_settings(PANCHAYAT_DATA_DIR=tmp_path))
