"""Turning pydantic's findings into Dutch sentences an editor understands."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import BaseModel

# pydantic's built-in error types, in plain Dutch. Our own value types raise
# PydanticCustomError with a Dutch message already (see schema/values.py).
BUILTIN_MESSAGES = {
    "missing": "ontbreekt; deze sleutel is verplicht",
    "string_type": "moet tekst zijn",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "int_from_float": "moet een geheel getal zijn",
    "float_type": "moet een getal zijn (zonder €-teken of punt voor duizendtallen)",
    "float_parsing": "moet een getal zijn (zonder €-teken of punt voor duizendtallen)",
    "greater_than_equal": "mag niet negatief zijn",
    "finite_number": "moet een gewoon getal zijn (niet oneindig of 'nan')",
    "list_type": "moet een lijst zijn (regels die beginnen met '- ')",
    "dict_type": "moet een groep sleutels zijn (ingesprongen regels 'sleutel: waarde')",
    "model_type": "moet een groep sleutels zijn (ingesprongen regels 'sleutel: waarde')",
    "model_attributes_type": "moet een groep sleutels zijn (ingesprongen regels 'sleutel: waarde')",
    "bool_type": "moet ja of nee zijn",
}


# Where a key sits, as an editor counts: "follow_up, nr. 2, status" is the
# key status of the second step under follow_up (no "[1]", counted from 1).
ITEM = "nr. {}"
KEY_SEPARATOR = ", "
# What messages call the block of keys at the top of a file (YAML "front
# matter"): the editors' guide explains it under "Zo werkt het".
TOP_KEYS = "sleutels bovenaan"


def key_path(loc: tuple[Any, ...]) -> str:
    """``('follow_up', 1, 'status')`` -> ``follow_up, nr. 2, status`` (counting from 1)."""
    parts = [ITEM.format(part + 1) if isinstance(part, int) else str(part) for part in loc]
    return KEY_SEPARATOR.join(parts) or TOP_KEYS


def _allowed_keys(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The keys allowed at the place of an unknown key, for a suggestion."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        annotation = field.annotation
        for candidate in (annotation, *getattr(annotation, "__args__", ())):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                current = candidate
                break
    return list(getattr(current, "model_fields", {}))


def describe(error: dict[str, Any], model: type[BaseModel]) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, error["loc"])
        close = difflib.get_close_matches(str(error["loc"][-1]), allowed, n=1)
        hint = f"; bedoel je '{close[0]}'?" if close else f"; toegelaten: {', '.join(allowed)}"
        return f"onbekende sleutel{hint}"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        expected = expected.replace(" or ", ", ").replace("'", "")
        return f"'{error['input']}' is geen toegelaten waarde{suggestion(error['input'], expected.split(', '))}; kies uit: {expected}"
    if kind in BUILTIN_MESSAGES:
        return BUILTIN_MESSAGES[kind]
    # Our own PydanticCustomError messages are Dutch already.
    return error["msg"]


def suggestion(value: Any, allowed: list[str]) -> str:
    """" (bedoel je 'noord'?)" when ``value`` is close to one allowed value, else ""."""
    close = difflib.get_close_matches(str(value).strip().lower(), [str(a) for a in allowed], n=1, cutoff=0.75)
    return f" (bedoel je '{close[0]}'?)" if close else ""
