"""pictures: photos published small, upright, in sRGB and without metadata, with variants."""

from __future__ import annotations

import io
import re

from PIL import Image, ImageCms

from conftest import build, make_project, write_tree
from editor_tools.error_catalogue import BASE
from pages import page
from pictures import made
from pictures.made import make

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def phone_photo(width: int = 3000, height: int = 2000) -> bytes:
    """A JPEG as a phone writes it: EXIF with a GPS position, "rotate 90°", and a colour profile."""
    image = Image.new("RGB", (width, height), (200, 90, 40))
    for x in range(0, width, 50):  # some detail, so the encoder has work
        image.paste((30, 120, 200), (x, 0, x + 20, height))
    exif = Image.Exif()
    exif[ORIENTATION] = 6  # the camera was held upright: rotate 90° clockwise to show
    exif[0x010F] = "TelefoonMerk"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (51.0, 2.0, 30.0), 3: "E", 4: (4.0, 25.0, 10.0)})
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif, icc_profile=profile)
    return out.getvalue()


def metadata_of(data: bytes) -> dict:
    with Image.open(io.BytesIO(data)) as image:
        return {"exif": dict(image.getexif()), "info": {k: v for k, v in image.info.items() if k in ("exif", "icc_profile", "xmp", "comment")}, "size": image.size}


def test_a_phone_photo_is_published_upright_small_and_without_its_location(tmp_path):
    files = {
        **BASE,
        "afbeeldingen/plein.jpg": phone_photo(),
        "berichten/plein.md": "---\ntitle: Het plein\ndate: 2025-06-01\ncouncil: sint-anna\nimage: afbeeldingen/plein.jpg\n"
        "image_alt: Het plein met de nieuwe bank\n---\nZie ook ![Het plein van dichtbij](afbeeldingen/plein.jpg).\n",
    }
    project = make_project(tmp_path, write_tree(tmp_path / "src", files))
    result = build(project)
    assert result.returncode == 0, result.stderr
    output = project / "output"
    published = sorted((output / "afbeeldingen").rglob("plein*"))
    assert len(published) > 4
    for path in published:
        found = metadata_of(path.read_bytes())
        assert found["exif"] == {} and found["info"] == {}, path  # no GPS, no camera, no profile
    main = metadata_of((output / "afbeeldingen" / "plein.jpg").read_bytes())
    assert main["size"] == (2000, 3000)  # turned upright; at most 2400 wide, so as large as it was
    assert (output / "afbeeldingen" / "plein.jpg").stat().st_size < len(files["afbeeldingen/plein.jpg"])
    # The page: width and height (nothing jumps), srcset in WebP and JPEG.
    soup = page(output, "/berichten/plein/")
    img = soup.select_one(".post__image img")
    assert (img["width"], img["height"]) == ("2000", "3000")
    widths = [int(w) for w in re.findall(r" (\d+)w", img["srcset"])]
    assert widths == [480, 800, 1200, 1600]
    webp = soup.select_one(".post__image source[type='image/webp']")["srcset"]
    for url in re.findall(r"(\S+) \d+w", webp + ", " + img["srcset"]):
        assert (output / url.lstrip("/")).is_file(), url
    # The picture in the text gets variants too; the editor's own address holds the cleaned picture.
    assert soup.select_one(".post__body picture img")["src"] == "/afbeeldingen/formaten/plein-800.jpg"
    assert (output / "afbeeldingen" / "plein.jpg").is_file()


def test_an_unchanged_picture_is_not_encoded_again(tmp_path):
    data = phone_photo(1600, 1200)
    before = made.ENCODER_CALLS["count"]
    first, files = make(data, "afbeeldingen/x.jpg", tmp_path, (480, 800), 2400, 80)
    encoded = made.ENCODER_CALLS["count"] - before
    assert encoded == 1 + 2 * 2  # the cleaned picture; 480 and 800 wide in WebP and JPEG
    again, files_again = make(data, "afbeeldingen/x.jpg", tmp_path, (480, 800), 2400, 80)
    assert made.ENCODER_CALLS["count"] - before == encoded  # all from the cache
    assert again == first and files_again == files
    # Other settings are another picture.
    make(data, "afbeeldingen/x.jpg", tmp_path, (480, 800), 2400, 70)
    assert made.ENCODER_CALLS["count"] - before == 2 * encoded


def test_the_same_photo_gives_the_same_bytes(tmp_path):
    data = phone_photo(1000, 700)
    _, one = make(data, "afbeeldingen/x.jpg", tmp_path / "a", (480,), 2400, 80)
    _, two = make(data, "afbeeldingen/x.jpg", tmp_path / "b", (480,), 2400, 80)
    assert {url: path.read_bytes() for url, path in one.items()} == {url: path.read_bytes() for url, path in two.items()}


def test_transparency_is_kept_and_a_png_stays_a_png(tmp_path):
    image = Image.new("RGBA", (900, 600), (0, 0, 0, 0))
    image.paste((10, 100, 50, 255), (100, 100, 800, 500))
    out = io.BytesIO()
    image.save(out, "PNG")
    picture, files = make(out.getvalue(), "afbeeldingen/logo.png", tmp_path, (480,), 2400, 80)
    assert picture.fallback_format == "PNG"
    with Image.open(files["afbeeldingen/logo.png"]) as main:
        assert main.mode == "RGBA" and main.getpixel((0, 0))[3] == 0


def test_pictures_in_the_text_get_variants_and_removed_ones_leave_the_cache(tmp_path):
    files = {
        **BASE,
        "afbeeldingen/markt.jpg": phone_photo(1800, 1200),
        "berichten/markt.md": "---\ntitle: Markt\ndate: 2025-06-01\ncouncil: sint-anna\n---\n"
        '![De markt op het plein](afbeeldingen/markt.jpg "Foto: Jan De Smet")\n',
    }
    project = make_project(tmp_path, write_tree(tmp_path / "src", files))
    assert build(project).returncode == 0
    img = page(project / "output", "/berichten/markt/").select_one(".post__body picture img")
    assert (img["width"], img["height"], img["loading"]) == ("1200", "1800", "lazy")  # upright
    assert img["alt"] == "De markt op het plein" and img["title"] == "Foto: Jan De Smet"
    assert [int(w) for w in re.findall(r" (\d+)w", img["srcset"])] == [480, 800, 1200]
    cache = project / "cache" / "pictures"
    assert len([d for d in cache.iterdir() if d.is_dir()]) == 2  # markt.jpg and BASE's buurtfeest.jpg
    # The picture removed: its variants leave the output and the cache.
    (project / "content" / "afbeeldingen" / "markt.jpg").unlink()
    post = project / "content" / "berichten" / "markt.md"
    post.write_text(post.read_text(encoding="utf-8").split("![", 1)[0] + "Geen foto meer.\n", encoding="utf-8")
    assert build(project).returncode == 0
    assert not list((project / "output" / "afbeeldingen").rglob("markt*"))
    assert len([d for d in cache.iterdir() if d.is_dir()]) == 1


def test_a_photo_credit_and_a_caption_are_shown_under_the_picture(tmp_path):
    files = {
        **BASE,
        "afbeeldingen/plein.jpg": phone_photo(1200, 900),
        "berichten/plein.md": "---\ntitle: Het plein\ndate: 2025-06-01\ncouncil: sint-anna\nimage: afbeeldingen/plein.jpg\n"
        "image_alt: Het plein met de nieuwe bank\nimage_credit: \"Foto: Jan De Smet (CC BY 4.0)\"\n---\n"
        "Tekst.\n\n![Kinderen op de bank](afbeeldingen/plein.jpg \"De bank werd meteen in gebruik genomen\")\n",
    }
    project = make_project(tmp_path, write_tree(tmp_path / "src", files))
    assert build(project).returncode == 0
    soup = page(project / "output", "/berichten/plein/")
    assert soup.select_one(".post__image figcaption").get_text(strip=True) == "Foto: Jan De Smet (CC BY 4.0)"
    figure = soup.select_one(".post__body figure.post__figure")
    assert figure.figcaption.get_text(strip=True) == "De bank werd meteen in gebruik genomen"
    assert figure.select_one("img")["alt"] == "Kinderen op de bank"
    assert figure.parent.name != "p"  # a figure is never inside a paragraph


def test_an_iphone_photo_in_heic_is_published_as_jpeg_and_webp(tmp_path):
    from pillow_heif import register_heif_opener

    register_heif_opener()
    image = Image.new("RGB", (1500, 1000), (60, 120, 180))
    exif = Image.Exif()
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (51.0, 2.0, 30.0)})
    out = io.BytesIO()
    image.save(out, "HEIF", quality=80, exif=exif.tobytes())
    files = {
        **BASE,
        "afbeeldingen/iphone.heic": out.getvalue(),
        "berichten/iphone.md": "---\ntitle: Van een iPhone\ndate: 2025-06-01\ncouncil: sint-anna\nimage: afbeeldingen/iphone.heic\n"
        "image_alt: Een blauwe lucht boven het plein\n---\nTekst.\n",
    }
    project = make_project(tmp_path, write_tree(tmp_path / "src", files))
    result = build(project)
    assert result.returncode == 0, result.stderr
    output = project / "output"
    assert not list(output.rglob("*.heic"))  # browsers do not show HEIC
    img = page(output, "/berichten/iphone/").select_one(".post__image img")
    assert img["src"].endswith(".jpg") and (img["width"], img["height"]) == ("1500", "1000")
    for path in (output / "afbeeldingen" / "formaten").glob("iphone*"):
        found = metadata_of(path.read_bytes())
        assert found["exif"] == {} and found["info"] == {}, path
    assert (output / "afbeeldingen" / "formaten" / "iphone.jpg").is_file()


def test_every_photo_on_the_example_site_has_its_size_and_variants(example_site):
    """Nothing jumps while loading: every <img> of a photo has width, height and a srcset."""
    from pages import html_pages

    photos = 0
    for path in html_pages(example_site):
        html = path.read_text(encoding="utf-8")
        for tag in re.findall(r"<img\b[^>]*>", html):
            src = re.search(r'src="([^"]*)"', tag).group(1)
            if src.endswith(".svg"):
                continue  # a drawing scales without variants
            photos += 1
            assert re.search(r'\bwidth="\d+"', tag) and re.search(r'\bheight="\d+"', tag), (path, tag)
            assert 'srcset="' in tag, (path, tag)
    assert photos > 3
