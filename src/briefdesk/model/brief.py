"""The brief as typed records: what a ``.brief`` file holds, field for field.

Pydantic does the type checking and the JSON Schema; cross-record rules (evidence spans matching
their source, references between records) live in ``briefdesk.model.checks``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from typing import Annotated, Final, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_serializer,
    field_validator,
    model_validator,
)

from briefdesk.model.bounds import MAX_AMOUNT_TEXT, amount_problem
from briefdesk.model.codes import (
    NOT_GRADED,
    TLP_LEVELS,
    UK_LEVELS,
    ActorType,
    BriefKind,
    BriefStatus,
    Confidence,
    DealKind,
    DealStatus,
    Likelihood,
    MarkingScheme,
    PartyRole,
    SourceKind,
    is_country_code,
    is_currency_code,
)
from briefdesk.model.ids import new_id
from briefdesk.model.weburl import check_web_url

FORMAT_NAME: Final = "briefdesk.brief"
FORMAT_VERSION: Final = 5


def _check_country(code: str) -> str:
    if code and not is_country_code(code):
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 country code")
    return code


def _check_currency(code: str) -> str:
    if not is_currency_code(code):
        raise ValueError(f"{code!r} is not an ISO 4217 currency code")
    return code


CountryCode = Annotated[str, AfterValidator(_check_country)]
CurrencyCode = Annotated[str, AfterValidator(_check_currency)]
RecordId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")]


class Record(BaseModel):
    """Base of every part of the brief: unknown keys are errors, not silently dropped."""

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
        use_enum_values=False,
        validate_default=True,
    )


class Span(Record):
    """Words in a source that back a field: ``text[start:end] == quote``."""

    source_id: RecordId
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        return self


Evidence = list[Span]


class Person(Record):
    name: str = ""
    title: str = ""
    unit: str = ""
    phone: str = ""
    email: str = ""


class Header(Record):
    title: str = ""
    subject: str = ""
    kind: BriefKind = BriefKind.INFORMATION
    status: BriefStatus = BriefStatus.DRAFT
    date: dt.date | None = None
    critical_date: dt.date | None = None
    critical_reason: str = ""
    to: str = ""
    through: str = ""
    from_: Person = Field(default_factory=Person, alias="from")
    cleared_by: str = ""
    file_number: str = ""


class Marking(Record):
    """Handling marking printed on every page: TLP 2.0, UK classification, or custom text."""

    scheme: MarkingScheme = MarkingScheme.NONE
    level: str = ""
    caveats: str = ""

    @model_validator(mode="after")
    def _level_fits_scheme(self) -> Marking:
        allowed = {MarkingScheme.TLP: TLP_LEVELS, MarkingScheme.UK: UK_LEVELS}.get(self.scheme)
        if allowed is not None and self.level not in allowed:
            raise ValueError(
                f"level {self.level!r} is not a {self.scheme.value.upper()} level "
                f"(one of: {', '.join(allowed)})"
            )
        if self.scheme is MarkingScheme.CUSTOM and not self.level.strip():
            raise ValueError("a custom marking needs its text in 'level'")
        return self

    @property
    def label(self) -> str:
        """The words printed on the page, e.g. ``TLP:AMBER+STRICT`` or ``OFFICIAL-SENSITIVE``."""
        if self.scheme is MarkingScheme.NONE:
            base = ""
        elif self.scheme is MarkingScheme.TLP:
            base = f"TLP:{self.level}"
        else:
            base = self.level.strip()
        caveats = self.caveats.strip()
        return f"{base} {caveats}".strip() if caveats else base


class Option(Record):
    id: RecordId = Field(default_factory=lambda: new_id("opt"))
    label: str = ""
    description: str = ""
    pros: list[str] = Field(default_factory=list)
    cons: list[str] = Field(default_factory=list)


def _default_choices() -> list[str]:
    return ["Approve", "Disapprove", "Discuss"]


class Recommendation(Record):
    id: RecordId = Field(default_factory=lambda: new_id("rec"))
    text: str = ""
    choices: list[str] = Field(default_factory=_default_choices)
    due_by: dt.date | None = None


class Actor(Record):
    id: RecordId = Field(default_factory=lambda: new_id("act"))
    type: ActorType = ActorType.PERSON
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    role: str = ""
    affiliation: str = ""
    affiliation_id: RecordId | None = None
    country: CountryCode = ""
    stance: str = ""
    note: str = ""
    evidence: Evidence = Field(default_factory=list)


class Money(Record):
    """An exact amount: ``Decimal`` kept as a JSON string so no digit is ever rounded."""

    amount: Decimal
    currency: CurrencyCode
    as_stated: str = ""
    estimate: bool = False
    evidence: Evidence = Field(default_factory=list)

    @field_validator("amount", mode="before")
    @classmethod
    def _amount_exact(cls, value: object) -> object:
        # Stored as a JSON string; floats would carry binary rounding into an exact amount.
        if isinstance(value, bool):
            return value
        if isinstance(value, str | int | float):
            if len(text := str(value).strip()) > MAX_AMOUNT_TEXT:
                raise ValueError(f"{len(text)} characters is too long for an amount")
            try:
                return Decimal(text)
            except ArithmeticError:
                raise ValueError(f"{value!r} is not a number") from None
        return value

    @field_serializer("amount", when_used="json")
    def _plain_digits(self, value: Decimal) -> str:
        return f"{value:f}"

    @field_validator("amount")
    @classmethod
    def _finite(cls, value: Decimal) -> Decimal:
        if (problem := amount_problem(value)) is not None:
            raise ValueError(problem)
        if value < 0:
            raise ValueError("amount must not be negative")
        return value


class DealParty(Record):
    actor_id: RecordId
    role: PartyRole


class DealItem(Record):
    designation: str = ""
    category: str = ""
    quantity: int | None = Field(default=None, ge=0)
    evidence: Evidence = Field(default_factory=list)


class DealDates(Record):
    announced: dt.date | None = None
    signed: dt.date | None = None
    delivery: str = ""


class Deal(Record):
    id: RecordId = Field(default_factory=lambda: new_id("deal"))
    kind: DealKind = DealKind.OTHER
    title: str = ""
    parties: list[DealParty] = Field(default_factory=list)
    items: list[DealItem] = Field(default_factory=list)
    value: Money | None = None
    dates: DealDates = Field(default_factory=DealDates)
    status: DealStatus = DealStatus.REPORTED
    note: str = ""
    evidence: Evidence = Field(default_factory=list)


class KeyJudgment(Record):
    id: RecordId = Field(default_factory=lambda: new_id("kj"))
    statement: str = ""
    likelihood: Likelihood | None = None
    confidence: Confidence | None = None
    rationale: str = ""
    indicators: list[str] = Field(default_factory=list)
    evidence: Evidence = Field(default_factory=list)


class Implication(Record):
    domain: str = ""
    text: str = ""


class Significance(Record):
    judgments: list[KeyJudgment] = Field(default_factory=list)
    implications: list[Implication] = Field(default_factory=list)
    outlook: str = ""


class Place(Record):
    id: RecordId = Field(default_factory=lambda: new_id("plc"))
    name: str = Field(min_length=1)
    country: CountryCode = ""
    note: str = ""
    evidence: Evidence = Field(default_factory=list)


def content_hash(text: str) -> str:
    """Stable fingerprint of a source's text, used to spot duplicates and hand edits."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


class Source(Record):
    id: RecordId = Field(default_factory=lambda: new_id("src"))
    kind: SourceKind = SourceKind.NEWS
    title: str = ""
    outlet: str = ""
    author: str = ""
    url: Annotated[str, AfterValidator(check_web_url)] = ""
    published: dt.date | None = None
    accessed: dt.date | None = None
    language: str = ""
    filename: str = ""
    text: str = ""
    content_hash: str = ""
    reliability: Literal["A", "B", "C", "D", "E", "F"] = "F"
    credibility: int = Field(default=6, ge=1, le=6)
    notes: str = ""
    # Keys of extraction suggestions the user dismissed for this text (``Suggestion.key``), so
    # they stay dismissed after reopening or crash recovery. Added in format version 2.
    dismissed: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _hash_matches_text(self) -> Source:
        expected = content_hash(self.text)
        if not self.content_hash:
            self.content_hash = expected
        elif self.content_hash != expected:
            raise ValueError(
                "content_hash does not match the text (was the text edited outside BriefDesk?)"
            )
        return self

    @property
    def grade(self) -> str:
        """Admiralty grade as shown to readers, e.g. ``B2``."""
        return f"{self.reliability}{self.credibility}"

    @property
    def is_graded(self) -> bool:
        """False for the F6 every new source holds: the file's way of saying "not graded"."""
        return self.grade != "F6"

    @property
    def grade_label(self) -> str:
        """The grade as readers see it: ``B2``, or "not graded" (never an F6 nobody gave)."""
        return self.grade if self.is_graded else NOT_GRADED


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class Brief(Record):
    """One briefing note with its sources; the whole content of a ``.brief`` file."""

    format: Literal["briefdesk.brief"] = "briefdesk.brief"
    version: Literal[5] = 5
    id: RecordId = Field(default_factory=lambda: new_id("brief"))
    created: dt.datetime = Field(default_factory=_now)
    modified: dt.datetime = Field(default_factory=_now)
    header: Header = Field(default_factory=Header)
    marking: Marking = Field(default_factory=Marking)
    bluf: str = ""
    purpose: str = ""
    background: str = ""
    current_status: str = ""
    considerations: str = ""
    options: list[Option] = Field(default_factory=list)
    recommendations: list[Recommendation] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    deals: list[Deal] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    significance: Significance = Field(default_factory=Significance)
    sources: list[Source] = Field(default_factory=list)
    notes: str = ""
    # Text BriefDesk wrote for the user to rework, by field path ("bluf" → the drafted BLUF):
    # the checks flag a field while its text is still exactly this.
    drafted: dict[str, str] = Field(default_factory=dict)

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)
