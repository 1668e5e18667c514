"""The content of the demo NukeViet site (a school's old website), also the tests' fixture.

``python -m demo.nukeviet.site <folder> [--articles N]`` writes it; ``N`` extra generated articles make
the benchmark's larger dump. Times are Unix seconds, as NukeViet stores them.
"""

import datetime
import io
import sys
import unicodedata
import zoneinfo

from demo.nukeviet.writer import Legacy, write_site

ICT = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def stamp(year, month, day, hour=8):
    return int(datetime.datetime(year, month, day, hour, tzinfo=ICT).timestamp())


def png(color=(200, 30, 30)):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), color).save(buffer, "PNG")
    return buffer.getvalue()


def pdf(text):
    from demo.pdf import make_pdf

    return make_pdf([[text]], title=text)


def site(articles=0):
    rows = {
        "news_cat": [
            {"catid": 1, "title": "Hoạt động chuyên môn", "alias": "hoat-dong-chuyen-mon", "weight": 1, "status": 1},
            {"catid": 2, "title": "Tin tức nhà trường", "alias": "tin-tuc-nha-truong", "weight": 2, "status": 1},
        ],
        "news_sources": [{"sourceid": 1, "title": "Báo Bình Dương", "link": "https://baobinhduong.vn"}],
        "news_rows": [
            {
                "id": 1,
                "catid": 2,
                "listcatid": "2",
                "author": "Nguyễn Văn An",
                "sourceid": 1,
                "status": 1,
                "publtime": stamp(2024, 9, 5, 7),
                "addtime": stamp(2024, 9, 5, 7),
                "title": "Lễ khai giảng năm học 2024-2025",
                "alias": "le-khai-giang-nam-hoc-2024-2025",
                "hometext": "Sáng 5/9, trường tổ chức <b>lễ khai giảng</b>.",
                "homeimgfile": "2024_09/khai-giang.png",
                "homeimgalt": "Lễ chào cờ",
                "homeimgthumb": 1,
            },
            {
                "id": 2,
                "catid": 1,
                "listcatid": "1,2",
                "author": "Trần Thị Bình",
                "status": 1,
                "publtime": stamp(2024, 10, 12),
                "title": unicodedata.normalize("NFD", "Hội thảo đổi mới phương pháp dạy học"),
                "alias": "hoi-thao-doi-moi-phuong-phap-day-hoc",
                "hometext": unicodedata.normalize("NFD", "Tổ Toán tổ chức hội thảo."),
            },
            {
                "id": 3,
                "catid": 2,
                "status": 1,
                "publtime": stamp(2015, 3, 2),
                "title": Legacy("Thông báo lịch thi học kỳ"),
                "alias": "thong-bao-lich-thi",
                "hometext": "Lịch thi học kỳ II.",
            },
            {
                "id": 4,
                "catid": 2,
                "status": 1,
                "publtime": stamp(2016, 1, 4),
                "title": "Bài mất nội dung",
                "alias": "bai-mat-noi-dung",
            },
            {
                "id": 5,
                "catid": 1,
                "status": 0,
                "publtime": stamp(2024, 11, 1),
                "title": "Bản nháp chưa đăng",
                "alias": "ban-nhap",
            },
        ],
        "news_detail": [
            {
                "id": 1,
                "bodyhtml": '<p>Đúng 7 giờ, lễ chào cờ bắt đầu.</p><p><img src="/uploads/news/2024_09/hoc-sinh.png" '
                'alt="Học sinh dự lễ" style="width:100%"> Học sinh dự lễ.</p><p>Xem thêm '
                '<a href="/news/hoat-dong-chuyen-mon/hoi-thao-doi-moi-phuong-phap-day-hoc-2.html">hội thảo</a> '
                'và <a href="/uploads/news/2024_09/ke-hoach.pdf">kế hoạch</a>.</p><script>alert(1)</script>',
                "sourcetext": "Báo Bình Dương",
                "files": "2024_09/ke-hoach.pdf",
            },
            {
                "id": 2,
                "bodyhtml": unicodedata.normalize(
                    "NFD", "<p>Nội dung <b>chưa đóng thẻ <div><table><tr><td>Lớp<td>Sĩ số<tr><td>6A<td>42</table>"
                )
                + '<font color="red">Chữ đỏ<p>Đoạn cuối',
            },
            {"id": 3, "bodyhtml": "<p>Lịch thi từ ngày 10/3.</p>"},
            {"id": 5, "bodyhtml": "<p>Chưa hoàn thành.</p>"},
        ],
        "laws_cat": [
            {"id": 1, "title": "Quyết định", "alias": "quyet-dinh"},
            {"id": 2, "title": "Công văn", "alias": "cong-van"},
        ],
        "laws_subject": [{"id": 1, "title": "Trường THCS Nguyễn Viết Xuân", "alias": "truong"}],
        "laws_area": [{"id": 1, "title": "Giáo dục trung học cơ sở", "alias": "thcs"}],
        "laws_signer": [{"id": 1, "title": "Lê Văn Cường", "positions": "Hiệu trưởng"}],
        "laws_row": [
            {
                "id": 1,
                "title": "Quyết định thành lập Ban biên tập cổng thông tin điện tử",
                "alias": "qd-ban-bien-tap-1",
                "code": "15/QĐ-THCSNVX",
                "cid": 1,
                "sid": 1,
                "sgid": 1,
                "area_ids": "1",
                "status": 1,
                "publtime": stamp(2023, 9, 10),
                "startvalid": stamp(2023, 9, 10),
                "introtext": "Thành lập Ban biên tập.",
                "files": "2023_09/qd-15.pdf,2023_09/danh-sach.pdf",
            },
            {
                "id": 2,
                "title": "Quyết định kiện toàn Ban biên tập",
                "alias": "qd-kien-toan-2",
                "code": "20/QĐ-THCSNVX",
                "cid": 1,
                "sid": 1,
                "sgid": 1,
                "status": 1,
                "publtime": stamp(2024, 9, 3),
                "replacement": "1",
            },
            {
                "id": 3,
                "title": "Văn bản số hiệu hỏng",
                "alias": "so-hong-3",
                "code": "???",
                "status": 1,
                "publtime": stamp(2022, 1, 5),
            },
            {
                "id": 4,
                "title": "Công văn thiếu tệp",
                "alias": "thieu-tep-4",
                "code": "31/THCSNVX-VP",
                "cid": 2,
                "status": 1,
                "publtime": stamp(2022, 2, 1),
                "files": "2022_02/khong-co.pdf",
            },
        ],
        "laws_row_area": [{"row_id": 1, "area_id": 1}],
        "page": [
            {
                "id": 1,
                "title": "Giới thiệu",
                "alias": "gioi-thieu",
                "status": 1,
                "bodytext": "<p>Trường thành lập năm 1995.</p>",
            },
            {
                "id": 2,
                "title": "Liên hệ",
                "alias": "lien-he",
                "status": 1,
                "bodytext": "<p>Điện thoại: 0274 3822 000.</p>",
            },
        ],
    }
    for number in range(articles):
        source_id = 1000 + number
        rows["news_rows"].append(
            {
                "id": source_id,
                "catid": 1 + number % 2,
                "status": 1,
                "publtime": stamp(2020, 1 + number % 12, 1 + number % 28),
                "title": f"Tin hoạt động số {number + 1} của nhà trường",
                "alias": f"tin-hoat-dong-{number + 1}",
                "hometext": "Tóm tắt bản tin.",
                "author": "Tổ Văn phòng",
            }
        )
        rows["news_detail"].append(
            {
                "id": source_id,
                "bodyhtml": "<p>Nội dung <b>bản tin</b> với một đoạn văn.</p>" * 5
                + '<p><img src="/uploads/news/2024_09/hoc-sinh.png"></p>',
            }
        )
    files = {
        "news/2024_09/khai-giang.png": png((30, 120, 200)),
        "news/2024_09/hoc-sinh.png": png(),
        "news/2024_09/ke-hoach.pdf": pdf("Kế hoạch năm học 2024-2025"),
        "laws/2023_09/qd-15.pdf": pdf("Quyết định 15/QĐ-THCSNVX"),
        "laws/2023_09/danh-sach.pdf": pdf("Danh sách Ban biên tập"),
    }
    # A module the importer does not bring (download): listed in the report as not handled.
    extra = (
        "CREATE TABLE `nv4_vi_download` (\n  id int(11) NOT NULL,\n  title varchar(250) NOT NULL,\n"
        "  PRIMARY KEY (id)\n);\nINSERT INTO `nv4_vi_download` VALUES (1,'Phần mềm quản lý trường học');\n"
    ).encode()
    return rows, files, extra


def write(folder, articles=0):
    rows, files, extra = site(articles)
    from demo.nukeviet.writer import dump_bytes

    path = write_site(folder, rows, files)
    path.write_bytes(dump_bytes(rows, extra=extra))
    return path


if __name__ == "__main__":
    count = int(sys.argv[sys.argv.index("--articles") + 1]) if "--articles" in sys.argv else 0
    print(write(sys.argv[1], count))
