"""Round 11 who_said classes (issue 10): people the article puts only in the crowd of a rally or protest, or who
only say how they vote, are passers-by; stock official lines and quotes that name the speaker's own post or body
are not asked. Invented text only."""

from __future__ import annotations

import drafting
from trainer.draft.names import find_names
from trainer.draft.text import Body


def _lay(body: str) -> set[str]:
    return {p.name for p in find_names(Body(body)).people if p.lay}


RALLY = ("Governor Ivo Brandt drew a large crowd to the harbour in Valmora on Tuesday, where he promised new cranes.\n\n"
         "“The docks have been through the wringer for ten years, and nobody listened,” said Pavel Roth, a retired "
         "crane driver who lined up to hear Mr. Brandt.\n\n"
         "Tomas Ek, a plumbing contractor who attended the rally with Mr. Roth, blamed the old council. “My business "
         "went bad in 2019, and it stayed bad until the strike ended,” Mr. Ek said.\n\n"
         "Lena Vos held up a sign saying “Cranes Now.” “This is the lens I see the harbour through,” said Ms. Vos.\n\n"
         "Ana Weiss, the owner of a bakery, said she was a habitual Liberal voter. “He will make the port work "
         "again,” said Ms. Weiss.\n\n"
         "“The treaty gives the union a veto over every crane contract,” said Mayor Karl Olsen.\n\n"
         "“The ministry will not sign the crane contract before the strike ends,” said Maria Stein, the minister.\n")


def test_rally_goers_protesters_and_voters_with_no_post_are_passers_by():
    """Round 11: Jebens, Mason, Hutto (at a rally), a protester with a sign and a shop owner who "said she was a
    habitual Republican voter" were asked as who_said; the governor whose rally it was is no passer-by."""
    lay = _lay(RALLY)
    assert {"Pavel Roth", "Tomas Ek", "Lena Vos", "Ana Weiss"} <= lay
    assert "Ivo Brandt" not in lay and "Karl Olsen" not in lay


def test_a_host_or_a_body_s_spokesman_at_an_event_is_no_passer_by():
    """A radio host named as the owner of a show ("Hugh Hewitt's radio show") in a sentence about a rally, and a
    think tank's economist at a conference ("the Forum's Ida Lund said at the event"), stay actors."""
    body = ("Brandt repeated the charge at a harbour rally and again on Otto Lamm's radio show on Thursday.\n\n"
            "“Growth is what voters feel,” the Valmora Forum's Ida Lund said at the event in the capital.\n")
    assert not _lay(body) & {"Otto Lamm", "Ida Lund"}


def test_no_who_said_on_a_rally_goer(tmp_path):
    asked = {q["answer"] for q in drafting.who_said(drafting.deck(tmp_path, RALLY))}
    assert not asked & {"Pavel Roth", "Tomas Ek", "Lena Vos", "Ana Weiss"}


def test_stock_official_lines_are_boilerplate_at_any_length():
    """Round 11: "We have a path to victory", "steps in the right direction", "programs take time to build
    traction", an alliance's "complete, verifiable and irreversible" and "remains ready to contribute"."""
    from trainer.draft.questions import boilerplate, substance
    stock = ["We have a path to victory. It is not an easy path, but it never has been.",
             "The new plans will not solve this challenge, but are steps in the right direction",
             "These programs most often take time to build traction and credibility in the provinces at issue",
             "Valmora should abandon its missile programs in a complete, verifiable and irreversible manner, and "
             "engage in credible and meaningful dialogue with its neighbours about the harbour",
             "The agency remains ready to contribute to the peaceful resolution of the harbour dispute"]
    for line in stock:
        assert boilerplate(line) and substance(line) == 0.0, line
    assert not boilerplate("The treaty gives the union a veto over every crane contract in the north quay")


def test_a_quote_that_names_the_speaker_s_post_or_body_reveals_the_speaker():
    """Round 11: "As Secretary I championed …" from the former secretary, "The IAEA remains ready …" from the
    IAEA's director general (by acronym, or by the body's full name) give their speaker away."""
    from trainer.draft.names import Person
    from trainer.draft.questions import reveals_speaker
    head = Person("Ida Lund", description="director general of the International Harbour Safety Agency")
    assert reveals_speaker("Who said: “The IHSA will inspect every crane on the quay”", head)
    assert reveals_speaker("Who said: “the International Harbour Safety Agency will inspect every crane”", head)
    assert not reveals_speaker("Who said: “Every crane on the quay will be inspected by spring”", head)
    minister = Person("Maria Stein", role="former foreign minister")
    assert reveals_speaker("Who said: “As Minister I championed the harbour treaty”", minister)
    assert reveals_speaker("Who said: “As foreign minister, I signed the harbour treaty”", minister)
    assert not reveals_speaker("Who said: “As Valmorans we signed the harbour treaty”", minister)


def test_no_who_said_whose_quote_names_the_speaker_s_body(tmp_path):
    body = ("Valmora's harbour failed its safety audit on Monday, the third failure in a year.\n\n"
            "Ida Lund, director general of the International Harbour Safety Agency, said in a statement that the "
            "audit was damning. “The IHSA will inspect every crane on the north quay before the treaty is signed,” "
            "she said.\n\n"
            "“The treaty gives the union a veto over every crane contract,” said Mayor Ivo Brandt.\n\n"
            "“The port will pay for itself within ten years of the treaty,” said Karl Olsen, the port's director.\n\n"
            "“The ministry will not sign the crane contract before the strike ends,” said Maria Stein, the minister.\n")
    asked = drafting.who_said(drafting.deck(tmp_path, body))
    assert asked and not [q for q in asked if "IHSA" in q["prompt"]]


def test_a_speaker_s_second_quote_on_the_same_subject_is_not_asked(tmp_path):
    """Round 11: two of a press secretary's lines on North Korea (one doubts the test, one takes the threat
    seriously) were one point asked twice; names aside from the speaker's decide the subject."""
    from trainer.draft.questions import subjects
    first = "Nothing in the last day has changed our assessment of North Korea's technical capabilities"
    second = "but we take very seriously the threat posed by the North Korean regime and its ambitions"
    assert subjects(first, "Ida Lund") & subjects(second, "Ida Lund")
    assert not subjects("The harbour will open in May, Lund said", "Ida Lund")  # a month and her own name
    body = ("Valmora's harbour failed its audit on Monday.\n\n"
            "“Nothing that has occurred in the last day has changed my assessment of Norland's naval capabilities "
            "and its dockyards,” said Senator Ida Lund, who chairs the defence committee.\n\n"
            "“The treaty gives the union a veto over every crane contract,” said Mayor Ivo Brandt.\n\n"
            "“The port will pay for itself within ten years of the treaty,” said Karl Olsen, the port's director.\n\n"
            "“The ministry will not sign the crane contract before the strike ends,” said Maria Stein, the minister.\n\n"
            "“We take very seriously the risk posed by the Norland regime and its ambitions to build a fleet of "
            "warships,” Ms. Lund added later in the briefing.\n")
    asked = [q for q in drafting.who_said(drafting.deck(tmp_path, body)) if q["answer"] == "Ida Lund"]
    assert len(asked) == 1, asked


def test_a_word_of_a_company_s_or_a_brand_s_name_is_no_choice(tmp_path):
    """Round 11: "Electric" (of "General Electric says") and "ProPublica" were offered beside an economist."""
    from trainer.draft.names import no_person
    assert no_person("Electric") and no_person("ProPublica") and no_person("Institutes") and no_person("Watch")
    assert not any(no_person(n) for n in ("McCain", "DeLay", "O'Malley", "Obama", "Emmanuel Saez", "MacArthur"))
    body = ("Income gains went mostly to the top earners, a new study of Valmora's tax records shows.\n\n"
            "“The recovery now looks less lopsided than in previous years,” said Emil Sorensen, an economist at "
            "the Valmora School of Economics.\n\n"
            "Harbour Electric says that it paid 2 billion in taxes. HarbourWatch said the figure was wrong.\n\n"
            "“The treaty gives the union a veto over every crane contract,” said Mayor Ivo Brandt.\n\n"
            "“The port will pay for itself within ten years of the treaty,” said Karl Olsen, the port's director.\n\n"
            "“The ministry will not sign the crane contract before the strike ends,” said Maria Stein, the minister.\n")
    for question in drafting.who_said(drafting.deck(tmp_path, body)):
        assert not {"Electric", "HarbourWatch"} & set(question["choices"]), question


def test_a_surname_of_two_words_goes_to_the_full_name(tmp_path):
    """Round 11: "said Le Pen" was asked as "Le Pen" beside "Marine Le Pen" (her niece and father share it):
    a two-word surname with a particle folds into the full name named before it."""
    body = ("The far right in Norland endorsed Governor Ivo Brandt of Valmora on Monday, through Marine Le Pen, "
            "leader of the Norland Front.\n\n"
            "“Between Brandt and Maria Stein, it is clear that I would choose Ivo Brandt,” said Le Pen, who leads "
            "the party in the north.\n")
    people = {p.name for p in find_names(Body(body)).people}
    assert "Marine Le Pen" in people and "Le Pen" not in people


def test_a_long_quote_is_never_cut_mid_phrase():
    """Round 11: "… are required to remain in…" and "… to shut down this…" were cut mid-phrase. A sentence with
    no clause break in reach is cut before a phrase's opening word, never after an article or a preposition;
    a sentence a few words over the limit is shown whole."""
    from trainer.draft.questions import MAX_PROMPT_QUOTE_WORDS, phrase_cut
    long = ("The basic flaw at the heart of the harbour program has been the rule that dockers who are under "
            "threat for their lives are required to remain in the city for the long months that it takes to "
            "process their claims")
    cut = phrase_cut(long)
    assert cut.endswith("remain in the city…"), cut
    assert len(cut.split()) <= MAX_PROMPT_QUOTE_WORDS + 3
    near = " ".join(["The ministry will sign the crane contract"] * 4) + " today"  # 33 words, one sentence
    assert phrase_cut(near) == near
    clause = ("The port will pay for itself within ten years, the minister said in the capital on Monday, and "
              "the union will get its veto over every crane contract on the north quay before the strike ends")
    for shown in (phrase_cut(long), phrase_cut(clause)):
        last = shown.rstrip("…").split()[-1].strip(",").lower()
        assert last not in ("the", "a", "in", "of", "to", "for"), shown


def test_a_remark_addressed_to_someone_by_name_is_an_anecdote():
    """Round 11: "Mason let me tell you, how big is that wall going to be?" (a reply to a child at a town hall)
    was asked who said it."""
    from trainer.draft.questions import addressed, substance
    assert addressed("Mason let me tell you, how big is that wall going to be?")
    assert addressed("“Sarah, you know, the harbour will be rebuilt”")
    assert substance("Mason let me tell you, how big is that wall going to be?") == 0.0
    assert not addressed("Look, the treaty gives the union a veto over every crane contract")
    assert not addressed("Valmora will pay for the port within ten years")


def test_a_quote_for_the_united_states_government_gets_a_secretary_as_a_choice():
    """Round 11: Earnest's "nothing … has caused the United States government to change our assessment" was
    offered beside a candidate, a senator and an analyst: only he spoke for the government. A secretary the
    article names stands in, before the president."""
    from trainer.draft.names import Person
    from trainer.draft.questions import own_side
    answer = Person("Ida Lund", role="White House press secretary")
    people = [answer, Person("Karl Olsen", role="President"), Person("Ivo Brandt", role="Defense Secretary"),
              Person("Maria Stein"), Person("Ana Weiss"), Person("Tomas Ek")]
    quote = "Nothing has caused the United States government to change our assessment of the harbour"
    assert own_side(quote, answer, ["Maria Stein", "Ana Weiss", "Tomas Ek"], people, frozenset()) == [
        "Maria Stein", "Ana Weiss", "Ivo Brandt"]


def test_a_he_in_a_quote_is_never_bracketed_as_a_woman():
    """Round 11 (and 9): "[Clinton]" stood for a "he" who was Sanders. A "he" is resolved only to a man the
    article names (by a known given name or "Mr."), never to the woman named beside him."""
    body = ("Maria Stein and Sorensen were on opposite sides of the harbour vote in 2001, when Sorensen voted for "
            "the ban.\n\n"
            "“We were looking for signs that he is going to be a friend of the docks,” said Ana Weiss, the "
            "union's president. “I am quite concerned about his stance on the cranes.”\n")
    analysis = drafting.analysis(body)
    for finding in analysis.quotes:
        assert "Maria Stein" not in {name for _, name in finding.referents}, finding
