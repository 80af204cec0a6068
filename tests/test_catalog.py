"""The playbook catalog: names in print order, lazy documents, unknown names rejected with the allowed ones."""

import pytest

from danetor.errors import InvalidInput
from danetor.playbooks import catalog
from danetor.playbooks.document import Document
from danetor.text import BOOK, SUMMARY


def test_the_catalog_holds_the_four_core_playbooks_the_ten_of_issue_8_the_six_of_issue_16_and_the_appendix():
    """Pinned by name: the docs, print and CLI tests loop over the catalog, so dropping a playbook from it would
    otherwise go unnoticed. The appendix (issue 17: the DANETOR check's 27 combinations) and the bibliography close
    the book."""
    assert catalog.names() == (
        "danetor",
        "scripts",
        "failure",
        "channels",
        "expectations",
        "boiling",
        "soft-power",
        "restart",
        "temperament",
        "negotiation",
        "doers",
        "rules30",
        "archetypes",
        "kam",
        "job",
        "interview",
        "interview-sheet",
        "tips",
        "agency",
        "danetor-table",
        "sources",
    )


def test_names_are_the_registered_modules_in_order():
    assert catalog.names() == tuple(catalog.MODULES)
    assert catalog.names()[0] == "danetor"


@pytest.mark.parametrize("name", catalog.names())
def test_every_name_builds_its_document(name):
    doc = catalog.document(name)
    assert isinstance(doc, Document) and doc.id == name


@pytest.mark.parametrize("spelling", ["DANETOR", " danetor ", "Danetor"])
def test_names_ignore_case_and_spaces(spelling):
    assert catalog.document(spelling) == catalog.document("danetor")


def test_unknown_name_is_rejected_with_the_known_names():
    with pytest.raises(InvalidInput) as raised:
        catalog.document("nope")
    assert raised.value.argument == "name"
    assert raised.value.allowed == catalog.names()
    assert str(raised.value).startswith('name: "nope" is not allowed; use one of: danetor')


def test_non_string_name_is_rejected():
    with pytest.raises(InvalidInput, match=r"name: None is not allowed"):
        catalog.document(None)


def test_empty_name_is_rejected():
    with pytest.raises(InvalidInput, match=r'name: "" is not allowed'):
        catalog.document("")


def test_registry_is_read_only():
    with pytest.raises(TypeError):
        catalog.MODULES["x"] = "y"  # type: ignore[index]


@pytest.mark.parametrize("name", catalog.names())
def test_every_card_cites_its_source_in_one_form(name):
    """A card that draws on the book names it in one of two forms, the same in both languages: the book's summary
    (the source the book's cards are built on) or the book itself with its chapters; other sources name themselves."""
    source = catalog.document(name).source
    cites_book = "Отчаянные аккаунт-менеджеры" in source.ru
    assert cites_book == ("Отчаянные аккаунт-менеджеры" in source.en)  # the title stays Russian in English
    for form in (SUMMARY, BOOK):
        assert (form.ru in source.ru) == (form.en in source.en), form
    if cites_book:
        assert SUMMARY.ru + ", " in source.ru or BOOK.ru + ", " in source.ru, source.ru
    if name in (
        "danetor",
        "scripts",
        "failure",
        "channels",
        "expectations",
        "boiling",
        "soft-power",
        "restart",
    ):
        assert source.ru.startswith(SUMMARY.ru + ", ") and source.en.startswith(SUMMARY.en + ", ")
