"""The print views on paper: Chromium's own PDF of each view on A4 and US Letter, read back with poppler-utils.

A synthetic checklist larger than the real ones (10 mistakes x 3 mitigations, long sentences) proves the 3-page
limit has room; the shipped checklists are printed too, since they are what teams take to the meeting.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from playbook_builder.load import load_playbook

from conftest import FIXTURE, REPO, mkdocs_build, write_project

pytestmark = pytest.mark.browser

SITE_URL = "https://example.org/pb/"
PAPERS = {"A4": (596, 843), "Letter": (612, 792)}  # points, as Chromium rounds them
#: Text of the site around the content (header, navigation, footer, buttons) that must stay off paper. The site is
#: called "Test playbook"; the playbook itself "Test Playbook" (printed on every sheet).
SITE_CHROME = ["Test playbook", "Skip to content", "Made with", "Material for MkDocs", "Print this checklist",
               "Back to top", "laid out for A4", "All mistakes", "Bibliography", "Content model and rules",
               "Print: all checklists"]

TOPICS = ["exit plan", "service levels", "data transfer", "key staff", "change requests", "invoices",
          "security reviews", "knowledge transfer", "subcontractors", "acceptance tests"]


def synthetic_checklist() -> dict:
    """A checklist as large as the largest real one and more: 10 mistakes, 3 mitigations each, 25-35 word lines."""
    mistakes = []
    for number, topic in enumerate(TOPICS, start=1):
        mistake_id = f"GAM-{number:02d}"
        actions = [
            f"Write the {topic} into a one-page agreement, walk through it with the vendor's delivery lead, and "
            f"file the signed copy with the contract before the next steering meeting.",
            f"Name one person on your side who owns the {topic}, give them the budget and the authority to act, and "
            f"tell the vendor in writing who that person is.",
            f"Review the {topic} at every monthly service review, record the decisions and open actions in the "
            f"minutes, and escalate anything older than two months to the executive sponsor.",
        ]
        mistakes.append({
            "id": mistake_id,
            "title": f"Leaving the {topic} to the vendor without an owner on your side",
            "severity": "high",
            "summary": f"You let the vendor decide the {topic} alone.",
            "why_it_hurts": f"Problems with the {topic} stay hidden until an invoice or an outage reveals them, "
                            f"long after the people who agreed to it have moved on.",
            "confirm": f"You have agreed the {topic} with the vendor in writing, named one owner on your side who "
                       f"reviews it every month, and checked that the contract says what happens when it is missed.",
            "warning_signs": ["Nobody can say who owns it.", "The vendor answers questions you never asked."],
            "mitigations": [{"id": f"{mistake_id}-M{n}", "action": action, "owner": "buyer" if n % 2 else "manager"}
                            for n, action in enumerate(actions, start=1)],
            "sources": ["book-one"],
        })
    return {
        "id": "gamma", "code": "GAM", "title": "Gamma phase: running the contract after go-live", "order": 3,
        "summary": "A synthetic checklist, larger than any real one.",
        "when": "At every quarterly service review with the vendor, and before you renew or extend any order.",
        "style": "read-do", "mistakes": mistakes,
        "questions": [{"id": "GAM-Q1", "text": "Does someone on your side own the contract?",
                       "vendor": "Does your client have someone who owns the contract?",
                       "levels": ["No.", "Rarely.", "Sometimes.", "Mostly.", "Always."],
                       "detects": [m["id"] for m in mistakes]}],
    }


class Pdf:
    """A PDF read back with poppler-utils: page count, page size and text per page (whitespace collapsed)."""

    def __init__(self, path: Path):
        self.path = path
        self.info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        # -raw keeps words as drawn; the default mode would join "out-of-" and "scope" into "outof-scope".
        raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
        self.page_texts = [" ".join(text.split()) for text in raw.split("\f")][: self.pages]

    @property
    def pages(self) -> int:
        return int(re.search(r"^Pages:\s+(\d+)", self.info, re.M).group(1))

    @property
    def size(self) -> tuple[int, int]:
        width, height = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", self.info, re.M).groups()
        return round(float(width)), round(float(height))

    def text(self, page: int | None = None) -> str:
        """The text of one page (numbered from 1), or of the whole document."""
        return self.page_texts[page - 1] if page else " ".join(self.page_texts)


def holds(text: str, line: str) -> bool:
    """Whether ``line`` is in ``text`` whatever the line breaks (a word like out-of-scope may break at a hyphen)."""
    return re.sub(r"\s+", "", line) in re.sub(r"\s+", "", text)


def print_pdf(page, url: str, paper: str, path: Path) -> Pdf:
    """Print ``url`` as a reader's browser does by default: no background graphics."""
    page.goto(url)
    page.pdf(path=str(path), format=paper, print_background=False)
    return Pdf(path)


@pytest.fixture(scope="module")
def large_content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    content = tmp_path_factory.mktemp("large") / "checklists"
    shutil.copytree(FIXTURE, content)
    (content / "gamma.yml").write_text(yaml.safe_dump(synthetic_checklist(), sort_keys=False), encoding="utf-8")
    return content


@pytest.fixture(scope="module")
def large_playbook(large_content: Path):
    return load_playbook(large_content)[0]


@pytest.fixture(scope="module")
def large_url(large_content: Path, local_server, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The fixture playbook plus the synthetic checklist, built with a site_url, instant navigation and Material's
    own task-list checkboxes, as the shipped mkdocs.yml does, and served."""
    folder = tmp_path_factory.mktemp("large-site")
    config = write_project(folder, large_content, extra_config=f"site_url: {SITE_URL}\n")
    text = config.read_text(encoding="utf-8")
    text = text.replace("  font: false\n", "  font: false\n  features: [navigation.instant]\n", 1)
    text = text.replace("pymdownx.tasklist]", "{pymdownx.tasklist: {custom_checkbox: true}}]", 1)
    assert "navigation.instant" in text and "custom_checkbox" in text
    config.write_text(text, encoding="utf-8")
    return local_server.serve(mkdocs_build(config, folder / "site"), "print-large")


def assert_on_paper(pdf: Pdf, checklist, paper: str, address: str) -> None:
    """Within 4 pages of the right size (the largest phases hold 14 mistakes); every line to confirm; no site chrome;
    footer; no blank last page."""
    assert 1 <= pdf.pages <= 4, f"{checklist.id} on {paper}: {pdf.pages} pages"
    assert pdf.size == PAPERS[paper]
    text = pdf.text()
    for mistake in checklist.mistakes:
        assert holds(text, f"{mistake.id} {mistake.title}.")
        assert holds(text, mistake.confirm)
        assert not holds(text, mistake.why_it_hurts)
    for chrome in SITE_CHROME:
        assert chrome not in text, f"{chrome!r} printed on {checklist.id}"
    for number in range(1, pdf.pages + 1):
        page_text = pdf.text(number)
        assert f"page {number} of {pdf.pages}" in page_text
        assert address in page_text
    last = pdf.text(pdf.pages).replace(address, "").replace(f"page {pdf.pages} of {pdf.pages}", "")
    assert "Sign-off" in last and len(last.split()) > 5, "blank or nearly blank trailing page"


@pytest.mark.parametrize("paper", sorted(PAPERS))
@pytest.mark.parametrize("checklist_id", ["alpha", "beta", "gamma"])
def test_each_print_view_fits_three_pages(page, large_url, large_playbook, tmp_path, checklist_id, paper) -> None:
    checklist = next(c for c in large_playbook.checklists if c.id == checklist_id)
    pdf = print_pdf(page, f"{large_url}print/{checklist_id}/", paper, tmp_path / "view.pdf")
    assert_on_paper(pdf, checklist, paper, f"{SITE_URL}checklists/{checklist_id}/")
    if checklist_id == "gamma":
        assert pdf.pages >= 2  # the synthetic checklist really is large, so the limit is tested
    assert page.console_errors == []


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_large_checklist_fits_even_in_the_widest_fallback_font(page, large_url, large_playbook, tmp_path,
                                                               paper) -> None:
    """Where neither Helvetica, Arial nor Liberation Sans is installed, browsers fall back to DejaVu Sans, which
    runs about 10 % wider; the synthetic checklist must still fit."""
    checklist = next(c for c in large_playbook.checklists if c.id == "gamma")
    page.goto(f"{large_url}print/gamma/")
    page.add_style_tag(content=".pb-print { font-family: 'DejaVu Sans', sans-serif !important; }")
    page.pdf(path=str(tmp_path / "gamma.pdf"), format=paper, print_background=False)
    fonts = subprocess.run(["pdffonts", str(tmp_path / "gamma.pdf")], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts, "DejaVu Sans is not installed (tests/run installs fonts-dejavu-core)"
    assert_on_paper(Pdf(tmp_path / "gamma.pdf"), checklist, paper, f"{SITE_URL}checklists/gamma/")


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_booklet_holds_every_checklist_each_on_new_pages(page, large_url, large_playbook, tmp_path, paper) -> None:
    pdf = print_pdf(page, f"{large_url}print/", paper, tmp_path / "booklet.pdf")
    pages = [pdf.text(number) for number in range(1, pdf.pages + 1)]
    codes = [{c.code for c in large_playbook.checklists if re.search(rf"\b{c.code}-\d", text)} for text in pages]
    assert codes[0] == set() and large_playbook.meta.title in pages[0]  # the cover stands alone
    assert all(len(found) <= 1 for found in codes), "two checklists share a page"
    for checklist in large_playbook.checklists:
        on = [number for number, found in enumerate(codes) if checklist.code in found]
        assert on == list(range(on[0], on[-1] + 1)) and len(on) <= 3
        assert holds(pages[on[0]], checklist.title)  # its title heads its first page
        assert all(f"{SITE_URL}checklists/{checklist.id}/" in pages[number] for number in on)
        text = " ".join(pages[on[0]:on[-1] + 2])
        assert all(holds(text, f"{m.id} {m.title}.") for m in checklist.mistakes)
    assert SITE_URL in pages[0]
    assert pdf.pages <= 1 + 3 * len(large_playbook.checklists)
    assert "Sign-off" in pages[-1]


def longest_dark_run(pdf: Pdf, page: int, from_mm: float, to_mm: float, dpi: int = 100) -> float:
    """The longest vertical run of dark pixels, in mm, among the columns between ``from_mm`` and ``to_mm`` from
    the left edge of a rasterised page: a box's border shows up as a long run."""
    out = pdf.path.with_suffix("")
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf.path), str(out)], check=True)
    data = out.with_suffix(".pgm").read_bytes()
    magic, width, height, _maxval, pixels = data.split(maxsplit=4)
    assert magic == b"P5"
    width, height = int(width), int(height)
    best = 0
    for x in range(round(from_mm * dpi / 25.4), round(to_mm * dpi / 25.4) + 1):
        run = 0
        for y in range(height):
            run = run + 1 if pixels[y * width + x] < 128 else 0
            best = max(best, run)
    return best * 25.4 / dpi


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_boxes_are_closed_at_the_right_edge(page, large_url, tmp_path, paper) -> None:
    """The notes box and sign-off table touch the right edge of the page area, which Chromium clips to whole pixels;
    their right borders must still print (they did not on US Letter before the sheet kept a hair of room)."""
    pdf = print_pdf(page, f"{large_url}print/alpha/", paper, tmp_path / "alpha.pdf")
    edge = PAPERS[paper][0] * 25.4 / 72 - 12  # the right margin is 12 mm
    assert longest_dark_run(pdf, pdf.pages, edge - 2, edge + 0.5) >= 15  # the notes box is 16 mm tall


def test_without_site_url_the_sheet_names_where_to_find_it_and_no_qr_code(page, fixture_url, tmp_path) -> None:
    pdf = print_pdf(page, f"{fixture_url}print/alpha/", "A4", tmp_path / "alpha.pdf")
    assert pdf.pages == 1
    text = " ".join(pdf.text().split())
    assert "Online: Test Playbook › Checklists › Alpha phase" in text and "page 1 of 1" in text
    assert "checklists/alpha/" not in text and "site_url" not in text
    assert page.locator(".pb-qr svg").count() == 0


def test_boxes_and_type_are_made_for_pen_and_paper(page, large_url) -> None:
    page.goto(f"{large_url}print/gamma/")
    page.emulate_media(media="print")
    style = page.evaluate("""() => [...document.querySelectorAll('.pb-box')].map(box => {
        const s = getComputedStyle(box), r = box.getBoundingClientRect();
        return {main: !box.classList.contains('pb-box--small'),
                style: s.borderTopStyle, width: parseFloat(s.borderTopWidth), colour: s.borderTopColor,
                background: s.backgroundColor, image: s.backgroundImage, size: r.width};
    })""")
    assert len(style) == 10 + 30
    for box in style:
        assert box["style"] == "solid" and box["width"] >= 1 and box["colour"] == "rgb(0, 0, 0)"
        assert box["background"] == "rgba(0, 0, 0, 0)" and box["image"] == "none"  # a border, not a fill
        assert box["size"] >= 12  # at least 3.2 mm: room for a pen's tick
        assert box["width"] >= 2 if box["main"] else box["size"] < 15
    text = page.evaluate("""() => { const s = getComputedStyle(document.querySelector('.pb-item__confirm'));
        return {size: parseFloat(s.fontSize), family: s.fontFamily, colour: s.color}; }""")
    assert 14.6 <= text["size"] <= 16.1  # 11-12 pt
    assert text["family"].endswith("sans-serif") and text["colour"] == "rgb(0, 0, 0)"
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".pb-print-toolbar", ".pb-print-button"):
        assert page.locator(chrome).first.is_hidden(), chrome
    assert page.locator(".pb-qr svg").is_visible()


def test_print_button_opens_the_print_dialog(page, large_url, tmp_path) -> None:
    page.add_init_script("window.print = () => { window.printed = (window.printed || 0) + 1; };")
    page.goto(f"{large_url}checklists/gamma/")
    page.get_by_role("link", name="Print this checklist").click()
    page.wait_for_url("**/print/gamma/")
    button = page.get_by_role("button", name="Print")
    assert button.is_visible()
    button.click()
    assert page.evaluate("window.printed") == 1
    assert page.console_errors == []
    # Reached by instant navigation, the view still brings its own page footer onto paper.
    page.pdf(path=str(tmp_path / "gamma.pdf"), format="A4")
    text = Pdf(tmp_path / "gamma.pdf").text(1)
    assert f"{SITE_URL}checklists/gamma/" in text and "page 1 of" in text and "laid out for A4" not in text


def test_ordinary_checklist_page_prints_cleanly(page, large_url, large_playbook, tmp_path) -> None:
    checklist = next(c for c in large_playbook.checklists if c.id == "gamma")
    pdf = print_pdf(page, f"{large_url}checklists/gamma/", "A4", tmp_path / "page.pdf")
    text = pdf.text()
    for mistake in checklist.mistakes:
        assert holds(text, mistake.title) and holds(text, mistake.why_it_hurts)
    for chrome in SITE_CHROME:
        assert chrome not in text, f"{chrome!r} printed on the checklist page"
    assert len(pdf.text(pdf.pages).split()) > 5, "blank trailing page"
    page.emulate_media(media="print")
    assert_black_outline(page, ".pb-tasks > li", "::before")


def test_mitigation_boxes_print_as_black_boxes(page, fixture_url) -> None:
    page.goto(f"{fixture_url}checklists/alpha/")
    page.emulate_media(media="print")
    assert_black_outline(page, ".pb-mitigations > li", "::before")


def assert_black_outline(page, selector: str, pseudo: str = "") -> None:
    """Every element matching ``selector`` draws a black border of at least 1 px and no fill."""
    boxes = page.evaluate("""([selector, pseudo]) => [...document.querySelectorAll(selector)].map(e => {
        const s = getComputedStyle(e, pseudo || null);
        return [s.borderTopStyle, parseFloat(s.borderTopWidth), s.borderTopColor, s.backgroundColor,
                s.opacity, s.visibility];
    })""", [selector, pseudo])
    assert boxes, selector
    for style, width, colour, background, opacity, visibility in boxes:
        assert (style, colour, opacity, visibility) == ("solid", "rgb(0, 0, 0)", "1", "visible")
        assert width >= 1 and background in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)")


@pytest.fixture(scope="module")
def shipped_print_url(local_server, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The shipped checklists in a plain test site with a site_url (its own mkdocs.yml is tested elsewhere)."""
    folder = tmp_path_factory.mktemp("shipped-print")
    config = write_project(folder, REPO / "checklists", extra_config=f"site_url: {SITE_URL}\n")
    return local_server.serve(mkdocs_build(config, folder / "site"), "print-shipped")


def test_every_shipped_checklist_fits_four_pages(page, shipped_print_url, tmp_path) -> None:
    playbook = load_playbook(REPO / "checklists")[0]
    for checklist in playbook.checklists:
        for paper in sorted(PAPERS):
            pdf = print_pdf(page, f"{shipped_print_url}print/{checklist.id}/", paper, tmp_path / "view.pdf")
            assert_on_paper(pdf, checklist, paper, f"{SITE_URL}checklists/{checklist.id}/")
