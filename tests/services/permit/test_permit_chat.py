"""The permit chat through the bus: status by number, "my applications", the letter, and privacy."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA, SABINA, TAPAN, in_pdf, stored

from services.permit.kind import KIND
from shared.casework.cases import Cases
from shared.casework.show import day
from shared.india import today_in_india

APPROVED, FEE_PENDING, EXPIRED = "BP/PUR/2026/000101", "BP/PUR/2026/000102", "BP/PUR/2023/000210"
GP = {"code": "baghmundi", "name_bn": "বাঘমুন্ডি", "name_en": "Baghmundi", "block": "Baghmundi", "district": "Purulia"}


def application(number: str, mobile: str) -> dict[str, object]:
    return {"number": number, "name_bn": "সুমন", "name_en": "Suman Mahato", "mobile": mobile, "gp": GP, "fee": 900,
            "plot": {"mouza": "Matha", "jl_no": "98", "khatian": "1", "dag_no": "2"}, "use": "residential",
            "floors": 1, "built_up_area": 40}


async def test_the_menu_tap_opens_the_permit_home(citizen):
    home = await citizen(RINA).tap("permit:menu")
    assert "Building permission" in home.text
    assert set(home.choices) == {"permit:status", "permit:mine"}


async def test_the_applicant_sees_details_and_gets_the_letter(citizen, bus):
    rina = citizen(RINA)
    seen = await rina.say(f"status {APPROVED}")
    assert "Applicant: Rina Das" in seen.text and "Status: *Approved*" in seen.text
    assert "Mouza: Baghmundi (JL no. 112), khatian 457, plot (dag) 1023" in seen.text
    assert "Memo no. BGM/GP/BP/112/2026" in seen.text
    download = f"permit:download:{APPROVED}"
    assert download in seen.choices
    got = await rina.tap(download)
    [pdf] = got.pdfs
    assert not in_pdf(pdf, "রিনা দাস", "Rina Das", APPROVED, "ভবন নির্মাণের অনুমতিপত্র", "BGM/GP/BP/112/2026")
    assert got.replies[0].payload["document"]["filename"] == "BP-PUR-2026-000101.pdf"
    assert got.types() == ["permit.letter.downloaded"]
    downloaded = got.events[0].payload
    assert downloaded["number"] == APPROVED and downloaded["person"].startswith("p-")
    assert RINA not in str(downloaded) and "9800000001" not in str(downloaded)


async def test_the_letter_comes_for_the_words_the_bengali_approval_notice_gives(citizen):
    got = await citizen(RINA, lang="bn").say(f"ডাউনলোড {APPROVED}")
    assert len(got.pdfs) == 1 and got.types() == ["permit.letter.downloaded"]


async def test_a_number_typed_at_the_main_menu_comes_as_view_with_the_words_and_download_still_sends_the_letter(
        citizen):
    """The gateway hands a number typed outside the conversation as the tap of View carrying the words."""
    rina = citizen(RINA, lang="bn")
    got = await rina.send(rina.envelope(text=f"ডাউনলোড {APPROVED}", reply_id="permit:view:bp/pur/2026/101"))
    assert len(got.pdfs) == 1 and got.types() == ["permit.letter.downloaded"]
    seen = await rina.send(rina.envelope(text="bp pur 2026 101", reply_id="permit:view:bp pur 2026 101"))
    assert not seen.pdfs and APPROVED in seen.text
    tapped = await rina.send(rina.envelope(text="আবেদন দেখুন", reply_id=f"permit:view:{APPROVED}"))
    assert not tapped.pdfs and APPROVED in tapped.text


async def test_typed_numbers_are_read_leniently(citizen):
    seen = await citizen(RINA).say("bp-pur-2026-101")
    assert f"*Application {APPROVED}*" in seen.text


async def test_a_number_typed_alone_without_its_bp_is_read_here_and_shows_a_stranger_the_status_only(citizen):
    for text in ("PUR/2026/000101", "pur 2026 101", "PUR/২০২৬/১০১", "PUR-২০২৬-১০১।"):
        seen = await citizen(RINA, lang="bn").say(text)
        assert f"*আবেদন {APPROVED}*" in seen.text and f"permit:download:{APPROVED}" in seen.choices, text
    stranger = await citizen(TAPAN).say("PUR/2026/101")
    assert f"Application {APPROVED}: *Approved*" in stranger.text and "Rina" not in stranger.text
    worded = await citizen(RINA).say("my plot 2026/101")  # figures among words are no number without its BP
    assert APPROVED not in worded.text


async def test_my_applications_lists_only_this_numbers_own(citizen):
    mine = await citizen(RINA).tap("permit:mine")
    assert set(mine.choices) == {f"permit:view:{n}" for n in (APPROVED, FEE_PENDING, EXPIRED)}
    theirs = await citizen(ARJUN).say("my applications")
    assert f"permit:view:{APPROVED}" not in theirs.choices and len(theirs.choices) == 3
    nobody = await citizen("919733000000").tap("permit:mine")
    assert "No application is registered to this WhatsApp number" in nobody.text


async def test_someone_whose_number_whatsapp_hides_is_told_why_and_gets_the_status_only(citizen):
    """Behind a WhatsApp username the number is not shared: "my applications" says so rather than that none is
    registered, and a number typed or tapped gives its status with the reason no details come."""
    hidden = citizen("IN.1648738043044942")
    mine = await hidden.tap("permit:mine")
    assert "Your WhatsApp number is hidden behind a username" in mine.text
    assert "No application is registered" not in mine.text and "Send an application number" in mine.text
    assert set(mine.choices) == {"permit:status", "permit:home"}
    assert "hidden behind a username" in (await hidden.say("my applications")).text
    seen = await hidden.say(f"status {APPROVED}")
    assert f"Application {APPROVED}: *Approved*" in seen.text and "hidden behind a username" in seen.text
    assert "Rina" not in seen.text and not any(c.startswith("permit:download") for c in seen.choices)
    asked = await hidden.tap(f"permit:download:{APPROVED}")
    assert asked.pdfs == [] and asked.events == [] and "hidden behind a username" in asked.text
    bn = citizen("IN.1648738043044942", lang="bn")
    assert "আপনার হোয়াটসঅ্যাপ নম্বরটি ইউজারনেমের আড়ালে লুকোনো" in (await bn.tap("permit:mine")).text
    assert "ইউজারনেমের আড়ালে" in (await bn.say(APPROVED)).text
    assert "hidden" not in (await citizen("919733000000").tap("permit:mine")).text


async def test_a_stranger_gets_the_status_only_and_no_letter(citizen):
    stranger = citizen(TAPAN)
    seen = await stranger.tap(f"permit:view:{APPROVED}")
    assert f"Application {APPROVED}: *Approved*" in seen.text
    assert "Rina" not in seen.text and "Baghmundi" not in seen.text and "BGM/GP" not in seen.text
    assert not any(c.startswith("permit:download") for c in seen.choices)
    asked = await stranger.tap(f"permit:download:{APPROVED}")
    assert asked.pdfs == [] and asked.events == [] and "Rina" not in asked.text
    typed = await stranger.say(f"download {APPROVED}")
    assert typed.pdfs == [] and "only to the mobile number given in the application" in typed.text


async def test_a_letter_asked_for_before_approval_names_the_status(citizen):
    asked = await citizen(RINA, lang="bn").tap(f"permit:download:{FEE_PENDING}")
    assert asked.pdfs == [] and "ফি জমা বাকি" in asked.text


async def test_an_expired_permission_shows_expired_and_is_not_sent(citizen):
    rina = citizen(RINA)
    seen = await rina.say(EXPIRED)
    assert "Status: *Expired*" in seen.text and not any(c.startswith("permit:download") for c in seen.choices)
    assert (await rina.tap(f"permit:download:{EXPIRED}")).pdfs == []


async def test_malformed_and_unknown_numbers_are_explained(citizen):
    rina = citizen(RINA)
    malformed = await rina.say("BP/PURU/26/1")
    assert "BP/district code/year/serial, for example BP/PUR/2026/000123" in malformed.text
    unknown = await rina.say("BP/PUR/2026/999999")
    assert "No application BP/PUR/2026/999999 was found" in unknown.text
    unclear = await rina.say("hello there")  # at the number asked: that number's question again, with her own
    assert "did not understand" in unclear.text and "permit:mine" in unclear.choices
    stale = await rina.tap("permit:explode")
    assert "out of date" in stale.text


async def test_bengali_speakers_are_answered_in_bengali(citizen):
    seen = await citizen(RINA, lang="bn").say(APPROVED)
    assert "আবেদনকারী: রিনা দাস" in seen.text and "অনুমোদিত" in seen.text and "১১৮.৫" in seen.text
    # the plot's numbers as the Bengali land records write them, like every other figure of the reply
    assert "(জে এল নং ১১২), খতিয়ান ৪৫৭, দাগ ১০২৩" in seen.text
    assert "(JL no. 112), khatian 457, plot (dag) 1023" in (await citizen(RINA).say(APPROVED)).text


async def test_a_closed_application_says_why_there_is_no_letter(citizen):
    rejected = await citizen(TAPAN).tap("permit:download:BP/PUR/2025/000988")
    assert rejected.pdfs == [] and "is *Rejected*, so there is no letter to send" in rejected.text
    closed = await citizen(TAPAN).say("download the letter")  # their one application named, no number asked
    assert "BP/PUR/2025/000988 is *Rejected*, so there is no letter to send" in closed.text, closed.text
    assert "BP/PUR/2026/000123" not in closed.text, closed.text
    for words in ("status", "আবেদনের অবস্থা"):  # the number is asked
        asked = await citizen(TAPAN).say(words)
        assert "BP/PUR/2026/000123" in asked.text and "does not look like" not in asked.text, words


async def test_a_foreign_whatsapp_number_is_not_the_indian_mobile_with_its_ten_digits(citizen, runtime):
    number = "BP/PUR/2026/000950"
    await stored(runtime, KIND, application(number, "65912 34567"), status="approved")
    for foreign in ("6591234567", "6491234567"):  # Singapore +65 9123 4567; New Zealand's ten digits
        seen = await citizen(foreign).say(number)
        assert f"Application {number}: *Approved*" in seen.text and "Suman" not in seen.text
        assert (await citizen(foreign).tap(f"permit:download:{number}")).pdfs == []
        assert "No application is registered" in (await citizen(foreign).tap("permit:mine")).text
    owner = citizen("916591234567")
    assert "Applicant: Suman Mahato" in (await owner.say(number)).text
    assert "Applicant: Suman Mahato" in (await owner.tap("permit:mine")).text  # their one, shown at once
    assert len((await owner.tap(f"permit:download:{number}")).pdfs) == 1


async def test_numbers_typed_in_bengali_digits_are_found(citizen):
    seen = await citizen(RINA, lang="bn").say("BP/PUR/২০২৬/০০০১০১")
    assert f"*আবেদন {APPROVED}*" in seen.text and "পাওয়া যায়নি" not in seen.text


async def test_numbers_with_the_dashes_and_slashes_a_phone_or_a_copied_slip_puts_in_are_found(citizen):
    """Smart punctuation's en dash, a PDF's non-breaking hyphen, a full-width slash, a backslash: each part
    stood apart by a character the number's form did not list, so the application was "not a number"."""
    for typed in ("BP\u2013PUR\u20132026\u2013101", "bp\u2011pur\u20112026\u2011000101",
                  "BP\uff0fPUR\uff0f2026\uff0f101", "BP\\PUR\\2026\\101", "BP \u2014 PUR \u2014 2026 \u2014 101"):
        seen = await citizen(RINA).say(typed)
        assert f"*Application {APPROVED}*" in seen.text and "does not look like" not in seen.text, typed


async def test_many_applications_are_counted_all_newest_first_and_paged(citizen, runtime):
    mobile = "919830055555"
    numbers = [f"BP/{'BNK' if n % 2 else 'PUR'}/2026/{900 + n:06d}" for n in range(12)]
    for age, number in enumerate(numbers):  # the first is the newest; districts alternate, so _id order is not it
        await stored(runtime, KIND, application(number, mobile), status="approved" if age == 11 else "submitted",
                     days_ago=age + 1)
    first = await citizen(mobile).tap("permit:mine")
    assert "You have 12 applications" in first.text
    rows = list(first.choices)
    assert rows[:9] == [f"permit:view:{n}" for n in numbers[:9]] and rows[9] == "permit:mine:1"
    second = await citizen(mobile).tap("permit:mine:1")
    assert list(second.choices) == [*(f"permit:view:{n}" for n in numbers[9:]), "permit:mine:0"]
    assert "You have 12 applications" in second.text


async def test_the_letter_comes_with_the_way_back_in_its_caption(citizen):
    got = await citizen(RINA).tap(f"permit:download:{APPROVED}")
    [letter] = got.replies
    assert letter.message["type"] == "document"
    assert "Type *back* or 0 for the permission menu, or *menu* for the main menu." in letter.text
    assert letter.payload["document"]["caption"] == letter.text


async def test_a_contact_card_is_answered_as_what_cannot_be_read_here(citizen):
    """Its name and number were read as typed: a number not in the form of an application's, or "my"."""
    rina = citizen(RINA)
    for card in ("Rina Das 919800000001", "My brother 919830012345"):
        answer = await rina.send(rina.envelope(kind="contacts", text=card))
        assert "Only text and buttons are understood here." in answer.text, card
        assert "does not look like" not in answer.text and "You have" not in answer.text, card
        assert set(answer.choices) == {"permit:status", "permit:mine"}, card


async def test_a_revoked_permission_is_not_said_to_be_valid_until_its_last_day(citizen, runtime):
    """Its memo line said "Valid until <the last day of its term>" (Bengali: it will stay valid until then)
    under the status Revoked."""
    revoked = "BP/PUR/2025/000731"  # Sabina's, approved and revoked three days later
    case = await Cases(runtime.store, KIND.collection, KIND.model).get(revoked)
    last, on = case.issue.valid_until, today_in_india(case.history[-1].at)
    seen = await citizen(SABINA).say(revoked)
    assert "Status: *Revoked*" in seen.text and f"Valid until {day(last, 'en')}" not in seen.text
    assert f"The permission was revoked on {day(on, 'en')} and is no longer valid." in seen.text
    bengali = await citizen(SABINA, lang="bn").say(revoked)
    assert "বৈধ থাকবে" not in bengali.text and day(last, "bn") not in bengali.text
    assert f"অনুমতিটি {day(on, 'bn')} তারিখে প্রত্যাহার করা হয়েছে" in bengali.text
    approved = await citizen(RINA).say(APPROVED)
    assert "Valid until" in approved.text and "revoked" not in approved.text


async def test_an_expired_permission_is_not_told_in_bengali_that_it_will_stay_valid(citizen, runtime):
    """Bengali said "বৈধ থাকবে <day> পর্যন্ত" (it will stay valid until) of a day already past."""
    case = await Cases(runtime.store, KIND.collection, KIND.model).get(EXPIRED)
    seen = await citizen(RINA, lang="bn").say(EXPIRED)
    assert "*মেয়াদ শেষ*" in seen.text and "বৈধ থাকবে" not in seen.text
    assert f"বৈধ {day(case.issue.valid_until, 'bn')} পর্যন্ত।" in seen.text


async def test_a_trade_noc_or_a_complaint_asked_for_here_is_a_tap_away(citizen):
    """"noc status" was read as asking for an application's status (the example a BP number), "my NOC" listed
    the person's building applications, and a complaint was "did not understand"."""
    for text, lang in (("noc status", "en"), ("my NOC", "en"), ("trade licence", "en"), ("NOC-র অবস্থা", "bn"),
                       ("আমার ট্রেড লাইসেন্স", "bn")):
        answer = await citizen(RINA, lang=lang).say(text)
        assert set(answer.choices) == {"noc:menu", "permit:home"}, text
        assert "BP/PUR/2026/000123" not in answer.text and "permit:view:" not in str(answer.choices), text
    assert "Trade NOCs have their own service" in (await citizen(RINA).say("NOC")).text
    # its certificate named: the tap the NOC chat sends it by (test_permit_noc_certificate.py)
    assert "noc:letters" in (await citizen(RINA, lang="bn").say("ব্যবসার অনাপত্তি শংসাপত্র")).choices
    neighbour = await citizen(RINA, lang="bn").say("প্রতিবেশীর অনাপত্তি লাগবে?")  # a building application's own
    assert "noc:menu" not in neighbour.choices
    for text, lang in (("I want to complain, my application is stuck for 3 months", "en"),
                       ("আমার আবেদন নিয়ে অভিযোগ আছে", "bn")):
        answer = await citizen(ARJUN, lang=lang).say(text)
        assert set(answer.choices) == {"grievance:menu", "permit:home"}, text
    assert "A panchayat official reads your complaint" in (await citizen(ARJUN).say("complaint")).text


async def test_a_noc_or_complaint_number_among_words_is_a_tap_to_it_not_a_malformed_application_number(citizen):
    """Typed alone the gateway hands such a number to its service; among words it came here, and was answered
    that it did not look like an application number, or with the NOC menu, to be typed again there."""
    noc = await citizen(RINA, lang="bn").say("amar TNOC/২০২৬/৪৫ er status")
    assert set(noc.choices) == {"noc:view:TNOC/২০২৬/৪৫", "permit:home"}
    assert "TNOC/২০২৬/৪৫ ট্রেড NOC-র (ব্যবসার অনাপত্তি শংসাপত্র) নম্বর" in noc.text and "মনে হচ্ছে না" not in noc.text
    ticket = await citizen(ARJUN).say("what happened to GRV-2026-000007?")
    assert set(ticket.choices) == {"grievance:view:GRV-2026-000007", "permit:home"}
    assert "GRV-2026-000007 is a complaint's number" in ticket.text and "does not look like" not in ticket.text
    booking = await citizen(ARJUN, lang="bn").say("amar booking PT-2026-000012 ache")
    assert set(booking.choices) == {"tourism:view:PT-2026-000012", "permit:home"}
    assert "PT-2026-000012 পর্যটনের ঘর বুকিংয়ের নম্বর" in booking.text and "মনে হচ্ছে না" not in booking.text


async def test_back_as_the_other_services_teach_it_leads_to_the_start_not_to_did_not_understand(citizen):
    for text, lang in (("Back", "en"), ("go back.", "en"), ("ফিরে", "bn"), ("ফিরে যান", "bn")):
        answer = await citizen(RINA, lang=lang).say(text)
        assert set(answer.choices) == {"permit:status", "permit:mine"}, text
        assert "did not understand" not in answer.text and "বুঝতে পারিনি" not in answer.text, text


async def test_a_number_with_a_bengali_case_ending_written_onto_it_is_found(citizen):
    """Bengali writes its endings onto a number (১০১এর, ১০১টা): the letter after the last digit kept the
    number from being read, and the answer said it did not look like an application number."""
    for text in ("BP/PUR/২০২৬/১০১এর অবস্থা কী?", f"{APPROVED}টার অবস্থা", f"আবেদন নং{APPROVED}"):
        seen = await citizen(RINA, lang="bn").say(text)
        assert f"*আবেদন {APPROVED}*" in seen.text and "বলে মনে হচ্ছে না" not in seen.text, text
    assert (await citizen(RINA, lang="bn").say("BP/PUR/২০২৬/১০১এর অনুমতিপত্র ডাউনলোড")).pdfs


async def test_a_status_asked_of_the_application_form_or_the_slip_sends_no_letter(citizen):
    """আবেদনপত্র (the application form) and প্রাপ্তিস্বীকারপত্র (the acknowledgement slip) end in পত্র, the
    word for the letter, so asking their status sent the permission letter."""
    for text in (f"আবেদনপত্র {APPROVED}-এর অবস্থা কী?", f"প্রাপ্তিস্বীকারপত্রে নম্বর {APPROVED}"):
        seen = await citizen(RINA, lang="bn").say(text)
        assert seen.pdfs == [] and f"*আবেদন {APPROVED}*" in seen.text, text
    for text in (f"অনুমতিপত্র {APPROVED}", f"পত্রটা পাঠান {APPROVED}"):
        assert len((await citizen(RINA, lang="bn").say(text)).pdfs) == 1, text


async def test_the_offices_note_is_read_under_its_move_by_the_applicant_alone(citizen, runtime, clock):
    """What the office wrote with a move (what is missing, what to pay and where) was kept in the history but left
    out of the applicant's view, which showed only the day and the status."""
    missing = "Site plan not signed; bring it to the GP office, or call 03252 224466."
    await Cases(runtime.store, KIND.collection, KIND.model).change(
        FEE_PENDING, lambda case: case.moved("under_scrutiny", at=clock.now, by="baghmundi", note=missing))
    bengali = await citizen(RINA, lang="bn").say(FEE_PENDING)
    today = day(today_in_india(clock.now), "bn")
    assert bengali.text.count("অফিসের বার্তা") == 1
    assert f"• {today} — যাচাই চলছে\n  অফিসের বার্তা: {missing}" in bengali.text
    english = await citizen(RINA).tap(f"permit:view:{FEE_PENDING}")
    assert f"• {day(today_in_india(clock.now), 'en')} — Under scrutiny\n  Message from the office: {missing}" \
        in english.text
    stranger = await citizen(TAPAN).say(FEE_PENDING)
    assert "*Under scrutiny*" in stranger.text and "Site plan" not in stranger.text


async def test_a_history_without_a_note_reads_as_before(citizen):
    """An approval's memo and a rejection's reason are shown in their own lines, never again as a note."""
    for wa_id, number in ((RINA, APPROVED), (TAPAN, "BP/PUR/2025/000988")):
        seen = await citizen(wa_id).say(number)
        assert "Message from the office" not in seen.text
        history = seen.text.split("What has happened:\n", 1)[1].split("\n\n", 1)[0]
        assert all(line.startswith("• ") for line in history.splitlines()), history


async def test_a_corrected_note_stands_under_its_move_in_place_of_the_one_it_corrects(citizen, runtime, clock):
    """The office may send the same status again with a corrected note: the applicant reads the move once,
    with the corrected message and its day, and never the mistaken one."""
    applications = Cases(runtime.store, KIND.collection, KIND.model)
    wrong, right = "Pay ₹18,000 at the GP office.", "Pay ₹1,800 at the GP office."
    await applications.change(FEE_PENDING, lambda case: case.moved("fee_pending", at=clock.now, by="gp", note=wrong))
    clock.advance(days=2)
    await applications.change(FEE_PENDING, lambda case: case.moved("fee_pending", at=clock.now, by="gp", note=right))
    today = today_in_india(clock.now)
    bengali = await citizen(RINA, lang="bn").say(FEE_PENDING)
    assert f"— ফি জমা বাকি\n  অফিসের বার্তা ({day(today, 'bn')} তারিখে সংশোধিত): {right}" in bengali.text
    assert wrong not in bengali.text and bengali.text.count("\n• ") == 3  # submitted, scrutiny, fee: each once
    english = await citizen(RINA).tap(f"permit:view:{FEE_PENDING}")
    assert f"— Fee pending\n  Message from the office (corrected on {day(today, 'en')}): {right}" in english.text
    assert wrong not in english.text and english.text.count("\n• ") == 3
    stranger = await citizen(TAPAN).say(FEE_PENDING)
    assert "*Fee pending*" in stranger.text and "GP office" not in stranger.text


@pytest.mark.parametrize("typed", ["0", "#", "*", "০", "#️⃣", "ফিরে যাও", "পেছনে"])
async def test_a_phone_menus_back_key_after_the_number_is_asked_leads_to_the_start_as_back_does(citizen, typed):
    """A lone 0, # or * (what a phone menu taught for "back") got "Sorry, I did not understand"; now, as "back",
    it leads to the start of building permission."""
    person = citizen(RINA)
    asked = await person.tap("permit:status")
    assert "Type your application number" in asked.text
    answer = await person.say(typed)
    back = await citizen(RINA).say("back")
    assert set(answer.choices) == {"permit:status", "permit:mine"} and answer.text == back.text
    assert "did not understand" not in answer.text


async def test_thanks_or_ok_after_a_letter_is_answered_warmly_with_the_permit_start(citizen):
    """'thanks', 'all right' or 👍 were 'Sorry, I did not understand' ('all right' even listed the applications)."""
    english, bengali = citizen(RINA), citizen(RINA, lang="bn")
    await english.say(f"download {APPROVED}")
    for sent, starts in (("Thanks a lot!", "You're welcome 🙏"), ("all right", "All right 👍"), ("👍", "All right 👍")):
        answer = await english.say(sent)
        assert answer.text.startswith(f"{starts}\n\n*Building permission*"), sent
        assert set(answer.choices) == {"permit:status", "permit:mine"} and "did not understand" not in answer.text
    answer = await bengali.say("ধন্যবাদ স্যার")
    assert answer.text.startswith("আপনাকেও ধন্যবাদ 🙏\n\n*ভবন নির্মাণের অনুমতি*"), answer.text
