"""`trainer draft` from the command line: output, relative paths, thresholds and bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from trainer.deck.model import Deck
from trainer.deck.schema import schema_text
from trainer.draft.cli import main

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_bf6c9e913bb2f5d9.txt"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    return Path(shutil.copy(SEED, tmp_path / "articles" / "seed.txt"))


def test_writes_a_valid_deck_with_paths_relative_to_it(tmp_path, article, capsys):
    output = tmp_path / "decks" / "seed.yaml"
    assert main([str(article), "-o", str(output)]) == 0
    text = output.read_text(encoding="utf-8")
    first, _, rest = text.partition("\n")
    # The schema beside the deck, where the README says to keep it, not inside trainer's installed package.
    assert first == "# yaml-language-server: $schema=deck.schema.json"
    assert (output.parent / "deck.schema.json").read_text(encoding="utf-8") == schema_text()
    data = yaml.safe_load(text)
    deck = Deck.model_validate(data)
    assert deck.deck == "lavrov-russia-wont-join-us-against-china"
    assert deck.description.startswith("Draft from seed.txt")
    assert deck.sources[0].file == "../articles/seed.txt"
    assert deck.sources[0].published.isoformat() == "2025-10-16"
    # tags name the article's entities, not the question's type (issue 10)
    assert all(q.tags and not {"quote", "figure", "date", "name"} & set(q.tags) for q in deck.questions)
    assert len({q.id for q in deck.questions}) == len(deck.questions)
    assert "wrote" in capsys.readouterr().err



def test_the_message_speaks_of_one_question_as_it(tmp_path, article, capsys):
    one = tmp_path / "one.txt"
    one.write_text(" date 2025-10-16 Valmora closes its old harbour\n\nValmora closed its old harbour on Tuesday "
                   "after the council voted to end two centuries of fishing from its docks.\n", encoding="utf-8")
    assert main([str(one), "-o", str(tmp_path / "one.yaml")]) == 0
    assert "wrote 1 question to" in (err := capsys.readouterr().err) and "; review it, then run" in err
    assert main([str(article), "-o", str(tmp_path / "seed.yaml")]) == 0
    assert "; review them, then run" in capsys.readouterr().err

def test_prints_to_stdout_relative_to_the_current_folder(tmp_path, article, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main([str(article)]) == 0
    said = capsys.readouterr()
    data = yaml.safe_load(said.out)
    assert data["sources"][0]["file"] == "articles/seed.txt"
    assert said.out.startswith("# yaml-language-server: $schema=deck.schema.json\n")
    assert "trainer schema -o deck.schema.json" in said.err and not (tmp_path / "deck.schema.json").exists()


def test_the_schema_reference_survives_moving_the_deck_folder_and_a_foreign_file_is_left_alone(tmp_path, article):
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "deck.schema.json").write_text('{"title": "trainer deck", "old": true}\n', encoding="utf-8")
    assert main([str(article), "-o", str(folder / "seed.yaml")]) == 0
    assert (folder / "deck.schema.json").read_text(encoding="utf-8") == schema_text()  # trainer's old copy refreshed
    moved = Path(shutil.move(str(folder), str(tmp_path / "elsewhere" / "course")))
    first = (moved / "seed.yaml").read_text(encoding="utf-8").partition("\n")[0]
    assert (moved / first.split("=", 1)[1]).read_text(encoding="utf-8") == schema_text()
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "deck.schema.json").write_text('{"title": "my own schema"}\n', encoding="utf-8")
    assert main([str(article), "-o", str(mine / "seed.yaml")]) == 0
    assert (mine / "deck.schema.json").read_text(encoding="utf-8") == '{"title": "my own schema"}\n'


def test_is_deterministic(tmp_path, article, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    main([str(article)])
    first = capsys.readouterr().out
    main([str(article)])
    assert capsys.readouterr().out == first


def test_lower_confidence_finds_at_least_as_much(tmp_path, article, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    counts = []
    for threshold in ("0.9", "0.6", "0.2"):
        assert main([str(article), "--min-confidence", threshold]) == 0
        counts.append(len(yaml.safe_load(capsys.readouterr().out)["questions"]))
    assert counts[0] < counts[1] <= counts[2]


def test_two_articles_make_one_deck_with_two_sources(tmp_path, article, capsys, monkeypatch):
    other = Path(shutil.copy(article, article.with_name("again.txt")))
    monkeypatch.chdir(tmp_path)
    assert main([str(article), str(other)]) == 0
    deck = Deck.model_validate(yaml.safe_load(capsys.readouterr().out))
    assert [s.id for s in deck.sources] == ["lavrov-russia-wont-join-us-against-china",
                                           "lavrov-russia-wont-join-us-against-china-2"]
    assert all(q.source == deck.sources[0].id for q in deck.questions)  # the copy repeats every question


@pytest.mark.parametrize("value", ["high", "1.5", "-0.1"])
def test_bad_confidence_is_refused_with_a_message(article, capsys, value):
    with pytest.raises(SystemExit) as exit_info:
        main([str(article), "--min-confidence", value])
    assert exit_info.value.code == 2
    assert "confidence from 0 to 1" in capsys.readouterr().err


def test_missing_article_is_a_message_not_a_traceback(tmp_path, capsys):
    assert main([str(tmp_path / "nope.txt")]) == 1
    err = capsys.readouterr().err
    assert "nope.txt" in err and "Traceback" not in err


def test_empty_article_is_refused(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text(" date 2025-01-01 Nothing\n\n", encoding="utf-8")
    assert main([str(empty)]) == 1
    assert "no text" in capsys.readouterr().err


def test_article_without_questions_says_what_to_try(tmp_path, capsys):
    plain = tmp_path / "plain.txt"
    plain.write_text("The weather was fine and nobody said anything.\n", encoding="utf-8")
    assert main([str(plain)]) == 1
    err = capsys.readouterr().err
    # no lower threshold drafts anything here, so none is suggested (it used to suggest 0.3 even at 0.3)
    assert "nothing in the article could be asked" in err and "write the questions by hand" in err
    assert "--min-confidence" not in err


def test_a_lower_threshold_is_suggested_only_when_it_drafts_something(tmp_path, capsys, monkeypatch):
    from trainer.draft import build

    real = build.select_candidates

    def only_when_unsure(analysis, min_confidence=0.6, *args, **kwargs):  # as if every question were 0.3 sure
        return real(analysis, 0.0, *args, **kwargs) if min_confidence <= 0.3 else []

    monkeypatch.setattr(build, "select_candidates", only_when_unsure)
    plain = tmp_path / "plain.txt"
    plain.write_text("Russia holds 5,459 warheads, followed by the US with 5,177, according to estimates by the "
                     "Stockholm International Peace Research Institute.\n", encoding="utf-8")
    assert main([str(plain)]) == 1
    assert "no question reached confidence 0.6; --min-confidence 0.3 drafts some" in capsys.readouterr().err


def test_does_not_overwrite_without_force(tmp_path, article, capsys):
    output = tmp_path / "deck.yaml"
    output.write_text("mine", encoding="utf-8")
    assert main([str(article), "-o", str(output)]) == 2
    assert output.read_text(encoding="utf-8") == "mine"
    assert "--force" in capsys.readouterr().err
    assert main([str(article), "-o", str(output), "--force"]) == 0
    assert output.read_text(encoding="utf-8") != "mine"


def test_per_speaker_caps_who_said_questions_and_zero_keeps_them_all(tmp_path, capsys):
    body = "Foreign Minister Sergey Lavrov and US envoy Dorothy Shea met Guo Jiakun and Maros Sefcovic.\n\n" + "".join(
        f"“The treaty number {n} has expired and nobody wants it back,” Lavrov said.\n\n" for n in "ABCDE")
    path = tmp_path / "article.txt"
    path.write_text(" date 2025-10-16 A test article\n\n" + body, encoding="utf-8")
    counts = []
    for value in ("1", "0"):
        output = tmp_path / f"deck{value}.yaml"
        assert main([str(path), "-o", str(output), "--per-speaker", value]) == 0
        questions = yaml.safe_load(output.read_text(encoding="utf-8"))["questions"]
        counts.append(sum(q["type"] == "who_said" or " said “" in q.get("statement", "") for q in questions))
    # one voice on one point is asked at most once (never as "Lavrov said ...", always true); 0 keeps every quote found
    assert counts[0] <= 1 and counts[1] == 5
    with pytest.raises(SystemExit) as exit_info:
        main([str(path), "--per-speaker", "many"])
    assert exit_info.value.code == 2
    assert "not a whole number" in capsys.readouterr().err
