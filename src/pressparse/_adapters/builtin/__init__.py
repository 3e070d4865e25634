"""The built-in adapters, one module per site family: the press-release wires.

They are registered with origin ``"built-in"`` the first time the registry is consulted, and an
adapter of yours that claims the same domain takes precedence over them (see
``pressparse._adapters.registry``).
"""

from __future__ import annotations

from pressparse._adapters.base import SiteAdapter
from pressparse._adapters.builtin._wire import WireAdapter
from pressparse._adapters.builtin.businesswire import BUSINESS_WIRE
from pressparse._adapters.builtin.globenewswire import GLOBENEWSWIRE
from pressparse._adapters.builtin.prnewswire import PR_NEWSWIRE

__all__ = ["BUILTIN_ADAPTERS", "BUSINESS_WIRE", "GLOBENEWSWIRE", "PR_NEWSWIRE", "WireAdapter"]

BUILTIN_ADAPTERS: tuple[SiteAdapter, ...] = (BUSINESS_WIRE, GLOBENEWSWIRE, PR_NEWSWIRE)
