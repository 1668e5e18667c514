"""Banner images for the demo news, drawn with Pillow (no downloaded photos).

Deterministic: the colours come from a ``random.Random`` the caller seeds, the
text is the article title; an image is matched by title so a re-run reuses it.
"""

import io
import textwrap

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

from demo import fonts

WIDTH, HEIGHT = 1200, 675
PALETTES = [
    ((11, 79, 138), (33, 150, 243)),
    ((0, 105, 92), (77, 182, 172)),
    ((183, 28, 28), (239, 108, 0)),
    ((74, 20, 140), (171, 71, 188)),
    ((27, 94, 32), (124, 179, 66)),
    ((13, 71, 161), (0, 172, 193)),
]


def _font(size):
    return ImageFont.truetype(str(fonts.sans_bold()), size)


def draw_banner(title, caption, rng):
    """A 1200x675 JPEG: a diagonal two-colour gradient, circles, the caption and the title."""
    start, end = rng.choice(PALETTES)
    image = PILImage.new("RGB", (WIDTH, HEIGHT), start)
    draw = ImageDraw.Draw(image)
    for x in range(0, WIDTH, 4):
        t = x / WIDTH
        colour = tuple(int(a + (b - a) * t) for a, b in zip(start, end, strict=True))
        draw.rectangle([x, 0, x + 4, HEIGHT], fill=colour)
    for _ in range(6):
        radius = rng.randint(60, 220)
        cx, cy = rng.randint(0, WIDTH), rng.randint(0, HEIGHT)
        draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=(255, 255, 255), width=3)
    draw.rectangle([60, 60, 72, HEIGHT - 60], fill=(255, 255, 255))
    draw.text((100, 80), caption.upper(), font=_font(30), fill=(255, 255, 255))
    lines = textwrap.wrap(title, width=28)[:4]
    y = HEIGHT - 110 - 70 * len(lines)
    for line in lines:
        draw.text((100, y), line, font=_font(58), fill=(255, 255, 255))
        y += 70
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82)
    return buffer.getvalue()


def banner_image(title, caption, slug, rng):
    """The demo image titled ``title`` (created once); ``description`` doubles as its alt text."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    data = draw_banner(title, caption, rng)
    image = Image(title=title, description=f"Ảnh minh họa: {title}")
    image.file = ImageFile(io.BytesIO(data), name=f"{slug}.jpg")
    image.save()
    return image
