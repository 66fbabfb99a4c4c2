"""The lead's main claim as a question a demanding teacher keeps (issue 10, round 3).

A blind judge kept none of the lead true/false statements drafted so far: the lead copied word for word
(a title and an unresolved pronoun left in, 31 words long), a false form made by inserting "not", a name
swapped in while another mention in the sentence gives the swap away. So the claim is first restated:

- the clause that carries it: a connective ("First"), an introductory phrase ("At a heated press
  conference ... on Friday,"), a trailing participle (", reiterating calls that ...") and asides cut,
  and a long claim cut at a subordinate clause, to about 20 words;
- its subject by full name without a title: "his wife, longtime Clinton aide Huma Abedin, announced"
  is "Huma Abedin announced", "Sen. Ted Cruz" is "Ted Cruz", "Trump won" is "Donald Trump won", and a
  description the article gives one person ("the Vermont senator") is that person.

Then it is asked, in this order, as:

1. "Who ...?" with four people of the same kind as choices, when the claim's subject is a person
   (the sentence is about what someone did);
2. a blank on the person the headline is about, when they are the claim's object ("Families urged ___ to
   apologize for his comments on guns.");
3. a true/false whose false form turns the claim's direction word to its opposite (won/lost, rose/fell,
   supported/opposed, ahead of/behind): false by what it says, never by an inserted "not";
4. a true/false of the restated claim.

Choices are people the article names (not bystanders, not of another time, none the prompt names,
none a pronoun of the prompt rules out), reporters and pollsters only among their own kind.
"""

from __future__ import annotations

import bisect
import re
import zlib
from collections import Counter

from trainer.deck.textmatch import fold
from trainer.draft import lexicon as lx
from trainer.draft.names import Names, Person, compared_only, in_passing, of_the_past, partial_names, place, same_person, thing_names

#: A restated claim is at most about this many words: a fact to judge, not a paragraph to recognise.
CLAIM_WORDS = 22
#: The longest claim asked at all, when the lead has nothing shorter to ask: every deck asks the lead's claim.
LONGEST_CLAIM_WORDS = 34
#: A claim cut shorter than this is no claim.
MIN_CLAIM_WORDS = 6
#: How many wrong choices a "who" question needs.
DISTRACTORS = 3

_CONNECTIVE = re.compile(r"^(?:First|But|And|So|Still|Meanwhile|Now|Then|Also|Yet|Indeed|Instead|However|Moreover"
                         r"|Additionally|Furthermore"
                         r"|Finally)\b,?\s+|^(?:Today|Tonight|Clearly|Indeed|Of course|By contrast|In contrast|Conversely"
                         r"|Similarly|Likewise|In addition|For instance|For example|In fact|After all|At the same time|Even so|Even then"
                         r"|Nonetheless|Nevertheless|Still|Even now|That said|Even more|Put another way|In other words)"
                         r",\s+")
#: An introductory phrase that sets the scene ("At a press conference on Friday,", "Whether X wins or loses,"):
#: cutting it keeps the claim true.
_INTRO = re.compile(r"^(?:At|In|On|During|After|Following|Amid|Despite|Whether|Throughout|With|Speaking|Standing)"
                    r"\b[^,;:]{0,150},\s+")
#: A trailing participle clause (", reiterating calls that ..."), or an appositive on the whole claim (", a blow to").
_TAIL = re.compile(r",[”\"]?\s+(?:(?:each|both|all)\s+)?(?:[a-z]+ing\s+[a-z][^;]*|(?:a|an)\s[^,;]*)$")  # not a list: ", farming, fishing"
#: A verb that makes ", a new act of terror ... was employed" a clause, not an appositive on the claim (its verb
#: before any relative word: ", a move that the kingdom hopes will ..." is an appositive).
_CLAUSE_VERB = re.compile(r",[”\"]?\s+(?:a|an)\s+(?:(?!(?:that|which|who|whom|whose|where|when)\s)[^\s,;]+\s+){1,20}?"
                          r"(?:is|was|are|were|has|have|had|will|would|could|can|may|might|must|should)\s")
#: A trailing participle clause with no comma in it: the claim's last clause, cut first.
_LAST_TAIL = re.compile(r",\s+(?:(?:each|both|all)\s+)?[a-z]+ing\s+[a-z][^;,]*$")  # ", each touting ..." (round 9)
#: Where a long claim may be cut: before a subordinate or coordinated clause. A bare "as" is a cut only before a clause
#: ("as Vidal and Kerr traded charges"), not before a role or a description: "the candidate she regards as America's
#: best hope", "emerged ... as secretary of state a wounded candidate" end on their point.
_CUT = re.compile(r",\s+(?:which|who|where|when|as|after|because|while|although|since|but|so|even|though|with)\s"
                  r"|\sas\s(?=(?:he|she|it|they|we|I|you)\s)"  # "as he tries to put to rest ..."
                  r"|\sas\s(?=(?:[^\s,;]+\s+){1,8}?(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)"  # "as X traded charges"
                  r"(?:[a-z]+ed|is|was|are|were|has|have|had|says|said|will|would|could|can|may|might|did|does)\b)"
                  r"|\s(?:in|by|through|under|during) which\s|,\s+the (?:latest|newest|first|last|second|third)\s"  # round 9
                  r"|\s(?:after|because|while|although|since|before|in order to|following|so that|amid|despite"
                  r"|including)\s|;\s|:\s|\s[—–]\s|\s--\s")
#: A dateline before a lead, with any dash ("WASHINGTON ― ", "HEMPSTEAD, N.Y. ― ").
_DATELINE = re.compile(r"^[A-Z][A-Z .'’\-]{2,40}(?:,\s*[A-Z][\w.]{1,12}(?:\s[A-Z][\w.]{1,12})?)?\s*(?:\([^()]{1,20}\))?\s*(?:[―—–]|\s?--|\s-)\s*"
                       # a place in title case before a spaced dash ("Philadelphia – Barack Obama will ...", round 9),
                       # not a subject's aside ("Trump — the nominee — said"): no second dash follows
                       r"|^[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?:,\s*[A-Z][\w.]{1,12})?(?:\s*\([^()]{1,20}\))?\s+[―—–]\s+(?=[A-Z])"
                       r"(?![^―—–]*[―—–])")
#: A clause with another subject joined to the claim: ", and US envoy Dorothy Shea ... listened".
_OTHER_SUBJECT = re.compile(r",\s+(?:and|but|while)\s+(?=[A-Z])")
#: A title before a full name: the claim names the person, not their post (judge: "Sen." left in).
_TITLE = re.compile(r"\b(?:Gov|Governor|Sen|Senator|Rep|Representative|Gen|General|President|Mayor|Secretary|Minister"
                    r"|Judge|Justice|Adm|Admiral|Col|Colonel|Lt|Chancellor|Dr|Mr|Mrs|Ms|Sgt|Prof|Professor|Commissioner"
                    r"|Ambassador|Envoy|Chairman|Chairwoman|Speaker|Leader|[Cc]ongressman|[Cc]ongresswoman|[Ss]enator"
                    r"|[Gg]overnor|[Mm]ayor|[Mm]inister|[Ee]nvoy|[Cc]ommissioner)\.?\s+$")
#: Words a post may open with before its title word ("Finance Minister", "former Democratic congressman").
_POST_WORDS = frozenset("former retired then then- longtime acting deputy vice trade foreign finance defense defence "
                        "interior justice state chief top senior".split())


class _Title:
    """A post before a name, found by :func:`title_before` (``start()`` is where it begins)."""

    def __init__(self, start: int) -> None:
        self._start = start

    def start(self) -> int:
        return self._start


def title_before(text: str, start: int, floor: int = 0) -> _Title | None:
    """The post right before a name at ``start`` ("Sen.", "Finance Minister", "former Democratic congressman",
    "EU trade commissioner"), never reaching back over a verb ("Trump beat Gov. X" keeps "Trump beat")."""
    match = _TITLE.search(text, max(floor, start - 40), start)
    if match is None:
        return None
    begin = match.start()
    words = list(re.finditer(r"\S+\s+", text[max(floor, begin - 60):begin]))
    offset = max(floor, begin - 60)
    for word in reversed(words[-3:]):
        bare = word.group().strip()
        if bare.endswith((",", ";", ":", ".")) and not re.fullmatch(r"[A-Z][a-z]?\.|(?:[A-Z]\.){2,3}", bare):
            break
        if not (bare[:1].isupper() or bare.lower() in _POST_WORDS) or finite_verb(bare) or bare in lx.COMMON_WORDS:
            break
        if _SUBORDINATE.fullmatch(bare) or bare in ("And", "But", "Or", "So", "For", "With", "After", "Before", "By"):
            break  # "As Mrs. Clinton prepares ...": the clause's first word is no part of her title (round 12)
        begin = offset + word.start()
    return _Title(begin)


#: Verbs that are finite in the past or present without an -ed or an -s (a "who" question needs one).
_FINITE = frozenset("""won lost said told took made gave led left ran became sent stood threw struck fought went came met
held kept brought sought spoke wrote chose drew beat shut quit put set cut hit let began broke rose fell grew swept
is was are were has had have do will would could can may might must should did does faces face wants tells""".split())
#: Words of a pronoun that rule out choices of the other sex.
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
#: Posts of people who report or count rather than act: a choice among politicians only when the answer is one.
_OBSERVER = re.compile(r"\b(?:editor|reporter|correspondent|columnist|anchor|host|moderator|pollster|photographer"
                       r"|writer|author|professor|analyst|strategist|researcher|economist|historian|biographer|scholar"
                       r"|commentator|public opinion|polling)s?\b", re.I)
_WORD = re.compile(r"[\w’'\-]+")


def _word_at(text: str, at: int) -> str:
    match = _WORD.match(text, at)
    return match.group() if match else ""


def lowered(text: str, names: Names) -> str:
    """``text`` to follow "that": its first word in lower case unless it is a name (a person's, a place's, a body's)."""
    first = text.split(" ", 1)[0].strip("“”\"'‘’")
    proper = {w for p in names.people for w in p.name.split()} | set(names.countries) | {
        w for name in names.institutions for w in name.split()}
    if not first or first in proper or place(first) or first == "I" or (len(first) > 1 and first.isupper()):
        return text
    return text[:1].lower() + text[1:]


def finite_verb(word: str) -> bool:
    """Whether ``word`` reads as a finite verb after a subject ("urged", "wins", "won"), not a noun."""
    if not word or not word[0].islower():
        return False
    return word in _FINITE or word.endswith(("n't", "n’t")) or (word.endswith("ed") and len(word) > 3) or (
        word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")) and len(word) > 3)


_CAPITAL = re.compile(r"(?<![\w’'-])[A-Z][\w.’'-]*")


def _by_first_word(names: Names) -> dict[str, list[tuple[str, Person]]]:
    """The article's people by the first word of each form of their name (full name, surname), built once
    per article: a sentence is then read in its own length, whatever the number of people (linear drafting)."""
    cached = getattr(names, "_claim_forms", None)
    if cached is not None and cached[0] == len(names.people):
        return cached[1]
    forms: dict[str, list[tuple[str, Person]]] = {}
    for person in names.people:
        if person.lay:
            continue
        for form in dict.fromkeys((person.name, person.surname)):
            if len(form) >= 3 and (form == person.name or names.find(form) is person):
                forms.setdefault(form.split()[0], []).append((form, person))
    for entries in forms.values():
        entries.sort(key=lambda entry: -len(entry[0]))  # the longest form first: "Ted Cruz" before "Ted"
    names._claim_forms = (len(names.people), forms)  # type: ignore[attr-defined]
    return forms


def _people_in(text: str, names: Names) -> list[tuple[int, int, Person]]:
    """Where ``text`` names people of the article, by full name or by surname, in order (no overlaps)."""
    forms = _by_first_word(names)
    found: list[tuple[int, int, Person]] = []
    reached = 0
    for match in _CAPITAL.finditer(text):
        if match.start() < reached:
            continue
        word = re.sub(r"[’']s$", "", match.group()).rstrip(".’'")  # "Trump’s" is Trump's mention
        for form, person in forms.get(word, ()):
            end = match.start() + len(form)
            if text.startswith(form, match.start()) and not re.match(r"[\w-]", text[end:end + 1]):
                found.append((match.start(), end, person))
                reached = end
                break
    return found


#: Words after a surname that make it part of a body's name: "Trump University" is never "Donald Trump University".
_BODY_WORDS = frozenset("University Organization Organisation Foundation Tower Towers Administration Institute Center "
                        "Centre Library Hotel Hotels Company Corporation Group Fund Trust Doctrine Plan Act Airlines "
                        "Enterprises Industries Holdings Campaign Initiative Institution School College".split())


#: Mentions by the bare surname before the first by full name beyond which the surname is no one's (round 20).
_EARLY_BARE = 3


def _introduced_late(person: Person, names: Names) -> bool:
    """Whether the article uses ``person``'s surname alone three or more times before it first gives the full name:
    the word is then a thing's own name ("Twitter", long before a nickname "Wilayat Twitter"; issue 10, round 20:
    the headline's "Twitter takes bigger steps" stated with "Wilayat Twitter"), never completed to that name."""
    full = len(person.name)
    mentions = [m for m in names.mentions if m.person is person]
    first_full = next((m.start for m in mentions if m.end - m.start >= full), None)
    if first_full is None:
        return False
    bare = len(person.name.split()[-1]) + 2  # the surname, or its possessive
    return sum(1 for m in mentions if m.start < first_full and m.end - m.start <= bare) >= _EARLY_BARE


def _shared_surname(written: str, names: Names) -> bool:
    """Whether ``written``, a name as a prompt gives it, is the surname of two or more of the article's people."""
    return len({p.name for p in names.people if p.name != written and p.name.split()[-1] == written}) > 1


def _full_names(text: str, names: Names, read_as: dict[str, Person] | None = None, shared_bare: bool = False) -> str:
    """``text`` with each person's first mention by full name, without the title before it. A surname two of the
    article's people share ("Bush": George W. and George H.W.) is completed to the one ``read_as`` gives (the person
    the article's own mention there stands for) where it gives one (issue 10, round 20: "George W. Bush won the
    election" of 1988), and left as written where ``shared_bare`` says nothing around it tells which (a headline:
    "Clinton hints at husband's job" was stated as "Bill Clinton hints ...", marked true, of Hillary Clinton)."""
    pieces, position, seen = [], 0, set()
    for start, end, person in _people_in(text, names):
        written = text[start:end]
        if written != person.name and _introduced_late(person, names):
            pieces.append(text[position:end])  # "Twitter" is never "Wilayat Twitter" (a nickname in the 30th line)
            position = end
            continue
        if written != person.name and read_as and written in read_as and _shared_surname(written, names):
            person = read_as[written]  # the one the article's own mention there stands for
        elif written != person.name and shared_bare and _shared_surname(written, names):
            pieces.append(text[position:end])  # which Clinton? the headline does not say, and a guess can be wrong
            position = end
            continue
        title = title_before(text, start, position)
        pieces.append(text[position:title.start() if title else start])
        before = text[:title.start() if title else start].rstrip()
        inside_a_name = bool(re.search(r"(?:\b[A-Z][\w.]*|[\"“”])$", before))  # 'Robert C. "Bobby" Scott' as written
        inside_a_name = inside_a_name and not _SUBORDINATE.fullmatch(before.rsplit(None, 1)[-1])  # "As Clinton ..."
        of_a_body = re.match(r"\s+([A-Z][a-z]+)", text[end:end + 30])
        inside_a_name = inside_a_name or bool(of_a_body and of_a_body.group(1) in _BODY_WORDS)  # "Trump University"
        full = id(person) not in seen and len(person.name.split()) > 1 and not inside_a_name
        pieces.append(person.name if full else text[start:end])
        seen.add(id(person))
        position = end
    pieces.append(text[position:])
    return " ".join("".join(pieces).split())


_APPOSITION = re.compile(r",\s+(?:the|a|an|who|whose|former|longtime|then)\s[^,;:“”\"]{1,80},\s+(?=[a-z])")
#: A claim that hangs on what came before: its subject, or its condition's, a pronoun ("If it worked ...").
_HANGS = re.compile(r"^(?:(?:If|When|As|But|And|So)\s+)?(?:It|it|This|this|That|that|These|Those|They|they|He|he|She"
                    r"|she|Such)\b")
#: Words that point back to something the question does not show ("made the comments", "that argument").
_ANAPHORIC = re.compile(r"\b(?:this|these|those|such|it|them|the same|the comments?|the remarks?|the pledge|the move"
                        r"|the decision|the statement|the idea|the plan|the claim|that (?:year|day|week|month|time|"
                        r"argument|idea|issue|plan|decision|claim|report|statement|move|case|question|point|effort))\b"
                        r"(?!\s+(?:the|a|an)\b)|\b(?:with|to|for|about|against|from|by|met|told|asked) (?:her|him)\b")


#: What a claim points back to and does not show (issue 10, round 10: held leads copied with "300 of them", "this
#: issue"): "them" after a count or a preposition, a demonstrative before a word for a measure or an issue.
_REFERS_BACK = re.compile(r"\b(?:of|to|for|with|among|from|against|on) them\b|\b(?:this|that|these|those|the same) "
                          r"(?:issues?|tax|levy|measures?|moves?|proposals?|bills?|policy|policies|rules?|idea|plan|deal|"
                          r"decision|program|programme|law)\b", re.I)
#: A back-reference by a definite noun alone as a claim's subject ("The tax was intended to ..." after a sentence on a
#: levy): said of a sentence past the lead's first, where what it names was introduced by another word.
_THE_NOUN_BACK = re.compile(r"(?:The|This|That) (?:tax|levy|measure|move|proposal|bill|policy|rule|idea|plan|deal|"
                            r"decision|program|programme|law|effort|change|cut|ban|vote|attack|case|group|company|firm)"
                            r"\s+(?:was|is|were|are|would|will|has|had|could|can|may|might)\b")
#: The word after a relative clause between commas that is the sentence's verb or a preposition of its predicate:
#: anything else ("whose campaigns against Communism, abortion and ...") means the commas were a list's.
_PREDICATE_WORD = re.compile(
    r"(?:[a-z]+(?:ed|es|s)|said|told|won|lost|led|ran|made|took|gave|met|went|came|held|left|got|put|set|sent|spent|"
    r"saw|became|began|broke|brought|built|bought|fought|found|kept|knew|paid|rose|fell|stood|wrote|spoke|sought|"
    r"can|could|will|would|may|might|must|should|shall|is|was|are|were|has|have|had|did|do|in|on|at|to|for|with|by|"
    r"from|into|as|after|before|over|under|about|against|since|until|not|also|never|still|now|then|once)\b")


def the_noun_back(claim: str) -> bool:
    """Whether ``claim`` opens on a definite noun that refers back ("The tax was intended ...")."""
    return _THE_NOUN_BACK.match(claim) is not None


def _without_appositions(text: str, names: Names) -> str:
    """``text`` without the appositions after a full name: "Howard Dean, the former governor of Vermont,
    proclaimed" is "Howard Dean proclaimed" (the post is no part of the claim)."""
    for start, end, person in reversed(_people_in(text, names)):
        if text[start:end] != person.name:
            continue
        match = _APPOSITION.match(text, end)
        if match and not _PREDICATE_WORD.match(text, match.end()):
            continue  # "Phyllis Schlafly, whose campaigns against Communism, abortion and ...": a list's commas (round 10)
        if match:  # "Bryan Pagliano, a former technology aide to Hillary Clinton, in contempt" too
            text = text[:end] + " " + text[match.end():]
    return text


_FUNCTION = frozenset("that who which from of to with by for about in on at into after before than as and or but "
                      "over under against between".split())


#: A subordinate clause's first word: a person named after it is not the claim's subject.
_SUBORDINATE = re.compile(r"\s*(?:As|When|While|If|Because|Although|Though|Since|Until|Once|Whether|Unless)\b")


def _subject_first(text: str, names: Names) -> str:
    """The claim with a person subject named plainly: "his wife, longtime Clinton aide Huma Abedin, announced"
    becomes "Huma Abedin announced"; "Howard Dean, the former governor of Vermont, said" becomes "Howard Dean said"."""
    people = _people_in(text, names)
    for start, end, person in people:
        if len(text[:start].split()) > 10:
            break
        rest = text[end:]
        apposition = re.match(r",\s+[^,]{1,90},\s+", rest)
        closing = re.match(r",\s+", rest)  # the name closes an apposition: "His wife, aide Huma Abedin, announced"
        closes = False
        if apposition and finite_verb(_word_at(text, end + apposition.end())):
            after = end + apposition.end()
        elif closing and "," in text[:start] and finite_verb(_word_at(text, end + closing.end())):
            after, closes = end + closing.end(), True
        else:
            after = end + len(rest) - len(rest.lstrip())
        verb = _word_at(text, after)
        if not finite_verb(verb):
            continue
        before = text[:start]
        if any(finite_verb(w) and w not in ("was", "is") for w in _WORD.findall(before)):
            break  # the person is an object: "Families urged Sanders to ..."
        if re.search(r"\b(?:and|or|with)\s+(?:\S+\s+){0,3}$", before) and "," not in before:
            break  # one of a compound subject: "Sergey Lavrov and US envoy Dorothy Shea met ..." stays whole
        if "," in before and not closes:
            break  # "By offering Kasich the second spot, Trump would ...": the phrase before is part of the claim
        if _SUBORDINATE.match(before):
            break  # "As Mrs. Clinton prepares ..., she will confront ...": the subject of an opening clause (round 12)
        if before.strip(" ,") and "," not in before and not title_before(text, start):
            # "Former Democratic congressman Anthony Weiner": a description before the name is dropped
            if not all((w[:1].isupper() and w.lower() not in _FUNCTION) or w.islower() and w not in _FUNCTION
                       for w in before.split()):  # "For Cruz backers, ...": "For" is no description (round 8)
                continue  # "The response from Trump came ...": Trump is not the subject
        return person.name + " " + text[after:]
    return text


#: Words after which an "-s" word is a plural noun, not a verb ("the playbooks", "other records").
_NOUN_BEFORE = frozenset("the a an other and or of these those some many its their his her our all several few both "
                         "such more most".split())
_YOU = re.compile(r"\b(?:you|your)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|I'm|I’m|I've|I’ve|we|our|us)\b")


def _has_verb(claim: str) -> bool:
    """Whether ``claim`` has a finite verb: a title phrase ("Roasts and toasts for the passing of 2015.") has none,
    though the plural after "and" in a pair of nouns reads like an "-s" verb (issue 10, round 20)."""
    words = _WORD.findall(claim)
    for i, w in enumerate(words):
        if w in _DID:
            return True
        if not finite_verb(w):
            continue
        if i and _POSSESSIVE_END.search(words[i - 1]) and w not in _FINITE:
            continue  # "Comey's news conference", "Sanders' wins": a word after a possessive is its noun (round 29:
            # "news" read as a verb let a cut drop the lead's predicate: "... Comey's news conference on Tuesday.")
        plural_only = (w.endswith("s") and w not in _FINITE and not w.endswith(("n't", "n’t")))
        if plural_only and i > 1 and words[i - 1].lower() in ("and", "or") and words[i - 2].lower().endswith("s") \
                and not finite_verb(words[i - 2]):
            continue  # "Roasts and toasts": a pair of nouns ("runs and wins" is two verbs)
        return True
    return False


def askable(claim: str, opinion: bool = False) -> bool:
    """Whether a restated claim can be asked: it has a verb (not "The Latest on the race."), does not hang on a
    pronoun ("If it worked against ..."), keeps its quote marks paired, and in an opinion piece is no scene
    the author tells in the first person ("Last week, I caught Larry King on ...")."""
    if not _has_verb(claim) or _HANGS.match(claim):
        return False
    if re.match(r"(?:Let['’]s|Let us|Please|Imagine|Consider)\b", claim):
        return False  # a command or an invitation ("Let's save the speeches for later"): no claim (round 20)
    first = _WORD.match(claim)
    if first and (first.group().lower() in _DID or re.fullmatch(r"[A-Z][a-z]+ed", first.group())):
        return False  # "Filed for six bankruptcies, made millions ...": no subject
    if claim[:1] in "“\"'‘":
        return False  # a speaker's words: who_said asks them; "“...,” X explained" as a true/false is always true
    vague = re.match(r"(?:Some|Others|Many|Most|Both|All|Several|Few)\s+([\w’'-]+)", claim)
    if vague and (vague.group(1) in _DID or vague.group(1) in _FINITE or vague.group(1).endswith("ed")):
        return False  # "Some forged signatures ...": some of whom stands in the sentence before
    head = re.match(r"(?:The|A|An)\b([^,]*),\s+(?:which|who|where)\b[^,]*,\s+([\w’'-]+)", claim)
    if head and not any(finite_verb(w) or w in _DID for w in _WORD.findall(head.group(1))) \
            and not (finite_verb(head.group(2)) or head.group(2) in _DID):
        return False  # "The subsequent war, which ..., in 1848 the Whigs nominated ...": an intro cut in two
    that = claim.rfind(" that ")
    clause = claim[that + 6:] if that >= 0 else ""
    found = _WORD.findall(clause)  # "ordered that the playbooks and other records": plural nouns, no verb (round 8)
    words = [w for i, w in enumerate(found) if not (
        i and w.endswith("s") and found[i - 1].lower() in _NOUN_BEFORE and found[0].lower() in _NOUN_BEFORE)]
    if clause and (not any(finite_verb(w) or w in _DID for w in words)
                   or (re.match(r"(?:in|on|at|after|before|during|for|with|by|under|among|since)\b", clause)
                       and "," not in clause)):
        return False  # "The study found that in the state's three smallest counties.": cut before its verb
    if _YOU.search(claim) or re.search(r"\b(?:it|them)\s*[.,;]", claim):
        return False  # "would you still vote for her", "Trump could make money doing it": no claim on its own
    if _REFERS_BACK.search(claim):
        return False  # "ordered nearly 300 of them to Cameroon", "We welcome this issue": whom or what? (round 10)
    if claim.count('"') % 2 or claim.count("''") % 2 or claim.count("“") != claim.count("”"):
        return False
    return not (opinion and _FIRST_PERSON.search(claim))


#: Words in an opening phrase that name a poll's subject ("Among likely voters", "In the Quinnipiac poll").
_POLL_SUBJECT = re.compile(r"\b(?:polls?|survey|voters|caucus(?:es)?|primary|primaries|electorate|respondents)\b", re.I)


def names_place(phrase: str) -> bool:
    """Whether an opening phrase names a place (a US state, a country) or a poll's subject: cutting it would
    leave a poll or a figure that holds nowhere in particular (issue 10, round 6)."""
    from trainer.draft.statements import _COUNTRY_NAME, _STATE

    if _STATE.search(phrase) or _COUNTRY_NAME.search(phrase) or _POLL_SUBJECT.search(phrase):
        return True
    # "In Des Moines, X leads": the phrase is the place; "At a press conference in Oslo," only sets the scene
    opening = re.match(r"(?:In|Across|Throughout)\s+(?:the\s+)?([A-Z][a-z]+)", phrase)
    return opening is not None and opening.group(1) not in lx.MONTHS and opening.group(1) not in lx.WEEKDAYS


#: A concession that opens a sentence and runs on through a dashed aside ("Despite growing up during the worst
#: downturn ... -- and coming of age at a time of ... -- more than two-thirds ... predict ..."): the claim is what
#: follows it (round 11: the lead's two-thirds was never asked, its sentence too long with the concession).
_CONCESSION = re.compile(r"(?:Despite|Although|Though|While|Even as)\b[^—–.]*?\s(?:--|—|–)\s[^—–.]*?\s(?:--|—|–)\s+")


def restate(sentence: str, names: Names, keep: frozenset[str] | set[str] = frozenset()) -> str:
    """A lead sentence restated as a short claim (see the module's docstring). A cut that would drop one of the
    ``keep`` words (the headline's, folded as statements._content_words folds them) is not made while the claim
    stays within :data:`LONGEST_CLAIM_WORDS` (issue 10, round 13: "amid stifling heat" cut from a lead under
    "Protesters push through intense heat"; "...: Green Party candidate Jill Stein" cut under "Clinton still faces a
    spoiler in Green Party's Jill Stein": a cut must never drop the claim's point)."""
    from trainer.draft.statements import _content_words, claim_text, named

    def drops(kept: str, whole: str) -> bool:
        return bool(keep) and bool(keep & _content_words(whole) - _content_words(kept))

    sentence = _DATELINE.sub("", sentence, count=1)
    concession = _CONCESSION.match(sentence)
    if concession and len(sentence[concession.end():].split()) >= MIN_CLAIM_WORDS \
            and not re.match(r"[a-z]+ing\b", sentence[concession.end():]):  # "— preparing ...": the aside goes on
        sentence = sentence[concession.end()].upper() + sentence[concession.end() + 1:]
    text = named(claim_text(sentence), names)
    for pattern in (_CONNECTIVE, _INTRO, _CONNECTIVE):
        match = pattern.match(text)
        if match and pattern is _INTRO and names_place(match.group()):
            continue  # "In Iowa, Brun is up four points": a poll or figure is ambiguous without its place
        if match and len(text[match.end():].split()) >= MIN_CLAIM_WORDS:
            text = text[match.end()].upper() + text[match.end() + 1:]
    text = _subject_first(_without_appositions(_full_names(text, names), names), names)
    embedded = _EMBEDDED_RELATIVE.search(text) if len(text.split()) > CLAIM_WORDS else None
    if embedded and len(text[:embedded.start()].split()) >= 2:  # "X's news conference on Tuesday, in which he ...,
        text = text[:embedded.start()] + text[embedded.end():]  # was just the latest ...": the aside goes, never the
        # verb after it (round 29: a cut at ", in which" left "... Comey's news conference on Tuesday.", no verb)
    tail = _LAST_TAIL.search(text) or _TAIL.search(text)  # the last participle clause first: ", numbering about
    # 1,000 pages, be released by Thursday, allowing time ..." keeps "be released" (round 8)
    if tail and not _LAST_TAIL.search(text) and _CLAUSE_VERB.match(tail.group()):
        tail = None  # "Almost as soon as the bombs went off, a new act of terror was employed in the debate": a
        # clause with its verb, no appositive to cut (round 29: the cut left the opening's subordinate clause alone)
    if tail and len(text[:tail.start()].split()) >= MIN_CLAIM_WORDS and not (
            drops(text[:tail.start()], text) and len(text.split()) <= LONGEST_CLAIM_WORDS):
        # a tail after a quote's own comma ("... “founded ISIS,” saying they ...") keeps the quote closed (round 11)
        text = text[:tail.start()] + ("”" if tail.group().startswith((",”", ',"')) else "")
    other = _OTHER_SUBJECT.search(text)
    if other and len(text[:other.start()].split()) >= MIN_CLAIM_WORDS:
        text = text[:other.start()]  # "X spoke in Moscow, and US envoy Y listened": the claim is X's
    if keep and len(text.split()) > CLAIM_WORDS:  # the lead's "X ..., but Y ...": the turn is the point, not X
        second = _second_half(text.rstrip("."))  # (round 24, held28/07); a body sentence keeps its cut
        if second is not None and MIN_CLAIM_WORDS + 2 <= len(second.split()) <= CLAIM_WORDS \
                and (not drops(second, text) or _TURN_OWNED.search(text)):
            text = second
    if len(text.split()) > CLAIM_WORDS:
        cuts = [m.start() for m in _CUT.finditer(text)
                if MIN_CLAIM_WORDS + 2 <= len(text[:m.start()].split()) <= CLAIM_WORDS]
        if any(drops(text[:cut], text) for cut in cuts):
            if len(text.split()) <= LONGEST_CLAIM_WORDS:
                cuts = [cut for cut in cuts if not drops(text[:cut], text)]
        if cuts:
            text = text[:cuts[-1]]
            dangling = re.search(r"[,:;]\s+\S+(?:\s+\S+)?$", text)
            if dangling and len(text[:dangling.start()].split()) >= MIN_CLAIM_WORDS:
                text = text[:dangling.start()]  # "... on Monday afternoon, hours" cut before "before": "hours" goes
    text = text.strip().rstrip(" ,;:!?—–-")
    closed = text.endswith(('.”', '."', ".’", ".'"))
    text = text if closed else text.rstrip(".")
    return (text[:1].upper() + text[1:] + ("" if closed else ".")) if text else text


#: A private person's description: a relative, a victim, a voter (no choice beside a politician).
_PRIVATE = re.compile(r"\b(?:daughter|son|sister|brother|mother|father|wife|husband|widow|widower|parent|victim"
                      r"|survivor|resident|voter|student|lost (?:her|his|their))s?\b", re.I)


#: A religious leader's title or description.
_CLERGY = re.compile(r"\b(?:Pope|Cardinal|Archbishop|Bishop|Rabbi|Imam|Ayatollah|Patriarch|Reverend|Rev\.|Catholics"
                     r"|Vatican|pontiff|priest|cleric)\b", re.I)


def _kind_of(person: Person) -> str:
    """What kind of actor a person is to the story: "famous" (a president, a pope: no filler beside a
    candidate), an "observer" (a reporter, a pollster, an analyst), a "private" person (a victim's relative,
    a voter), or a "public" one (the default: politicians, officials)."""
    about = " ".join(filter(None, (person.role, person.description)))
    if getattr(person, "accused", False):
        return "accused"  # the hunted suspect beside politicians is an absurd choice (issue 10, round 10)
    if person.famous:
        return "famous"  # a president named in passing, a choice only beside their own kind (issue 10, round 8)
    if _CLERGY.search(about) or _CLERGY.match(person.name):
        return "clergy"  # no Pope Francis beside a candidate (issue 10, round 8)
    if _OBSERVER.search(about) or person.press and not person.role:
        return "observer"
    return "private" if _PRIVATE.search(about) else "public"


#: Last words of a "name" that is no person ("Fifth Amendment", "Affordable Care Act").
_NOT_A_SURNAME = frozenset("Amendment Act Party House Street Court University Committee Department Avenue Center "
                           "Centre Hall Council Agency Bureau Office Fund Bank Group Institute Foundation Times Post "
                           "News Daily Review Journal Network Show Program Programme Magazine".split())


def _ranked(names: Names, counts: Counter) -> list[tuple[Person, str, str | None]]:
    """The people fit to be a choice, with their kind and sex, the ones the story comes back to (or gives a
    post) first and the most named first (built once per article and count)."""
    cached = getattr(names, "_claim_ranked", None)
    if cached is not None and cached[0] is counts and cached[1] == len(names.people):
        return cached[2]
    described = " ".join(p.description or "" for p in names.people)  # "who lost her daughter Jessica Ghawi"
    fit = [p for p in names.people if not p.lay and len(p.name.split()) >= 2 and p.named_outside
           and p.name not in described and not re.fullmatch(r"[A-Z]\.?", p.name.split()[0])  # "J. Trump"
           and p.name.split()[-1] not in _NOT_A_SURNAME and counts[p.name] >= 1]  # not a headline's word
    longer = partial_names(names.people)
    things = thing_names(names.body, names) if names.body is not None else set()  # "Super Glass-Steagall" (round 15)
    fit = [p for p in fit if p.name not in longer and p.name not in things]  # "Le Pen" beside "Marine Le Pen": the full name only (round 8)
    if names.body is not None:  # no one named once in a list or as an owner, no university named after someone (round 25)
        once, bodies = in_passing(names.body, names)
        compared = compared_only(names.body, names)  # "Trump is like George Patton": no one of the story (round 28)
        fit = [p for p in fit if fold(p.name) not in once and fold(p.name) not in bodies and fold(p.name) not in compared]
    fit.sort(key=lambda p: (not (counts[p.name] >= 2 or p.role), -counts[p.name], p.name))
    seen: set[str] = set()
    ranked = []
    for person in fit:
        if person.name not in seen:
            seen.add(person.name)
            ranked.append((person, _kind_of(person), lx.FIRST_NAMES.get(person.name.split()[0])))
    names._claim_ranked = (counts, len(names.people), ranked)  # type: ignore[attr-defined]
    return ranked


#: Headline words too general to be its action: any story of a race has them (issue 10, round 15).
_GENERIC = frozenset("""campaign campaigns race races election elections president presidential party parties state
states year years people country nation candidate candidates voter voters time times week weeks news report reports
today first last debate debates said says will would could should have has been were with from that this their them
they there about after over more than what when where which while into other some also just only like make made
according says new news most much many very even against still amid""".split())
#: Short and irregular forms of the verbs a headline's action is often in ("wins", "won").
_IRREGULAR = {"won": "win", "wins": "win", "winning": "win", "winner": "win", "win": "win", "lost": "lose",
              "loses": "lose", "losing": "lose", "loser": "lose", "led": "lead", "leads": "lead", "leading": "lead",
              "ran": "run", "runs": "run", "running": "run", "run": "run", "met": "meet", "meets": "meet",
              "sued": "sue", "sues": "sue", "sue": "sue", "quit": "quit", "quits": "quit", "cut": "cut", "cuts": "cut"}
_SHORT = "|".join(w for w in _IRREGULAR if len(w) < 4)
_LOWER_WORD = re.compile(r"(?<![\w’'-])(?:[a-z][a-z’']{3,}|(?:%s)(?![\w’'-]))" % _SHORT)
_ANY_WORD = re.compile(r"(?<![\w’'-])(?:[A-Za-z][A-Za-z’']{3,}|(?:%s)(?![\w’'-]))" % _SHORT, re.I)


def _stem(word: str) -> str:
    """A word's first five letters, a possessive or plural dropped: "Elects", "elected" and "election" meet;
    "won" is "wins"."""
    word = re.sub(r"['’]s?$", "", word.casefold())
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    word = word.removesuffix("s") if len(word) > 4 else word
    return word[:5]


def headline_stems(title: str | None) -> frozenset[str]:
    """The headline's words that can say what happened (not its generic campaign words)."""
    if not title:
        return frozenset()
    return frozenset(_stem(w) for w in _ANY_WORD.findall(title) if w.casefold() not in _GENERIC
                     and w.capitalize() not in lx.STOP_CAPS)


def headline_action(text: str, title: str | None) -> frozenset[str]:
    """The headline's words that ``text`` says in lower case (a name in the text is no action): "Wisconsin voters
    elected ___" under "Wisconsin Elects A Supreme Court Justice ..." says "elect" (issue 10, round 15: a name
    question is kept only where it asks the headline's action)."""
    stems = headline_stems(title)
    if title and _NO_ACTION_LEFT.search(title) and not _ACTION_LEFT.search(title):
        stems -= {_stem("left")}  # "There's Nowhere Left To Hide", "The Left": no one left anything
    return frozenset(_stem(w) for w in _LOWER_WORD.findall(text)
                     if w not in _GENERIC and _stem(w) in stems)


#: "Left" in a headline that is no action: what remains ("Nowhere Left To Hide", "Little Time Left") or the
#: political left ("The Left", "Far-Left"): no "Who left government service …?" asked as the headline's action
#: (issue 10, round 23: held28/04, a side fact both judges deleted).
_NO_ACTION_LEFT = re.compile(r"\b(?:nowhere|nothing|little|few|none|anything|something|much|time|days|weeks|months"
                             r"|the|far|new|center|centre)[\s-]+left\b", re.I)
_ACTION_LEFT = re.compile(r"\b(?:who|has|have|had|he|she|they)\s+left\b", re.I)


#: How near (in characters) a person is named to one of the headline's action words to be in the answer's role:
#: "help elect JoAnne Kloppenburg", not "Bernie Sanders (I-Vt.) said Sunday ..., which will help elect".
PEER_REACH = 40


def role_peers(names: Names, stems: frozenset[str], answer: str) -> frozenset[str] | None:
    """The people the article names right beside one of the headline's action words ``stems`` (the other
    candidate of "elected", the other endorser of "endorsement"): the ones in the answer's role. None when the
    body is unknown (no restriction). One pass over the body per article, whatever the questions."""
    body = names.body
    if body is None:
        return None
    cached = getattr(names, "_claim_peers", None)
    if cached is None or cached[0] != len(names.mentions):
        by_stem: dict[str, set[str]] = {}
        words = [(m.start(), m.end(), _stem(m.group())) for m in _LOWER_WORD.finditer(body.text)
                 if m.group() not in _GENERIC]
        starts = [w[0] for w in words]
        for mention in names.mentions:
            if mention.person.lay:
                continue
            low, high = mention.start - PEER_REACH, mention.end + PEER_REACH
            for start, end, stem in words[bisect.bisect_left(starts, low):bisect.bisect_right(starts, high)]:
                between = body.text[min(end, mention.start):max(start, mention.end)]
                if not re.search(r"[.;:!?]", between):
                    by_stem.setdefault(stem, set()).add(mention.person.name)
        cached = (len(names.mentions), by_stem)
        names._claim_peers = cached  # type: ignore[attr-defined]
    peers: set[str] = set()
    for stem in stems:
        peers |= cached[1].get(stem, set())
    peers.discard(answer)
    return frozenset(peers)

#: The choices are sought among this many of the people the article names most: bounded, whatever the article.
CHOICE_REACH = 60


def choices_for(answer: Person, prompt: str, names: Names, counts: Counter, excluded=(),
                peers: frozenset[str] | None = None) -> list[str]:
    """Three people of the answer's kind to offer beside it: named in full, no bystanders, none the prompt
    names, none a pronoun of the prompt rules out, the ones the article names most first; ``peers`` (the people
    named beside the headline's action, in the answer's role) before anyone else."""
    shown = fold(prompt)
    he, she = bool(_HE.search(prompt)), bool(_SHE.search(prompt))
    kind = _kind_of(answer)
    pool: list[str] = []
    ranked = _ranked(names, counts)[:CHOICE_REACH]
    if peers:  # the people in the answer's role first ("Who won?": the race's other candidate; issue 10, round 15:
        # aides offered beside the one donor, living politicians for a dead justice)
        ranked = [r for r in ranked if r[0].name in peers] + [r for r in ranked if r[0].name not in peers]
    for person, their_kind, sex in ranked:
        if person is answer or person.name == answer.name or person.name in excluded or their_kind != kind:
            continue
        if same_person(person.name, answer.name) or any(same_person(person.name, other) for other in pool):
            continue  # "Loretta E. Lynch" beside "Loretta Lynch", "Bill" beside "Bill Clinton": one person twice
        if answer.party in names.primaries and person.party != answer.party:
            continue  # in a party's own primary, only its people: no Republican beside a Democratic primary's winner
        if fold(person.surname) in shown or (he and not she and sex == "f") or (she and not he and sex == "m"):
            continue
        pool.append(person.name)
        if len(pool) == DISTRACTORS:
            return pool
    return []



#: Words of a post that name no body a spokesman could speak for ("former", "state", "the").
_NO_BODY_WORDS = frozenset("The A An Former Senior Chief Deputy Press Vice State National Democratic Republican "
                           "House Senate U.S. US New".split())


def _speaks_for(one: str, other: str, pool) -> bool:
    """Whether ``one`` may speak for ``other`` or for the body ``other`` belongs to, by what the article says of
    them (``pool.about``): either's post names the other's surname ("Clinton's press secretary" beside Clinton),
    or a spokesman's or an aide's post shares a body's name with the other's ("Acme Corp spokesman" beside
    Acme's chief). Such a choice fits the quote too (issue 10, round 30)."""
    about_one, about_other = pool.about(one), pool.about(other)
    if re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(fold(other.split()[-1])), fold(about_one)) \
            or re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(fold(one.split()[-1])), fold(about_other)):
        return True
    if "staff" not in (pool.kinds.get(fold(one)), pool.kinds.get(fold(other))):
        return False
    bodies = {w for w in re.findall(r"\b[A-Z][\w&.'’-]{2,40}", about_one) if w not in _NO_BODY_WORDS and not place(w)}
    return any(re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(w), about_other) for w in bodies)


def voiced_choices(answer: Person, distractors: list[str], pool, exclude: frozenset[str] = frozenset(),
                   near: frozenset[str] = frozenset(), wanted: int = DISTRACTORS, quote: str = "") -> list[str]:
    """A who_said question's ``distractors`` with the ones who never speak in the story (not quoted saying
    something, not reported as speaking) giving way to people the article quotes who are of the answer's kind,
    and too few filled up with them (issue 10, round 30: "only Podesta of the choices speaks in the article",
    "Trump and Doyle are throwaway distractors", "Graham and Bush never speak, use Tyler", three choices where
    the article quotes a fourth). ``pool`` is the article's :class:`trainer.draft.questions._Distractors`;
    ``exclude`` the people the quote names or echoes (no one the quote is about, no one who said it too).
    A replacement is named in full, quoted saying something, no passer-by, of the answer's kind (an expert beside
    an expert; a politician or someone given no post beside a politician), never odd beside the answer (a
    national figure beside a mayor), of the answer's party in its own primary, and never someone who may speak
    for the answer or for whom the answer may speak (:func:`_speaks_for`), never one whose given name or surname
    the ``quote`` (with its sentence) says ("Perry said his fellow Texan will take on the Washington cartel" in a
    video of the Cruz campaign: no Ted Cruz brought in). In place of a silent one, no one of
    another party than the silent one's (unless of the answer's), no town's official for a national figure or
    the reverse, no one unknown for a famous one beside a famous answer, and beside an official no one the
    article gives no office (a cook). None given (the question refused for want of fair choices) stays none."""
    if not distractors:
        return distractors
    kind = pool.kinds.get(fold(answer.name))
    side = pool.parties.get(fold(answer.name))
    party = side if side in pool.primaries else None
    local, official = pool.local(answer.name), pool.politician(answer.name)
    skip = {fold(name) for name in (*exclude, *pool.excluded, answer.name, *distractors)}
    said = {fold(word) for word in re.findall(r"\b[A-Z][\w’'-]{1,30}", quote)}  # the quote's capitalised words

    def fits(name: str, instead: str | None = None, among: list[str] | None = None) -> bool:
        their = pool.kinds.get(fold(name))
        same = their == kind if kind in ("staff", "expert", "press") else their in (None, "politician")
        if instead is not None and their != "press" and their == pool.kinds.get(fold(instead)):
            same = True  # of the kind of the silent one it replaces: the choices' mix of kinds stays as it was
        if instead is not None and not local and pool.local(name) != pool.local(instead):
            return False  # a town's voice for a national figure (or the reverse, Durbin for an alderman): the mix stays
        if instead is None and not local and pool.local(name) and not any(pool.local(c) for c in (among or chosen)):
            return False  # nor the one town's official among national figures to fill up
        if said & {fold(word) for word in name.split() if len(word) > 2}:
            return False  # the quote or its sentence names them ("the Cruz campaign"): whom it is about, or who said it
        other, was = pool.parties.get(fold(name)), pool.parties.get(fold(instead)) if instead is not None else None
        if side is not None and other not in (None, side) and other != was:
            return False  # no Democrat brought in beside a Republican's words where none stood (the answer's side)
        if was is not None and other != was and (side is None or other not in (None, side)):
            return False  # a Republican who never speaks gives way to a Republican (or one of the answer's side)
        if official and not (pool.politician(name) or pool.local(name) or their in ("staff", "expert")):
            return False  # no one the article gives no office (a cook at the casino) beside an official's words
        if instead is not None and fold(instead) in pool.famous_folded and fold(answer.name) in pool.famous_folded \
                and fold(name) not in pool.famous_folded:
            return False  # beside a famous answer, a famous one stays: no town's voice makes it the odd one out
        return (same and len(name.split()) >= 2 and fold(name) not in skip and pool.fit(name)
                and pool.plausible(answer.name, name) and not pool.odd_one_out(answer.name, name)
                and (party is None or pool.parties.get(fold(name)) == party)
                and (not pool.local(answer.name) or not pool.national(name) or pool.local(name))
                and not same_person(name, answer.name) and not _speaks_for(name, answer.name, pool))

    speakers = sorted((name for name in pool.tiers[0][0] if fold(name) in pool.sayers),
                      key=lambda name: (name not in near, name))  # the same on every run, those near the quote first
    chosen = list(distractors)
    for index, name in enumerate(chosen):
        if fold(name) not in pool.sayers and fold(name) not in pool.voiced:
            other = next((n for n in speakers if n not in chosen and fits(n, name)
                          and not any(same_person(n, c) for c in chosen)), None)
            if other is not None:
                chosen[index] = other
                skip.add(fold(other))
    replaced = list(chosen)  # filled up with people who fit beside the choices as they stand now
    for name in speakers:  # lazily: most questions have their choices already, and each fit costs
        if len(chosen) >= wanted:
            break
        if name not in replaced and fits(name, among=replaced) and not any(same_person(name, other) for other in chosen):
            chosen.append(name)
    return chosen


_HIS = re.compile(r"\bhis\b|\bher(?=\s+(?!to\b|that\b|a\b|an\b|the\b|and\b|in\b|on\b|for\b|with\b|of\b|about\b|as\b"
                  r"|at\b|by\b|from\b|if\b)[a-z])")


def ungendered(prompt: str) -> str:
    """The prompt with the answer's possessive "his" or "her" as "their": the pronoun must not rule out choices.
    Left as it is when the prompt says "he" or "him" as well ("... hand him ... their speech" reads wrong)."""
    if re.search(r"\b(?:he|him|she)\b", prompt, re.I):
        return prompt
    return _HIS.sub("their", prompt)


def who_form(claim: str, names: Names, counts: Counter, excluded=(),
             peers: frozenset[str] | None = None, title: str | None = None) -> tuple[str, str, list[str]] | None:
    """("Who <predicate>?", the person, choices) when the claim opens with a person and a finite verb; ``peers``
    first among the choices when given. With a ``title``, only a predicate that says the headline's action
    (round 15), its choices the people named beside that action first."""
    people = _people_in(claim, names)
    if not people or people[0][0] != 0:
        return None
    start, end, person = people[0]
    if claim[:end] != person.name or len(person.name.split()) < 2:
        return None
    verb = _word_at(claim, end + 1)
    if claim[end:end + 1] != " " or not finite_verb(verb):
        return None
    rest = claim[end + 1:].rstrip(".")
    if re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(person.surname), rest):
        return None  # the predicate names the answer again
    prompt = re.sub(r'[.,]([”"’])$', r"\1", f"Who {rest}") + "?"  # 'my new best friend."?' reads '... friend"?'
    if len(prompt.split()) < 6 or _ANAPHORIC.search(prompt) or re.search(r"\bone\?$", prompt):
        return None  # "Who has come up with one?": what it asks about stands elsewhere
    prompt = prompt if _people_in(prompt, names) else ungendered(prompt)
    if title is not None:
        stems = headline_action(" ".join(prompt.split()[:ACTION_REACH]), title)
        if not stems:
            return None  # "Who may be testing the boundaries of tolerance ...?" under "Germany targets a surge
            # of vitriol": the hook, not the story (held14, deleted by both judges)
        peers = peers if peers is not None else role_peers(names, stems, person.name)
    others = choices_for(person, prompt, names, counts, excluded, peers)
    if not others:
        return None
    return prompt, person.name, sorted([person.name, *others])


#: Verbs that report a claim: "..., Howard Dean proclaimed" asks "Who proclaimed that ...?".
_CLAIM_VERBS = frozenset("said says proclaimed declared argued insisted warned claimed announced wrote contended "
                         "predicted charged asserted maintained told".split())


def quoted_form(sentence: str, names: Names, counts: Counter, excluded=()) -> tuple[str, str, list[str]] | None:
    """("Who <verb> that <claim>?", the person, choices) for a lead that reports someone's claim and names them
    after it: "Guns are “the ultimate public health crisis,” Howard Dean, the former governor of Vermont,
    proclaimed to a cheering crowd" is "Who proclaimed that guns are “the ultimate public health crisis”?"."""
    from trainer.draft.statements import claim_text

    text = claim_text(sentence)
    for start, end, person in _people_in(text, names):
        title = title_before(text, start)
        before = text[:title.start() if title else start].rstrip()
        if not before.endswith((',”', ',"', '”,', '",', ",")) or len(before.split()) < 4:
            continue
        rest = text[end:]
        apposition = re.match(r",\s+[^,]{1,90},\s+", rest)
        after = end + (apposition.end() if apposition else len(rest) - len(rest.lstrip()))
        verb = _word_at(text, after)
        if verb not in _CLAIM_VERBS or verb == "told":
            continue
        claim = before.rstrip(",")
        claim = re.sub(r',([”"])$', r"\1", claim).rstrip(",")
        if not re.search(r'["“”]', claim):
            continue  # "As a summer associate at a law firm, Lynch said ...": an introduction, no reported claim
        if len(person.name.split()) < 2 or re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(person.surname), claim):
            return None
        claim = lowered(claim, names)
        prompt = f"Who {verb} that {claim}?"
        if len(prompt.split()) > CLAIM_WORDS:
            return None
        others = choices_for(person, prompt, names, counts, excluded)
        return (prompt, person.name, sorted([person.name, *others])) if others else None
    return None


#: A description that names one person of the race ("the front-runner", "the nominee"): beside a blank it is the
#: answer (issue 10, round 6).
_UNIQUE_ROLE = re.compile(r"\b(?:front-?runner|frontrunner|nominee|presumptive|standard-bearer|president-elect"
                          r"|running mate)\b", re.I)
_ROLES = (r"(?:president|candidate|rival|opponent|challenger|incumbent|billionaire|mogul|businessman|businesswoman"
          r"|husband|wife)")
_ROLE_BEFORE = re.compile(r"\b%s['’]?s?[\s,]*$" % _ROLES, re.I)
_ROLE_AFTER = re.compile(r",\s+(?:the|a|an|his|her|their)\s+[^,.;]{0,60}?\b%s\b" % _ROLES, re.I)


def in_headline(name: str, title: str | None) -> bool:
    """Whether the headline names the person ``name`` (by surname): the article's default subject, the answer a
    student guesses from the deck's title alone (round 8: "answerable from the headline", "the article's subject")."""
    return bool(title) and re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(fold(name.split()[-1])), fold(title)) is not None


#: A post written right before a name that the title words above do not cover ("FBI Director ___", "CEO ___").
_POST_RIGHT_BEFORE = re.compile(r"\b(?:Director|Chief|CEO|Chair|Administrator|Attorney General|Coach|Commander"
                                r"|Spokesman|Spokeswoman|Press Secretary|Head|Prosecutor|Inspector General)\s+$")


#: A death before a blank: "the unexpected death Saturday of ___" (choices would be the living).
_DEATH_BEFORE = re.compile(r"\b(?:death|deaths|funeral|killing|murder|assassination|widow|widower|memory|late)\b"
                           r"[^,.;]{0,30}$", re.I)
#: How many words around a blank say what the blank did or underwent.
_BLANK_BEFORE, _BLANK_AFTER = 4, 3


def whom_form(claim: str, names: Names, counts: Counter, title: str | None, excluded=()) -> tuple[str, str, list[str]] | None:
    """(the claim with a blank, the person, choices) for a person the claim acts on ("Families urged ___ to
    apologize"), one the headline does not name: a blank on the headline's own person is answered by the
    deck's title (round 8)."""
    for start, end, person in _people_in(claim, names):
        if start == 0 or claim[start:end] != person.name or len(person.name.split()) < 2:
            continue
        if in_headline(person.name, title):
            continue
        if re.search(r"\b(?:that|which|who|whom|whose)\s+(?:\S+\s+){0,2}$", claim[:start]):
            return None  # "an explosion that ___ described": the person is a side of the claim
        if _UNIQUE_ROLE.search(claim) or _ROLE_BEFORE.search(claim[max(0, start - 80):start]) \
                or _ROLE_AFTER.match(claim, end):
            return None  # "the Republican front-runner ___": the prompt's own description gives the answer (round 6)
        if title_before(claim, start) is not None or _POST_RIGHT_BEFORE.search(claim, max(0, start - 40), start):
            return None  # "ripped FBI Director ___": a blank after the person's post asks the label (round 12)
        if _DEATH_BEFORE.search(claim, max(0, start - 40), start):
            return None  # "the death of ___" among living politicians: no choice is of the answer's kind (round 15)
        around = " ".join(claim[:start].split()[-_BLANK_BEFORE:] + claim[end:].split()[:_BLANK_AFTER])
        stems = headline_action(around, title)
        if not stems:
            return None  # "as ___ rolled toward the nomination" under "Scrappy debate signals long grind": the
            # blank is not the headline's action, a side of the story (round 15: name questions 55% deleted)
        rest = claim[:start] + "___" + claim[end:]
        rest = rest if _people_in(rest, names) else ungendered(rest)
        if re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(person.surname), rest):
            return None  # named twice: the other mention gives the blank away
        prompt = "Fill in the name: " + rest
        others = choices_for(person, rest, names, counts, excluded, role_peers(names, stems, person.name))
        return (prompt, person.name, sorted([person.name, *others])) if others else None
    return None


#: Direction words and their opposites, whole words (issue 10, round 3: "rise/fall, win/lose, support/oppose,
#: ahead/behind, more/fewer"). Never "will"/"will not": a false form is no inserted "not".
OPPOSITES = dict(pair for a, b in (
    ("declined", "rose"), ("dropped", "rose"), ("cut", "boosted"), ("gained", "lost"),  # first: "rose" turns to "fell" and "boosted"
    # to "cut" below, never "cut" (a present as often as a past) to "boosted"
    ("won", "lost"), ("wins", "loses"), ("win", "lose"), ("rose", "fell"), ("rises", "falls"), ("rising", "falling"),
    ("increased", "decreased"), ("increase", "decrease"), ("higher", "lower"), ("ahead of", "behind"),
    ("supports", "opposes"), ("supported", "opposed"), ("support", "oppose"), ("backed", "opposed"),
    ("approved", "rejected"), ("accepted", "rejected"), ("grew", "shrank"),
    ("expanded", "shrank"), ("strengthened", "weakened"),
    ("agreed", "refused"), ("allowed", "banned"), ("separated", "reconciled"),
    ("skipped", "attended"), ("boycotted", "attended"), ("praised", "criticized"), ("criticized", "praised"),
    ("useful", "useless"), ("easier", "harder"), ("better", "worse"), ("fewer", "more"), ("leads", "trails"),
    ("led", "trailed"), ("defended", "attacked"), ("lifted", "imposed"), ("raised", "lowered"),
    ("approve", "disapprove"), ("approves", "disapproves"),
    ("condemned", "welcomed"), ("denounced", "welcomed"), ("surged", "plunged"), ("soared", "plunged"),
    ("increasing", "decreasing"),
    ("raising", "lowering"), ("easing", "tightening"), ("eased", "tightened"),
    ("strengthen", "weaken"), ("expand", "shrink"), ("lifting", "imposing"),
    ("winning", "losing"), ("ahead", "behind"), ("gain", "lose"),
) for pair in ((a, b), (b, a)))
for _word in ("cut",):  # a present as often as a past
    del OPPOSITES[_word]
# Never turned (issue 10, round 8): "began"/"ended" ("X's problems began when ..." ended is nonsense, not false),
# "favor"/"oppose" ("the backdrop should favor Clinton" is "help", not "support").
# Never turned (issue 10, round 5): "left"/"joined" ("from the left" is a side, "left Warren in the pile-on" no
# sentence), superlatives ("the single smallest factor" is absurd, not false).
_OPPOSITE = re.compile(r"(?<![\w’'-])(?:%s)(?![\w’'-])" % "|".join(
    re.escape(w) for w in sorted(OPPOSITES, key=len, reverse=True)))


#: Words that are nouns as often as verbs: turned only after a word that makes them verbs ("to support").
_BARE = frozenset("back support oppose win lose increase decrease rise fall lead trail favor gain".split())
_BARE_S = frozenset("wins loses rises falls supports opposes leads trails increases decreases gains favors".split())
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|must|should|did|do|does|not|they|we|who)\s+$")


#: A form of "be" before an "-ing" direction word: "rates are rising" (a verb), not "rising rates" (round 8).
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|’s|'s|keeps?|kept)\s+(?:\w+ly\s+)?$", re.I)
#: A reason after a verb of judging: "praised X for ...", "criticized X over ...", "praised X as ...".
_REASON_AFTER = re.compile(r"\s+(?:[\w.,’'-]+\s+){0,8}?(?:for|over|as)\s")
_JUDGING = frozenset("praised criticized defended attacked condemned denounced welcomed".split())
#: An object and "to" with a verb after "allowed": "allowed veterans to go".
_TO_VERB_AFTER = re.compile(r"\s+(?:[\w.’'-]+\s+){0,4}?to\s+[a-z]")


#: Words before "ahead of"/"behind" that make it a place in a race ("five points ahead of", "ran behind").
_PLACED = re.compile(r"\b(?:points?|far|well|just|narrowly|slightly|still|is|was|are|were|remains?|remained|ran|runs"
                     r"|running|stays?|stayed|fell|finished|trails?|trailed|polling|poll)\s+$")


#: What follows a direction word when it has none: an idiom, money raised, a phrasal verb, agreeing with.
_IDIOM = re.compile(r"\s+(?:(?:more than|over|nearly|almost|about|some|at least|up to|roughly|close to|an estimated"
                    r"|just over|well over|less than)\s+)?(?:questions?|concerns?|doubts?|eyebrows|money|funds|\$|\d"
                    r"|millions|up\b|with\b|that\b|on\b|about\b)")
_IDIOM_WORDS = frozenset("raised raising raise lowered lowering grew shrank growing agreed refused".split())


#: What follows a transitive "dropped"/"declined" (an object, "to" and a verb, "out"): turned to the intransitive
#: "rose" it is no sentence ("rose her reluctance", "rose to comment"; issue 10, round 4).
_OBJECT_AFTER = re.compile(r"\s+(?:to\s+(?![\d$€£]|about\b|nearly\b|around\b|roughly\b|just\b|under\b|below\b|a\s+(?:low|record)\b"
                           r"|the\s+lowest\b|its\s+lowest\b)|out\b|off\b|the\b|a\b|an\b|her\b|his\b|their\b|its\b|our\b|my\b"
                           r"|your\b|him\b|them\b|us\b|it\b|this\b|that\b|these\b|those\b|any\b|all\b|some\b|[A-Z])")
_INTRANSITIVE_TO = frozenset("declined dropped".split())
#: "led"/"trailed" is a place in a race only where the claim counts one (points, polls, votes, delegates):
#: elsewhere "led the effort" turned to "trailed the effort" is no fair false form (issue 10, round 4).
_RACE_WORDS = frozenset("led leads leading trailed trails trailing".split())
_RACE = re.compile(r"\b(?:points?|polls?|polling|votes?|delegates?|percent|percentage)\b|%")
#: Idioms with no direction: "fell short", "fell silent", "rose to power", "ended up".
_FIXED = re.compile(r"\s+(?:short|silent|ill|apart|asleep|in\s+love|victim|prey|to\s+(?:power|prominence|fame)|up\b)")
_FIXED_WORDS = frozenset("fell rose ended".split())
#: A word before an "-ed" form that makes it an adjective ("the increased budget", "a raised hand", "no
#: internationally accepted definition").
_ADJECTIVE_BEFORE = re.compile(r"\b(?:(?:the|a|an|his|her|their|its|our|these|those|no|any|some|every|each|from|of|with"
                               r"|for|about|into)\s+(?:\w+ly\s+)?|newly\s+|recently\s+)$", re.I)  # "benefit from raised ..."
#: A particle that makes a phrasal verb: "backed out", "won over".
_PARTICLE = re.compile(r"\s+(?:out|off|down|away|over|up|back)\b")
_BEYOND = re.compile(r"\s+(?:\w+\s+)?(?:beyond|past|out of|into)\b")


_POINTS_BACK = re.compile(r"\b(?:to|of|like|than|about|on|with|for|from|by|do|does|did|done|doing)\s+(?:that|this|these|those|it|them)"
                          r"\s*[.!?]?[\"”’']?\s*$", re.I)


#: Winning words whose opposite contradicts what else the clause says (issue 10, round 6).
_WINS = frozenset("won wins win winning".split())
#: A victory noun after "won": "lost narrower victories" is no sentence.
_VICTORY = re.compile(r"\s+(?:\S+\s+){0,2}?(?:victor(?:y|ies)|wins|landslides?|majorit(?:y|ies)|races?\s+handily)\b", re.I)
#: Another word of the same direction further in the clause: "won 40 states and defeated Y".
_SAME_WAY = re.compile(r"\b(?:defeated|defeating|defeats|beat|beating|beats|routed|trounced|swept|sweeping|carried"
                       r"|victor(?:y|ies)|triumph(?:ed)?)\b", re.I)
#: A modal or "to" right before the word: the word is a bare verb ("could lead", "to win").
_MODAL_BEFORE = re.compile(r"\b(?:could|would|will|can|may|might|must|should|shall|to|did|does|do|n't|not)\s+$", re.I)
#: Past forms of the opposites that do not end in "-ed".
_PAST_FORMS = frozenset("led won lost rose fell grew shrank shrunk began cut".split())


#: Comparatives: turned only when the claim states the comparison outright (round 7).
_COMPARATIVES = frozenset("better worse higher lower easier harder fewer more less".split())


def direction_word(claim: str) -> tuple[int, int, str, str] | None:
    """(start, end, word, opposite) of the first direction word of ``claim`` whose opposite makes the claim
    false and still a sentence: outside quotes and relative clauses, a verb rather than a noun or an adjective,
    no idiom, no participle ("led by"), no transitive use turned intransitive ("dropped her bid" is never "rose
    her bid"), "led"/"trailed" only in a race, none in a claim that ends pointing elsewhere ("... close to that").
    The one guard of every direction swap (claim and statement)."""
    if _POINTS_BACK.search(claim):
        return None  # "Sanders has done anything close to that": what "that" is stands elsewhere
    for match in _OPPOSITE.finditer(claim):
        before = claim[:match.start()]
        if (before.count('"') % 2) or before.count("“") > before.count("”"):
            continue  # inside a quote: the speaker's words are not ours to change
        word, other = match.group(), OPPOSITES[match.group()]
        if re.search(r",\s+(?:which|who|whom|whose)\b[^,]*$", before):
            continue  # inside a relative clause: a side detail ("the war, which most Whigs opposed,"), not the claim
        if word in _BARE and not _VERB_BEFORE.search(claim, 0, match.start()):
            continue  # "rely less on U.S. support": a noun, not the verb "support"
        previous = re.search(r"([\w.’'-]+)\s+$", claim[:match.start()])
        if word in _BARE_S and (previous is None or not (
                previous.group(1)[:1].isupper() or previous.group(1) in ("he", "she", "it", "who", "which", "that",
                                                                          "also", "now", "still"))
                or re.search(r"(?:ing|ive|ful|ous|ic|ed|est)$", previous.group(1).lower())):
            continue  # "convincing wins by outsiders": a noun, not "Berg wins"
        if word.endswith("ed") or word in ("led", "won", "lost"):
            if claim.startswith(" by ", match.end()):
                continue  # "states led by West Virginia": a participle, not what was done
        if word in ("lost", "loses", "lose", "losing") and re.match(r"[^,.;]{0,60}\bto\s+(?:[A-Z]|the\b)", claim[match.end():]):
            continue  # "lost the election to Polk" has no "won ... to"
        if word in ("ahead of", "behind", "ahead") and not (_PLACED.search(claim, 0, match.start()) and _RACE.search(claim)):
            continue  # "ahead of the election" is a time, "was behind an effort" its author: not a place in a race
        if word.endswith("ing") and not _BE_BEFORE.search(claim, 0, match.start()):
            continue  # "periods of rising rates", "winning praise": an adjective or an idiom, not what is happening
            # (round 8); "rates are rising" is turned
        if word in _JUDGING and (_REASON_AFTER.match(claim, match.end())
                                 or not re.match(r"\s+[A-Z]", claim[match.end():match.end() + 3])):
            continue  # "praised Pence for cutting taxes - moves that improved ...", "criticized the ACA as a 'crazy
            # system'", "criticized the party's lack of ...": the reason or the object contradicts the swap; a
            # judgement is turned only on a person, bare ("Berg criticized Lund") (round 8)
        if word in ("allowed", "banned") and _TO_VERB_AFTER.match(claim, match.end()):
            continue  # "allowed veterans to go" is never "banned veterans to go" (round 8)
        if _IDIOM.match(claim, match.end()) and word in _IDIOM_WORDS:
            continue  # "raising questions", "raised $3 million", "grew up", "agreed with": no direction
        if word in _INTRANSITIVE_TO and _OBJECT_AFTER.match(claim, match.end()):
            continue  # "dropped her reluctance", "declined to comment", "declined the offer": no "rose"
        if word in _RACE_WORDS and claim.startswith(" to ", match.end()):
            continue  # "led to" is "caused": "trailed to" is no false form (issue 10, round 5)
        if word in _RACE_WORDS and not _RACE.search(claim):
            continue  # "led the effort": leading is not the point of the claim
        if word in _FIXED_WORDS and _FIXED.match(claim, match.end()):
            continue  # "fell short", "rose to power", "ended up"
        if word not in ("ahead", "ahead of", "behind") and word not in _COMPARATIVES and _PARTICLE.match(claim, match.end()):
            continue  # "backed out", "backed off", "won over", "lost out": a phrasal verb has no opposite (round 8)
        if word in ("grew", "expanded", "grown", "shrank") and _BEYOND.match(claim, match.end()):
            continue  # "has grown well beyond its intent" is never "has shrunk well beyond" (round 8)
        if word.endswith("ed") and _ADJECTIVE_BEFORE.search(claim, 0, match.start()):
            continue  # "the increased budget": an adjective
        if re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(other), claim):
            return None  # "wins or loses": the claim holds both already
        if word in _WINS and (_VICTORY.match(claim, match.end())
                              or _SAME_WAY.search(claim[match.end():match.end() + 80].split(";")[0])
                              or _SAME_WAY.search(claim[max(0, match.start() - 80):match.start()].split(";")[-1])):
            return None  # "won narrower victories", "won 40 states and defeated Y": turned, the clause contradicts itself
        if _MODAL_BEFORE.search(claim, 0, match.start()) and (other.endswith("ed") or other in _PAST_FORMS):
            continue  # "could lead" never "could led": a past form after a modal breaks the verb (round 6)
        if word in _COMPARATIVES and re.search(r"\b(?:any|no|not|few|little|hardly|scarcely|n['’]t)\s+(?:\w+\s+)?$",
                                               claim[:match.start()]):
            continue  # "few signs that she is performing any better than ...": the article's answer is "about the
            # same", so "any worse" is no clearer false (round 8)
        if word in _COMPARATIVES and not (re.match(r"[^,;:.]{0,60}?\bthan\b", claim[match.end():])
                                          or re.search(r"\beven\s+$", claim[:match.start()])):
            continue  # "better off" where the poll also says "about the same": a comparative is turned only
            # when the sentence states the comparison outright ("better than ...", "an even better test")
            # (issue 10, round 7)
        if (word == "more" and not re.match(r"\s+[a-z]\w*\s+(?:[\w’'-]+\s+){0,5}?than\b", claim[match.end():])) \
                or (word == "won" and claim[match.end():match.end() + 4] == " by "):
            continue  # "more" turned only in "more votes ... than" (round 21), never "more than 200"
        if other == "shrank" and re.search(r"\b(?:has|have|had|having|is|are|was|were|be|been|being)\s+$",
                                           claim[:match.start()]):
            other = "shrunk"  # "has expanded" is "has shrunk", "were expanded" is "were shrunk" (round 8)
        if other in ("rose", "fell", "grew", "began") and _BE_BEFORE.search(claim, 0, match.start()):
            continue  # "were cut" is never "were rose": a passive has no such opposite (round 8)
        if word in ("supported", "backed", "opposed") and re.match(r"[^,.;]{0,40}\bagainst\b", claim[match.end():]):
            continue  # "supported Crist against Rubio" is never "opposed Crist against Rubio" (round 8)
        return match.start(), match.end(), word, other
    return None


#: A record right before a direction word: "the first woman to", "the only candidate to", "the youngest ever to".
_RECORD_BEFORE = re.compile(r"\b(?:first|only|last|youngest|oldest|second|third)\b[^,;.]{0,30}\bto\s+$", re.I)


#: The words before a direction word that make it part of a noun phrase (an article, a possessive, "of").
_ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:the|a|an|of|its|their|his|her|our|your|my)|['’]s)\s+$", re.I)


#: Direction words that are also plural nouns ("crucial wins for", "the gains of"): their opposite is a verb.
_PLURAL_NOUNS = frozenset("wins gains losses leads falls rises increases decreases".split())


def direction_swap(claim: str) -> tuple[str, str, str] | None:
    """(the false claim, the word, its opposite): the first direction word outside quotes turned round (see
    :func:`direction_word`)."""
    found = direction_word(claim)
    if found is None:
        return None
    start, end, word, other = found
    if _RECORD_BEFORE.search(claim, max(0, start - 40), start):
        return None  # "the first woman to win the nomination" turned is absurd ("the first woman to lose", round 9)
    if (claim[start:end].lower().endswith("ing") or claim[start:end].lower() in {"lost", "won", "gained"}) \
            and _ATTRIBUTIVE_BEFORE.search(claim[max(0, start - 30):start]) and re.match(r"\s+[a-z]", claim[end:]):
        return None  # "the nation's rising generation", "recovery of lost wages": a word of a noun phrase turned
        # round is false on its face ("falling generation", "won wages"; round 11)
    if word.lower() in _PLURAL_NOUNS and (re.match(r"\s+(?:for|of)\b", claim[end:])
                                          or _ATTRIBUTIVE_BEFORE.search(claim[max(0, start - 30):start])):
        return None  # "Crucial wins for Clinton", "the party's gains": a noun, and "loses" is no noun (round 24)
    false = claim[:start] + other + claim[end:]
    if false[:1].islower():
        false = false[0].upper() + false[1:]
    return false, word, other


#: The direction words a short claim (a headline's) is turned by for its false form (issue 10, round 21: the
#: true/false questions the judges KEPT are clean false variants, "rose/fell", "denounced, not welcomed", "backs a
#: no-fly zone, at odds with Obama"; a headline copied as true never was). A small lexicon with one unambiguous
#: opposite each: no judging words on a reason ("praised X for ...", round 12), no "raised" (money), no "left".
CLEAN_FLIPS = frozenset("""expand expands expanded shrink shrinks shrank rise rises rose fall falls fell win wins won
lose loses lost back backs backed oppose opposes opposed support supports supported approve approves approved reject
rejects rejected gain gains gained more fewer higher lower leads trails increase increases increased decrease
decreases decreased surged plunged denounced welcomed condemned""".split())
#: The opposites the flips add to :data:`OPPOSITES` (a headline's present tense: "Obama backs ...").
OPPOSITES.update({"backs": "opposes", "back": "oppose", "expands": "shrinks", "shrinks": "expands",
                  "rejects": "approves", "gains": "loses"})
_OPPOSITE = re.compile(r"(?<![\w’'-])(?:%s)(?![\w’'-])" % "|".join(
    re.escape(w) for w in sorted(OPPOSITES, key=len, reverse=True)))
#: A negation in a claim: turned, its direction word reads twice over ("not expanding" to "not shrinking").
_NEGATED = re.compile(r"\b(?:not|never|no|nor)\b(?!-)|n['’]t\b", re.I)
#: A claim this long is no short claim to turn: a flip inside a long sentence reads as a trick (round 12).
FLIP_WORDS = 16


def clean_flip(claim: str, proof: str = "") -> tuple[str, str, str] | None:
    """(the false claim, the word, its opposite) for a short claim whose direction word is in :data:`CLEAN_FLIPS`
    (the guards of :func:`direction_word` and :func:`direction_swap`: no idiom, no noun, no participle, no record),
    or None. Never in a negated claim, never in one of more than :data:`FLIP_WORDS` words, and never when the
    opposite (or its stem) stands in ``proof``, the article's sentence for the claim: the article may say both
    ("rose in May, fell in June"), and the false form must be false by the article."""
    if len(claim.split()) > FLIP_WORDS or _NEGATED.search(claim):
        return None
    found = direction_word(claim)
    if found is None or found[2].lower() not in CLEAN_FLIPS:
        return None
    swapped = direction_swap(claim)
    if swapped is None:
        return None
    before = claim[:found[0]]
    if re.search(r"['’]s\s+$", before):
        return None  # "Clinton's wins Tuesday": a noun after a possessive, not what she did
    if re.search(r"(?:^|[\s:(—–-])['‘]", before) and not re.search(r"[\w.,!?]['’](?:\s|$)", before):
        return None  # inside a headline's single quotes: the speaker's words ("Trump: 'We are going to win ...'")
    false, word, other = swapped
    root = _stem(other.lower())[:4]
    if proof and re.search(r"(?<![\w’'-])%s" % re.escape(root), proof, re.I):
        return None
    return false, word, other


#: An opening phrase of purpose, time or concession before a long claim's subject ("To stop Ted Cruz, ...", "Even as
#: some polls show ..., ", "As 2015 comes to an end, "): the claim is its main clause (round 21).
_OPENING_PHRASE = re.compile(r"^(?:To|Even as|Even though|As|Thanks to|For and against|A few \w+ ago|Climbing|Having"
                             r"|Once|Since|While|When|If|Although|Though|Before|Until|Like|Unlike)\b[^,;:—–]{0,140},\s+")
#: A second clause joined to a long claim: ", and citizens carried ...", "..., and the party ..." (round 21).
_AND_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?=(?:the|a|an|[A-Z])\w*\s|(?P<plural>[a-z]+s)\s+(?P<verb>[a-z]+)\b)")
#: Past forms that end in no "-ed" and are no :data:`_DID` verb: "traders sold their catch".
_IRREGULAR_PAST = frozenset("sold bought paid got found saw felt told said knew grew thought carried".split())
#: A relative clause at a long claim's end: "a career politician who follows the political winds ...".
_LAST_RELATIVE = re.compile(r"\s(?:who|which)\s(?=[a-z]+s?\s)(?!.*\s(?:who|which)\s)")  # "the reality that": no cut


#: Present forms of the verbs of a second clause's speakers: ", and experts say it may be years ..." (round 23).
_SAY_NOW = frozenset("say warn argue believe fear think expect predict".split())
#: A second clause on a pronoun: ", and that's become ...", ", but it remains ..." (round 23).
_AND_THAT = re.compile(r",\s+(?:and|but)\s+(?=(?:that['’]s|that\s(?:is|was|has)|it\s(?:is|was|has|remains)|"
                       r"it['’]s|they\s(?:are|were|have))\s)")
#: A participle phrase at a long claim's end: ", calling it ...", ", this time occurring ..." (round 23: a long lead
#: asked true is cut to its main clause).
_PARTICIPLE_TAIL = re.compile(r",\s*(?:this time\s+|each\s+|both\s+)?(?=[a-z]+ing\s)(?!during\s|including\s|according\s"
                              r"|regarding\s|concerning\s|following\s|nothing\s|something\s)")


#: A long claim's contrast: "X ..., but Y ..." / "X ..., while Y ..." (round 24, held28/07).
_TURN_CLAUSE = re.compile(r",\s+(?:but|while|yet)\s+(?!(?:not|also|only|still|then|too|at|in|on|for|with)\b)")
#: A claim's opening name: two to four capitalised words before a lower-case verb ("Donald Trump is ...").
_NAME_SUBJECT = re.compile(r"((?:[A-Z][\w.’'-]+\s){1,3}[A-Z][\w’'-]+)\s+(?=[a-z])")


#: A turn whose subject is the first half's person's: ", but his seven-point lead ...", ", but her record ...": the
#: first half concedes, the turn is the claim even where the concession holds the headline's words (round 32).
_TURN_OWNED = re.compile(r",\s+(?:but|yet)\s+(?:his|her)\s+[a-z]")


def _second_half(text: str) -> str | None:
    """The second half of a long "X ..., but Y ..." claim, its subject first and a "him"/"her"/"he"/"she" put back
    as the first half's named subject ("Donald Trump is bent on securing the nomination, but rival Ted Cruz has been
    out-maneuvering him in the delegate battle" -> "Rival Ted Cruz has been out-maneuvering Donald Trump in the
    delegate battle"), or None: no such contrast, or a pronoun with no name to stand for it, or no verb
    (issue 10, round 24: the Trump half was asked while the point was Cruz's)."""
    contrast = None
    for contrast in _TURN_CLAUSE.finditer(text):
        pass  # the last turn
    if contrast is None:
        return None
    second = text[contrast.end():]
    described = re.match(r"(?:[a-z][\w’'-]*\s+){1,3}(?=(?:[A-Z][\w.’'-]+\s+){1,3}[a-z])", second)
    if described and not re.match(r"(?:the|a|an|many|some|most|few)\s", second):
        second = second[described.end():]  # "well-organized rival Ted Cruz has ...": "Ted Cruz has ..."
    owned = re.match(r"(?:his|her)\s+(?=[a-z])", second)  # "..., but his seven-point lead ... amounted to a loss":
    # the turn's subject is the first half's person's (round 32: the side count before the turn was asked instead)
    if not (owned or re.match(r"(?:the|a|an|[A-Z]|[a-z]+-[a-z]+\s|[a-z]+\s+[A-Z])", second)) or not _has_verb(second):
        return None  # "..., while working ...", "..., but not in Ohio": no clause of its own
    if re.search(r"\b(?:him|her|he|she|his)\b", second):
        subject = _NAME_SUBJECT.match(text)
        if subject is None:
            return None
        name = subject.group(1)
        if owned:
            second = f"{name}’s {second[owned.end():]}"
        second = re.sub(r"\b(?:him|her|he|she)\b", name, second)
        second = re.sub(r"\bhis\b", name + "’s", second)
    second = second[:1].upper() + second[1:]
    return second if len(second.split()) >= MIN_CLAIM_WORDS else None


#: A relative clause set between a subject and its verb: ", in which he laid out ... her, was just the latest ...".
_EMBEDDED_RELATIVE = re.compile(r",\s+(?:(?:in|of|at|during|for|with|by|under|from)\s+)?(?:which|whom|whose|who)\s"
                                r"[^;:“”\"]{3,240}?,(?=\s+(?:(?:is|was|are|were|has|have|had|will|would|could|can|may"
                                r"|might|must|should|remains|remained|became|becomes|seems|seemed)\b))")


def main_clause(claim: str, keep: frozenset[str] | set[str] = frozenset()) -> str:
    """A claim asked true cut to its main clause when it is longer than :data:`CLAIM_WORDS` (issue 10, round 21:
    the claim kept true was "33 words, too long"): an opening phrase of purpose, time or concession goes, then a
    second clause after ", and" / ", but", then a relative clause at its end, each only while the claim left has
    :data:`MIN_CLAIM_WORDS` + 2 words and a verb, and never one that drops a word of ``keep`` (the headline's,
    folded as statements._content_words folds them: "... a list of leaders who have slammed Trump" keeps its
    "slammed Trump"). A claim that opens with "The author argues that" keeps it."""
    from trainer.draft.statements import _content_words
    head = ""
    argued = re.match(r"(?:The author argues that|[A-Z][\w.’'-]+(?:\s[A-Z][\w.’'-]+){0,3} argues that)\s+", claim)
    if argued:
        head, claim = claim[:argued.end()], claim[argued.end():]
    closing = "." if claim.endswith(".") else ""
    text = claim.rstrip(".")

    def fits(part: str) -> bool:
        return len(head.split()) + len(part.split()) >= MIN_CLAIM_WORDS + 2 and _has_verb(part) and not (
            keep and keep & _content_words(text) - _content_words(part))

    limit = CLAIM_WORDS - len(head.split())
    if len(text.split()) > limit and re.match(r"(?:For all|Despite)\s", text):
        parts = text.split(", ")  # "For all the candidates, all the debates and all the unpredictability, the race
        at = 1  # ... has taken a clear shape": a concession listing its things goes whole (round 23, held27/05)
        while at < len(parts) - 1 and re.match(r"(?:and\s+)?all\s", parts[at]):
            at += 1  # "all the debates and all the unpredictability": the list's next thing
        rest = ", ".join(parts[at:])
        if at < len(parts) and fits(rest) and re.match(r"(?:the|a|an)\b|[A-Z]", rest) \
                and _has_verb(re.split(r"[,;:—–]", rest)[0]):
            text = rest[:1].upper() + rest[1:]
    if len(text.split()) > limit:
        opening = _OPENING_PHRASE.match(text)
        if opening and fits(text[opening.end():]) and re.match(r"(?:the|a|an)\b|[A-Z]", text[opening.end():]) \
                and _has_verb(re.split(r"[,;:—–]", text[opening.end():])[0]):  # its subject, not "Libya, on ..."
            rest = text[opening.end():]
            text = rest[:1].upper() + rest[1:]
    if len(text.split()) > limit:
        second = _second_half(text)
        if second is not None and fits(second):  # "Trump is bent on ..., but rival Ted Cruz has been
            text = second                       # out-maneuvering him ...": the point is the turn (round 24)
    if len(text.split()) > limit:
        joined = _AND_CLAUSE.search(text)
        verb = joined.group("verb") if joined and joined.group("plural") else None
        if verb and not (finite_verb(verb) or verb in _DID or verb.endswith("ed") or verb in _IRREGULAR_PAST
                         or verb in _SAY_NOW):
            joined = None  # ", and fishermen sold ...": a second subject and its verb; ", and others" is no clause
        if joined and joined.group("plural") is None and re.search(r",\s+(?:the|a|an)\s", text[:joined.start()]):
            joined = None  # "The attack on ... in 1983, the attack on ... in 1996, and the devastating attacks of ...
            # all had ...": the last of a series, no second clause (round 23, found measuring held5-27)
        if joined is None:
            joined = _AND_THAT.search(text)  # ", and that's become a major problem ...": a second clause (round 23)
        if joined and fits(text[:joined.start()]):
            text = text[:joined.start()]
    if len(text.split()) > limit:
        tail = _PARTICIPLE_TAIL.search(text)  # "..., calling it 'meritless'", "..., this time occurring near ..."
        if tail and fits(text[:tail.start()]) and len(text[tail.end():].split()) >= 2:
            text = text[:tail.start()]
    if len(text.split()) > limit:
        embedded = _EMBEDDED_RELATIVE.search(text)  # "X's news conference on Tuesday, in which he ..., was just
        if embedded and fits(text[:embedded.start()] + text[embedded.end():]):  # the latest ...": the aside goes,
            text = text[:embedded.start()] + text[embedded.end():]  # the predicate stays (round 29)
    if len(text.split()) > limit:
        relative = _LAST_RELATIVE.search(text)
        if relative and fits(text[:relative.start()]) and len(text[relative.end():].split()) >= 4:
            text = text[:relative.start()]
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return head + claim  # a cut through a quote leaves it open: the claim as it was
    if head:
        text = lowered_first(text)
    return head + text.rstrip(" ,;:") + closing


def lowered_first(text: str) -> str:
    """``text`` with its first word in lower case unless it is a name or an acronym (after "argues that")."""
    first = text.split(" ", 1)[0]
    if first in ("The", "A", "An", "It", "There", "This", "That", "These", "Those", "Some", "Many", "Most"):
        return first.lower() + text[len(first):]
    return text


def pick_one(options: list[str], seed: str) -> str | None:
    options = sorted(set(options))
    return options[zlib.crc32(seed.encode()) % len(options)] if options else None


#: Past-tense verbs that say what someone did, not what they said (said, told... are who_said's).
_DID = frozenset("""won lost took made gave led left ran became sent stood threw struck fought went came met held kept
brought sought chose drew beat shut quit put set cut hit let began broke swept spent""".split())
_REPORTING = lx.SPEECH_VERBS | frozenset("accused criticized criticised attacked blasted slammed praised anticipated "
                                         "expected believed hoped feared thought predicted wondered assumed "
                                         "estimated likened compared agreed cited stressed mentioned".split())
#: How many "who did what" questions an article of this many words keeps (at least two, at most four).
WORDS_PER_ACTION = 250
#: A "who did what" prompt has this many words: fewer is too thin to know ("Who watched from the front row?").
ACTION_WORDS = (8, CLAIM_WORDS)
MAX_ACTIONS = 4
#: A "who did what" question asks the headline's action when one of the headline's words is among the prompt's
#: first this many words (its verb and object), not a word further on ("... for questioning affirmative action").
ACTION_REACH = 7
#: Words that mark a sentence the story turns on: a contrast, a cause, a dispute.
_STAKES = re.compile(r"\b(?:but|because|after|despite|although|instead|so much so|accus\w*|den(?:y|ied)|"
                     r"boycott\w*|struggl\w*|refus\w*|fail\w*|reject\w*|forc\w*|drop\w*|fir\w*|resign\w*|"
                     r"threat\w*|challeng\w*|demand\w*|apolog\w*|sued?|ban\w*|blocked|vetoed)\b", re.I)


_LONG_QUOTE = re.compile(r'["“](?:\S+\s+){5,}')


def did_verb(word: str) -> bool:
    """Whether ``word`` is a past-tense verb of doing (not of saying)."""
    return (word in _DID or (word.endswith("ed") and len(word) > 4)) and word not in _REPORTING


_PRONOUN_OPENS = re.compile(r"(?:^|,\s)(?:He|he|She|she)\s")


def _the_one_before(body, names: Names, sentence, sex: str) -> Person | None:
    """The person a "He" or "She" opening ``sentence`` stands for: the only person of that sex the sentence
    before names (in the same paragraph or the one before), by full name or surname; None when there is no
    such person or more than one (a pronoun left unresolved makes no question)."""
    index = body.sentence_index(sentence.start)
    if index == 0:
        return None
    before = body.sentences[index - 1]
    if body.paragraph_of(before.start) < body.paragraph_of(sentence.start) - 1:
        return None
    people = {id(m.person): m.person for m in names.mentions_between(before.start, before.end) if not m.person.lay}
    fitting = [p for p in people.values() if lx.FIRST_NAMES.get(p.name.split()[0]) == sex]
    unknown = [p for p in people.values() if lx.FIRST_NAMES.get(p.name.split()[0]) is None]
    return fitting[0] if len(fitting) == 1 and not unknown else None


#: A sentence that opens on an earlier time: "In 2014, Mr. Sanders ...", "After his suspension last season, ...".
_PAST_OPENING = re.compile(r"(?:(?:In|By|Back in|During)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
                           r"((?:19|20)\d\d)\b|[^,.;]{0,60}?\b(?:last (?:season|year)|(?:a few |two |three |\w+ )?"
                           r"years? ago)\b[^,.;]{0,30},)")


def past_opening(text: str, year: int | None) -> bool:
    """Whether a sentence opens on a time before the story's, or its first clause is set then ("In 2008, Walsh's
    predecessor ... contributed to Clinton's ... win", "After his suspension last season, X replaced Y on ...", "He
    married in Mississippi last year (...), practices law ..."): background, not who did what in
    the story (issue 10, round 14: such "who did" questions were deleted as trivial or side facts)."""
    match = _PAST_OPENING.match(text.lstrip("'\"”’ "))
    if match is None:
        return False
    return match.group(1) is None or (year is not None and int(match.group(1)) < year)


#: A relative of the answer in a "who" prompt: "Who set their wife's expectations ...?" is the wife's husband.
_KIN = re.compile(r"\b(?:their|his|her)\s+(?:own\s+)?(?:wife|husband|spouse|son|daughter|father|mother|brother|sister"
                  r"|widow|children|family)\b", re.I)
_YEAR = re.compile(r"(?<![\d$.,])((?:19|20)\d\d)(?![\d%])")


def past_year(text: str, year: int | None) -> bool:
    """Whether ``text`` names a year before the story's ("Who enjoyed in 2008 ...?": a past race's anecdote)."""
    return year is not None and any(int(y) < year for y in _YEAR.findall(text))


def action_questions(body, names: Names, title: str | None, lead: tuple[int, int], counts: Counter,
                     excluded=(), year: int | None = None) -> list:
    """ "Who did what" questions (issue 10: "who asked whom for what; who dropped whom"): a sentence of the
    article's own voice whose subject is a person named in the article and whose verb says what they did
    ("Ben Carson struggled to answer a simple question on Sunday about ..."), asked "Who struggled to answer
    ...?" among people of the same kind. Sentences that share words with the headline, name the people the
    article keeps coming back to or state the stakes (a contrast, a refusal, an accusation) go first; at most
    one per person and a few per article."""
    from trainer.draft.questions import Candidate
    from trainer.draft.statements import _content_words

    headline = _content_words(title or "")
    found = []
    for sentence in body.sentences:
        if lead[0] <= sentence.start < lead[1] or sentence.end - sentence.start > 400:
            continue  # the lead is the claim's; a paragraph is no sentence
        raw = body.text[sentence.start:sentence.end]
        if "?" in raw or not 8 <= len(raw.split()) <= 45 or not raw.rstrip().endswith((".", "!", "'", "”", '"')):
            continue  # a question is no fact; a line without a full stop is a headline
        if past_opening(raw, year):
            continue  # "In 2014, Mr. Sanders ... worked out an accord", "... last season, X replaced Y" (round 14)
        mentions = names.mentions_between(sentence.start, sentence.start + 80)
        if (not mentions or mentions[0].person.lay) and not _PRONOUN_OPENS.search(raw[:40]):
            continue
        claim = restate(raw.lstrip("'\"”’ "), names)  # a closing quote mark left from the sentence before
        pronoun = re.match(r"(He|She) (?=[a-z])", claim)
        if pronoun:
            person = _the_one_before(body, names, sentence, "m" if pronoun.group(1) == "He" else "f")
            if person is None:
                continue
            claim = person.name + " " + claim[pronoun.end():]
        asked = who_form(claim, names, counts, excluded)
        if asked is None or in_headline(asked[1], title):
            continue  # the headline's person is the answer a student guesses (round 8)
        stems = headline_action(" ".join(asked[0].split()[:ACTION_REACH]), title)  # the verb and its object
        if not stems:
            continue  # "Who set their wife's expectations ...?" under "Scrappy debate signals long grind": a side
            # anecdote, not the headline's action (round 15: 1 name question kept of 38, 55% deleted)
        if _KIN.search(asked[0]) or past_year(asked[0], year):
            continue  # "their wife" is the answer's spouse's cue; "in 2008" a past election's anecdote (round 15)
        asked = who_form(claim, names, counts, excluded, role_peers(names, stems, asked[1]))
        if asked is None:
            continue  # no three others the article names in the answer's role: no choices a teacher keeps
        prompt, answer, choices = asked
        verb = prompt.split()[1] if len(prompt.split()) > 1 else ""
        if not did_verb(verb) or not ACTION_WORDS[0] <= len(prompt.split()) <= ACTION_WORDS[1]:
            continue
        if _LONG_QUOTE.search(prompt.replace("''", '"')):
            continue  # a speaker's words are who_said's; a quoted phrase of a few words may stay
        if _ANAPHORIC.search(prompt) or not askable(claim):
            continue  # "Who made the comments Friday?", "Who went on to win that year?": what is meant is elsewhere
        first = answer.split()[0]
        if re.search(r"\b%s\b" % re.escape(first), prompt):
            continue  # "Who accused the moderators of asking 'please attack Ted' questions?" gives Ted away
        score = (len(headline & _content_words(raw)) + counts[answer] / max(1, max(counts.values(), default=1))
                 + (1.0 if _STAKES.search(raw) else 0.0))
        found.append((score, Candidate("name", 0.7, sentence.start, ("action", answer, body.excerpt(sentence.start, sentence.end)), {
            "type": "choice", "prompt": prompt, "answer": answer, "choices": choices,
            "quote": body.excerpt(sentence.start, sentence.end)})))
    budget = max(2, min(MAX_ACTIONS, len(body.text.split()) // WORDS_PER_ACTION))
    kept, people = [], set()
    for score, candidate in sorted(found, key=lambda item: (-item[0], item[1].position)):
        if candidate.fields["answer"] in people:
            continue
        people.add(candidate.fields["answer"])
        kept.append(candidate)
        if len(kept) >= budget:
            break
    return kept


def no_choices(body, names: Names, year: int | None) -> set[str]:
    """People never offered as a choice: those of another time (an 1848 nominee beside 2016's) and the
    author of an opinion piece, named only in the biography at its end ("Peter Morici is an economist")."""
    from trainer.draft.salience import _BIO
    from trainer.draft.statements import CHOICE_TIME_YEARS, of_another_time

    excluded = {p.name for p in names.people if of_another_time(body, names, p.name, year, CHOICE_TIME_YEARS)}
    excluded |= of_the_past(body, names)  # "the late President X": no one who acts or speaks today
    if body.paragraphs:
        start, end = body.paragraphs[-1]
        if _BIO.match(body.norm, start, end):
            inside = {m.person.name for m in names.mentions if start <= m.start < end}
            outside = {m.person.name for m in names.mentions if not start <= m.start < end}
            excluded |= inside - outside
    return excluded


# --- The claim from the headline (issue 10, round 15) -------------------------------------------------------------
# Every one of 60 judged lead true/false statements was "copied word for word; restate", and a quarter of them
# "misses the headline's point" (the surveillance call, "not an endorsement", the cover-up to protect the chairman,
# Cleveland's strict rules against Philadelphia's leeway). The headline is the publisher's own short restatement of
# the claim: when it is a declarative clause the article bears out, the claim is stated from it.

#: A headline opening on one of these is a teaser or a label, not a claim ("Why ...", "These Angry Protesters ...").
_TEASER = frozenset("why how what who whom whose when where which these this those that you your here here's there "
                    "there's watch see meet inside opinion editorial letter letters analysis review live "
                    "is are was were can could should would will do does did look expect let maybe and but or so then".split())
#: A headline that starts on a preposition or a conjunction sets a scene ("On the Islamic State, a split ..."): no clause.
_NO_SUBJECT = frozenset("on in at for with after before as when while if despite amid beyond beneath about from by of "
                        "to over under among behind inside into without".split())
#: Present-tense verbs a headline uses with a plural subject, which have no -s to show they are verbs.
_HEADLINE_VERBS = frozenset("""overflow brace call vow warn urge say face push seek plan back slam blast rip want fear eye
weigh join split clash win lose lead trail support oppose hope need get see make take give keep find show tell ask agree
refuse reject demand deny claim accuse praise defend attack target endorse criticize criticise pledge promise threaten
struggle rally march protest gather flock flee rush turn shift move prepare remain stay set try aim collide pivot
build test hit cut put top spark stir fuel boost hurt help raise drop end open close pass block""".split())
#: Words before a word that make it a noun, not a verb: "of words", "the funds".
_BEFORE_A_NOUN = frozenset("of the a an its their his her our your my this these those some many other and or to for "
                           "with by in on at from".split())
#: Words a sentence-case headline writes in lower case whatever the body does ("The", "Of", "And").
_ALWAYS_LOWER = frozenset("the a an of to in on at for with by from and or but nor as is are was were be been being "
                          "has have had do does did not no it its than that this these those over into onto up out "
                          "off about after before under between against among via vs".split())
#: A person's pronoun: a headline that has one names the person before it, or it is unresolved.
_PERSONAL = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.I)
#: The last word of an outlet's name before a colon ("NY Daily News: ..."): its claim is "<Outlet> says ...".
_OUTLET_WORDS = frozenset("News Times Post Journal Herald Tribune Globe Magazine Daily Telegraph Guardian Examiner "
                          "Observer Inquirer Chronicle Gazette Star Sun Politico CNN Reuters AP Economist Atlantic "
                          "Breitbart".split())
#: Where two contrasted clauses meet in a headline: "Cleveland sets strict rules as Philadelphia plans ...".
_CONTRAST = re.compile(r"\s(?:as|while|but|whereas|yet)\s")
#: Words of a kind (a party, a people) that are no subject a contrast swaps ("Republican rivals").
_KIND_WORDS = frozenset("Republican Republicans Democratic Democrat Democrats GOP Conservative Liberal Labour Tory "
                        "Green Independent".split())
#: How many sentences from the lead's start may prove the headline's claim (a bounded window), and a contrast's
#: (the sentence that names both contrasted things may stand further in: "Philadelphia is giving the protesters
#: more leeway than Cleveland is").
HEADLINE_PROOF_SENTENCES = 12
CONTRAST_PROOF_SENTENCES = 40
#: The share of the claim's content words the proving sentence must hold (and at least two of them).
HEADLINE_PROOF_SHARE = 0.4
_STOP = frozenset("that this with from have will would about they their there been were what when which into than "
                  "more most over after says said also just only some such".split())


_ACRONYM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,4}(?![\w])|(?<![\w.])[A-Z]{2,5}(?![\w.])")


def stems(text: str) -> set[str]:
    """The content words of ``text`` cut to a stem ("called", "calls" -> "call"; "communities", "community" ->
    "commu"; "Senate", "senators" -> "senat"), and its acronyms ("G.O.P.", "GOP", "NRA"): what a headline and the
    sentence that proves it share, whatever their tense or number."""
    found = {"#" + match.group().replace(".", "") for match in _ACRONYM.finditer(text)}
    for word in re.findall(r"[^\W\d_]{4,}", text.casefold().replace("’", "'")):
        if word in _STOP:
            continue
        found.add(re.sub(r"(?:ing|ed|ies|es|s|e)$", "", word)[:5])
    return found


def capitalised_in(text: str, names: Names | None = None) -> frozenset[str]:
    """The words ``text`` writes capitalised in the middle of a sentence (after a lower-case word, a digit or a
    comma) at least as often as in lower case: names and proper adjectives ("Muslim", "Democratic", not "Action"
    of "executive action"), which a headline in sentence case keeps capitalised, and the words of the article's
    people's names. Read once, linearly."""
    upper: Counter = Counter()
    for match in re.finditer(r"(?<=[a-z0-9,;:%)’'] )[A-Z][\w’'\-.]*", text):
        word = re.sub(r"[’']s$", "", match.group()).rstrip(".’'")
        upper[word] += 1
        upper.update(part for part in word.split("-") if part[:1].isupper() and part != word)
    lower = Counter(w for w in re.findall(r"(?<![\w’'-])[a-z][\w\-]*", text) if w.capitalize() in upper)
    found = {w for w, n in upper.items() if n >= lower[w[:1].lower() + w[1:]]}
    if names is not None:
        found |= {w for p in names.people if not p.lay for w in p.name.split()}
    return frozenset(found)


def sentence_case(headline: str, proper: frozenset[str], text: str = "") -> str:
    """``headline`` in sentence case: its first word capitalised, every other word lower case unless it is an
    acronym, a word the article writes capitalised mid-sentence (``proper``, see :func:`capitalised_in`) or a
    word the article writes capitalised before the next one ("Pope Francis", in ``text``)."""
    out = []
    words = headline.split()
    for i, word in enumerate(words):
        if i and i + 1 < len(words) and word[:1].isupper() and words[i + 1][:1].isupper() \
                and word.lower() not in _ALWAYS_LOWER \
                and f"{word} {words[i + 1]}" in text and re.sub(r"[’']s$", "", words[i + 1].strip(",.;:")) in proper:
            out.append(word)  # "Pope Francis": a title the article writes with the name
            continue
        pieces = []
        for part in word.split("-"):  # "Anti-Donald": each part as the article writes it
            bare = re.sub(r"[’']s$", "", part.strip("“”\"‘’',.;:!—–")).rstrip(".")
            keep = (bare in proper and bare.lower() not in _ALWAYS_LOWER) \
                or (len(bare) > 1 and bare.isupper() and bare.lower() not in _ALWAYS_LOWER) \
                or re.fullmatch(r"(?:[A-Z]\.){1,3}[A-Z]?\.?", bare) is not None or bare == "I" \
                or re.fullmatch(r"[A-Z]{2,}[a-z]{2,}|[A-Z][a-z]+[A-Z][A-Za-z]*", bare) is not None \
                or not bare[:1].isalpha()
            pieces.append(part if keep else part.lower())
        cased = "-".join(pieces)
        out.append(cased[:1].upper() + cased[1:] if i == 0 else cased)
    return " ".join(out)


def _verb_index(words: list[str]) -> int | None:
    """The index of the first finite verb of a headline clause in sentence case, with a subject before it and
    something after it."""
    for i, word in enumerate(words[:10]):
        bare = word.strip(",;:“”\"'‘’").lower()
        if i == 0 or i + 1 >= len(words) or not word[:1].islower():
            continue
        before = words[i - 1]
        if before.strip(",").lower() in _BEFORE_A_NOUN or re.search(r"(?:['’]s|s['’])$", before):
            continue  # "of words", "Clinton's wins": a noun
        if before.endswith(",") and bare.endswith("ed"):
            continue  # "Jeb Bush, helped by George, goes after Trump": an aside, the verb is further on
        if bare.endswith(("ics", "ness", "ss")) or (words[i + 1] == "of" and not bare.endswith("ed")
                                                         and bare not in ("is", "was", "are", "were")):
            continue  # "pothole politics", "the stark campaign contrasts of ..."
        plain = bare in _HEADLINE_VERBS or bare in _FINITE or bare.endswith(("n't", "n’t"))
        if not plain and words[i + 1].lower() in ("and", "or", "&") or word.endswith(","):
            continue  # "Nordic leaders and the fund": a plural noun, no verb
        after = words[i + 1].strip(",;:").lower()
        if not plain and (after in _HEADLINE_VERBS or after in _FINITE or (
                re.fullmatch(r"[a-z]{3,}ing", words[i + 1]) and i + 2 < len(words) and words[i + 2].lower() in _AFTER_ING)):
            continue  # "Nomination questions are ...", "Fishing families turning ...": a plural noun before the verb
        if plain or finite_verb(bare):
            return i
    return None


#: A headline's label for a finding before a colon: "Poll: ..." is what a poll shows.
_FINDINGS = frozenset("poll survey study report".split())
#: Words after a headline's "-ing" verb that show it is one ("lining up", "turning their backs").
_AFTER_ING = frozenset("up down out on off in back away for to with the a an their his her its our against over "
                       "into toward towards".split())


def _elided_verb(words: list[str]) -> tuple[int | None, str | None]:
    """Where a headline leaves out its "will" or its "is": "AFL-CIO to endorse Clinton" (the "to", to read "will"),
    "Clinton team quietly lining up long-term plan" (the "-ing" verb, to read "is lining"). (None, None) if neither."""
    for i, word in enumerate(words[:10]):
        if i == 0 or i + 1 >= len(words):
            continue
        before = words[i - 1]
        if before.strip(",").lower() in _BEFORE_A_NOUN or before.endswith(",") or re.search(r"(?:['’]s|s['’])$", before):
            continue
        if word == "to" and re.fullmatch(r"[a-z]+", words[i + 1]) and words[i + 1] not in _FUNCTION:
            return i, "will"
        if re.fullmatch(r"[a-z]{3,}ing", word) and words[i + 1].lower() in _AFTER_ING:
            return i, "is"
    return None, None


#: "-ing" words that are nouns, never a headline's elided "is ...ing" after a name ("Obama spending plan").
_ING_NOUNS = frozenset("""thing things king spring string ring wing swing sting building meeting hearing ruling
funding polling spending bombing shooting training morning evening wedding ceiling clothing housing warning briefing
filing killing standing offering opening ending feeling setting rating earnings being during nothing something
anything everything""".split())


#: A word that ends on a possessive: "Sanders'", "Trump's", "Clinton’s".
_POSSESSIVE_END = re.compile(r"(?:[’']s|s[’'])$")


def _named_participle(words: list[str]) -> int | None:
    """The index of a headline's "-ing" verb right after a name that has no "is" ("Ted Cruz channeling strategy he
    used in 2012", issue 10, round 23: headlinese left in the claim), or None: the name is one to four capitalised
    words, the "-ing" word no noun of :data:`_ING_NOUNS`, something follows it."""
    for i, word in enumerate(words[:5]):
        if i == 0:
            continue
        if not re.fullmatch(r"[A-Z][\w.’'-]*", words[i - 1]):
            return None  # the subject is a name, all capitalised, no comma
        if _POSSESSIVE_END.search(words[i - 1]):
            return None  # "Sanders' winning streak continues": an "-ing" after a possessive is a noun's, no verb
            # (round 29: drafted as "Bernie Sanders' is winning streak continues", garbled)
        if re.fullmatch(r"[a-z]{3,}ing", word) and word not in _ING_NOUNS and i + 1 < len(words):
            return i
    return None


#: The words after a bare noun that make it definite: "strategy he used", "record of", "plan that".
_DEFINING = frozenset("he she they we i it that of".split())


def _with_article(rest: list[str], body_text: str) -> list[str]:
    """A headline's object with the article the body gives it: "channeling strategy he used in 2012" ->
    "channeling the strategy he used in 2012" when the noun is defined by what follows (a clause, an "of") and the
    article writes "the strategy" (issue 10, round 23: "a missing article where the body has one")."""
    if len(rest) < 2 or not re.fullmatch(r"[a-z]{3,}", rest[0]) or rest[0].endswith(("s", "ly", "ing", "ed")):
        return rest
    if rest[0] in _FUNCTION or rest[0] in _NOUN_BEFORE or rest[1].lower() not in _DEFINING:
        return rest
    if not re.search(r"\b(?:the|a|an|his|her|its|their|this|that) %s\b" % re.escape(rest[0]), body_text, re.I):
        return rest
    return ["the", *rest]


def _given_names_full(claim: str, names: Names, body_text: str = "") -> str:
    """A person the claim calls by given name alone ("Auction of gun used to kill Trayvon quashed again") by full
    name (issue 10, round 23): when the word is a known given name and exactly one of the article's people has it,
    or the article writes that word, alone and once in full, as a person ("17-year-old Trayvon Martin",
    "Trayvon's father": a victim never quoted). A capitalised word that is no given name ("Judge", "The",
    "Republican") is never completed."""
    def full(match: re.Match) -> str:
        word = match.group(1)
        people = set()
        if word in lx.FIRST_NAMES:
            people = {p.name for p in names.people
                      if not p.lay and len(p.name.split()) > 1 and p.name.split()[0] == word}
        if not people and not any(word in p.name.split() for p in names.people):
            aged = {m.group(1) for m in re.finditer(r"\d+-year-old %s ([A-Z][a-z]+)(?![\w’'-]|\s[A-Z])" % word,
                                                    body_text)}
            kin = re.search(r"(?<![\w’'.-])%s['’]s (?:father|mother|parents|family|death|killing|killer|shooting)\b"
                            % word, body_text)
            if len(aged) == 1 and kin:
                people = {f"{word} {aged.pop()}"}
        if len(people) != 1:
            return match.group()
        name = people.pop()
        if claim.startswith(name, match.start(1)):
            return match.group()
        return match.group().replace(word, name, 1)
    return re.sub(r"(?<![\w’'.-])([A-Z][a-z]{2,})(?![\w’'-]|\s[A-Z])", full, claim)


#: A headline whose subject is an "-ing" phrase ("Protesting at Trump rallies") and whose predicate is a noun phrase
#: with no "is" ("a risky act"): issue 10, round 24 (held28/05).
_PREDICATE_NOUN = re.compile(r"(?P<subject>[A-Z][a-z]{2,}ing (?:at|in|on|against|for|with|about|outside|inside|near) "
                             r"(?:[\w’'.-]+ ){1,4}?)(?:a|an) [a-z]")
#: Words after a headline's late past participle that show it is a passive with no "was" ("quashed again").
_AFTER_A_PASSIVE = frozenset("again by in on at for after over today yesterday anew".split())


def _clause(text: str, names: Names, proper: frozenset[str], body_text: str = "") -> str | None:
    """One headline clause as a claim in sentence case with people by full name, or None when it is no
    declarative clause with a resolved subject."""
    text = text.strip().rstrip(".")
    outlet = None
    if ":" in text:
        before, after = (part.strip() for part in text.split(":", 1))
        last = before.split()[-1] if before.split() else ""
        speaker = _people_in(before, names)
        if not after:
            return None
        if last in _OUTLET_WORDS:
            outlet = before  # "NY Daily News: ..." is what the outlet says
        elif before.lower() in _FINDINGS:
            outlet = f"A {before.lower()}"  # "Poll: Trump and Clinton hold narrow leads ..." is what a poll shows
        elif speaker and speaker[-1][1] >= len(before.rstrip(".")) - 2 and after[:1] not in "“\"'‘":
            outlet = speaker[-1][2].name  # "Lewandowski: FBI director acted as ...": what he says, by full name
        else:
            return None  # "McCain Challenger Kelli Ward: Impeach ...", "The One Thing Both Sides Want: ...": no claim
        text = after
    words = text.split()
    if len(words) < 4 or words[0][:1] in "“\"'‘" or words[0].lower() in _TEASER or words[0].lower() in _NO_SUBJECT:
        return None  # a quote as a headline is a speaker's words, not the article's claim
    if re.match(r"\d+ (?:of the )?(?:\w+ ){0,3}(?:things|ways|reasons|times|moments|photos|facts)\b", text, re.I):
        return None  # "17 Of The Most Powerful Things Latinos Said ...": a list's teaser
    addressed = re.search(r",\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)*)$", text)
    if addressed:  # "Ferguson Is Not Among The Most Dangerous Places In The World, Donald Trump": said to someone
        if not _people_in(addressed.group(1), names):
            return None
        text = text[:addressed.start()]
    if re.search(r"\?|!|…|\.\.\.| ,|\b(?:you|your)\b", text, re.I):
        return None  # a question, a teaser
    words = text.split()
    capitals = [w[:1].isupper() for w in words[1:] if len(w.strip("“”\"‘’'")) > 3]
    if capitals and sum(capitals) > 0.6 * len(capitals):  # "FDIC Accused Of Covering Up ...": Title Case
        cased = sentence_case(text, proper, body_text).split()
    else:  # a headline in sentence case already: its capitals are the publisher's ("fractured Dems")
        cased = [words[0][:1].upper() + words[0][1:], *words[1:]]
    at, helper = _verb_index(cased), None
    predicate = _PREDICATE_NOUN.match(" ".join(cased))
    if predicate:  # "Protesting at Trump rallies a risky act": "is a risky act", "rallies" no verb (round 24)
        at, helper = len(predicate.group("subject").split()), "is "  # an "-ing" subject is one: "is", never "are"
    named = _named_participle(cased)
    if named is not None and (at is None or named < at):
        at, helper = named, "is"  # "Ted Cruz channeling strategy he used in 2012": "is channeling" (round 23)
    if at is None:
        at, helper = _elided_verb(cased)
    if at is None:
        return None
    subject = cased[:at]
    commas = sum(w.endswith(",") for w in subject)
    comma = [w.endswith(",") for w in subject].index(True) if commas else -1
    if commas == 1 and "and" not in subject and len(subject) <= 5 and subject[0][:1].isupper() \
            and all(w[:1].isupper() for w in subject[:comma + 1]):
        subject = [w[:-1] + " and" if w.endswith(",") else w for w in subject]  # "Obama, Republican candidates ..."
    elif commas == 1 and subject[comma + 1:] and all(w[:1].isupper() for w in subject[comma + 1:]) \
            and _people_in(" ".join(subject[comma + 1:]), names):
        subject = subject[comma + 1:]  # "Ready to back Clinton, Obama works ...": the person, without the phrase
        subject[0] = subject[0][:1].upper() + subject[0][1:]
    elif commas == 1:
        return None  # a phrase before the subject that cannot go
    verb = cased[at]
    if helper == "will":
        verb = "will"  # "AFL-CIO to endorse Clinton": a headline's "to" is what will happen
    elif helper == "is ":
        verb = "is " + verb
    elif helper:
        plural = re.search(r"[^s'’]s$", subject[-1]) is not None  # "Republicans turning their backs ..."
        plural = plural and not _people_in(" ".join(subject), names)  # "Bernie Sanders is ...", one person
        verb = ("are " if plural else "is ") + verb
    if re.fullmatch(r"[a-z]+ed", verb) and cased[at + 1:at + 2] == ["to"] and not helper:
        for j in range(at + 3, min(len(cased), at + 9)):  # "Auction of gun used to kill Trayvon Martin quashed
            late = cased[j].strip(",;.")                 # again": "used to" is the subject's, "was quashed" (round 24)
            if re.fullmatch(r"[a-z]{3,}ed", late) and (j + 1 == len(cased) or cased[j + 1].strip(",;.").lower()
                                                       in _AFTER_A_PASSIVE):
                subject, at, verb = cased[:j], j, late
                plural = re.search(r"[^s'’]s$", subject[0]) is not None
                verb = ("were " if plural else "was ") + verb
                break
    if re.fullmatch(r"[a-z]+ed", verb) and cased[at + 1] in ("of", "by") and commas == 0:
        plural = re.search(r"[^s'’]s$", subject[-1]) is not None  # "FDIC accused of ..." is "FDIC was accused of"
        verb = ("were " if plural else "was ") + verb
    claim = " ".join([*subject, verb, *_with_article(cased[at + 1:], body_text)])
    if claim.split()[0].lower() in ("it", "they", "he", "she", "we", "i"):
        return None
    pronoun = _PERSONAL.search(claim)
    if pronoun and not _people_in(claim[:pronoun.start()], names):
        return None  # "His rivals ...": who is meant is in the article, not the headline
    claim = _full_names(claim, names, shared_bare=True)
    claim = re.sub(r"(?<=[a-z,] )[A-Z]\. (?=[A-Z])", "", claim)  # "praises J. Trump": a middle initial alone
    claim = _given_names_full(claim, names, body_text)  # after it: "George W. Bush" keeps his initial
    if outlet:
        claim = f"{outlet} {'shows' if outlet.startswith('A ') else 'says'} {lowered(claim, names)}"
    return claim.rstrip(",;:—– ") + "."


def _contrast_swap(claim: str) -> str | None:
    """The claim false by swapping the subjects of its two contrasted clauses, when both are proper names
    ("Cleveland sets strict rules as Philadelphia plans ..." -> "Philadelphia sets ... as Cleveland plans ..."):
    two things of one kind the headline itself names, never a "not"."""
    turn = _CONTRAST.search(claim)
    if turn is None:
        return None
    subject = r"((?:[A-Z][\w’'-]+\s){0,2}[A-Z][\w’'-]+)\s+([a-z]\S*)"
    first, second = re.match(subject, claim), re.match(subject, claim[turn.end():])
    if not first or not second:
        return None
    for found in (first, second):
        verb = found.group(2)
        if not (finite_verb(verb) or verb in _HEADLINE_VERBS) or set(found.group(1).split()) & _KIND_WORDS:
            return None
    a, b = first.group(1), second.group(1)
    if a == b or a in b or b in a:
        return None
    return b + claim[first.end(1):turn.end()] + a + claim[turn.end() + second.end(1):]


def _contrasted(claim: str) -> tuple[str, str]:
    """The two things a contrast swaps (see :func:`_contrast_swap`), or () when there are none."""
    turn = _CONTRAST.search(claim)
    subject = r"((?:[A-Z][\w’'-]+\s){0,2}[A-Z][\w’'-]+)\s"
    first, second = re.match(subject, claim), re.match(subject, claim[turn.end():]) if turn else None
    return (first.group(1), second.group(1)) if first and second else ()


#: A fact-check's headline: "X's claim that ... is ..." (its subject someone's claim, its predicate the verdict).
_CLAIM_THAT = re.compile(r"['’]s\s+(?:claim|claims|assertion|statement|charge|boast|suggestion|contention)\s+that\s", re.I)
_MAIN_BE = re.compile(r"\s(?:is|was|are|were|isn['’]t|wasn['’]t|aren['’]t|remains?)\s(?!.*\s(?:is|was|are|were|isn['’]t|"
                      r"wasn['’]t|aren['’]t|remains?)\s)")
_QUOTED = re.compile(r"[\"“”]|''|``")


def checked_verdict(claim: str) -> set[str] | None:
    """The stems of a fact-check headline's verdict ("her camp's calculation" in "Clinton's claim that 90 percent
    of her e-mails were 'in the system' is her camp's calculation"), or None when the claim is no such headline."""
    that = _CLAIM_THAT.search(claim)
    if that is None:
        return None
    be = _MAIN_BE.search(claim, that.end())
    if be is None:
        return None
    verdict = stems(claim[be.end():])
    return verdict or None


def headline_claim(title: str | None, body, names: Names, start: int):
    """The article's claim stated from its headline: (claim, false form or None, the sentence that proves it),
    or None when no clause of the headline is a declarative one the article's opening sentences bear out.

    A headline clause qualifies when it has a subject and a finite verb, is no question, teaser or label ("Why",
    "These", "You", "…"), and names whoever its pronouns stand for; it is put in sentence case (a word stays
    capitalised only if the article writes it so mid-sentence) with people by full name, an outlet's "X: claim"
    as "X says ...". The proof is the sentence among the first :data:`HEADLINE_PROOF_SENTENCES` from the lead's
    start (no quote's) that shares most of the claim's content words (at least two and
    :data:`HEADLINE_PROOF_SHARE` of them). Of two clauses the better proven goes, a contrast (with a false form)
    first."""
    if not title:
        return None
    proper = capitalised_in(body.text[start:], names)
    index = body.sentence_index(start)
    window = [s for s in body.sentences[index:index + CONTRAST_PROOF_SENTENCES]
              if s.end > start and body.text[s.start:s.start + 1] not in "“\"'‘"]
    best = None
    for part in re.split(r";\s+|\s+\|\s+", title):
        claim = _clause(part, names, proper, body.text[start:])
        if claim is None or not MIN_CLAIM_WORDS - 2 <= len(claim.split()) <= CLAIM_WORDS + 4:
            continue
        own = stems(claim)
        words = [w for w in own if not w.startswith("#")]  # an acronym the body spells out ("TV") is no word missing
        need = max(2, int(HEADLINE_PROOF_SHARE * len(words) + 0.999))
        false = _contrast_swap(claim)
        pair = [stems(side) for side in _contrasted(claim)] if false else []
        verdict = checked_verdict(claim)
        if verdict is not None:
            need = 2  # the checking sentence says the verdict and names whose claim, in its own words
        for number, sentence in enumerate(window):
            found = stems(body.text[sentence.start:sentence.end])
            if verdict is not None and (not found & verdict or _QUOTED.search(body.text, sentence.start, sentence.end)):
                continue  # a fact-check's "X's claim that ... is Y" is proved by the sentence that checks it (says
                # Y), never by X's own words (round 22: Clinton's contrary claim quoted as the proof)
            shared = len(own & found)
            both = bool(pair) and all(side & found for side in pair) and shared >= 3
            if not both and (shared < need or number >= HEADLINE_PROOF_SENTENCES):
                continue  # a contrast is proved by a sentence naming both its sides, further in if need be
            rank = (both, shared / max(1, len(words)))
            if best is None or rank > best[0]:
                best = (rank, claim, false if both else None, sentence)
    if best is None:
        return None
    return best[1:]
