"""Names in an article: people with their roles, countries, institutions and outlets.

A capitalised run of words is called a person only when its context says so: a role before it
("Russian Foreign Minister Sergey Lavrov"), a role after it in commas, a speech verb next to it
("Trump called it"), or an earlier full mention of the same surname. Everything else stays
unclassified: a missing person costs a question, a country taken for a person costs trust.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from trainer.deck.textmatch import fold
from trainer.draft import lexicon as lx
from trainer.draft.given_names import MORE_GIVEN
from trainer.draft.text import ABBREVIATION, CURLY, Body

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]\.(?=\s+[A-Z][a-z])|(?:%s)\.|" % "|".join(
    sorted((t.capitalize() for t in lx.TITLES), key=len, reverse=True)) + r"[^\W\d_](?:[\w'\-]*[^\W_])?(?:'s)?|\d[\d,.]*|[^\w\s]")
_PARTICLE = re.compile(r"^(?:al|el|ad|as|bin|ibn|van|von|de|da|di|du|del|der|la|le)-[A-Z]")
_PARTICLES = frozenset("al bin ibn van von de da di du del der la le ter".split())
_APPOSITIVE_THEN_VERB = re.compile(
    r",\s+(?:who\b|[^,.;\"]{1,90},\s+(?:%s)\b)" % "|".join(sorted(lx.SPEECH_VERBS, key=len, reverse=True))
)
_UPPER = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž]")
_ROLE_AFTER = re.compile(r"^,\s+(?:the\s+|a\s+|an\s+)?((?:[\w'\-]+\s+){0,7}?[\w'\-]+)\s*(?=[,.;]|$)")
_INSTITUTION = re.compile(
    r"\b((?:[A-Z][\w'\-]+\s+(?:(?:of|for|on|and|in)\s+(?:the\s+)?)?){0,7}(?:%s)"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+(?:and\s+)?[A-Z][\w\-]+){0,4})?)"
    r"(?:\s*[\[(]([A-Z]{2,6})[\])])?" % "|".join(sorted(lx.INSTITUTION_HEADS))
)
_OUTLET_BY_HEAD = re.compile(
    r"\b((?:[A-Z][\w'\-]+\s+){1,3})(?:%s)\b" % "|".join(sorted(lx.OUTLET_HEADS))
)
_OUTLET_BY_CONTEXT = re.compile(r"\b(?:told|interview with|quoted by|reported by)\s+(?:the\s+)?([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})")
_MULTIWORD = sorted((k for k in {**lx.COUNTRIES, **lx.CITIES, **lx.INSTITUTIONS} if " " in k), key=len, reverse=True)
#: All multi-word places and institutions in one pattern (longest first), so the text is read once.
_MULTIWORD_RE = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(phrase) for phrase in _MULTIWORD))
_LAY = "|".join(sorted(lx.LAY_PEOPLE, key=len, reverse=True))
#: A passer-by's appositive after their name: ", a Sanders delegate from Vermont", ", 58,".
#: Not a passer-by's word that only qualifies a post: "a national student loan debt expert", "a voter rights
#: advocate" (issue 10, round 28: the article's expert Kantrowitz read as a passer-by, and Sanders, never quoted,
#: offered beside the other expert's words instead; both judges).
_LAY_QUALIFIES = (r"(?![\w\s'\-]{0,30}?\b(?:expert|analyst|economist|professor|researcher|scholar|advocate|lawyer"
                  r"|attorney|official|director|president|chairman|chairwoman|founder|leader|organi[sz]er)s?\b)")
_LAY_AFTER = re.compile(r",\s+(?:\d{1,3}\s*,|(?:a|an)\s+(?:[\w'\-]+\s+){0,4}?(?:%s)s?\b%s)" % (_LAY, _LAY_QUALIFIES),
                        re.I)
#: An age alone in commas after a name (", 70,"): a passer-by's introduction, but only at a first full mention; an
#: actor the article named in full before is only aged again ("Aung San Suu Kyi's allies …", then "Suu Kyi, 70,
#: said"; "Liz Cheney, the daughter of …", then "Liz Cheney, 50, received": issue 10, recall).
_AGE_AFTER = re.compile(r",\s+\d{1,3}\s*,")
#: A person introduced by a job and a town ("Scott McGeary, an IT professional from Seattle", "a retiree in
#: Ohio"), or as one of a poll's respondents ("who was among those polled"): a passer-by (issue 10, round 9)
#: unless the job is a post or a kind the drafter asks about (:func:`_job_and_town`).
_JOB_FROM_TOWN = re.compile(r",\s+(?:a|an)\s+((?:[\w'\-]+\s+){0,4}?)(?:from|in)\s+(?P<town>[A-Z][\w.'\-]*)")
_POLLED = re.compile(r",?\s+(?:who\s+(?:was|were|is)\s+)?(?:among|one\s+of)\s+(?:those|the\s+\w+)\s+"
                     r"(?:polled|surveyed|questioned|interviewed\s+for\s+the\s+(?:poll|survey))|,\s+(?:a|one)\s+"
                     r"(?:poll|survey)\s+respondent", re.I)
#: Words of a job that make it no passer-by's: a party ("a Democrat from Ohio" is most often a lawmaker), an
#: office, a body.
_NOT_LAY_JOB = frozenset("democrat republican democratic gop independent libertarian campaign party state "
                         "federal official member longtime".split())


#: Posts and party offices an appositive may give beside a passer-by's word ("a Maine legislator and Sanders
#: supporter", "a spokeswoman for Nabisco's parent", "a California superdelegate and Clinton supporter", "a Trump
#: delegate strategist", "an RNC committeeman from Arkansas", "a speechwriter in George W. Bush's White House").
_APPOSITIVE_POSTS = frozenset(
    "legislator lawmaker senator congressman congresswoman representative governor mayor councilman councilwoman "
    "superdelegate committeeman committeewoman speechwriter spokesman spokeswoman spokesperson strategist adviser "
    "advisor aide director chairman chairwoman president secretary ambassador minister official officials "
    "columnist commentator pollster operative lobbyist organizer organiser founder candidate nominee committee "
    "professor analyst economist expert lawyer attorney rnc dnc gop dccc nrcc dscc nrsc".split())
#: The appositive after a name: up to its closing comma, full stop or semicolon.
_APPOSITIVE_SPAN = re.compile(r",\s+[^,.;:\"()]{1,120}")


def _post_in_appositive(body: Body, end: int) -> bool:
    """Whether the appositive after a name at ``end`` gives the person a post or a party office, before or after
    a passer-by's word (issue 10, recall: Rep. Diane Russell as "a Maine legislator and Sanders supporter", three
    RNC committeemen and a spokeswoman were taken for passers-by and never asked about)."""
    match = _APPOSITIVE_SPAN.match(body.norm, end)
    if match is None:
        return False
    words = re.findall(r"[\w'\-]+", match.group())
    return any(w.lower() in _APPOSITIVE_POSTS for w in words)


def _job_and_town(body: Body, end: int) -> bool:
    """Whether the appositive after a name at ``end`` introduces a passer-by by job and town, or as polled."""
    if _POLLED.match(body.norm, end):
        return True
    match = _JOB_FROM_TOWN.match(body.norm, end)
    if not match or _post_in_appositive(body, end):
        return False
    words = [w.lower() for w in match.group(1).split()]
    if not words or any(w in _NOT_LAY_JOB or w in lx.ROLE_WORDS or w.rstrip("s") in lx.ROLE_HEADS
                        or any(w in heads for heads in lx.PERSON_KINDS.values()) for w in words):
        return False  # "a pollster in Iowa", "a Democrat from Ohio", "an official in Kabul"
    town = match.group("town")
    return town in _STATE_WORDS or place(town) is not None or town not in lx.INSTITUTIONS and not town.isupper() \
        and town.lower() not in body.lower_words() and town not in lx.OUTLETS

#: A sentence that puts someone in the crowd of a rally, a protest or a campaign stop ("who attended the rally",
#: "lined up to hear Mr. Trump", "held up a sign", "interviewed at Trump rallies"): issue 10, round 11.
_AT_EVENT = re.compile(
    r"\b(?:attended|attending|at|outside|from|in\s+the\s+crowd\s+at|interviewed\s+at)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|"
    r"(?:Mr|Mrs|Ms)\.\s+)?(?:[A-Z][\w'.\-]*\s+){0,2}(?:[\w'\-]+\s+)?(?:rally|rallies|protest|protests|demonstration|town[- ]hall|"
    r"campaign\s+(?:event|stop)|event|march|marches)\b|"
    # round 13: "parked his bike … just ahead of a few hundred protesters", "came from Texas to an immigration rally"
    r"\b(?:ahead\s+of|among|behind|joined|joining|marched\s+with)\s+(?:the\s+|a\s+)?(?:[\w'\-]+\s+){0,3}"
    r"(?:protesters|protestors|marchers|demonstrators)\b|"
    r"\bcame\s+(?:from\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)?\s+)?to\s+(?:a|an|the)\s+(?:[\w'\-]+\s+){0,2}"
    r"(?:rally|protest|march|demonstration)\b|\b(?:lined\s+up|waited|queued)\s+(?:\w+\s+){0,3}to\s+(?:hear|see)\b|"
    r"\b(?:held|holding|carried|carrying|waved|waving)\s+(?:up\s+)?(?:a|her|his)\s+(?:\w+\s+)?(?:sign|placard|banner)\b|"
    r"\b(?:said|says)\s+(?:she|he)\s+(?:was|is)\s+(?:a|an)\s+(?:[\w'\-]+\s+){0,3}(?:voter|supporter)\b")
#: Someone who speaks or appears at the event a sentence names ("Sanders said at a rally in California", "Clinton said
#: at a Fox News town hall", "Trump called for a special prosecutor … at a campaign rally", "Fiorina, the former
#: CEO …, made a surprise appearance at Cruz's rally", "Actress Rosario Dawson took the stage at a rally"): the one on
#: the stage, not in the crowd. Read in the ``_SPEAKER_REACH`` characters before an event named after "at" (one
#: "attended" or "attending" puts its subject in the crowd whatever they said).
_EVENT_SPEAKER = re.compile(
    r"\b[A-Z][\w'\-]*(?:,[^,.;:\"]{1,100},)?\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|called|calls|spoke|speaks|declared"
    r"|addressed|addresses|took\s+the\s+stage|takes\s+the\s+stage|appeared|made\s+an?\s+(?:\w+\s+)?appearance|promised"
    r"|vowed|argued|warned|criticized|attacked|urged|insisted)\b[^.;:\"]*$")
_SPEAKER_REACH = 300


def _spoken_at(text: str, at: int) -> bool:
    """Whether the event named at ``at`` in a sentence's ``text`` is one that someone named before it speaks at
    (issue 10, recall: Sanders, Clinton and Trump, quoted at their own rallies, were taken for rally-goers and
    never asked about)."""
    return text.startswith("at", at) and text[at + 2 : at + 3].isspace() and _EVENT_SPEAKER.search(text, max(0, at - _SPEAKER_REACH), at) is not None


#: A name right after an owner's "'s ": someone who speaks for a body or outlet.
_AFFILIATED = re.compile(r"'s\s+$")
#: How many times a passer-by is named at most: the people a story keeps returning to are its actors.
_EVENT_MENTIONS = 4


def _at_an_event(body: Body, names: Names) -> None:
    """Mark as passers-by the people with no post whom the article puts only in the crowd of a rally, protest or
    campaign stop ("Keith Hutto, a plumbing contractor who attended the rally", "Lori Bernstein held up a sign"):
    rally-goers quoted for colour (issue 10, round 11). A person whose own event it is ("Mr. Trump's rally",
    "Trump rallies") is no passer-by there."""
    counts: dict[int, list[Mention]] = {}
    for mention in names.mentions:
        counts.setdefault(id(mention.person), []).append(mention)
    for person in names.people:
        mentions = counts.get(id(person), [])
        if person.lay or person.role or person.famous or person.press or person.party or not mentions \
                or len(mentions) > _EVENT_MENTIONS or len(person.name.split()) < 2:
            continue
        surname = person.name.split()[-1]
        if any(_AFFILIATED.search(body.norm, max(0, m.start - 3), m.start) for m in mentions):
            continue  # "American Action Forum's Douglas Holtz-Eakin": speaks for a body
        if any(_post_in_appositive(body, m.end) for m in mentions):
            continue  # "Ari Fleischer, former White House press secretary to George W. Bush, who attended the event"
        for mention in mentions:
            sentence = body.sentence_at(mention.start)
            if sentence.end - sentence.start > 600 or body.norm.startswith("'s", mention.end - 2):
                continue  # a run-on without stops; "Hugh Hewitt's radio show": not in a crowd
            text = body.norm[sentence.start : sentence.end]
            own = re.compile(r"\b%s(?:'s)?\s+(?:\w+\s+)?(?:rally|rallies|event|protest|town[- ]hall)\b" % re.escape(surname))
            if not own.search(text) and any(not _spoken_at(text, event.start()) for event in _AT_EVENT.finditer(text)):
                person.lay = True
                break

_LAY_WORD = re.compile(r"\b(?:%s)s?\b" % _LAY, re.I)


def _in_office(person: "Person") -> bool:
    """Whether the article gives ``person`` an office that no passer-by holds ("Congressman Chris Collins, a Trump
    supporter, said …"): a lawmaker who backs a candidate is no voter from the crowd (issue 10, round 23: held28/07
    drafted nothing of Collins's charge that the establishment "would work overtime to steal that nomination")."""
    role = person.role or ""
    return bool(role) and _LAY_WORD.search(role) is None and any(
        w.lower() in lx.ROLE_WORDS or w.lower().rstrip("s") in lx.ROLE_HEADS for w in role.split())


#: A passer-by's description before their name: "Clinton delegate Adrian Mapp", "voter Jane Ross".
_LAY_BEFORE = re.compile(r"\b(?:%s)\s+$" % _LAY, re.I)
#: Words a post cannot end with: "spokeswoman for", "professor at the" are cut off from their owner.
_DANGLING = frozenset("of the for to and in at a an with on by from".split())
#: How far before and after a name its role is looked for, in characters.
_ROLE_WINDOW = 160


_SUFFIXES = frozenset("Jr Sr II III IV".split())

#: Capitalised everyday words (adjectives, adverbs, pronouns, common nouns) that start a headline or a
#: sentence and are no given name: "Derelict Obama and Clinton", "Everything Trump says", "Zero Hedge".
NOT_GIVEN = frozenset("""
absent accused admitted ailing alleged angry anyone anything apparently arch avowed bad beleaguered big brave
but clearly combative corrupt crooked dear defiant derelict desperate disgraced dishonest embattled embolden
emboldened enter even every everybody everyone everything ex fellow fiery former frustrated furious good great
honest ignore indeed ironically lame likely little lying mad meet nervous never nobody nothing notably poor
presumptive rich sad sadly sleepy somebody someone something still strong surely thank thankfully unlike
unlikely upbeat weak why young zero defeated victorious rival outgoing incoming vulnerable triumphant
unpopular popular hapless feisty fierce tough tired weary wary confident
""".split())
#: US states: a post holds its state ("former Virginia governor", "New York City Public Advocate").
US_STATES = frozenset("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia
Washington Wisconsin Wyoming""".split()) | frozenset(("New Hampshire", "New Jersey", "New Mexico", "New York",
    "North Carolina", "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia", "New York City"))
_STATE_WORDS = frozenset(w for state in US_STATES for w in state.split())
_STATE_RE = re.compile(r"\b(?:%s)\b" % "|".join(sorted(map(re.escape, US_STATES), key=len, reverse=True)))
#: Last words of places of more than one word ("York" of "New York"): a role right after one is cut from it.
_PLACE_TAILS = frozenset(state.split()[-1] for state in US_STATES if " " in state) | frozenset(
    phrase.split()[-1] for phrase in (*lx.COUNTRIES, *lx.CITIES) if " " in phrase)
#: Last words of a company's name: "Peabody Energy" says that "Peabody said" is the company speaking.
_COMPANY_TAILS = "Energy|Coal|Oil|Healthcare|Health|Foods|Bank|Inc|Corp|Corporation|Co|Company|Group|Holdings|Partners|Capital|Motors|Airlines|Media|Industries|Technologies|Systems|LLC|Ltd"
#: Endings of plurals and abstract nouns that no surname has ("Investigations", "Debates", "Affairs").
_NOUN_ENDING = re.compile(r"(?:tions|sions|ments|ities|nesses|isms|ists|ances|ences|ships)$")
#: A party named next to a person: "Republican nominee", "Democrat", "(D-Vt.)", ", R-Texas,".
_PARTY_WORD = {"republican": "Republican", "republicans": "Republican", "gop": "Republican",
               "democrat": "Democratic", "democrats": "Democratic", "democratic": "Democratic",
               "libertarian": "Libertarian", "green": "Green"}
_PARTY_AFTER = re.compile(r"\s*[(,]\s*([DRI])-[A-Z]")


@dataclass
class Person:
    name: str
    role: str | None = None
    first: int = 0
    #: Where the role was read (the start of the name it came with).
    role_at: int | None = None
    #: Introduced as a passer-by ("a Clinton delegate from New Jersey", "Ramos, 58,", "voter Jane Ross").
    lay: bool = False
    #: How the article introduces them when it gives no post: "director of the Marist College Institute for
    #: Public Opinion", "who lost her sister Victoria at Sandy Hook" (the appositive after a full mention).
    description: str | None = None
    #: Named somewhere outside quote marks (set when quotes are read); a name only ever quoted
    #: ('wrote under the pseudonym “Carlos Danger”') is no one to offer as a speaker.
    named_outside: bool = True
    #: The party the article gives them ("Democratic", "Republican"), when it says.
    party: str | None = None
    #: Named as an outlet's own ("NBC's Lester Holt", "Lester Holt of NBC News"): a journalist, press kind.
    press: bool = False
    #: Famous by post or title (a president, a pope: :func:`_famous`), a choice only beside their own kind.
    famous: bool = False
    #: Hunted, held or charged in the story ("the suspect", "a massive manhunt": :func:`_accused`): no choice
    #: beside politicians, and no one a politician's words are offered to.
    accused: bool = False

    @property
    def surname(self) -> str:
        words = self.name.split()
        while len(words) > 1 and words[-1].rstrip(".,") in _SUFFIXES:
            words.pop()  # "Joseph R. Biden Jr." is Biden
        return words[-1]


@dataclass(frozen=True)
class Mention:
    """Where a person is named: offsets in the body, and whether as a possessive ('Putin's')."""

    start: int
    end: int
    person: Person
    possessive: bool
    #: A surname two people share where nothing in reach says which one (issue 10, round 9): no one's words.
    ambiguous: bool = False


@dataclass
class Names:
    people: list[Person] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    #: Institution name -> its acronym when the article gives one ("[SIPRI]").
    institutions: dict[str, str | None] = field(default_factory=dict)
    outlets: list[str] = field(default_factory=list)
    #: Where people with garbled names were named ("Federico de JesÃÂos"): dropped as people, but a "he said"
    #: after one of them is no one else's (issue 10, round 8: the quote went to Obama, the one man left).
    garbled: list[int] = field(default_factory=list)
    #: Parties whose own primary, nomination or debate the article covers ("the Democratic primary"): there a
    #: candidate's choices are people of the same party (in a general election, opponents are fair choices).
    primaries: frozenset[str] = frozenset()
    #: The body the names were read from: who else the article names doing what a question asks (issue 10,
    #: round 15: a name question's choices are people in the answer's role).
    body: Body | None = field(default=None, repr=False, compare=False)
    _starts: list[int] = field(default_factory=list, repr=False)
    #: Full names and surnames -> the first person who has them, kept up to date as people are added;
    #: rebuilt after :meth:`renamed`.
    _index: dict[str, Person] = field(default_factory=dict, repr=False)
    _indexed: int = field(default=0, repr=False)

    def find(self, name: str) -> Person | None:
        """The person a full name or a surname stands for (the first one introduced)."""
        if self._indexed > len(self.people):
            self.renamed()
        for person in self.people[self._indexed :]:
            full = person.name.translate(CURLY)
            self._index.setdefault(full, person)
            self._index.setdefault(person.surname.translate(CURLY), person)
        self._indexed = len(self.people)
        return self._index.get(name.translate(CURLY))

    def renamed(self) -> None:
        """Say that a person's name changed or people were removed: the index is built again."""
        self._index.clear()
        self._indexed = 0

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions that start at start <= offset < end (the mentions are kept in article order)."""
        if len(self._starts) != len(self.mentions):
            self._starts = [m.start for m in self.mentions]
        return self.mentions[bisect.bisect_left(self._starts, start) : bisect.bisect_left(self._starts, end)]

    def with_role(self, role_words: list[str], before: int) -> list[Person]:
        """People introduced before ``before`` whose role holds all of ``role_words``."""
        found = []
        for person in self.people:
            words = set(re.findall(r"[a-z]+", (person.role or "").lower()))
            if person.role and person.first < before and all(word in words for word in role_words):
                found.append(person)
        return found


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str

    @property
    def bare(self) -> str:
        return self.text[:-2] if self.text.endswith("'s") else self.text


def tokens(norm: str, start: int = 0, end: int | None = None) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(norm, start, len(norm) if end is None else end)]


def place(word: str) -> str | None:
    """The country a country name, demonym or capital stands for."""
    return lx.COUNTRIES.get(word) or lx.DEMONYMS.get(word) or lx.CITIES.get(word)


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def is_role_word(word: str) -> bool:
    bare = word[:-2] if word.endswith("'s") or word.endswith("’s") else word
    if _INITIALS.fullmatch(bare):
        return False  # "G.K." in "Rep. G.K. Butterfield" is a name, not an acronym
    if bare.endswith(".") and bare[:-1].lower() in lx.TITLES:
        return True  # "Rep.", "Sen."
    if bare.isupper() and 2 <= len(bare) <= 6:
        return True  # an acronym before a role: "RSF commander", "COP29 President"
    return bare.lower() in lx.ROLE_WORDS or place(bare) is not None or bare in lx.INSTITUTIONS


def _name_word(token: _Token) -> bool:
    """Whether a token can be part of a person's name."""
    word = token.bare
    if _PARTICLE.match(word):
        return True
    if (not _UPPER.match(word) or word in lx.STOP_CAPS or is_role_word(word) or word.lower().rstrip("s") in lx.LAY_PEOPLE
            or word.lower() in lx.SPEECH_VERBS):  # "…, Howard Dean Tells Democratic Convention" in a headline
        return False  # "Voter Carl Lund" at a sentence's start: the name is Carl Lund
    if len(word) > 1 and word.isupper() and not re.fullmatch(r"(?:[A-Z]\.)+", word):
        return False  # an acronym: SIPRI, START
    return word not in lx.OUTLETS and word not in lx.INSTITUTION_HEADS


def role_phrase(words: list[str]) -> str | None:
    """``words`` as a role if they hold a role head and nothing but role words ('the foreign minister')."""
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words or not all(is_role_word(w) for w in words):
        return None
    if not any(w.lower() in lx.ROLE_HEADS for w in words):
        return None
    return " ".join(words)


def _masked(norm: str) -> str:
    """``norm`` with multi-word places and institutions blanked, so that names do not run into them."""
    return _MULTIWORD_RE.sub(lambda m: "#" * len(m.group()), norm)


def _pronoun_surname(masked: str, found: list[_Token], index: int) -> bool:
    """Whether "He" or "She" at ``found[index]`` is a surname written first ("He Yadong said"), not a pronoun:
    a name word follows it at once, one that is not a given name ("He Donald" never starts a name)."""
    if found[index].text not in ("He", "She") or index + 1 >= len(found):
        return False
    following = found[index + 1]
    return (masked[found[index].end : following.start] == " " and _name_word(following)
            and following.text not in lx.FIRST_NAMES and following.bare == following.text)


#: A capitalised word and the capitalised word right after it ("Freddy Ortega"), read once per article.
_CAPITAL_PAIR = re.compile(r"\b([A-Z][\w'\-]*)(?= ([A-Z][\w'\-]*)\b)")


def _given_demonyms(body: Body) -> "callable":
    """Whether a demonym before a surname is a given name: "said German Ortega" beside "Freddy Ortega, German's
    brother" (held18: German Ortega's line was credited to his brother, the demonym read as a nationality). It is
    one when the surname after it is also written after another given name in the article; "German Chancellor
    Angela Merkel" and "Mexican billionaire Carlos Slim" have a role between (issue 10, round 14)."""
    before: dict[str, set[str]] | None = None

    def given(demonym: str, surname: str) -> bool:
        nonlocal before
        if before is None:
            before = {}
            for match in _CAPITAL_PAIR.finditer(body.norm):
                before.setdefault(match.group(2), set()).add(match.group(1))
        return any(word != demonym and word not in lx.STOP_CAPS and not is_role_word(word)
                   for word in before.get(surname, ()))

    return given


def _runs(body: Body) -> list[list[_Token]]:
    """Runs of adjacent name words within one sentence."""
    masked = _masked(body.norm)
    given_demonym = _given_demonyms(body)
    runs: list[list[_Token]] = []
    for sentence in body.sentences:
        current: list[_Token] = []
        found = tokens(masked, sentence.start, sentence.end)
        for index, token in enumerate(found):
            adjacent = current and masked[current[-1].end : token.start] == " " and not current[-1].text.endswith("'s")
            particle = (adjacent and token.text in _PARTICLES and index + 1 < len(found)
                        and _name_word(found[index + 1]))  # "Ursula von der Leyen"
            # "Chuck Jordan", "Michael Jordan": a country or city right after a given name is a surname
            surname_place = (adjacent and len(current) == 1 and current[0].text in lx.FIRST_NAMES
                             and place(token.bare) is not None and token.bare == token.text)
            # "Michael Bloomberg": an outlet's name right after a given name is a surname (round 9)
            surname_outlet = (adjacent and len(current) == 1 and current[0].text in lx.FIRST_NAMES
                              and token.bare in lx.OUTLETS and token.bare == token.text)
            # "Peter T. King": a post's word right after a given name and a middle initial is a surname (round 21:
            # "Representative Peter T. King" was read as "Peter T.", and his quotes went to no one)
            surname_post = (adjacent and len(current) == 2 and current[0].text in lx.FIRST_NAMES
                            and re.fullmatch(r"[A-Z]\.", current[1].text) is not None and token.bare == token.text
                            and _UPPER.match(token.text) is not None and token.text.lower() in lx.ROLE_WORDS)
            # "Theresa May", "Brian May": a month's name right after a given name, with no day after it, is a
            # surname (round 26: "British Prime Minister Theresa May" was read as "Theresa", a first name alone)
            surname_month = (adjacent and len(current) == 1 and current[0].text in lx.FIRST_NAMES
                             and token.text in lx.MONTHS and token.bare == token.text and token.text[:1].isupper()
                             and not re.match(r"\s*\d", masked[token.end : token.end + 3]))
            if (_name_word(token) or particle or surname_place or surname_outlet or surname_post
                    or surname_month or _post_surname(current, found, index, adjacent)) and (adjacent or not current):
                current.append(token)
                continue
            if current:
                runs.append(current)
            demonym_given = (token.text in lx.DEMONYMS and index + 2 < len(found)
                             and masked[token.end : found[index + 1].start] == " " and _name_word(found[index + 1])
                             and found[index + 1].bare == found[index + 1].text
                             and not (masked[found[index + 1].end : found[index + 2].start] == " "
                                      and _name_word(found[index + 2]))
                             and given_demonym(token.text, found[index + 1].text))
            current = [token] if _name_word(token) or demonym_given or _pronoun_surname(masked, found, index) else []
        if current:
            runs.append(current)
    return runs


#: Posts that are surnames too ("Steve King", "Patty Judge", "Rob Bishop", "Kevin Major").
_POST_SURNAMES = frozenset("King Bishop Judge Major Dean Chancellor Sheriff Marshal Cardinal Pope Abbot Deacon".split())


def _post_surname(current: list[_Token], found: list[_Token], index: int, adjacent) -> bool:
    """Whether a post's word right after a given name (and a second given name or an initial) is the person's
    surname: "said Charlie King, a prominent New York Democrat", "Iowa Democrat Patty Judge" (issue 10, recall:
    the run stopped at the post's word, a given name alone was no one, and their quotes went to no one)."""
    token = found[index]
    if not (adjacent and 1 <= len(current) <= 2 and token.bare == token.text and token.text in _POST_SURNAMES
            and current[0].text in lx.FIRST_NAMES):
        return False
    if len(current) == 2 and not (current[1].text in lx.FIRST_NAMES or current[1].text in MORE_GIVEN
                                  or re.fullmatch(r"[A-Z]\.", current[1].text)):
        return False  # "Martin Luther King", "Billie Jean King", "Peter T. King"; not "Mike Pence King"
    return True


def _role_before(body: Body, run: list[_Token]) -> str | None:
    sentence = body.sentence_at(run[0].start)
    before = tokens(body.norm, max(sentence.start, run[0].start - _ROLE_WINDOW), run[0].start)
    if before and before[-1].text == "," and body.norm[run[-1].end : run[-1].end + 1] == ",":
        before = before[:-1]  # "The US envoy to the agency, Dorothy Shea, said"
    taken: list[_Token] = []
    for token in reversed(before):
        if (not (is_role_word(token.text) or token.text in _STATE_WORDS and taken
                 or token.text in lx.POST_INITIALS and taken)
                or (taken and body.norm[token.end : taken[0].start].strip())
                or "\n" in body.norm[token.end : (taken[0].start if taken else run[0].start)]):
            break  # a post never runs across a line ("FULL TEXT.\n\nSenator Marco Rubio", round 8)
        if token.text.endswith(".") and len(token.text) > 4 and token.text.rstrip(".").lower() not in lx.TITLES:
            break  # a word that ends a sentence ("TEXT."), not a title's abbreviation ("Sen.")
        taken.insert(0, token)
    while taken and (taken[0].text.lower() in ("the", "a", "an", "of", "and", "to", "for")
                     or taken[0].text in _STATE_WORDS and not is_role_word(taken[0].text)
                     and not _STATE_RE.match(body.norm, taken[0].start)):
        taken.pop(0)  # "York City Public Advocate" without its "New": no state
    if taken and _cut_off(body, taken[0]):
        return None  # "… City Public Advocate" after a place the role cannot hold: a post cut from its owner
    if taken and taken[-1].text.lower().rstrip(".").endswith("s") and taken[-1].text.lower()[:-1] in lx.ROLE_HEADS:
        return None  # "Presidents Obama and Bush", "Officials at …": a plural post belongs to no one person
    while taken and taken[-1].text.rstrip(".").lower() in lx.TITLES:
        taken.pop()  # "Chairman Rep. Jason Chaffetz": the post is "Chairman", "Rep." is a title
    taken = _own_post(taken)
    if (not taken or not role_phrase([t.text for t in taken if (t.text not in _STATE_WORDS or is_role_word(t.text))
                                      and t.text not in lx.POST_INITIALS])
            or taken[-1].text.lower() in _DANGLING
            or taken[0].text.lower() in _DANGLING):
        return None  # "a spokeswoman for Hillary Clinton": Clinton owns the post, she does not hold it
    return body.text[taken[0].start : taken[-1].end]


#: Words that tie a post to its owner's ("adviser to", "official in", "spokesman for"): what follows is the post of
#: the person named next, what comes before is someone else's.
_POST_TIES = frozenset("to for in at with under of".split())


def _own_post(taken: list[_Token]) -> list[_Token]:
    """The words of a post before a name that are the named person's own: after the last word that ties another's
    post to them, when what follows holds a post ("a former official in President Bill Clinton's administration",
    "adviser to President Obama", "spokeswoman for Secretary of State John Kerry"): issue 10, round 26, Bill Clinton
    read as "former official in President" and George W. Bush as "former adviser to President". A tie with no
    post after it is part of the post ("Secretary of State John Kerry", "chief of staff Denis McDonough")."""
    for index in range(len(taken) - 1, 0, -1):
        if taken[index].text in _POST_TIES and index + 1 < len(taken) and any(
                t.text.lower().rstrip(".") in lx.ROLE_HEADS or t.text.rstrip(".").lower() in lx.TITLES
                for t in taken[index + 1 :]):
            return taken[index + 1 :]
    return taken


def _cut_off(body: Body, first: _Token) -> bool:
    """Whether a role that starts at ``first`` is cut from the place before it ('New York' before 'City Public
    Advocate' when the place was not read into the role): the last word of a place of several words, one space
    before it."""
    before = tokens(body.norm, max(0, first.start - 30), first.start)
    if not before or body.norm[before[-1].end : first.start] != " " or not _UPPER.match(before[-1].text):
        return False
    return before[-1].text in _PLACE_TAILS


def _role_after(body: Body, run: list[_Token]) -> str | None:
    sentence = body.sentence_at(run[-1].end)
    match = _ROLE_AFTER.match(body.norm[run[-1].end : min(sentence.end, run[-1].end + _ROLE_WINDOW)])
    if match and role_phrase(match.group(1).split()) and match.group(1).split()[-1].lower() not in _DANGLING:
        offset = run[-1].end + match.start(1)
        return body.text[offset : offset + len(match.group(1))]
    return None


_PREPOSITIONS = frozenset("in at from of for on to with by near outside inside across".split())


def _speech_next_to(body: Body, run: list[_Token]) -> bool:
    after = tokens(body.norm, run[-1].end, min(len(body.norm), run[-1].end + 40))
    before = tokens(body.norm, max(0, run[0].start - 40), run[0].start)
    if (after and after[0].text.lower() in lx.SPEECH_VERBS and not run[-1].text.endswith("'s")
            and not (before and before[-1].text in _PREPOSITIONS and len(run) == 1)):
        return True  # not "delegates at the convention in Philadelphia said": a place after a preposition
    if (len(run) > 1 and len(after) > 1 and after[0].text == "," and after[1].text.lower() in lx.SPEECH_VERBS
            and body.norm[max(0, run[0].start - 2) : run[0].start] == ", "):
        return True  # "Google's chief human resources executive, Laszlo Bock, told"
    if before and before[-1].text.rstrip(".").lower() in lx.TITLES and len(before) > 1:
        before = before[:-1]  # "said Rep. G.K. Butterfield": the title stands between the verb and the name
        if before[-1].text.lower() in lx.SPEECH_VERBS:
            return len(before) < 2 or before[-2].text == '"'
    if before and before[-1].text.lower() in lx.SPEECH_VERBS and body.norm[before[-1].end : run[0].start] == " ":
        return len(before) < 2 or before[-2].text == '"'
    if len(run) > 1 and _APPOSITIVE_THEN_VERB.match(body.norm, run[-1].end):
        return True  # "Chandni Raina, who spoke for India, ...", "Yoshihiko Noda, leader of ..., called"
    if len(run) == 2 and _described_after_verb(body, run):
        return True
    return len(before) >= 2 and [t.text.lower() for t in before[-2:]] == ["according", "to"]


#: How many words of a description may stand between a speech verb and the name it introduces.
DESCRIBED_WORDS = 7
_DESCRIBED = re.compile(r"\b(?:%s)\s+((?:[A-Za-z][\w.'’\-]*\s+){1,%d})$" % ("|".join(sorted(lx.SPEECH_VERBS, key=len, reverse=True)),
                                                                     DESCRIBED_WORDS))


def _described_after_verb(body: Body, run: list[_Token]) -> bool:
    """'said Montclair State University political scientist Brigid Harrison': a speech verb, then a description
    ending in a lower-case noun of a post ("scientist", "analyst", "professor"), then the name (issue 10, round 21:
    a given name the lexicon lacks left her no one, and her quote no speaker)."""
    found = _DESCRIBED.search(body.norm, max(0, run[0].start - 90), run[0].start)
    if found is None:
        return False
    last = found.group(1).split()[-1]
    return last.islower() and (last in lx.ROLE_HEADS or last in _DESCRIBED_HEADS or last.endswith(("ist", "ian")))


#: Nouns of a speaker's line of work that the lexicon's posts lack ("pollster", "historian" ends in "-ian").
_DESCRIBED_HEADS = frozenset("editor author organizer organiser pollster lawyer consultant expert columnist commentator "
                             "writer scholar fellow".split())


_SMALL = frozenset("a an and the of in on at to for with from by or but as is vs after over".split())


def _title_case(body: Body, offset: int, cache: dict[int, bool]) -> bool:
    """Whether the sentence at ``offset`` is set in title case, as a headline is ('Anthony Weiner Receives More
    Bad News After Separation'): there a run of capitals is no name unless the article names it elsewhere.
    A headline is short: a sentence of more than 40 words is never one (and is read once, whatever its length)."""
    index = body.sentence_index(offset)
    if index not in cache:
        sentence = body.sentences[index]
        words = body.norm[sentence.start : min(sentence.end, sentence.start + 400)].split()
        words = [w for w in words if w[:1].isalpha() and w.lower() not in _SMALL]
        cache[index] = 5 <= len(words) <= 40 and all(w[0].isupper() for w in words)
    return cache[index]


#: A cleric's title before a full name ("Rabbi Marvin Hier", "Pastor Kenneth Copeland"): no part of the name.
_CLERGY_TITLES = frozenset("Rabbi Pastor Imam Reverend Father Bishop Archbishop Cardinal Sheikh Ayatollah Patriarch".split())
#: A post held at a named body right after a full name: ", executive director of National Nurses United,".
_POST_OF_AFTER = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’\-]+\s+){0,3}?(?P<head>[\w'’\-]+)\s+(?:of|at|for)\s+"
                            r"(?:the\s+)?[A-Z]")


def _post_of_after(body: Body, run: list[_Token]) -> bool:
    """Whether a run of two or more words is a person's name because a post at a named body follows it ("RoseAnn
    DeMoro, executive director of National Nurses United, … also said": issue 10, round 29, a given name the
    lexicon does not hold)."""
    if len(run) < 2:
        return False
    match = _POST_OF_AFTER.match(body.norm, run[-1].end, run[-1].end + 80)
    if match is None or match.group("head").lower() not in lx.ROLE_HEADS:
        return False
    words = body.norm[match.start() + 1 : match.end("head")].split()
    return all(is_role_word(w) for w in words if w.lower() not in ("the", "a", "an"))


#: A post's "of" or "for" and the capitalised words of a group's name before a run ("director of National ").
_GROUP_OF = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’.\-]*\s+){0,3}$")


#: Words that end the name of a body, a firm, a building or a work, never a surname ("Gracie Mansion").
_NO_SURNAME = lx.INSTITUTION_HEADS | lx.GROUP_TAILS | lx.WORK_WORDS | frozenset(
    "College School Research Inn Airport Mansion Music Brothers Bros Footwear Hotel Hospital Church Stadium Arena "
    "Tower Hall Park Street Avenue Square Films Pictures Records Studios Ministries Ministry Partners Associates Company "
    "Corp Inc LLC Enterprises Industries Holdings Media".split())


class _CensusGiven:
    """Whether a run of two or three capitals opens on a given name the lexicon lacks but the Census lists
    (:data:`given_names.MORE_GIVEN`: "Herman Cain", "Clint Howard", "Dianne Bystrom"; issue 10, recall: their
    quotes went to no one). Such a name is a person unless this article says otherwise: it writes the word in
    lower case, or writes it as someone's surname ("Kerry" after "John"), or the run's last word is an everyday
    word of the article ("Clinton Cash"), a place, an outlet's or a company's tail."""

    def __init__(self, body: Body) -> None:
        self.body = body
        self._surnames: frozenset[str] | None = None

    def given(self, run: list[_Token]) -> bool:
        first, last = run[0].text, run[-1].bare
        if len(run) > 3 or first not in MORE_GIVEN or not _UPPER.match(last) or len(last) < 3:
            return False  # "Mari St" of "Mari St. John": a cut name
        if any(re.search(r"[a-z][A-Z]", t.bare) and not _INNER_CAPITAL_OK.match(t.bare) for t in run):
            return False  # "FoleyFlagShareLikeReplySara": a web page's buttons run into a name
        if (len(run) == 3 and run[1].text.endswith("s") and not run[1].text.endswith("ss")
                and run[1].text not in lx.FIRST_NAMES and run[1].text not in MORE_GIVEN):
            return False  # "Francesco Excommunicates Trump": a headline's verb, no middle name ("Jenna Bush Hager")
        if any(t.bare in _NO_SURNAME for t in run[1:]):
            return False  # "Edison Research", "Rochelle Tennis Club", "Warner Music": a body, a firm, a building
        lower = self.body.lower_words()
        if (first.lower() in lower or last.lower() in lower or last.lower() in lx.COMMON_WORDS or place(last)
                or last in _STATE_WORDS or last in lx.OUTLET_TAILS or re.fullmatch(_COMPANY_TAILS, last)
                or _NOUN_ENDING.search(last)):
            return False
        return first not in self.surnames()

    def surnames(self) -> frozenset[str]:
        """The capitalised words this article writes right after a given name: surnames here."""
        if self._surnames is None:
            self._surnames = frozenset(match.group(2) for match in _CAPITAL_PAIR.finditer(self.body.norm)
                                       if match.group(1) in lx.FIRST_NAMES or match.group(1) in MORE_GIVEN)
        return self._surnames


def find_names(body: Body) -> Names:
    """People, countries, institutions and outlets named in ``body``."""
    names = Names(body=body)
    pending: list[list[_Token]] = []
    title_case: dict[int, bool] = {}
    common = _CommonFirst(body)
    census = _CensusGiven(body)
    for run in _runs(body):
        run = common.strip(run)
        if not run:
            continue
        if _title_case(body, run[0].start, title_case):
            pending.append(run)
            continue
        following = tokens(body.norm, run[-1].end, min(len(body.norm), run[-1].end + 30))
        if following and following[0].text in lx.INSTITUTION_HEADS and body.norm[run[-1].end : following[0].start] == " ":
            continue  # "Investment" in "the EB-5 Investment Coalition": part of a body's name
        if any(t.bare in lx.REGION_WORDS for t in run[1:]):
            continue  # "Rust Belt", "Silicon Valley", "West Coast": a region, offered as a choice (round 22)
        if (any(t.bare in lx.WORK_WORDS for t in run[1:])
                or following and following[0].bare in lx.WORK_WORDS and body.norm[run[-1].end : following[0].start] == " "):
            continue  # "James Bible" in "the King James Bible", "Truman Doctrine": a work's name, no person (round 6)
        if _not_a_person(body, run):
            continue  # "San Pedro Sula, Honduras", "Chiefs" of the Joint Chiefs, a photo credit (round 10)
        before = tokens(body.norm, max(0, run[0].start - 6), run[0].start)
        if (run[-1].bare in lx.GROUP_TAILS or run[-1].bare in lx.INSTITUTION_HEADS) and _GROUP_OF.search(
                body.norm, max(0, run[0].start - 60), run[0].start):
            continue  # "executive director of National Nurses United": a group's name, no "Nurses United" (round 29)
        if len(run) >= 3 and before and before[-1].text in ("for", "of"):
            run = run[len(run) - 2 :]
        if len(run) >= 3 and run[0].bare in _CLERGY_TITLES:
            run = run[1:]  # "Rabbi Marvin Hier": the title is no part of the name (issue 10, round 29)
        for index in range(1, len(run) - 1):  # "Public Advocate Letitia James": the name starts at its given name
            if run[index].text in lx.FIRST_NAMES and not any(t.text in lx.FIRST_NAMES for t in run[:index]):
                run = run[index:]
                break
        name = " ".join(body.text[t.start : t.start + len(t.bare)] for t in run)
        role = _role_before(body, run) or _role_after(body, run)
        known = names.find(name)
        given = len(run) >= 2 and (run[0].text in lx.FIRST_NAMES and run[0].text not in MORE_GIVEN
                                   or census.given(run))  # "Cornell Belcher, a pollster"
        if known is not None or role or given or _titled(body, run) or _speech_next_to(body, run) or _post_of_after(body, run):
            if known is None:
                known = Person(name, role, run[0].start, run[0].start if role else None)
                names.people.append(known)
            elif len(name.split()) > len(known.name.split()) and (
                    len(known.name.split()) > 1 or _longer_name(body, run, _in_quotes(body))):
                known.name = name
                names.renamed()
            if role and not known.role:
                known.role, known.role_at = role, run[0].start
            names.mentions.append(Mention(run[0].start, run[-1].end, known, run[-1].text.endswith("'s")))
        else:
            pending.append(run)
    _named_in_full_elsewhere(body, names, pending, title_case)
    inside = _in_quotes(body)
    for run in pending:  # a surname named before its full introduction, or a full name after it
        known = names.find(" ".join(t.bare for t in run)) or (names.find(run[-1].bare) if len(run) > 1 else None)
        if known is None and len(run) > 2 and _title_case(body, run[0].start, title_case):
            run = _name_in_headline(names, run) or run  # "Hillary Clinton Goes After ...": the name inside
            known = names.find(run[-1].bare) if len(run) == 2 else None
        if (known is not None and len(run) == 2 and run[0].text not in lx.FIRST_NAMES
                and run[0].text.lower() not in body.lower_words() and _title_case(body, run[0].start, title_case)):
            run = run[1:]  # "ESPN Fires Schilling Over ...": a headline's capitalised verb is no given name (round 14)
        if known is not None and len(run) > 1 and len(known.name.split()) == 1 and _longer_name(body, run, inside):
            known.name = " ".join(body.text[t.start : t.start + len(t.bare)] for t in run)
            names.renamed()
        if known is not None:
            names.mentions.append(Mention(run[0].start, run[-1].end, known, run[-1].text.endswith("'s")))
    _merge_surnames(names)
    _drop_common_words(body, names)
    _drop_titles(body, names)
    _drop_initials_and_groups(names)
    _first_names_alone(names)
    _merge_variants(names)
    _drop_garbled(body, names)
    names.mentions.sort(key=lambda m: m.start)
    _other_of_a_surname(body, names)
    _shared_surnames(body, names)
    _descriptions(body, names)
    named: set[int] = set()  # the people named in full so far
    for mention in names.mentions:
        if len(body.norm[mention.start : mention.end].split()) < 2:
            continue
        if not _in_office(mention.person) and (
                _LAY_AFTER.match(body.norm, mention.end) and not _post_in_appositive(body, mention.end)
                and not (id(mention.person) in named and _AGE_AFTER.match(body.norm, mention.end))
                or _LAY_BEFORE.search(body.norm, max(0, mention.start - 30), mention.start)
                or not mention.person.role and _job_and_town(body, mention.end)):
            mention.person.lay = True
        named.add(id(mention.person))
    _parties(body, names)
    names.primaries = primary_parties(body)
    _primary_sides(body, names)
    _outlet_people(body, names)
    _places_and_bodies(body, names)
    _outlets_named_as_people(body, names)
    _famous(body, names)
    _accused(body, names)
    _at_an_event(body, names)  # after parties, posts and fame are known: those are no passers-by
    return names


def _longer_name(body: Body, run: list[_Token], inside) -> bool:
    """Whether a run of capitals that ends on a one-word "person" ("Twitter said", "Glass-Steagall") may stand
    for that person's full name: its first word is a given name, or it is written outside quote marks and its
    first word is no everyday word (issue 10, round 26: '"Wilayat Twitter,"' and '"Super Glass-Steagall would
    ..."' renamed Twitter and the law, and both were offered as who said a quote)."""
    first = run[0].text
    if first in lx.FIRST_NAMES or first in lx.FAMOUS_TITLES:
        return True  # "Pope Francis" after "Francis"
    return not inside(run[0].start) and first.lower() not in NOT_GIVEN and first.lower() not in body.lower_words()


#: First words of a place's name, never of a person's ("San Pedro Sula", "Los Alamos", "Fort Hood").
_PLACE_PREFIXES = frozenset("San Santa Santo São Sao Los Las Fort Port Puerto Porto Mount Lake Cape Ciudad".split())
_PLACE_AFTER = re.compile(r",\s+(?P<where>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s*(?:[;.)]|,\s+(?:and\s+)?[A-Z]|$)")
#: A photo credit: "Jim Alder / Reuters." on a line of its own, "Photo: Jim Alder", "(Photograph by Jim Alder)".
_CREDIT_AFTER = re.compile(r"[ \t]*/[ \t]*[A-Z][\w.&'\- ]{0,40}\.?[ \t]*(?:\n|$)")
_CREDIT_BEFORE = re.compile(r"(?:\b(?:Photo|Photos|Photograph|Photographs|Image|Images|Credit|Illustration)(?:\s+by)?\s*[:|]?"
                            r"|\bphotographed\s+by|\b(?:Photo|Photograph|Illustration)\s+by)\s*$", re.I)


def _not_a_person(body: Body, run: list[_Token]) -> bool:
    """Whether a run of name words is a place, a body's plural word or a credit rather than a person (issue
    10, round 10): "San Pedro Sula" (a place's first word; a run followed by ", Honduras;"), "Chiefs" (the
    plural of a post: "the Joint Chiefs of Staff"), "Jim Alder / Reuters" or "Photo: Jim Alder" (a photo
    credit, no one in the story)."""
    first = run[0].bare
    if first in _PLACE_PREFIXES and len(run) >= 2:
        return True
    after = _PLACE_AFTER.match(body.norm, run[-1].end)
    if (after and first not in lx.FIRST_NAMES and (lx.COUNTRIES.get(after.group("where")) or after.group("where") in US_STATES)
            and not body.norm[run[-1].end:run[-1].end + 1] == "'"):
        return True  # "Caracas, Venezuela;": a city and its country
    if len(run) == 1 and first.endswith("s") and len(first) > 3 and is_role_word(first[:-1]):
        return True  # "Chiefs", "Governors": a post's plural is a body or a group, no one person
    line_start = body.norm.rfind("\n", 0, run[0].start) + 1
    if not body.norm[line_start:run[0].start].strip() and _CREDIT_AFTER.match(body.norm, run[-1].end):
        return True  # "Jim Alder / Reuters." under a photo
    return _CREDIT_BEFORE.search(body.norm, max(0, run[0].start - 30), run[0].start) is not None


#: Words that say a person is hunted, held or charged, near their name in one sentence.
_ACCUSED = re.compile(r"\b(?:suspects?(?!\s+(?:that|it|he|she|they|so))|manhunt|fugitive|gunman|gunmen|shooter|bomber"
                      r"|hijacker|assailant|the accused|(?:was|were|been|is|are)\s+(?:arrested|indicted|detained|charged"
                      r"|convicted|wanted)|on the run)\b", re.I)
ACCUSED_REACH = 80


def _accused(body: Body, names: Names) -> None:
    """Mark the people the article hunts, holds or charges (issue 10, round 10: the hunted suspect offered
    as a choice beside politicians): a word of the kind (:data:`_ACCUSED`) within :data:`ACCUSED_REACH`
    characters of a mention, in its sentence."""
    for mention in names.mentions:
        if mention.person.accused or mention.person.role:
            continue
        sentence = body.sentence_at(mention.start)
        start, end = max(sentence.start, mention.start - ACCUSED_REACH), min(sentence.end, mention.end + ACCUSED_REACH)
        if _ACCUSED.search(body.norm, start, end):
            mention.person.accused = True


#: How many times at most the article names a famous person for them to count as named in passing.
FAMOUS_IN_PASSING = 2


def _famous(body: Body, names: Names) -> None:
    """Mark the famous (:data:`lexicon.FAMOUS_POSTS`, :data:`lexicon.FAMOUS_TITLES`): a president or a pope by
    post ("former president"), by name ("Pope Francis") or by the title before a mention ("Pope John Paul
    II", "President Obama"), when named in passing (at most :data:`FAMOUS_IN_PASSING` times). Issue 10,
    round 8: offered beside anyone else they are filler from nowhere."""
    famous, count = set(), Counter()
    for person in names.people:
        role = re.sub(r"^(?:the\s+|then[- ])", "", (person.role or "").lower())
        if role in lx.FAMOUS_POSTS or person.name.split()[0] in lx.FAMOUS_TITLES:
            famous.add(id(person))
    for mention in names.mentions:
        count[id(mention.person)] += 1
        before = body.norm[max(0, mention.start - 12):mention.start].split()
        if before and before[-1] in lx.FAMOUS_TITLES:
            famous.add(id(mention.person))
    for person in names.people:
        # named in passing: an actor the article keeps coming back to (Putin in a piece on arms control) is
        # a fair choice; "President Obama's 2012 bundlers", named once, is not
        person.famous = id(person) in famous and count[id(person)] <= FAMOUS_IN_PASSING


#: An outlet's head word right before a name ("the Vatican's official newspaper, L'Osservatore Romano").
_OUTLET_HEAD_BEFORE = re.compile(r"\b(?:%s|paper|network|website)\s*,?\s*$" % "|".join(sorted(lx.OUTLET_HEADS)), re.I)


def _outlets_named_as_people(body: Body, names: Names) -> None:
    """The "people" that are outlets (issue 10, round 8: La Stampa and L'Osservatore Romano offered as
    speakers beside the pope): a name that opens on a foreign article ("La", "Il", "L'", "Die":
    :data:`lexicon.OUTLET_ARTICLES`), or one written right after an outlet's head word ("the official
    newspaper, L'Osservatore Romano"). They become outlets: no speaker to ask about, no choice."""
    outlets = {id(p) for p in names.people
               if p.name.split()[0] in lx.OUTLET_ARTICLES or re.match(r"L['’][A-Z]", p.name)}
    for mention in names.mentions:
        if not mention.person.role and _OUTLET_HEAD_BEFORE.search(body.norm, max(0, mention.start - 24), mention.start):
            outlets.add(id(mention.person))
    known = set(names.outlets)
    for person in names.people:
        if id(person) in outlets:
            person.press = True
            if person.name not in known:  # a set: many such names cost no more than one pass
                known.add(person.name)
                names.outlets.append(person.name)


#: The first word of an outlet's name of several words, which an owner's "'s" stands for ("Fox's Chris Wallace",
#: "CBS's"): no place and no given name ("Washington's" is a state's, "Wall" never owns anyone).
_OUTLET_FIRST_WORDS = frozenset(
    first for first in (outlet.split()[0] for outlet in lx.OUTLETS if " " in outlet)
    if first not in lx.FIRST_NAMES and first not in US_STATES and place(first) is None and first not in ("The", "New", "Al", "El", "Le", "Der"))
#: A journalist's part in the story right before a name or after it ("moderator Lester Holt", "Chris Wallace, the
#: debate's moderator,"): issue 10, round 26, a moderator offered among candidates. Not "host" or "anchor": a
#: "former TV network anchor Katie Couric" speaking at a commencement, or "co-host Joe Scarborough" as the one
#: candidate's only other name, are the choices judges kept ("Couric a real distractor"), and marking them press
#: left the quotes beside them with too few choices to be asked.
_PRESS_WORK = r"(?:moderator|co-moderator|interviewer)"
_PRESS_BEFORE = re.compile(r"(?<!former )\b(?:debate\s+)?%s\s+$" % _PRESS_WORK)
_PRESS_AFTER = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’.\-]+\s+){0,4}?%s\b" % _PRESS_WORK)
#: A journalist's post right before a name or after it ("Post White House bureau chief Juliet Eilperin", "Dana
#: Milbank, a Post columnist,"): issue 10, round 31, a reporter's paraphrase of the president asked as her words,
#: her post read as "chief". Not a former one ("former reporter", now in a campaign), nor a post of an outlet's
#: business ("chief executive").
_JOURNALIST = r"(?:bureau\s+chief|(?:White\s+House|political|national|foreign|chief|senior|congressional|campaign)\s+(?:correspondent|reporter)|correspondent|reporter|columnist|opinion\s+writer|staff\s+writer|political\s+writer)"
#: How often the article names a journalist it cites at most; one named more is the story's subject.
JOURNALIST_CITED = 2
_JOURNALIST_BEFORE = re.compile(r"(?<!former )(?<!ex-)\b%s\s+$" % _JOURNALIST, re.I)
_JOURNALIST_AFTER = re.compile(r",\s+(?:the|a|an)\s+(?!former\b)(?:[\w'’.\-]+\s+){0,4}?%s\b" % _JOURNALIST, re.I)
_OUTLET_BEFORE = re.compile(r"\b([A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})(?:'s|’s|'|’)\s+$")
_OUTLET_AFTER = re.compile(r",? (?:of|from) (?:the )?([A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})")


_GARBLED_WORD = re.compile(r"[a-z][A-Z]$|\ufffd")
_MOJIBAKE = re.compile(r"[a-z][ÃÂ]")  # "RaÃol" for "Raúl": UTF-8 read as Latin-1, in any word (round 21)


def _drop_garbled(body: Body, names: Names) -> None:
    """No person whose name came through broken characters ("Federico de JesA", "Jes\ufffds"): a last word
    ending in a stray capital or a replacement character next to a mention is no name to offer (round 7)."""
    garbled = {id(p) for p in names.people
               if any(_GARBLED_WORD.search(word) for word in p.name.split()[1:] or p.name.split())
               or _MOJIBAKE.search(p.name)}
    for mention in names.mentions:
        if "\ufffd" in body.text[max(0, mention.start - 1) : mention.end + 1]:
            garbled.add(id(mention.person))
    if garbled:
        names.garbled = sorted(m.start for m in names.mentions if id(m.person) in garbled)
        names.people = [p for p in names.people if id(p) not in garbled]
        names.mentions = [m for m in names.mentions if id(m.person) not in garbled]
        names.renamed()


def _outlet(name: str) -> bool:
    words = name.split()
    return name in lx.OUTLETS or (len(words) > 1 and words[-1] in lx.OUTLET_TAILS and words[0] not in lx.FIRST_NAMES)


def is_outlet(name: str, names: Names | None = None) -> bool:
    """Whether a name is a newspaper's, a broadcaster's or an agency's ("the Valmora Tribune said"): no
    speaker to ask about nor a choice (issue 10, round 6)."""
    bare = re.sub(r"^The\s+", "", name)
    return _outlet(bare) or _outlet(name) or (names is not None and (name in names.outlets or bare in names.outlets))


#: One word of a company's, a body's or a watchdog's name that the reader takes for a surname ("General
#: Electric says", "the National Institutes of Health", "Human Rights Watch"): no person to offer (round 11).
ORG_WORDS = frozenset("Electric Motors Dynamics Mills Foods Institutes Institute Watch Foundation Association "
                      "Alliance Coalition Council Network Project Center Centre Partners Capital Holdings Systems "
                      "Energy Airlines Pharmaceuticals Industries Laboratories Labs Technologies Communications "
                      # a body's word read as a surname ("a spokesman for the Democratic National Convention")
                      "Convention Committee Commission Congress Senate Department Agency Bureau Ministry "
                      "Administration Campaign Caucus Authority".split())
#: Words of :data:`ORG_WORDS` that are also surnames ("Cheryl Mills"): a two-word name ending on one is a person.
_ORG_SURNAMES = frozenset({"Mills"})
#: Words that open a sentence as its subject and are no one ("Nobody asked about …": round 12, a choice).
NOBODY_WORDS = frozenset("Nobody Everybody Somebody Anybody Everyone Someone Anyone None Noone".split())
#: Surname prefixes that carry a capital inside a name ("McCain", "DeLay", "O'Malley", "MacArthur").
_INNER_CAPITAL_OK = re.compile(r"^(?:Mc|Mac|O'|O’|De|Di|Da|Du|La|Le|Van|Von|St)[A-Z]")


def no_person(name: str, surname: bool = False) -> bool:
    """Whether a one-word "name" is a body's rather than a person's: a word of a company's or body's name
    (:data:`ORG_WORDS`: "Electric" of "General Electric"), or a brand with a capital inside ("ProPublica",
    "FiveThirtyEight"), where a surname has none but after "Mc", "O'" and the like. Issue 10, round 11:
    judges found "Electric" and "ProPublica" offered beside an economist as who said it; round 12: "Nobody"
    (of "Nobody asked about …") and "Convention" (of "the Democratic National Convention"). A one-word name that
    is a US state or a country is none either, unless it is asked of a full name's ``surname`` ("Chuck Jordan")."""
    words = name.split()
    if len(words) != 1:
        return False
    word = words[0]
    if not surname and (word in US_STATES or place(word) == word):
        return True  # "for former Florida governor Jeb Bush's bid": a state read as a name (a fresh judged set:
        # "Florida" offered as who said it, three times in one deck)
    return word in ORG_WORDS or word in NOBODY_WORDS or (
        re.search(r"[a-z][A-Z]", word) is not None and not _INNER_CAPITAL_OK.match(word))


#: A byline or a reporting credit before a name: "By Jane Ross", "reporting by", "written by", "reports".
_BYLINE_BEFORE = re.compile(r"(?:^|\n)\s*(?:By|BY|by)\s+$|\bOn\s+Twitter,?\s+follow\s+$|\b(?:[Rr]eporting|[Ww]ritten|[Ee]dited|[Rr]eported)\s+by\s+(?:[A-Z][\w.]*\s+){0,2}$")
_BYLINE = re.compile(r"^[ \t]*(?:By|BY)[ \t]+((?:[A-Z][\w.'’\-]+(?:[ \t]+and[ \t]+|,[ \t]*|[ \t]+)?){1,8}?)[ \t]*$", re.M)
#: A reporter's sign-off: a name alone on a line after a dash ("- Elise Viebeck."), at the story's end only (a dash
#: before a name earlier may open a list).
_SIGN_OFF = re.compile(r"^[ \t]*[-—–]{1,2}[ \t]*([A-Z][\w.'’\-]+(?:[ \t]+[A-Z][\w.'’\-]+){1,3})[ \t]*\.?[ \t]*$", re.M)
#: How far from the story's end (in characters) a sign-off stands.
SIGN_OFF_REACH = 200
#: A reporting credit after a name: "Jane Ross reported", "contributed reporting", "writes for the Herald".
_BYLINE_AFTER = re.compile(r"(?:'s|’s)?\s*(?:,\s*)?(?:(?:also\s+)?contributed(?:\s+to)?\s+(?:this\s+)?report(?:ing)?\b"
                           r"|contributed\s+from\s+[A-Z]|contributed\s*\.|\s+https?://(?:www\.)?twitter\.com/"  # "AP writer Jill Colvin contributed from Albuquerque."
                           r"|reported\s+(?:from|from\s+the|for)\b|(?:writes|wrote|reports)\s+for\s+(?:the\s+)?[A-Z]"
                           r"|is\s+an?\s+(?:\w+\s+){0,2}(?:reporter|correspondent|journalist|columnist|writer|editor)\b)")


def mark_authors(names: Names, byline: str | None) -> None:
    """The people a byline names ("Nora Lindqvist and Ivo Sand") are the article's authors: press, never
    asked as speakers nor offered as choices (issue 10, round 5: a reporter's paraphrase asked as who said)."""
    for part in re.split(r"\s+and\s+|,\s*", byline or ""):
        words = part.split()
        known = names.find(part) or names.find(words[-1]) if words else None
        if known is not None:
            known.press = True


def _outlet_people(body: Body, names: Names) -> None:
    """Mark the people the article names as an outlet's own ('NBC's Lester Holt', 'Lester Holt of NBC News'):
    journalists, offered only beside journalists."""
    for mention in names.mentions:  # the article's own author or reporter (issue 10, round 5)
        before = body.norm[max(0, mention.start - 40):mention.start]
        after = body.norm[mention.end:mention.end + 60]
        if _BYLINE_BEFORE.search(before) or _BYLINE_AFTER.match(after):
            mention.person.press = True
    for match in _BYLINE.finditer(body.norm):  # "By Nora Lindqvist" on a line of its own: the author
        for part in re.split(r"\s+and\s+|,\s*", match.group(1)):
            words = part.split()
            known = words and (names.find(part) or names.find(words[-1]))
            if known:
                known.press = True
    for match in _SIGN_OFF.finditer(body.norm, max(0, len(body.norm) - SIGN_OFF_REACH)):
        if body.norm[max(0, match.start() - 40):match.start()].rstrip().endswith(('"', "”")):
            continue  # a quote's signature ("“…”" then "- Bernie Sanders."): the speaker, no reporter
        known = names.find(match.group(1).rstrip("."))  # "- Nora Lindqvist." closing the story: its reporter's sign-off
        if known is not None:
            known.press = True
    named: dict[int, int] = {}
    for mention in names.mentions:
        named[id(mention.person)] = named.get(id(mention.person), 0) + 1
    for mention in names.mentions:  # a journalist by post, whatever post was read from it ("bureau chief": "chief")
        person = mention.person  # cited once or twice; not the journalist the story is about ("reporter Jorge Ramos")
        if not person.press and named[id(person)] <= JOURNALIST_CITED and (_JOURNALIST_BEFORE.search(body.norm, max(0, mention.start - 40), mention.start)
                                 or _JOURNALIST_AFTER.match(body.norm, mention.end, mention.end + 80)):
            person.press = True
            if person.role and re.fullmatch(r"(?i)(?:bureau\s+)?chief|correspondent|reporter|columnist|writer", person.role):
                person.role = None  # the journalist's own post, cut ("chief"): they are press, no official
                person.role_at = None
    for mention in names.mentions:
        person = mention.person
        if person.press or person.role:
            continue
        before = _OUTLET_BEFORE.search(body.norm, max(0, mention.start - 40), mention.start)
        after = _OUTLET_AFTER.match(body.norm, mention.end)
        if (before and (_outlet(before.group(1)) or before.group(1) in _OUTLET_FIRST_WORDS
                           and before.group(1).lower() not in body.lower_words())
                or after and _outlet(after.group(1))
                or _PRESS_BEFORE.search(body.norm, max(0, mention.start - 30), mention.start)
                or _PRESS_AFTER.match(body.norm, mention.end, mention.end + 80)):
            person.press = True


#: An opening quote mark right before an offset: after a space, a comma, a colon or a line's start.
_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s,:;(\-—]))[\"“‘]\s?\Z", re.M)


class _CommonFirst:
    """Cuts an everyday word off the front of a run ("Derelict Obama", "Everything Trump"): a word of
    :data:`NOT_GIVEN`, or one the article also writes in lower case when the run opens a sentence. What is
    left must be a name the article writes on its own elsewhere ("Zero Hedge" leaves "Hedge": no one)."""

    def __init__(self, body: Body) -> None:
        self.body = body
        self.counts: dict[str, int] = {}

    def strip(self, run: list[_Token]) -> list[_Token]:
        if len(run) < 2 or run[0].text in lx.FIRST_NAMES:
            return run
        word = run[0].text.lower()
        if word not in NOT_GIVEN and not ((word in self.body.lower_words() or word in lx.COMMON_WORDS)
                                          and self._opens_sentence(run[0].start)):
            return run
        rest = run[1:]
        if len(rest) == 1 and self._count(rest[0].bare) <= self._count(run[0].text + " " + rest[0].bare):
            return []  # the word stands nowhere on its own: "Zero Hedge" is a website, "Hedge" is no one
        return rest

    def _opens_sentence(self, offset: int) -> bool:
        """Whether ``offset`` opens a sentence, or a quotation inside one ('Mr. Conant added, "Once Fox made it
        an issue': issue 10, round 26, "Once Fox" offered as a person)."""
        sentence = self.body.sentence_at(offset)
        if _OPENING_QUOTE.search(self.body.norm, max(sentence.start, offset - 4), offset):
            return True
        return not self.body.norm[sentence.start : offset].strip(" \n\"'“‘(—-")

    def _count(self, phrase: str) -> int:
        """How often a capitalised word, or two of them, stands in the text (all counted in one pass)."""
        if not self.counts:
            previous = None
            for match in re.finditer(r"[\w'’\-]+", self.body.norm):
                word = match.group()
                if word[:1].isupper():
                    self.counts[word] = self.counts.get(word, 0) + 1
                    if previous is not None and previous.end() + 1 == match.start():
                        pair = previous.group() + " " + word
                        self.counts[pair] = self.counts.get(pair, 0) + 1
                    previous = match
                else:
                    previous = None
            self.counts[""] = 0
        return self.counts.get(phrase, 0)


def _name_in_headline(names: Names, run: list[_Token]) -> list[_Token] | None:
    """In a title-case line a run of capitals holds verbs too ('Hillary Clinton Goes After Donald Trump'): the
    first given name followed by the surname of someone the article names is that person's full name."""
    for first, second in zip(run, run[1:]):
        known = names.find(second.bare)
        if first.text in lx.FIRST_NAMES and known is not None and len(known.name.split()) == 1:
            return [first, second]
    return None


def _titled(body: Body, run: list[_Token]) -> bool:
    """Whether a title with its full stop stands right before a run of two words or more ("Gen. Zachary
    Taylor", "Sen. Barry Goldwater"): a person, whatever their century."""
    if len(run) < 2:
        return False
    before = body.norm[max(0, run[0].start - 8) : run[0].start]
    match = re.search(r"\b([A-Za-z]{1,5})\.\s$", before)
    return bool(match and match.group(1).lower() in lx.TITLES)


def _named_in_full_elsewhere(body: Body, names: Names, pending: list[list[_Token]], title_case: dict[int, bool]) -> None:
    """A full name whose surname the article also writes alone ("Millard Fillmore, an anti-slavery moderate" and
    "Fillmore sought ...") is a person, though no post or speech verb comes with it: a historical figure. The
    surname must be no everyday word (the article never writes it in lower case) and no place."""
    alone: dict[str, int] = {}
    for run in pending:  # the surname alone as a sentence's subject: "Fillmore sought", not "(…) Healthcare"
        if (len(run) == 1 and not _title_case(body, run[0].start, title_case)
                and re.match(r" [a-z]", body.norm[run[0].end : run[0].end + 2])
                and not re.search(r"[)\w]\s*$", body.norm[max(0, run[0].start - 3) : run[0].start])):
            alone[run[0].bare] = alone.get(run[0].bare, 0) + 1
    lower = body.lower_words()
    inside = _in_quotes(body)
    for run in pending:
        if not 2 <= len(run) <= 3 or _title_case(body, run[0].start, title_case) or inside(run[0].start):
            continue  # '"Super Glass-Steagall would ..."': a name only quoted is a slogan's (issue 10, round 26)
        surname = run[-1].bare
        if (alone.get(surname, 0) < 1 or surname.lower() in lower or place(surname) or surname in lx.FIRST_NAMES
                or _NOUN_ENDING.search(surname) or surname in lx.OUTLET_TAILS
                or re.fullmatch(_COMPANY_TAILS, surname) or not all(_UPPER.match(t.text) for t in run)
                or run[0].text.lower() in lower or run[0].text.lower() in NOT_GIVEN):
            continue
        name = " ".join(body.text[t.start : t.start + len(t.bare)] for t in run)
        if names.find(name) is None and names.find(surname) is None:
            names.people.append(Person(name, None, run[0].start))


def _first_names_alone(names: Names) -> None:
    """A given name alone ("Bernie", "Melanie") is the person the article names in full with it, when it names
    exactly one; otherwise it is no one to ask about or offer as a choice."""
    alone = [p for p in names.people if " " not in p.name and p.name in lx.FIRST_NAMES and not p.role]
    if not alone:
        return
    by_first: dict[str, list[Person]] = {}
    for person in names.people:
        words = person.name.split()
        if len(words) > 1:
            by_first.setdefault(words[0], []).append(person)
    target: dict[int, Person | None] = {}
    for person in alone:
        full = by_first.get(person.name, [])
        target[id(person)] = full[0] if len(full) == 1 else None
    names.people[:] = [p for p in names.people if id(p) not in target]
    names.mentions[:] = [m if id(m.person) not in target else Mention(m.start, m.end, target[id(m.person)], m.possessive)
                         for m in names.mentions if target.get(id(m.person), m.person) is not None]
    names.renamed()


def _given(person: Person) -> str:
    return person.name.split()[0].rstrip(".")


def _formal_names() -> dict[str, str]:
    """A short form of a given name that stands for one formal name only ("Chuck": Charles), not "Ted" (Edward,
    Theodore, Rafael: a father and son may be Edward and Ted)."""
    formal: dict[str, set[str]] = {}
    for name, shorts in lx.GIVEN_NICKNAMES.items():
        for short in shorts:
            formal.setdefault(short, set()).add(name)
    return {short: names.pop() for short, names in formal.items() if len(names) == 1}


#: A given name's short form, to its one formal name: "Chuck Grassley" is "Charles Grassley".
_FORMAL = _formal_names()


def _merge_variants(names: Names) -> None:
    """One person under two names is one person (issue 10, round 5: "Hillary Clinton" and "Hillary Rodham
    Clinton", "Bill" and "Bill Clinton" offered side by side): a full name with a middle name or an initial
    folds into the other full name with the same given name and surname (or its short form: "Chuck Grassley" and
    "Charles Grassley" were offered side by side on a fresh judged set), and a one-word name that is the
    given name of exactly one person named in full (and no one's surname) folds into that person. The
    longest full name is kept."""
    full = [p for p in names.people if len(p.name.split()) > 1]
    by_pair: dict[tuple[str, str], list[Person]] = {}
    for person in full:
        by_pair.setdefault((_FORMAL.get(_given(person), _given(person)), person.surname), []).append(person)
    target: dict[int, Person] = {}
    for group in by_pair.values():
        middles = [[w.casefold() for w in p.name.split()[1:-1]] for p in group]
        if len(group) > 1 and all(_middles_fit(m, n) for m in middles for n in middles):  # not H.W. and W. Bush
            keep = max(group, key=lambda p: (len(p.name.split()), -p.first))
            for person in group:
                if person is not keep:
                    target[id(person)] = keep
    surnames = {p.surname for p in full}
    by_given: dict[str, list[Person]] = {}
    for person in full:
        if id(person) not in target:
            by_given.setdefault(_given(person), []).append(person)
    for person in names.people:
        if " " not in person.name and person.name not in surnames and len(by_given.get(person.name, [])) == 1:
            target[id(person)] = by_given[person.name][0]
    _merge_doubled_letters(names, full, target)
    if not target:
        return
    for person in names.people:
        keep = target.get(id(person))
        if keep is not None:
            keep.first = min(keep.first, person.first)
            if not keep.role and person.role:
                keep.role, keep.role_at = person.role, person.role_at
            keep.party = keep.party or person.party
            keep.description = keep.description or person.description
    names.people[:] = [p for p in names.people if id(p) not in target]
    names.mentions[:] = [Mention(m.start, m.end, target[id(m.person)], m.possessive) if id(m.person) in target
                         else m for m in names.mentions]
    names.renamed()


def _doubled_letter_apart(one: str, other: str) -> bool:
    """Whether two given names differ only by one letter written once or twice ("Hilary", "Hillary";
    "Philip", "Phillip")."""
    short, long = sorted((one, other), key=len)
    if len(long) != len(short) + 1:
        return False
    at = next((i for i, (a, b) in enumerate(zip(short, long)) if a != b), len(short))
    return long[:at] + long[at + 1:] == short and 0 < at and long[at] == long[at - 1]


def _merge_doubled_letters(names: Names, full: list[Person], target: dict[int, Person]) -> None:
    """A full name the article misspells by a doubled letter is the person it names most often ("Hilary Clinton"
    once beside "Hillary Clinton": the drafter asked who said a quote with both spellings as choices, the first
    as the answer)."""
    mentions = Counter(id(m.person) for m in names.mentions)
    by_surname: dict[str, list[Person]] = {}
    for person in full:
        if id(person) not in target:
            by_surname.setdefault(person.surname, []).append(person)
    for group in by_surname.values():
        if len(group) > 1:
            keep = max(group, key=lambda p: (mentions[id(p)], -p.first))
            for person in group:
                if person is not keep and _doubled_letter_apart(_given(person), _given(keep)):
                    target[id(person)] = keep


#: A capitalised word written right before a law's or a thing's noun: "the Glass-Steagall Act", "the Glass-Steagall
#: plank", "Jim Crow laws".
_THING_AFTER = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+)\s+(?:Act|Acts|Law|Laws|laws|law|Amendment|Doctrine|plank|planks"
                          r"|firewall|Accord|Accords|Treaty|Agreement|Bridge|Tunnel|Airport|Stadium)\b")


def thing_names(body: Body, names: Names) -> set[str]:
    """The "people" whose last word the article also writes as a law's or a thing's name ("Super Glass-Steagall"
    in a quote beside "the Glass-Steagall Act"): no person to offer as a speaker or a choice (issue 10, round 15).
    One pass over the text."""
    things = {match.group(1) for match in _THING_AFTER.finditer(body.norm)}
    found = {p.name for p in names.people if p.name.split()[-1] in things}
    # a body's name read as a person's ("Judicial Watch", "Heritage Foundation"): its last word is a body's word
    # (issue 10, round 20: Judicial Watch offered beside its own president as who said it)
    found |= {p.name for p in names.people if len(p.name.split()) > 1 and p.name.split()[-1] in ORG_WORDS
              and p.name.split()[-1] not in _ORG_SURNAMES}
    # a nickname the article only ever writes in full in quote marks ("put the location on their profile as
    # ''Wilayat Twitter''"): a label, no one (issue 10, round 20)
    marked: dict[str, bool] = {}
    for mention in names.mentions:
        if body.norm[mention.start:mention.end] != mention.person.name:
            continue  # "Twitter" alone, read as the surname of "Wilayat Twitter": the full name decides
        before = body.norm[max(0, mention.start - 1):mention.start]
        after = body.norm[mention.end:mention.end + 2]
        inside = before == '"' and (after[:1] == '"' or after in (',"', '."'))
        marked[mention.person.name] = marked.get(mention.person.name, True) and inside
    return found | {name for name, always in marked.items() if always}


def of_the_past(body: Body, names: Names) -> set[str]:
    """People the article names as dead or of history: "the late Senator X", "X, who died in …", "X
    (1809-1865)", the one in "a photograph of Prime Minister X", "the legacy of X" (issue 10, round 12: Begin,
    shown in a textbook's photograph, offered beside living executives; round 22: "the inauguration of Richard
    Nixon 30 years before", offered beside Reich's line on Clinton): no one to offer as a speaker of today's remark."""
    found = set()
    for mention in names.mentions:
        before = body.norm[max(0, mention.start - 60):mention.start]
        after = body.norm[mention.end:mention.end + 40]
        if _LATE.search(before) or _DIED.match(after):
            found.add(mention.person.name)
    return found


#: A year in the text ("in 2000", "Iowa 1976").
_YEAR = re.compile(r"(?<![\d$.,])(1[89]\d\d|20[0-3]\d)(?![\d%]|[’']?s\b)")  # not a decade ("the 1980s")
#: How near a mention (in characters, within its sentence) a year dates it.
ERA_REACH = 80
#: How many years before the article's newest year a year is another era's.
ERA_YEARS = 6


def of_another_era(body: Body, names: Names) -> set[str]:
    """People every mention of whom the article dates to a year long before its own ("think Jimmy Carter in Iowa
    1976 and John McCain in New Hampshire 2000", "McCain defeated George W. Bush … in 2000" in a 2016 story): a
    figure of another race, no one to offer beside today's speakers (issue 10, round 32: John McCain beside
    Kasich). The article's own time is the newest year it writes; the caller keeps the people it quotes or gives a
    say (they are of today, whatever years their mentions carry)."""
    years = [int(m.group(1)) for m in _YEAR.finditer(body.norm)]
    if not years:
        return set()
    old_before = max(years) - ERA_YEARS
    dated: dict[str, bool] = {}
    for mention in names.mentions:
        name = mention.person.name
        if dated.get(name) is False:
            continue
        sentence = body.sentences[body.sentence_index(mention.start)]
        window = body.norm[max(sentence.start, mention.start - ERA_REACH):min(sentence.end, mention.end + ERA_REACH)]
        near = [int(y) for y in _YEAR.findall(window)]
        dated[name] = bool(near) and max(near) <= old_before
    return {name for name, old in dated.items() if old}


_LATE = re.compile(r"\b(?:the\s+late|late\s+President|late\s+Senator)\s+(?:[A-Z][\w.]*\s+){0,3}$"
                   r"|\b(?:death|deaths|killing|killings|shooting|murder|slaying|funeral|photograph|portrait|statue|bust"
                   r"|memory|legacy|grave|tomb|inauguration|era|heyday|reign)\s+of\s+(?:the\s+|a\s+)?"
                   r"(?:[\w\-]+\s+){0,4}?$")
_DIED = re.compile(r"(?:'s)?,?\s*(?:who\s+(?:died|was\s+(?:assassinated|(?:later\s+)?(?:fatally\s+shot|shot\s+dead|shot\s+and\s+killed"
                   r"|killed|slain|murdered)))\b|\(\s*1[6-9]\d\d\s*[-–]\s*(?:1[7-9]|20)\d\d\s*\))")


def _middles_fit(first: list[str], second: list[str]) -> bool:
    """Whether two middle names may be one ("Rodham" and none, "B." and "Brian"); "H.W." and "W." are two
    people (George H.W. Bush and George W. Bush)."""
    if not first or not second:
        return True
    one, other = " ".join(first).replace(".", ""), " ".join(second).replace(".", "")
    return one == other or (len(one) == 1 and other.startswith(one)) or (len(other) == 1 and one.startswith(other))


def partial_names(people: list[Person]) -> set[str]:
    """The names that are the end of another person's longer name ("Le Pen" beside "Marine Le Pen"): the
    full name is the choice (issue 10, round 8: one person twice)."""
    return {" ".join(words[i:]) for words in (p.name.split() for p in people) for i in range(1, len(words) - 1)}


def same_person(first: str, second: str) -> bool:
    """Whether two names may stand for one person: the same name, the same given name and surname (a middle
    name or an initial apart), or one word that is the other's given name or surname ("Comey", "James" and
    "James Comey"). Used to keep one person from standing twice among choices."""
    a = [w.rstrip(".,").casefold() for w in first.split() if w.rstrip(".,") not in _SUFFIXES]
    b = [w.rstrip(".,").casefold() for w in second.split() if w.rstrip(".,") not in _SUFFIXES]
    if not a or not b:
        return False
    if a == b:
        return True
    if len(a) > 1 and len(b) > 1:
        short, long = (a, b) if len(a) < len(b) else (b, a)
        if len(short) < len(long) and long[-len(short):] == short:
            return True  # "Le Pen" and "Marine Le Pen": a surname of two words (issue 10, round 8)
        return a[0] == b[0] and a[-1] == b[-1] and _middles_fit(a[1:-1], b[1:-1])
    one, other = (a, b) if len(a) == 1 else (b, a)
    return len(other) > 1 and one[0] in (other[0], other[-1])


_PRIMARY = re.compile(r"\b(Democratic|Republican|GOP|Democrats'|Republicans')\s+(?:presidential\s+)?(?:primary|primaries"
                      r"|caucus|caucuses|nomination|nominating|debate|debates|field|contest|race\s+for\s+the\s+nomination)\b")


def primary_parties(body: Body) -> frozenset[str]:
    """The parties whose own primary, nomination or debate the article names ('the Republican debate')."""
    return frozenset(_PARTY_WORD[m.group(1).rstrip("'").lower()] for m in _PRIMARY.finditer(body.norm))


def _primary_sides(body: Body, names: Names) -> None:
    """People the article names in a sentence about one party's primary ('Sanders whipped Clinton ... in
    Democratic primaries', 'ward off Sanders and win the Democratic nomination') and gives no party otherwise
    are of that party: the article treats them as its candidates."""
    seen: set[int] = set()
    for match in _PRIMARY.finditer(body.norm):
        index = body.sentence_index(match.start())
        if index in seen:
            continue
        seen.add(index)
        sentence = body.sentences[index]
        matches = list(_PRIMARY.finditer(body.norm, sentence.start, sentence.end))
        found = {_PARTY_WORD[m.group(1).rstrip("'").lower()] for m in matches}
        if len(found) != 1:
            continue
        party = found.pop()
        # the people named up to the party's words, not after them ("Kasich, trailing Trump and Cruz among
        # Republican primary voters, is the only Republican who topped Clinton and Sanders": round 8)
        for mention in names.mentions_between(sentence.start, matches[-1].start()):
            if mention.person.party is None and not mention.person.press and person_is_candidate_like(mention.person):
                mention.person.party = party


def person_is_candidate_like(person: Person) -> bool:
    """No post, or a politician's post: a pollster or an aide named beside a primary is no candidate."""
    return not person.role or not re.search(r"pollster|strategist|spokes|aide|adviser|advisor|analyst|manager|"
                                            r"director|professor|reporter|editor", person.role, re.I)


def _parties(body: Body, names: Names) -> None:
    """The party the article gives each person: a party word in their post or description or right before a
    mention ("Democrat Tim Kaine", "Republican presidential nominee Donald Trump"), or "(D-Vt.)" after it."""
    for person in names.people:
        about = " ".join(filter(None, (person.role, person.description)))
        for word in re.findall(r"[A-Za-z]+", about):
            if word.lower() in _PARTY_WORD and (word[0].isupper() or word == "GOP"):
                person.party = _PARTY_WORD[word.lower()]
                break
    for mention in names.mentions:
        person = mention.person
        if person.party:
            continue
        after = _PARTY_AFTER.match(body.norm, mention.end)
        if after:
            person.party = {"D": "Democratic", "R": "Republican", "I": "Independent"}[after.group(1)]
            continue
        before = tokens(body.norm, max(0, mention.start - 60), mention.start)
        while before and before[-1].text.rstrip(".").lower() in lx.TITLES:
            before.pop()
        for token in reversed(before[-5:]):
            if token.text in ("Republican", "Democrat", "Democratic", "GOP", "Libertarian"):
                person.party = _PARTY_WORD[token.text.lower()]
                break
            if not is_role_word(token.text) or token.text in (",", "and"):
                break


#: First words of a clause after a name's comma that is no description of the person ("Elaine Chao, is attempting …").
_NOT_A_DESCRIPTION = frozenset("and or but then as is was has had have will would are were this that it i we you "
                               "they he she".split())
#: An appositive after a full name, up to the comma or full stop that closes it.
_APPOSITIVE = re.compile(r",\s+((?:who\s+|the\s+|a\s+|an\s+)?(?:[^,;:\"()\n]|(?<=\d),(?=\d{3}\b)){3,100}?)"
                         r"(?=,(?!\d{3}\b)|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSen)(?<!\bRep)(?<!\bGov)\.(?:\s|$)|;)")


_TITLE_JUST_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s$")


def _descriptions(body: Body, names: Names) -> None:
    """Give each person without a post the appositive of their first full mention that says who they are."""
    for mention in names.mentions:
        person = mention.person
        if person.role or person.description is not None or mention.possessive:
            continue
        if len(body.norm[mention.start : mention.end].split()) < 2 and not _TITLE_JUST_BEFORE.search(
                body.norm, max(0, mention.start - 6), mention.start):
            continue  # a surname alone says who only with a title: "Mr. Gunnels, who now works on …" (round 8)
        match = _APPOSITIVE.match(body.norm, mention.end)
        if not match:
            continue
        text, start, end = match.group(1), match.start(1), match.end(1)
        if len(text.split()) > 14 and " who " in text and not text.startswith("who "):
            text = text.split(" who ", 1)[0]  # "a lobbyist in North Carolina who has donated close to $300,000 …"
            end = start + len(text)
        words = text.split()
        first = words[0].lower()
        before = [t.text for t in tokens(body.norm, max(0, mention.start - 60), mention.start)]
        while before and is_role_word(before[-1]) and before[-1][:1].isupper():
            before.pop()  # "to Democrat James Polk, the Whig party faced …": after an object comes the clause
        if before and before[-1].lower() in OBJECT_WORDS or len(words) < 3 or first in _NOT_A_DESCRIPTION:
            continue
        if (len(words) > 14 or first in lx.SPEECH_VERBS or words[-1].lower() in lx.SPEECH_VERBS
                or not (first in ("who", "the", "a", "an") or text[:1].islower())
                or any(w.lower() in lx.SPEECH_VERBS for w in words[1:] if first != "who")):
            continue
        if " of " not in text and any(m.end == end and m.person is not person for m in names.mentions_between(start, end)):
            continue  # "Ohio Gov. John Kasich, retired neurosurgeon Ben Carson, …": the next item of a list
        if ABBREVIATION.search(text[-12:]):
            continue  # "… whom Mr." : cut at a title's full stop
        if first not in ("a", "an", "the", "who", "one") and not is_role_word(words[0]):
            continue  # "gasping facedown on a sidewalk", "with defrauding investors": no description
        head = text.split(" who ", 1)[0]
        if re.search(r"\b(?:is|was|are|were|has|have|had|will)\b", head) and first != "who" or re.search(
                r"\band (?:the|a|an)\b", head):
            continue  # "the answer is no", "the baseball player Willie Mays and the Supreme Court justice …"
        if body.norm.startswith((", and ", ", or "), end):
            continue
        person.description = body.text[start:end]


#: Endings of adverbs that no surname has ("Finally", "Apparently", "Clearly", "Notably", "Seriously": issue 10,
#: round 26, "Republicans Finally Confirmed A Judge" read "Finally" as a person by its speech verb). A surname
#: that has one ("Connally") is kept by the full name the article gives it (:func:`_merge_surnames` runs first).
_ADVERB = re.compile(r"(?:ally|ently|antly|ously|ively|fully|arly|ibly|ably|ately|ainly|ickly|ectly|essly|ostly|ardly|ankly|edly|ingly|ftly|ghtly|rely|sely|tely|adly|ably)\Z")


#: Two or three capitalised names joined by hyphens and written alone ("Glass-Steagall", "Dodd-Frank",
#: "Gramm-Leach-Bliley"): a law's name. A person's double surname comes with a given name ("Douglas Holtz-Eakin"),
#: and that full mention has taken the surname alone in already (:func:`_merge_surnames`).
_LAW_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+){1,2}")


#: "the" right before a name: "the Kelly File", "the Morning Joe": a show's, a song's or a thing's title.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _drop_titles(body: Body, names: Names) -> None:
    """Forget "people" of two words or more that the article only ever names after "the" and gives no post
    ("on the Kelly File", "the Morning Joe"): a programme's or a song's title, no one to offer as a speaker (issue
    10, round 26: "Kelly File" offered among people). A person is never "the Megyn Kelly"."""
    seen: dict[int, bool] = {}
    for mention in names.mentions:
        person = mention.person
        titled = _THE_BEFORE.search(body.norm, max(0, mention.start - 5), mention.start) is not None
        seen[id(person)] = seen.get(id(person), True) and titled
    dropped = {id(p) for p in names.people
               if seen.get(id(p)) and " " in p.name and not p.role}
    if dropped:
        names.people[:] = [p for p in names.people if id(p) not in dropped]
        names.mentions[:] = [m for m in names.mentions if id(m.person) not in dropped]
        names.renamed()


def _drop_common_words(body: Body, names: Names) -> None:
    """Forget one-word 'people' that are common words the article also writes in lower case ('Investigations',
    'Debates', 'Times', 'Having' at a sentence's start): a plural or a participle is no surname."""
    dropped = set()
    lower = body.lower_words()
    for person in names.people:
        word = person.name
        if " " not in word and (word.endswith(("s", "ing")) and word.lower() in lower
                                or _NOUN_ENDING.search(word) or _ADVERB.search(word) and word not in lx.FIRST_NAMES
                                or _LAW_NAME.fullmatch(word)
                                or re.search(r"\b%s\s+(?:%s)\b" % (re.escape(word), _COMPANY_TAILS), body.norm)):
            dropped.add(id(person))  # "Investigations", "Peabody" (of "Peabody Energy")
        elif " " not in word and word.lower() in lower and _compound_with_post(body, names, person):
            dropped.add(id(person))  # "Head Start" (the pre-school programme) read as a "Start" who is head
    if dropped:
        names.people[:] = [p for p in names.people if id(p) not in dropped]
        names.mentions[:] = [m for m in names.mentions if id(m.person) not in dropped]
        names.renamed()


#: Words of a post never written as a title before a surname ("Head Start", not "Head Smith"; but "Senator Rose",
#: "Chief Beck", "Candidate Trump" are titles, whatever the article writes in lower case).
_NO_TITLE_POSTS = frozenset("head official analyst manager founder advocate strategist researcher economist diplomat "
                            "negotiator mediator lawmaker spokesman spokeswoman spokesperson adviser advisor".split())


def _compound_with_post(body: Body, names: Names, person: Person) -> bool:
    """Whether every mention of a one-word "person" follows the same capitalised word of a post that is never a title
    (:data:`_NO_TITLE_POSTS`; "Head Start", the programme, with "Head" read as a post): a word the article also
    writes in lower case, named only in that compound, is a thing's name, not a surname (issue 10)."""
    mentions = [m for m in names.mentions if m.person is person]
    if not mentions or not person.role or person.role.lower() not in _NO_TITLE_POSTS:
        return False
    return all(body.norm[max(0, m.start - len(person.role) - 1) : m.start] == person.role + " " for m in mentions)


#: A "name" of initials alone: a state's abbreviation ("Hilton Head, S.C., Rubio said" read 'Head' as a post
#: and "S.C." as the person holding it), "D.C.", "U.S.".
_INITIALS = re.compile(r"(?:[A-Z]\.){1,4}")


def _drop_initials_and_groups(names: Names) -> None:
    """Forget 'people' whose name is initials alone ("S.C."), ends on a group's plural ("Powerful Things
    Latinos", from the headline "17 Of The Most Powerful Things Latinos Said") or is "Nobody": none is anyone
    a student could pick as a speaker (issue 10, round 12: all were offered as choices)."""
    dropped = {id(p) for p in names.people
               if all(_INITIALS.fullmatch(w) for w in p.name.split()) or p.name.split()[-1] in lx.GROUP_PLURALS
               or p.name in NOBODY_WORDS}
    if dropped:
        names.people[:] = [p for p in names.people if id(p) not in dropped]
        names.mentions[:] = [m for m in names.mentions if id(m.person) not in dropped]
        names.renamed()


#: Particles that open a surname of two words ("Le Pen", "De Blasio", "Van Hollen").
_SURNAME_PARTICLES = frozenset("Le La De Di Da Du Della Van Von Der Den".split())


def _merge_surnames(names: Names) -> None:
    """Fold 'Lavrov' into 'Sergey Lavrov' when both were registered."""
    by_surname: dict[str, list[Person]] = {}
    for person in names.people:
        if len(person.name.split()) > 1:
            by_surname.setdefault(person.surname, []).append(person)
    for person in names.people:  # "Marine Le Pen": her surname is "Le Pen" (issue 10, round 11)
        words = person.name.split()
        if len(words) > 2 and words[-2] in _SURNAME_PARTICLES:
            by_surname.setdefault(" ".join(words[-2:]), []).append(person)
    # "Mario Vargas Llosa", then "Vargas Llosa said": a surname of two words without a particle, when exactly one
    # person's full name ends on it and its first word is no given name (issue 10, round 14: the answer "Vargas
    # Llosa" beside the choice "Mario Vargas Llosa" in the next question)
    double: dict[str, list[Person]] = {}
    for person in names.people:
        words = person.name.split()
        if len(words) > 2:
            double.setdefault(" ".join(words[-2:]), []).append(person)
    merged: dict[int, Person] = {}
    for person in [p for p in names.people if len(p.name.split()) == 1
                   or len(p.name.split()) == 2 and p.name.split()[0] in _SURNAME_PARTICLES
                   or (len(p.name.split()) == 2 and p.name.split()[0] not in lx.FIRST_NAMES
                       and len(double.get(p.name, [])) == 1)]:
        match = by_surname.get(person.name, []) or double.get(person.name, [])
        if match:  # two people who share it: each mention goes to the right one in _shared_surnames
            target = match[0]
            target.first = min(target.first, person.first)
            if not target.role and person.role:
                target.role, target.role_at = person.role, person.role_at
            merged[id(person)] = target
    if merged:
        names.people[:] = [p for p in names.people if id(p) not in merged]
        names.renamed()
        names.mentions[:] = [Mention(m.start, m.end, merged[id(m.person)], m.possessive) if id(m.person) in merged
                             else m for m in names.mentions]


OBJECT_WORDS = frozenset("of to with by for against about from at on than like versus vs".split())
#: A descriptor that stands for a person ("the former president", "the first lady", "the Texas senator"): read
#: only where two people share a surname, to tell which one a "Mr. Bush" after it is.
_DESCRIPTOR = re.compile(r"\b[Tt]he\s+((?:[\w.\-]+\s+){0,3}?(?:%s))\b" % "|".join(
    sorted((re.escape(h) for h in lx.ROLE_HEADS | {"first lady"}), key=len, reverse=True)))
_GENDER_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
#: Titles written short, as the post they stand for ("Sen. Lind" is a senator).
_TITLE_POSTS = {"sen": "senator", "rep": "representative", "gov": "governor", "pres": "president"}
#: How far back the full mention or descriptor that decides a shared surname is looked for (about three paragraphs).
SHARED_REACH = 2500


def _in_quotes(body: Body) -> "callable":
    """A test of whether an offset lies inside quote marks (an odd number of marks before it in its paragraph)."""
    marks = [i for i, c in enumerate(body.norm) if c == '"']

    def inside(offset: int) -> bool:
        start = body.paragraphs[body.paragraph_of(offset)][0]
        return (bisect.bisect_left(marks, offset) - bisect.bisect_left(marks, start)) % 2 == 1
    return inside


def _gender(person: Person, kin: dict[int, str] | None = None) -> str | None:
    return lx.FIRST_NAMES.get(person.name.split()[0]) or (kin or {}).get(id(person))


#: A kin word with its owner right before a full name ("her husband, Milton Berg", "his wife Jane Lind"): the
#: name's sex when the given name does not say it. Group 1 a man's word, group 2 a woman's.
KIN_BEFORE = re.compile(r"\b(?:his|her|their|whose)\s+(?:(husband|widower|son|father|brother|boyfriend|fiance|grandson|"
                        r"nephew|uncle)|(wife|widow|daughter|mother|sister|girlfriend|fiancee|granddaughter|niece|aunt))"
                        r",?\s+$", re.IGNORECASE)


def _kin_sexes(body: Body, names: Names) -> dict[int, str]:
    """The sex a kin word gives people whose given name the lexicon does not know ("her husband, Milton Berg":
    "m"), by id (issue 10, pattern 2: a politician and their spouse; a title or a pronoun then says which)."""
    sexes: dict[int, str] = {}
    for mention in names.mentions:
        if " " in body.norm[mention.start : mention.end].strip():
            kin = KIN_BEFORE.search(body.norm, max(0, mention.start - 24), mention.start)
            if kin:
                sexes.setdefault(id(mention.person), "m" if kin.group(1) else "f")
    return sexes


def descriptor_fits(words: list[str], person: Person, own_role: bool = True) -> bool:
    """Whether a descriptor's words ("former president") fit a person: their post (when read with their full
    name, ``own_role``) or description holds them, or the lexicon knows the person held that post (a US
    president, a first lady)."""
    about = set(re.findall(r"[a-z]+", " ".join(filter(None, (person.role if own_role else None,
                                                              person.description))).lower()))
    wanted = [w for w in words if w not in ("former", "then", "the", "late")]
    if wanted and all(w in about for w in wanted):
        return True
    if wanted and wanted[-1] == "president" and person.name in lx.US_PRESIDENTS:
        return len(wanted) == 1 or wanted[-2] in ("43rd", "42nd", "41st", "44th", "45th", "46th", "39th", "40th", "u.s.")
    return wanted[-2:] == ["first", "lady"] and person.name in lx.FIRST_LADIES


def _other_of_a_surname(body: Body, names: Names) -> None:
    """Add the person a titled surname names when the one person named in full with that surname cannot be them
    (issue 10, round 9: every "President Obama" and "Mr. Obama" went to Michelle Obama, the only Obama named in
    full): a title of the other sex ("Mr." beside a woman's given name), or a president's title beside someone the
    lexicon knows was no president. The other is the one president of that surname the lexicon knows (Barack
    Obama), else the surname alone (a name no question asks about); :func:`_shared_surnames` then gives each
    mention to one of the two."""
    full: dict[str, list[Person]] = {}
    for person in names.people:
        if len(person.name.split()) > 1:
            full.setdefault(person.surname, []).append(person)
    added: dict[str, Person] = {}
    for mention in names.mentions:
        surname = mention.person.surname
        people = full.get(surname, [])
        if len(people) != 1 or surname in added or len(body.norm[mention.start : mention.end].split()) > 1:
            continue
        person = people[0]
        title = _GENDER_TITLE.search(body.norm, max(0, mention.start - 6), mention.start)
        sex = None if title is None else "m" if title.group(1) == "Mr" else "f"
        president = re.search(r"\bPresident\s+$", body.norm[max(0, mention.start - 12) : mention.start]) is not None
        presidents = [name for name in lx.US_PRESIDENTS if name.split()[-1] == surname
                      and (sex is None or lx.FIRST_NAMES.get(name.split()[0]) in (None, sex))]
        if sex is not None and _gender(person) not in (None, sex):
            pass  # "Mr. Obama" beside Michelle Obama
        elif not (president and person.name not in lx.US_PRESIDENTS and presidents):
            continue
        one = len({p.split()[0] for p in presidents}) == 1 or len({lx.US_PRESIDENTS[p] for p in presidents}) == 1
        other = Person(presidents[0] if one else surname, first=mention.start)  # one man under two names: Bill,
        # William J. Clinton
        if other.name in lx.US_PRESIDENTS:
            other = min((Person(name, first=mention.start) for name in presidents), key=lambda p: len(p.name))
            if person.role_at == mention.start:  # the post read at this mention ("President Clinton") is his
                other.role, other.role_at = person.role, person.role_at
                person.role = person.role_at = None
        else:
            other.lay = True  # a surname alone ("Mr. Vian" beside "Maria Vian", a run cut at a middle name): no one to
            # ask about or offer, and no one else's words either
        added[surname] = other
        names.people.append(other)
    if added:
        names.renamed()


#: A relative named in passing: "his father, Rafael Cruz", "her husband, Bill Clinton".
_KIN = frozenset("father mother wife husband son daughter brother sister cousin uncle aunt nephew niece spouse widow "
                 "widower grandfather grandmother grandson granddaughter stepfather stepmother father-in-law "
                 "mother-in-law son-in-law daughter-in-law".split())
#: Words after which a full name opens a clause (it is the clause's subject): "and Ted Cruz said", "when Jeb Bush".
_CLAUSE_OPENERS = frozenset("and or but that when while because if although though as since after before".split())


def _as_subject(word: str) -> bool:
    """Whether a full name right after ``word`` is named as a subject or with a post ("Sen. Ted Cruz", "said Ted
    Cruz", a sentence's start), not as an object or a relative in passing ("Trump accused Rafael Cruz", "his
    father, Rafael Cruz", "a photo of Heidi Cruz"): only the former says whom a surname alone after it names
    (issue 10, round 26: every "Cruz" after "accused Rafael Cruz" went to Ted Cruz's father)."""
    bare = word.strip(",;:()")
    if not bare[:1].islower():
        return True  # a sentence's start, a capitalised post or title, a quote mark
    lower = re.sub(r"^(?:then|ex|former)-", "", bare.lower())  # "then-president Bill Clinton"
    if lower in OBJECT_WORDS or lower in _KIN:
        return False
    if word.endswith((",", ";", ":")):
        return True  # "For better or worse, Hillary Clinton's success": a clause opens after the comma
    return lower in _CLAUSE_OPENERS or lower in lx.SPEECH_VERBS or is_role_word(lower) or bare.endswith("'s") or \
        lower in lx.PARTIES


def _shared_surnames(body: Body, names: Names) -> None:
    """When people share a surname (George W. and Jeb Bush, a politician and their spouse), give each mention by
    surname alone to the one the nearest full mention or descriptor before it names ("the former president";
    issue 10, round 9), among those a title allows ("Mr." is no Laura Bush). Full mentions inside quote marks
    and as an object ('a photo of Heidi Cruz') decide nothing. A mention nothing in reach decides is marked
    ambiguous: its words are no one's to ask about."""
    by_surname: dict[str, list[Person]] = {}
    for person in names.people:
        if len(person.name.split()) > 1:
            by_surname.setdefault(person.surname, []).append(person)
    for person in names.people:  # the surname alone added by _other_of_a_surname ("Mr. Lind" beside Maria Lind)
        if " " not in person.name and person.name in by_surname:
            by_surname[person.name].append(person)
    shared = {surname: people for surname, people in by_surname.items() if len(people) > 1}
    if not shared:
        return
    inside = _in_quotes(body)
    kin = _kin_sexes(body, names)  # "her husband, Milton Berg": a "Mrs. Berg" is not he
    # what decides, in article order: (offset, surname, person or None for a descriptor fitting several)
    events: list[tuple[int, str, Person | None]] = []
    for mention in names.mentions:
        surname = mention.person.surname
        if surname in shared and len(body.norm[mention.start : mention.end].split()) > 1 and not inside(mention.start):
            before = body.norm[max(0, mention.start - 24) : mention.start].split()
            if not before or _as_subject(before[-1]):
                events.append((mention.start, surname, mention.person))
    # a post read before a surname alone ("President Bush's") may be the other's: it decides nothing
    full_at = {m.start for m in names.mentions if len(body.norm[m.start : m.end].split()) > 1}
    own_role = {id(p): p.role_at is None or p.role_at in full_at for p in names.people}
    by_post: set[int] = set()  # surnames alone whose post says which of the two they are ("President Bush")
    for match in _DESCRIPTOR.finditer(body.norm):
        if inside(match.start()):
            continue
        words = match.group(1).lower().split()
        for surname, people in shared.items():
            fitting = [p for p in people if descriptor_fits(words, p, own_role[id(p)])]
            if fitting:
                events.append((match.start(), surname, fitting[0] if len(fitting) == 1 else None))
    for mention in names.mentions:  # "Governor Lind", "President Bush's", "Mr. Obama": a title before a surname decides
        surname = mention.person.surname
        if surname not in shared or len(body.norm[mention.start : mention.end].split()) > 1 or inside(mention.start):
            continue
        words = [t.text.rstrip(".").lower() for t in tokens(body.norm, max(0, mention.start - 40), mention.start)]
        post: list[str] = []
        while words and is_role_word(words[-1]) and words[-1] not in ("mr", "mrs", "ms", "miss", "dr"):
            post.insert(0, words.pop())
        post = [_TITLE_POSTS.get(word, word) for word in post]
        fitting = [p for p in shared[surname] if post and descriptor_fits(post, p, own_role[id(p)])]
        title = _GENDER_TITLE.search(body.norm, max(0, mention.start - 6), mention.start)
        if not post and title is not None:
            sex = "m" if title.group(1) == "Mr" else "f"
            fitting = [p for p in shared[surname] if _gender(p, kin) == sex]
        if len(fitting) == 1:
            events.append((mention.start, surname, fitting[0]))
            if post:
                by_post.add(mention.start)
    events.sort(key=lambda event: event[0])
    starts = [event[0] for event in events]
    moved: dict[int, Person | None] = {}
    for index, mention in enumerate(names.mentions):
        surname = mention.person.surname
        if surname not in shared or len(body.norm[mention.start : mention.end].split()) > 1:
            continue
        title = _GENDER_TITLE.search(body.norm, max(0, mention.start - 6), mention.start)
        gender = None if title is None else "m" if title.group(1) == "Mr" else "f"
        allowed = [p for p in shared[surname] if gender is None or _gender(p, kin) in (None, gender)]
        chosen: Person | None = None
        decided = False
        for at in range(bisect.bisect_right(starts, mention.start) - 1, -1, -1):
            offset, owner, person = events[at]
            if offset < mention.start - SHARED_REACH:
                break
            if owner != surname or (person is not None and person not in allowed):
                continue
            chosen, decided = person, person is not None
            break
        if not decided and len(allowed) == 1:
            chosen, decided = allowed[0], True
        if chosen is not None and chosen is not mention.person:
            moved[mention.start] = chosen
        names.mentions[index] = Mention(mention.start, mention.end, chosen or mention.person, mention.possessive,
                                        ambiguous=not decided)
        if not decided:
            moved.setdefault(mention.start, None)
    for person in names.people:  # "President Bush's" read as Jeb's post: the post goes with the mention
        if person.role_at in moved and person.surname in shared:
            target = moved[person.role_at]
            if target is not None and not target.role:
                target.role, target.role_at = person.role, person.role_at
            person.role = person.role_at = None
    for person in names.people:  # "Secretary Clinton" read as Bill Clinton's post (issue 10, round 26): a post read
        # at a shared surname alone is the person's only where it says which of the two they are
        if (person.surname in shared and person.role_at is not None and person.role_at not in full_at
                and person.role_at not in by_post
                and not descriptor_fits(re.findall(r"[a-z.]+", person.role.lower()), person, own_role=False)):
            person.role = person.role_at = None  # ("President Clinton" inside a quote stays Bill Clinton's)


def _add(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


def _places_and_bodies(body: Body, names: Names) -> None:
    masked = body.norm
    for match in _MULTIWORD_RE.finditer(masked):
        if match.group() in lx.COUNTRIES:
            _add(names.countries, lx.COUNTRIES[match.group()])
    for token in tokens(body.norm):
        word = token.bare
        country = lx.COUNTRIES.get(word) or lx.DEMONYMS.get(word)
        if country:
            _add(names.countries, country)
        if word in lx.OUTLETS:
            _add(names.outlets, word)
        if word in lx.INSTITUTIONS and word.isupper() and len(word) > 2 and word not in names.institutions.values():
            names.institutions.setdefault(lx.INSTITUTIONS[word], word)
    people = {p.name for p in names.people} | {p.surname for p in names.people}
    for match in _INSTITUTION.finditer(body.norm):
        name = match.group(1).strip()
        if name.split()[0] in lx.STOP_CAPS:
            name = name.split(" ", 1)[1] if " " in name else ""
        if not name or name in lx.INSTITUTION_HEADS and name not in ("Kremlin", "Pentagon"):
            continue
        if _inside_role(body, names, match.end(1)):
            continue
        names.institutions[name] = match.group(2) or names.institutions.get(name)
    for regex in (_OUTLET_BY_HEAD, _OUTLET_BY_CONTEXT):
        for match in regex.finditer(body.norm):
            name = match.group(1).strip()
            if name in people or place(name) or name in lx.INSTITUTIONS or name.split()[0] in lx.STOP_CAPS:
                continue
            _add(names.outlets, name)


def _inside_role(body: Body, names: Names, end: int) -> bool:
    """Whether a name ending at ``end`` is part of the role before a person ('Foreign Ministry spokesman')."""
    for mention in names.mentions_between(end, end + 61):
        between = [t.text for t in tokens(body.norm, end, mention.start)]
        if all(is_role_word(word) for word in between):
            return True
    return False


#: After a name that is given in passing: an owner's "'s" ("billionaire Carlos Slim's Ora TV"), or one of a list
#: ("David Duchovny and Gillian Anderson signed on", "Opal Tometi, Alicia Garza and Patrisse Cullors").
_PASSING_AFTER = re.compile(r"['’]s\b|,?\s+(?:and|or|&)\s+[A-Z][\w.'’-]*\s+[A-Z]"
                            r"|,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*(?:,|\s(?:and|or)\s)")
_PASSING_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+[A-Z][\w.'’-]*,?\s+(?:and|or|&)\s+$|[A-Z][\w.'’-]*\s+[A-Z][\w.'’-]*,\s+$")
#: A list introduced after all: "Mary Cole and Susan Park, who both run for the nomination".
_INTRODUCED_AFTER = re.compile(r"[^.;:!?\n]{0,60}?,\s+(?:who|whom|both|each|all|the|a|an)\s")
#: ... or before: "Two military analysts, Patrick Megahan and Chris Harman, found".
#: A post in the plural before the list is one too: "attended by Pastors David Jeremiah and Kenneth Copeland" (issue
#: 10, round 28: the judges' choices beside an evangelist's words).
_INTRODUCED_BEFORE = re.compile(r"(?:\b[a-z]{3,}s|\b(?:Pastors|Reverends|Revs\.|Bishops|Rabbis|Imams|Senators|Sens\."
                                r"|Representatives|Reps\.|Governors|Govs\.|Generals|Gens\.|Professors|Profs\.|Doctors"
                                r"|Drs\.|Judges|Justices|Ministers|Mayors|Ambassadors)),?\s+"
                                r"(?:[A-Z][\w.'’-]*,?\s+){0,4}(?:(?:and|or)\s+)?$")
#: A body's word right after a name: "George Washington University", "Lyndon B. Johnson Space Center".
_BODY_AFTER = re.compile(r"\s+(?:University|Institute|Center|Centre|Foundation|School|College|Library|Bridge|Memorial"
                         r"|Airport|Hospital|Park|Street|Avenue|Hall|Award|Prize|Fund|Trust|Building|Stadium)\b")


def in_passing(body: Body, names: Names) -> tuple[frozenset[str], frozenset[str]]:
    """The people (folded names) the article names once, in a list or as an owner (issue 10, round 25: an actor
    of a cast list, a billionaire whose company pulled out, offered as who said a quote), and the "people" it
    names only as part of a body's name ("George Washington University"). Once means the surname stands once
    in the whole text, and in the article's own words (a rival a speaker names stays a fair choice: round 22).
    One pass over the mentions, a few characters read around each (computed once per article and kept)."""
    cached = getattr(names, "_in_passing", None)
    if cached is not None and cached[0] == len(names.mentions):
        return cached[1]
    capitals = Counter(re.findall(r"[A-Z][\w’'-]+", body.norm))
    seen: dict[str, list] = {}
    for mention in names.mentions:
        seen.setdefault(fold(mention.person.name), []).append(mention)
    once, bodies = set(), set()
    for folded, mentions in seen.items():
        person = mentions[0].person
        if all(_BODY_AFTER.match(body.norm, m.end, m.end + 20) for m in mentions):
            bodies.add(folded)
            continue
        if (len(mentions) != 1 or capitals[person.surname] > 1 or person.role or person.description
                or not person.named_outside):
            continue  # named only inside a speaker's words: of the quarrel, a fair last choice (round 22)
        mention = mentions[0]
        if ((_PASSING_AFTER.match(body.norm, mention.end, mention.end + 80)
                or _PASSING_BEFORE.search(body.norm, max(0, mention.start - 40), mention.start))
                and not _INTRODUCED_AFTER.match(body.norm, mention.end, mention.end + 80)
                and not _INTRODUCED_BEFORE.search(body.norm, max(0, mention.start - 60), mention.start)):
            once.add(folded)
    found = (frozenset(once), frozenset(bodies))
    names._in_passing = (len(names.mentions), found)  # type: ignore[attr-defined]
    return found


def named_often(body: Body, names: Names) -> frozenset[str]:
    """The people (folded names) whose surname the article writes twice or more: the ones it comes back to."""
    capitals = Counter(re.findall(r"[A-Z][\w’'-]+", body.norm))
    return frozenset(fold(p.name) for p in names.people if capitals[p.surname] >= 2)



#: Right before a name given as a comparison: "Trump is like George Patton", "as a Goldwater girl" (not the
#: examples of a kind, "experts like Paul Bauman": those take part in the story).
_COMPARED_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|looks?|looked|acts?|acted|sounds?|sounded)\s+"
                              r"(?:just\s+|much\s+|more\s+|a\s+lot\s+)?(?:un)?like|\bas\s+an?)\s+$", re.I)
#: Right after a surname used as a word of a phrase: "a Goldwater girl", "a Reagan Democrat".
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?:girls?|boys?|Democrats?|Republicans?|conservatives?|liberals?|era|style|types?"
                                r"|moments?|legacy|wing|voters?|fans?)\b")
#: How far back in a paragraph a quote mark is looked for, to tell a name inside quoted words.
_QUOTE_BACK = 600


def compared_only(body: Body, names: Names) -> frozenset[str]:
    """The people (folded names) the article names only as a comparison or a figure of speech ("Trump is like
    George Patton", "growing up as a Goldwater girl"), apart from inside someone's quoted words: no one who takes
    part in the story, so no choice for who said something (issue 10, round 28: Barry Goldwater and George Patton
    offered beside the article's voices, both judges). Someone named as a comparison once and in the story's own
    words elsewhere is kept. One pass over the mentions, a bounded window read around each."""
    seen: dict[str, list[bool]] = {}
    for mention in names.mentions:
        start = body.paragraphs[body.paragraph_of(mention.start)][0]
        if body.norm.count('"', max(start, mention.start - _QUOTE_BACK), mention.start) % 2:
            seen.setdefault(fold(mention.person.name), [])
            continue  # inside quoted words: a speaker's own comparison ("Barry Goldwater wouldn't recognize it")
        before = _COMPARED_BEFORE.search(body.norm, max(0, mention.start - 30), mention.start)
        compared = before is not None and (not before.group().lower().startswith("as")
                                           or _ATTRIBUTIVE_AFTER.match(body.norm, mention.end, mention.end + 14) is not None)
        seen.setdefault(fold(mention.person.name), []).append(compared)
    return frozenset(folded for folded, marks in seen.items() if marks and all(marks))
