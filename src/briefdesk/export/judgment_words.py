"""A template that prints a judgment's statement but never its estimative words.

Why (newcomer14 N14-20): a user template printed ``{{ j.sentence }}`` (named like
``d.sentence``, a whole key point) and shipped every judgment with no likelihood or confidence;
``templates check`` said nothing. The check now warns and names the field that prints the whole
judgment (``j.line``).
"""

from __future__ import annotations

import re

_LOOP = re.compile(r"\{%-?\s*(?:p\s+|tr\s+|tc\s+)?for\s+(\w+)\s+in\s+judgments\b")
_ESTIMATE_FIELDS = (
    "line|assessment|estimate|likelihood|likelihood_words|likelihood_label|likelihood_range|"
    "confidence|confidence_text|confidence_label"
)


def judgment_words_warning(text: str) -> str:
    """A warning when a loop over judgments prints the statement alone; "" otherwise."""
    for name in dict.fromkeys(_LOOP.findall(text)):
        said = re.search(rf"\b{name}\.(?:sentence|statement)\b", text)
        weighed = re.search(rf"\b{name}\.(?:{_ESTIMATE_FIELDS})\b", text)
        if said and not weighed:
            return (
                f"judgments are printed without their likelihood or confidence ({name}."
                f"{said.group().split('.')[-1]} is the statement alone): print {{{{ {name}.line"
                f" }}}} for the whole judgment, or add {{{{ {name}.assessment }}}}"
            )
    return ""
