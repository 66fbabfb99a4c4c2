"""Names and posts read right (issue 10, round 26).

Judged decks still showed non-people offered as people ("Assistant U.S.", "Wilayat Twitter", "Super Glass-Steagall",
"Finally", "Once Fox"), posts cut at "U.S." or "U.N." or taken from someone else ("adviser to President" as Bill
Clinton's post, "Secretary" of one Clinton given to the other), a relative who took every surname after him (Ted Cruz's
father), and a debate's moderator offered among the candidates. Each rule is tested on invented text.
"""

from __future__ import annotations

from tests.unit import drafting
from trainer.draft.names import find_names
from trainer.draft.text import Body


def people(text: str) -> dict[str, str | None]:
    """The people the drafter reads in ``text``, with their posts."""
    return {p.name: p.role for p in find_names(Body(text)).people}


def speakers_of_surname(text: str, surname: str) -> list[str]:
    """Whom each mention of ``surname`` alone stands for, in order ("?" where nothing decides)."""
    names = find_names(Body(text))
    return ["?" if m.ambiguous else m.person.name for m in names.mentions
            if text[m.start:m.end] == surname]


# ---------------------------------------------------------------- 1. non-people read as people

def test_a_nickname_only_written_in_quote_marks_renames_no_one():
    """held24: 'put the location on their profile as "Wilayat Twitter,"' renamed Twitter to a person."""
    found = people("Telegram said it closed 300 accounts. Smugglers put the location on their profile as "
                   "\"Wilayat Telegram,\" or \"the province of Telegram.\" Telegram said the rules are clear.")
    assert "Wilayat Telegram" not in found


def test_a_slogan_in_quote_marks_is_no_full_name_for_a_law():
    """held20: '"Super Glass-Steagall would consign ..."' beside 'Glass-Steagall aimed to ...' made a person."""
    found = people("The Harbour-Levy act passed in 1990. Harbour-Levy aimed to protect the docks, Mara Velt said.\n\n"
                   "\"By embracing Super Harbour-Levy, Ivo Brandt could leap ahead,\" Mara Velt wrote. \"Super "
                   "Harbour-Levy would shrink the banks.\"")
    assert not any("Harbour-Levy" in name for name in found), found
    assert "Mara Velt" in found


def test_the_first_word_of_a_quotation_is_no_given_name():
    """held25: 'Mr. Conant added, "Once Fox made it an issue, ..."' read "Once Fox" as a person."""
    found = people("Ivo Brandt added, \"Once Harbourside made it an issue, the council acted.\" Harbourside made "
                   "the story, Brandt said.")
    assert "Once Harbourside" not in found
    assert "Ivo Brandt" in found


def test_an_adverb_in_a_headline_is_no_person():
    """held26: "Republicans Finally Confirmed A Judge" read "Finally" as a person (by "confirmed")."""
    found = people("Republicans Finally Confirmed A Judge\n\nMara Velt said the vote took a year.")
    assert "Finally" not in found
    assert "Mara Velt" in found


def test_a_surname_like_an_adverb_stays_with_its_full_name():
    found = people("John Connally said the deal was done. Connally said it again.")
    assert "John Connally" in found


def test_a_rank_before_a_post_is_no_person():
    """held19: "Principal Deputy Assistant AG Vanita Gupta" read "Assistant" as a person with the post "Deputy"."""
    found = people("The letter was signed by Principal Deputy Assistant AG Mara Velt on Friday.")
    assert "Assistant" not in found
    assert found.get("Mara Velt") == "Principal Deputy Assistant AG"


# ---------------------------------------------------------------- 2. posts cut or taken from another

def test_a_post_runs_across_a_countrys_initials():
    """held30, held31: "former U.N. Ambassador John Bolton" read as "Ambassador", "Assistant U.S. Attorney" as
    "Attorney"."""
    assert people("Former U.N. Ambassador Mara Velt said the plan would fail.")["Mara Velt"] == \
        "Former U.N. Ambassador"
    assert people("The filing was late, Assistant U.S. Attorney Ivo Brandt wrote.")["Ivo Brandt"] == \
        "Assistant U.S. Attorney"


def test_the_post_before_a_tie_is_someone_elses():
    """held15, held25, held27: "a former official in President Bill Clinton's administration" gave Bill Clinton the
    post "former official in President"; "adviser to President Obama" gave Obama "adviser to President"."""
    found = people("Tom Poe, an adviser to President Ivo Brandt, said the budget was late. Jane Roe, a former "
                   "official in Governor Mara Velt's administration, said so too.")
    assert found["Ivo Brandt"] == "President"
    assert found["Mara Velt"] == "Governor"


def test_a_tie_inside_a_post_stays():
    found = people("Secretary of State Ivo Brandt said no. White House chief of staff Mara Velt said yes.")
    assert found["Ivo Brandt"] == "Secretary of State"
    assert found["Mara Velt"] == "White House chief of staff"


def test_a_post_read_at_a_shared_surname_alone_goes_to_neither_unless_it_says_which():
    """held21: "Secretary Clinton" inside a quote gave Bill Clinton the post "Secretary"."""
    found = people("Ivan Brandt spoke in Nashua on Monday. \"Ivan Brandt hurts the campaign of Secretary Brandt,\" "
                   "spokesman Tom Poe said. Maria Brandt was not there. Brandt said he was proud.")
    assert found["Ivan Brandt"] is None
    assert found["Maria Brandt"] is None


# ---------------------------------------------------------------- 3. people missed, split or misread

def test_a_relative_named_as_an_object_takes_no_later_surname():
    """PolNeAR dev: after "Trump repeatedly accused Rafael Cruz, who was born in Cuba, ..." every "Cruz" went to
    the father, and Ted Cruz's words with them."""
    text = ("Sen. Ivo Brandt endorsed the governor on Friday. The governor once accused Tomas Brandt, who was born "
            "abroad, of fraud. Brandt said on Friday that he would vote for him. Ivo Brandt's father, Tomas Brandt, "
            "did not comment. Brandt said more.")
    assert speakers_of_surname(text, "Brandt") == ["Ivo Brandt", "Ivo Brandt"]


def test_a_full_name_after_a_comma_opens_a_clause_and_decides():
    text = ("Ivan Brandt met voters on Monday. For better or worse, Maria Brandt's campaign is tied to the mayor. "
            "Brandt has aligned herself closely with him.")
    assert speakers_of_surname(text, "Brandt") == ["Maria Brandt"]


def test_a_month_after_a_given_name_is_a_surname():
    """PolNeAR dev: "British Prime Minister Theresa May" was read as "Theresa", a first name alone."""
    found = people("British Prime Minister Theresa May said the talks would go on. Tom Hardy said in May 2016 "
                   "that he would run.")
    assert found.get("Theresa May") == "British Prime Minister"
    assert "Tom Hardy" in found and "Tom Hardy May" not in found


def test_a_debate_moderator_is_press_and_no_choice_beside_candidates(tmp_path):
    """held31: "Fox's Chris Wallace", the debate's moderator, offered as who said a candidate's line."""
    found = find_names(Body("\"The bullying,\" moderator Tom Poe said. Candidate Ivo Brandt said no. \"You are "
                            "wrong,\" Fox's Jane Roe said.")).people
    press = {p.name for p in found if p.press}
    assert press == {"Tom Poe", "Jane Roe"}


def test_a_former_anchor_speaking_in_her_own_right_is_no_press():
    """held18: "former TV network anchor Katie Couric" gave commencement speeches: judges kept her as a real
    distractor beside another speaker."""
    found = find_names(Body("Former TV network anchor Mara Velt told graduates to \"work hard and stay humble.\" "
                            "Ivo Brandt said the same.")).people
    assert not any(p.press for p in found)


def test_a_drafted_who_said_offers_no_moderator_beside_candidates(tmp_path):
    body = ("Ivo Brandt and Mara Velt clashed in the debate on Thursday, moderated by Harbour TV.\n\n"
            "\"The harbour levy will cost every family 300 crowns a year and the council hid it,\" Ivo Brandt said.\n\n"
            "\"The levy pays for the new quay and the council published every figure,\" Mara Velt said.\n\n"
            "Tomas Arkwright, the union leader, said: \"The dock workers will strike if the levy passes in May.\"\n\n"
            "\"Will you raise the levy again next year?\" moderator Jane Roe asked Brandt.\n\n"
            "Dana Velloway, a council member, said the vote would come in June.\n")
    drafted = drafting.deck(tmp_path, body)
    choices = {c for q in drafting.who_said(drafted) for c in q["choices"]}
    assert "Jane Roe" not in choices


def test_a_name_only_ever_written_after_the_is_a_title():
    """A blind set offered "Kelly File" (Fox's programme "the Kelly File") among people; held17 read "Rachel Maddow
    Show" and "George Washington Bridge" as people. A person is never "the Dana Velloway"."""
    found = people("Dana Velloway said on the Dana Show that the Dana Show would return in May. Velloway said so. "
                   "Tom Hardy met Ivan Brandt on the Ivan Brandt Bridge.")
    assert "Dana Show" not in found and "Ivan Brandt Bridge" not in found
    assert {"Dana Velloway", "Tom Hardy", "Ivan Brandt"} <= set(found)


def test_a_local_title_before_a_name_is_a_post_not_part_of_the_name():
    """A councillor's or an alderman's title was read into the name ("Councillor Rena Holt" as a who_said answer),
    as a senator's or a mayor's never was (the night stop, the lead's own try)."""
    found = people("Councillor Rena Holt voted against the closure. Alderman Jon Ruiz and Assemblywoman Ada Kerr "
                   "agreed with her, and Councilman Ivo Brandt did not.")
    assert found == {"Rena Holt": "Councillor", "Jon Ruiz": "Alderman", "Ada Kerr": "Assemblywoman",
                     "Ivo Brandt": "Councilman"}
