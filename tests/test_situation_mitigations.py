"""Mitigations that fit only some readers: their applies_when is checked like a mistake's, a mistake keeps an action
for every reader who sees it, an edition drops the actions that cannot fit it, pages carry the rule for the situation
script, Start here offers a first action that fits, and "applies to you" ranks first."""

from __future__ import annotations

from pathlib import Path

from playbook_builder.load import load_playbook
from playbook_builder.model.edition import restrict
from playbook_builder.render.start import first_actions

from conftest import line_of, problems_of, replace_in

ALP01_M1 = "        owner: buyer\n      - id: ALP-01-M2"


def only_large(content: Path, *, second: bool = False) -> None:
    """Give ALP-01-M1 (and ALP-01-M2 with ``second``) an applies_when for large organisations."""
    replace_in(content / "alpha.yml", ALP01_M1, "        owner: buyer\n        applies_when:\n          size: [large]\n"
                                                "      - id: ALP-01-M2")
    if second:
        replace_in(content / "alpha.yml", "        owner: manager\n", "        owner: manager\n        applies_when:\n"
                                                                     "          size: [large]\n")


def test_a_mitigation_applies_when_loads_and_names_real_facts(content: Path) -> None:
    only_large(content)
    playbook, warnings = load_playbook(content)
    assert warnings == []
    assert playbook.mistakes["ALP-01"].mitigations[0].applies_when == {"size": ["large"]}
    replace_in(content / "alpha.yml", "          size: [large]\n      - id: ALP-01-M2",
               "          size: [huge]\n      - id: ALP-01-M2")
    line = line_of(content / "alpha.yml", "size: [huge]")
    assert any(problem.startswith(f"checklists/alpha.yml:{line}:") and "applies-when: 'huge' is not an option of the "
               "scoping fact 'size'" in problem for problem in problems_of(content))


def test_a_mistake_keeps_an_action_for_every_reader_who_sees_it(content: Path) -> None:
    only_large(content, second=True)
    found = problems_of(content)
    assert any("mitigation-excluded: every mitigation of ALP-01 is hidden for readers who answer size: small"
               in problem for problem in found), found


def test_an_edition_drops_the_actions_that_cannot_fit_it(content: Path) -> None:
    only_large(content)
    playbook, _ = load_playbook(content)
    small = restrict(playbook, {"size": "small"})
    assert [m.id for m in small.mistakes["ALP-01"].mitigations] == ["ALP-01-M2"]
    large = restrict(playbook, {"size": "large"})
    assert [(m.id, m.applies_when) for m in large.mistakes["ALP-01"].mitigations] == [("ALP-01-M1", {}),
                                                                                     ("ALP-01-M2", {})]


def test_start_here_offers_the_next_action_when_the_first_may_not_fit(content: Path) -> None:
    playbook, _ = load_playbook(content)
    assert [m.id for m in first_actions(playbook.mistakes["ALP-01"])] == ["ALP-01-M1"]
    only_large(content)
    playbook, _ = load_playbook(content)
    assert [m.id for m in first_actions(playbook.mistakes["ALP-01"])] == ["ALP-01-M1", "ALP-01-M2"]


def test_the_shipped_actions_that_do_not_fit_a_freelancer(shipped_playbook) -> None:
    """The content's restricted actions stay few, and each mistake keeps one for every reader."""
    restricted = {m.id: m.applies_when for mistake in shipped_playbook.mistakes.values() for m in mistake.mitigations
                  if m.applies_when}
    assert restricted["SEL-06-M1"] == {"vendor-kind": ["agency", "large-provider"]}  # three years of accounts
    assert len(restricted) <= 12


def test_mistakes_for_the_reader_come_first_among_their_equals(shipped_playbook) -> None:
    agency = {"size": "small", "vendor-kind": "freelancer"}
    sel10 = shipped_playbook.mistakes["SEL-10"]
    assert shipped_playbook.for_you(sel10, agency)
    assert not shipped_playbook.for_you(sel10, {})
    assert not shipped_playbook.for_you(shipped_playbook.mistakes["EXT-09"], agency)
    ranked = [m.id for m in shipped_playbook.ranked(agency)]
    assert ranked.index("SEL-10") < ranked.index("EXT-09")  # both high for them; the freelancer trial is theirs
