"""A benefit or a service not received, late, stopped or refused, typed at the main menu ("I have not received my
pension for 3 months", "তিন মাস ভাতা পাইনি", "job card er taka pai ni", "birth certificate dicche na"), or one's name
not on its list or struck off ("awas yojana list e naam nei", "তালিকায় নাম নেই", "naam kete diyeche") was answered "I
could not tell which service your message is for", the words kept to be sent to Complaints. Through the real webhook
it now begins a complaint with the words, its subject read from them, lodged as any other; sent from the main menu to
a complaint being put together, it asks whether it is a new one, as a problem said does. A question about it ("how do
I apply for pension?", "pension kivabe pabo?"), it received ("I received my pension, thanks"), received again, or an
employee's own salary ("beton pai ni": payroll's alone) begins none. The phrases stay within the menu's limits."""
from __future__ import annotations


import pytest
from drafting_kit import at_district
from phone_kit import Phone, choices, saying, words

from gateway.menu import phrase_pattern
from services import registry
from services.grievance.conversation.unreceived import UNRECEIVED
from services.grievance.domain.subject import guess
from services.grievance.service import MENU
from shared.india import plain
from shared.problems import unmended
from shared.runtime.spec import PHRASE_MAX, PHRASES_MAX

KINDS = ["water", "roads", "lights", "drainage", "housing", "pension", "jobcard", "certificates", "building", "trade",
         "conduct"]
SAID = [
    ("I have not received my pension", "pension"), ("my old age pension has stopped", "pension"),
    ("100 days work money not paid", "jobcard"), ("my awas yojana installment has not come", "housing"),
    ("they are not giving my birth certificate", "certificates"), ("I haven't got my job card money", "jobcard"),
    ("why is my pension not coming?", "pension"),
    ("the panchayat refused to give my death certificate", "certificates"),
    ("তিন মাস ভাতা পাইনি", "pension"), ("জব কার্ডের টাকা পাচ্ছি না", "jobcard"), ("আবাস যোজনার টাকা আসেনি", "housing"),
    ("বার্ধক্য ভাতা বন্ধ হয়ে গেছে", "pension"), ("মৃত্যু সার্টিফিকেট দিচ্ছে না", "certificates"),
    ("ভাতা এখনও পাইনি", "pension"), ("pension pacchi na", "pension"), ("ami pension pai ni", "pension"),
    ("job card er taka pai ni", "jobcard"), ("barir taka ase ni", "housing"),
    ("birth certificate dicche na", "certificates"), ("lakshmir bhandar er taka dhukche na", "pension"),
    ("100 diner kajer taka dey ni", "jobcard"), ("awas er taka ekhono ase ni", "housing"),
    ("pension not received till now", "pension"), ("ekhon porjonto pension pacchi na", "pension"),
    # Lakshmir Bhandar as people spell it
    ("lokkhi bhandar er taka pai ni", "pension"), ("lakshmi bhandar er taka asche na", "pension"),
    ("laxmi bhandar taka bondho", "pension"), ("lokkhir vandar er taka ase ni", "pension"),
    ("my lakshmi bhandar money has stopped", "pension"), ("lakshmi bhandar not received", "pension"),
    ("লক্ষীর ভান্ডারের টাকা ঢোকেনি", "pension"), ("লক্ষ্মী ভান্ডারের টাকা পাইনি", "pension"),
    # one's name not on the scheme's list, or struck off it ("I could not tell which service" before)
    ("awas yojana list e naam nei", "housing"), ("আবাস যোজনার তালিকায় নাম নেই", "housing"),
    ("pension list theke naam kete diyeche", "pension"), ("বার্ধক্য ভাতার তালিকা থেকে নাম বাদ দিয়েছে", "pension"),
]
NOT_SAID = [
    "how do I apply for pension?", "pension kivabe pabo?", "ভাতা কীভাবে পাব", "I received my pension, thanks",
    "pension peyechi, dhonnobad", "ভাতা পেয়েছি", "pension kobe pabo", "I have not applied for pension yet",
    "if I do not get my pension what to do", "my pension had stopped but now I am getting it",
    "pension bondho chilo, ekhon abar pacchi", "ভাতা বন্ধ ছিল, এখন পাচ্ছি", "pension pai ni, complain korbo na",
    "I have not received my salary", "salary pai ni", "beton pai ni", "বেতন পাইনি", "pay slip pai ni",
    "wages not received", "পর্যটন আবাসের টাকা ফেরত পাইনি", "awas yojana te ghor chai", "2 jon er job card nei",
    "my late husband's pension was transferred to me", "I have not got any problem with pension",
]


def begins(words: str) -> bool:
    said = plain(words)
    return any(phrase_pattern(pattern).search(said) for pattern in UNRECEIVED)


@pytest.mark.parametrize(("words", "subject"), SAID)
def test_a_benefit_not_received_begins_its_complaint(words: str, subject: str):
    assert begins(words)
    assert guess(unmended(words), KINDS) == subject


@pytest.mark.parametrize("words", NOT_SAID)
def test_a_question_it_received_or_ones_salary_begins_none(words: str):
    assert not begins(words)


@pytest.mark.parametrize("words", ["I have not received my salary", "beton pai ni", "my salary is not paid yet"])
def test_ones_own_salary_not_received_is_payrolls_alone(words: str):
    claimed = [name for name in registry.names() if (menu := registry.load(name, load_demo=False).menu)
               and any(phrase_pattern(p.pattern).search(plain(words)) for p in menu.phrases)]
    assert claimed == ["payroll"], (words, claimed)


def test_the_phrases_stay_within_the_menus_limits():
    assert len(MENU.phrases) <= PHRASES_MAX and all(len(p.pattern) <= PHRASE_MAX for p in MENU.phrases)


BEGUN = ("Your message is the start of a new complaint.", "আপনার বার্তা দিয়েই একটি নতুন অভিযোগ শুরু হল।")


@pytest.mark.parametrize(("wa_id", "lang", "said", "subject"), [
    ("919800071001", "en", "I have not received my pension for 3 months", "Subject: Pension, as your words say."),
    ("919800071002", "en", "job card er taka pai ni", "Subject: Job card / wages, as your words say."),
    ("919800071003", "bn", "আবাস যোজনার টাকা আসেনি", "বিষয়: আবাস যোজনা"),
    ("919800071004", "bn", "birth certificate dicche na", "বিষয়: জন্ম / মৃত্যু শংসাপত্র"),
])
async def test_typed_at_the_main_menu_it_begins_a_complaint_lodged_with_its_words(system, wa_id, lang, said,
                                                                                    subject):
    http, base = system
    phone = Phone(http, base, wa_id, name="Mita Roy")
    await phone.start(lang)
    begun = await phone.say(said, until=lambda m: "grievance:dist:704" in choices(m))
    assert words(begun).startswith(BEGUN[lang == "bn"]) and subject in words(begun), words(begun)
    await phone.tap("grievance:dist:704", until=lambda m: "grievance:blk:7044" in choices(m))
    await phone.tap("grievance:blk:7044", until=lambda m: "grievance:gp:704402" in choices(m))
    summary = await phone.tap("grievance:gp:704402", until=lambda m: "grievance:submit" in str(choices(m)))
    assert said in words(summary), words(summary)  # the words are the description: it is not asked
    submit = next(c for c in choices(summary) if c.startswith("grievance:submit:"))
    await phone.tap(submit, until=saying("GRV-"))


async def test_sent_from_the_main_menu_to_a_complaint_begun_it_asks_whether_it_is_a_new_one(system):
    http, base = system
    phone = await at_district(http, base, "919800071011", "en", "roads")
    await phone.say("menu", until=lambda m: "grievance:menu" in choices(m))
    asked = await phone.say("pension pacchi na", until=lambda m: any(c.startswith("grievance:afresh:")
                                                                      for c in choices(m)))
    assert "Your words sound like a new problem: “pension pacchi na”" in words(asked), words(asked)
    afresh = next(c for c in choices(asked) if c.startswith("grievance:afresh:"))
    begun = await phone.tap(afresh, until=lambda m: "grievance:dist:704" in choices(m))
    assert "Subject: Pension, as your words say." in words(begun), words(begun)
