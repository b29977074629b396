"""The kinds of content files: every key of each, in one place, and which folder holds what.

The models read the value types (:mod:`.values`) and the closed lists
(:mod:`.vocabulary`); docs and scaffolds read them through :func:`keys_of`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    field_validator,
)

from site_rules.clock import QUARTER_RE

from .values import (
    Day,
    Email,
    MarkdownText,
    Moment,
    Picture,
    PostDate,
    Slug,
    SlugList,
    Text,
    TextList,
    Url,
    UrlOrEmail,
    WholeCount,
    _alt_required,
    _ordered,
)
from .vocabulary import (
    FOLLOW_UP_STATUSES,
    HORIZONS,
    OUTCOMES,
    PRIORITIES,
    STAGES,
    STATUSES,
)


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
        description="publicatiedatum: JJJJ-MM-DD of JJJJ-MM-DD UU:MM; een datum in de toekomst houdt het bericht tegen tot dan (gepland)",
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
    image_credit: Text | None = Field(
        None,
        description="wie de foto maakte, en de licentie als die niet van jullie is; staat onder de foto, ook in de wijkkrant",
        examples=["Foto: Jan De Smet"],
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
    """A page (``paginas/``): of the whole site, or of one or more councils."""

    title: Text = Field(description="titel", examples=["Over ons"])
    council: SlugList = Field(
        default_factory=list,
        description="de raad waar deze pagina bij hoort (niet verplicht): de pagina staat dan ook op de pagina van die raad",
        examples=["sint-anna"],
    )
    date: PostDate | None = Field(
        None,
        description="datum (niet verplicht); een datum in de toekomst houdt de pagina tegen tot dan (gepland)",
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
    image_credit: Text | None = Field(
        None,
        description="wie de foto maakte, en de licentie als die niet van jullie is; staat onder de foto",
        examples=["Foto: Marleen Peeters"],
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
    date: PostDate = Field(
        description="verschijningsdatum; een datum in de toekomst houdt de editie tegen tot dan (gepland)",
        examples=["2025-07-01"],
    )
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

