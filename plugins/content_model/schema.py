"""The content model: every key an editor may write, in one place.

This module is the single source of truth for the content contract. The
validator (``validation.py``), the Pelican reader (``reader.py``), the
scaffolds of ``invoke new`` and the key tables in the editors' guide all read
these models; nothing else restates which keys exist or which values are
allowed.

Why pydantic: it turns a YAML mapping into typed Python objects (dates,
locations, votes) that the templates use directly, it reports *every* problem
of a file in one pass with the exact key path, and its field metadata
(descriptions, allowed values) is introspectable, so the docs and scaffolds
can be generated from the same declarations. jsonschema would validate, but it
would leave us to convert values by hand afterwards.

Keys are English, like Pelican's own; values an editor picks from a list are
Dutch. Descriptions are Dutch because editors read them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, Any, Literal, get_args, get_origin
from zoneinfo import ZoneInfo

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from site_rules.clock import DEFAULT_ZONE, QUARTER_RE, local_midnight

from .paths import OutsideContent, resolve_static
from .static_files import PICTURE_SUFFIXES

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# An address a mail program opens as it is: no "?bcc=" or "&body=" riding
# along, no "javascript:" in front. Letters, digits and . _ + - before the @.
EMAIL_RE = re.compile(r"^[A-Za-z0-9._+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$")
# Markup in a name or title: feed readers and calendars may show it as HTML.
MARKUP_RE = re.compile(r"<[A-Za-z/!?]")
# Years a neighbourhood's dates fall in; beyond them calendars and feeds break.
FIRST_YEAR, LAST_YEAR = 1900, 2199
URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
DATETIME_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$")


# --- value types -----------------------------------------------------------
# Each type accepts what an editor naturally writes in YAML and fails with a
# Dutch message that says what to write instead.


def _error(code: str, message: str, **ctx: Any) -> PydanticCustomError:
    return PydanticCustomError(code, message, ctx or None)


def _markdown(value: Any) -> str:
    """Text that is rendered as Markdown (and cleaned like a body)."""
    if isinstance(value, bool) or value is None or isinstance(value, (list, dict)):
        raise _error("text", "moet tekst zijn")
    text = str(value).strip()
    if not text:
        raise _error("text_empty", "is leeg; vul een tekst in")
    return text


def _text(value: Any) -> str:
    """Plain text: a name, a title, a place."""
    text = _markdown(value)
    if found := MARKUP_RE.search(text):
        raise _error(
            "text_markup",
            "bevat HTML-code ('{found}…'); schrijf gewone tekst zonder < en >",
            found=text[found.start():found.start() + 6],
        )
    return text


def _make_date(value: Any, year: str, month: str, day: str) -> dt.date:
    if not FIRST_YEAR <= int(year) <= LAST_YEAR:
        raise _error(
            "date_year",
            "'{value}' ligt niet tussen {first} en {last}; kijk het jaar na",
            value=value,
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise _error(
            "date_impossible", "'{value}' is geen bestaande datum", value=value
        ) from None


def _day(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        raise _error("date_only", "moet een datum zonder uur zijn (JJJJ-MM-DD)")
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = DATE_RE.match(text)
    if not match:
        raise _error(
            "date_format",
            "'{value}' is geen datum; schrijf JJJJ-MM-DD, bv. 2025-06-14",
            value=text,
        )
    return _make_date(text, *match.groups())


def _zone(info: ValidationInfo | None) -> ZoneInfo:
    """The site's time zone, handed to validation by load_tree (TIMEZONE)."""
    zone = (info.context or {}).get("zone") if info is not None else None
    return zone or ZoneInfo(DEFAULT_ZONE)


def _local_datetime(text: str, match: re.Match, zone: ZoneInfo) -> dt.datetime:
    year, month, day, hour, minute = match.groups()
    date = _make_date(text, year, month, day)
    try:
        naive = dt.datetime.combine(date, dt.time(int(hour), int(minute)))
    except ValueError:
        raise _error("time_impossible", "'{value}' is geen bestaand uur", value=text) from None
    local = naive.replace(tzinfo=zone)
    # On the last Sunday of March the clock jumps from 02:00 to 03:00: such a
    # time does not exist, and silently shifting it would mislead readers.
    roundtrip = local.astimezone(dt.timezone.utc).astimezone(zone)
    if roundtrip.replace(tzinfo=None) != naive:
        raise _error(
            "time_nonexistent",
            "'{value}' bestaat niet: de klok springt die nacht van 02:00 naar 03:00",
            value=text,
        )
    return local


def _moment(value: Any, info: ValidationInfo) -> dt.date | dt.datetime:
    """A day (all-day) or a date and time in the site's zone."""
    zone = _zone(info)
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if match := DATETIME_RE.match(text):
        return _local_datetime(text, match, zone)
    if DATE_RE.match(text):
        return _day(text)
    raise _error(
        "datetime_format",
        "'{value}' is geen datum; schrijf JJJJ-MM-DD of JJJJ-MM-DD UU:MM, bv. 2025-06-14 14:00",
        value=text,
    )


def _post_date(value: Any, info: ValidationInfo) -> dt.datetime:
    """A post's publication moment; a bare day means local midnight."""
    moment = _moment(value, info)
    if isinstance(moment, dt.datetime):
        return moment
    return local_midnight(moment, _zone(info))


def _slug(value: Any) -> str:
    text = _text(value)
    if not SLUG_RE.match(text):
        raise _error(
            "slug",
            "'{value}' is geen geldige slug: enkel kleine letters, cijfers en koppeltekens",
            value=text,
        )
    return text


def _email(value: Any) -> str:
    text = _text(value)
    if not EMAIL_RE.match(text):
        raise _error("email", "'{value}' is geen e-mailadres", value=text)
    return text


def _url(value: Any) -> str:
    text = _text(value)
    if not URL_RE.match(text):
        raise _error(
            "url", "'{value}' is geen webadres; begin met https://", value=text
        )
    return text


def _url_or_email(value: Any) -> str:
    text = _text(value)
    if not (URL_RE.match(text) or EMAIL_RE.match(text)):
        raise _error(
            "url_or_email",
            "'{value}' is geen webadres (https://...) of e-mailadres",
            value=text,
        )
    return text


def _picture(value: Any, info: ValidationInfo) -> str:
    """A picture below content/, such as ``afbeeldingen/buurtfeest.jpg``."""
    text = _text(value).lstrip("/")
    for prefix in ("{static}/", "{attach}/", "content/"):
        if text.startswith(prefix):
            text = text[len(prefix):]
    root = (info.context or {}).get("content_root")
    if root is None:
        return text
    try:
        found = resolve_static(root, text, STATIC_FOLDERS)
    except OutsideContent as error:
        raise _error("file_refused", "het bestand '{value}' {reason}", value=text, reason=str(error)) from None
    if found.relative.suffix.lower() not in PICTURE_SUFFIXES:
        raise _error(
            "not_a_picture",
            "'{value}' is geen afbeelding; kies een foto of tekening ({suffixes})",
            value=text,
            suffixes=", ".join(sorted(PICTURE_SUFFIXES)),
        )
    return found.relative.as_posix()


def _as_list(value: Any) -> Any:
    """Let an editor write one value where a list is expected."""
    if value is None:
        return []
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return [value]
    return value


Text = Annotated[str, BeforeValidator(_text)]
MarkdownText = Annotated[str, BeforeValidator(_markdown)]
Day = Annotated[dt.date, BeforeValidator(_day)]
Moment = Annotated[dt.date | dt.datetime, BeforeValidator(_moment)]
PostDate = Annotated[dt.datetime, BeforeValidator(_post_date)]
Slug = Annotated[str, BeforeValidator(_slug)]
Email = Annotated[str, BeforeValidator(_email)]
Url = Annotated[str, BeforeValidator(_url)]
UrlOrEmail = Annotated[str, BeforeValidator(_url_or_email)]
Picture = Annotated[str, BeforeValidator(_picture)]
WholeCount = Annotated[int, Field(ge=0, strict=True)]
TextList = Annotated[list[Text], BeforeValidator(_as_list)]
SlugList = Annotated[list[Slug], BeforeValidator(_as_list)]

# Values the plugins act on by name; each is one of the lists below.
DRAFT_STATUS = "draft"
RUNNING_STAGE, DONE_STAGE, STOPPED_STAGE = "lopend", "afgerond", "stopgezet"

# Values an editor picks from a list. The order is the order shown to
# readers (projects grouped by stage follow STAGES).
# "published" is listed everywhere; "hidden" is online but in no list.
LISTED_STATUS = "published"
STATUSES = (DRAFT_STATUS, LISTED_STATUS, "hidden")
STAGES = ("idee", "gepland", RUNNING_STAGE, DONE_STAGE, STOPPED_STAGE)
PRIORITIES = ("hoog", "middel", "laag")
HORIZONS = ("KT", "MLT", "LT")
# A rejected proposal asks nothing of the city, so it needs no follow-up.
REJECTED_OUTCOME = "verworpen"
OUTCOMES = ("aangenomen", REJECTED_OUTCOME, "uitgesteld")
FOLLOW_UP_STATUSES = ("ingediend", "in behandeling", "beantwoord", "uitgevoerd", "afgewezen")

# A post with one of these statuses is on the site (a hidden one is listed nowhere).
PUBLISHED_STATUSES = tuple(status for status in STATUSES if status != DRAFT_STATUS)
# A project in one of these stages has ended: it has no deadline to meet any more.
CLOSED_STAGES = (DONE_STAGE, STOPPED_STAGE)

# Words readers see for coded values.
HORIZON_LABELS = {"KT": "korte termijn", "MLT": "middellange termijn", "LT": "lange termijn"}


def _ordered(first: str, later: str, first_value: Any, later_value: Any) -> None:
    """Raise when ``later_value`` lies before ``first_value``."""
    if first_value is None or later_value is None:
        return
    if isinstance(first_value, dt.datetime) != isinstance(later_value, dt.datetime):
        kind = "een datum met uur" if isinstance(first_value, dt.datetime) else "een datum zonder uur"
        raise _error(
            "mixed_kinds",
            "moet net als {first} {kind} zijn",
            first=first,
            kind=kind,
        )
    if later_value < first_value:
        shown = (
            first_value.strftime("%Y-%m-%d %H:%M")
            if isinstance(first_value, dt.datetime)
            else first_value.isoformat()
        )
        raise _error(
            "before", "ligt vóór {first} ({shown})", first=first, shown=shown
        )


def _alt_required(image_key: str):
    """A validator for ``<image_key>_alt``: required when the image is set."""

    def check(cls, alt, info: ValidationInfo):
        if info.data.get(image_key) and not alt:
            raise _error(
                "alt_missing",
                "ontbreekt: beschrijf de afbeelding voor wie ze niet kan zien",
            )
        return alt

    return field_validator(f"{image_key}_alt")(classmethod(check))


class Strict(BaseModel):
    """Unknown keys are errors: a typo must not vanish silently."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)


# --- parts ------------------------------------------------------------------


class Location(Strict):
    name: Text = Field(description="naam van de plaats", examples=["Buurthuis De Kring"])
    address: Text | None = Field(
        None,
        description="adres: straat, nummer, gemeente",
        examples=["Kerkstraat 12, 3500 Bergen-Oost"],
    )

    @property
    def text(self) -> str:
        """On one line, as every page, feed and calendar shows it: "name, address"."""
        return ", ".join(part for part in (self.name, self.address) if part)


def _location(value: Any) -> Any:
    return {"name": value} if isinstance(value, (str, int)) else value


class Votes(Strict):
    voor: WholeCount = Field(0, description="stemmen voor", examples=[7])
    tegen: WholeCount = Field(0, description="stemmen tegen", examples=[1])
    onthouding: WholeCount = Field(0, description="onthoudingen", examples=[2])


class FollowUp(Strict):
    date: Day = Field(description="datum van deze stap", examples=["2025-06-20"])
    status: Literal[FOLLOW_UP_STATUSES] = Field(
        description="stand van zaken",
        examples=["ingediend"],
    )
    note: Text | None = Field(
        None,
        description="wat er gebeurde of wat de stad antwoordde",
        examples=["Het advies is per brief aan het college bezorgd."],
    )


class Member(Strict):
    name: Text = Field(description="naam", examples=["Marleen Peeters"])
    role: Text = Field(description="rol, bv. voorzitter, secretaris, lid", examples=["voorzitter"])
    email: Email | None = Field(
        None,
        description="e-mailadres (alleen als het mag getoond worden)",
        examples=["voorzitter@example.org"],
    )


class Workgroup(Strict):
    name: Text = Field(description="naam van de werkgroep", examples=["Werkgroep Groen"])
    goals: TextList = Field(
        description="doelen",
        examples=[["Tien nieuwe straatbomen", "Geveltuinen in elke straat"]],
    )
    start: Day | None = Field(None, description="begin (JJJJ-MM-DD)", examples=["2025-01-01"])
    end: Day | None = Field(
        None,
        description="einde (JJJJ-MM-DD), niet vóór start",
        examples=["2026-12-31"],
    )
    members: TextList = Field(
        default_factory=list,
        description="leden",
        examples=[["Jan De Smet", "Fatma Yilmaz"]],
    )

    @field_validator("end")
    @classmethod
    def _end_not_before_start(cls, end, info: ValidationInfo):
        _ordered("start", "end", info.data.get("start"), end)
        return end


class Contact(Strict):
    name: Text = Field(
        description="naam, bv. van de wijkmanager",
        examples=["Sofie Maes (wijkmanager)"],
    )
    email: Email | None = Field(
        None,
        description="e-mailadres",
        examples=["wijkmanager@example.org"],
    )
    phone: Text | None = Field(None, description="telefoonnummer", examples=["011 23 45 67"])


class Publisher(Strict):
    name: Text = Field(
        description="naam van de verantwoordelijke uitgever",
        examples=["Marleen Peeters"],
    )
    address: Text = Field(
        description="adres van de verantwoordelijke uitgever",
        examples=["Kerkstraat 12, 3500 Bergen-Oost"],
    )

    @property
    def text(self) -> str:
        """On one line, as every page, feed and calendar shows it: "name, address"."""
        return ", ".join(part for part in (self.name, self.address) if part)


# --- files ------------------------------------------------------------------


class Council(Strict):
    """One council: ``content/raden/<slug>.yml``."""

    name: Text = Field(description="naam van de raad", examples=["Wijkraad Heilig Hart"])
    area: Text | None = Field(
        None,
        description="de wijk of buurt",
        examples=["Heilig Hart en de Stationsbuurt"],
    )
    city: Text | None = Field(None, description="stad of gemeente", examples=["Bergen-Oost"])
    description: MarkdownText | None = Field(
        None,
        description="voorstelling (Markdown)",
        examples=["De wijkraad brengt bewoners, verenigingen en handelaars samen.\n"],
    )
    email: Email | None = Field(
        None,
        description="e-mailadres van de raad",
        examples=["wijkraad@example.org"],
    )
    meeting_place: Text | None = Field(
        None,
        description="waar de raad vergadert",
        examples=["Buurthuis De Kring, Kerkstraat 12"],
    )
    founded: Day | None = Field(
        None,
        description="opgericht op (JJJJ-MM-DD)",
        examples=["2009-03-15"],
    )
    members: list[Member] = Field(
        default_factory=list,
        description="leden: name, role, email",
        examples=[
            [
                {"name": "Marleen Peeters", "role": "voorzitter", "email": "voorzitter@example.org"},
                {"name": "Jan De Smet", "role": "lid"},
            ]
        ],
    )
    workgroups: list[Workgroup] = Field(
        default_factory=list,
        description="werkgroepen: name, goals, start, end, members",
        examples=[
            [
                {
                    "name": "Werkgroep Groen",
                    "goals": ["Tien nieuwe straatbomen"],
                    "start": "2025-01-01",
                    "end": "2026-12-31",
                    "members": ["Jan De Smet"],
                }
            ]
        ],
    )
    focus: TextList = Field(
        default_factory=list,
        description="thema's waar de raad op werkt",
        examples=[["vergroening", "verkeersveiligheid"]],
    )
    contact: Contact | None = Field(
        None,
        description="contactpersoon of wijkmanager: name, email, phone",
        examples=[
            {"name": "Sofie Maes (wijkmanager)", "email": "wijkmanager@example.org", "phone": "011 23 45 67"}
        ],
    )
    links: dict[Text, Url] = Field(
        default_factory=dict,
        description="naam: webadres",
        examples=[{"Stad Bergen-Oost": "https://www.example.org/stad"}],
    )

    _slug: str = PrivateAttr("")
    _url: str = PrivateAttr("")

    @property
    def slug(self) -> str:
        return self._slug

    @property
    def url(self) -> str:
        return self._url


class PostBase(Strict):
    """Keys on every post (events, projects, decisions, news)."""

    title: Text = Field(description="titel", examples=["Buurtfeest in het park"])
    date: PostDate = Field(
        description="publicatiedatum: JJJJ-MM-DD of JJJJ-MM-DD UU:MM",
        examples=["2025-06-01"],
    )
    council: SlugList = Field(
        default_factory=list,
        description="de raad: de bestandsnaam in raden/ zonder .yml, of een lijst van raden; verplicht als de site meer dan één raad heeft",
        examples=["sint-anna"],
    )
    tags: TextList = Field(
        default_factory=list,
        description="thema's, als lijst",
        examples=[["vergroening", "verkeer"]],
    )
    summary: MarkdownText | None = Field(
        None,
        description="korte samenvatting",
        examples=["Een korte zin over het bericht, voor de startpagina."],
    )
    image: Picture | None = Field(
        None,
        description="afbeelding, bv. afbeeldingen/foto.jpg",
        examples=["afbeeldingen/buurtfeest.jpg"],
    )
    image_alt: Text | None = Field(
        None,
        validate_default=True,
        description="beschrijving van de afbeelding (verplicht bij image)",
        examples=["Buren dansen op het plein onder lampionnen"],
    )
    project: Slug | None = Field(
        None,
        description="het project waar dit bij hoort: de bestandsnaam in projecten/ zonder .md",
        examples=["groene-kerkstraat"],
    )
    status: Literal[STATUSES] = Field(
        "published",
        description="met draft houd je het bericht tegen; hidden: wel online, maar in geen enkele lijst",
        examples=["draft"],
    )
    slug: Slug | None = Field(
        None,
        description="het adres van de pagina (kleine letters, cijfers en koppeltekens); standaard de bestandsnaam",
        examples=["buurtfeest-2025"],
    )
    authors: TextList = Field(
        default_factory=list,
        description="auteurs",
        examples=[["Marleen Peeters"]],
    )

    _check_image_alt = _alt_required("image")


class Event(PostBase):
    start: Moment = Field(
        description="begin: JJJJ-MM-DD (hele dag) of JJJJ-MM-DD UU:MM",
        examples=["2025-06-14 14:00"],
    )
    end: Moment | None = Field(
        None,
        description="einde, van dezelfde soort als start; bij een hele dag de laatste dag",
        examples=["2025-06-14 17:00"],
    )
    location: Annotated[Location, BeforeValidator(_location)] = Field(
        description="plaats: tekst, of name en address",
        examples=[{"name": "Buurthuis De Kring", "address": "Kerkstraat 12, 3500 Bergen-Oost"}],
    )
    organiser: Text | None = Field(
        None,
        description="organisator (standaard de raad)",
        examples=["Werkgroep Groen"],
    )
    registration: UrlOrEmail | None = Field(
        None,
        description="inschrijven: webadres of e-mailadres",
        examples=["https://www.example.org/inschrijven"],
    )
    price: Text | None = Field(None, description="prijs, bv. gratis of € 5", examples=["gratis"])
    accessibility: Text | None = Field(
        None,
        description="toegankelijkheid, bv. rolstoeltoegankelijk",
        examples=["rolstoeltoegankelijk, met ringleiding"],
    )

    @field_validator("end")
    @classmethod
    def _end_not_before_start(cls, end, info: ValidationInfo):
        _ordered("start", "end", info.data.get("start"), end)
        return end


class Project(PostBase):
    stage: Literal[STAGES] = Field(description="fase van het project", examples=["idee"])
    start: Day | None = Field(None, description="begin (JJJJ-MM-DD)", examples=["2025-01-01"])
    deadline: Day | None = Field(
        None,
        description="streefdatum (JJJJ-MM-DD), niet vóór start",
        examples=["2026-12-31"],
    )
    goals: TextList = Field(
        default_factory=list,
        description="doelen",
        examples=[["Tien nieuwe straatbomen", "Geveltuinen in elke straat"]],
    )
    owner: Text | None = Field(
        None,
        description="trekker: werkgroep of persoon",
        examples=["Werkgroep Groen"],
    )
    partners: TextList = Field(
        default_factory=list,
        description="partners",
        examples=[["Stad Bergen-Oost", "Basisschool De Linde"]],
    )
    budget: Annotated[float, Field(ge=0, strict=False, allow_inf_nan=False)] | None = Field(
        None,
        description="budget in euro, een getal zonder €-teken",
        examples=[12500],
    )
    priority: Literal[PRIORITIES] | None = Field(
        None,
        description="prioriteit",
        examples=["middel"],
    )
    horizon: Literal[HORIZONS] | None = Field(
        None,
        description="termijn: KT (kort), MLT (middellang) of LT (lang)",
        examples=["MLT"],
    )

    @field_validator("deadline")
    @classmethod
    def _deadline_not_before_start(cls, deadline, info: ValidationInfo):
        _ordered("start", "deadline", info.data.get("start"), deadline)
        return deadline


class Decision(PostBase):
    meeting: Day = Field(
        description="datum van de vergadering (JJJJ-MM-DD)",
        examples=["2025-06-10"],
    )
    outcome: Literal[OUTCOMES] = Field(description="uitslag", examples=["aangenomen"])
    votes: Votes | None = Field(
        None,
        description="stemming: voor, tegen, onthouding",
        examples=[{"voor": 7, "tegen": 1, "onthouding": 2}],
    )
    follow_up: list[FollowUp] = Field(
        default_factory=list,
        description="opvolging door de stad: lijst van date, status, note",
        examples=[
            [
                {
                    "date": "2025-06-20",
                    "status": "ingediend",
                    "note": "Het advies is per brief aan het college bezorgd.",
                },
                {
                    "date": "2025-09-15",
                    "status": "beantwoord",
                    "note": "De stad plant de werken in het voorjaar.",
                },
            ]
        ],
    )


class News(PostBase):
    pass


class Page(Strict):
    """A static page of the whole site (``paginas/``); no council."""

    title: Text = Field(description="titel", examples=["Over ons"])
    date: PostDate | None = Field(
        None,
        description="datum (niet verplicht)",
        examples=["2025-06-01"],
    )
    summary: MarkdownText | None = Field(
        None,
        description="korte samenvatting",
        examples=["Wie we zijn en hoe we werken."],
    )
    image: Picture | None = Field(
        None,
        description="afbeelding",
        examples=["afbeeldingen/bestuur.jpg"],
    )
    image_alt: Text | None = Field(
        None,
        validate_default=True,
        description="beschrijving van de afbeelding",
        examples=["De leden van de wijkraad voor het buurthuis"],
    )
    status: Literal[STATUSES] = Field(
        "published",
        description="met draft houd je de pagina tegen",
        examples=["draft"],
    )
    slug: Slug | None = Field(
        None,
        description="het adres van de pagina (kleine letters, cijfers en koppeltekens); standaard de bestandsnaam",
        examples=["over-de-raad"],
    )

    _check_image_alt = _alt_required("image")


class Edition(Strict):
    """One wijkkrant edition: ``content/wijkkrant/<yyyy>-q<n>.md``."""

    title: Text = Field(description="titel van deze editie", examples=["Wijkkrant zomer 2025"])
    date: PostDate = Field(description="verschijningsdatum", examples=["2025-07-01"])
    council: Slug | None = Field(
        None,
        description="de raad: de bestandsnaam in raden/ zonder .yml; leeg = alle raden",
        examples=["sint-anna"],
    )
    publisher: Publisher = Field(
        description="verantwoordelijke uitgever: name en address",
        examples=[{"name": "Marleen Peeters", "address": "Kerkstraat 12, 3500 Bergen-Oost"}],
    )
    cover: Picture | None = Field(
        None,
        description="omslagfoto",
        examples=["afbeeldingen/omslag.jpg"],
    )
    cover_alt: Text | None = Field(
        None,
        validate_default=True,
        description="beschrijving van de omslagfoto",
        examples=["Kinderen planten een boom in de Kerkstraat"],
    )
    include: SlugList = Field(
        default_factory=list,
        description="slugs die er zeker in moeten",
        examples=[["buurtfeest-2025"]],
    )
    exclude: SlugList = Field(
        default_factory=list,
        description="slugs die er niet in mogen",
        examples=[["oproep-vrijwilligers"]],
    )
    status: Literal[STATUSES] = Field(
        "published",
        description="met draft houd je de editie tegen",
        examples=["draft"],
    )

    _check_cover_alt = _alt_required("cover")


# --- kinds: which folder holds what ----------------------------------------


@dataclass(frozen=True)
class Kind:
    name: str  # English identifier used in code and templates
    folder: str  # folder under content/
    label: str  # Dutch singular, as editors and readers say it
    plural: str  # Dutch plural, as shown in headings
    model: type[BaseModel]
    is_article: bool  # read by Pelican's ArticlesGenerator
    suffix: str = ".md"


KINDS: tuple[Kind, ...] = (
    Kind("event", "evenementen", "evenement", "Evenementen", Event, True),
    Kind("project", "projecten", "project", "Projecten", Project, True),
    Kind("decision", "besluiten", "besluit", "Besluiten", Decision, True),
    Kind("news", "berichten", "bericht", "Berichten", News, True),
    Kind("page", "paginas", "pagina", "Pagina's", Page, False),
    Kind("edition", "wijkkrant", "wijkkrant", "Wijkkrant", Edition, False),
    Kind("council", "raden", "raad", "Raden", Council, False, ".yml"),
)
KIND_BY_FOLDER = {kind.folder: kind for kind in KINDS}
KIND_BY_NAME = {kind.name: kind for kind in KINDS}
ARTICLE_FOLDERS = [kind.folder for kind in KINDS if kind.is_article]
# Folders of files that are copied as they are.
STATIC_FOLDERS = ("afbeeldingen", "bijlagen", "extra")
# An edition is named after its quarter (site_rules.clock owns the rule).
EDITION_NAME_RE = QUARTER_RE


# --- introspection for docs and scaffolds -----------------------------------


@dataclass(frozen=True)
class KeyInfo:
    name: str
    required: bool
    description: str
    choices: tuple[str, ...]  # allowed values, when the key has a fixed list
    examples: tuple[Any, ...] = ()  # example values as YAML data, for scaffolds and docs
    # The model of the sub-keys, when the value is a group of keys (or a list of them).
    parts: type[BaseModel] | None = None


def _choices(annotation: Any) -> tuple[str, ...]:
    if get_origin(annotation) is Literal:
        return tuple(str(a) for a in get_args(annotation))
    for arg in get_args(annotation):
        if found := _choices(arg):
            return found
    return ()


def _parts(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        if found := _parts(arg):
            return found
    return None


def keys_of(model: type[BaseModel]) -> list[KeyInfo]:
    """The keys of a model in declaration order, for docs and scaffolds."""
    return [
        KeyInfo(
            name=name,
            required=field.is_required(),
            description=field.description or "",
            choices=_choices(field.annotation),
            examples=tuple(field.examples or ()),
            parts=_parts(field.annotation),
        )
        for name, field in model.model_fields.items()
    ]
