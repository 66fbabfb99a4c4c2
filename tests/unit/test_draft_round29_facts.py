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


def test_a_reported_that_clause_without_its_verb_is_garbled():
    from trainer.draft.statements import verbless_complement

    assert verbless_complement("Even before the vote was counted, concerns were raised that hired crews through the "
                               "old harbour gates to an unready town.")
    assert not verbless_complement("Fishing families raised concern that hired crews are slipping through the old "
                                   "harbour gates.")
    assert not verbless_complement("Concerns were raised that radicalized crews took over the old harbour gates.")


def test_an_opening_clause_is_never_the_claim_without_its_main_clause():
    from trainer.draft.statements import claim_text

    sentence = ("Almost as soon as the storm hit Valmora on Tuesday morning, a new row over the old harbour was "
                "taken up in the bitter debate about the closure of the docks and the fate of the fishing families "
                "there.")
    assert "a new row over the old harbour was taken up" in claim_text(sentence)
    appositive = ("Valmora is sending the council and the members of the harbour board an unusual white paper that "
                  "details its harbour repairs and the cost of each of them over the past five years, a move that the mayor hopes will shatter the union's claim that nothing was "
                  "done for the docks.")
    assert claim_text(appositive).startswith("Valmora is sending the council and the members")
    assert "a move that" not in claim_text(appositive)


def test_a_clause_after_the_comma_is_no_appositive_tail_in_a_restated_claim():
    from trainer.draft.claim import _CLAUSE_VERB

    assert _CLAUSE_VERB.match(", a new row over the old harbour was taken up in the debate")
    assert not _CLAUSE_VERB.match(", a move that the mayor hopes will shatter the union's claim")


def test_a_that_clause_with_a_plain_verb_after_its_plural_or_pronoun_reads():
    from trainer.draft.statements import verbless_complement

    assert not verbless_complement("Council members are finding agreement that harbour fees encourage savings and "
                                   "jobs.")
    assert not verbless_complement("Tomas Arkwright said the message is that after years of decline, we want to "
                                   "grow.")
