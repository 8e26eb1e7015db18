"""The situation ranks as well as hides, in the real Chromium on the shipped site at phone and laptop sizes: the
mistakes for the reader come first and are marked "Applies to you" on the all-mistakes page and in a checklist's
table, the counts follow what is shown, small-business notes leave the page of a large organisation, an action
that does not fit a freelancer leaves theirs, and "What to fix first" puts the freelancer trial first for a small
agency hiring a freelancer. Each state is axe-clean."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from playbook_builder.model.scope import applies

pytestmark = pytest.mark.browser

SIZES = {"phone": {"width": 390, "height": 844}, "laptop": {"width": 1280, "height": 800}}
AGENCY = {"size": "small", "vendor-kind": "freelancer"}
BANK = {"size": "large", "sector": "regulated"}


def arrive(page, url: str, answers: dict[str, str]) -> None:
    """Open a page with the situation set by a link, as the home page's ways in do; on a checklist, with every
    mistake open (a phone folds them), so that only the situation hides anything."""
    situation = ",".join(f"{fact}={option}" for fact, option in answers.items())
    page.goto(f"{url}?situation={situation}")
    page.wait_for_selector("[data-pb-situation][data-ready]")
    assert page.evaluate("window.playbookSituation.answers()") == answers
    open_all = page.locator("[data-fold-all][data-action='open']")
    if open_all.count() and open_all.is_visible():
        open_all.click()
        expect(page.locator("[data-fold-all]")).to_have_attribute("data-action", "fold")


def serious(page) -> list[str]:
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa"]},
                                       "resultTypes": ["violations"]})
    return [v["id"] for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def shown_items(page, list_selector: str) -> list[dict]:
    """The items a ranked list shows, in order, each with its id and whether it is marked for the reader."""
    return page.eval_on_selector(list_selector, """list => [...list.children]
        .filter(item => item.dataset.rank && item.checkVisibility())
        .map(item => ({id: item.dataset.rank, mine: !!item.querySelector('.pb-for-you:not([hidden])'),
                       mark: (item.querySelector('.pb-for-you:not([hidden])') || {}).textContent || ''}))""")


def mine_first(items: list[dict]) -> bool:
    marks = [item["mine"] for item in items]
    return marks == sorted(marks, reverse=True)


@pytest.fixture(params=list(SIZES))
def sized(page, request):
    page.set_viewport_size(SIZES[request.param])
    yield page
    assert page.console_errors == []


def test_all_mistakes_rank_and_count_for_the_reader(sized, site_url: str, shipped_playbook) -> None:
    arrive(sized, site_url + "mistakes/", AGENCY)
    applying = [m for m in shipped_playbook.mistakes.values()
                if applies(shipped_playbook.restrictions.get(m.id, {}), AGENCY)]
    total = 0
    for severity in ("critical", "high", "medium", "low"):
        items = shown_items(sized, f"[data-rank-list='{severity}']")
        expected = sorted(m.id for m in applying if m.severity_for(AGENCY).value == severity)
        assert sorted(item["id"] for item in items) == expected, severity  # under the reader's severity
        assert mine_first(items), severity
        heading = sized.locator(f"#severity-{severity}").inner_text()
        assert re.search(rf"\({len(expected)}\)", heading), heading  # the heading's count follows
        entry = sized.locator(f".md-sidebar--secondary .md-nav__link[href$='#severity-{severity}']").text_content()
        assert re.search(rf"\({len(expected)}\)", entry), entry  # and so does the table of contents
        total += len(expected)
    assert total < len(shipped_playbook.mistakes)
    high = shown_items(sized, "[data-rank-list='high']")
    assert {"id": "SEL-10", "mine": True, "mark": "Applies to you"} in high
    assert sized.locator("[data-count-of='critical high medium low']").inner_text() == f"{total} mistakes"
    assert serious(sized) == []
    sized.locator("[data-scope-note] button").first.click()  # Show all: the counts follow again
    assert sized.locator("[data-count-of='critical high medium low']").inner_text() == \
        f"{len(shipped_playbook.mistakes)} mistakes"


def test_a_checklist_table_ranks_its_rows_not_its_sections(sized, site_url: str, shipped_playbook) -> None:
    sections = [m.id.lower() for m in shipped_playbook.checklist_of["SEL-10"].mistakes]
    arrive(sized, site_url + "checklists/vendor-selection/", AGENCY)
    rows = shown_items(sized, "[data-rank-list='table']")
    assert {"id": "SEL-10", "mine": True, "mark": "Applies to you"} in rows
    assert rows[0]["mine"] and not rows[-1]["mine"]
    assert mine_first(rows)
    shown = [m.id for m in shipped_playbook.checklist_of["SEL-10"].mistakes
             if applies(shipped_playbook.restrictions.get(m.id, {}), AGENCY)]
    assert sorted(row["id"] for row in rows) == sorted(shown)
    assert sized.locator("[data-count-of='table']").inner_text() == f"{len(shown)} mistakes"
    for mistake in shipped_playbook.checklist_of["SEL-10"].mistakes:
        if mistake.id not in shown:  # its entry in the table of contents goes too, the link's address notwithstanding
            entry = sized.locator(f".md-sidebar--secondary .md-nav__link[href$='#{mistake.id.lower()}']")
            assert entry.evaluate("link => link.closest('li').classList.contains('pb-scope-hidden')"), mistake.id
    links = sized.eval_on_selector_all(".md-sidebar--secondary .md-nav__link", "ls => ls.map(l => l.href)")
    assert links and not any("situation=" in link for link in links)  # following one does not set it again
    order = sized.eval_on_selector_all(".md-content h2[id]", "hs => hs.map(h => h.id)")
    assert [anchor for anchor in order if anchor in sections] == sections  # the sections keep their order
    assert serious(sized) == []


def test_small_business_notes_leave_a_large_organisation_and_regulated_notes_stay(sized, site_url: str) -> None:
    arrive(sized, site_url + "checklists/vendor-selection/", BANK)
    notes = sized.locator(".pb-small-business")
    assert notes.count() > 0
    assert all(not notes.nth(index).is_visible() for index in range(notes.count()))
    arrive(sized, site_url + "checklists/strategy/", BANK)
    assert sized.locator("#str-09-m1").is_visible()  # an action for a regulated sector shows for a bank
    assert serious(sized) == []
    arrive(sized, site_url + "checklists/strategy/", AGENCY | {"sector": "other"})
    assert not sized.locator("#str-09-m1").is_visible()
    arrive(sized, site_url + "checklists/vendor-selection/", {"size": "small"})
    assert sized.locator(".pb-small-business").first.is_visible()


def test_an_action_that_does_not_fit_a_freelancer_leaves_their_page(sized, site_url: str) -> None:
    arrive(sized, site_url + "checklists/vendor-selection/", AGENCY)
    assert sized.locator("#sel-06-m3").is_visible()
    assert not sized.locator("#sel-06-m1").is_visible()  # three years of audited accounts
    assert serious(sized) == []
    arrive(sized, site_url + "roles/finance-lead/", AGENCY)  # the role's own list of actions too
    action = sized.locator("li[data-rule-id='SEL-06-M1']")
    assert action.count() == 1 and not action.is_visible()
    arrive(sized, site_url + "print/vendor-selection/", AGENCY)  # and the paper: the line is not printed
    sized.emulate_media(media="print")
    line = sized.locator(".pb-item__mitigations li[data-rule-id='SEL-06-M1']")
    assert line.count() == 1 and not line.is_visible()
    assert sized.locator(".pb-item__mitigations li", has_text="SEL-06-M3").is_visible()
    sized.emulate_media(media="screen")
    arrive(sized, site_url + "checklists/vendor-selection/", {"size": "small", "vendor-kind": "agency"})
    assert sized.locator("#sel-06-m1").is_visible()


def test_start_here_marks_and_picks_a_first_action_that_fits(sized, site_url: str) -> None:
    arrive(sized, site_url + "start-here/", {"size": "medium", "vendor-kind": "freelancer"})
    item = sized.locator("li[data-start='SEL-10']")
    if item.is_visible():
        assert item.locator(".pb-for-you").inner_text() == "Applies to you"
    firsts = sized.locator("li[data-start='SEL-06'] [data-first-when]")
    assert firsts.count() == 3
    visible = [firsts.nth(index).evaluate("p => !p.hidden") for index in range(3)]
    assert visible == [False, False, True]  # the accounts review and the disclosure do not fit a freelancer


def test_what_to_fix_first_puts_the_freelancer_trial_first_for_a_small_agency(sized, site_url: str) -> None:
    arrive(sized, site_url + "start-here/", AGENCY)  # saved for the whole site
    sized.goto(site_url + "assessment/")
    sized.wait_for_selector("#pb-assessment[data-ready]")
    assert sized.evaluate("window.playbookSituation.answers()") == AGENCY
    sized.locator("#ext-q5 input[value='1']").check()  # staff transfer: the lowest answer
    sized.locator("#sel-q6 input[value='2']").check()  # the freelancer trial: low, not the lowest
    heads = sized.locator("[data-recs] > li .pb-as-rec-head")
    expect(heads.filter(has_text="SEL-10")).to_have_count(1)
    order = [re.search(r"[A-Z]{2,5}-\d+", text).group(0) for text in heads.all_inner_texts()]
    assert order.index("SEL-10") < order.index("EXT-09")
    # Marked as the reader's, in words, as on the ranked lists.
    assert heads.filter(has_text="SEL-10").locator(".pb-for-you").inner_text() == "Applies to you"
    # Financial checks: the action that does not fit a freelancer (audited accounts) is not recommended.
    sized.locator("#sel-q4 input[value='1']").check()
    rec = sized.locator("[data-recs] > li", has=sized.locator(".pb-as-rec-head", has_text="SEL-06"))
    expect(rec).to_have_count(1)
    assert "three years of accounts" not in rec.inner_text()
    assert serious(sized) == []
