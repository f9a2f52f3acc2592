"""The NOC chat through the bus: status, my NOCs, the certificate, renewal due, and privacy."""
from __future__ import annotations

from datetime import timedelta

import pytest
from casework_kit import ARJUN, RINA, SABINA, TAPAN, in_pdf, stored

from services.noc.kind import KIND
from shared.casework.cases import Cases
from shared.casework.show import day
from shared.india import today_in_india

VALID, DUE, EXPIRED, PENDING = "TNOC/2026/000045", "TNOC/2025/000310", "TNOC/2024/000077", "TNOC/2026/000048"
GP = {"code": "ajodhya", "name_bn": "অযোধ্যা", "name_en": "Ajodhya", "block": "Baghmundi", "district": "Purulia"}


def noc(number: str, mobile: str) -> dict[str, object]:
    return {"number": number, "name_bn": "সুমন", "name_en": "Suman Mahato", "mobile": mobile, "gp": GP, "fee": 500,
            "trade_name": f"Store {number[-3:]}", "premises": "Ajodhya More", "category": "retail"}


async def test_the_home_offers_status_my_nocs_and_renewals(citizen):
    home = await citizen(RINA).tap("noc:menu")
    assert set(home.choices) == {"noc:status", "noc:mine", "noc:renewals"}


async def test_someone_whose_number_whatsapp_hides_is_told_why_and_gets_the_status_only(citizen):
    """Behind a WhatsApp username the number is not shared: "my NOCs" and "renewal due" say so rather than that
    none is registered or due (and no reminder is promised), and a number typed gives its status only."""
    hidden = citizen("IN.1648738043044942")
    for asked in (hidden.tap("noc:mine"), hidden.tap("noc:renewals"), hidden.say("renewal")):
        said = await asked
        assert "Your WhatsApp number is hidden behind a username" in said.text and "Send a NOC number" in said.text
        assert "No NOC is registered" not in said.text and "remind" not in said.text
        assert set(said.choices) == {"noc:status", "noc:home"}
    seen = await hidden.say(DUE)
    assert f"NOC {DUE}:" in seen.text and "hidden behind a username" in seen.text and "Rina" not in seen.text
    bn = await citizen("IN.1648738043044942", lang="bn").tap("noc:renewals")
    assert "আপনার হোয়াটসঅ্যাপ নম্বরটি ইউজারনেমের আড়ালে লুকোনো" in bn.text and "মনে করিয়ে" not in bn.text


async def test_the_holder_sees_the_certificate_and_downloads_it(citizen):
    rina = citizen(RINA)
    seen = await rina.say("tnoc 2026 45")
    assert "Trade: Maa Tara Bastralaya" in seen.text and "Owner: Rina Das" in seen.text
    assert "Status: *Valid (issued)*" in seen.text and f"noc:download:{VALID}" in seen.choices
    got = await rina.tap(f"noc:download:{VALID}")
    [pdf] = got.pdfs
    assert not in_pdf(pdf, "রিনা দাস", "Rina Das", VALID, "Maa Tara Bastralaya", "ব্যবসার অনাপত্তি শংসাপত্র")
    # the panchayat is the one with no objection, not the owner of the premises (গ্রাম পঞ্চায়েতের উপরোক্ত স্থানে)
    assert not in_pdf(pdf, "উপরোক্ত স্থানে এই ব্যবসা চালানোয় বাঘমুন্ডি গ্রাম পঞ্চায়েতের কোনো আপত্তি নেই।",
                      "Baghmundi Gram Panchayat has no objection to this trade being carried on at the premises above.")
    assert got.types() == ["noc.certificate.downloaded"]
    assert "9800000001" not in str(got.events[0].payload)


async def test_my_nocs_and_renewal_due_list_only_the_askers(citizen):
    mine = await citizen(RINA).tap("noc:mine")
    assert set(mine.choices) == {f"noc:view:{VALID}", f"noc:view:{DUE}"}
    due = await citizen(RINA).tap("noc:renewals")
    assert set(due.choices) == {f"noc:view:{DUE}"}
    arjun = await citizen(ARJUN).tap("noc:renewals")
    assert set(arjun.choices) == {f"noc:view:{EXPIRED}"}  # run out: renewing is what it needs too
    shown = await citizen(RINA).tap(f"noc:view:{DUE}")
    assert "Time to renew" in shown.text


async def test_a_stranger_learns_the_status_and_nothing_else(citizen):
    stranger = citizen(TAPAN)
    seen = await stranger.say(VALID)
    assert f"NOC {VALID}: *Valid (issued)*" in seen.text
    assert "Rina" not in seen.text and "Maa Tara" not in seen.text and "Baghmundi" not in seen.text
    asked = await stranger.say(f"download {VALID}")
    assert asked.pdfs == [] and asked.events == []


async def test_the_certificate_is_not_sent_before_issue_or_after_expiry(citizen):
    pending = await citizen(ARJUN).tap(f"noc:download:{PENDING}")
    assert pending.pdfs == [] and "it is now *Fee pending*" in pending.text
    expired = await citizen(ARJUN).tap(f"noc:download:{EXPIRED}")
    assert expired.pdfs == [] and "*Expired*" in expired.text


async def test_a_revoked_certificate_asked_for_is_not_said_to_be_renewable(citizen):
    """The office renews an issued NOC only, in force or run out: a revoked one's holder applies afresh."""
    revoked = await citizen(SABINA).tap("noc:download:TNOC/2025/000122")
    assert revoked.pdfs == [] and "*Revoked*" in revoked.text
    assert "A rejected or revoked NOC cannot be renewed: apply for a new NOC at Baghmundi" in revoked.text
    bengali = await citizen(SABINA, lang="bn").tap("noc:download:TNOC/2025/000122")
    assert "প্রত্যাহার হওয়া NOC-র নবীকরণ হয় না: নতুন NOC-র জন্য বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে" in bengali.text


async def test_a_number_typed_without_its_t_as_people_call_it_noc_is_read(citizen):
    for text in ("NOC/2026/45", "noc 2026 000045", "NOC-২০২৬-৪৫"):
        seen = await citizen(RINA).say(text)
        assert "Trade: Maa Tara Bastralaya" in seen.text and f"noc:download:{VALID}" in seen.choices, text
    got = await citizen(RINA, lang="bn").say("noc/২০২৬/৪৫ ডাউনলোড")
    assert len(got.pdfs) == 1 and got.types() == ["noc.certificate.downloaded"]
    assert KIND.number.find("NOC/2026/45") == VALID and KIND.number.check(" noc-2026-45 ") == VALID


async def test_a_number_typed_alone_without_its_tnoc_is_read_here(citizen):
    for text in ("2026/000045", "২০২৬/৪৫", "2026-45."):
        seen = await citizen(RINA).say(text)
        assert "Trade: Maa Tara Bastralaya" in seen.text and f"noc:download:{VALID}" in seen.choices, text
    stranger = await citizen(TAPAN).say("2026/45")
    assert f"NOC {VALID}: *Valid (issued)*" in stranger.text and "Rina" not in stranger.text


async def test_an_application_or_complaint_number_among_words_is_a_tap_to_it(citizen):
    permit = await citizen(RINA, lang="bn").say("BP/PUR/2026/101 er status ki")
    assert set(permit.choices) == {"permit:view:BP/PUR/2026/101", "noc:home"}
    assert "BP/PUR/2026/101 ভবন নির্মাণের অনুমতির আবেদনের নম্বর" in permit.text
    ticket = await citizen(ARJUN).say("my complaint grv 2026 7 status")
    assert set(ticket.choices) == {"grievance:view:grv 2026 7", "noc:home"}
    assert "does not look like" not in ticket.text and "To see it, tap *Complaints* below" in ticket.text
    booking = await citizen(ARJUN).say("my booking PT/2026/12 please")
    assert set(booking.choices) == {"tourism:view:PT/2026/12", "noc:home"} and "booking's number" in booking.text


async def test_malformed_numbers_are_answered_with_the_format(citizen):
    answer = await citizen(RINA, lang="bn").say("NOC 45")
    assert "TNOC/সাল/ক্রমিক নম্বর, যেমন TNOC/2026/000045" in answer.text


async def test_the_word_noc_alone_is_not_taken_for_a_malformed_number(citizen):
    for text, lang in (("NOC status", "en"), ("NOC-র অবস্থা", "bn")):  # "NOC" alone: one's own (test_noc_name_alone)
        answer = await citizen(ARJUN, lang=lang).say(text)
        assert "does not look like" not in answer.text and "বলে মনে হচ্ছে না" not in answer.text, text
        assert "TNOC/2026/000045" in answer.text, text  # asked for the number, with an example


async def test_typing_renewal_lists_the_nocs_due_for_renewal(citizen):
    for text, lang in (("renewal", "en"), ("Which NOC is due for renewal?", "en"), ("নবীকরণ", "bn"),
                       ("আমার NOC নবীকরণ করতে হবে", "bn")):
        due = await citizen(RINA, lang=lang).say(text)
        assert set(due.choices) == {f"noc:view:{DUE}"}, text


async def test_a_foreign_whatsapp_number_sees_no_nocs_of_the_indian_mobile(citizen, runtime):
    number = "TNOC/2025/000950"
    await stored(runtime, KIND, noc(number, "65912 34567"), status="approved", days_ago=360, valid_days=370)
    for foreign in ("6591234567", "6491234567"):  # Singapore +65 9123 4567; New Zealand's ten digits
        assert "No NOC is registered" in (await citizen(foreign).tap("noc:mine")).text
        assert "No NOC is registered" in (await citizen(foreign).tap("noc:renewals")).text
        assert "Suman" not in (await citizen(foreign).say(number)).text
    owner = citizen("916591234567")
    assert set((await owner.tap("noc:renewals")).choices) == {f"noc:view:{number}"}
    assert "Owner: Suman Mahato" in (await owner.say(number)).text


async def test_nocs_typed_in_bengali_digits_are_found(citizen):
    seen = await citizen(RINA, lang="bn").say("TNOC/২০২৬/৪৫")
    assert f"*NOC {VALID}*" in seen.text and "পাওয়া যায়নি" not in seen.text


async def test_nocs_typed_with_an_en_dash_or_a_minus_sign_are_found(citizen):
    for typed in ("TNOC\u20132026\u201345", "ডাউনলোড TNOC\u2212২০২৬\u2212৪৫"):
        seen = await citizen(RINA, lang="bn").say(typed)
        assert f"NOC {VALID}" in seen.text and "বলে মনে হচ্ছে না" not in seen.text, typed


async def test_a_holder_of_many_nocs_sees_them_all_and_the_one_due(citizen, runtime):
    mobile = "919830066666"
    due = "TNOC/2025/000900"  # the lowest number and the oldest: last by any order
    await stored(runtime, KIND, noc(due, mobile), status="approved", days_ago=360, valid_days=370)
    for n in range(11):
        await stored(runtime, KIND, noc(f"TNOC/2026/{901 + n:06d}", mobile), days_ago=20 - n)
    renewals = await citizen(mobile).tap("noc:renewals")
    assert set(renewals.choices) == {f"noc:view:{due}"} and "1 NOC is due for renewal or has run out." in renewals.text
    mine = await citizen(mobile).tap("noc:mine")
    assert "You have 12 NOCs" in mine.text and list(mine.choices)[-1] == "noc:mine:1"
    rest = await citizen(mobile).tap("noc:mine:1")
    assert list(rest.choices)[-2:] == [f"noc:view:{due}", "noc:mine:0"]


async def test_the_certificate_comes_with_the_way_back_in_its_caption(citizen):
    got = await citizen(RINA, lang="bn").tap(f"noc:download:{VALID}")
    [certificate] = got.replies
    assert certificate.message["type"] == "document"
    assert "NOC মেনুর জন্য *ফিরে* বা ০ লিখুন, মূল মেনুর জন্য *মেনু*।" in certificate.text
    for typed in ("০", "ফিরে"):  # as the caption says
        assert set((await citizen(RINA, lang="bn").say(typed)).choices) == {"noc:status", "noc:mine", "noc:renewals"}


async def test_a_revoked_certificate_is_not_said_to_be_valid_to_the_end_of_its_term(citizen, runtime):
    revoked = "TNOC/2025/000122"  # Sabina's, issued for a year and revoked three days later
    case = await Cases(runtime.store, KIND.collection, KIND.model).get(revoked)
    last, on = case.issue.valid_until, today_in_india(case.history[-1].at)
    seen = await citizen(SABINA).say(revoked)
    assert "Status: *Revoked*" in seen.text and day(last, "en") not in seen.text
    assert f"The certificate was revoked on {day(on, 'en')} and is no longer valid." in seen.text
    bengali = await citizen(SABINA, lang="bn").say(revoked)
    assert "অবস্থা: *প্রত্যাহৃত*" in bengali.text and day(last, "bn") not in bengali.text
    assert f"{day(on, 'bn')} তারিখে প্রত্যাহার করা হয়েছে" in bengali.text


async def test_a_building_permission_or_a_complaint_asked_for_here_is_a_tap_away(citizen):
    """"building permission letter" was read as asking for this service's certificate (the example a TNOC
    number), "অনুমতিপত্র" likewise, and a complaint was "did not understand"."""
    for text, lang, tap in (("building permission letter", "en", "permit:letters"),  # the permit chat's tap for it
                            ("my building plan", "en", "permit:menu"), ("অনুমতিপত্র ডাউনলোড", "bn", "permit:letters"),
                            ("বাড়ি তৈরির অনুমতি", "bn", "permit:menu"), ("ভবন নির্মাণের অনুমতি", "bn", "permit:menu")):
        answer = await citizen(RINA, lang=lang).say(text)
        assert set(answer.choices) == {tap, "noc:home"}, text
        assert "TNOC/2026/000045" not in answer.text and "noc:view:" not in str(answer.choices), text
    for text, lang in (("complaint about my NOC", "en"), ("অভিযোগ", "bn")):
        answer = await citizen(ARJUN, lang=lang).say(text)
        assert set(answer.choices) == {"grievance:menu", "noc:home"}, text
    for text, lang in (("NOC of my building materials shop", "en"), ("নির্মাণ সামগ্রীর দোকানের NOC", "bn"),
                       ("my trade permit", "en")):  # a trade, not a building permission
        answer = await citizen(ARJUN, lang=lang).say(text)
        assert "permit:menu" not in answer.choices, text


async def test_a_certificate_whose_renewal_is_under_way_is_no_longer_due(citizen, runtime):
    """After the holder renewed (a new certificate naming the one it renews), the old one stayed in
    "Renewal due" and its view kept saying it was time to renew."""
    renewal = {**noc("TNOC/2026/000990", RINA), "gp": {"code": "baghmundi", "name_bn": "বাঘমুন্ডি",
                                                        "name_en": "Baghmundi", "block": "Baghmundi",
                                                        "district": "Purulia"}, "renews": DUE}
    await stored(runtime, KIND, {**renewal, "number": "TNOC/2026/000991", "mobile": "919830077777"})  # not hers
    await stored(runtime, KIND, {**renewal, "number": "TNOC/2026/000992"}, status="rejected", reason="Unpaid fee")
    assert set((await citizen(RINA).tap("noc:renewals")).choices) == {f"noc:view:{DUE}"}
    assert "Time to renew" in (await citizen(RINA).say(DUE)).text
    await stored(runtime, KIND, renewal, days_ago=2)
    due = await citizen(RINA).tap("noc:renewals")
    assert "None of your NOCs is due for renewal" in due.text and not any("view" in c for c in due.choices)
    seen = await citizen(RINA).say(DUE)
    assert "Time to renew" not in seen.text
    assert "Its renewal is certificate TNOC/2026/000990, now *Submitted*." in seen.text
    bengali = await citizen(RINA, lang="bn").say(DUE)
    assert "নতুন শংসাপত্র TNOC/2026/000990, এখন *জমা পড়েছে*" in bengali.text and "নবীকরণের সময় হয়েছে" not in bengali.text


async def test_a_certificate_cannot_name_itself_as_the_one_it_renews(runtime):
    with pytest.raises(ValueError, match="cannot renew itself"):
        KIND.model.model_validate({**noc("TNOC/2026/000993", RINA), "renews": "tnoc 2026 993"})
    assert KIND.model.model_validate({**noc("TNOC/2026/000994", RINA), "renews": "tnoc 2025 310"}).renews == DUE


async def test_back_leads_to_the_noc_start(citizen):
    answer = await citizen(RINA, lang="bn").say("ফিরে")
    assert set(answer.choices) == {"noc:status", "noc:mine", "noc:renewals"} and "বুঝতে পারিনি" not in answer.text


async def test_a_noc_number_with_a_bengali_case_ending_written_onto_it_is_found(citizen):
    seen = await citizen(RINA, lang="bn").say("TNOC/২০২৬/৪৫এর অবস্থা কী?")
    assert f"*NOC {VALID}*" in seen.text and "বলে মনে হচ্ছে না" not in seen.text
    assert len((await citizen(RINA, lang="bn").say("TNOC/২০২৬/৪৫র শংসাপত্র ডাউনলোড")).pdfs) == 1


async def test_the_number_named_as_the_chat_asks_for_it_is_viewed_not_downloaded(citizen):
    """"certificate number TNOC/…", the words of the chat's own question, sent the certificate instead of
    the NOC's view; "শংসাপত্র নম্বর" likewise."""
    for text, lang in ((f"certificate number {VALID}", "en"), ("শংসাপত্রের নম্বর TNOC/২০২৬/৪৫", "bn"),
                       (f"my certificate no. {VALID}", "en")):
        seen = await citizen(RINA, lang=lang).say(text)
        assert seen.pdfs == [] and f"noc:download:{VALID}" in seen.choices, text
    assert len((await citizen(RINA, lang="bn").say(f"শংসাপত্র {VALID}")).pdfs) == 1


async def test_the_offices_note_is_read_under_its_move_by_the_holder_alone(citizen, runtime, clock):
    """What the office wrote with a move (what to pay and where) was kept in the history but left out of the
    holder's view, which showed only the day and the status."""
    pay = "Pay ₹800 at the Ajodhya GP office by 20 March; bring the trade licence."
    nocs = Cases(runtime.store, KIND.collection, KIND.model)
    await nocs.change("TNOC/2026/000047", lambda case: case.moved("fee_pending", at=clock.now, by="ajodhya", note=pay))
    english = await citizen(ARJUN).say("TNOC/2026/000047")
    assert f"• {day(today_in_india(clock.now), 'en')} — Fee pending\n  Message from the office: {pay}" in english.text
    bengali = await citizen(ARJUN, lang="bn").tap("noc:view:TNOC/2026/000047")
    assert f"• {day(today_in_india(clock.now), 'bn')} — ফি জমা বাকি\n  অফিসের বার্তা: {pay}" in bengali.text
    stranger = await citizen(TAPAN).say("TNOC/2026/000047")
    assert "*Fee pending*" in stranger.text and "Ajodhya GP office" not in stranger.text
    plain = await citizen(ARJUN).say(PENDING)
    assert "Message from the office" not in plain.text


async def test_a_corrected_note_stands_under_its_move_in_place_of_the_one_it_corrects(citizen, runtime, clock):
    """The office may send the same status again with a corrected note: the holder reads the move once, with
    the corrected message and its day, and never the mistaken one."""
    nocs = Cases(runtime.store, KIND.collection, KIND.model)
    wrong, right = "Pay at the GP office on Sunday.", "Pay at the GP office on Monday."
    for note in (wrong, right):
        await nocs.change(PENDING, lambda case, note=note: case.moved("fee_pending", at=clock.now, by="gp", note=note))
        clock.advance(days=1)
    corrected = today_in_india(clock.now - timedelta(days=1))
    english = await citizen(ARJUN).say(PENDING)
    assert f"— Fee pending\n  Message from the office (corrected on {day(corrected, 'en')}): {right}" in english.text
    assert wrong not in english.text and english.text.count("\n• ") == 3
    bengali = await citizen(ARJUN, lang="bn").tap(f"noc:view:{PENDING}")
    assert f"— ফি জমা বাকি\n  অফিসের বার্তা ({day(corrected, 'bn')} তারিখে সংশোধিত): {right}" in bengali.text
    assert wrong not in bengali.text


@pytest.mark.parametrize("typed", ["0", "#", "*", "০", "＃", "ফিরে যাও", "পিছনে যান"])
async def test_a_phone_menus_back_key_after_the_number_is_asked_leads_to_the_noc_start(citizen, typed):
    """A lone 0, # or * (what a phone menu taught for "back") got "বুঝতে পারিনি"; now, as "back", the start."""
    person = citizen(RINA, lang="bn")
    await person.tap("noc:status")
    answer = await person.say(typed)
    back = await citizen(RINA, lang="bn").say("ফিরে")
    assert set(answer.choices) == {"noc:status", "noc:mine", "noc:renewals"} and answer.text == back.text
    assert "বুঝতে পারিনি" not in answer.text


async def test_thanks_is_answered_warmly_with_the_noc_start(citizen):
    answer = await citizen(RINA, lang="bn").say("🙏")
    assert answer.text.startswith("আপনাকেও ধন্যবাদ 🙏\n\n*ট্রেড NOC* (ব্যবসার অনাপত্তি শংসাপত্র)"), answer.text
    assert set(answer.choices) == {"noc:status", "noc:mine", "noc:renewals"}
