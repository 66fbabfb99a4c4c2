"""Round 21 of issue 10's who_said rules (held25/held26 judged: distractors the quote rules out, the quoted span
that misses the point, punctuation). Invented article text only."""

from __future__ import annotations

import drafting

HEADER = " date 2025-10-16 {}\n\n"
TITLE = "Brenner runs the harbour playbook again"


def _questions(body: str, title: str = TITLE) -> dict[str, dict]:
    """Each who_said candidate's prompt -> its fields (before the deck's selection)."""
    return {c.fields["prompt"]: c.fields for c in drafting.analysis(body, HEADER.format(title)).candidates
            if c.fields.get("type") == "who_said"}


#: An analyst's "he" goes on about the candidate named paragraphs before; the candidate himself is quoted too.
PLAYBOOK = (
    "Thomas Brenner won the harbour seat in 2019 after a long campaign of town meetings. \"We went to every pier "
    "and every union hall,\" Brenner said at the time.\n\n"
    "Brenner beat Paul Dunmore in the runoff and went on to win the seat easily.\n\n"
    "His run for mayor appears to follow the same plan, said Erik Solberg, director of the Valmora Politics "
    "Project at the University of Valmora.\n\n"
    "\"He is in very good shape, even though he has spent six years in the council,\" Solberg said.\n\n"
    "Brenner will have a harder time in the general election, said Henrik Lund, a professor at the Valmora "
    "School of Government. Lund said the coastal vote would decide it.\n\n"
    "\"The giant difference is that the city is not the harbour,\" Lund said. \"That is his problem.\"\n\n"
    "Another analyst, Jonas Vik of the Nordhavn Institute, said Brenner had raised 2 million crowns. \"The "
    "money will keep him in the race through the spring,\" Vik said. Dunmore said he would not run again.\n")


def test_the_one_an_analysts_he_goes_on_about_is_no_choice():
    """held26: "He's in pretty good shape, even though he's a U.S. senator." (Henson) and "The giant difference is
    that America is not Texas." "That's his problem." (Sabato) offered Ted Cruz, whom both talk about, as a choice:
    the paragraphs before name only the analyst, so the "he" is the subject of a sentence further back; and the
    second sentence asked with the first talks about someone too."""
    found = _questions(PLAYBOOK)
    shape = next(f for p, f in found.items() if "very good shape" in p)
    assert shape["answer"] == "Erik Solberg"
    assert "Thomas Brenner" not in shape["choices"]
    problem = next(f for p, f in found.items() if "giant difference" in p and "his problem" in p)
    assert problem["answer"] == "Henrik Lund"
    assert "Thomas Brenner" not in problem["choices"]


#: A governor's praise, three other people quoted saying something, and a president quoted in one scare-quoted word.
PRAISE = (
    "The harbour authority's chief, Roald Ness, will step down in March after twenty years.\n\n"
    "When President Maria Olsen wanted to attack the levy, she called it a \"theft\" on the harbour radio.\n\n"
    "\"Roald Ness is the rare official who says out loud what the dock workers are thinking,\" said Gov. Harald "
    "Strand, who hired Ness as a consultant in 2009.\n\n"
    "\"The authority made the dredging contract an issue, and then the council made it an issue,\" said Anders "
    "Moe, a former council member.\n\n"
    "\"You have to answer to the shippers, so nothing will change,\" said Knut Berge, the former senator.\n\n"
    "\"I do think the radio helped Strand enormously,\" said Lars Holm, a former aide to the governor.\n\n"
    "\"The levy will cost every dock worker 300 crowns a year,\" said Gov. Eva Lunde of the northern province.\n\n"
    "\"Olsen's theft line was the moment the harbour turned against the levy,\" said Sen. Ole Rask.\n")


def test_someone_quoted_saying_nothing_is_no_choice_where_the_quoted_fill_them():
    """held25: Barack Obama (quoted only in a scare-quoted word) offered for a governor's praise of Fox's chief and
    for Trump's birther line, while Santorum and King, quoted at length, were not (edit by both judges)."""
    found = _questions(PRAISE)
    praise = next(f for p, f in found.items() if "rare official" in p)
    assert praise["answer"] == "Harald Strand"
    assert len(praise["choices"]) == 4
    for fields in found.values():
        assert "Maria Olsen" not in fields["choices"], fields["prompt"]


def test_the_head_of_an_academy_is_no_politician():
    """held25: the president of the government's Federal Academy for Security Policy was read as a politician,
    so Angela Merkel stood beside him and the analysts' choices fell through."""
    from trainer.draft import questions as qs
    assert qs._NO_POLITICIAN.search("the president of the government's Federal Academy for Security Policy")


def _speakers(body: str) -> list[tuple[str, str]]:
    return [(f.speaker.name, f.text) for f in drafting.analysis(body, HEADER.format(TITLE)).quotes]


def test_a_former_officials_name_before_of_and_a_place_speaks():
    """held26: '"…," said former Gov. Bill Richardson of New Mexico, a Democrat who ran for president in 2008.'
    found no speaker ("former" kept the name and its place together), so a quoted Democrat was no choice beside
    Vilsack's line while Sanders and Trump were. A post before "of" stays whole ("former Secretary of State")."""
    body = ('"The old harbour was marginal and now it is the main issue," said former Gov. Bill Richardson of '
            'Nordland, a Democrat who ran for mayor in 2008. "We have to take better care of our young voters."\n\n'
            '"The levy is a tax on the fishing families," said former Secretary of State John Kerry.\n')
    found = _speakers(body)
    assert ("Bill Richardson", "The old harbour was marginal and now it is the main issue") in found
    assert any(name == "John Kerry" for name, _ in found)


def test_a_surname_that_is_a_posts_word_after_a_middle_initial():
    """held25: "Representative Peter T. King, Republican of New York, said" was read as "Peter T." and his two
    quotes went to no one; the judges asked for King as a choice beside Trump's and Branstad's lines."""
    body = ('"You did feel that the radio was stifling," Representative Peter T. King, Republican of Nordland, said '
            'of life before the harbour station.\n\nThe council met on Friday.\n')
    assert _speakers(body) == [("Peter T. King", "You did feel that the radio was stifling")]


def test_the_clause_with_the_claim_is_shown_not_a_tail_that_refers_back_with_a_year():
    """held25: "…and this topic was actively discussed from 2010-2011 when the war … seemed inevitable." was shown
    of a long quote whose claim was "considering Azerbaijan as a possible ally against Iran" (edit, both judges):
    a year dates a remark and is no figure, and a clause opening on "this"/"it" says nothing cut from its
    sentence."""
    from trainer.draft import questions as qs
    quote = ("Nordland has had very good relations with Valmora for the past decade as they were (and perhaps are "
             "now) considering Valmora as a possible ally against Ostmark. In case of a war against Ostmark, they "
             "could use the harbours of Valmora to land troops, and this topic was actively discussed from "
             "2010-2011 when the war between a Nordland-Westland alliance and Ostmark seemed inevitable.")
    shown = qs.point_quote(quote)
    assert "ally against Ostmark" in shown and "2010-2011" not in shown
    assert qs.substance("The levy was discussed in 2019 and again in 2020-2021") < qs.substance(
        "The levy was discussed by 300 dock workers and again by 2,000")


def test_the_speakers_verdict_after_a_long_sentence_is_the_point_shown():
    """held25: a long quote cut before its point ("Unfortunately, hypocrisy is a small price to pay in exchange for
    military bases and petroleum"): a sentence opening on the speaker's verdict is shown."""
    from trainer.draft import questions as qs
    quote = ("Nordland prides itself in being the leading voice in the region championing value-based interest "
             "formations as the basis of a new post-war regional political order, while the Harbour League's "
             "creation at inception can be argued to have absolutely depended on it. Unfortunately, hypocrisy is a "
             "small price to pay in exchange for naval bases and fishing rights")
    assert qs.point_quote(quote).endswith("hypocrisy is a small price to pay in exchange for naval bases and "
                                          "fishing rights")


def test_a_part_of_a_quote_with_an_ellipsis_that_opens_mid_sentence_or_in_someone_elses_words_is_not_shown():
    """held25: "…because, you know, he knows how to do it' suggests [Clinton is] no longer touting …" (a critic's
    quote of the candidate's words, cut at its '…' inside them) and "first to the Armenians, then after …" (the
    lower-case part after a speaker's '...'): both opened mid-fragment (edit, both judges)."""
    from trainer.draft import questions as qs
    assert qs._without_ellipsis(
        "Brenner's statement that he'd put Dana Velloway 'in charge of rebuilding the harbour ... because, you know, "
        "she knows how to do it' suggests he's no longer touting the council's record") is None
    assert qs._without_ellipsis("It happened so many times...first to the fishermen, then after the fishermen, "
                                "the dockers lost their jobs") != "first to the fishermen, then after the fishermen, the dockers lost their jobs"
    assert qs._without_ellipsis("I don't think the levy is 'fair' at all ... We will fight the levy in court") \
        == "I don't think the levy is 'fair' at all"
    # a short one is shown whole, its parts joined by " … " (the quote field keeps one part, which the checker finds)
    assert qs.with_ellipsis("It happened so many times...first to the fishermen, then after the fishermen, the "
                            "dockers lost their jobs") == ("It happened so many times … first to the fishermen, then "
                                                          "after the fishermen, the dockers lost their jobs")
    assert qs.with_ellipsis("Brenner's statement that he'd put Dana Velloway 'in charge of the harbour ... because "
                            "she knows how to do it' suggests he's no longer touting the council's record") is None
    assert qs.unbalanced_inner("she knows how to do it' suggests he's no longer touting it")
    assert not qs.unbalanced_inner("The Clintons' years were good, and we said 'no more' to the levy")


def test_a_stop_doubled_after_an_inner_quotation_is_shown_once():
    """held25: "… the No.1 comment they get on the campaign trail is 'I saw you on Fox.'." (the article's own
    doubled stop) shown as it was (edit, both judges: broken punctuation)."""
    from trainer.draft import questions as qs
    shown = qs.point_quote("My bosses, whoever they have been, the No.1 comment they get at the docks is 'I saw you "
                           "on the harbour radio.'.")
    assert shown.endswith("radio.'") and ".'." not in shown


def test_an_aside_between_dashes_is_left_out_of_a_long_quote_rather_than_cut_inside():
    """held25: "A birther is a person that wants - these are great Americans in many cases, in most cases…" cut
    inside the aside before "they want to see the president was born in this country" (edit: a dash-broken
    truncation)."""
    from trainer.draft import questions as qs
    quote = ("A levy critic is a person that wants - these are great people in many cases, in most cases - they "
             "want to see the harbour was never sold to the shipping company in the first place, and that is all")
    shown = qs.point_quote(quote)
    assert "they want to see the harbour was never sold" in shown and "great people" not in shown
    assert qs.point_quote("A short one - with an aside - stays whole.") == "A short one - with an aside - stays whole."
    stammer = ("As far as what the mayor has done, she has actually been the only — the only — councillor, whether we "
               "are talking of the north ward or the south ward, who came to the harbour to ask how to help")
    assert "the only councillor" in qs.point_quote(stammer)


def test_an_analysts_framing_with_no_answer_is_a_fragment():
    """held25/held26: "To what extent does Bill Clinton's mixed policy agenda map out to the current campaign?
    That's the challenge" and "The Iowa caucuses are all about beating expectations" (deleted as fragments by
    both judges: framing any analyst could say). A framing with a figure, or a claim after it, stays."""
    from trainer.draft import questions as qs
    for line in ("To what extent does the mayor's mixed harbour agenda map out to the current vote? That's the "
                 "challenge",
                 "The Valmora caucuses are all about beating expectations",
                 "I do think the harbour radio helped Brenner enormously",  # held25: Rick Tyler on Fox and Trump
                 "He's in pretty good shape, even though he's a harbour councillor."):  # held26: Henson on Cruz
        assert qs.pointless(line), line
    for line in ("What will the levy cost the dockers? That is the question the council never answered in 2019.",
                 "This election is all about the 300 crowns every docker pays",
                 "I think the debate helped him because he named the 3 ports he would close"):
        assert not qs.pointless(line), line


def test_a_speaker_introduced_by_her_line_of_work_after_the_verb_is_a_person_whatever_her_given_name():
    """held17: '"…," said Montclair State University political scientist Brigid Harrison.' (a given name the lexicon
    lacks): no person, no quote, so the judges' choice for two analysts' lines (Harrison) was never offered and
    a bare 'Obama' stood in. "a former Miss Universe" after "says" is no one."""
    body = ('"Brenner was able to out-harbour the harbour master," said Valmora State University political '
            'scientist Brigid Tallow.\n\nThe mayor says the levy helped a former Miss Universe buy a boat.\n')
    found = drafting.analysis(body, HEADER.format(TITLE))
    assert [f.speaker.name for f in found.quotes] == ["Brigid Tallow"]
    assert "Miss Universe" not in {p.name for p in found.names.people}


def test_a_clause_that_refers_back_to_those_issues_is_shown_with_the_clause_that_names_them():
    """held24: "…I don't think anybody gets the Republican nomination that's not in sync with … on those two key
    issues." (edit, both judges: say trade and immigration, named in the clause before)."""
    from trainer.draft import questions as qs
    quote = ("I am a big fan of the mayor. She is a good person, and she is smart, but the levy and the ferry will be "
             "important, and nobody wins the harbour ward who is not with the dockers on those two key issues.")
    assert qs.point_quote(quote) == ("…the levy and the ferry will be important, and nobody wins the harbour ward who "
                                     "is not with the dockers on those two key issues.")


def test_a_quote_that_names_its_he_excludes_no_one_else():
    """held23: "She needs Barack Obama to build up the enthusiasm of the winning coalition that he brought forth"
    (Purdy) excluded Allan Lichtman, the analyst quoted just before, as the one its "he" goes on about, and a name
    from the article's margins (Monica Lewinsky) stood in: the quote names its "he" itself."""
    body = ("\"You can't run away from the mayor of your own party,\" said Harald Lund, a harbour historian. "
            "Lund said the old harbour master \"wrapped himself in the mantle of the mayor.\"\n\n"
            "\"I think there's a sense in which Brenner needs Thomas Hale's coattails,\" said Erik Solberg, a "
            "harbour historian. \"Brenner needs Thomas Hale to rebuild the coalition that he brought forth in "
            "2019.\"\n\n"
            "\"The levy is a tax on every docker,\" said Jonas Vik, an economist at the Nordhavn Institute.\n\n"
            "\"The ferry will cost 300 crowns a trip,\" said Knut Berge, a harbour analyst.\n")
    found = drafting.analysis(body, HEADER.format(TITLE))
    coalition = next(f for f in found.quotes if f.text.startswith("Brenner needs"))
    assert "Harald Lund" not in coalition.talked_about


def test_an_official_reported_as_speaking_stays_a_choice_beside_an_expert():
    """held19: Defense Secretary Ash Carter, reported as speaking but never quoted, stood beside an expert's verdict
    and both judges kept it ("Preble and Carter real distractors"): only someone quoted saying nothing (a word in
    scare quotes) is set aside beside anyone."""
    found = _questions(PRAISE)
    assert all("Maria Olsen" not in f["choices"] for f in found.values())
    from trainer.draft.questions import _Distractors, distractor_pool
    analysed = drafting.analysis(PRAISE + "\nDefense Minister Ola Strand said on Monday that the levy would stay.\n",
                                 HEADER.format(TITLE))
    pool = _Distractors(distractor_pool(analysed.quotes, analysed.names.people), analysed.quotes,
                        analysed.names.people, voiced=frozenset({"Ola Strand"}))
    assert pool.plausible("Harald Strand", "Ola Strand")


def test_a_name_that_came_through_broken_characters_is_no_choice():
    """held11: "Representative RaÃol M. Grijalva" (Raúl, its bytes read wrongly) offered as a choice."""
    body = ("''There is a greater goal here,'' said Representative RaÃol M. Grijalva of Nordland, a co-chairman of "
            "the harbour caucus.\n\n\"The levy will cost 300 crowns,\" said Thomas Brenner, the union leader.\n")
    found = drafting.analysis(body, HEADER.format(TITLE))
    assert not any("Ã" in p.name for p in found.names.people)


def test_a_stock_second_sentence_is_not_joined_to_the_point():
    """held25: "Bill Clinton is well aware that the economy has changed since the 1990s. He would recommend policies
    that would strengthen the economy, especially for the middle class…" (edit: drop the stock second sentence)."""
    body = ("\"Thomas Brenner is well aware that the harbour has changed since the 1990s,\" said Jonas Vik, an "
            "economist at the Nordhavn Institute. \"He would recommend policies that would strengthen the harbour, "
            "especially for the middle class.\"\n\n"
            "\"The levy will cost 300 crowns,\" said Knut Berge, a harbour analyst.\n\n"
            "\"The ferry will cost 200 crowns,\" said Henrik Lund, a harbour historian.\n\n"
            "\"The dredging will cost 900 crowns,\" said Erik Solberg, a harbour economist.\n")
    prompts = [p for p in _questions(body) if "well aware" in p]
    assert prompts and all("strengthen" not in p for p in prompts)
    from trainer.draft import questions as qs
    assert qs.pointless("[Brenner] would recommend policies that would strengthen the harbour, especially for the middle "
                        "class, in the current environment.")


def test_a_reported_clause_keeps_its_subject_from_before_a_parenthetical_attribution():
    """held14: 'Her countrymen, she said, should not listen to "those with coldness …"' was asked as "Who said that
    should not listen to “…”?" (garbled, edit by both judges): the subject before ", she said," comes along."""
    body = ("Chancellor Maria Olsen spoke in the harbour hall on Friday.\n\n"
            "Her countrymen, she said, should not listen to \"those with coldness in their hearts who claim the harbour "
            "for themselves alone.\"\n\n\"The levy will cost 300 crowns,\" said Knut Berge, a harbour analyst.\n")
    found = _questions(body)
    assert not any(p.startswith("Who said that should") for p in found)
    asked = next(f for p, f in found.items()
                 if p.startswith("Who said that her countrymen should not listen to “those with coldness"))
    assert asked["quote"] in body  # the quote stays the article's own words, as the checker reads them


def test_where_someone_works_right_after_the_name_says_what_they_are():
    """held17: "says Stu Rothenberg of the non-partisan Rothenberg-Gonzales Political Report" gave him no post, so
    Hillary Clinton and Jeb Bush stood beside an analyst's reading as if he were a politician (edit, both
    judges): the words after "of the" introduce him, and a political report's man is no politician."""
    from trainer.draft import questions as qs
    body = ('"The levy raises questions about how the mayor will handle defeat," says Jonas Vik of the non-partisan '
            'Vik-Lund Harbour Report.\n\nThe council met on Friday.\n')
    found = drafting.analysis(body, HEADER.format(TITLE))
    intros = qs.introductions(found.body, found.names)
    assert "Harbour Report" in intros["jonas vik"]
    assert qs._NO_POLITICIAN.search(intros["jonas vik"])
