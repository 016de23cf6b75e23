"""Components: people named with a title, an apposition, or next to a speech verb."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.components.title_names import title_then_name
from briefdesk.extract.cues_people import (
    apposition,
    counterpart,
    head_of_before,
    lowercase_role_before,
    possessor_before,
    speaks,
)
from briefdesk.extract.cues_titles import appointed_as, role_before_comma, role_in_brackets
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.honorific_titles import title_before_honorific
from briefdesk.extract.lexicon import (
    HONORIFICS,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    TITLE_OR_ORG_WORDS,
    TITLE_WORDS,
)
from briefdesk.extract.name_priority import is_rank
from briefdesk.extract.names import (
    is_international,
    name_like,
    name_like_words,
)
from briefdesk.extract.remit_titles import remit_title_before
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.role_lists import list_tail
from briefdesk.extract.state_spans import state_at, state_in_title, trailing_state
from briefdesk.extract.text import (
    Chunk,
    Sentence,
    Token,
    is_possessive,
    strip_possessive,
)
from briefdesk.extract.title_parts import (
    body_before_title,
    name_of_state,
    office_body,
    rank_after_function,
    title_boundary,
)
from briefdesk.extract.vocab import (
    COMMA_NAME,
    FILING_AFTER,
    HONORIFIC_DOT_BEFORE,
    HONORIFIC_WORDS,
    POST_NOMINALS,
    RANK_FIRST,
    REGIONS,
)
from briefdesk.extract.words import word_list


# --- chunk rules (declared in extract.pipeline) ---------------------------------------
def title_then_comma_name(res: Resolver, v: View) -> str:
    words = v.lowered[1:] if v.lead_code else v.lowered  # (no call unless a title word opens)
    found = words and words[0] in TITLE_WORDS and title_comma_name(res, v.chunk, v.lead_code)
    return CLAIM if found else NEXT


def person_with_title(res: Resolver, v: View) -> str:
    return CLAIM if titled_person(res, v.sentence, v.chunk, v.lead_code) else NEXT


def person_of_body(res: Resolver, v: View) -> str:
    return CLAIM if person_of(res, v.sentence, v.chunk) else NEXT


# --- people ---------------------------------------------------------------------------
def title_comma_name(res: Resolver, chunk: Chunk, lead_code: str) -> bool:
    """ "Indonesia's Coordinating Minister for Economic Affairs, Airlangga Hartarto, said":
    a capitalised title, then the name set off by commas."""
    tokens = list(chunk.tokens)[1:] if lead_code else list(chunk.tokens)
    lowered = [strip_possessive(t.text).lower() for t in tokens]
    if not lowered or lowered[0] not in TITLE_WORDS or not set(lowered) & ROLE_HEADS:
        return False
    if is_possessive(tokens[-1].text):
        return False
    # "Minister of Higher Education, Science, Research and Innovation, X": a listed remit.
    listed = (
        list_tail(res.after(chunk.end, 160))
        if lowered[-2:-1] in (["of"], ["for"])
        or (len(lowered) > 2 and lowered[-3] in {"of", "for"})
        else ""
    )
    if not listed and set(lowered) & _ENVOYS:
        # "the Ambassador of France to Thailand, X": the host state ends the title.
        host = _TO_STATE.match(res.after(chunk.end, 60))
        listed = host.group() if host and res.country_of(host.group(1)) else ""
    if listed.startswith(","):  # a title's listed remit is no name (" to China" is a state)
        res.claim(chunk.end, chunk.end + len(listed))
    match = COMMA_NAME.match(res.text, chunk.end + len(listed))
    if not match:
        return False
    name = match.group(1)
    words = name.split()
    if (
        not name_like_words(words)
        or {w.lower() for w in words} & TITLE_OR_ORG_WORDS
        or any(res.country_of(w) for w in words)
        or any(w.isupper() and len(w) > 1 for w in words)
    ):
        return False
    role = res.text[tokens[0].start : tokens[-1].end] + listed
    if listed:
        res.skip_until = chunk.end + len(listed)
    affiliation = (
        res.affiliation_name(lead_code) if lead_code else possessor_before(res, chunk.start)
    )
    envoy = listed.startswith(" to ")  # "Ambassador of France to Thailand": France sends
    stated = role[: -len(listed)] if envoy else role
    cut, at, code = trailing_state(res, stated)
    if code:
        # "the Prime Minister of Solomon Islands, Hon. X", "Prime Minister of the Independent
        # State of Papua New Guinea, X": the state is the affiliation.
        affiliation = affiliation or res.affiliation_name(code)
        start = tokens[0].start
        res.state(code, stated[at:], start + at, start + len(stated))
        role = role if envoy else role[:cut]
    start = match.start(1)
    res.person(name, start, start + len(name), role, affiliation)
    return True


# ", the Belarusian state potash producer,": a one-word name described as a business by a
# lower-case trade before its head noun (a person is "the film's producer", not "potash").
# "Turkish manufacturer Aselsan", "defence group Halvik": a firm's noun in lower case just
# before a one-word name (newcomer16 N16-02: not a person whose apposition names another).
_DESCRIBED_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_FIRM_DESCRIBED = re.compile(
    r",\s+(?:the|a|an)\s+(?:[A-Z][\w-]*\s+)?(?:(?:state|state-owned|private|listed|"
    r"largest|biggest|main|national|leading)\s+)*(?:[a-z][\w-]*\s+){1,2}([a-z]+)\s*[,.;)]"
)
_ENVOYS = frozenset({"ambassador", "envoy", "commissioner", "consul", "representative"})
_TO_STATE = re.compile(r"\s+to\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})(?=,)")


def titled_person(res: Resolver, sentence: Sentence, chunk: Chunk, lead_code: str) -> bool:
    tokens = list(chunk.tokens)
    if lead_code:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[0].text.lower().rstrip(".") in HONORIFIC_WORDS:
        tokens = tokens[1:]  # "His Majesty Sultan X"
    if len(tokens) > 2 and tokens[-1].text in POST_NOMINALS:
        tokens = tokens[:-1]  # "the Hon. Catherine Wardell MP": a name, not a body
    lowered = [t.text.lower() for t in tokens]
    head_positions = [i for i, w in enumerate(lowered) if w in ROLE_HEADS]
    if not head_positions:
        return bare_person(res, sentence, chunk, tokens, lead_code)
    if office_body(tokens, head_positions[0]):
        return False  # "the Office of the Chief of Staff": the body, named after an office
    tokens, state_after = name_of_state(res, tokens, head_positions[-1])
    lowered = lowered[: len(tokens)]
    in_title = state_in_title(res, tokens, head_positions[-1])  # "... of Samoa Fiame X"
    boundary = in_title[2] - 1 if in_title else title_boundary(res, tokens, head_positions)
    name_tokens = tokens[boundary + 1 :]
    role_tokens = tokens[: boundary + 1]
    affiliation = res.affiliation_name(lead_code) if lead_code else ""
    role_tokens, affiliation = body_before_title(res, role_tokens, affiliation)
    while name_tokens and (
        name_tokens[0].text.lower().rstrip(".") in HONORIFICS or name_tokens[0].text == "the"
    ):
        name_tokens = name_tokens[1:]  # "Senator the Hon Penny Walsh"
    while role_tokens and role_tokens[-1].text.lower() in HONORIFICS:
        role_tokens = role_tokens[:-1]
    i = 1
    while i < len(role_tokens):
        past, code = state_at(res, role_tokens, i)
        if code:  # "Papua New Guinea" among the title's words: the state, all its words
            surface = strip_possessive(res.text[role_tokens[i].start : role_tokens[past - 1].end])
            res.state(code, surface, role_tokens[i].start, role_tokens[i].start + len(surface))
            affiliation = affiliation or res.affiliation_name(code)
        i = max(past, i + 1)
    role = res.text[role_tokens[0].start : role_tokens[-1].end] if role_tokens else ""
    cut, at, code = trailing_state(res, role)
    if code:  # "President of Azerbaijan": the country is the affiliation
        start = role_tokens[0].start
        res.state(code, role[at:], start + at, start + len(role))
        affiliation = affiliation or res.affiliation_name(code)
        role = role[:cut]
    if not name_tokens:
        if lowered[-1] in ROLE_HEADS or any(t.text.lower() in ROLE_HEADS for t in role_tokens):
            return title_then_name(res, chunk, role, affiliation)
        return False
    if name_tokens[0].text[0].islower():
        return False  # "Ministra de Minería": a complement in another language, no name
    regnal = len(name_tokens) > 1 and _REGNAL.fullmatch(name_tokens[-1].text) is not None
    if not name_like(name_tokens[:-1] if regnal and role.lower() in _MONARCHS else name_tokens):
        return False  # "King Tupou VI": a regnal number ends a monarch's name
    if re.search(r"\s(?:of|for)\s", role) and (
        (
            len(name_tokens) == 1
            and (res.before(chunk.start, 3).endswith(", ") or is_common_word(name_tokens[0].text))
        )
        or all(is_common_word(t.text) and t.text.lower() not in first_names() for t in name_tokens)
    ):
        # ", Minister of Water Resources,", "Minister of Petroleum and Mineral Resources": the
        # title's last words are no name.
        return False
    named = strip_possessive(res.text[name_tokens[0].start : name_tokens[-1].end])
    if (
        any(t.text.lower().removesuffix("s") in ROLE_HEADS for t in name_tokens)
        or named in _FORMAL_STATE_WORDS
        or (len(name_tokens) == 1 and named.lower() in _OUTLET_WORDS)
    ):
        # "Board of Executive Directors", "President of the Republic"; "the Official Journal",
        # "the Official Gazette": a publication (N14-05)
        return False
    if res.known_entity(named) or is_international(named):
        return False  # "Deputy Secretary-General of the United Nations": the body, no name
    # "Prime Minister Shehbaz Sharif of Pakistan": a country after the name.
    name = strip_possessive(res.text[name_tokens[0].start : name_tokens[-1].end])
    of_country = re.match(
        r"\s+of\s+(?:the\s+)?([A-Z][\w.]*(?: [A-Z][\w.]*)*)", res.after(chunk.end, 50)
    )
    if of_country and not affiliation:
        code = res.country_of(of_country.group(1))
        if code:
            affiliation = res.affiliation_name(code)
    affiliation = affiliation or state_after
    if not affiliation:
        affiliation = possessor_before(res, chunk.start)
    lower_role = lowercase_role_before(res, chunk.start)
    if not lower_role and is_rank(role):
        lower_role = role_before_comma(res, chunk.start)  # "Our procurement director, Col. X"
    if (
        lower_role
        and not lead_code
        and role_tokens
        and (role_tokens[0].text.lower().rstrip(".") in RANK_FIRST or is_rank(role))
    ):
        role = lower_role[0]  # "Navy chief Vice Admiral X": the function, not the rank
        affiliation = affiliation or lower_role[1]
    elif is_rank(role) and re.match(
        r",\s+(?!(?:an?|former|retired)\b)(?:the\s|[a-z]|[A-Z][a-z]+\s+of\s)",
        res.after(chunk.end, 24),
    ):
        # "General Tan Wei, the new army chief": the function, not the rank, is the role.
        appos = apposition(res, name_tokens[0].start + len(name))
        if appos and appos[0]:
            role = re.sub(r"^(?:new|newly[- ]appointed|incoming|current)\s+", "", appos[0])
            affiliation = affiliation or appos[1]
    role = rank_after_function(role)
    res.person(name, name_tokens[0].start, name_tokens[0].start + len(name), role, affiliation)
    return True


_OUTLET_WORDS = word_list("outlet_words")
_ANSWERS = word_list("answer_words")  # "Yes, Secretary X signed": a reply (N14-08)
_FORMAL_STATE_WORDS = frozenset(
    {"Republic", "Kingdom", "Federation", "Union", "Nation", "Sultanate", "Emirate", "State"}
)
_REGNAL = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{1,3}|V)")
_MONARCHS = frozenset({"king", "queen", "sultan", "emperor", "empress", "emir", "amir", "pope"})


def person_of(res: Resolver, sentence: Sentence, chunk: Chunk) -> bool:
    """ "economist Víctor Rodríguez Padilla of the National Autonomous University"."""
    words = [t.text for t in chunk.tokens]
    if "of" not in words:
        return False
    cut = words.index("of")
    left = list(chunk.tokens[:cut])
    titled = len(left) > 2 and left[0].text.lower().rstrip(".") in HONORIFIC_WORDS
    left = left[1:] if titled else left  # "Dr Amara Velasco of the Forum": a person (N14-08)
    if not left or not name_like(left) or len(left) < 2:
        return False
    if {t.text.lower() for t in left} & TITLE_OR_ORG_WORDS:
        return False
    lower = lowercase_role_before(res, left[0].start)
    right = [t for t in chunk.tokens[cut + 1 :]]
    while right and right[0].text.lower() == "the":
        right = right[1:]
    if not right:
        return False
    if (
        not lower
        and not titled
        and not speaks(res, left[0].start, chunk.end)
        # "Shanta Rai of the Nepal Hydro Developers' Forum has warned": a given name, a body
        and not (
            left[0].text.lower() in first_names() and {t.text.lower() for t in right} & ORG_HEADS
        )
    ):
        return False
    target = res.text[right[0].start : right[-1].end]
    code = res.country_of(target)
    if code:
        res.state(code, target, right[0].start, right[-1].end)
        affiliation = res.affiliation_name(code)
    elif res.known_place(target):
        res.place(target, right[0].start, right[-1].end)  # "of the Jakarta think tank ..."
        affiliation = ""
    else:
        affiliation = res.found.actors[res.org(target, right[0].start, right[-1].end)].name
    name = res.text[left[0].start : left[-1].end]
    res.person(name, left[0].start, left[-1].end, lower[0] if lower else "", affiliation)
    return True


_VOCATIVE = re.compile(r",\s+(?:Madam|Mister|Mr\.?|Madame)\s+(?:President|Speaker|Chair)")
_HONORIFIC_BEFORE = re.compile(r"(?<=\s)(?:(?:Dr|Ing|Prof|Engr|Mr|Ms|Mrs|Ir|Lic)\.?\s+)+$")
_NEXT_TITLED = re.compile(
    r",\s+and\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:Ambassador|Minister|President|Secretary|Director|Chairman|Chief)"
)


def bare_person(
    res: Resolver, sentence: Sentence, chunk: Chunk, tokens: list[Token], lead_code: str
) -> bool:
    """A name with its role after it, before it in lower case, or next to "said"."""
    while len(tokens) > 1 and tokens[0].text.lower().rstrip(".") in HONORIFIC_WORDS:
        tokens = tokens[1:]  # "Lt Col Ahmed Saleh"
    if (
        not tokens
        or not name_like(tokens)
        or lead_code
        or "&" in res.text[tokens[0].start : tokens[-1].end]
    ):
        return False  # ("Procter & Gamble": a firm)
    if len(tokens) == 1 and (
        _VOCATIVE.match(res.text, tokens[0].end) or tokens[0].text.lower() in _ANSWERS
    ):
        return False  # "Supplementary, Madam President.", "Yes, Secretary X signed": no name
    remit_at = -1
    if len(tokens) >= 3 and tokens[0].text in REGIONS and res.before(tokens[0].start, 4) == "for ":
        # "Horev vice-president for Africa Yoav Ben-Shalom": the region ends the title.
        remit_at, tokens = tokens[0].start - 4, tokens[1:]
    if tokens[0].text.lower() in ROLE_MODIFIERS and tokens[0].text.lower() not in first_names():
        return False  # "Foreign Affairs", "Defence Procurement": a remit, not a name
    if tokens[-1].text.lower().rstrip(".") in HONORIFIC_WORDS:
        return False  # the "Dr" of "Dr. Álvaro Mejía": a title, its name is the next chunk
    name = strip_possessive(res.text[tokens[0].start : tokens[-1].end])
    if res.known_entity(name) or f"org:{name.lower()}" in res.found.actors:
        return False  # "..., spokesman for Andes Rail, said": Andes Rail is a company
    after = res.after(chunk.end, 20)
    if (
        re.match(r"['’]s\s+[A-Z][\w-]*\d|\s+\((?![a-z]|[LRC]\))", after)  # "X (R)": a caption
        and not role_in_brackets(res, tokens[-1].end)  # "X (Minister of Power)" is a person
    ) or (
        # "Tessaro declined to comment" is a firm; "Petrobras spokesman X declined" a person
        re.match(r"\s+declined", after) and not lowercase_role_before(res, tokens[0].start)
    ):
        return False
    described = len(tokens) == 1 and _FIRM_DESCRIBED.match(res.after(tokens[-1].end, 80))
    if described and described.group(1) in ORG_DESCRIPTORS:
        res.rule = "org.not-a-person"  # "Belaruskali, the Belarusian state potash producer,"
        res.org(name, tokens[0].start, tokens[0].start + len(name))
        return True
    res.rule = "person.apposition"
    post = res.after(tokens[-1].end, 6).split(",")[0].strip()  # "David Malo MP, Minister of"
    appos = apposition(res, tokens[-1].end + (len(post) + 1 if post in POST_NOMINALS else 0))
    office = appointed_as(res, tokens[0].start, tokens[-1].end)
    if office:
        res.rule = "person.appointed-as"
        appos = (office, appos[1] if appos else "")
    noun = _DESCRIBED_BEFORE.search(res.before(tokens[0].start, 30)) if len(tokens) == 1 else None
    if appos and noun and noun.group(1) in ORG_DESCRIPTORS:
        res.rule = "org.not-a-person"  # "from Turkish manufacturer Aselsan, X's minister Y"
        res.org(name, tokens[0].start, tokens[0].start + len(name))
        return True
    if appos:
        res.person(name, tokens[0].start, tokens[0].start + len(name), *appos)
        return True
    # "managing director Ing. Klaus Berger": the title stands before the honorific.
    honorific = _HONORIFIC_BEFORE.search(res.before(tokens[0].start, 24))
    at = tokens[0].start - (len(honorific.group()) if honorific else 0)
    lower = lowercase_role_before(res, at) or role_in_brackets(res, tokens[-1].end)
    lower = lower or remit_title_before(res, at)  # "vice president of sales X"
    if remit_at >= 0:
        title = lowercase_role_before(res, remit_at, res.before(remit_at, 90) + " ")
        remit = res.text[remit_at : tokens[0].start].strip()
        lower = (f"{title[0]} {remit}", title[1]) if title else lower
    if not lower:
        # "Indonesia's defence minister, Prabowo Subianto, said", "its chairman, X, said".
        lower = role_before_comma(res, chunk.start, res.after(tokens[-1].end, 4))
    if not lower and honorific:  # "Finance Minister Dr. X", "The Minister of X, Mr. X"
        lower = title_before_honorific(res, at)
    if not lower and re.match(r"\s*,", res.after(tokens[-1].end, 4)):
        lower = head_of_before(res, tokens[0].start)
    if lower and lower[0].endswith("counterpart"):
        lower = counterpart(res, sentence, tokens[0].start, lower)
    if lower and (len(tokens) >= 2 or lower[1]):
        res.rule = "person.role-before-name"
        res.person(name, tokens[0].start, tokens[0].start + len(name), *lower)
        return True
    if FILING_AFTER.match(res.after(chunk.end, 60)):
        return False  # "Tessaro Marine said in a stock exchange filing": a company
    if HONORIFIC_DOT_BEFORE.search(res.before(tokens[0].start, 6)):
        res.rule = "person.honorific"  # "a team led by Mr. Oyebola Adekunle-Farrell"
        res.person(name, tokens[0].start, tokens[0].start + len(name))
        return True
    if len(tokens) >= 2 and (
        speaks(res, tokens[0].start, tokens[-1].end)
        # "..., Kanitha Rattanawong, and the Ambassador of France": one of a list of people
        or (lower is None and _NEXT_TITLED.match(res.text, tokens[-1].end))
    ):
        res.rule = "person.speaks"
        res.person(name, tokens[0].start, tokens[0].start + len(name))
        return True
    return False
