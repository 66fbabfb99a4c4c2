"""Issue 10, round 19 (facts): words of the claim or of a figure's prompt that lean on another sentence, each judged
"edit" ("'a terrible one' dangles", "'her' unresolved", "'the Vermont senator' unresolved", "the deal, worth a
reported $___", "On that issue ..."): resolved when sure, else another sentence or form. Invented articles only."""

from __future__ import annotations

from pathlib import Path

from tests.unit.drafting import analysis, deck
from trainer.draft.statements import _one_named, dangles, placed_named, unresolved_person

NIGHT = ("Marta Ellison had a great night on Saturday. The Valmora Party had a terrible one.\n\n"
         "Marta Ellison won every county in the north.\n")

SENATOR = ("The more voters learn about Sen. Robert Dorn, the more they appear to like him.\n\n"
           "A greater share of Valmora voters view the Eastmark senator as honest than they did two "
           "months ago.\n")

BOOK = ("Tomas Arkwright, the union leader, was at one point shopping a book about the strike, and had an offer "
        "from Harbor Books. But the agreement faltered in May when Tomas Arkwright backed away from the deal.\n\n"
        "Last month, Tomas Arkwright sought to restore the deal, worth a reported $1.2 million, after he lost the "
        "union's election. Harbor Books declined to renew the offer.\n\n"
        "The union has 4,200 members across the Valmora docks, Tomas Arkwright said.\n")


def _sentence(found, words: str):
    return next(s for s in found.body.sentences if words in found.body.text[s.start:s.end])


def test_dangling_words_are_told():
    assert dangles("The Valmora Party had a terrible one.")
    assert dangles("The alleged traitors are conservatives who backed Pavel Dorn.")
    assert dangles("On that issue, Pavel Dorn has a nine point edge over Marta Ellison.")
    assert dangles("Last month, Tomas Arkwright sought to restore the deal, worth a reported ___.")
    assert not dangles("No one came to the Valmora rally.")
    assert not dangles("The one who won was Pavel Dorn.")
    assert not dangles("Tomas Arkwright sought to restore the deal with Harbor Books, worth a reported ___.")
    assert not dangles("The alleged gunman, Omar Vale, was arrested on Friday.")


def test_one_is_named_by_the_noun_of_the_sentence_before():
    found = analysis(NIGHT)
    sentence = _sentence(found, "terrible one")
    assert _one_named(found.body, sentence, "The Valmora Party had a terrible one.") == \
        "The Valmora Party had a terrible night."


def test_one_stays_when_the_sentence_before_has_no_single_thing():
    found = analysis("Marta Ellison had a great night and a long week. The Valmora Party had a terrible one.\n")
    sentence = _sentence(found, "terrible one")
    assert _one_named(found.body, sentence, "The Valmora Party had a terrible one.") == \
        "The Valmora Party had a terrible one."


def test_a_pronoun_before_the_only_name_of_its_claim_is_unresolved_unless_the_name_is_the_main_subject():
    found = analysis("Senator Sarah Brook and Senator Maria Ellison spoke in Valmora on Friday, aides said.\n\n"
                     "Senator Robert Dorn answered them.\n")
    assert unresolved_person("Given how closely her views resemble Sarah Brook's, the race is close.", found.names)
    assert not unresolved_person("After his win in Valmora, Sen. Robert Dorn thanked his voters.", found.names)
    assert not unresolved_person("Sarah Brook said her views had not changed.", found.names)


def test_an_epithet_is_the_one_person_the_sentence_before_names():
    found = analysis(SENATOR)
    sentence = _sentence(found, "Eastmark senator")
    text = found.body.text[sentence.start:sentence.end]
    assert "view Robert Dorn as honest" in placed_named(text, found.body, found.names, sentence.start)
    assert placed_named(text, found.body, found.names) == text  # without its place nothing is sure


def test_the_lead_claim_names_the_epithet():
    body = "The more voters see of Sen. Robert Dorn, the more they seem to like it.\n\n" + SENATOR.split("\n\n")[1]
    claims = [c.fields.get("statement", "") for c in analysis(body).candidates]
    assert "A greater share of Valmora voters view Robert Dorn as honest than they did two months ago." in claims
    assert not any("Eastmark senator" in claim for claim in claims), claims


def test_a_figure_of_an_unnamed_deal_is_not_asked(tmp_path: Path):
    drafted = deck(tmp_path, BOOK, "Union leader's book deal falters")
    prompts = [q.get("prompt", "") for q in drafted["questions"]]
    assert not any("the deal, worth" in p for p in prompts), prompts


def test_the_lead_claim_asks_the_one_named():
    claims = [c.fields.get("statement", "") for c in analysis(NIGHT).candidates]
    assert not any(claim.endswith("terrible one.") for claim in claims), claims


def test_a_lead_that_dangles_gives_way_to_the_next_sentence():
    body = ("In the Valmora version of the old story, the alleged traitors are the harbour workers who backed Sen. "
            "Robert Dorn in the spring.\n\n"
            "The idea of a list of workers to be shunned for backing Robert Dorn gathered steam this past week.\n")
    claims = [c.fields.get("statement", "") for c in analysis(body).candidates]
    assert not any("alleged traitors" in claim for claim in claims), claims


POLL = ("Sen. Maria Ellison and Sen. Sarah Brook both campaigned in Valmora on Friday, aides said.\n\n"
        "Maria Ellison spoke at the docks in the morning. Among dock workers, the Harbor poll puts her support "
        "at 61 percent.\n\n"
        "Sarah Brook spoke at the market. At the market, the Harbor poll shows her with a lead of 9 points among "
        "traders, and Maria Ellison with none.\n\n"
        "Robert Dorn, the harbour master, said that 4,200 workers would vote.\n")


def _asked(drafted: dict) -> list[str]:
    return [str(q.get("prompt") or q.get("statement") or "") for q in drafted["questions"]]


def test_a_figure_prompt_names_a_possessive_by_the_one_person_the_sentence_before_names(tmp_path: Path):
    asked = _asked(deck(tmp_path, POLL, "The Harbor Poll"))
    assert any("the Harbor poll puts Maria Ellison’s support at ___" in a for a in asked), asked
    assert not any("puts her support" in a for a in asked), asked


def test_a_figure_prompt_with_a_pronoun_no_one_stands_for_is_not_asked(tmp_path: Path):
    asked = _asked(deck(tmp_path, POLL, "The Harbor Poll"))
    assert not any("shows her with" in a for a in asked), asked


KEEL = ("Robert Dorn, a former harbour commissioner, has been quietly pushing for Sen. Maria Ellison to own the "
        "issue of Harbor-Keel, arguing its political advantages. ''By embracing Super Harbor-Keel, Maria Ellison "
        "could instantly leap to the left of Sarah Brook on the cutting issue of the port companies,'' he wrote in "
        "June on his website. ''Super Harbor-Keel would consign today's port giants to history.''\n\n"
        "Sen. Sarah Brook said the Harbor-Keel Act was a relic that would cost the docks 4,200 jobs.\n\n"
        "The problem with just reinstating Harbor-Keel, she said, is that ''you don't go after all the other "
        "companies in what is called the shadow port system, the brokers and the lenders that have too much "
        "power on the docks.''\n\n"
        "''While lawmakers remain unlikely to re-enact the Harbor-Keel Act, we believe the port-bashing from both "
        "parties will lead to targeted rules for the small docks,'' said Peter Lund, an analyst at Keelson "
        "Research.\n")


def test_a_law_read_as_a_person_is_neither_listed_nor_tagged(tmp_path: Path, monkeypatch):
    # the name finder may read "Super Harbor-Keel" as a person (a real article's "Super Glass-Steagall", taken as
    # the speaker of "reinstating Glass-Steagall, she said"): the deck's people list and tags keep it out
    from trainer.draft import build
    from trainer.draft.names import Person

    found = build.find_names

    def with_the_law(body):
        names = found(body)
        names.people.append(Person("Super Harbor-Keel", role="plan", first=KEEL.index("Super")))
        return names

    monkeypatch.setattr(build, "find_names", with_the_law)
    drafted = deck(tmp_path, KEEL, "The Harbor-Keel Act returns")
    people = [p["name"] for p in drafted["people"]]
    assert "Super Harbor-Keel" not in people and "Robert Dorn" in people, people
    assert not any("Super Harbor-Keel" in q.get("tags", []) for q in drafted["questions"]), drafted["questions"]
