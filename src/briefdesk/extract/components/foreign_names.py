"""Component: an organisation named in Spanish, Portuguese or French keeps its lower-case
connectors — "Constructora Manabita del Pacífico", "Contraloría General del Estado", "Diario
del Oeste Andino", "Ministère des Mines et des Ressources Stratégiques". The chunk rules would
cut such a name at "del" or "des"; a head word of those languages opening it says where it
starts, and the span is claimed."""

from __future__ import annotations

import re

from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

FOREIGN_ORG_HEADS = word_list("foreign_org_heads")
_CAP = r"[A-ZÁÉÍÓÚÑÇÀÈÂÊÔÎÜ][\w'’-]*"
_LINK = r"(?:(?:de|del|de la|de los|de las|des|du|do|da|dos|das|y|e|et|na|la|le|el)[ \t]+)"
_NAME = re.compile(rf"\b({_CAP})((?:[ \t]+{_LINK}{{0,2}}{_CAP}){{1,6}})")


_OF_TOWN = re.compile(rf"[ \t]+of[ \t]+({_CAP}(?:[ \t]+{_LINK}{{0,2}}{_CAP}){{0,4}})")
_HEADS = re.compile(r"\b(?:" + "|".join(w[:1].upper() + w[1:] for w in FOREIGN_ORG_HEADS) + r")\b")


def foreign_names(res: Resolver) -> None:
    for head in _HEADS.finditer(res.text):
        match = _NAME.match(res.text, head.start())
        if not match or res.claimed(match.start(), match.end()):
            continue
        if re.search(rf"{_CAP}\s+$", res.before(head.start(), 30)):
            continue  # "Catamarca Minera y ...": the head is inside a longer name
        name = match.group()
        if not re.search(rf"[ \t]{_LINK}", name) and len(name.split()) < 3:
            continue  # "Banco Central": the chunk rules read it whole already
        start, end = match.start(), match.end()
        res.org(name, start, end)
        town = _OF_TOWN.match(res.text, end)
        if town and not res.country_of(town.group(1)):
            # "Banco Cibao Atlántico of Santiago de los Caballeros": where the body sits.
            res.rule = "place.after-legal-form"
            res.place(town.group(1), town.start(1), town.end(1))
            res.rule = "org.foreign-name"
            end = town.end()
        res.claim(start, end)
