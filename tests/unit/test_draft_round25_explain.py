"""Issue 10, round 25 (explanations): an explanation says only what is true of its own question."""

from __future__ import annotations

from tests.unit.drafting import analysis, deck

MARKET_FIRE = ("At least nine people were killed and 21 were wounded when a blaze swept through the old harbour "
               "market of Valmora on Friday night.\n\n"
               "Pavel Dorn, the opposition leader, said on Saturday that the city had ignored warnings about the "
               "market's wiring for years. “This cannot continue,” Dorn said. “The council knew the market was a "
               "danger and did nothing.”\n\n"
               "Mayor Ilse Varnow said an inquiry would report within three months.\n")


def test_a_lead_that_sets_the_scene_of_a_headline_about_someone_is_not_called_the_main_claim(tmp_path):
    # the scene shares two of the headline's words (Valmora, market), as a lead under such a headline does
    drafted = deck(tmp_path, MARKET_FIRE, title="Dorn Addresses Valmora Market Fire: ‘This Cannot Continue’")
    toll = next(q for q in drafted["questions"] if q.get("statement", "").startswith("At least nine people"))
    assert "main claim" not in toll["explain"]
    assert toll["explain"].startswith("From the article's lead")


def test_a_lead_about_the_headlines_person_is_still_the_main_claim(tmp_path):
    body = ("Pavel Dorn said on Saturday that the city had ignored warnings about the harbour market's wiring for "
            "years, a day after a fire killed nine people there.\n\n" + MARKET_FIRE.split("\n\n", 1)[1])
    drafted = deck(tmp_path, body, title="Dorn blames Valmora council for market fire")
    claim = drafted["questions"][0]
    assert "main claim" in claim["explain"]


def test_one_of_several_people_a_headline_lists_is_a_part_of_its_claim():
    from trainer.draft.build import headline_people, names_the_headline_people

    found = analysis("Ilse Varnow, Tomas Arkwright and Marta Quellin were paid for speeches while they campaigned, "
                     "records show.\n\nMarta Quellin, a former senator, gave two speeches in October, her aide said. "
                     "Tomas Arkwright said he gave seven. Ilse Varnow said she gave one.\n",
                     header=" date 2025-10-16 Varnow, Arkwright, Quellin earned speaking fees during campaign\n\n")
    assert sorted(headline_people(found)) == ["Arkwright", "Quellin", "Varnow"]
    assert not names_the_headline_people(found, "Marta Quellin gave two speeches in October.")
    assert names_the_headline_people(found, "Ilse Varnow, Tomas Arkwright and Marta Quellin were paid for speeches.")
    # the headline's one person named by a post or a pronoun is still named
    one = analysis("Tomas Arkwright said he was paid for seven speeches.\n",
                   header=" date 2025-10-16 Arkwright earned speaking fees during campaign\n\n")
    assert headline_people(one) == ["Arkwright"]
    assert names_the_headline_people(one, "The Valmora senator was paid for seven speeches.")
    assert names_the_headline_people(one, "He was paid for seven speeches.")
    assert not names_the_headline_people(one, "Seven speeches were paid for.")


# --- 2. a context sentence is about the question's own people, and a description is the article's own --------------

FEES = ("Three Valmora candidates have been paid to give speeches while they campaign for governor, records show.\n\n"
        "Tomas Arkwright just completed a string of seven paid speeches that commanded fees worth as much as "
        "$500,000 in total, according to his financial disclosure. Ilse Varnow’s campaign acknowledged that the "
        "candidate has delivered paid speeches since announcing her bid but declined to provide a list of venues or "
        "fees earned.\n\n"
        "“Nobody should be paid to campaign,” said Marta Quellin, a retired judge who is running against both.\n\n"
        "“If you want somebody who is going to beat Tomas Arkwright, who is going to beat the other candidates, I am "
        "that candidate,” Quellin said.\n\n"
        "“We have nothing to add,” said Ilse Varnow, a former mayor.\n\n"
        "Arkwright said he would give the fees to the harbour fund. “I have nothing to hide,” Arkwright said.\n")
FEES_HEADER = " date 2025-10-16 Arkwright, Varnow, Quellin earned speaking fees during campaign\n\n"


def _explained(found, kind: str, answer=None) -> str:
    from trainer.draft.build import explanation

    candidate = next(c for c in found.candidates
                     if c.fields["type"] == kind and (answer is None or c.fields["answer"] == answer))
    return explanation(found, candidate) or ""


def test_a_figure_about_one_person_is_not_explained_by_a_sentence_about_another():
    found = analysis(FEES, header=FEES_HEADER)
    explained = _explained(found, "number", 500000)
    assert "Context:" not in explained  # not "Ilse Varnow’s campaign acknowledged ..."


def test_a_context_about_the_same_person_still_explains():
    body = FEES.replace("Ilse Varnow’s campaign acknowledged that the candidate has",
                        "Tomas Arkwright’s campaign acknowledged that the candidate has")
    found = analysis(body, header=FEES_HEADER)
    assert "Context: Tomas Arkwright’s campaign acknowledged" in _explained(found, "number", 500000)


def test_about_someone_else_reads_names_pronouns_and_the_quotes_people():
    from trainer.draft.build import about_someone_else, question_people

    surnames = {"Arkwright", "Varnow", "Quellin"}
    assert about_someone_else("Varnow’s campaign declined to comment on the fees.", {"Arkwright"}, surnames)
    assert not about_someone_else("Mr. Arkwright’s fees were the highest.", {"Arkwright"}, surnames)
    assert not about_someone_else("She said Varnow had been paid too.", {"Arkwright"}, surnames)  # goes on about them
    assert not about_someone_else("The fees were the highest in years.", {"Arkwright"}, surnames)  # no one named
    assert not about_someone_else("Varnow’s campaign declined to comment.", set(), surnames)  # a question about no one
    found = analysis(FEES, header=FEES_HEADER)
    quote = {"type": "who_said", "answer": "Marta Quellin", "quote": "Arkwright is going to lose", "prompt": "Who said"}
    assert question_people(found, quote, surnames) == {"Quellin", "Arkwright"}  # whom the speaker speaks of counts


def test_a_description_read_inside_someone_elses_quote_is_not_shown():
    found = analysis(FEES, header=FEES_HEADER)
    explained = _explained(found, "who_said", "Tomas Arkwright")
    assert "who is going to beat the other candidates" not in explained
    # the article's own description still is
    assert _explained(found, "who_said", "Marta Quellin").startswith("Marta Quellin, a retired judge")


def test_a_description_that_runs_into_a_verb_of_saying_is_not_shown():
    from trainer.draft.build import _description_is_someones_words
    from trainer.draft.names import Person

    text = "Katie Packer, who is chairman of the Harbour Fund said in a statement that the ad would run."
    assert _description_is_someones_words(text, Person("Katie Packer", description="who is chairman of the Harbour "
                                                                                   "Fund said in a statement"))
    assert not _description_is_someones_words(text, Person("Katie Packer", description="who is chairman of the "
                                                                                       "Harbour Fund"))


# --- 3. a post in an explanation is the person's and whole -------------------------------------------------------

SENTENCE = ("Valmora’s harbour court sentenced a hacker to four years in prison on Friday.\n\n"
            "“The harbour’s computers hold the records of every ship that has docked here since 1950,” said "
            "Assistant U.S. Attorney Marta Quellin, who asked for the maximum sentence.\n\n"
            "Former U.N. Ambassador Tomas Arkwright said the case showed how weak the port’s defences were. “Every "
            "harbour in the region is open to the same attack,” Arkwright said.\n\n"
            "Harbour Watch! Founder Ilse Varnow said the sentence was too harsh. “He showed us the holes in the wall "
            "and we jailed him for it,” Varnow said.\n")


def test_a_post_cut_at_its_abbreviated_body_is_shown_whole():
    found = analysis(SENTENCE)
    # round 26: names.py now reads the post whole ("Former U.N. Ambassador"), as the article writes it; the
    # explanation writes its "former" in lower case, as a label's adjective
    assert _explained(found, "who_said", "Tomas Arkwright").startswith("Tomas Arkwright: former U.N. Ambassador.")
    assert _explained(found, "who_said", "Marta Quellin").startswith("Marta Quellin: Assistant U.S. Attorney.")


def test_a_post_that_belongs_to_something_unnamed_is_not_shown_bare():
    found = analysis(SENTENCE)
    assert not _explained(found, "who_said", "Ilse Varnow").startswith("Ilse Varnow: Founder")


def test_a_bare_post_that_says_what_the_person_does_stays():
    from trainer.draft.build import _whole_bare_post
    from trainer.draft.names import Person

    text = "The harbour closed, spokesman Tomas Arkwright said."
    person = Person("Tomas Arkwright", role="spokesman", role_at=text.index("Tomas"))
    assert _whole_bare_post(text, person, "spokesman") == "spokesman"
    assert _whole_bare_post(text, person, "spokesman", shown=False) is None  # left out before: stays out


# --- 4. a figure's prompt ends where its fact does -------------------------------------------------------------------

def test_a_with_tail_after_the_blank_is_cut():
    from trainer.draft.build import without_a_cut_tail

    assert without_a_cut_tail("Unemployment in Valmora dipped to ___ in January, with the harbour adding 1,500 jobs "
                              "during the month") == "Unemployment in Valmora dipped to ___ in January."
    assert without_a_cut_tail("Ilse Varnow leads Tomas Arkwright ___ to 44 percent, with voters split along the usual "
                              "lines of age.") == "Ilse Varnow leads Tomas Arkwright ___ to 44 percent."
    # the blank inside the "with" part: the part is the fact
    kept = "The harbour fund grew fast this year, with nearly ___ families giving to it."
    assert without_a_cut_tail(kept) == kept


def test_a_noun_phrase_a_cut_left_hanging_is_cut():
    from trainer.draft.build import without_a_cut_tail

    assert without_a_cut_tail("The donors fear missing Tomas Arkwright's declared goal of ___ - a sum") == \
        "The donors fear missing Tomas Arkwright's declared goal of ___."
    assert without_a_cut_tail("Ilse Varnow won more than ___ of harbour voters in 2012, the most recent election") == \
        "Ilse Varnow won more than ___ of harbour voters in 2012."
    # an ended sentence's appositive is the article's own and stays
    ended = "Unemployment in Valmora fell to ___ in May, the lowest since 2008."
    assert without_a_cut_tail(ended) == ended


def test_a_prompt_ending_on_a_word_that_waits_for_more_is_not_asked():
    from trainer.draft.build import _CUT_END

    assert _CUT_END.search("The ad, part of a ___ buy, starts out hitting Tomas Arkwright on the fact")
    assert _CUT_END.search("Ilse Varnow, who gave away ___ of her shares, just")
    assert not _CUT_END.search("Ilse Varnow gave away ___ of her shares in the fund.")


def test_a_figure_prompt_is_drafted_without_its_with_tail(tmp_path):
    body = ("Unemployment in Valmora dipped to 4.9 percent in January, with the harbour adding 1,500 jobs during the "
            "month – something you would not know if you listened to the opposition.\n\n"
            "Mayor Ilse Varnow said the harbour would hire again in the spring. “We are not done,” Varnow said.\n")
    drafted = deck(tmp_path, body, title="Varnow hails Valmora jobs as unemployment dips below 5 percent")
    prompts = [q["prompt"] for q in drafted["questions"] if q["type"] == "number" and q["answer"] == 4.9]
    assert prompts and all("with the harbour adding" not in p for p in prompts)


def test_a_phrase_set_after_a_dash_is_no_prompt():
    from trainer.draft.build import after_a_dash

    sentence = ("TV ad spending in the harbour race had reached nearly $2 million — a high sum, but still below the "
                "$5 million spent in 2011.")
    assert after_a_dash("A high sum, but still below the ___ spent in 2011.", sentence)
    debt = "Two-thirds of Valmora's graduates left college with debt — $25,550 per graduate as of 2012."
    assert after_a_dash("___ per graduate as of 2012.", debt)
    # the clause before the dash is a question of its own
    assert not after_a_dash("TV ad spending in the harbour race had reached nearly ___.", sentence)
    assert not after_a_dash("___ of graduates left college with debt.", debt)


def test_a_dashed_phrase_drafts_no_figure_question(tmp_path):
    body = ("The harbour race is the costliest Valmora has seen, its candidates say.\n\n"
            "The Harbour Alliance spent far more to help Ilse Varnow — more than $1.5 million in the primary and "
            "general elections.\n\n"
            "“We will spend what it takes,” said Tomas Arkwright, the alliance's director.\n")
    drafted = deck(tmp_path, body, title="Harbour race is Valmora's costliest")
    assert not any(q.get("prompt", "").startswith("Fill in the amount (million US dollars): More than")
                   for q in drafted["questions"])


def test_a_who_clause_after_two_names_describes_both_not_the_last():
    from trainer.draft.build import _description_is_someones_words
    from trainer.draft.names import Person

    text = ("Mayor Ilse Varnow and former harbour master Tomas Arkwright, who are also seeking the seat, spoke on "
            "Monday. Marta Quellin and Pavel Dorn, who also pushed for the sea wall, spoke later.")
    assert _description_is_someones_words(text, Person("Tomas Arkwright",
                                                       description="who are also seeking the seat"))
    assert not _description_is_someones_words(text, Person("Pavel Dorn",
                                                           description="who also pushed for the sea wall"))


def test_a_quotes_attribution_set_apart_is_no_context():
    from trainer.draft.build import _ONLY_WHERE_SAID

    assert _ONLY_WHERE_SAID.match("Quellin said at a press conference, according to the Valmora Sun.")
    assert _ONLY_WHERE_SAID.match("Marta Quellin told reporters during Tuesday’s conference call.")
    assert not _ONLY_WHERE_SAID.match("Quellin said about Arkwright's effort to play down his ties to the port.")
    assert not _ONLY_WHERE_SAID.match("Quellin said the harbour would close in May.")
