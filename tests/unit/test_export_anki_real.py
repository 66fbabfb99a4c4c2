"""The Anki export read by the real Anki: the ``anki`` package's own text importer.

This is what Anki's File > Import dialog does with a text file: ``get_csv_metadata`` reads our
``#`` headers (separator, note type, deck, column labels, guid and tags columns) and
``import_csv`` adds the notes. Each note must hold the question in Front and the answer in Back
(a header Anki cannot map puts the guid in Front and leaves Back empty), and a second import
must update the notes, not add copies.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml

from trainer.deck.loader import load_deck
from trainer.deck.model import Choice, Deck, Multi, WhoSaid
from trainer.export.anki import export_anki, note_guid
from trainer.export.common import answer_text, prompt_text

collection = pytest.importorskip("anki.collection", reason="the anki package (a test dependency) is not installed")
from anki.import_export_pb2 import ImportCsvRequest  # noqa: E402

ROOT = Path(__file__).parent.parent.parent
DATA = Path(__file__).parent.parent / "data"


def bundled() -> Deck:
    loaded = load_deck(next((ROOT / "decks").glob("*.yaml")))
    assert loaded.deck is not None
    return loaded.deck


def awkward() -> Deck:
    return Deck.model_validate(yaml.safe_load((DATA / "awkward-deck.yaml").read_text(encoding="utf-8")))


def imported_bank() -> Deck:
    """A deck imported from a Moodle-style bank: unsourced questions, partial credit, tags from categories."""
    from trainer.export.deck_writer import deck_yaml
    from trainer.export.gift_import import parse_gift

    result = parse_gift((DATA / "banks" / "instructor-bank.gift").read_text(encoding="utf-8"), "bank.gift")
    return Deck.model_validate(yaml.safe_load(deck_yaml(result, origin="bank", deck_id="bank", title="Bank", source=None)))


def import_into(col, path: Path):
    """Import a text file the way Anki's import dialog does; the import log."""
    metadata = col.get_csv_metadata(str(path), None)
    return col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log


def plain(field: str) -> str:
    """A field as the student reads it: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "\n", field.replace("<br>", "\n")))


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def col(tmp_path: Path):
    opened = collection.Collection(str(tmp_path / "collection.anki2"))
    yield opened
    opened.close()


@pytest.mark.parametrize("make_deck", [bundled, awkward, imported_bank], ids=["bundled", "awkward", "imported"])
def test_every_note_holds_its_question_and_answer(col, tmp_path: Path, make_deck) -> None:
    deck = make_deck()
    path = tmp_path / "deck.txt"
    path.write_text(export_anki(deck).text, encoding="utf-8")
    log = import_into(col, path)
    assert len(log.new) == len(deck.questions)
    notes = {col.get_note(note_id).guid: col.get_note(note_id) for note_id in col.find_notes("")}
    assert len(notes) == len(deck.questions)
    for question in deck.questions:
        note = notes[note_guid(deck.deck, question.id)]
        assert note.note_type()["name"] == "Basic"
        front, back = plain(note["Front"]), plain(note["Back"])
        assert words(front).startswith(words(prompt_text(question))), question.id
        assert note_guid(deck.deck, question.id) not in front
        for line in answer_text(question).splitlines():
            assert words(line) in words(back), question.id
        if question.quote:
            assert words(question.quote) in words(back), question.id
        else:
            assert "No source" in back, question.id
        assert deck.deck in note.tags
        assert col.decks.name(note.cards()[0].did) == " ".join(deck.title.split())


def test_importing_twice_updates_instead_of_duplicating(col, tmp_path: Path) -> None:
    deck = bundled()
    path = tmp_path / "deck.txt"
    path.write_text(export_anki(deck).text, encoding="utf-8")
    import_into(col, path)
    again = import_into(col, path)
    assert len(again.new) == 0
    assert len(col.find_notes("")) == len(deck.questions)
    first = deck.questions[0]
    changed = deck.model_copy(update={"questions": [first.model_copy(update={"explain": "A new explanation."}),
                                                    *deck.questions[1:]]})
    path.write_text(export_anki(changed).text, encoding="utf-8")
    log = import_into(col, path)
    assert (len(log.new), len(log.updated)) == (0, 1)
    notes = [col.get_note(note_id) for note_id in col.find_notes("")]
    note = next(note for note in notes if note.guid == note_guid(deck.deck, first.id))
    assert "A new explanation." in note["Back"]


def test_the_right_option_moves_from_card_to_card() -> None:
    """Options are shuffled per card (the same on every export): the answer's letter is not a giveaway."""
    deck = bundled()
    text = export_anki(deck).text
    assert text == export_anki(deck).text
    positions = []
    for line in text.splitlines():
        if line.startswith("#") or "<ol" not in line:
            continue
        guid, front, back, _ = line.split("\t")
        question = next(q for q in deck.questions if note_guid(deck.deck, q.id) == guid)
        if not isinstance(question, (Choice, WhoSaid, Multi)):
            continue
        options = [html.unescape(item) for item in re.findall(r"<li>(.*?)</li>", front)]
        right = question.answers if isinstance(question, Multi) else [question.answer]
        positions.append(tuple(index for index, option in enumerate(options) if option in right))
        letters = [f"{chr(65 + index)}. " for index in positions[-1]]
        assert all(letter in html.unescape(back) for letter in letters)
    last = sum(1 for position in positions if position and position[-1] == 3)
    assert len(set(positions)) > 2 and last < len(positions) / 2
