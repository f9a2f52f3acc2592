"""The simulator's chat page in a real browser (headless Chromium through Selenium and Debian's
chromedriver): the whole system as ``panchayat run`` builds it, a person types "hi", taps English, opens
the menu list and taps a service's row, and sees that service answer. A screenshot of the phone is kept as
a test artefact (``PANCHAYAT_ARTIFACTS``, default ``var/test-artifacts``) so a failure can be looked at.

It needs ``chromium`` and ``chromium-driver`` (``scripts/setup-system --ci`` installs them); without them
it skips, except in CI (``PANCHAYAT_REQUIRE_RABBIT=1``), where a skip fails the run like the RabbitMQ suite.
"""
from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path

import pytest

from bench.ports import free_port
from shared.run import build_app, local_settings
from shared.settings import load_settings

pytestmark = pytest.mark.node  # the same rule as the other tools the suite drives: required in CI
ARTIFACTS = Path(os.environ.get("PANCHAYAT_ARTIFACTS", Path(__file__).resolve().parents[2] / "var" / "test-artifacts"))
WAIT = 20  # seconds a step may take before the test gives up (only stops a broken page hanging the suite)


def browser():  # type: ignore[no-untyped-def]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=420,900", "--lang=en"):
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"))


def converse(url: str, shot: Path) -> dict[str, str]:
    from selenium.common.exceptions import (
        ElementClickInterceptedException,
        NoSuchElementException,
        StaleElementReferenceException,
    )
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    gone = (StaleElementReferenceException, NoSuchElementException, ElementClickInterceptedException)

    def tap(by: str, where: str):  # type: ignore[no-untyped-def]
        """Find and click in one go, again if the page redrew the element meanwhile (a bubble is redrawn
        when its delivery ticks change)."""
        def attempt(driver) -> bool:  # type: ignore[no-untyped-def]
            try:
                found = [e for e in driver.find_elements(by, where) if e.is_displayed() and e.is_enabled()]
                if not found:
                    return False
                found[-1].click()
                return True
            except gone:
                return False
        return attempt

    def theirs(driver) -> list[str] | bool:  # type: ignore[no-untyped-def]
        try:
            return [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".row.theirs")] or False
        except gone:
            return False

    driver = browser()
    try:
        wait = WebDriverWait(driver, WAIT)
        driver.get(url)
        wait.until(lambda d: d.find_element(By.ID, "text").is_displayed())
        driver.find_element(By.ID, "text").send_keys("hi")
        wait.until(tap(By.ID, "send-button"))
        wait.until(tap(By.XPATH, "//div[contains(@class,'theirs')]//button[contains(@class,'choice') and .='English']"))
        wait.until(tap(By.CSS_SELECTOR, ".theirs .list-open"))
        wait.until(tap(By.XPATH, "//section[@id='list-sheet']//button[contains(@class,'option')]"
                                 "[.//div[contains(.,'Tourism')]]"))
        answers = wait.until(lambda d: (found := theirs(d)) and len(found) >= 3 and "book" in found[-1].lower()
                             and found)
        shot.parent.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(shot))
        mine = wait.until(lambda d: [e.text for e in d.find_elements(By.CSS_SELECTOR, ".row.mine")] or False)
        return {"last": answers[-1], "mine": mine[-1]}
    except Exception:
        shot.parent.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(shot.with_name("chat-page-failed.png")))  # what the page showed when it failed
        raise
    finally:
        driver.quit()


async def test_a_person_chats_on_the_page_in_chromium(aiohttp_server, tmp_path: Path):
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.skip("chromium and chromium-driver are not installed (scripts/setup-system --ci installs them)")
    pytest.importorskip("selenium", reason="selenium is a dev dependency: pip install -e '.[dev]'")
    port = free_port()
    settings = local_settings(load_settings(AMQP_URL=None, MONGODB_URL=None, WHATSAPP_API_URL=None,
                                            PANCHAYAT_DATA_DIR=tmp_path, GATEWAY_PORT=port,
                                            PANCHAYAT_RETRY_DELAYS="0.05,0.05"))
    app, _ = build_app(settings, simulated=True)
    server = await aiohttp_server(app, port=port)
    shot = ARTIFACTS / "chat-page.png"
    shot.unlink(missing_ok=True)
    seen = await asyncio.to_thread(converse, str(server.make_url("/")), shot)
    assert "Tourism" in seen["mine"]  # the tapped row shows as the person's answer
    assert "book" in seen["last"].lower()  # and the tourism service answered with its own menu
    assert shot.stat().st_size > 10_000  # a real picture of the phone, kept for a person to look at
