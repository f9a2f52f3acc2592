"""Words written in a script the service does not read (Hindi or Nepali in Devanagari, Santali in Ol Chiki, Urdu in
Arabic script) are taken for no language, least of all Bengali: the person is told, in Bengali and English and in a
line of Hindi or Urdu, that the service answers in Bengali and English, and asked the language (a first-timer, each
time) or shown the menu in theirs; words that say something are kept to send on with one tap, as any unread words."""
from __future__ import annotations

from gateway_kit import RINA, Stack, known, text_of

from gateway.profiles import Profiles
from gateway.state import GATEWAY
from shared.chat import Inbound
from simulator import webhooks as wa

HINDI = "सड़क की बत्ती तीन दिन से बंद है"  # a problem, in words no service announced
SANTALI = "ᱥᱟᱹᱜᱩᱱ ᱫᱟᱨᱟᱢ"
URDU = "میں شکایت درج کرنا چاہتا ہوں"
HINDI_LINE = "हम बांग्ला और अंग्रेज़ी में उत्तर देते हैं।"
URDU_LINE = "ہم بنگلہ اور انگریزی میں جواب دیتے ہیں۔"
ONLY_EN = "We answer in Bengali and English only"
ONLY_BN = "আমরা বাংলা আর ইংরেজিতে উত্তর দিই"
GUESSED = "আপনার লেখা দেখে বাংলায় লিখছি"
SEND = "shell:unread"


def buttons(body: dict) -> list[str]:
    return [b["reply"]["id"] for b in body["interactive"]["action"]["buttons"]]


def rows(body: dict) -> list[str]:
    return [r["id"] for s in body["interactive"]["action"]["sections"] for r in s["rows"]]


async def lang_of(stack: Stack) -> str | None:
    return (await Profiles(stack.client.app[GATEWAY].store).get(RINA)).lang


async def test_a_first_hindi_message_is_asked_the_language_in_both_and_in_hindi_its_words_kept(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.text(RINA, HINDI))
    (question,) = stack.recorder.bodies()
    said = text_of(question)
    assert said.startswith(HINDI_LINE) and ONLY_EN in said and ONLY_BN in said
    assert "but it is kept: choose a language, and then one tap sends it to *Complaints*" in said
    assert buttons(question) == ["shell:lang:bn", "shell:lang:en"] and len(said) <= 1024
    assert await lang_of(stack) is None and not stack.recorder.of("wa.person.lang_chosen")
    stack.recorder.clear()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    (menu,) = stack.recorder.bodies()
    assert rows(menu)[0] == SEND
    stack.recorder.clear()
    await stack.say(wa.list_reply(RINA, SEND, "Send my message"))
    (sent,) = stack.recorder.of("wa.inbound.grievance")
    inbound = Inbound.model_validate(sent.payload)
    assert (inbound.text, inbound.lang, inbound.unasked) == (HINDI, "en", True)


async def test_hindi_written_again_after_the_question_is_not_answered_as_bengali(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.text(RINA, "नमस्ते"))
    stack.clock.advance(minutes=2)
    stack.recorder.clear()
    await stack.say(wa.text(RINA, HINDI))
    (question,) = stack.recorder.bodies()
    assert GUESSED not in text_of(question) and text_of(question).startswith(HINDI_LINE)
    assert buttons(question) == ["shell:lang:bn", "shell:lang:en"]
    assert await lang_of(stack) is None


async def test_a_first_santali_message_is_told_in_bengali_and_english_with_no_line_we_cannot_vouch_for(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.text(RINA, SANTALI))
    (question,) = stack.recorder.bodies()
    said = text_of(question)
    assert said.startswith("নমস্কার!") and ONLY_EN in said and ONLY_BN in said
    assert HINDI_LINE not in said and URDU_LINE not in said
    assert buttons(question) == ["shell:lang:bn", "shell:lang:en"] and await lang_of(stack) is None


async def test_a_first_urdu_message_is_told_in_urdu_too(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.text(RINA, URDU))
    (question,) = stack.recorder.bodies()
    assert text_of(question).startswith(URDU_LINE) and ONLY_EN in text_of(question)
    assert await lang_of(stack) is None


async def test_santali_from_someone_who_chose_english_gets_the_menu_saying_which_languages(stack: Stack):
    await known(stack, "en")
    await stack.say(wa.text(RINA, SANTALI))
    (menu,) = stack.recorder.bodies()
    said = text_of(menu)
    assert said.startswith("We answer in Bengali and English, so I could not read your message")
    assert ONLY_BN in said and "Sorry, I did not follow that" not in said
    assert "grievance:menu" in rows(menu) and SEND not in rows(menu)  # two words: nothing said to keep


async def test_hindi_from_someone_who_chose_bengali_gets_the_bengali_menu_in_hindi_too_its_words_kept(stack: Stack):
    await known(stack, "bn")
    await stack.say(wa.text(RINA, HINDI))
    (menu,) = stack.recorder.bodies()
    said = text_of(menu)
    assert said.startswith(f"{HINDI_LINE}")
    assert f"{ONLY_BN}, তাই আপনার লেখাটি পড়তে পারিনি" in said and "We answer in Bengali and English" in said
    assert "আপনার বার্তাটি ৩০ মিনিট রাখা থাকবে" in said and rows(menu)[0] == SEND
    assert await lang_of(stack) == "bn"
