"""A tiny PDF writer for Vietnamese text: demo attachments and test fixtures, no extra dependency.

Why: the demo needs real, small, readable PDFs (the register's files) and the tests need PDFs whose text
layer is known. The standard 14 PDF fonts cannot show Vietnamese letters, so a TrueType font found on the
machine (DejaVu Serif/Sans, Liberation, Noto) is embedded as a CID font (Identity-H) with a ToUnicode map,
which is what makes the text both visible and extractable. Only the glyphs used are kept (the others are
emptied), so a one-page letter weighs a few dozen KB instead of the font's 700 KB.

Without any TrueType font the writer falls back to Helvetica with a custom encoding plus ToUnicode: the
text still extracts correctly, though viewers may draw Vietnamese letters with a substitute glyph.
References: ISO 32000-1 §9.7 (composite fonts), §9.10 (ToUnicode); the OpenType spec for the tables read.
"""

import functools
import os
import struct
import zlib
from dataclasses import dataclass

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSerif.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
)
PAGE_WIDTH, PAGE_HEIGHT, MARGIN = 595, 842, 56  # A4 in points
KEPT_TABLES = (b"head", b"hhea", b"maxp", b"hmtx", b"loca", b"glyf", b"cvt ", b"fpgm", b"prep", b"cmap", b"OS/2")


@dataclass(frozen=True)
class Line:
    text: str
    size: float = 12
    align: str = "left"  # "left" or "center"


class TrueTypeFont:
    """The few tables of a TrueType font that a PDF writer needs: metrics, cmap, glyph outlines."""

    def __init__(self, data):
        self.data = data
        num_tables = struct.unpack(">H", data[4:6])[0]
        self.tables = {}
        for i in range(num_tables):
            tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
            self.tables[tag] = data[offset : offset + length]
        head, hhea = self.tables[b"head"], self.tables[b"hhea"]
        self.units_per_em = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">4h", head[36:44])
        self.long_loca = struct.unpack(">h", head[50:52])[0] == 1
        self.ascent, self.descent = struct.unpack(">2h", hhea[4:8])
        num_metrics = struct.unpack(">H", hhea[34:36])[0]
        self.num_glyphs = struct.unpack(">H", self.tables[b"maxp"][4:6])[0]
        hmtx = self.tables[b"hmtx"]
        self.advances = [struct.unpack(">H", hmtx[4 * i : 4 * i + 2])[0] for i in range(num_metrics)]
        self.cmap = self._read_cmap()

    def _read_cmap(self):
        cmap = self.tables[b"cmap"]
        count = struct.unpack(">H", cmap[2:4])[0]
        for i in range(count):
            platform, encoding, offset = struct.unpack(">HHI", cmap[4 + 8 * i : 12 + 8 * i])
            unicode_bmp = (platform, encoding) in ((3, 1), (0, 3), (0, 4))
            if unicode_bmp and struct.unpack(">H", cmap[offset : offset + 2])[0] == 4:
                return self._read_format4(cmap, offset)
        raise ValueError("TrueType font without a Unicode BMP cmap (format 4)")

    @staticmethod
    def _read_format4(cmap, offset):
        seg_count = struct.unpack(">H", cmap[offset + 6 : offset + 8])[0] // 2
        ends_at = offset + 14
        starts_at = ends_at + 2 * seg_count + 2
        deltas_at = starts_at + 2 * seg_count
        ranges_at = deltas_at + 2 * seg_count
        mapping = {}
        for seg in range(seg_count):
            end = struct.unpack(">H", cmap[ends_at + 2 * seg : ends_at + 2 * seg + 2])[0]
            start = struct.unpack(">H", cmap[starts_at + 2 * seg : starts_at + 2 * seg + 2])[0]
            delta = struct.unpack(">h", cmap[deltas_at + 2 * seg : deltas_at + 2 * seg + 2])[0]
            range_pos = ranges_at + 2 * seg
            range_offset = struct.unpack(">H", cmap[range_pos : range_pos + 2])[0]
            for code in range(start, min(end, 0xFFFE) + 1):
                if range_offset == 0:
                    glyph = (code + delta) & 0xFFFF
                else:
                    at = range_pos + range_offset + 2 * (code - start)
                    glyph = struct.unpack(">H", cmap[at : at + 2])[0]
                    glyph = (glyph + delta) & 0xFFFF if glyph else 0
                if glyph:
                    mapping[code] = glyph
        return mapping

    def glyph(self, char):
        return self.cmap.get(ord(char), self.cmap.get(ord("?"), 0))

    def advance(self, glyph):
        return self.advances[min(glyph, len(self.advances) - 1)]

    def _glyph_range(self, glyph):
        loca = self.tables[b"loca"]
        if self.long_loca:
            return struct.unpack(">II", loca[4 * glyph : 4 * glyph + 8])
        start, end = struct.unpack(">HH", loca[2 * glyph : 2 * glyph + 4])
        return start * 2, end * 2

    def _components(self, glyph):
        start, end = self._glyph_range(glyph)
        data = self.tables[b"glyf"][start:end]
        if len(data) < 10 or struct.unpack(">h", data[:2])[0] >= 0:
            return []
        found, pos = [], 10
        while True:
            flags, component = struct.unpack(">HH", data[pos : pos + 4])
            found.append(component)
            pos += 4 + (4 if flags & 0x0001 else 2)
            pos += 2 if flags & 0x0008 else 4 if flags & 0x0040 else 8 if flags & 0x0080 else 0
            if not flags & 0x0020:
                return found

    def subset(self, glyphs):
        """The font file with every glyph outside ``glyphs`` (and their components) emptied."""
        keep, todo = {0}, list(glyphs)
        while todo:
            glyph = todo.pop()
            if glyph not in keep and glyph < self.num_glyphs:
                keep.add(glyph)
                todo.extend(self._components(glyph))
        glyf, offsets = bytearray(), []
        for glyph in range(self.num_glyphs):
            offsets.append(len(glyf))
            if glyph in keep:
                start, end = self._glyph_range(glyph)
                glyf += self.tables[b"glyf"][start:end]
                glyf += b"\0" * (-len(glyf) % 4)
        offsets.append(len(glyf))
        head = bytearray(self.tables[b"head"])
        head[8:12] = b"\0\0\0\0"  # checkSumAdjustment: not needed inside a PDF
        head[50:52] = struct.pack(">h", 1)  # long loca offsets
        tables = {tag: data for tag, data in self.tables.items() if tag in KEPT_TABLES}
        tables.update({b"glyf": bytes(glyf), b"loca": struct.pack(f">{len(offsets)}I", *offsets), b"head": bytes(head)})
        return _build_sfnt(tables)


def _checksum(data):
    padded = data + b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF


def _build_sfnt(tables):
    tags = sorted(tables)
    directory = bytearray(struct.pack(">IHHHH", 0x00010000, len(tags), 0, 0, 0))
    offset, body = 12 + 16 * len(tags), bytearray()
    for tag in tags:
        data = tables[tag]
        directory += struct.pack(">4sIII", tag, _checksum(data), offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    return bytes(directory + body)


@functools.lru_cache(maxsize=4)
def load_font(path):
    with open(path, "rb") as handle:
        return TrueTypeFont(handle.read())


def find_font():
    for path in (os.environ.get("DOCUMENTS_PDF_FONT", ""), *FONT_CANDIDATES):
        if path and os.path.isfile(path):
            try:
                return load_font(path)
            except (ValueError, struct.error, IndexError):
                continue
    return None


def _pdf_string(text):
    """A PDF text string (UTF-16BE with BOM) as a hex literal, for the document information."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _to_unicode_cmap(pairs, two_bytes):
    """ToUnicode CMap mapping 2-byte (CID) or 1-byte codes to Unicode."""
    width = 4 if two_bytes else 2
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<{'0' * width}> <{'F' * width}>",
        "endcodespacerange",
    ]
    pairs = sorted(pairs)
    for start in range(0, len(pairs), 100):
        chunk = pairs[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{code:0{width}X}> <{text.encode('utf-16-be').hex().upper()}>" for code, text in chunk]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


class _Writer:
    def __init__(self):
        self.objects = []

    def add(self, body):
        self.objects.append(body if isinstance(body, bytes) else body.encode("latin-1"))
        return len(self.objects)

    def stream(self, data, extra=""):
        packed = zlib.compress(data, 9)
        return self.add(
            f"<< /Length {len(packed)} /Filter /FlateDecode {extra}>>\nstream\n".encode() + packed + b"\nendstream"
        )

    def output(self, root, info):
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.objects, start=1):
            offsets.append(len(out))
            out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objects) + 1}\n0000000000 65535 f \n".encode()
        out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
        out += (
            f"trailer\n<< /Size {len(self.objects) + 1} /Root {root} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n"
        ).encode()
        return bytes(out)


class _Encoder:
    """Turns text into PDF string bytes and widths, for the embedded font or the Helvetica fallback."""

    def __init__(self, font):
        self.font = font
        self.used = {}  # code -> character
        self.codes = {}  # fallback single-byte codes of non-ASCII characters

    def code(self, char):
        if self.font is not None:
            glyph = self.font.glyph(char)
            self.used.setdefault(glyph, char)
            return glyph
        if 32 <= ord(char) < 127:
            self.used.setdefault(ord(char), char)
            return ord(char)
        if char not in self.codes:
            if len(self.codes) >= 128:
                return ord("?")
            self.codes[char] = 128 + len(self.codes)
        self.used.setdefault(self.codes[char], char)
        return self.codes[char]

    def width(self, text, size):
        if self.font is None:
            return 0.5 * size * len(text)
        return sum(self.font.advance(self.font.glyph(c)) for c in text) * size / self.font.units_per_em

    def show(self, text):
        if self.font is not None:
            return "<" + "".join(f"{self.code(c):04X}" for c in text) + ">"
        return "<" + "".join(f"{self.code(c):02X}" for c in text) + ">"


def _wrap(encoder, text, size, width):
    words, lines, current = text.split(" "), [], ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if current and encoder.width(candidate, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


def _page_stream(encoder, lines):
    ops, y = ["BT"], PAGE_HEIGHT - MARGIN
    usable = PAGE_WIDTH - 2 * MARGIN
    for line in lines:
        line = line if isinstance(line, Line) else Line(str(line))
        for part in _wrap(encoder, line.text, line.size, usable) if line.text else [""]:
            y -= line.size * 1.4
            if y < MARGIN:
                break
            x = MARGIN + (usable - encoder.width(part, line.size)) / 2 if line.align == "center" else MARGIN
            ops.append(f"/F1 {line.size:g} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm {encoder.show(part)} Tj")
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


def _font_objects(writer, encoder):
    font = encoder.font
    to_unicode = writer.stream(_to_unicode_cmap(list(encoder.used.items()), two_bytes=font is not None))
    if font is None:
        differences = " ".join(
            f"{code} /uni{ord(char):04X}" for char, code in sorted(encoder.codes.items(), key=lambda i: i[1])
        )
        encoding = writer.add(f"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [{differences}] >>")
        return writer.add(
            f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding {encoding} 0 R "
            f"/ToUnicode {to_unicode} 0 R >>"
        )
    program = font.subset(encoder.used)
    file_obj = writer.stream(program, f"/Length1 {len(program)} ")
    scale = 1000 / font.units_per_em
    bbox = " ".join(str(round(v * scale)) for v in font.bbox)
    descriptor = writer.add(
        f"<< /Type /FontDescriptor /FontName /AAAAAA+PortalFont /Flags 32 /FontBBox [{bbox}] /ItalicAngle 0 "
        f"/Ascent {round(font.ascent * scale)} /Descent {round(font.descent * scale)} "
        f"/CapHeight {round(font.ascent * scale)} /StemV 80 /FontFile2 {file_obj} 0 R >>"
    )
    widths = " ".join(f"{glyph} [{round(font.advance(glyph) * scale)}]" for glyph in sorted(encoder.used))
    cid_font = writer.add(
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+PortalFont "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        f"/FontDescriptor {descriptor} 0 R /W [{widths}] /CIDToGIDMap /Identity >>"
    )
    return writer.add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+PortalFont /Encoding /Identity-H "
        f"/DescendantFonts [{cid_font} 0 R] /ToUnicode {to_unicode} 0 R >>"
    )


def make_pdf(pages, *, title="", font=None, use_font=True):
    """A PDF (bytes) with one page per item of ``pages``; each page is a list of ``Line`` or strings.

    Long lines are wrapped to the A4 text width; text beyond the bottom margin is dropped.
    """
    encoder = _Encoder(font or (find_font() if use_font else None))
    streams = [_page_stream(encoder, lines) for lines in pages]
    writer = _Writer()
    font_ref = _font_objects(writer, encoder)
    pages_ref = len(writer.objects) + 1 + 2 * len(streams)
    kids = []
    for stream in streams:
        content = writer.stream(stream)
        kids.append(
            writer.add(
                f"<< /Type /Page /Parent {pages_ref} 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                f"/Resources << /Font << /F1 {font_ref} 0 R >> >> /Contents {content} 0 R >>"
            )
        )
    writer.add(f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>")
    root = writer.add(f"<< /Type /Catalog /Pages {pages_ref} 0 R /Lang (vi-VN) >>")
    info = writer.add(f"<< /Title {_pdf_string(title)} /Producer (Cong thong tin dien tu - documents.pdfgen) >>")
    return writer.output(root, info)
