"""How a page image is handed to libtesseract: black-and-white and gray pages as their own bytes (tesserocr's
SetImage would pack them again), any other mode through SetImage. Pure: a recording stand-in for the API."""
from __future__ import annotations

from PIL import Image

from docpipe import ocr


class RecordingApi:
    def __init__(self):
        self.calls = []

    def SetImage(self, image):  # noqa: N802 — tesserocr's names
        self.calls.append(("SetImage", image.mode))

    def SetImageBytes(self, pixels, width, height, bytes_per_pixel, bytes_per_line):  # noqa: N802
        self.calls.append(("SetImageBytes", pixels, width, height, bytes_per_pixel, bytes_per_line))


def test_a_black_and_white_page_goes_as_its_packed_bits():
    page = Image.new("1", (21, 5), 1)
    page.putpixel((0, 0), 0)
    api = RecordingApi()
    kept = ocr.hand_over(api, page)
    assert api.calls == [("SetImageBytes", page.tobytes(), 21, 5, 0, 3)]  # 21 pixels: 3 bytes a row
    assert kept == page.tobytes()


def test_a_gray_page_goes_a_byte_a_pixel():
    page = Image.new("L", (21, 5), 200)
    api = RecordingApi()
    ocr.hand_over(api, page)
    assert api.calls == [("SetImageBytes", page.tobytes(), 21, 5, 1, 21)]


def test_bytes_already_taken_are_handed_over_as_they_are():
    page = Image.new("1", (16, 2), 1)
    taken = page.tobytes()
    api = RecordingApi()
    assert ocr.hand_over(api, page, taken) is taken
    assert api.calls[0][1] is taken


def test_a_colour_page_goes_through_set_image():
    api = RecordingApi()
    assert ocr.hand_over(api, Image.new("RGB", (8, 8), "white")) is None
    assert api.calls == [("SetImage", "RGB")]
