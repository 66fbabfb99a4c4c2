"""Issue 10, round 29 (facts): a second poll's figure and a count of the occasions a story is set in are not asked;
a concession or the author's own story is no argument of theirs; a claim keeps its verb (a possessive's noun is no
verb, a relative clause between subject and verb goes whole, a headline's "X's winning streak" is no "X is
winning"). Invented articles only."""

from __future__ import annotations

from tests.unit.drafting import analysis


def _figure(body: str, written: str):
    found = analysis(body)
    at = found.body.norm.index(written)
    figure = next(f for f in found.figures if f.start <= at < f.end)
    return found, figure


def test_a_second_polls_share_is_a_side_figure():
    from trainer.draft.build import side_figure

    body = ("Mayor Dana Velloway's approval rating in the latest Valmora Herald poll stands at a robust 53%.\n\n"
            "Other recent polls from Port Sella College and the Harbour Institute respectively show a 56% and 54% "
            "approval rating.\n")
    found, second = _figure(body, "56%")
    assert side_figure(found.body, found.names, second) is not None
    _, first = _figure(body, "53%")
    assert side_figure(found.body, found.names, first) is None


def test_a_count_of_primaries_held_is_the_setting_not_the_news():
    from trainer.draft.build import occasions_counted

    body = ("Voters again turned out in record numbers Tuesday in five key primary elections, officials in Valmora "
            "said.\n\nThe fishing union suggested four other nights for the debate.\n\n"
            "Tomas Arkwright has lost six primaries in a row to Dana Velloway.\n")
    found = analysis(body)
    norm = found.body.norm

    def counted(word: str) -> bool:
        at = norm.index(word)
        return occasions_counted(found.body, next(f for f in found.figures if f.start <= at < f.end))

    assert counted("five key")
    assert counted("four other")
    assert not counted("six primaries")  # a result counted is the news


def test_a_concession_or_the_authors_own_story_is_no_argument():
    from trainer.draft.statements import concession_or_aside

    assert concession_or_aside("Yes, the harbour and the docks will be front-burner issues, but let's not forget "
                               "the jobs.")
    assert concession_or_aside("My husband and I were fortunate to have the means to buy the townhome.")
    assert concession_or_aside("We used to try to do better in Valmora.")
    assert not concession_or_aside("Valmora needs a harbour it can afford, and the council should say so.")
    assert not concession_or_aside("I think the council should keep the harbour open.")


def test_a_possessives_noun_is_no_verb():
    from trainer.draft.claim import _has_verb

    assert not _has_verb("Mayor Dana Velloway's news conference on Tuesday")
    assert _has_verb("Mayor Dana Velloway's news conference was a failure")


def test_a_relative_clause_between_subject_and_verb_goes_whole():
    from trainer.draft.claim import main_clause

    claim = ("Mayor Dana Velloway's news conference on Tuesday, in which she laid out an extended record of waste by "
             "the harbour board but then announced that she would not seek charges, was just the latest in a series "
             "of very visible council failures.")
    assert main_clause(claim) == ("Mayor Dana Velloway's news conference on Tuesday was just the latest in a series "
                                  "of very visible council failures.")


def test_a_possessive_before_an_ing_word_is_no_headline_participle():
    from trainer.draft.claim import _named_participle

    assert _named_participle("Tomas' winning streak continues in the north".split()) is None
    assert _named_participle("Velloway's winning streak continues in the north".split()) is None
    assert _named_participle("Dana Velloway channeling strategy she used in 2012".split()) == 2


def test_a_leads_share_asked_by_its_blank_leaves_no_percent_sign():
    from tests.unit.drafting import deck
    import tempfile
    from pathlib import Path

    body = ("Valmora's turnout in the harbour referendum was a record 39%, the election board said on Wednesday.\n\n"
            "Mayor Dana Velloway said the vote showed how much the harbour mattered. Tomas Arkwright said the union "
            "would meet on Friday.\n")
    drafted = deck(Path(tempfile.mkdtemp()), body, "Valmora turnout sets a record")
    prompts = [q.get("prompt", "") for q in drafted["questions"]]
    assert not any("___%" in p or "___ %" in p for p in prompts)
