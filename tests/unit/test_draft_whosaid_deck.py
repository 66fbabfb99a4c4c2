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
    return draft_deck([article], cwd=tmp_path, learned_filter=False)[0]  # a rule test (tests/unit/drafting.py)


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


def test_every_speaker_s_substantive_remark_is_asked_within_the_deck_s_room(tmp_path):
    """Who said a substantive remark is the question a teacher keeps most (issue 10, round 3): five speakers
    make a point of their own here, and each is asked once; but speaker questions stay within the room
    (six, or two more than the other questions)."""
    deck = _deck(tmp_path)
    speakers = _speaker_questions(deck)
    assert {"Tomas Berg", "Ivo Brandt", "Rosa Ferrante", "Laszlo Varga", "Marta Olsen"} <= set(speakers)
    assert len(speakers) <= max(6, len(deck["questions"]) - len(speakers) + 2)
    many = "".join(f"“The harbour of Valmora needs {n} new cranes by the spring of 2027,” said Senator {name}.\n\n"
                   for n, name in zip(range(11, 20), ("Ana Ruiz", "Ben Holt", "Cara Diaz", "Dan Moss", "Eva Lund",
                                                      "Finn Roe", "Gus Hahn", "Ida Berg", "Jon Kerr")))
    deck = _deck(tmp_path, f"The senators of Valmora spoke on Monday about the harbour.\n\n{many}")
    speakers = _speaker_questions(deck)
    assert len(speakers) <= max(6, len(deck["questions"]) - len(speakers) + 2)


def test_no_two_questions_on_one_speaker_side_by_side():
    """A speaker's second question right after the first reads as a giveaway: it moves past the next question
    on someone else (or on anything else)."""
    from trainer.draft.questions import spaced
    order = ["Berg", "Berg", "Olsen", None, "Brandt", "Brandt", "Ek"]
    assert spaced(order, lambda speaker: speaker) == ["Berg", "Olsen", "Berg", None, "Brandt", "Ek", "Brandt"]
    assert spaced(["Ek", "Ek"], lambda speaker: speaker) == ["Ek", "Ek"]  # nothing to put between them


def test_stock_shapes_are_classes_not_examples(tmp_path):
    """A stock opinion, a stock endorsement and a stock spokesman's line are no who_said question, whatever
    names they hold; a remark with a claim of its own is (issue 10, round 3)."""
    from trainer.draft.questions import stock_shape
    assert stock_shape("I think Rosa Ferrante is doing fine.") == "opinion"
    assert stock_shape("Well, I think the mayor is doing a great job right now") == "opinion"
    assert stock_shape("I feel very good about our chances") == "opinion"
    assert stock_shape("I'm proud to endorse Marta Olsen for governor") == "endorsement"
    assert stock_shape("Olsen is the best candidate to lead Valmora") == "endorsement"
    assert stock_shape("The senator has my full support") == "endorsement"
    assert stock_shape("We look forward to debating Senator Olsen in October.") == "spokesman"
    assert stock_shape("The campaign does not comment on internal polling.") == "spokesman"
    assert stock_shape("Our thoughts and prayers are with the dockers of Valmora") == "spokesman"
    assert stock_shape("The exact cause of the fire has not been determined") == "spokesman"
    assert stock_shape("Not good, great. One of the brightest members of the whole assembly") == "endorsement"
    assert stock_shape("She is the only candidate with the experience to keep Valmora safe") == "endorsement"
    assert stock_shape("I think Ferrante is wrong: the port loses 40 million euros a week") is None
    assert stock_shape("Olsen voted twice to shield the port owners from lawsuits") is None
    body = ("The strike in Valmora's harbour entered its fourth week on Monday.\n\n"
            "“I think Rosa Ferrante is doing fine,” said Senator Marta Olsen.\n\n"
            "“I'm proud to endorse Rosa Ferrante for governor,” said Governor Paul Ek.\n\n"
            "“We look forward to meeting the union next week,” said Nils Dahl, a spokesman for the port authority.\n\n"
            "“Ivo Brandt voted twice to shield the port owners from the dockers' lawsuits,” said Tomas Berg, the union leader.\n\n"
            "“The treasury cannot pay a twelve percent raise this year,” said Minister Ivo Brandt.\n")
    asked = {q["quote"] for q in _who_said(_deck(tmp_path, body, "Valmora strike enters fourth week"))}
    assert not any(("doing fine" in quote or "proud to endorse" in quote or "look forward" in quote) for quote in asked)
    assert any("voted twice" in quote for quote in asked)


def test_a_remark_is_asked_by_its_most_substantive_sentence():
    """Of one remark, the sentence with the charge is asked, not the rhetorical question before it."""
    from trainer.draft.questions import substance
    body = ("Senator Marta Olsen answered the union at a meeting in Valmora on Monday.\n\n"
            "“Do I think the port should be sued for that?” Olsen said. “But I do believe that the port authority "
            "broke the 2019 law when it hired 300 temporary workers without a contract.”\n\n"
            "“The strike costs the city 40 million euros a week,” said Minister Ivo Brandt.\n\n"
            "“Olsen has never once visited the docks,” said Tomas Berg, the union leader.\n\n"
            "“The mediators from Brussels arrive on Friday,” said Rosa Ferrante, the mayor.\n")
    analysis = analyse(parse_article(Path("a.txt"), f" date 2025-10-16 Valmora port dispute\n\n{body}"))
    olsen = [c for c in analysis.candidates if isinstance(c, WhoSaid) and c.speaker == "Marta Olsen"]
    assert len({c.remark for c in olsen}) == 1 and len(olsen) == 2
    assert substance(olsen[1].fields["quote"]) > substance(olsen[0].fields["quote"])
    rules = WhoSaidRules(analysis.body, analysis.quotes, "Valmora port dispute", 2, set(), analysis.candidates, 0.85)
    assert not rules.allows(olsen[0]) and rules.allows(olsen[1])


def test_a_lead_in_sentence_is_trimmed_and_the_quote_still_stands_in_the_article(tmp_path):
    from trainer.draft.questions import without_lead_in
    assert without_lead_in("But it's not that complicated. The port law gives the union a veto over cranes.") == \
        "The port law gives the union a veto over cranes."
    assert without_lead_in("Bombast doesn't cut it. Inexperience doesn't cut it either, in Valmora.") == \
        "Bombast doesn't cut it. Inexperience doesn't cut it either, in Valmora."  # no framing word: the point
    assert without_lead_in("It's simple. Valmora pays.") == "It's simple. Valmora pays."  # too little after it
    assert without_lead_in("But I do believe the port should pay.") == "I do believe the port should pay."
    assert without_lead_in("Well, look, Olsen thinks this is a show.") == "Olsen thinks this is a show."
    assert without_lead_in("But the port should pay.") == "But the port should pay."  # no sentence after it
    body = ("The strike in Valmora's harbour entered its fourth week on Monday.\n\n"
            "“But it's not that complicated. The port law of 2019 gives the union a veto over every new crane,” "
            "said Tomas Berg, the union leader.\n\n"
            "“The treasury cannot pay a twelve percent raise this year,” said Minister Ivo Brandt.\n\n"
            "“The mediators from Brussels arrive on Friday,” said Rosa Ferrante, the mayor.\n\n"
            "“Ivo Brandt has let the harbour rot for a decade,” said Senator Marta Olsen.\n")
    article = f" date 2025-10-16 Valmora strike enters fourth week\n\n{body}"
    berg = [q for q in _who_said(_deck(tmp_path, body, "Valmora strike enters fourth week"))
            if q["answer"] == "Tomas Berg"]
    assert berg and berg[0]["quote"].startswith("The port law of 2019")
    assert berg[0]["quote"] in article and "complicated" not in berg[0]["prompt"]


def test_distractors_are_of_the_answer_s_kind_and_never_the_press(tmp_path):
    """Politicians beside politicians, a pollster beside pollsters when the article has them; a photographer,
    a reporter or an outlet is never a choice beside them."""
    body = ("Senator Marta Olsen and Governor Paul Ek debated the harbour in Valmora on Monday.\n\n"
            "“The treasury has hidden the true cost of the cranes from voters,” said Senator Marta Olsen.\n\n"
            "“Olsen voted twice against the harbour budget she now wants,” said Governor Paul Ek.\n\n"
            "“The port deal will pass the assembly with 60 votes by May,” said Mayor Rosa Ferrante.\n\n"
            "“The senator has never visited the docks in her twelve years,” said Minister Ivo Brandt.\n\n"
            "“The harbour fund will stay empty until 2027,” said Senator Nils Dahl.\n\n"
            "“Voters trust Ek on the harbour by 12 points,” said Lena Holm, a pollster at the Valmora Institute.\n\n"
            "Photographs of the debate were taken by Jonas Falk, a photographer for the Valmora Herald, and "
            "Karin Lind, a reporter for the Herald, wrote the first account.\n")
    asked = _who_said(_deck(tmp_path, body, "Olsen and Ek debate the harbour"))
    assert len(asked) >= 3
    for question in asked:
        assert "Jonas Falk" not in question["choices"] and "Karin Lind" not in question["choices"]
        assert "Valmora Herald" not in question["choices"]
        if question["answer"] != "Lena Holm":
            assert "Lena Holm" not in question["choices"]  # a pollster among politicians gives the answer away
    from trainer.draft.questions import _Distractors
    pool = ["Daily Beast", "Marta Olsen", "Paul Ek", "The Valmora Herald", "Zero Hedge", "Rosa Ferrante", "Ivo Brandt"]
    assert sorted(_Distractors(pool, [], []).pick("Ivo Brandt")) == ["Marta Olsen", "Paul Ek", "Rosa Ferrante"]


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


def test_a_quote_that_opens_on_a_pronoun_is_asked_from_its_first_sentence_that_stands_alone(tmp_path):
    """'It doesn't make any sense.' hangs on what 'it' is; the next sentence of the same quote says the point
    in words a student can place: the question starts there (still the article's exact words)."""
    from trainer.draft.questions import without_hanging_start
    assert without_hanging_start("It doesn't make any sense. The insurance model of Valmora doesn't work for dockers.") \
        == "The insurance model of Valmora doesn't work for dockers."
    assert without_hanging_start("It is gutless. They know it.") == "It is gutless. They know it."  # nothing stands alone
    body = ("The strike in Valmora's harbour entered its fourth week on Monday.\n\n"
            "“It doesn't make any sense. The port law of 2019 gives the union a veto over every new crane,” "
            "said Tomas Berg, the union leader.\n\n"
            "“The treasury cannot pay a twelve percent raise this year,” said Minister Ivo Brandt.\n\n"
            "“The mediators from Brussels arrive on Friday,” said Rosa Ferrante, the mayor.\n\n"
            "“Ivo Brandt has let the harbour rot for a decade,” said Senator Marta Olsen.\n")
    berg = [q for q in _who_said(_deck(tmp_path, body, "Valmora strike enters fourth week")) if q["answer"] == "Tomas Berg"]
    assert berg and berg[0]["quote"].startswith("The port law of 2019")


def test_an_editor_s_or_a_reporter_s_words_are_no_who_said_question(tmp_path):
    """'We won't be running his columns,' said the paper's opinion editor: the firing matters, not which
    journalist announced it (issue 10's judge: draft the action, not the functionary's name)."""
    body = ("Senator Ivo Brandt lost his column in the Valmora Herald on Monday after the harbour scandal.\n\n"
            "“We won't be running his columns on the harbour in the future,” Valmora Herald opinion editor "
            "Jonas Falk told reporters in an email.\n\n"
            "“The treasury hid the true cost of the cranes from voters,” said Senator Marta Olsen.\n\n"
            "“Brandt voted twice against the harbour budget he now wants,” said Governor Paul Ek.\n\n"
            "“The port deal will pass the assembly with 60 votes by May,” said Mayor Rosa Ferrante.\n")
    analysis = analyse(parse_article(Path("a.txt"), f" date 2025-10-16 Brandt loses his column\n\n{body}"))
    falk = next(p for p in analysis.names.people if p.name == "Jonas Falk")
    assert falk.description == "Valmora Herald opinion editor"
    asked = _who_said(_deck(tmp_path, body, "Brandt loses his column"))
    assert asked and all(q["answer"] != "Jonas Falk" and "Jonas Falk" not in q["choices"] for q in asked)


def test_a_pronoun_inside_a_quote_is_resolved_in_brackets_only_when_one_person_fits(tmp_path):
    """'he was 15 minutes late' is shown as '[Brandt] was 15 minutes late' when Ivo Brandt is the one man
    (besides the speaker) the article has in reach (his given name says he is a man); the question's quote stays the article's exact words.
    With two men in reach, nothing is put in brackets."""
    from trainer.draft.questions import with_referents
    assert with_referents("he's paid nothing", (("he", "Ivo Brandt"),)) == "[Brandt has] paid nothing"
    assert with_referents("She's unstable, the shed said", (("she", "Rosa Ferrante"),)) == \
        "[Ferrante is] unstable, the shed said"
    body = ("Minister David Brandt promised in March to meet the families of the harbour fire in Valmora.\n\n"
            "“We did have a telephone call with the minister's office, he was 15 minutes late to that call,” "
            "said Sandra Holm, who lost her son in the fire.\n\n"
            "“The treasury will pay for the new fire station by May,” said Senator Marta Olsen.\n\n"
            "“The port authority ignored four warnings about the cranes,” said Rosa Ferrante, the mayor.\n\n"
            "“The inquiry will report to the assembly in June,” said Governor Paul Ek.\n")
    article = f" date 2025-10-16 Families wait for the minister\n\n{body}"
    holm = [q for q in _who_said(_deck(tmp_path, body, "Families wait for the minister")) if q["answer"] == "Sandra Holm"]
    assert holm and "[Brandt] was 15 minutes late" in holm[0]["prompt"]
    assert holm[0]["quote"] in article and "David Brandt" not in holm[0]["choices"]
    two = body.replace("Minister David Brandt promised", "Minister David Brandt and Governor Paul Ek promised")
    holm = [q for q in _who_said(_deck(tmp_path, two, "Families wait for the minister")) if q["answer"] == "Sandra Holm"]
    assert all("[" not in q["prompt"] for q in holm)


def test_a_one_word_name_with_no_post_is_neither_answer_nor_choice(tmp_path):
    """'Debates' (from 'the Commission on Presidential Debates'), 'Peabody said', 'Melanie': one capitalised word
    the article never names in full nor describes is a body, a firm or a first name, no one to ask about."""
    from trainer.draft.names import Person
    from trainer.draft.questions import bare_name, standalone_words
    from trainer.draft.text import Body
    standalone = standalone_words(Body("The Commission on Presidential Debates said so. Later Obama and Trump spoke."))
    assert {"Trump", "Obama", "Later", "Commission"} <= standalone and "Debates" not in standalone
    assert bare_name(Person("Debates"), standalone) and bare_name(Person("Melanie"), standalone)
    assert not bare_name(Person("Trump"), standalone)  # a surname the article writes on its own
    assert not bare_name(Person("Obama", role="President")) and not bare_name(Person("Marta Olsen"))
    body = ("The harbour strike in Valmora entered its fourth week on Monday.\n\n"
            "“The pension fund of the dockers is empty since the crash of 2019,” Melanie said.\n\n"
            "“The treasury hid the true cost of the cranes from voters,” said Senator Marta Olsen.\n\n"
            "“Olsen voted twice against the harbour budget she now wants,” said Governor Paul Ek.\n\n"
            "“The port deal will pass the assembly with 60 votes by May,” said Mayor Rosa Ferrante.\n\n"
            "“The cranes will arrive from Genoa in June,” said Minister Ivo Brandt.\n")
    asked = _who_said(_deck(tmp_path, body, "Valmora strike enters fourth week"))
    assert asked and all(q["answer"] != "Melanie" and "Melanie" not in q["choices"] for q in asked)


def test_a_quip_is_no_position_to_ask(tmp_path):
    """'," Olsen quipped': a joke at the debate, however long, is no remark a student should place."""
    body = ("Senator Marta Olsen and Governor Paul Ek debated the harbour in Valmora on Monday.\n\n"
            "“If you ask me one more question about the twelve new cranes, I may have to leave the stage,” "
            "Olsen quipped in reference to the absent minister.\n\n"
            "“The treasury hid the true cost of the cranes from voters,” said Governor Paul Ek.\n\n"
            "“The port deal will pass the assembly with 60 votes by May,” said Mayor Rosa Ferrante.\n\n"
            "“The cranes will arrive from Genoa in June,” said Minister Ivo Brandt.\n")
    asked = _who_said(_deck(tmp_path, body, "Olsen and Ek debate the harbour"))
    assert asked and not any("leave the stage" in q["quote"] for q in asked)
    assert not any("leave the stage" in q["quote"] for q in _who_said(_deck(tmp_path, body.replace("quipped", "joked"),
                                                                            "Olsen and Ek debate the harbour")))
    assert any("leave the stage" in q["quote"]
               for q in _who_said(_deck(tmp_path, body.replace("quipped", "said"), "Olsen and Ek debate the harbour")))


def test_the_rest_of_someone_s_sentence_is_a_fragment_however_long():
    """'is the only candidate that has the experience …': a predicate whose subject stands outside the quote
    reads broken as 'Who said: “is the …”', whatever its length."""
    from trainer.draft.quotes import is_fragment
    assert is_fragment("is the only candidate that has the experience, the temperament and the judgment to lead Valmora")
    assert is_fragment("a good idea")
    assert not is_fragment("the harbour of Valmora needs twelve new cranes before the winter storms arrive in November")
    assert not is_fragment("The treasury cannot pay")
