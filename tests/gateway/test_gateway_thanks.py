"""Thanks and "ok" after the person has what they came for: a short answer at the menu, the service's inside one."""
from __future__ import annotations

from gateway_kit import RINA, Stack, text_of

from gateway.profiles import Profiles
from gateway.state import GATEWAY
from shared.chat import Inbound
from simulator import webhooks as wa


async def chosen(stack: Stack, lang: str) -> None:
    await stack.announce("grievance", "Complaints", order=10)
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", lang))
    stack.recorder.clear()


async def test_thanks_or_ok_outside_any_service_gets_a_warm_word_not_did_not_follow(stack: Stack):
    await chosen(stack, "en")
    for words in ("Thanks!", "thank you 🙏", "ok", "Okay"):
        await stack.say(wa.text(RINA, words))
        (reply,) = stack.recorder.bodies()
        assert reply["type"] == "text" and "Type *menu* whenever you need us" in text_of(reply), words
        assert "did not follow" not in text_of(reply)
        stack.recorder.clear()


async def test_thanks_in_bengali_is_answered_in_bengali(stack: Stack):
    await chosen(stack, "bn")
    for words in ("ধন্যবাদ", "অনেক ধন্যবাদ।", "আচ্ছা", "ঠিক আছে", "dhonnobad"):
        await stack.say(wa.text(RINA, words))
        (reply,) = stack.recorder.bodies()
        assert "*মেনু* লিখবেন" in text_of(reply), words
        stack.recorder.clear()


async def test_inside_a_service_the_words_may_be_an_answer_and_go_to_it(stack: Stack):
    await chosen(stack, "en")
    await stack.say(wa.button_reply(RINA, "grievance:menu", "Complaints"))
    stack.recorder.clear()
    for words in ("ok", "thanks"):  # yes at a complaint's summary; a message to the official who answered
        await stack.say(wa.text(RINA, words))
    routed = [Inbound.model_validate(e.payload).text for e in stack.recorder.of("wa.inbound.grievance")]
    assert routed == ["ok", "thanks"] and stack.recorder.bodies() == []
    profile = await Profiles(stack.client.app[GATEWAY].store).get(RINA)
    assert profile.session_service == "grievance"


async def test_an_emoji_of_thanks_or_ok_alone_outside_any_service_gets_the_same_warm_word(stack: Stack):
    await chosen(stack, "en")
    for sent, starts in (("👍", "All right 👍"), ("👍🏽", "All right 👍"), ("👌", "All right 👍"),
                         ("✅", "All right 👍"), ("🙏", "You're welcome 🙏"), ("🙏🏼🙏🏼", "You're welcome 🙏"),
                         ("😊", "You're welcome 🙏"), ("❤️", "You're welcome 🙏"), ("👍 🙏", "You're welcome 🙏")):
        await stack.say(wa.text(RINA, sent))
        (reply,) = stack.recorder.bodies()
        assert reply["type"] == "text" and text_of(reply).startswith(starts), sent
        stack.recorder.clear()
    await stack.say(wa.text(RINA, "😡"))  # no thanks: the menu, as before
    (reply,) = stack.recorder.bodies()
    assert "did not follow" in text_of(reply) and reply["type"] == "interactive"


async def test_an_emoji_alone_is_answered_in_bengali_and_inside_a_service_goes_to_it(stack: Stack):
    await chosen(stack, "bn")
    await stack.say(wa.text(RINA, "🙏"))
    (reply,) = stack.recorder.bodies()
    assert text_of(reply) == "আপনাকেও ধন্যবাদ 🙏 আবার কোনো দরকার হলে যেকোনো সময় *মেনু* লিখবেন।"
    stack.recorder.clear()
    await stack.say(wa.button_reply(RINA, "grievance:menu", "Complaints"))
    await stack.say(wa.text(RINA, "👍"))
    routed = [Inbound.model_validate(e.payload).text for e in stack.recorder.of("wa.inbound.grievance")]
    assert routed[-1] == "👍" and stack.recorder.bodies() == []


async def test_thanks_said_with_more_words_around_it_outside_any_service_is_thanks_too(stack: Stack):
    """"ok thank you so much", "onek dhonnobad": thanks with words that only go with thanks (shared.thanks) got "I could
    not tell which service" and were kept to be sent to Complaints as a message."""
    for lang, cases, welcome in (
            ("en", ("ok thank you so much", "Thank you very much sir!", "thanks again", "ok thnx"),
             "Type *menu* whenever you need us"),
            ("bn", ("onek dhonnobad", "ok dhonnobad dada", "অনেক অনেক ধন্যবাদ স্যার", "আপনাকে অনেক ধন্যবাদ"),
             "*মেনু* লিখবেন")):
        await chosen(stack, lang)
        for words in cases:
            await stack.say(wa.text(RINA, words))
            (reply,) = stack.recorder.bodies()
            assert reply["type"] == "text" and welcome in text_of(reply), words
            stack.recorder.clear()
    profile = await Profiles(stack.client.app[GATEWAY].store).get(RINA)
    assert not profile.unread  # nothing kept to be sent on


async def test_thanks_with_something_more_said_is_still_a_message(stack: Stack):
    await chosen(stack, "en")
    await stack.say(wa.text(RINA, "thanks but the water is still not coming"))
    (reply,) = stack.recorder.bodies()
    assert reply["type"] == "interactive" and text_of(reply).startswith("Sorry, I did not follow that")
