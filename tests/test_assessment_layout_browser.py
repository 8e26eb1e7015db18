"""The assessment's phases off screen are skipped by the browser (``content-visibility: auto``) and stand in at a
height the stylesheet estimates from each phase's questions and characters. An estimate shorter than the phase lets
its questions, laid out for a query but not drawn, spill onto the next phase's radios: Lighthouse's accessibility
audit then finds targets "partially obscured". These tests hold every estimate at or above the drawn height, from a
narrow phone to a wide screen, in both editions and in the vendor questionnaire (vendor wording, other lengths)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

WIDTHS = (280, 360, 412, 600, 1024, 1600)

#: Each phase's estimated height over its drawn height, measured by drawing the phase in place.
RATIOS = """() => [...document.querySelectorAll(".pb-as-questions")].map((phase) => {
  const estimate = parseFloat(getComputedStyle(phase).containIntrinsicHeight.replace("auto", ""));
  phase.style.contentVisibility = "visible";
  return {id: phase.querySelector("[data-question]").dataset.question, ratio: estimate / phase.getBoundingClientRect().height};
})"""


@pytest.mark.parametrize("path", ["assessment/", "fr/assessment/", "downloads/vendor-questionnaire.html"])
def test_each_skipped_phase_is_estimated_no_shorter_than_it_draws(page, site_url: str, path: str) -> None:
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(site_url + path)
        found = page.evaluate(RATIOS)
        assert len(found) >= 10, "every phase has its questions"
        short = [(phase["id"], round(phase["ratio"], 2)) for phase in found if phase["ratio"] < 1]
        assert not short, f"at {width} px, estimates shorter than the phase: {short}"
        # An estimate far too high makes the scroll bar jump once the phase is drawn.
        assert max(phase["ratio"] for phase in found) < 1.6, f"at {width} px"
