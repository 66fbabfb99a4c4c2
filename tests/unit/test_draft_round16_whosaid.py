"""Round 16 of issue 10's who_said rules (held14-held20 judged: who_said is the largest kind, 36% kept, 44% edited;
the largest class of edits is the choices). Invented article text only."""

from __future__ import annotations

import re
from types import SimpleNamespace

import drafting

from trainer.draft import questions as qs
from trainer.draft.names import Person

HEADER = " date 2025-10-16 {}\n\n"


def _asked(body: str, title: str) -> dict[str, list[str]]:
    """Each drafted who_said answer's choices (before the deck's selection), the first quote of each speaker."""
    found: dict[str, list[str]] = {}
    for c in drafting.analysis(body, HEADER.format(title)).candidates:
        if c.fields.get("type") == "who_said":
            found.setdefault(c.fields["answer"], c.fields["choices"])
    return found


def _finding(name: str, text: str, start: int):
    return SimpleNamespace(speaker=SimpleNamespace(name=name), text=text, start=start)


def test_a_short_stance_naming_the_same_person_nearby_is_an_echo():
    """held15: Dever's "Of the three, I like John Kasich the best" offered Traynor, who said "I prefer Kasich" a
    paragraph later: either could be the answer (both judges: swap that distractor)."""
    findings = [_finding("Peter Halden", "Of the three, I like Karl Moser the best.", 100),
                _finding("Tomas Brenner", "I prefer Moser, and so do the crews on the piers,", 400),
                _finding("Paul Berg", "Everyone here says Moser will lose the north docks to the levy in a year "
                                      "and the crews know it better than the board does.", 600),
                _finding("Maria Kessler", "I prefer Moser.", 9000)]
    said = qs.quote_subjects(findings)
    assert qs.echoes(findings, 0, {"Peter Halden"}, said, set()) == {"Tomas Brenner"}  # Berg's is a long remark, Kessler's far


def test_echoes_read_no_name_the_storys_quotes_keep_coming_back_to():
    said = [{"moser"}, {"moser"}, {"valmo"}, {"valmo"}, {"valmo"}]
    assert qs._common_subjects(said) == {"valmo"}  # three quotes name Valmora: the story's subject, no one's stance
    findings = [_finding(f"Person {i}", "Valmora will pay for Moser.", 100 * i) for i in range(4)]
    assert not qs.echoes(findings, 0, set())


def _stub(pool: list[str], odd: set[str]):
    distractors = object.__new__(qs._Distractors)
    distractors.odd_one_out = lambda answer, name: name in odd
    distractors.plausible = lambda answer, name: True
    distractors.pick = lambda answer, count, exclude, near: [n for n in pool if n not in exclude][:count]
    distractors.tier_names = [frozenset(pool), frozenset(pool)]
    distractors.local = lambda answer: False
    distractors.kinds = {}
    distractors.quoted = frozenset()
    distractors.of_kind = lambda answer, name: name not in odd
    return distractors


def test_mixed_swaps_echoes_and_odd_kinds_for_people_of_the_answers_kind():
    stub = _stub(["Laura Varga", "Tomas Brenner", "Maria Kessler", "Paul Berg", "Jonas Falk"], set())
    chosen = stub.mixed("Peter Halden", ["Laura Varga", "Tomas Brenner", "Maria Kessler"], 3, frozenset(),
                        frozenset(), frozenset({"Tomas Brenner"}))
    assert chosen == ["Laura Varga", "Maria Kessler", "Paul Berg"]
    few = _stub(["Laura Varga", "Tomas Brenner"], set())  # too few others: the echo fills up, last
    assert few.mixed("Peter Halden", ["Tomas Brenner", "Laura Varga"], 3, frozenset(), frozenset(),
                     frozenset({"Tomas Brenner"})) == ["Laura Varga", "Tomas Brenner"]
    alone = _stub(["Sen. A", "Sen. B", "Sen. C"], {"Sen. A", "Sen. B", "Sen. C"})  # the only one of its kind
    assert alone.mixed("Peter Halden", ["Sen. A", "Sen. B", "Sen. C"], 3, frozenset(), frozenset()) == []


ANALYSTS = (
    "Senators in Valmora clashed on Monday over the harbour levy, which funds the port's repairs.\n\n"
    "\"The levy is a tax on every family that buys fish in this country,\" said Sen. Daniel Brandt, a Republican.\n\n"
    "\"Without the levy the north docks will close within a year,\" said Sen. Laura Varga, a Democrat.\n\n"
    "\"We will rewrite the levy so the big shippers pay their share,\" said Sen. Karl Moser, a Democrat.\n\n"
    "\"Neither party has shown how the docks get repaired without the levy or a larger deficit,\" said Peter "
    "Halden, an economist at the Valmora Institute.\n\n"
    "\"The harbour's traffic fell a fifth after the levy, and most of it went to the southern ports,\" said "
    "Maria Kessler, a professor of economics at Valmora University.\n\n"
    "\"Shippers pass the levy on to consumers within weeks, so families pay it either way,\" said Paul Berg, "
    "a fellow at the Harbour Policy Center.\n")


def test_an_analysts_words_are_offered_beside_other_analysts_not_the_senators():
    """held14-held20: Obama, Clinton, Bush offered for an analyst's words, candidates for a commencement
    speaker's, Trump and the governor for a mayor's: choices of the answer's kind, where the article names
    enough of them."""
    choices = _asked(ANALYSTS, "Valmora senators clash over the harbour levy")["Peter Halden"]
    assert {"Maria Kessler", "Paul Berg"} <= set(choices) and len(choices) == 4  # one senator fills up
    senators = _asked(ANALYSTS, "Valmora senators clash over the harbour levy")["Karl Moser"]
    assert {"Daniel Brandt", "Laura Varga"} & set(senators)  # beside a senator, the senators stay


def test_an_analyst_alone_among_politicians_is_not_asked():
    """The answer alone of its kind among the choices is a guess by elimination (Emineth, a minor delegate,
    among Kasich and Cruz: 'too few other delegates named -> ask nothing')."""
    body = ANALYSTS.split("\"The harbour's traffic")[0]
    asked = _asked(body, "Valmora senators clash over the harbour levy")
    assert "Peter Halden" not in asked or len(asked["Peter Halden"]) < 4


def test_introductions_read_the_words_before_a_name_and_an_apposition_after_it():
    text = ("Yesterday, Valmora Gov. Ivo Brandt and former radio host Anna Lind spoke. \"Go,\" said Tomas Berg, a fellow at the Harbour "
            "Institute, to the crowd. Later Anna Lind left.")
    people = {name: Person(name) for name in ("Anna Lind", "Tomas Berg", "Ivo Brandt")}
    mentions = [SimpleNamespace(start=m.start(), end=m.end(), person=people[m.group()])
                for m in re.finditer("Anna Lind|Tomas Berg|Ivo Brandt", text)]
    found = qs.introductions(SimpleNamespace(text=text), SimpleNamespace(mentions=mentions))
    assert found["anna lind"].startswith("and former radio host")  # from the name before it on, two mentions read
    assert found["ivo brandt"] == "Valmora Gov."  # a title's full stop cuts nothing
    assert found["tomas berg"] == "said fellow at the Harbour Institute"  # the apposition without its article


def test_a_politician_beside_someone_of_no_office_singles_the_answer_out():
    """Beside an analyst, a host or a novelist (by post, kind or the words that introduce them), a politician
    is of another kind; beside a politician or their spokesman, no one is."""
    people = [Person("Anna Lind"), Person("Karl Moser", role="Senator", party="D"),
              Person("Eva Holm", role="spokeswoman", description="spokeswoman for Moser"),
              Person("Jonas Falk", description="a professor of economics at Valmora University")]
    distractors = qs._Distractors([p.name for p in people], [], people)
    distractors.intros = {"anna lind": "former radio host"}
    assert distractors.odd_one_out("Anna Lind", "Karl Moser")
    assert distractors.odd_one_out("Jonas Falk", "Karl Moser")
    assert not distractors.odd_one_out("Anna Lind", "Jonas Falk")
    assert not distractors.odd_one_out("Karl Moser", "Anna Lind")
    assert not distractors.odd_one_out("Eva Holm", "Karl Moser")
    assert distractors.civil("Jonas Falk") and not distractors.civil("Karl Moser")


def test_a_cut_quote_opens_on_no_conjunction_and_trails_off_in_no_filler():
    """held16, held19: '…But I will stand in front of a freight train …' (both judges: drop the '…But' lead-in),
    '… the challenges we face. You know…' (both: drop the dangling 'You know...')."""
    assert qs.tidy_cut("…But I will stand by the harbour and defend every docker in it.") == \
        "…I will stand by the harbour and defend every docker in it."
    assert qs.tidy_cut("…but the docks will close.") == "…but the docks will close."  # no capital: part of the clause
    assert qs.tidy_cut("The harbour board has been headed the wrong way for a decade, and we need new members. "
                       "You know…") == "The harbour board has been headed the wrong way for a decade, and we need new members."
    assert qs.tidy_cut("We will win. You know what I mean by that, we will…") == \
        "We will win. You know what I mean by that, we will…"  # a real sentence cut: kept
    assert qs.tidy_cut("Yes. You know…") == "Yes. You know…"  # too little before it


def test_a_consequent_is_asked_with_its_condition():
    """held18: '…then ESPN and a lot of other media organizations are probably not where you should be working'
    (judge: give the whole sentence, not a '…then' fragment)."""
    text = ("The harbour is changing fast. If you want to speak for the dockers in a provocative way on every pier "
            "of the north, then the port board and other public bodies are probably not where you should be working.")
    shown = qs.point_quote(text)
    assert "then the port board" in shown and "If you want to speak" in shown
    assert not qs.stands_alone("then the port board is not for you")


def test_a_quote_leaning_on_a_this_or_that_it_does_not_show_is_not_asked():
    """held15-held18: 'looking like this', 'to do that', 'executing on that', 'prevent this from happening',
    'trying to do this…', 'That's Jeb Bush and Marco Rubio.' (judges: bracket when sure, take the sentence that
    names it along, or do not ask)."""
    for shown in ("so their children can end up looking like this.", "the knowledge and experience to do that",
                  "Sometimes I'm good at executing on that and being consistent", "How do we prevent this from happening",
                  "I think he's trying to do this", "That's Laura Varga and Daniel Brandt."):
        assert qs.dangling_reference(shown), shown
    for shown in ("We will do that job well", "because of that decision", "I said that the levy is wrong",
                  "She is moving left and people who give to her understand that", "Thatcher was right"):
        assert not qs.dangling_reference(shown), shown


def test_the_deck_does_not_ask_a_remark_that_leans_on_that(tmp_path):
    body = ("Valmora's harbour board met on Monday after a week of strikes on the north docks.\n\n"
            "\"There are only two people on this board with the knowledge and the experience to do that,\" said "
            "Senator Laura Varga.\n\n"
            "\"The levy has cost the north docks three hundred jobs since the spring,\" said Daniel Brandt, the "
            "minister of ports.\n\n"
            "\"The board will vote on the levy before the summer storms,\" said Maria Kessler, the board's chair.\n\n"
            "\"Nobody in the capital has visited the docks since the strike began,\" said Peter Halden, the mayor.\n")
    asked = {q["answer"]: q["prompt"] for q in drafting.who_said(drafting.deck(tmp_path, body))}
    assert "Laura Varga" not in asked and "Daniel Brandt" in asked


def test_a_long_sentence_is_asked_from_its_main_clause():
    """held15, held20: 31-35-word prompts opening on a subordinate clause ('If the Trump victory in the primary
    wasn't enough of one, …', 'While lawmakers remain unlikely to re-enact …, we believe …'); the judges trimmed
    them to the wake-up-call clause and the core prediction."""
    long = ("While the harbour board remains unlikely to repeal the docks levy this year, we believe the anger on both "
            "piers will eventually lead to targeted relief for the smallest fishing crews of the north")
    assert qs.point_quote(long) == ("…we believe the anger on both piers will eventually lead to targeted relief "
                                    "for the smallest fishing crews of the north")
    short = "While the board remains unlikely to act, we believe the anger will lead to relief for the crews"
    assert qs.point_quote(short) == short  # within the limit: asked whole
    consequent = ("If you want to speak for the dockers in a provocative way on every pier of the north, then the "
                  "port board and other public bodies are probably not where you should be working.")
    assert qs.main_clause(consequent) == consequent  # a "then" needs its condition


def test_the_one_place_a_quote_names_gives_away_the_only_choice_from_there():
    """held15: 'families in Florida' among the choices for the Florida governor (judge: 'Florida' gives it away
    among the choices); a quote naming several places, or a place in the prompt's own brackets, names no one's home."""
    people = [Person("Rick Moss", role="Governor", description="Florida Gov."),
              Person("Karl Moser", role="Senator"), Person("Eva Holm", role="Senator"),
              Person("Jonas Falk", role="Senator", description="a senator from Ohio")]
    distractors = qs._Distractors([p.name for p in people], [], people)
    others = ["Karl Moser", "Eva Holm", "Jonas Falk"]
    assert distractors.singled_out("The families in Florida need help now, not politics.", "Rick Moss", others)
    assert not distractors.singled_out("Families in Florida and Ohio need help now.", "Rick Moss", others)
    assert not distractors.singled_out("I think [Clinton] will carry [Florida] again.", "Rick Moss", others)
    assert not distractors.singled_out("Families in Ohio need help now.", "Rick Moss", others)
