"""The default synonym groups: education abbreviations, i/y spellings, numerals in "học kỳ" and "lớp".

District staff extend or switch them off in the admin ("Từ đồng nghĩa tìm kiếm"). Only the public
schema holds the table (portal.search is a shared app), so tenant schemas skip the seeding.
"""

from django.db import migrations

NUMBER_WORDS = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

GROUPS = (
    [
        ("THCS, trung học cơ sở", "Cấp học"),
        ("THPT, trung học phổ thông", "Cấp học"),
        ("TH, tiểu học", "Cấp học"),
        ("MN, mầm non", "Cấp học"),
        ("MG, mẫu giáo", "Cấp học"),
        ("GD&ĐT, GDĐT, giáo dục và đào tạo, giáo dục đào tạo", "Cơ quan"),
        ("UBND, ủy ban nhân dân", "Cơ quan"),
        ("HĐND, hội đồng nhân dân", "Cơ quan"),
        ("PGD, PGDĐT, Phòng GD&ĐT, Phòng GDĐT, phòng giáo dục và đào tạo, phòng giáo dục", "Cơ quan"),
        ("SGD, SGDĐT, Sở GD&ĐT, Sở GDĐT, sở giáo dục và đào tạo, sở giáo dục", "Cơ quan"),
        ("BGD, BGDĐT, Bộ GD&ĐT, Bộ GDĐT, bộ giáo dục và đào tạo, bộ giáo dục", "Cơ quan"),
        ("CB-GV-NV, CBGVNV, cán bộ giáo viên nhân viên, cán bộ giáo viên và nhân viên", "Chức danh"),
        ("CB-GV, CBGV, cán bộ giáo viên", "Chức danh"),
        ("HS, học sinh", "Chức danh"),
        ("GV, giáo viên", "Chức danh"),
        ("ATGT, an toàn giao thông", "Chủ đề"),
        ("PCCC, phòng cháy chữa cháy, phòng cháy và chữa cháy", "Chủ đề"),
        ("TT, thông tư", "Loại văn bản"),
        ("NĐ, nghị định", "Loại văn bản"),
        ("QĐ, quyết định", "Loại văn bản"),
        ("CV, công văn", "Loại văn bản"),
        ("kì, kỳ", "Cách viết i/y"),
        ("lí, lý", "Cách viết i/y"),
        ("HK1, HKI, học kỳ I, học kỳ 1, học kỳ một", "Số La Mã, số Ả Rập"),
        ("HK2, HKII, học kỳ II, học kỳ 2, học kỳ hai", "Số La Mã, số Ả Rập"),
    ]
    + [(f"lớp {n}, lớp {word}", "Số và chữ") for n, word in enumerate(NUMBER_WORDS, start=1)]
    + [(f"khối {n}, khối {word}", "Số và chữ") for n, word in enumerate(NUMBER_WORDS, start=1)]
    + [
        (f"tuần {n}, tuần {word}, tuần {roman}", "Số La Mã, số Ả Rập")
        for n, word, roman in zip(range(1, 13), NUMBER_WORDS, ROMAN)
    ]
)


def seed(apps, schema_editor):
    if getattr(schema_editor.connection, "schema_name", "public") != "public":
        return
    SearchSynonym = apps.get_model("portal_search", "SearchSynonym")
    if SearchSynonym.objects.exists():
        return
    SearchSynonym.objects.bulk_create(SearchSynonym(phrases=phrases, note=note) for phrases, note in GROUPS)


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0002_search_synonym")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
