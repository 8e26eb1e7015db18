"""The customisation guide's examples work: its overlay snippets, put together, pass `playbook check` against the
upstream content installed with the package, and its mkdocs.yml snippets are valid YAML with known options."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from playbook_builder.load import load_playbook
from playbook_builder.load.locate import package_content
from playbook_builder.overlays import Overlay

GUIDE = Path(__file__).resolve().parent.parent / "content" / "customize" / "index.md"


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", GUIDE.read_text(encoding="utf-8"), flags=re.M | re.S)


def test_the_guides_overlay_examples_pass_every_check(tmp_path: Path) -> None:
    sections: dict[str, dict] = {}
    for block in blocks("yaml"):
        data = yaml.safe_load(block)
        for key in ("override", "remove", "add"):
            for kind, entries in (data.get(key) or {}).items():
                merged = sections.setdefault(key, {}).setdefault(kind, type(entries)())
                if isinstance(entries, dict):
                    assert not set(merged) & set(entries), f"two examples change the same {kind}"
                    merged.update(entries)
                else:
                    merged.extend(entries)
    assert set(sections) == {"override", "remove", "add"}
    (tmp_path / "overlay").mkdir()
    (tmp_path / "overlay" / "overlay.yml").write_text(yaml.safe_dump(sections, sort_keys=False), encoding="utf-8")
    playbook, warnings = load_playbook(package_content(), mergers=[Overlay(tmp_path / "overlay", tmp_path)],
                                       display_root=tmp_path)
    # Removing the exit checklist and its clause leaves the framework points that only they covered as gaps.
    assert [w.rule for w in warnings] == ["overlay-pin", "framework-gap", "framework-gap"]
    assert all("eba-outsourcing-contracts" in str(w) or "dora-contracts" in str(w) for w in warnings[1:])
    assert playbook.mistakes["SEL-01"].severity.value == "critical"
    assert "SEL-90" in playbook.mistakes and "SEL-04" not in playbook.mistakes
    assert "exit" not in [c.id for c in playbook.checklists]
    assert playbook.mistakes["SEC-03"].applies_when == {"personal-data": ["shared"], "vendor-location": ["offshore"]}
    assert "tier" in playbook.fact_by_id


def test_the_guides_configuration_examples_use_real_options() -> None:
    from playbook_builder.config import BrandingConfig, PlaybookConfig

    configs = [yaml.safe_load(block) for block in blocks("yaml")]
    plugin_options = [
        entry["playbook"] for config in configs if "plugins" in config
        for entry in config["plugins"] if isinstance(entry, dict) and "playbook" in entry
    ]
    assert len(plugin_options) == 5
    for options in plugin_options:
        config = PlaybookConfig()
        config.load_dict(options)
        failed, warnings = config.validate()  # as MkDocs validates mkdocs.yml: unknown options warn
        assert (failed, warnings) == ([], [])
        assert isinstance(config.branding, BrandingConfig)
