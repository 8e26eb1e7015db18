"""No developer words on the pages readers see: no file names, settings, commands or options of the build.

The customisation guide, the content model and the translation status are written for the people who run a copy of
the playbook, and the downloads page's part for tools names the formats it offers; every other page is for readers.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

#: Pages written for those who run or translate a copy of the playbook, in either edition.
FOR_MAINTAINERS = re.compile(r"(fr/)?(customize|reference)/|(fr/)?(translation|downloads)/index\.html$")

DEVELOPER_WORDS = re.compile(
    r"mkdocs\.yml|\bsite_url\b|\bplaybook (?:report|build|serve|check|init|overlay|translate|questionnaire|pdf|schema"
    r"|new|diff)\b|\.ya?ml\b|(?<![\w/-])--[a-z][a-z-]+|\blocalStorage\b|\bYAML\b|\bJinja|\bpip install\b|\bstderr\b"
    r"|\bstdout\b|\bTODO\b", re.IGNORECASE)
ADDRESS = re.compile(r"https?://\S+")


class VisibleText(HTMLParser):
    """The text a reader sees: no scripts, styles or templates, no attributes."""

    HIDDEN = frozenset({"script", "style", "template"})

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.depth += tag in self.HIDDEN

    def handle_endtag(self, tag: str) -> None:
        self.depth -= tag in self.HIDDEN

    def handle_data(self, data: str) -> None:
        if not self.depth:
            self.parts.append(data)


def developer_words(page: Path) -> set[str]:
    parser = VisibleText()
    parser.feed(page.read_text(encoding="utf-8"))
    text = ADDRESS.sub(" ", " ".join(parser.parts))
    return {found.group(0) for found in DEVELOPER_WORDS.finditer(text)}


def test_the_pattern_finds_what_it_should() -> None:
    found = DEVELOPER_WORDS.findall("set site_url in mkdocs.yml; run playbook report --skip-invalid on a .yml file")
    assert found == ["site_url", "mkdocs.yml", "playbook report", "--skip-invalid", ".yml"]
    assert not DEVELOPER_WORDS.findall("a cost-benefit analysis -- and a long-term plan, CC BY 4.0")


def test_no_reader_page_carries_developer_words(shipped_site: Path) -> None:
    pages = [page for page in shipped_site.rglob("*.html")
             if not FOR_MAINTAINERS.match(page.relative_to(shipped_site).as_posix())]
    assert len(pages) > 100
    found = {page.relative_to(shipped_site).as_posix(): sorted(words) for page in pages
             if (words := developer_words(page))}
    assert found == {}
