"""Filling a translated message's %1, %2 … with values, the way Qt's QString::arg would.

Messages are translated whole (`self.tr("Saved %1 for %2")`) so a translator can move the placeholders; the
values go in afterwards. Doing that with one `str.replace` per placeholder re-scans the values already put in:
a name such as "50%2 off" or a path with "%1" in it would then be corrupted by the next replace. Here every
placeholder is found in the template once and each value is inserted as it is.

Pure Python, so every layer may use it (documents render in a participant's language through it too).
"""

from __future__ import annotations

import re

__all__ = ["fill"]

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """`template` with %1 … %9 replaced by `values` (str() of each), in one pass.

    A placeholder with no value (%0, or %3 when two values are given) is left as it is, as is "%n": a plural
    message gets its count from `tr(source, disambiguation, n)` itself.
    """
    texts = [str(value) for value in values]

    def value_for(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return texts[number - 1] if 1 <= number <= len(texts) else match.group(0)

    return _PLACEHOLDER.sub(value_for, template)
