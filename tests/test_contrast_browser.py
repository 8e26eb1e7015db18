"""Every interactive state of every kind of button keeps WCAG AA contrast: at rest, hovered, focused and pressed,
in the light and the dark scheme, and with an organisation's own colours. axe-core judges each state in Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import CHROMIUM, is_local

pytestmark = pytest.mark.browser

#: Pages of the shipped site and the buttons on them; each kind of button the site has appears at least once.
PAGES = {
    "checklists/vendor-selection/": [".pb-actions .md-button--primary", ".pb-actions .md-button:not(.md-button--primary)"],
    "assessment/": ["[data-action='export']", "[data-action='share']", "[data-action='reset']",
                    "label[for='pb-as-import']", "[data-action='copy']", "[data-situation-clear]",
                    "[data-mode='quick']", "[data-mode='full']", "[data-action='new-subject']"],
    "print/vendor-selection/": ["[data-pb-print]"],
    # A term's link with its definition, and a law note's summary.
    "checklists/transition/": [".pb-term", ".pb-law-note > summary"],
}


def contrast_problems(page, selector: str) -> list[str]:
    page.wait_for_timeout(300)  # Material eases colours in over 125 ms: judge the state the reader sees
    results = Axe().run(page, context={"include": [[selector]]}, options={
        "runOnly": {"type": "rule", "values": ["color-contrast"]}, "resultTypes": ["violations"]})
    return [f"{node['target']}: {node['failureSummary']}" for violation in results.response["violations"]
            for node in violation["nodes"]]


def states(page, selector: str) -> dict[str, list[str]]:
    """The contrast problems of one button at rest, hovered, focused and pressed."""
    button = page.locator(selector).first
    button.scroll_into_view_if_needed()
    found = {"rest": contrast_problems(page, selector)}
    button.hover()
    found["hover"] = contrast_problems(page, selector)
    page.mouse.move(0, 0)
    button.focus()
    found["focus"] = contrast_problems(page, selector)
    button.hover()
    page.mouse.down()
    found["active"] = contrast_problems(page, selector)
    page.mouse.move(0, 0)  # release away from the button, so that pressing it does not click it
    page.mouse.up()
    return {state: problems for state, problems in found.items() if problems}


def open_page(browser, url: str, scheme: str):
    context = browser.new_context(color_scheme=scheme)
    context.route("**/*", lambda route: route.continue_() if is_local(route.request.url) else route.abort())
    page = context.new_page()
    page.goto(url)
    page.wait_for_load_state("load")
    return context, page


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", list(PAGES))
def test_every_button_state_keeps_contrast(browser, site_url: str, path: str, scheme: str) -> None:
    context, page = open_page(browser, site_url + path, scheme)
    try:
        if path == "assessment/":  # the tools and the situation are folded at first
            page.locator("[data-tools] > summary").click()
            page.locator(".pb-situation__box > summary").click()
            page.get_by_role("button", name="Share as a link").click()
        failures = {}
        for selector in PAGES[path]:
            page.locator(selector).first.wait_for(state="visible")
            found = states(page, selector)
            if found:
                failures[selector] = found
        if path == "assessment/":  # the share button's "copied" state
            page.context.grant_permissions(["clipboard-read", "clipboard-write"])
            page.locator("[data-action='copy']").click()
            copied = contrast_problems(page, "[data-action='copy']")
            if copied:
                failures["copied"] = copied
        assert failures == {}
    finally:
        context.close()


def test_branded_buttons_keep_contrast_in_every_state(browser, local_server, tmp_path_factory) -> None:
    from test_init import branded_project, run_playbook

    folder = branded_project(tmp_path_factory.mktemp("contrast") / "site", (
        "        organisation: Acme Ltd\n"
        '        primary_color: "#f4c430"\n'   # a light primary: the header text turns black
        '        accent_color: "#ffcc00"\n'    # a light accent: white text on it would fail
    ))
    assert run_playbook(folder, "build").returncode == 0
    url = local_server.serve(folder / "site", "contrast-brand")
    for scheme in ("light", "dark"):
        context, page = open_page(browser, url + "checklists/alpha/", scheme)
        try:
            failures = {selector: found for selector in PAGES["checklists/vendor-selection/"]
                        if (found := states(page, selector))}
            assert failures == {}, scheme
        finally:
            context.close()


def test_chromium_is_the_system_one() -> None:
    assert Path(CHROMIUM).exists()
