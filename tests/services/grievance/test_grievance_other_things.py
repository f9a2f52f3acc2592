"""Garbage not collected, a tree fallen, a bridge or culvert broken in Bengali or Banglish, water, a road or a light in
Hindi, a toilet missing, broken or never built, mosquitoes grown or in a pond, stray dogs biting, dogs, monkeys or
elephants a menace, garbage with nowhere to go, an official not working or not at the office and a public work asked for
("notun tubewell chai", "we need a road"), or its mending ("রাস্তা মেরামত কবে হবে", "tubewell repair kora dorkar"),
were no service's at the main menu ("I could not tell which service", the words only kept for a tap on Complaints),
though they are a panchayat's everyday complaints. They begin a complaint with the words, its subject guessed from them
where they name one (garbage, a toilet, mosquitoes: drainage and sanitation; a tree on the road, a bridge: roads; a tube
well: drinking water; stray dogs, monkeys, elephants: other; a pradhan not working: staff conduct); said mended, refused
or as no problem, or with a room named ("road er pashe room chai"), they do not."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, has, words
from test_grievance_conduct_words import begins_one

from shared import problems
from shared.elsewhere import named
from shared.india import plain

STRANGER = "919800000079"
TOLD = ["garbage not collected", "garbage is not being collected", "no one collects the garbage",
        "rubbish not picked up for a week", "garbage piled up near the school", "moyla fela hoy na",
        "amader parar moyla keu tole na", "ময়লা ফেলা হয় না", "ময়লা জমে আছে", "moyla poriskar hoy na",
        "tree fell on road", "a tree has fallen on the road", "gach pore ache rastay", "রাস্তায় গাছ পড়ে আছে",
        "গাছ ভেঙে পড়েছে", "bridge bhenge geche", "sako bhenge geche", "কালভার্ট ভেঙে গেছে", "সাঁকো ভাঙা",
        "pani nahi aa raha", "paani nahi mil raha", "nal me pani nahi aata", "पानी नहीं आ रहा", "सड़क टूटी है",
        "sadak kharab hai", "batti nahi jal rahi",
        # a toilet missing or broken, mosquitoes grown, stray dogs biting
        "toilet nei", "amader barite toilet nei", "শৌচাগার ভেঙে গেছে", "no toilet in the school",
        "mosha khub bere geche", "মশার উপদ্রব", "mosquito menace in our para", "rastay kukur kamracche",
        "কুকুর কামড়াচ্ছে", "stray dogs are biting children",
        # a toilet never built, mosquitoes breeding in a pond, garbage with nowhere to go or not taken, an official
        # not working or not at the office: reached no service before
        "toilet banano hoy ni", "শৌচাগার তৈরি হয়নি", "toilet has not been built", "shouchagar pai ni", "পুকুরে মশা",
        "মশা জন্মাচ্ছে", "ময়লা ফেলার জায়গা নেই", "moyla felar kono jayga nei", "no dustbin in our para",
        "কেউ ময়লা নিচ্ছে না", "pradhan kaj korche na", "পঞ্চায়েত প্রধান কাজ করছে না", "secretary office e ase na",
        "প্রধান অফিসে আসে না", "member phone dhore na", "pradhan kaj korche na, ki korbo",
        # an officer or the BDO so, and the phone said not answered now ("dhorche"): reached no service before
        "officer phone dhorche na", "অফিসার ফোন ধরছে না", "BDO office e ase na", "বিডিও অফিসে আসেন না",
        "upopradhan kaj kore na",
        # dogs, monkeys or elephants a menace: reached no service before
        "kukur er upodrob", "বাঁদরের উৎপাত", "bandor er utpat", "hatir hana", "গ্রামে হাতির হানা",
        # a public work asked for, made or mended
        "jol er line chai", "notun tubewell chai", "amader parai ekta rasta chai", "জলের লাইন চাই", "we need a road",
        "please make a road in our village", "rasta ta thik kore din", "street light chai",
        # its mending asked for, or when it will be: reached no service before
        "রাস্তা মেরামত কবে হবে", "টিউবওয়েল সারাই করা দরকার", "rasta sarai kobe hobe", "tubewell ta repair korun",
        "tubewell repair kora dorkar", "bridge meramot kobe hobe"]
NOT_TOLD = ["garbage was collected today", "gach lagate chai", "I want to fell a tree", "tree cutting permission",
            "moyla niye kono somossa nei", "pani nahi chahiye", "sadak kharab nahi hai", "pul thik ache",
            "garbage collection fee koto", "this is a waste of time, not clear", "bridge er upor dokan",
            "toilet er kono somossa nei", "can I bring my dog?", "is there a toilet in the room",
            "road er pashe room chai", "bridge er kache homestay chai", "darjeeling jawar rasta ta bolun",
            "amader rasta niye kichu jante chai", "pukure mach dhorte chai", "dustbin kothay ache",
            "moyla felar jayga kothay", "pradhan kobe office e asben", "pradhan er sathe kotha bolte chai",
            "toilet ache?", "member hote chai", "hati dekhte jabo", "bandor er chobi", "BDO office kothay",
            "officer kobe office e asben", "rasta sarai hoye geche", "রাস্তা মেরামত হয়ে গেছে",
            "tubewell repair chai na", "rasta repair er jonno permission lagbe"]


@pytest.mark.parametrize("typed", TOLD)
def test_the_problem_begins_a_complaint_and_other_services_point_there(typed):
    assert begins_one(typed)
    assert problems.told(plain(typed))
    assert "grievance" in named(typed, "tourism")  # said in another service's chat: complaints offered


@pytest.mark.parametrize("typed", NOT_TOLD)
def test_no_problem_said_begins_none(typed):
    assert not begins_one(typed)
    assert not problems.told(plain(typed))


@pytest.mark.parametrize("lang, typed, subject", [("en", "garbage not collected", "Drainage and sanitation"),
                                                  ("bn", "moyla fela hoy na", "নিকাশি ও স্বচ্ছতা"),
                                                  ("bn", "রাস্তায় গাছ পড়ে আছে", "রাস্তা"),
                                                  ("en", "bridge bhenge geche", "Roads"),
                                                  ("en", "pani nahi aa raha", "Drinking water"),
                                                  ("en", "toilet nei", "Drainage and sanitation"),
                                                  ("bn", "মশার উপদ্রব", "নিকাশি ও স্বচ্ছতা"),
                                                  ("bn", "কুকুর কামড়াচ্ছে", "অন্যান্য"),
                                                  ("en", "toilet banano hoy ni", "Drainage and sanitation"),
                                                  ("bn", "ময়লা ফেলার জায়গা নেই", "নিকাশি ও স্বচ্ছতা"),
                                                  ("bn", "পুকুরে মশা", "নিকাশি ও স্বচ্ছতা"),
                                                  ("en", "pradhan kaj korche na", "Staff conduct"),
                                                  ("bn", "পঞ্চায়েত প্রধান অফিসে আসে না", "কর্মীর আচরণ"),
                                                  ("en", "officer phone dhorche na", "Staff conduct"),
                                                  ("bn", "অফিসার ফোন ধরছে না", "কর্মীর আচরণ"),
                                                  ("bn", "notun tubewell chai", "পানীয় জল"),
                                                  ("bn", "টিউবওয়েল সারাই করা দরকার", "পানীয় জল"),
                                                  ("en", "rasta sarai kobe hobe", "Roads"),
                                                  ("bn", "বাঁদরের উৎপাত", "অন্যান্য"), ("en", "hatir hana", "Other")])
async def test_through_the_webhook_it_begins_one_its_subject_guessed(system, lang, typed, subject):
    phone = await at_the_menu(system, STRANGER, lang)
    got = await phone.say(typed, until=has("interactive"))
    assert subject in words(got), words(got)
    assert "which service" not in words(got).lower()
