"""Reading JSON-LD blocks (<script type="application/ld+json">) leniently.

Some front-end frameworks write the block into an attribute instead: the script's
``children`` attribute (a React head manager rendering server-side) or the content of a
``<meta name="script:ld+json">``; both are read like a script's text.
"""

from __future__ import annotations

import json
from typing import Any

import regex

_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_TRAILING_COMMA = regex.compile(r",\s*([\]}])")
_LINE_COMMENT = regex.compile(r"^\s*//[^\n]*$", regex.MULTILINE)
_MAX_ITEMS = 200  # a page with more nodes than this is a catalogue; the first ones suffice


def _loads(text: str) -> Any:
    try:
        return json.loads(text, strict=False)
    except ValueError:
        pass
    # Common breakage: CDATA wrappers, comments, control characters, trailing commas,
    # several objects glued together, text after the object.
    fixed = text.strip()
    if fixed.startswith("<![CDATA["):
        fixed = fixed[9:].removesuffix("]]>")
    fixed = _LINE_COMMENT.sub("", fixed)
    fixed = _CONTROL.sub(" ", fixed)
    fixed = _TRAILING_COMMA.sub(r"\1", fixed).strip().rstrip(";")
    try:
        return json.loads(fixed, strict=False)
    except ValueError:
        pass
    try:
        return json.loads(f"[{fixed}]", strict=False) if fixed.startswith("{") else None
    except ValueError:
        pass
    # A stray closing brace or other text after a complete object: keep the object.
    try:
        return json.JSONDecoder(strict=False).raw_decode(fixed)[0]
    except ValueError:
        return None


def _flatten(data: Any, out: list[dict]) -> None:
    if len(out) >= _MAX_ITEMS:
        return
    if isinstance(data, list):
        for item in data:
            _flatten(item, out)
    elif isinstance(data, dict):
        graph = data.get("@graph")
        if graph is not None:
            _flatten(graph, out)
            rest = {k: v for k, v in data.items() if k != "@graph"}
            if len(rest) > 1 or (rest and "@context" not in rest):
                out.append(rest)
        else:
            out.append(data)


def read_jsonld(tree) -> list[dict]:
    """Every JSON-LD object of the page, with @graph and lists flattened. Never raises.

    A block that is not valid JSON is repaired where cheap (control characters, trailing
    commas, comments, CDATA) and skipped otherwise.
    """
    try:
        scripts = [s for s in tree.iter("script", "meta") if is_block(s)]
    except Exception:  # a tree we cannot walk has no JSON-LD we can read
        return []
    return parse_scripts(scripts)


# A <meta> whose content is a JSON-LD block (lowercased name).
LD_META_NAME = "script:ld+json"


def is_block(el) -> bool:
    """Whether an element holds a JSON-LD block: a <script type="application/ld+json"> or a
    ``<meta name="script:ld+json">``."""
    if el.tag == "meta":
        return (el.get("name") or "").strip().lower() == LD_META_NAME
    return "ld+json" in (el.get("type") or "")


def block_text(el) -> str | None:
    """The JSON-LD text of a <script> (its text, else its ``children`` attribute) or of a
    ``<meta name="script:ld+json">`` (its content)."""
    if getattr(el, "tag", None) == "meta":
        return el.get("content")
    text = el.text
    if text and not text.isspace():
        return text
    get = getattr(el, "get", None)  # parse_scripts also takes bare objects with a text
    return get("children") if get is not None else None


def parse_scripts(scripts) -> list[dict]:
    """The flattened JSON-LD objects of these <script> (or JSON-LD <meta>) elements.
    Never raises."""
    out: list[dict] = []
    for script in scripts:
        text = block_text(script)
        if not text or not text.strip():
            continue
        try:
            _flatten(_loads(text), out)
        except (ValueError, TypeError, RecursionError):
            continue
    return out


def types_of(item: dict) -> list[str]:
    """The item's @type values, lowercased, without a schema.org prefix."""
    t = item.get("@type")
    values = t if isinstance(t, list) else [t]
    return [v.rsplit("/", 1)[-1].lower() for v in values if isinstance(v, str)]


def text_value(value: Any) -> str | None:
    """A plain string from a JSON-LD value: a string, the first of a list, or @value/name."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list):
        for v in value:
            s = text_value(v)
            if s:
                return s
        return None
    if isinstance(value, dict):
        for key in ("@value", "name", "headline"):
            s = value.get(key)
            if isinstance(s, str) and s.strip():
                return s.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None
