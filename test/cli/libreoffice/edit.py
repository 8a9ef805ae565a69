"""Edits workbooks in LibreOffice Calc as a person would, through UNO, in one soffice process.

Usage: python3 edit.py <pipe name> <jobs.json>
jobs.json: [{ "src": "/abs/in.xlsx", "xlsx": "/abs/out.xlsx" | null, "pdf": "/abs/out.pdf" | null,
              "sheet": 0, "edits": [ {"op": "set", "cell": "J10", "value": 3} , ... ] }, ...]
Ops: set (value: number | string; a string starting with "=" is typed as a formula), deleteRows/insertRows
(at: 1-based row, count), insertColumns/deleteColumns (at: column letters, count), swapColumns (a, b: letters),
copyRow (from, to: 1-based rows; a row inserted at `to` receives a copy of `from`).
Prints one line per job ("ok <src>") and exits 0, or prints the error and exits 1.
"""
import json
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellAddress, CellRangeAddress


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def url(path):
    return uno.systemPathToFileUrl(path)


def col_index(letters):
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 60
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.2)


def whole_column(sheet, index):
    a = CellRangeAddress()
    a.Sheet = sheet.RangeAddress.Sheet
    a.StartColumn = a.EndColumn = index
    a.StartRow = 0
    a.EndRow = 1048575
    return a


def whole_row(sheet, index):
    a = CellRangeAddress()
    a.Sheet = sheet.RangeAddress.Sheet
    a.StartRow = a.EndRow = index
    a.StartColumn = 0
    a.EndColumn = 16383
    return a


def at(sheet, col, row):
    c = CellAddress()
    c.Sheet = sheet.RangeAddress.Sheet
    c.Column = col
    c.Row = row
    return c


def edit(sheet, e):
    op = e["op"]
    if op == "set":
        cell = sheet.getCellRangeByName(e["cell"])
        v = e["value"]
        if isinstance(v, str):
            if v.startswith("="):
                cell.setFormula(v)
            else:
                cell.setString(v)
        else:
            cell.setValue(v)
    elif op == "deleteRows":
        sheet.Rows.removeByIndex(e["at"] - 1, e.get("count", 1))
    elif op == "insertRows":
        sheet.Rows.insertByIndex(e["at"] - 1, e.get("count", 1))
    elif op == "insertColumns":
        sheet.Columns.insertByIndex(col_index(e["at"]), e.get("count", 1))
    elif op == "deleteColumns":
        sheet.Columns.removeByIndex(col_index(e["at"]), e.get("count", 1))
    elif op == "swapColumns":
        # Cut and paste, as a person drags columns: formulas that point at the moved cells follow them.
        a, b = col_index(e["a"]), col_index(e["b"])
        spare = 1000
        sheet.moveRange(at(sheet, spare, 0), whole_column(sheet, a))
        sheet.moveRange(at(sheet, a, 0), whole_column(sheet, b))
        sheet.moveRange(at(sheet, b, 0), whole_column(sheet, spare))
    elif op == "copyRow":
        src, dst = e["from"] - 1, e["to"] - 1
        sheet.Rows.insertByIndex(dst, 1)
        if src >= dst:
            src += 1
        sheet.copyRange(at(sheet, 0, dst), whole_row(sheet, src))
    else:
        raise ValueError("unknown op " + op)


def main():
    pipe, jobs_file = sys.argv[1], sys.argv[2]
    with open(jobs_file, encoding="utf-8") as f:
        jobs = json.load(f)
    desktop = connect(pipe)
    try:
        for job in jobs:
            doc = desktop.loadComponentFromURL(url(job["src"]), "_blank", 0, (prop("Hidden", True),))
            try:
                sheet = doc.Sheets.getByIndex(job.get("sheet", 0))
                for e in job.get("edits", []):
                    edit(sheet, e)
                doc.calculateAll()
                if job.get("xlsx"):
                    doc.storeToURL(url(job["xlsx"]), (prop("FilterName", "Calc MS Excel 2007 XML"),))
                if job.get("pdf"):
                    doc.storeToURL(url(job["pdf"]), (prop("FilterName", "calc_pdf_Export"),))
            finally:
                doc.close(True)
            print("ok " + job["src"], flush=True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass


if __name__ == "__main__":
    main()
