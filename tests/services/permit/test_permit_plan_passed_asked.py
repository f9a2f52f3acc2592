"""Whether one's house plan is passed, asked as villagers ask it ("amar barir naksha pass hoyeche?", "আমার বাড়ির নকশা
পাস হয়েছে?", "is my building plan approved?"): at the main menu the words brought the permission menu, dropped; at
that menu, "Sorry, I did not understand". A plan passed is a building permission approved: one's own applications are
shown, each with its status, as "my applications" shows them; the trade NOC claims none of it. Spelt পাশ, as often as
পাস, the words brought the permission menu alone.

A plan to be passed, wished for or asked how ("amar barir plan pass korte chai", "নকশা পাস করাতে চাই", "how do I get my
building plan approved"), showed one's applications, to a newcomer "No application is registered to this WhatsApp
number": it is how to apply.

A plan said submitted ("barir plan jama diyechi", "বাড়ির প্ল্যান জমা দিয়েছি", "I submitted my house plan") reached no
service at the main menu: one's applications are shown, as for a plan asked after.

A plan to be submitted, wished for or asked where ("plan jama korte chai", "প্ল্যান জমা দিতে চাই", "naksha kothay jama
debo", "I want to submit my house plan"), reached no service at the main menu, nor was it understood at the permission
menu: it is how to apply. What is to be submitted with a plan ("plan er sathe ki jama dite hobe") is neither."""
from __future__ import annotations

import re

import pytest
from casework_kit import RINA, in_the_chat
from phone_kit import at_the_menu, has, words

from shared.casework.said import PLAN_PASSED, PLAN_WISHED
from shared.india import plain

ASKED = [("bn", "amar barir naksha pass hoyeche?"), ("bn", "আমার বাড়ির নকশা পাস হয়েছে?"),
         ("en", "is my building plan approved?"), ("bn", "noksha ta pass holo ki"),
         ("bn", "আমার বাড়ির নকশা পাশ হয়েছে?")]
SUBMITTED = [("bn", "barir plan jama diyechi"), ("bn", "বাড়ির প্ল্যান জমা দিয়েছি"),
             ("en", "I submitted my house plan"), ("bn", "amar barir naksha joma korechilam kintu kichu hoyni")]
WISHED = [("bn", "amar barir plan pass korte chai"), ("bn", "আমার বাড়ির নকশা পাস করাতে চাই"),
          ("bn", "naksha pass korabo kivabe"), ("bn", "নকশা পাশ করাব কীভাবে"),
          ("en", "how do I get my building plan approved")]
TO_SUBMIT = [("bn", "plan jama korte chai"), ("bn", "প্ল্যান জমা দিতে চাই"), ("bn", "naksha kothay jama debo"),
             ("bn", "নকশা কোথায় জমা দেব"), ("en", "I want to submit my house plan")]
APPLY_HOW = {"en": "To apply for building permission, make an application at your gram panchayat office",
             "bn": "ভবন নির্মাণের অনুমতির জন্য আপনার গ্রাম পঞ্চায়েত অফিসে আবেদন জমা দিন"}


@pytest.mark.parametrize("lang, typed", ASKED + SUBMITTED)
async def test_asked_at_the_main_menu_ones_applications_are_shown(system, lang, typed):
    rina = await at_the_menu(system, RINA, lang, name="Rina Das")
    got = await rina.say(typed, until=has("interactive"))
    assert "permit:view:BP/PUR/2026/000102" in str(got) or "BP/PUR/2026/000102" in words(got), words(got)
    assert "shell:claimed" not in str(got)  # no question which service


@pytest.mark.parametrize("lang, typed", ASKED + SUBMITTED)
async def test_asked_at_the_permission_menu_ones_applications_are_shown(system, lang, typed):
    rina = await in_the_chat(system, "permit", RINA, lang)
    got = await rina.say(typed, until=has("interactive"))
    text = words(got)
    assert "did not understand" not in text and "বুঝতে পারিনি" not in text, text
    assert "BP/PUR/2026/000102" in text or "permit:view:BP/PUR/2026/000102" in str(got), text


@pytest.mark.parametrize("lang, typed", WISHED + TO_SUBMIT)
async def test_a_plan_to_be_passed_is_told_how_to_apply(system, lang, typed):
    newcomer = await at_the_menu(system, "919800077001", lang)
    got = await newcomer.say(typed, until=has("interactive"))
    assert APPLY_HOW[lang] in words(got), words(got)
    assert "shell:claimed" not in str(got)  # no question which service


@pytest.mark.parametrize("lang, typed", WISHED + TO_SUBMIT)
async def test_a_plan_to_be_passed_is_told_how_to_apply_at_the_permission_menu(system, lang, typed):
    rina = await in_the_chat(system, "permit", RINA, lang)
    got = await rina.say(typed, until=has("interactive"))
    assert APPLY_HOW[lang] in words(got), words(got)


@pytest.mark.parametrize("typed", ["plan er sathe ki jama dite hobe", "প্ল্যানের সাথে কী জমা দিতে হবে"])
def test_what_is_submitted_with_a_plan_is_no_plan_wished(typed):
    assert re.search(PLAN_WISHED, plain(typed), re.IGNORECASE) is None
    assert re.search(PLAN_PASSED, plain(typed), re.IGNORECASE) is None
