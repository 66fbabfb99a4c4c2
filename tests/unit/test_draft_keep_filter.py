"""The learned filter (trainer.draft.keep): it scores drafted who_said and figure questions with the shipped
weights and drops the likeliest deletes from a drafted deck, never the main claim and never below two questions.
Invented articles only."""

from __future__ import annotations

import json
from pathlib import Path

from trainer.draft import keep
from trainer.draft.build import draft_deck

TITLE = "Valmora council votes to close the old harbour"
#: An invented article: a lead, two speakers with a claim and a named target each, and a budget chief's side
#: figure deep in the story (the kind of figure instructors deleted as trivial).
BODY = (
    "Valmora's council voted on Tuesday to close the old harbour, a decision that dismayed the fishing families "
    "who have worked its docks for generations.\n\n"
    "“The harbour tax would have doubled for every family in Valmora, and the council will not pass that bill to "
    "them,” said Mayor Dana Velloway, who proposed the closure.\n\n"
    "Tomas Arkwright, the leader of the Valmora Fishing Union, called the vote a betrayal. “Velloway has sold the "
    "docks to the developers of the eastern marina, and the union will take the council to court over it,” "
    "Arkwright said.\n\n"
    "The council's budget chief, Ilse Marrow, said the repairs would have cost 48 million kroner. “We looked at "
    "every option for the harbour and none of them was cheaper than closing it,” Marrow said.\n\n"
    "Senator Piet Oduya, who represents the coast, said he would ask the national assembly for money. “It is what "
    "it is, you know,” Oduya said.\n\n"
    "Councillor Rena Holt voted against the closure. “I think that's a good thing, really,” Holt said of the "
    "marina.\n\n"
    "The union will meet on Friday to plan its appeal, which 300 members have signed.\n")


def _draft(tmp_path: Path, learned_filter: bool) -> list[dict]:
    article = tmp_path / "article.txt"
    article.write_text(f" date 2025-10-16 {TITLE}\n\n{BODY}", encoding="utf-8")
    return draft_deck([article], cwd=tmp_path, learned_filter=learned_filter)[0]["questions"]


def _threshold(kind: str) -> float:
    return keep.load_weights()["models"][kind]["rule"]["threshold"]


def _who_said(quote: str, answer: str, explain: str) -> dict:
    return {"type": "who_said", "prompt": f"Who said: “{quote}”", "answer": answer, "quote": quote, "explain": explain}


def test_trainer_draft_drops_the_side_figure_and_keeps_the_claims(tmp_path: Path):
    unfiltered = _draft(tmp_path, learned_filter=False)
    filtered = _draft(tmp_path, learned_filter=True)
    side = [q for q in unfiltered if q["type"] == "number" and q["answer"] == 48]
    assert side and side[0]["unit"] == "million kroner"
    # the filter is on in drafting: the side figure is gone, and nothing else changed
    assert not any(q["type"] == "number" and q["answer"] == 48 for q in filtered)
    assert filtered == [q for q in unfiltered if q is not side[0]]
    assert keep.question_risk(side[0], keep.ArticleView(BODY, TITLE)) >= _threshold("figure")
    # the main claim and the speakers' claims stay
    assert filtered[0]["type"] == "true_false"
    assert {q["answer"] for q in filtered if q["type"] == "who_said"} >= {"Dana Velloway", "Tomas Arkwright"}


def test_a_fragment_anyone_could_say_scores_riskier_than_a_claim_with_a_named_target():
    article = keep.ArticleView(BODY, TITLE)
    claim = _who_said("Velloway has sold the docks to the developers of the eastern marina, and the union will take "
                      "the council to court over it", "Tomas Arkwright",
                      "Tomas Arkwright, the leader of the Valmora Fishing Union.")
    fragment = _who_said("It is what it is, you know", "Piet Oduya", "Piet Oduya: Senator.")
    assert keep.question_risk(fragment, article) > keep.question_risk(claim, article)
    assert keep.question_risk(claim, article) < _threshold("quote")


def test_the_rule_never_drops_the_main_claim_nor_below_two_questions():
    risky = [0.9, 0.8, 0.7, 0.6]
    # everything over the line, nothing protected: two are left, the two least risky
    assert keep.to_drop(risky, [False] * 4, 0.1) == {0, 1}
    # the main claim (index 0) is never dropped, however risky its score
    assert 0 not in keep.to_drop(risky, [True, False, False, False], 0.1)
    # a deck of two or one keeps them all; unscored kinds (None) are never dropped
    assert keep.to_drop([0.9, 0.9], [False, False], 0.1) == set()
    assert keep.to_drop([0.9], [False], 0.1) == set()
    assert keep.to_drop([None, None, 0.9, None], [False] * 4, 0.1) == {2}
    # under the line: kept
    assert keep.to_drop([0.05, 0.0, -0.3], [False] * 3, 0.1) == set()


def test_only_who_said_and_figure_questions_are_scored():
    article = keep.ArticleView(BODY, TITLE)
    statement = {"type": "true_false", "statement": TITLE + ".", "answer": True, "quote": BODY.split("\n")[0]}
    choice = {"type": "choice", "prompt": "Who proposed the closure?", "answer": "Dana Velloway", "quote": "x"}
    assert keep.features(statement, article) is None and keep.features(choice, article) is None
    assert keep.kept([statement, choice, statement], BODY, TITLE) == [0, 1, 2]


def test_the_shipped_weights_are_small_match_the_features_and_score_deterministically():
    weights = json.loads(keep.WEIGHTS.read_text(encoding="utf-8"))
    assert keep.WEIGHTS.stat().st_size < 16_000
    for kind, names in keep.FEATURES.items():
        model = weights["models"][kind]
        assert model["features"] == list(names)
        assert len(model["mean"]) == len(model["scale"]) == len(model["keep"]["weights"]) == len(names)
        assert len(model["delete"]["weights"]) == len(names)
    question = _who_said("It is what it is, you know", "Piet Oduya", "Piet Oduya: Senator.")
    first = keep.question_risk(question, keep.ArticleView(BODY, TITLE))
    assert first == keep.question_risk(question, keep.ArticleView(BODY, TITLE))
    # the text written into the weights file is numbers and feature names only, no article text
    assert "Valmora" not in keep.WEIGHTS.read_text(encoding="utf-8")


#: Two claims by one speaker around another's, and a figure after them: with two questions a speaker, dropping
#: the middle one would leave the mayor's two side by side.
_PARAGRAPHS = BODY.split("\n\n")
TWO_VOICES = "\n\n".join([
    *_PARAGRAPHS[:3],  # the lead, the mayor, the union's leader
    "Velloway answered the union at a press conference. “Nobody on the docks will lose a job over the closure, and I "
    "will resign if a single fisherman does,” Velloway said.",
    _PARAGRAPHS[3],  # the budget chief
    "Rena Holt, a member of the council, voted against the closure. “The council has ignored the families who built "
    "this town, and the fleet will vote against every member who backed the marina,” Holt said.\n"])


def test_a_dropped_question_leaves_no_two_on_one_speaker_side_by_side(tmp_path: Path, monkeypatch):
    article = tmp_path / "article.txt"
    article.write_text(f" date 2025-10-16 {TITLE}\n\n{TWO_VOICES}", encoding="utf-8")
    unfiltered = draft_deck([article], cwd=tmp_path, per_speaker=2, learned_filter=False)[0]["questions"]
    answers = [q["answer"] if q["type"] == "who_said" else None for q in unfiltered]
    assert answers.count("Dana Velloway") == 2 and "Tomas Arkwright" in answers
    union = answers.index("Tomas Arkwright")
    assert answers[union - 1] == answers[union + 1] == "Dana Velloway"  # the rules spaced them around the union

    def drop_the_union(questions, body, headline, protected=None):
        return [i for i, q in enumerate(questions) if q.get("answer") != "Tomas Arkwright"]

    monkeypatch.setattr(keep, "kept", drop_the_union)
    filtered = draft_deck([article], cwd=tmp_path, per_speaker=2)[0]["questions"]
    speakers = [q["answer"] if q["type"] == "who_said" else None for q in filtered]
    assert "Tomas Arkwright" not in speakers and speakers.count("Dana Velloway") == 2
    assert not any(a is not None and a == b for a, b in zip(speakers, speakers[1:]))  # spaced again
    assert len(filtered) == len(unfiltered) - 1


def test_trainer_draft_says_what_the_filter_left_out_and_no_filter_keeps_it(tmp_path: Path, capsys):
    from trainer.draft.cli import main

    article = tmp_path / "article.txt"
    article.write_text(f" date 2025-10-16 {TITLE}\n\n{BODY}", encoding="utf-8")
    assert main([str(article), "-o", str(tmp_path / "filtered.yaml")]) == 0
    said = capsys.readouterr().err
    assert "note: left out 1 who_said or figure question an instructor would likely delete" in said
    assert "--no-filter keeps them" in said
    assert main([str(article), "-o", str(tmp_path / "all.yaml"), "--no-filter"]) == 0
    assert "left out" not in capsys.readouterr().err
    assert "answer: 48" in (tmp_path / "all.yaml").read_text(encoding="utf-8")
    assert "answer: 48" not in (tmp_path / "filtered.yaml").read_text(encoding="utf-8")
