"""Which who_said questions a drafted deck keeps (issue 10, round 2): no repeats of one remark or one point,
a few per speaker, none in a one-voice article beyond one, no stock lines, no hanging pronouns, distractors
the quote does not name, none the headline gives away, and at most about half the deck. Invented articles."""

from __future__ import annotations

from pathlib import Path

from trainer.draft.build import analyse, draft_deck
from trainer.draft.questions import WhoSaid, WhoSaidRules, stock_line, unresolved_pronoun
from trainer.draft.text import parse_article

TITLE = "Port strike talks stall over the wage offer"
STRIKE = """The harbour strike in Valmora entered its third week on Monday as talks between the port authority and the dockers' union stalled over wages and the new cranes.

“The dockers have waited eleven years for a raise,” said Tomas Berg, the leader of the dockers' union. “Every crane the authority buys replaces forty of our members.” Berg added: “We will stay out until the contract protects those jobs.”

Minister Ivo Brandt said the government could not pay more. “The treasury has no room for a twelve percent raise this year,” Brandt said.

Mayor Rosa Ferrante blamed the minister. “Ivo Brandt has let the harbour rot while the ships go to Trieste,” Ferrante said.

The economist Laszlo Varga, who studies European ports, said the strike cost the city 40 million euros a week. “Shipping lines will not come back once they have moved their routes north,” Varga said.

Senator Marta Olsen called for mediation. “A mediator from the European Commission could settle this within a month,” Olsen said.

Brandt later repeated his position. “The treasury cannot afford a raise of that size,” Brandt said.

“Last time I looked, nobody asked me,” Ferrante said.

“To bring them back now would cost the city its summer season,” Olsen said.

The union rejected the offer of five percent on Friday.
"""


def _deck(tmp_path: Path, body: str = STRIKE, title: str = TITLE) -> dict:
    article = tmp_path / "article.txt"
    article.write_text(f" date 2025-10-16 {title}\n\n{body}", encoding="utf-8")
    return draft_deck([article], cwd=tmp_path)[0]


def _who_said(deck: dict) -> list[dict]:
    return [q for q in deck["questions"] if q["type"] == "who_said"]


def _speaker_questions(deck: dict) -> list[str]:
    """The speaker each speaker question asks about (who_said, or a true/false 'X said “…”')."""
    return [q["answer"] if q["type"] == "who_said" else q["statement"].split(" said ")[0]
            for q in deck["questions"] if q["type"] == "who_said" or " said “" in q.get("statement", "")]


def test_one_remark_is_one_question(tmp_path):
    """Berg's three quotes in one paragraph are one remark: the deck asks who said it once, not three times."""
    remarks = {c.remark for c in analyse(parse_article(Path("a.txt"), f"{TITLE}\n\n{STRIKE}")).candidates
               if isinstance(c, WhoSaid) and c.speaker == "Tomas Berg"}
    assert len(remarks) == 1
    assert _speaker_questions(_deck(tmp_path)).count("Tomas Berg") == 1


def test_a_speaker_is_asked_again_only_on_another_point():
    """Brandt's second remark on the treasury makes the same point as his first: it is no second question.
    A third speaker question is refused whatever its point (two per speaker)."""
    analysis = analyse(parse_article(Path("a.txt"), f" date 2025-10-16 {TITLE}\n\n{STRIKE}"))
    brandt = [c for c in analysis.candidates if isinstance(c, WhoSaid) and c.speaker == "Ivo Brandt"]
    assert len(brandt) == 2 and brandt[0].remark != brandt[1].remark
    rules = WhoSaidRules(analysis.body, analysis.quotes, TITLE, 2, set(), analysis.candidates)
    assert rules.allows(brandt[0]) and not rules.allows(brandt[1])
    other = WhoSaid("quote", 0.9, 0, ("who_said", "x"), {**brandt[0].fields, "quote": "Cranes arrive in May."},
                    speaker="Ivo Brandt", remark=99, quoted_choices=3)
    assert rules.allows(other)
    third = WhoSaid("quote", 0.9, 0, ("who_said", "y"), {**brandt[0].fields, "quote": "Mediation helps nobody."},
                    speaker="Ivo Brandt", remark=100, quoted_choices=3)
    assert not rules.allows(third)


def test_a_one_voice_article_asks_who_said_once(tmp_path):
    body = ("The port authority of Valmora published its plan for the harbour on Monday.\n\n"
            "“The new cranes will double the harbour's capacity by 2027,” said Minister Ivo Brandt.\n\n"
            "“Valmora will handle more containers than Genoa within five years,” Brandt said.\n\n"
            "“The dockers' pensions are safe under the plan,” Brandt said.\n\n"
            "“We will hire three hundred engineers for the terminal,” Brandt said.\n\n"
            "Rosa Ferrante and Tomas Berg did not comment on the plan.\n\n"
            "Mayor Lena Costa said in March that the harbour needed 40% more berths.\n")
    assert len(_speaker_questions(_deck(tmp_path, body, "Valmora unveils harbour plan"))) <= 1


def test_distractors_are_never_people_the_quote_names(tmp_path):
    """Ferrante's quote names Ivo Brandt, so Brandt is no choice (no student would pick him)."""
    asked = {q["answer"]: q for q in _who_said(_deck(tmp_path))}
    assert "Ivo Brandt" not in asked["Rosa Ferrante"]["choices"]
    assert len(asked["Rosa Ferrante"]["choices"]) == 4
    from trainer.draft.questions import _NamedIn
    people = analyse(parse_article(Path("a.txt"), f"{TITLE}\n\n{STRIKE}")).names.people
    assert _NamedIn(people)("@IvoBrandt let Berg's union down") == {"Ivo Brandt", "Tomas Berg"}


def test_stock_lines_are_not_asked(tmp_path):
    assert stock_line("Last time I looked, you hadn't started voting yet.")
    assert stock_line("Don't worry, I'm not leaving the stage no matter what you ask me")
    assert stock_line("I love you") and stock_line("I will tell the truth.")
    assert not stock_line("Bombast doesn't cut it.")  # a word of its own
    assert not stock_line("Last time I looked, Valmora had no cranes.")  # names something
    assert not any("Last time I looked" in q["quote"] for q in _deck(tmp_path)["questions"])


def test_quotes_that_hang_on_a_pronoun_are_not_asked(tmp_path):
    assert unresolved_pronoun("To bring them here under these circumstances is madness")
    assert unresolved_pronoun("It does give an advantage to serious candidates")
    assert unresolved_pronoun("This is the lie that the campaign is built on")
    assert unresolved_pronoun("Because then it gets to a larger narrative")
    assert not unresolved_pronoun("It is so shameful that you ignored my call")  # "it" anticipates
    assert not unresolved_pronoun("If in fact it becomes more clear that the refugees matter")
    assert not unresolved_pronoun("Bombast doesn't cut it. Inexperience doesn't cut it.")  # an object "it", later
    assert not unresolved_pronoun("I think this incident in Paris will change the race")  # "this" + a noun
    assert not any("To bring them back" in q["quote"] for q in _deck(tmp_path)["questions"])


def test_who_said_is_at_most_about_half_of_the_deck(tmp_path):
    """Six speakers are quoted, but the deck asks who said at most as often as it asks anything else (or four)."""
    deck = _deck(tmp_path)
    speakers = _speaker_questions(deck)
    assert 2 <= len(speakers) <= max(4, len(deck["questions"]) - len(speakers))


def test_the_headline_gives_no_who_said_away(tmp_path):
    """A headline that says Ferrante accused Brandt of letting the harbour rot answers her who_said question."""
    deck = _deck(tmp_path, title="Ferrante says Brandt let the harbour rot")
    assert "Rosa Ferrante" not in _speaker_questions(deck)
    assert "Rosa Ferrante" in _speaker_questions(_deck(tmp_path))


def test_distractors_come_from_the_people_quoted(tmp_path):
    """The people the article quotes are offered first (the same group as the speaker); others only fill up."""
    body = ("Valmora's harbour reopened on Monday after a three-week strike, the port authority said.\n\n"
            "Prime Minister Anna Vidal, Senator Marta Olsen and Mayor Rosa Ferrante welcomed the deal in statements.\n\n"
            "“The dockers won a contract that protects every job on the quay,” said Tomas Berg, the union leader.\n\n"
            "“The treasury will pay for the raise with the new harbour levy,” said Minister Ivo Brandt.\n")
    asked = _who_said(_deck(tmp_path, body, "Valmora harbour reopens"))
    assert asked
    for question in asked:
        other = ({"Tomas Berg", "Ivo Brandt"} - {question["answer"]}).pop()
        assert other in question["choices"]


def test_a_reported_clause_gives_way_to_the_speakers_own_words(tmp_path):
    """'Berg said the union "will not back down"' is no question when Berg's own sentence can be asked."""
    body = STRIKE.replace("Minister Ivo Brandt said the government could not pay more.",
                          "Berg said the union “will not back down” before the minister. Minister Ivo Brandt said "
                          "the government could not pay more.")
    analysis = analyse(parse_article(Path("a.txt"), f" date 2025-10-16 {TITLE}\n\n{body}"))
    reported = [c for c in analysis.candidates if isinstance(c, WhoSaid) and c.reported]
    assert [c.speaker for c in reported] == ["Tomas Berg"]
    rules = WhoSaidRules(analysis.body, analysis.quotes, TITLE, 2, set(), analysis.candidates, 0.85)
    assert not rules.allows(reported[0])
    assert not any(q["prompt"].startswith("Who said that") for q in _who_said(_deck(tmp_path, body)))
