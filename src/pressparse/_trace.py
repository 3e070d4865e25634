"""Decision trace: what each stage did to which element, recorded only when explain asks."""

from __future__ import annotations

from typing import Literal

import attrs
from lxml.html import HtmlElement

__all__ = ["TRACE_ID", "Trace", "TraceEvent"]

#: The attribute that numbers elements in document order while a trace is recorded.
TRACE_ID = "data-pp-id"

Action = Literal["drop", "keep", "field", "figure", "quote", "note"]


@attrs.frozen
class TraceEvent:
    """One decision: ``action`` taken on element ``element_id`` because of ``rule``."""

    element_id: str | None
    action: Action
    rule: str
    detail: str = ""


@attrs.define
class Trace:
    """A recorder the pipeline stages write to when it is given; ``None`` means no recording.

    Stages call ``trace.record(...)`` only behind ``if trace is not None``, so parsing without a
    trace costs nothing.
    """

    events: list[TraceEvent] = attrs.field(factory=list)

    @staticmethod
    def number(root: HtmlElement) -> None:
        """Give every element a stable id (its index in document order)."""
        for index, element in enumerate(root.iter()):
            if isinstance(element.tag, str):
                element.set(TRACE_ID, str(index))

    def record(
        self, element: HtmlElement | None, action: Action, rule: str, detail: str = ""
    ) -> None:
        element_id = None if element is None else element.get(TRACE_ID)
        self.events.append(TraceEvent(element_id, action, rule, detail))
