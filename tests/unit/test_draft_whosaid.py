"""who_said questions, speakers and posts a teacher keeps (issue 10): one test per rule, on invented articles."""

from __future__ import annotations

from pathlib import Path

from trainer.draft.build import analyse, draft_deck
from trainer.draft.questions import WhoSaid, WhoSaidRules, main_speakers
from trainer.draft.text import parse_article

HEADER = " date 2025-10-16 A test article\n\n"


def _analysis(body: str):
    return analyse(parse_article(Path("article.txt"), HEADER + body))


def _said(body: str) -> dict[str, str]:
    """Quote (as drafted) -> speaker, for every who_said candidate, whatever its confidence."""
    return {c.fields["quote"]: c.fields["answer"] for c in _analysis(body).candidates if c.fields["type"] == "who_said"}


def _deck(tmp_path: Path, body: str) -> dict:
    article = tmp_path / "article.txt"
    article.write_text(HEADER + body, encoding="utf-8")
    return draft_deck([article], cwd=tmp_path, learned_filter=False)[0]  # a rule test (tests/unit/drafting.py)


def test_two_apostrophes_are_a_quote_mark():
    """Newspaper archives print ''double quotes'' as two apostrophes: those quotes are drafted too."""
    said = _said("''The harbour will reopen within a month,'' said Senator Marta Olsen of Maine.\n\n"
                 "Mr. Olsen's aide said nothing.\n")
    assert said == {"The harbour will reopen within a month": "Marta Olsen"}


def test_a_quote_attributed_to_no_one_person_lends_no_speaker():
    """'," concluded a 2013 study' and '," wrote A, B and C': the quote is not given to the speaker of the next
    or the previous quote."""
    said = _said("“Tariffs rarely protect the jobs they promise to protect,” concluded a 2019 study in the journal. "
                 "“Our advice to governments is to avoid them,” wrote Elena Ruiz, Tom Baker and Ana Lima.\n\n"
                 "“The study is wrong about steel,” said Minister Ivo Brandt. “Steel jobs came back,” Brandt added.\n")
    assert "Tariffs rarely protect the jobs they promise to protect" not in said
    assert "Our advice to governments is to avoid them" not in said
    assert said["The study is wrong about steel"] == "Ivo Brandt"


def test_a_name_after_a_possessive_post_is_the_speaker():
    """'," the bank's chief economist, Laszlo Varga, told reporters.': the name in the appositive speaks."""
    said = _said("“Inflation will fall below three percent by the spring,” the bank's chief economist, Laszlo Varga, "
                 "told reporters on Monday.\n")
    assert said == {"Inflation will fall below three percent by the spring": "Laszlo Varga"}


def _prompts(body: str) -> dict[str, str]:
    return {c.fields["prompt"]: c.fields["answer"] for c in _analysis(body).candidates if c.fields["type"] == "who_said"}


def test_a_fragment_is_asked_with_the_clause_that_gives_it_sense():
    """'Olsen said any budget "must protect the ports" this year' is asked as the reported clause, not as
    the bare words, which anyone could have said; its proof is the clause, verbatim."""
    body = ("Senator Marta Olsen and Minister Ivo Brandt met on Monday.\n\n"
            "Olsen said any budget that cuts shipping \"must protect the ports\" of the north this year.\n\n"
            "The unions are \"running out of patience,\" Brandt said.\n")
    prompts = _prompts(body)
    assert prompts == {
        "Who said that any budget that cuts shipping “must protect the ports” of the north this year?": "Marta Olsen",
        "Who said that the unions are “running out of patience”?": "Ivo Brandt",
    }
    quotes = [c.fields["quote"] for c in _analysis(body).candidates if c.fields["type"] == "who_said"]
    assert all(quote in body for quote in quotes)


def test_a_fragment_without_such_a_clause_is_not_asked():
    """A few words in lower case with no reported clause around them (or one that names the speaker, or
    holds someone else's quote) are no question."""
    body = ("Minister Ivo Brandt spoke on Monday.\n\n"
            "“We will build the port,” Brandt said. “If someone says \"give us the money,\" well, we will see about that.”\n\n"
            "Brandt, asked about the ports, said only \"within eighteen months.\"\n")
    prompts = list(_prompts(body))
    assert not [p for p in prompts if "eighteen months" in p or p.endswith("someone says”")]
    assert "Who said: “We will build the port”" in prompts


def test_no_who_said_on_passers_by_nor_as_distractors():
    """Which delegate or voter said something is no question; they are no distractors for a minister either."""
    body = ("Minister Ivo Brandt and Senator Marta Olsen spoke at the congress, with Governor Paul Ek and Mayor Rita Moss.\n\n"
            "“The ports will reopen in May,” Brandt said. “The money is there,” Olsen said. "
            "“We have waited long enough,” Ek said. “The city is ready,” Moss said.\n\n"
            "“I came because my town lost its ferry,” said Jane Ross, a union delegate from Tromso. "
            "Voter Carl Lund said: “Nobody listens to the north.” “I want my job back,” said Ola Berg, 58, of Narvik.\n")
    candidates = [c for c in _analysis(body).candidates if c.fields["type"] == "who_said"]
    answers = {c.fields["answer"] for c in candidates}
    assert answers == {"Ivo Brandt", "Marta Olsen", "Paul Ek", "Rita Moss"}
    offered = {name for c in candidates for name in c.fields["choices"]}
    assert not offered & {"Jane Ross", "Carl Lund", "Ola Berg"}


def _roles(body: str) -> dict[str, str]:
    return {c.fields["prompt"]: c.fields["answer"] for c in _analysis(body).candidates if c.key[0] == "role"}


POSTS = ("Former defence secretary Ana Lima, central bank governor Rolf Dahl, trade commission director "
         "Ines Vik and chief economist of the Trade Council Ola Ness met Senator Marta Olsen.\n\n"
         "Lima, appointed on Monday, spoke first. Dahl spoke next. Vik said little. Ness left early. Olsen stayed.\n")


def test_role_questions_only_on_posts_that_say_something():
    """'What post does Senator X hold?' asks a label; a post with its body, held by someone the article comes back
    to and the story's news (round 14: Lima was appointed), is asked with posts of the same kind as choices."""
    roles = _roles(POSTS)
    assert "What post does Marta Olsen hold, according to the article?" not in roles
    prompt = "What post does Ana Lima hold, according to the article?"
    assert roles[prompt] == "Former defence secretary"
    choices = next(c.fields["choices"] for c in _analysis(POSTS).candidates if c.fields.get("prompt") == prompt)
    assert "Senator" not in choices and len(choices) == 4


def test_no_role_question_on_a_post_cut_from_its_owner_or_a_plural():
    """'a spokeswoman for Hillary Clinton' gives Clinton no post; 'Presidents Obama and Bush' is no one's post."""
    from trainer.draft.names import find_names
    from trainer.draft.text import Body

    names = find_names(Body("“We disagree,” said a spokeswoman for Marta Olsen. Presidents Ivo Brandt and Paul Ek met.\n"))
    roles = {p.name: p.role for p in names.people}
    assert roles.get("Marta Olsen") is None
    assert not _roles("Presidents Ivo Brandt and Paul Ek met. Brandt left. Ek stayed.\n")


def test_a_shared_surname_goes_to_the_latest_full_mention():
    """Two people named Brandt: 'Brandt said' and 'he said' stand for the Brandt named in full last, not the first."""
    said = _said("Candidate Ivo Brandt opened the debate on taxes.\n\n"
                 "Later, Interior Minister Karl Brandt spoke about the election's computers. "
                 "Brandt said officials should ask for help. “There is no single point of failure in the system,” he said.\n\n"
                 "“We have checked every machine twice,” Brandt added.\n")
    assert said["There is no single point of failure in the system"] == "Karl Brandt"
    assert said["We have checked every machine twice"] == "Karl Brandt"


def test_a_coalition_or_league_is_no_person():
    """'the EB-5 Investment Coalition': an organisation's name is never a speaker nor a distractor."""
    from trainer.draft.names import find_names
    from trainer.draft.text import Body

    names = find_names(Body("Ana Lima, who leads the Harbour Investment Coalition, said the Urban League agreed.\n"))
    assert [p.name for p in names.people] == ["Ana Lima"]


def test_a_speaker_after_a_title_or_with_a_country_for_a_surname():
    """'," said Rep. G.K. Olsen (D-Me.)' and '," harbour police Chief Chuck Jordan said': both are named speakers."""
    said = _said("“The vote was a disgrace,” said Rep. G.K. Olsen (D-Me.), head of the harbour caucus.\n\n"
                 "“We will find who did this,” harbour police Chief Chuck Jordan said Monday.\n")
    assert said == {"The vote was a disgrace": "G.K. Olsen", "We will find who did this": "Chuck Jordan"}


def test_the_article_s_main_speaker_may_be_asked_more_often():
    """Two who_said questions per speaker (on two points), one more for a speaker the title or lead names when
    two others are quoted: what they said is the story."""
    statements = ["the ports will reopen to the container ships", "the treasury has the money for the cranes",
                  "the unions agree to the new night shifts", "the ferries will run every hour from the islands"]
    brandt = "".join(f"Brandt spoke again.\n\n“I can tell you that {s},” Brandt said.\n\n" for s in statements)
    olsen = "".join(f"Olsen spoke again.\n\n“No, {s} only in May,” Olsen said.\n\n" for s in statements)
    body = (f"Minister Ivo Brandt defended his budget on Monday. Mayor Rosa Ferrante listened.\n\n{brandt}"
            f"Senator Marta Olsen, of the opposition, disagreed.\n\n{olsen}"
            "“The ports need the money now,” said Governor Paul Ek.\n")
    analysis = analyse(parse_article(Path("article.txt"), " date 2025-10-16 Brandt defends the budget\n\n" + body))
    main = main_speakers(analysis.body, analysis.names, analysis.quotes, analysis.article.title, 60)
    assert main == {"Ivo Brandt"}
    rules = WhoSaidRules(analysis.body, analysis.quotes, None, 2, main, analysis.candidates)
    taken = [c.speaker for c in analysis.candidates if isinstance(c, WhoSaid) and rules.allows(c)]
    assert taken.count("Ivo Brandt") == 3
    assert taken.count("Marta Olsen") == 2


def test_quotes_before_one_attribution_are_asked_as_one_clause():
    """'Ports are “the backbone of the north” and “worth every krone,” Ivo Brandt, the minister, proclaimed':
    one question with the whole clause, the sentence's first word in lower case after 'that'."""
    prompts = _prompts("Ports are “the backbone of the north” and “worth every krone,” Ivo Brandt, the minister of "
                       "transport, proclaimed on Tuesday. Brandt later left the ports.\n")
    assert prompts == {"Who said that ports are “the backbone of the north” and “worth every krone”?": "Ivo Brandt"}


def test_no_person_from_a_headline_a_place_or_a_pseudonym():
    """A title-case headline ('Ivo Brandt Receives More Bad News'), a place after a preposition ('delegates in
    Tromso said') and a name only ever quoted ('the pseudonym “Carl Danger”') are offered as no speaker."""
    body = ("Ivo Brandt Receives More Bad News After The Vote.\n\n"
            "Minister Ivo Brandt lost his seat. He once wrote under the pseudonym “Carl Danger,” his aide said.\n\n"
            "Delegates in Tromso said they were glad. “We will appeal the result,” Brandt said. "
            "“The count was fair,” said Senator Marta Olsen. “So it was,” said Governor Paul Ek.\n")
    candidates = [c for c in _analysis(body).candidates if c.fields["type"] == "who_said"]
    offered = {name for c in candidates for name in c.fields["choices"]}
    assert offered == {"Ivo Brandt", "Marta Olsen", "Paul Ek"}


def test_a_reported_clause_starts_after_said_friday_that_and_names_carry_no_title():
    """'City Attorney Rolf Dahl said Friday that the ad “wrongly” suggests…': asked as 'Who said that the ad…',
    answered 'Rolf Dahl' (never 'City Attorney Rolf Dahl'); 'Trump called it “a good idea”' is no clause."""
    prompts = _prompts("City Attorney Rolf Dahl said Friday that the advertisement “unmistakably and wrongfully” "
                       "suggests the police support the campaign. Minister Ivo Brandt called it “a good idea” anyway.\n")
    assert prompts == {"Who said that the advertisement “unmistakably and wrongfully” suggests the police support "
                       "the campaign?": "Rolf Dahl"}


def test_no_true_false_on_a_passer_by_s_words():
    """'Jane Ross said “…”' (a delegate) is no true/false statement either."""
    body = ("Minister Ivo Brandt and Senator Marta Olsen spoke at the congress.\n\n"
            "“I came because my town lost its ferry last winter,” said Jane Ross, a union delegate from Tromso.\n\n"
            "“The ports will reopen in May,” Brandt said. “The money is there,” Olsen said.\n")
    statements = [c.fields.get("statement", "") for c in _analysis(body).candidates if c.fields["type"] == "true_false"]
    assert not [s for s in statements if "Jane Ross" in s or "ferry" in s]


def test_a_shared_surname_is_not_given_to_someone_named_as_an_object():
    """'a photo of Heidi Brandt. “…,” Brandt said.': the Brandt who speaks is the senator, not the one in the photo."""
    said = _said("Senator Ivo Brandt lost the primary in May.\n\n"
                 "His rival shared a photo of Heidi Brandt, his wife. "
                 "“I do not support people who attack my wife,” Brandt said in July.\n")
    assert said == {"I do not support people who attack my wife": "Ivo Brandt"}


def test_a_word_before_an_institution_s_head_is_no_speaker():
    said = _said("Ana Lima, who leads the EB-5 Investment Coalition, said the rules were fair. "
                 "“The program transformed poor areas,” she said.\n")
    assert said == {"The program transformed poor areas": "Ana Lima"}


def test_names_are_full_and_common_words_are_no_people():
    """'Joseph R. Biden Jr.' is Biden: 'Biden said' answers with the full name; 'Investigations said' (a plural the
    article also writes in lower case) is nobody."""
    said = _said("Vice President Joseph R. Biden Jr. visited the port. Investigations said the port was safe "
                 "after two investigations.\n\n“The port is open for business,” Biden said.\n")
    assert said == {"The port is open for business": "Joseph R. Biden Jr"}


def test_a_name_starts_at_its_given_name_not_at_a_title_the_lexicon_lacks():
    """'Harbour Ombudsman Karen Vik said' answers 'Karen Vik', never 'Harbour Ombudsman Karen Vik'."""
    said = _said("“The harbour fees broke the law,” Harbour Ombudsman Karen Vik said on Monday. "
                 "“We will appeal,” said New York City Public Advocate Trish James.\n")
    assert said == {"The harbour fees broke the law": "Karen Vik", "We will appeal": "Trish James"}


def test_a_sentence_keeps_both_apostrophes_of_a_closing_mark():
    from trainer.draft.text import Body

    body = Body("He pivoted to a ''rigged economy.'' Ben Carson struggled.")
    assert [body.text[s.start : s.end] for s in body.sentences] == ["He pivoted to a ''rigged economy.''",
                                                                    "Ben Carson struggled."]


def test_he_said_after_a_sentence_of_reported_speech_is_its_speaker():
    """'Sandy Vik, who lost her daughter in the flood, said that Brandt had been rude. “…,” she said': the pronoun
    stands for the one who reported speech in the sentence before, not for the last person named."""
    said = _said("Minister Ivo Brandt met the families on Friday with Senator Marta Olsen.\n\n"
                 "Sandy Vik, who lost her daughter Jessica in the flood, said that Brandt had been rude to the families. "
                 "“He promised to meet with us face to face,” she said.\n")
    assert said["He promised to meet with us face to face"] == "Sandy Vik"


def test_a_tweet_s_opening_handle_mark_is_not_shown():
    prompts = _prompts("Minister Ivo Brandt and Senator Marta Olsen argued. Governor Paul Ek watched.\n\n"
                       "“.@IvoBrandt put the shipowners before the families,” Olsen tweeted.\n")
    assert "Who said: “@IvoBrandt put the shipowners before the families”" in prompts


def test_a_speaker_question_explains_who_the_speaker_is(tmp_path):
    """A speaker with no post is explained by how the article introduces them; an item of a list is no one's
    description."""
    deck = _deck(tmp_path, "Minister Ivo Brandt, Senator Marta Olsen and Governor Paul Ek met the families.\n\n"
                           "“We are still waiting for justice,” said Jillian Vik, who lost her sister in the flood.\n\n"
                           "Present were harbour chief Ola Berg, retired judge Kari Lund, and others.\n\n"
                           "“The inquiry into the flood will report to the assembly in June,” said Senator Marta Olsen.\n")
    question = next(q for q in deck["questions"] if q["type"] == "who_said" and q["answer"] == "Jillian Vik")
    assert question["answer"] == "Jillian Vik"
    assert question["explain"].startswith("Jillian Vik, who lost her sister in the flood.")
    from trainer.draft.names import find_names
    from trainer.draft.text import Body

    names = find_names(Body("Ohio Gov. John Kasich, retired neurosurgeon Ben Carson, and others spoke.\n"))
    assert all(p.description is None for p in names.people)


def test_a_long_quote_is_not_cut_inside_an_inner_quote():
    from trainer.draft.questions import short_quote

    text = ("Because this is an opportunity for them to emphasize their experience and give the kinds of speeches "
            "and explanations of this threat that will prompt people to say, 'Hey, they know what they are doing.'")
    cut = short_quote(text)
    assert "'Hey" not in cut and cut.endswith("…")


def test_a_crowd_s_chant_and_a_label_in_quotes_are_nobody_s_remark():
    """At a rally, what the crowd chants is not the words of the speaker on stage, however close his name
    stands; a label in quote marks ('so-called', 'known as', 'what critics call') is no one's remark either.
    But 'what she calls “…”' is hers."""
    body = ("Senator Ivo Brandt spoke for an hour at the rally in Dover on Monday.\n\n"
                 "“We will build the biggest terminal in Europe,” Brandt said, and the crowd began to chant, "
                 "“Build the port, build the port right now!”\n\n"
                 "“Close the harbour to the foreign ships tonight!” his supporters shouted.\n\n"
                 "Brandt attacked what critics call the “cranes for jobs swap across the whole harbour” on Monday.\n\n"
                 "Mayor Rosa Ferrante said she admired what she calls a “war of some pretty unpleasant words” in Dover.\n")
    said = {q.text: q.speaker.name for q in _analysis(body).quotes}
    assert said.get("We will build the biggest terminal in Europe") == "Ivo Brandt"
    assert not any("Build the port" in quote or "foreign ships" in quote or "cranes for jobs" in quote
                   for quote in said)
    assert any("pretty unpleasant words" in quote and speaker == "Rosa Ferrante" for quote, speaker in said.items())


def test_as_someone_put_it_before_a_colon_is_an_attribution():
    said = _said("The strike has moved inland.\n\n"
                 "Or, as Tomas Berg, the leader of the dockers' union, put it: “The cranes are no longer at the gate. "
                 "They are inside.”\n")
    assert said == {"The cranes are no longer at the gate. They are inside.": "Tomas Berg"}


def test_an_interview_transcript_is_read_with_its_speakers():
    """'OLSEN: …' is Marta Olsen's line, a quote right after the tag too; the interviewer's lines ('Q:', or
    the first tag to speak when it asks questions) are nobody's to ask, and a lone 'CLARIFICATION:' is no
    transcript."""
    body = ("Senator Marta Olsen spoke to Radio Valmora on Sunday about the harbour strike.\n\n"
            "Partial transcript as follows:\n\n"
            "LENA HOLM: Senator, the strike is in its fourth week. Will the treasury pay the dockers?\n\n"
            "OLSEN: The treasury can pay a five percent raise from the harbour levy, and not a cent more.\n\n"
            "HOLM: And the new cranes?\n\n"
            "OLSEN: “Every crane the authority buys must come with a training contract for the dockers.”\n\n"
            "Q: Is Minister Ivo Brandt to blame?\n\n"
            "BRANDT: The minister has kept the port open through three strikes since 2019.\n")
    said = _said(body)
    assert said.get("The treasury can pay a five percent raise from the harbour levy, and not a cent more.") == \
        "Marta Olsen"
    assert said.get("Every crane the authority buys must come with a training contract for the dockers.") == \
        "Marta Olsen"
    assert said.get("The minister has kept the port open through three strikes since 2019.") == "Ivo Brandt"
    assert not any("fourth week" in quote or "new cranes" in quote or "to blame" in quote for quote in said)
    assert _said("CLARIFICATION: The first sentence was changed to name Senator Marta Olsen.\n\n"
                 "Senator Marta Olsen spoke on Sunday.\n") == {}


def test_a_transcript_whose_lines_open_with_quote_marks_is_read_by_its_tags():
    """A transcript printed as one long quote ('"HOLM: …', '"OLSEN: …' paragraphs, closed only at the end) is
    read line by line: each sentence of Olsen's lines is hers, the interviewer's are nobody's."""
    body = ("Senator Marta Olsen spoke to Radio Valmora on Sunday about the harbour strike.\n\n"
            "Partial transcript as follows:\n\n"
            "\"HOLM: Senator, the strike is in its fourth week. Will the treasury pay the dockers?\n\n"
            "\"OLSEN: Well, look, this is serious business. The treasury can pay a five percent raise from the "
            "harbour levy, and not a cent more.\n\n"
            "\"HOLM: And the new cranes?\n\n"
            "\"OLSEN: Every crane the authority buys must come with a training contract for the dockers.\"\n")
    said = _said(body)
    assert said.get("The treasury can pay a five percent raise from the harbour levy, and not a cent more.") == \
        "Marta Olsen"
    assert said.get("Every crane the authority buys must come with a training contract for the dockers.") == \
        "Marta Olsen"
    assert not any("fourth week" in quote or "HOLM" in quote or "OLSEN" in quote for quote in said)
