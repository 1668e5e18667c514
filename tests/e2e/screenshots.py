"""Phone screenshots for the README: ``make screenshots`` (``python -m tests.e2e.screenshots docs/screenshots``).

Starts the same real server as the browser tests, takes 360x740 screenshots of
the district home, a school home and the school home with the menu open, and
stores them as small palette PNGs (Pillow, 128 colours) so the repository stays light.
"""

import os
import sys
from pathlib import Path

os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"

from PIL import Image

from tests.e2e import server as e2e_server

PHONE = {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 1, "is_mobile": True, "has_touch": True}


def optimise(path, colours=128):
    with Image.open(path) as image:
        image.convert("RGB").quantize(colors=colours, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def take(live, out_dir):
    from playwright.sync_api import sync_playwright

    school = live.school()
    shots = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=e2e_server.CHROMIUM, args=e2e_server.CHROMIUM_ARGS)
        page = browser.new_context(**PHONE, locale="vi-VN").new_page()
        page.goto(live.url(live.district["schema"]))
        shots.append(("phone-district-home.png", page.screenshot()))
        page.goto(live.url(school["schema"]))
        shots.append(("phone-school-home.png", page.screenshot()))
        page.get_by_role("button", name="Danh mục").tap()
        page.get_by_role("navigation", name="Danh mục chính").wait_for()
        shots.append(("phone-school-menu.png", page.screenshot()))
        browser.close()
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, data in shots:
        path = out_dir / name
        path.write_bytes(data)
        optimise(path)
        print(f"{path} {path.stat().st_size // 1024} KB")


def main():
    out_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    live = e2e_server.start()
    try:
        take(live, out_dir)
    finally:
        e2e_server.stop(live)


if __name__ == "__main__":
    main()
