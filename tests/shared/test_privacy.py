"""People in events: a stable keyed pseudonym, and a sealed contact only our own services can open."""
from __future__ import annotations

import pytest

from shared.privacy import Privacy, SealBroken
from shared.settings import load_settings


def test_the_same_person_has_the_same_id_and_it_depends_on_the_key():
    one, other = Privacy("key-one"), Privacy("key-two")
    assert one.person_id("919800012345") == one.person_id("+919800012345")
    assert one.person_id("919800012345") != one.person_id("919800012346")
    assert one.person_id("919800012345") != other.person_id("919800012345")
    assert "9800012345" not in one.person_id("919800012345")
    assert one.person_id("919800012345").startswith("p-") and len(one.person_id("919800012345")) == 26


def test_a_sealed_contact_opens_only_with_the_same_key():
    token = Privacy("k").seal("919800012345")
    assert "9800012345" not in token
    assert Privacy("k").open(token) == "919800012345"
    with pytest.raises(SealBroken):
        Privacy("other").open(token)
    with pytest.raises(SealBroken):
        Privacy("k").open(token[:-4] + "AAAA")


def test_settings_choose_the_key_and_the_default_says_it_is_for_development():
    assert Privacy.from_settings(load_settings(PANCHAYAT_PSEUDONYM_KEY=None)).is_development
    chosen = Privacy.from_settings(load_settings(PANCHAYAT_PSEUDONYM_KEY="s3cret"))
    assert not chosen.is_development and chosen.person_id("1") == Privacy("s3cret").person_id("1")
