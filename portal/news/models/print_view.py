"""Kept for the migration history only: the news page types' first migration names this mixin among
their bases. Print and save are now the same for every page (``?in=1``, ``?luu=html``;
portal.core.context_processors and portal.core.page_tools), so the mixin adds nothing.
"""


class PrintableMixin:
    """No behaviour: see the module docstring."""
