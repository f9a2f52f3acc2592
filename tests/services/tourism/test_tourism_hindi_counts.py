"""Counts said in Hindi words ("do log", "hum teen log hai", "तीन लोग", "ek kamra", "दो कमरे", "paanch din") were
"Please type a number, like 2." where "dui jon" and "tin ta ghor" were read: each is read as its Bengali is. English
"do" in a sentence counts nothing."""
from __future__ import annotations

import pytest
from tourism_kit import DOUBLE

from services.tourism.domain.counts import parse_count
from services.tourism.domain.party import parse_party


@pytest.mark.parametrize(("typed", "count"), [
    ("do", 2), ("do log", 2), ("hum teen log hai", 3), ("तीन लोग", 3), ("हम चार", 4), ("ek kamra", 1),
    ("दो कमरे", 2), ("paanch din", 5), ("nau", 9), ("das", 10), ("teen raat", 3)])
def test_a_hindi_count_is_read(typed, count):
    assert parse_count(typed) == count, typed


def test_english_do_in_a_sentence_counts_nothing():
    assert parse_party("do you have room for 2 adults") is None
    assert parse_count("do you have rooms") is None


async def at_guests(make_guest):
    """A guest at the guests' question: a double room, two nights from 10 June."""
    guest = make_guest()
    await guest.at_nights(DOUBLE, "2026-06-10")
    await guest.tap("tourism:nights:2")
    return guest


async def test_the_guests_and_rooms_said_in_hindi_are_taken(make_guest):
    guest = await at_guests(make_guest)
    asked = await guest.say("hum teen log hai")
    assert "3 guests need at least 2 rooms" in asked.text, asked.text
    named = await guest.say("do kamre")
    assert "In whose name shall we book?" in named.text, named.text
    quoted = await guest.tap("tourism:name:profile")
    assert "2 rooms" in quoted.text, quoted.text


@pytest.mark.parametrize(("typed", "adults", "children"), [
    ("do adults aur ek bachcha", 2, 1), ("2 bade aur 1 bachcha", 2, 1), ("दो बड़े और एक बच्चा", 2, 1),
    ("hum 4 log, 2 bade 2 bachche", 2, 2), ("pati patni aur ek beta", 2, 1), ("mummy papa aur 2 bachche", 2, 2)])
def test_a_group_said_in_hindi_is_its_adults_and_children(typed, adults, children):
    party = parse_party(typed)
    assert party is not None and (party.adults, party.children) == (adults, children), typed


async def test_the_group_said_in_hindi_is_taken_where_the_guests_are_asked(make_guest):
    guest = await at_guests(make_guest)
    asked = await guest.say("2 bade aur 1 bachcha")
    assert "3 guests (2 adults, 1 child)" in asked.text, asked.text
