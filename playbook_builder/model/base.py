"""The building blocks of the content model: plain-text fields, id patterns, severity, and located parts."""

from __future__ import annotations

import re
from enum import Enum
from typing import Annotated, Any, ClassVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from ..positions import LocDict, locate
from ..problems import Location

_HTML_TAG = re.compile(r"<\s*[A-Za-z!/?]")


def _plain_text(value: str) -> str:
    value = value.strip()
    if not value:
        raise PydanticCustomError("empty_text", "the text is empty")
    if value.upper().startswith("TODO"):
        raise PydanticCustomError("placeholder_text", "replace the TODO placeholder with real text")
    if _HTML_TAG.search(value):
        raise PydanticCustomError("raw_html", "HTML tags are not allowed in text; write plain text")
    return " ".join(value.split()) if "\n" in value else value


#: The id patterns, defined once: the model validates with them and ``playbook new`` checks its arguments.
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
CODE_PATTERN = r"^[A-Z]{2,5}$"

Text = Annotated[str, AfterValidator(_plain_text)]
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, examples=["vendor-selection"])]
MistakeId = Annotated[str, Field(pattern=r"^[A-Z]{2,5}-\d{2,3}$", examples=["SEL-01"])]
MitigationId = Annotated[str, Field(pattern=r"^[A-Z]{2,5}-\d{2,3}-M\d{1,2}$", examples=["SEL-01-M1"])]
QuestionId = Annotated[str, Field(pattern=r"^[A-Z]{2,5}-Q\d{1,3}$", examples=["SEL-Q1"])]
#: Any id of an item inside a checklist: a mistake, a mitigation or a question.
ItemId = Annotated[str, Field(pattern=r"^[A-Z]{2,5}-(?:\d{2,3}(?:-M\d{1,2})?|Q\d{1,3})$", examples=["CON-05"])]
Year = Annotated[int, Field(ge=1900, le=2100)]
Version = Annotated[str, Field(pattern=r"^\d+\.\d+\.\d+$", examples=["1.1.0"])]
#: Where a mistake applies: scoping fact id → the options it applies to; a fact not named does not restrict it.
AppliesWhen = dict[Slug, list[Slug]]


class Severity(str, Enum):
    """How much harm a mistake does; the rubric is shown on the site's content-model page."""

    critical = "critical"
    high = "high"
    medium = "medium"
    low = "low"


SEVERITY_RUBRIC: dict[Severity, str] = {
    Severity.critical: "Likely enough to plan for, and the harm cannot be undone: you lose ownership of your work, "
    "data, accounts or money, you breach the law or a regulator's rules in a way you cannot put right, or the "
    "engagement fails. Fix it before you go on.",
    Severity.high: "Causes a major cost overrun, delay or service failure that takes months to recover from, or a "
    "breach you can still put right, or is hard to undo once the contract is signed.",
    Severity.medium: "Causes rework, friction or extra cost that you can recover from within the engagement, at "
    "the next review, without renegotiating.",
    Severity.low: "An inefficiency or a missed opportunity, or a rare harm that is easy to undo. Fix it when it "
    "is convenient.",
}


class Located(BaseModel):
    """A model part that remembers the YAML mapping it was read from, to point at its lines later."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)
    prose: ClassVar[tuple[str, ...]] = ()
    """The fields that hold prose for readers: the ones a translation catalogue carries (ids, names of
    organisations and source titles stay as they are)."""

    @model_validator(mode="wrap")
    @classmethod
    def _remember_source(cls, data: Any, handler: Any) -> Any:
        instance = handler(data)
        if isinstance(data, LocDict):
            # Kept beside the fields rather than as a pydantic private attribute: a large playbook has tens of
            # thousands of parts, and private attributes cost a hook call for each. Serialisation ignores it.
            instance.__dict__["_raw"] = data
        return instance

    def forget_source(self) -> None:
        """Let go of the YAML this part was read from (and so of libyaml's node tree), once nothing will point at
        its lines again: a build of a large playbook needs the memory more than the positions."""
        self.__dict__.pop("_raw", None)

    def where(self, *path: str | int, key: bool = False) -> Location:
        """Where this part, or one of its fields (``where("related", 2)``), stands in its file."""
        raw = self.__dict__.get("_raw")
        if raw is None:
            return Location("<generated>")
        return locate(raw, path, key=key) or raw.loc
