#!/usr/bin/env python3
"""Regenerates DHMA's icon set from its source drawing, src-tauri/icons/dhma.svg.

    python3 tools/make-icons.py

Each size is rasterised from the SVG by ImageMagick (`convert`, Debian package
`imagemagick`) at exactly that size (no resampling: the drawing sits on a 16-pixel grid, so
the 16 and 32 px icons stay sharp), as 8-bit RGBA PNG. The Windows `.ico` and the macOS
`.icns` are containers of those PNGs, written here with the standard library.
Writes, into src-tauri/icons/: 32x32.png, 128x128.png, 128x128@2x.png, icon.png (1024),
icon.ico (16, 24, 32, 48, 64, 256) and icon.icns (16 to 1024).
"""

import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "src-tauri" / "icons"
SOURCE = ICONS / "dhma.svg"
# The SVG's own size in pixels: ImageMagick reads its user units at 96 dpi.
SVG_SIZE = 256

ICO_SIZES = [16, 24, 32, 48, 64, 256]
# ICNS element types holding PNG data, by size.
ICNS_TYPES = [
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
]


def render(size: int, tmp: Path) -> bytes:
    out = tmp / f"{size}.png"
    density = 96 * size / SVG_SIZE
    subprocess.run(
        ["convert", "-background", "none", "-density", f"{density:g}", str(SOURCE),
         "-depth", "8", f"PNG32:{out}"],
        check=True,
    )
    data = out.read_bytes()
    width, height = struct.unpack(">II", data[16:24])
    if (width, height) != (size, size):
        sys.exit(f"make-icons: {size} px asked, {width}x{height} rendered")
    return data


def ico(pngs: dict) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    entries, images = b"", b""
    offset = 6 + 16 * len(ICO_SIZES)
    for size in ICO_SIZES:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    sizes = sorted(set(ICO_SIZES) | {s for _, s in ICNS_TYPES} | {32, 128, 256, 1024})
    with tempfile.TemporaryDirectory() as tmp:
        pngs = {size: render(size, Path(tmp)) for size in sizes}
    files = {
        "32x32.png": pngs[32],
        "128x128.png": pngs[128],
        "128x128@2x.png": pngs[256],
        "icon.png": pngs[1024],
        "icon.ico": ico(pngs),
        "icon.icns": icns(pngs),
    }
    for name, data in files.items():
        (ICONS / name).write_bytes(data)
        print(f"{ICONS / name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
