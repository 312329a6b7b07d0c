#!/usr/bin/env python3
"""The benchmark's reference for the batch workbook: writes the same cells as DHMA's
`dhma export --all --format xlsx` with openpyxl (one header row, frozen, with a filter,
numbers as numbers, right to left when asked), and prints the milliseconds the writing took
(reading the cells' JSON is not counted).

Usage: python3 benches/batch_openpyxl.py CELLS.json OUT.xlsx
CELLS.json is `dhma::service::BatchCells` as JSON: {"right_to_left": bool, "sheets":
[{"name", "header": [...], "rows": [[number | string | null, ...], ...]}]}.
"""
import json
import sys
import time

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter


def main():
    cells_path, out_path = sys.argv[1], sys.argv[2]
    with open(cells_path, encoding="utf-8") as f:
        cells = json.load(f)
    start = time.perf_counter()
    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    for sheet in cells["sheets"]:
        ws = wb.create_sheet(sheet["name"][:31])
        ws.sheet_view.rightToLeft = bool(cells["right_to_left"])
        ws.append(sheet["header"])
        for c in ws[1]:
            c.font = bold
        for row in sheet["rows"]:
            ws.append(row)
        ws.freeze_panes = "A2"
        last = get_column_letter(max(1, len(sheet["header"])))
        ws.auto_filter.ref = "A1:%s%d" % (last, len(sheet["rows"]) + 1)
        # Fitted widths, as DHMA's autofit does: the longest text of each column.
        widths = [len(str(h)) for h in sheet["header"]]
        for row in sheet["rows"]:
            for i, v in enumerate(row):
                if v is not None and i < len(widths):
                    widths[i] = max(widths[i], len(str(v)))
        for i, w in enumerate(widths):
            ws.column_dimensions[get_column_letter(i + 1)].width = w + 2
    wb.save(out_path)
    print("%.1f" % ((time.perf_counter() - start) * 1000.0))


if __name__ == "__main__":
    main()
