"""Loading decks: every problem as a diagnostic at the right line and column, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from trainer.deck.diagnostics import Diagnostic
from trainer.deck.loader import LoadedDeck, find_deck_files, load_deck, load_deck_text, load_decks
from trainer.deck.yamlload import MAX_BYTES

ARTICLE = (
    " date 2025-10-16 Lavrov: Russia Won’t Join US Against China\n\nBy Staff, Agencies\n\n"
    "Lavrov responded that “Russia will not ally with anyone against anyone, especially against China. "
    "It is unthinkable.”\n\n"
    "Russia holds the largest nuclear arsenal with 5,459 warheads, followed by the US with 5,177. "
    "China has about 600.\n\n"
    "In September 2025, Putin proposed extending the treaty for another year.\n"
)
HEADER = """\
deck: test-deck
title: Test deck
sources:
  - id: lavrov
    file: lavrov.txt
    title: Lavrov article
people:
  - name: Sergey Lavrov
  - name: Guo Jiakun
questions:
"""
GOOD = """\
  - id: q1
    type: who_said
    quote: "Russia will not ally with anyone against anyone"
    answer: Sergey Lavrov
  - id: q2
    type: number
    prompt: How many warheads does Russia hold?
    quote: Russia holds the largest nuclear arsenal with 5,459 warheads
    answer: 5459
  - id: q3
    type: choice
    prompt: Which country?
    quote: China has about 600.
    answer: China
    choices: [China, India]
"""


def write_deck(tmp_path: Path, questions: str = GOOD, header: str = HEADER, name: str = "deck.yaml") -> Path:
    folder = tmp_path / "decks"
    folder.mkdir(exist_ok=True)
    (folder / "lavrov.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / name
    path.write_text(header + questions, encoding="utf-8")
    return path


def load(tmp_path: Path, questions: str = GOOD, header: str = HEADER) -> LoadedDeck:
    return load_deck(write_deck(tmp_path, questions, header))


def only(loaded: LoadedDeck, severity: str = "error") -> Diagnostic:
    found = [d for d in loaded.diagnostics if d.severity == severity]
    assert len(found) == 1, [str(d) for d in loaded.diagnostics]
    return found[0]


def line_of(path: Path, text: str) -> int:
    return next(number for number, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def test_a_good_deck_loads_cleanly(tmp_path: Path) -> None:
    loaded = load(tmp_path)
    assert loaded.diagnostics == []
    assert loaded.ok and loaded.first_error is None
    assert loaded.deck is not None and [q.id for q in loaded.deck.questions] == ["q1", "q2", "q3"]
    assert loaded.articles["lavrov"].title == "Lavrov: Russia Won’t Join US Against China"
    assert loaded.question_count == 3


def test_diagnostic_prints_compiler_style() -> None:
    diagnostic = Diagnostic(Path("decks/a.yaml"), 3, 7, "error", "something is wrong")
    assert str(diagnostic) == "decks/a.yaml:3:7: error: something is wrong"


def test_syntax_error_position(tmp_path: Path) -> None:
    loaded = load(tmp_path, GOOD + "  - id: q4\n    prompt: Where: here\n")
    error = only(loaded)
    assert (error.line, error.column) == (line_of(loaded.path, "Where: here"), 18)
    assert loaded.deck is None and not loaded.ok


def test_unknown_field_suggests_the_right_one_at_the_key(tmp_path: Path) -> None:
    loaded = load(tmp_path, GOOD.replace("    answer: China", "    anwser: China"))
    errors = [str(d) for d in loaded.errors]
    line = line_of(loaded.path, "anwser")
    assert f"{loaded.path}:{line}:5: error: unknown field 'anwser' in a choice question; did you mean 'answer'?" in errors


def test_wrong_type_is_explained_at_the_value(tmp_path: Path) -> None:
    loaded = load(tmp_path, GOOD.replace("answer: China", "answer: [China]"))
    error = only(loaded)
    assert (error.line, error.column) == (line_of(loaded.path, "answer: [China]"), 13)
    assert error.message == "'answer' must be text, not a list"


def test_yes_as_an_answer_explains_yaml_booleans(tmp_path: Path) -> None:
    loaded = load(tmp_path, GOOD.replace("answer: China", "answer: yes"))
    assert "YAML reads yes/no/on/off as true/false" in only(loaded).message


def test_missing_field_points_at_the_question(tmp_path: Path) -> None:
    loaded = load(tmp_path, GOOD.replace("    answer: China\n", ""))
    error = only(loaded)
    assert (error.line, error.column) == (line_of(loaded.path, "id: q3"), 5)
    assert error.message.startswith("missing 'answer' (a choice question needs: id, type, prompt, answer, choices, and a quote")


def test_unknown_type_does_not_hide_other_problems(tmp_path: Path) -> None:
    questions = GOOD.replace("type: who_said", "type: who-said").replace("answer: 5459", "answer: lots")
    loaded = load(tmp_path, questions)
    messages = [d.message for d in loaded.errors]
    assert len(messages) == 2, messages
    assert messages[0].startswith("unknown question type 'who-said'; did you mean 'who_said'?")
    assert "who_said, choice, multi, true_false, number, date, text, order" in messages[0]
    assert loaded.errors[0].line == line_of(loaded.path, "who-said")
    assert messages[1].startswith("'answer' must be a number, not 'lots'")


def test_consistency_checks_still_run_beside_a_broken_question(tmp_path: Path) -> None:
    questions = GOOD.replace("type: who_said", "type: nonsense").replace("about 600", "about 700")
    loaded = load(tmp_path, questions)
    assert len(loaded.errors) == 2
    assert "quote not found" in loaded.errors[1].message


def test_header_problems(tmp_path: Path) -> None:
    header = HEADER.replace("deck: test-deck", "deck: test deck").replace("title: Test deck\n", "titel: x\n")
    loaded = load(tmp_path, header=header)
    messages = sorted(d.message for d in loaded.errors)
    assert any(m.startswith("'deck' 'test deck' is not a valid id") for m in messages), messages
    assert any(m.startswith("missing 'title'") for m in messages), messages
    assert any("unknown field 'titel' in the deck; did you mean 'title'?" in m for m in messages), messages


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    loaded = load_deck_text("- just\n- a list\n", tmp_path / "x.yaml")
    assert "a deck is a mapping" in only(loaded).message


def test_python_tags_are_refused(tmp_path: Path) -> None:
    loaded = load(tmp_path, GOOD.replace("answer: China", "answer: !!python/object/apply:os.system [ls]"))
    assert "unsupported tag '!!python/object/apply:os.system'" in only(loaded).message
    assert loaded.deck is None


def test_duplicate_question_ids_name_the_first(tmp_path: Path) -> None:
    loaded = load(tmp_path, GOOD.replace("id: q3", "id: q1"))
    error = only(loaded)
    assert error.message == f"duplicate question id 'q1' (first used at line {line_of(loaded.path, 'id: q1')})"
    assert error.line == line_of(loaded.path, "type: choice") - 1


def test_duplicate_source_ids_and_unknown_sources(tmp_path: Path) -> None:
    header = HEADER.replace("people:", "  - id: lavrov\n    file: lavrov.txt\n    title: Again\npeople:")
    questions = GOOD.replace("    type: choice\n", "    type: choice\n    source: lavorv\n")
    loaded = load(tmp_path, questions, header)
    messages = [d.message for d in loaded.errors]
    assert any(m.startswith("duplicate source id 'lavrov' (first used at line 4)") for m in messages), messages
    assert "unknown source 'lavorv'; did you mean 'lavrov'?" in messages


def test_question_without_source_when_there_are_two(tmp_path: Path) -> None:
    header = HEADER.replace("people:", "  - id: other\n    file: lavrov.txt\n    title: Other\npeople:")
    loaded = load(tmp_path, header=header)
    assert len(loaded.errors) == 3
    assert all("names no source and the deck has 2" in d.message for d in loaded.errors)


def test_answers_among_choices_and_no_duplicates(tmp_path: Path) -> None:
    questions = GOOD.replace("choices: [China, India]", "choices: [Chinа, India, India]") + """\
  - id: q4
    type: multi
    prompt: Which?
    quote: China has about 600.
    answers: [China, Japan]
    choices: [China, India]
  - id: q5
    type: who_said
    quote: China has about 600.
    answer: Guo Jiakun
    choices: [Sergey Lavrov, Wang Yi]
  - id: q6
    type: order
    prompt: Order them
    quote: China has about 600.
    items: [a, b, a]
"""
    messages = [d.message for d in load(tmp_path, questions).errors]
    assert "choice 'India' appears twice" in messages
    assert "answer 'China' is not among the choices; did you mean 'Chinа'?" in messages
    assert "answer 'Japan' is not among the choices" in messages
    assert "answer 'Guo Jiakun' is not among the choices" in messages
    assert "item 'a' appears twice" in messages
    assert len(messages) == 5, messages


def test_quote_not_found_shows_the_closest_passage(tmp_path: Path) -> None:
    loaded = load(tmp_path, GOOD.replace("Russia will not ally", "Russia would not ally"))
    error = only(loaded)
    assert (error.line, error.column) == (line_of(loaded.path, "would not ally"), 12)
    assert error.message.startswith(
        "quote not found in source 'lavrov' (lavrov.txt); closest passage ("
    )
    assert '% similar): "' in error.message
    assert "Russia will not ally with anyone against anyone" in error.message
    # The deck itself validated, so it is there; the error makes it not ok.
    assert loaded.deck is not None and not loaded.ok and loaded.first_error == error


def test_quote_with_typing_differences_is_accepted(tmp_path: Path) -> None:
    questions = GOOD.replace(
        '"Russia will not ally with anyone against anyone"',
        "'...Russia will not ally   with anyone\n      against anyone…'",
    )
    assert load(tmp_path, questions).diagnostics == []


@pytest.mark.parametrize("written", ["../../secret.txt", "/etc/hostname", "~/secret.txt"])
def test_source_paths_outside_the_deck_tree_are_refused(tmp_path: Path, written: str) -> None:
    (tmp_path.parent / "secret.txt").write_text("secret", encoding="utf-8")
    loaded = load(tmp_path, header=HEADER.replace("file: lavrov.txt", f"file: {written}"))
    error = only(loaded)
    assert error.line == line_of(loaded.path, "file:")
    assert "absolute path" in error.message or "outside" in error.message
    assert loaded.articles == {}


def test_symlink_out_of_the_tree_is_refused(tmp_path: Path) -> None:
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_text(ARTICLE, encoding="utf-8")
    path = write_deck(tmp_path, header=HEADER.replace("file: lavrov.txt", "file: link.txt"))
    os.symlink(outside, path.parent / "link.txt")
    assert "outside" in only(load_deck(path)).message


def test_sibling_folder_of_the_decks_is_allowed(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    loaded = load(tmp_path, header=HEADER.replace("file: lavrov.txt", "file: ../articles/a.txt"))
    assert loaded.diagnostics == []


def test_missing_and_unreadable_articles(tmp_path: Path) -> None:
    loaded = load(tmp_path, header=HEADER.replace("file: lavrov.txt", "file: gone.txt"))
    error = only(loaded)
    assert error.message == "source file 'gone.txt' does not exist"
    assert (error.line, error.column) == (5, 11)
    path = write_deck(tmp_path, header=HEADER.replace("file: lavrov.txt", "file: bad.txt"))
    (path.parent / "bad.txt").write_bytes(b"caf\xe9")
    assert "is not UTF-8 text" in only(load_deck(path)).message


def test_warnings_for_answers_the_quote_does_not_back(tmp_path: Path) -> None:
    questions = GOOD.replace("answer: 5459", "answer: 5460").replace("answer: Sergey Lavrov", "answer: Sergei Lavrov")
    questions += """\
  - id: q4
    type: date
    prompt: When?
    quote: In September 2025, Putin proposed
    answer: 2024-09
"""
    loaded = load(tmp_path, questions)
    assert loaded.errors == [] and loaded.ok
    messages = [d.message for d in loaded.warnings]
    assert messages == [
        "'Sergei Lavrov' is not among the deck's people; did you mean 'Sergey Lavrov'?",
        "answer 5,460 does not appear in the quote (the quote's figures are 5,459); quote the words that give it",
        "the year 2024 does not appear in the quote (years in it: 2025)",
    ]


def test_figures_in_the_quote_read_as_written_and_against_a_magnitude_unit(tmp_path: Path) -> None:
    article = "In 2026 the fund paid 4.2 million euros to 5,459 people."
    questions = """\
  - id: fund
    type: number
    prompt: How much did the fund pay?
    quote: In 2026 the fund paid 4.2 million euros
    answer: 4.2
    unit: million euros
  - id: people
    type: number
    prompt: How many people?
    quote: In 2026 the fund paid 4.2 million euros to 5,459 people.
    answer: 5460
"""
    path = write_deck(tmp_path, questions=questions)
    (path.parent / "lavrov.txt").write_text(article, encoding="utf-8")
    messages = [d.message for d in load_deck(path).warnings]
    assert messages == [
        "answer 5,460 does not appear in the quote (the quote's figures are 2026, 4,200,000, 5,459); "
        "quote the words that give it"
    ]


def test_non_utf8_deck_file(tmp_path: Path) -> None:
    path = tmp_path / "deck.yaml"
    path.write_bytes(b"deck: x\ntitle: caf\xe9\n")
    error = only(load_deck(path))
    assert (error.line, error.column) == (2, 11)
    assert "not UTF-8" in error.message


def test_size_limit_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"#" * (MAX_BYTES + 1))
    assert "too large" in only(load_deck(path)).message
    assert only(load_deck(tmp_path / "none.yaml")).message == "no such file"


def test_find_deck_files_recurses_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for name in ["b.yaml", "a.yml", "notes.txt", "sub/c.yaml", ".hidden/d.yaml"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x: 1\n")
    found = find_deck_files([tmp_path, tmp_path / "b.yaml"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.yml", "b.yaml", "sub/c.yaml"]
    assert [d.path for d in load_decks([tmp_path / "sub"])] == [tmp_path / "sub" / "c.yaml"]


def test_load_deck_text_reads_sources_next_to_the_path(tmp_path: Path) -> None:
    path = write_deck(tmp_path)
    loaded = load_deck_text(path.read_text(), path.with_name("unsaved.yaml"))
    assert loaded.ok and loaded.diagnostics == []


def test_two_files_with_one_deck_id_are_an_error_on_the_second(tmp_path):
    from trainer.deck.loader import load_decks

    (tmp_path / "a.txt").write_text("The treaty expires in 2026.\n", encoding="utf-8")
    deck = (
        "deck: same\ntitle: T\nsources: [{id: s, file: a.txt, title: A}]\n"
        "questions:\n  - {id: q, type: date, prompt: P, quote: The treaty expires in 2026, answer: 2026}\n"
    )
    (tmp_path / "one.yaml").write_text(deck, encoding="utf-8")
    (tmp_path / "two.yaml").write_text("# copy\n" + deck, encoding="utf-8")
    first, second = load_decks([tmp_path])
    assert first.ok
    assert not second.ok
    assert str(second.first_error).startswith(f"{tmp_path / 'two.yaml'}:2:7: error: deck id 'same' is already used")


def test_numbers_must_be_finite(tmp_path: Path) -> None:
    loaded = load(tmp_path, GOOD + "  - {id: q9, type: number, prompt: P, quote: 'China has about 600', answer: .inf}\n"
                                   "  - {id: q10, type: number, prompt: P, quote: 'China has about 600', answer: 600,"
                                   " tolerance: .nan}\n")
    messages = [d.message for d in loaded.errors]
    assert len(messages) == 2 and all("finite" in message for message in messages), messages


def test_choices_the_grader_cannot_tell_apart_are_duplicates(tmp_path: Path) -> None:
    loaded = load(tmp_path, GOOD + "  - {id: q9, type: choice, prompt: P, quote: 'China has about 600', answer: Pérez,"
                                   " choices: [Pérez, Perez, '  PEREZ ']}\n")
    assert [d.message for d in loaded.errors] == ["choice 'Perez' appears twice", "choice 'PEREZ' appears twice"]


def test_a_who_said_question_with_no_other_speaker_is_a_give_away(tmp_path: Path) -> None:
    header = HEADER.replace("people:\n  - name: Sergey Lavrov\n  - name: Guo Jiakun\n", "")
    loaded = load(tmp_path, header=header)
    assert [d.message.split(",")[0] for d in loaded.warnings] == [
        "this who_said question has no other speaker to choose from"
    ]
