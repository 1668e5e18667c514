"""NukeViet article HTML -> the portal's StreamField body (``portal.core.blocks.BodyBlock``).

Why not one rich-text block: the portal keeps images as image blocks (alt text, caption, responsive
renditions) and tables as table blocks, and its rich text allows only ``RICH_TEXT_FEATURES``. The HTML
is parsed by BeautifulSoup's lenient parser (broken HTML from old editors is common), scripts and
styles are dropped, images and tables are lifted out as blocks, and the rest goes through Wagtail's own
rich-text whitelister (``EditorHTMLConverter``), which keeps only the allowed tags and attributes.
"""

import uuid

from bs4 import BeautifulSoup, NavigableString, Tag
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from portal.core.blocks import RICH_TEXT_FEATURES
from portal.text import nfc

_converter = EditorHTMLConverter(features=RICH_TEXT_FEATURES)
_BLOCK_TAGS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "blockquote",
    "hr",
    "pre",
    "section",
    "article",
}
_DROP_TAGS = ["script", "style", "iframe", "object", "embed", "form", "input", "button", "noscript", "meta", "link"]
_HEADINGS = {"h1": "h2", "h5": "h4", "h6": "h4"}


def _block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def _rich(html):
    text = _converter.to_database_format(html).strip()
    if not BeautifulSoup(text, "html.parser").get_text(strip=True) and "<hr" not in text:
        return ""
    return nfc(text)


def _table(tag):
    rows = []
    for row in tag.find_all("tr"):
        cells = [nfc(" ".join(cell.get_text(" ", strip=True).split())) for cell in row.find_all(["td", "th"])]
        if cells:
            rows.append(cells)
    if not rows:
        return None
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    return {
        "data": rows,
        "first_row_is_table_header": bool(tag.find("th")),
        "first_col_is_header": False,
        "table_caption": "",
    }


def html_to_blocks(html, resolver):
    """A list of raw StreamField blocks; ``resolver`` turns old image/file addresses into portal objects.

    ``resolver.image(src)`` -> Wagtail image or None (the missing file is noted by the resolver);
    ``resolver.href(href)`` -> ``(href, document or None)``: a rewritten link, or a Wagtail document.
    """
    soup = BeautifulSoup(html or "", "html.parser")
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(list(_HEADINGS)):
        tag.name = _HEADINGS[tag.name]
    for link in soup.find_all("a"):
        href, document = resolver.href(link.get("href") or "")
        attrs = {"data-linktype": "document", "data-id": str(document.pk)} if document else {"href": href}
        link.attrs = attrs if (document or href) else {}
    blocks = []
    pending = []  # inline HTML waiting for a paragraph

    def flush(wrap=True):
        if pending:
            html_text = _rich(("<p>%s</p>" if wrap else "%s") % "".join(pending))
            if html_text:
                blocks.append(_block("paragraph", html_text))
            pending.clear()

    def lift_images(node):
        images = []
        for img in node.find_all("img") if isinstance(node, Tag) else []:
            image = resolver.image(img.get("src") or "")
            alt = nfc((img.get("alt") or img.get("title") or "").strip())[:255]
            img.decompose()
            if image is not None:
                images.append(_block("image", {"image": image.pk, "alt_text": alt, "caption": "", "attribution": ""}))
        return images

    nodes = list(soup.contents)
    for node in nodes:
        if isinstance(node, NavigableString):
            if str(node).strip() and type(node) is NavigableString:
                pending.append(str(node))
            continue
        if node.name == "img":
            flush()
            blocks.extend(lift_images(BeautifulSoup(str(node), "html.parser")))
            continue
        if node.name == "table":
            flush()
            images = lift_images(node)
            table = _table(node)
            if table:
                blocks.append(_block("table", table))
            blocks.extend(images)
            continue
        images = lift_images(node)
        for inner in node.find_all("table"):  # a table inside a paragraph-like tag: its own block
            table = _table(inner)
            inner.decompose()
            if table:
                images.insert(0, _block("table", table))
        if node.name in _BLOCK_TAGS:
            flush()
            if node.name == "div":
                node.name = "p"
            pending.append(str(node))
            flush(wrap=False)
        else:
            pending.append(str(node))
        if images:
            flush()
            blocks.extend(images)
    flush()
    return blocks
