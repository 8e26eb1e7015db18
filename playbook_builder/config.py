"""The ``playbook`` plugin's options in ``mkdocs.yml``, validated by MkDocs when the config loads."""

from __future__ import annotations

import re

from mkdocs.config import base
from mkdocs.config import config_options as c

from .i18n.ui import LANGUAGE_CODE, SOURCE_LANGUAGE
from .reviews import REVIEW_MONTHS, review_months


class _HexColour(c.Type[str]):
    """A colour as ``#rgb`` or ``#rrggbb``, the form the generated stylesheet needs."""

    def __init__(self) -> None:
        super().__init__(str)

    def run_validation(self, value: object) -> str:
        text = super().run_validation(value)
        if not re.fullmatch(r"#(?:[0-9a-fA-F]{3}){1,2}", text):
            raise base.ValidationError(f"'{text}' is not a colour: write it as #rrggbb, e.g. '#0b5394' (in quotes)")
        return text


class _ReviewMonths(c.Type[dict]):  # type: ignore[type-arg]
    """Months between reviews by criticality; the tiers not given keep their defaults."""

    def __init__(self) -> None:
        super().__init__(dict, default=dict(REVIEW_MONTHS))

    def run_validation(self, value: object) -> dict[str, int]:
        try:
            return review_months(super().run_validation(value))
        except ValueError as error:
            raise base.ValidationError(str(error)) from None


class _Language(c.Type[str]):
    """A language code (fr, de, pt_BR) other than English, which every site has."""

    def __init__(self) -> None:
        super().__init__(str)

    def run_validation(self, value: object) -> str:
        text = super().run_validation(value)
        if not LANGUAGE_CODE.fullmatch(text) or text == SOURCE_LANGUAGE:
            raise base.ValidationError(f"'{text}' is not a language code such as fr, de or pt_BR (English is "
                                       f"always built)")
        return text


class BrandingConfig(base.Config):
    """``branding``: the organisation's name, logo and colours."""

    organisation = c.Optional(c.Type(str))
    """Shown in the site title (unless ``site_name`` already names it) and on the home page."""
    logo = c.Optional(c.Type(str))
    """An image in the docs folder (e.g. ``assets/logo.svg``): the header logo and the favicon."""
    primary_color = c.Optional(_HexColour())
    """The header and link colour; the header text turns black or white, whichever reads better."""
    accent_color = c.Optional(_HexColour())
    """The colour of hovered links and buttons."""


class PlaybookConfig(base.Config):
    """Options of the ``playbook`` plugin.

    Each option is documented on the site's Customise page.
    """

    checklists = c.Type(str, default="checklists")
    """The upstream content folder, relative to ``mkdocs.yml``, or ``package`` for the content installed with the
    package."""
    overlays = c.ListOfItems(c.Type(str), default=[])
    """Overlay folders applied over the upstream content, in order."""
    scope = c.Type(dict, default={})
    """Answers fixed for every reader of this edition, by scoping fact (``sector: regulated``): those facts are not
    asked, and mistakes that cannot apply are left out of the pages, exports and assessment."""
    review_months = _ReviewMonths()
    """Months between two assessments of a vendor, by how critical it is (``low``, ``medium``, ``high``; defaults
    24, 12 and 6): ``playbook report`` and the portfolio page date each subject's next review with them."""
    branding = c.SubConfig(BrandingConfig)
    """The organisation's name, logo and colours: see :class:`BrandingConfig`."""
    languages = c.ListOfItems(_Language(), default=[])
    """The editions built beside English, by language code (``[fr]``): each under ``LANG/`` of the site, from the
    content folder's ``locales/LANG.po`` and the hand-written pages under ``docs_dir/LANG/``."""
    edition = c.Type(str, default="")
    """Set by the build for the edition it makes of each of ``languages``; leave it out of mkdocs.yml."""
