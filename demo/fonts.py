"""The demo draws with the portal's Vietnamese-capable fonts (:mod:`portal.core.fonts`)."""

from portal.core.fonts import DEJAVU, sans_bold, serif

__all__ = ["DEJAVU", "sans_bold", "serif"]
