"""A villager's first minutes with the number, read as they read it: what they type or send, and what comes back."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from shared.chat import LANG_CHOSEN
from simulator import webhooks as wa


async def with_services(stack: Stack) -> None:
    await stack.announce("tourism", "Guest houses", order=20)
    await stack.announce("grievance", "Complaints", order=50)


async def chosen(stack: Stack, lang: str = "en") -> None:
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    stack.recorder.clear()


async def test_english_words_typed_in_bengali_script_are_the_keywords(stack: Stack):
    await with_services(stack)
    await stack.say(wa.text(RINA, "হেল্প"))  # a first message: help, in Bengali, rather than the language question
    (first,) = stack.recorder.bodies()
    assert text_of(first).startswith("আমি স্মার্ট পঞ্চায়েতের সহায়ক")
    stack.recorder.clear()
    await stack.say(wa.list_reply(RINA, "tourism:menu", "পর্যটন"))  # in the middle of a service's conversation
    stack.recorder.clear()
    for word, starts in (("হেলপ", "আমি স্মার্ট পঞ্চায়েতের সহায়ক"), ("স্টপ", "ঠিক আছে, আপনাকে আর বিজ্ঞপ্তি"),
                         ("স্টার্ট", "ঠিক আছে, বিজ্ঞপ্তি আবার চালু")):
        await stack.say(wa.text(RINA, word))
        assert text_of(stack.recorder.bodies()[-1]).startswith(starts), word
    assert stack.recorder.of("wa.inbound.tourism") == []  # none of them was taken as an answer to the service
    await stack.say(wa.text(RINA, "মেন্যু"))
    assert stack.recorder.bodies()[-1]["interactive"]["type"] == "list"


async def test_help_in_the_middle_of_a_service_says_the_conversation_waits_and_how_to_go_on(stack: Stack):
    await with_services(stack)
    await chosen(stack, "bn")
    await stack.say(wa.text(RINA, "সাহায্য"))  # at the menu: no service to go back to
    assert "পরিষেবায় আছেন" not in text_of(stack.recorder.bodies()[-1])
    await stack.say(wa.list_reply(RINA, "tourism:book", "ঘর বুক করুন"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "সাহায্য"))
    (help_text,) = stack.recorder.bodies()
    assert text_of(help_text).startswith("আমি স্মার্ট পঞ্চায়েতের সহায়ক")
    assert text_of(help_text).endswith("আপনি এখন *tourism সেবা* পরিষেবায় আছেন, যা করছিলেন তা রাখা আছে। চালিয়ে যেতে ওপরের "
                                       "শেষ প্রশ্নের উত্তর দিন, আর বেরিয়ে যেতে *মেনু* লিখুন।")
    await stack.say(wa.text(RINA, "পুরুলিয়া"))  # the answer after help still goes to the booking
    assert [e.payload["text"] for e in stack.recorder.of("wa.inbound.tourism")] == ["পুরুলিয়া"]


async def test_a_first_message_that_says_something_is_told_it_went_nowhere_yet(stack: Stack):
    await stack.announce_services()  # with the words each service announces, as the live gateway has them
    unread = "Your message has not gone to any office yet"  # its words kept for complaints, a contact card not
    for message in (wa.text(RINA, "The ration dealer in our para gives less rice every month"),
                    wa.text(RINA, "amader para te ration kom dicche"),
                    wa.contacts(RINA, [wa.contact_card("Ram Das", "919812345678")])):  # a photo goes to complaints
        await stack.say(message)
        (question,) = stack.recorder.bodies()
        assert question["interactive"]["action"]["buttons"][0]["reply"]["id"] in ("shell:lang:bn", "shell:lang:en")
        assert unread in text_of(question) and "আপনার বার্তাটি এখনও কোনো অফিসে যায়নি" in text_of(question)
        stack.recorder.clear()
        stack.clock.advance(minutes=31)  # each a first message, not one after an unanswered question
    for greeting in (wa.text(RINA, "hi"), wa.text(RINA, "hello sir"), wa.text(RINA, "🙏"),
                     wa.media(RINA, "sticker", "MEDIA-3", "image/webp")):
        await stack.say(greeting)
        (question,) = stack.recorder.bodies()
        assert "Your message has not gone" not in text_of(question)
        stack.recorder.clear()
        stack.clock.advance(minutes=31)  # each a first message, not one after an unanswered question


async def test_a_first_message_in_words_a_service_announced_goes_there_in_the_language_it_is_written_in(
        stack: Stack):
    await stack.announce_services()
    await stack.say(wa.text(RINA, "amar complain ache"))  # no language question: a new complaint, in Bengali
    (handed,) = stack.recorder.of("wa.inbound.grievance")
    assert (handed.payload["reply_id"], handed.payload["text"], handed.payload["lang"]) == (
        "grievance:new", "amar complain ache", "bn")
    assert not stack.recorder.bodies()


async def test_a_photo_voice_note_or_place_outside_any_service_is_told_where_to_send_it(stack: Stack):
    """When no service announced it takes them: complaints does (``test_gateway_photos``)."""
    await with_services(stack)
    await chosen(stack, "bn")
    for sent in (wa.voice(RINA, "MEDIA-1"), wa.media(RINA, "image", "MEDIA-2", "image/jpeg", caption="ভাঙা কল"),
                 wa.location(RINA, 26.5, 89.5), wa.contacts(RINA, [wa.contact_card("Ram Das", "919812345678")])):
        await stack.say(sent)
        (menu,) = stack.recorder.bodies()
        assert text_of(menu).startswith("ছবি, ভয়েস নোট, লোকেশন বা কন্টাক্ট আলাদা করে নিতে পারি না: আগে পরিষেবা বেছে "
                                        "নিন, তারপর সেখানে পাঠান (অভিযোগ হলে *অভিযোগ জানান*)।"), sent["type"]
        assert menu["interactive"]["type"] == "list"
        stack.recorder.clear()
    await stack.say(wa.media(RINA, "sticker", "MEDIA-3", "image/webp"))  # says nothing: the menu, no "sorry"
    assert text_of(stack.recorder.bodies()[0]).startswith("স্মার্ট পঞ্চায়েত পরিষেবা।")


async def test_greetings_and_keywords_in_banglish_are_understood(stack: Stack):
    await with_services(stack)
    await chosen(stack, "bn")
    for typed, starts in (("Nomoskar 🙏", "স্মার্ট পঞ্চায়েত পরিষেবা।"), ("hello sir", "স্মার্ট পঞ্চায়েত পরিষেবা।"),
                          ("shahajjo", "আমি স্মার্ট পঞ্চায়েতের সহায়ক"), ("bondho", "ঠিক আছে, আপনাকে আর বিজ্ঞপ্তি"),
                          ("chalu", "ঠিক আছে, বিজ্ঞপ্তি আবার চালু"), ("bhasha", "আপনি কোন ভাষায় কথা বলতে চান?")):
        await stack.say(wa.text(RINA, typed))
        (answer,) = stack.recorder.bodies()
        assert text_of(answer).startswith(starts), typed
        stack.recorder.clear()


async def test_a_first_timer_who_answers_the_language_question_with_something_else_is_not_asked_a_third_time(
        stack: Stack):
    await stack.announce_services()
    await stack.say(wa.text(RINA, "🙏"))
    (question,) = stack.recorder.bodies()
    assert question["interactive"]["action"]["buttons"][0]["reply"]["id"] == "shell:lang:bn"
    stack.recorder.clear()
    stack.clock.advance(minutes=2)
    await stack.say(wa.text(RINA, "ধন্যবাদ"))  # not a button: the language they write in is kept, and said
    (menu,) = stack.recorder.bodies()
    assert menu["interactive"]["type"] == "list"
    assert text_of(menu).startswith("আপনার লেখা দেখে বাংলায় লিখছি। ইংরেজির জন্য *language* লিখুন।")
    (chosen_event,) = stack.recorder.of(LANG_CHOSEN)
    assert chosen_event.payload["lang"] == "bn"
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "hello"))  # from now on, what anyone who chose gets: no question
    assert "আপনার লেখা দেখে" not in text_of(stack.recorder.bodies()[-1])


async def asked_language(stack: Stack, greeting: str, *, minutes_later: float) -> None:
    """A first-timer greeted, was asked the language, and writes again ``minutes_later``."""
    await stack.announce_services()
    await stack.say(wa.text(RINA, greeting))
    stack.recorder.clear()
    stack.clock.advance(minutes=minutes_later)


async def test_the_second_unanswered_question_keeps_english_words_and_offers_to_send_them(stack: Stack):
    await asked_language(stack, "hello", minutes_later=1)
    await stack.say(wa.text(RINA, "The street light near the school has been off for a week"))
    (menu,) = stack.recorder.bodies()
    assert text_of(menu).startswith("I will write in English, as you do. For Bengali, type *ভাষা*.")
    assert menu["interactive"]["action"]["sections"][0]["rows"][0]["id"] == "shell:unread"  # the words are kept
    assert stack.recorder.of("wa.inbound.grievance") == []


async def test_the_question_is_asked_again_after_half_an_hour_of_silence(stack: Stack):
    await asked_language(stack, "hi", minutes_later=31)
    await stack.say(wa.text(RINA, "hi"))
    (question,) = stack.recorder.bodies()
    assert question["interactive"]["type"] == "button"


@pytest.mark.parametrize(("answer", "lang"), [("bangala", "bn"), ("bangla te", "bn"), ("Bengli", "bn"),
                                              ("englis", "en")])
async def test_a_language_named_with_a_slip_answers_the_question_asked_before(stack: Stack, answer: str, lang: str):
    """Asked the language and answering with its name misspelt, the person gets the language they named, not the
    one the letters they wrote it in suggest ("bangala" in Latin letters is no wish for English)."""
    await asked_language(stack, "hi", minutes_later=1)
    await stack.say(wa.text(RINA, answer))
    (chosen_event,) = stack.recorder.of(LANG_CHOSEN)
    assert chosen_event.payload["lang"] == lang
