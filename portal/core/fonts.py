"""A TrueType font that has every Vietnamese letter, for generated PDFs (disclosure export, demo) and images.

Debian's DejaVu fonts (``fonts-dejavu-core``, on every machine of the project's kind and pulled in
by Chromium) when present; otherwise Roboto from the ``font-roboto`` package (a runtime dependency in
pyproject.toml since the disclosure's PDF export needs it), so a fresh machine needs nothing more.
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
