"""Chunk rule: an organisation named in Spanish, Portuguese or French keeps its lower-case
connectors — "Constructora Manabita del Pacífico", "Contraloría General del Estado", "Diario
del Oeste Andino", "Ministère des Mines et des Ressources Stratégiques". The chunk rules would
cut such a name at "del" or "des"; a head word of those languages opening the chunk says where
it starts; the name is read from the text and its span claimed."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.cues_orgs import acronym_after, legal_end
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import Chunk, Token, strip_possessive
from briefdesk.extract.words import word_list

FOREIGN_ORG_HEADS = word_list("foreign_org_heads")
_CAP = r"(?:(?:[A-Z]\.){2,}|[A-ZÁÉÍÓÚÑÇÀÈÂÊÔÎÜ][\w'’-]*)"  # "S.A.A." too
_LINK = r"(?:(?:de|del|de la|de los|de las|des|du|do|da|dos|das|y|e|et|na|la|le|el)[ \t]+)"
_NAME = re.compile(rf"\b({_CAP})((?:[ \t]+{_LINK}{{0,2}}{_CAP}){{1,6}})")


_OF_TOWN = re.compile(rf"[ \t]+of[ \t]+({_CAP}(?:[ \t]+{_LINK}{{0,2}}{_CAP}){{0,4}})")


def foreign_name(res: Resolver, v: View, start: int) -> str:
    """A chunk rule: the chunk opens with a head word of another language at ``start`` (a
    cheap test the caller makes); the whole name is read from the text, past the chunk's
    cuts."""
    match = _NAME.match(res.text, start)
    if not match:
        return NEXT
    name = strip_possessive(match.group())  # "Aguas del Levante’s third contract" (round 9)
    if not re.search(rf"[ \t]{_LINK}", name) and len(name.split()) < 3:
        return NEXT  # "Banco Central": the chunk rules read it whole already
    end = match.end()
    name = legal_end(res, name, end)  # "Petróleos de Venezuela, S.A."
    end = start + len(name)
    res.org(name, start, end)
    acronym_after(res, Chunk((Token(name, start, end),), False), name)  # "... (Endesa)"
    town = _OF_TOWN.match(res.text, end)
    if town and not res.country_of(town.group(1)):
        # "Banco Cibao Atlántico of Santiago de los Caballeros": where the body sits.
        res.rule = "place.after-legal-form"
        res.place(town.group(1), town.start(1), town.end(1))
        res.rule = "org.foreign-name"
        end = town.end()
    res.claim(start, end)
    return CLAIM


# Round 9: a connector no English name holds ("del", "de la", Portuguese "e", "y") right after
# the chunk says a foreign name goes on even when its first word is no head word of the list:
# "Generadora del Golfo de Fonseca", "Líneas del Istmo", "Lusitana Engenharia e Construção".
_LINKED_AFTER = re.compile(r"[ \t]+(?:del|de la|de las|de los|do|da|dos|das|e|y)[ \t]+[A-ZÁÉÍÓÚÑÇ]")
# Words that open a place's name in those languages ("Santiago del Estero", "Puerto del
# Rosario", "Villa de Leyva"): the chunk is a place, read as before.
_PLACE_OPENERS = word_list("foreign_place_openers")


def linked_after(res: Resolver, v: View) -> int:
    """Where a foreign name that goes on past the chunk begins (its first word, or the word
    after a state's possessive, "Spain's Aguas del Levante"), or -1."""
    if not _LINKED_AFTER.match(res.text, v.chunk.end):
        return -1
    tokens = v.rest
    owner = strip_possessive(v.words[0])
    if len(tokens) > 1 and owner != v.words[0] and res.country_of(owner):
        tokens = tokens[1:]  # "Spain’s Aguas": the state owns the firm, no part of its name
    first = tokens[0].text
    if (
        first.lower() in _PLACE_OPENERS
        or first.isupper()
        or res.known_place(res.text[tokens[0].start : v.chunk.end])
        or res.country_of(first)
    ):
        return -1
    return tokens[0].start
