"""A TrueType font that has every Vietnamese letter, for the demo's PDFs and banner images.

Debian's DejaVu fonts (``fonts-dejavu-core``, on every machine of the project's kind and pulled in
by Chromium) when present; otherwise Roboto from the ``font-roboto`` package (a dev dependency in
pyproject.toml), so a fresh machine needs nothing beyond ``pip install -e .[dev]``.
"""

from pathlib import Path

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def _roboto(style):
    import font_roboto

    return Path(font_roboto.font_directory) / f"Roboto-{style}.ttf"


def serif():
    """Body text of the demo documents (a serif, like the Times New Roman of official letters)."""
    path = DEJAVU / "DejaVuSerif.ttf"
    return path if path.exists() else _roboto("Regular")


def sans_bold():
    """Titles drawn on the demo banner images."""
    path = DEJAVU / "DejaVuSans-Bold.ttf"
    return path if path.exists() else _roboto("Bold")
