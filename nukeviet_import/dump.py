"""Read a NukeViet ``mysqldump`` without a MySQL server: tables, column names and rows.

Why a dedicated reader rather than sqlparse: a dump is a few statement shapes (``CREATE TABLE``,
``INSERT INTO ... VALUES (...),(...);``, comments, ``SET``/``LOCK`` lines), and the data is in string
literals with MySQL's escaping; a small byte-level tokenizer reads 10 MB in about a second where a
general SQL parser builds a token tree per value. The reader works on bytes so that each string literal
is decoded on its own: UTF-8 first, then the legacy Vietnamese encodings (``portal.text.legacy``), NFC.

The whole dump is read before anything is imported, so a dump that is not SQL or is cut short raises
``DumpError`` (in Vietnamese) and the portal is left untouched.
"""

import re
from dataclasses import dataclass, field

from portal.text.legacy import decode_bytes

_ESCAPES = {
    ord("0"): b"\0",
    ord("n"): b"\n",
    ord("r"): b"\r",
    ord("t"): b"\t",
    ord("b"): b"\b",
    ord("Z"): b"\x1a",
    ord("\\"): b"\\",
    ord("'"): b"'",
    ord('"'): b'"',
    ord("%"): b"\\%",  # MySQL keeps the backslash of \% and \_ (LIKE patterns)
    ord("_"): b"\\_",
}
_SPECIAL = re.compile(rb"['\"`;]|--|#|/\*")
_STRING_END = re.compile(rb"[\\'\"]")
_NUMBER = re.compile(rb"[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+)")
_WORD = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*")
_CREATE = re.compile(rb"\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?[`\"]?([\w$]+)[`\"]?\s*\(", re.I)
_INSERT = re.compile(
    rb"\s*(?:INSERT|REPLACE)\s+(?:(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|IGNORE)\s+)*(?:INTO\s+)?"
    rb"[`\"]?([\w$]+)[`\"]?\s*(\([^)]*\))?\s*VALUES\s*",
    re.I,
)
_COLUMN_LINE = re.compile(rb"^\s*[`\"]?([\w$]+)[`\"]?\s+[A-Za-z]", re.M)
_KEY_WORDS = {b"PRIMARY", b"KEY", b"UNIQUE", b"INDEX", b"CONSTRAINT", b"FULLTEXT", b"FOREIGN", b"SPATIAL", b"CHECK"}


class DumpError(Exception):
    """The dump can't be used as a whole (message in Vietnamese); nothing has been imported."""


@dataclass
class Table:
    name: str
    columns: list = field(default_factory=list)
    rows: list = field(default_factory=list)  # dicts column -> value (str, int, float or None)


def _line_of(data, position):
    return data.count(b"\n", 0, position) + 1


def decode_text(raw):
    """Bytes of one string literal -> NFC text (UTF-8, else a legacy Vietnamese encoding)."""
    if raw.isascii():
        return raw.decode("ascii")
    return decode_bytes(raw)[0]


def _read_string(data, position):
    """``data[position]`` is a quote; return (bytes of the literal, position after it)."""
    quote = data[position]
    parts = []
    start = position + 1
    while True:
        match = _STRING_END.search(data, start)
        if match is None:
            raise EOFError
        index = match.start()
        char = data[index]
        if char == 0x5C:  # backslash
            if index + 1 >= len(data):
                raise EOFError
            parts.append(data[start:index])
            following = data[index + 1]
            parts.append(_ESCAPES.get(following, bytes([following])))
            start = index + 2
        elif char == quote:
            if index + 1 < len(data) and data[index + 1] == quote:  # '' inside '...'
                parts.append(data[start : index + 1])
                start = index + 2
                continue
            parts.append(data[start:index])
            return b"".join(parts), index + 1
        else:  # the other quote character
            parts.append(data[start : index + 1])
            start = index + 1


def _statement_end(data, position):
    """Position just after the ``;`` ending the statement starting at ``position`` (quotes, comments skipped)."""
    while True:
        match = _SPECIAL.search(data, position)
        if match is None:
            raise EOFError
        token = match.group()
        if token == b";":
            return match.end()
        if token in (b"'", b'"'):
            position = _read_string(data, match.start())[1]
        elif token == b"`":
            end = data.find(b"`", match.end())
            if end < 0:
                raise EOFError
            position = end + 1
        elif token == b"/*":
            end = data.find(b"*/", match.end())
            if end < 0:
                raise EOFError
            position = end + 2
        else:  # -- or # comment: to the end of the line
            end = data.find(b"\n", match.end())
            position = len(data) if end < 0 else end + 1


def _skip_space(data, position):
    while position < len(data) and data[position] in b" \t\r\n":
        position += 1
    return position


def _values(data, position, end, table_name):
    """Parse ``(v, v), (v, v)`` between ``position`` and ``end``: a list of tuples."""
    rows = []
    while True:
        position = _skip_space(data, position)
        if position >= end or data[position] != 0x28:  # (
            raise DumpError(f"Câu lệnh INSERT của bảng “{table_name}” sai cú pháp (dòng {_line_of(data, position)}).")
        position += 1
        row = []
        while True:
            position = _skip_space(data, position)
            char = data[position]
            if char in (0x27, 0x22):  # ' or "
                raw, position = _read_string(data, position)
                row.append(decode_text(raw))
            else:
                number = _NUMBER.match(data, position)
                if number:
                    text = number.group()
                    row.append(int(text) if re.fullmatch(rb"[-+]?\d+", text) else float(text))
                    position = number.end()
                else:
                    word = _WORD.match(data, position)
                    if word is None:
                        line = _line_of(data, position)
                        raise DumpError(f"Giá trị không đọc được trong bảng “{table_name}” (dòng {line}).")
                    upper = word.group().upper()
                    row.append(None if upper == b"NULL" else {b"TRUE": 1, b"FALSE": 0}.get(upper, upper.decode()))
                    position = word.end()
            position = _skip_space(data, position)
            char = data[position]
            position += 1
            if char == 0x2C:  # ,
                continue
            if char == 0x29:  # )
                break
            raise DumpError(f"Câu lệnh INSERT của bảng “{table_name}” sai cú pháp (dòng {_line_of(data, position)}).")
        rows.append(row)
        position = _skip_space(data, position)
        if data[position] == 0x2C:
            position += 1
            continue
        return rows


def _create_columns(body):
    columns = []
    for match in _COLUMN_LINE.finditer(body):
        name = match.group(1)
        if name.upper() in _KEY_WORDS:
            continue
        columns.append(name.decode())
    return columns


def read_dump(data):
    """Every table of a dump (bytes): ``{name: Table}``. Raises ``DumpError`` for a dump that can't be used."""
    if isinstance(data, str):
        data = data.encode()
    tables = {}
    position = 0
    statements = 0
    while True:
        position = _skip_space(data, position)
        # Skip comments between statements.
        while data.startswith((b"--", b"#", b"/*"), position):
            if data.startswith(b"/*", position) and not data.startswith(b"/*!", position):
                end = data.find(b"*/", position)
                position = len(data) if end < 0 else end + 2
            elif data.startswith(b"/*!", position):
                break  # a versioned statement: /*!40101 SET ... */;
            else:
                end = data.find(b"\n", position)
                position = len(data) if end < 0 else end + 1
            position = _skip_space(data, position)
        if position >= len(data):
            break
        start = position
        try:
            end = _statement_end(data, position)
        except EOFError:
            line = _line_of(data, start)
            if not statements and not (_CREATE.match(data, start) or _INSERT.match(data, start)):
                raise DumpError(
                    "Tệp không phải bản sao lưu SQL (mysqldump) của NukeViet: không có câu lệnh SQL nào."
                ) from None
            raise DumpError(
                f"Bản sao lưu bị cắt cụt: câu lệnh bắt đầu ở dòng {line} chưa kết thúc. "
                "Hãy xuất lại cơ sở dữ liệu (mysqldump) và thử lại; chưa có gì được nhập."
            ) from None
        statement_text = data[start:end]
        create = _CREATE.match(statement_text)
        insert = None if create else _INSERT.match(statement_text)
        if create:
            name = create.group(1).decode()
            tables[name] = Table(name, _create_columns(statement_text[create.end() :]))
            statements += 1
        elif insert:
            name = insert.group(1).decode()
            table = tables.setdefault(name, Table(name))
            columns = table.columns
            if insert.group(2):
                columns = [c.strip(' `"') for c in insert.group(2)[1:-1].decode().split(",")]
            try:
                values = _values(data, start + insert.end(), end, name)
            except (EOFError, IndexError):
                raise DumpError(
                    f"Bản sao lưu bị cắt cụt hoặc hỏng trong bảng “{name}” (dòng {_line_of(data, start)}); "
                    "chưa có gì được nhập."
                ) from None
            for values_row in values:
                if len(values_row) != len(columns):
                    raise DumpError(
                        f"Bảng “{name}”: một dòng có {len(values_row)} giá trị nhưng bảng có {len(columns)} cột "
                        f"(dòng {_line_of(data, start)})."
                    )
                table.rows.append(dict(zip(columns, values_row, strict=True)))
            statements += 1
        elif not re.match(
            rb"\s*(?:/\*!|SET|LOCK|UNLOCK|DROP|USE|START|COMMIT|BEGIN|ALTER|DELIMITER)", statement_text, re.I
        ):
            raise DumpError(
                f"Tệp không phải bản sao lưu SQL (mysqldump) của NukeViet: câu lệnh không hiểu được ở dòng "
                f"{_line_of(data, start)}."
            )
        position = end
    if not statements:
        raise DumpError("Tệp không phải bản sao lưu SQL (mysqldump) của NukeViet: không có bảng nào.")
    return tables
