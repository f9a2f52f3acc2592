"""A first-timer asked the language who then sent a sticker (or a photo no service took) got the menu opening
'আপনার লেখা দেখে বাংলায় লিখছি' ("writing in Bengali, going by what you wrote"), though they wrote nothing. The
menu now says only that it writes in Bengali and how to change it; words written after the question still say the
language is theirs."""
from __future__ import annotations

from gateway_kit import RINA, Stack, text_of

from shared.chat import LANG_CHOSEN
from simulator import webhooks as wa


async def asked(stack: Stack) -> None:
    await stack.announce_services()
    await stack.say(wa.text(RINA, "নমস্কার"))
    stack.recorder.clear()
    stack.clock.advance(minutes=1)


async def test_a_sticker_after_the_question_is_not_said_to_be_writing(stack: Stack):
    await asked(stack)
    await stack.say(wa.text(RINA, "STOP"), wa.text(RINA, "START"))
    stack.recorder.clear()
    await stack.say(wa.media(RINA, "sticker", "MEDIA-7", "image/webp"))
    (menu,) = stack.recorder.bodies()
    assert menu["interactive"]["type"] == "list"
    assert text_of(menu).startswith("বাংলায় লিখছি। ইংরেজির জন্য *language* লিখুন।")
    assert [e.payload["lang"] for e in stack.recorder.of(LANG_CHOSEN)] == ["bn"]


async def test_words_after_the_question_are_still_said_to_be_the_language(stack: Stack):
    await asked(stack)
    await stack.say(wa.text(RINA, "ধন্যবাদ"))
    (menu,) = stack.recorder.bodies()
    assert text_of(menu).startswith("আপনার লেখা দেখে বাংলায় লিখছি।")
