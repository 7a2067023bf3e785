#!/usr/bin/env python3
"""Writes the workbook fixtures: cloud-figures.xlsx and its twin cloud-figures.ods.

Both are made here by hand, XML part by XML part, so that the tests see what Excel and LibreOffice write and not
what one library happens to: cells in percent and date formats (built-in and custom), formulas with their saved
results and one saved without, a title merged across the table, a Chinese sheet with 億元 in its header.
Run it again only to change the fixtures; the tests read the files checked in. Python 3's standard library only.
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

# Each sheet: name, merged title (or None), rows of cells. A cell is None, a str, or a tuple:
# ("n", value, style) a number, ("f", formula, cached value or None, style) a formula, ("a", formula, range,
# cached value) an array formula over a range.
# Styles: "pct" built-in 0.00% (id 10), "pct1" custom 0.0%, "date" built-in m/d/yyyy (id 14), "iso" custom yyyy-mm-dd.
SHEETS = [
    ("Revenue", "Cloud figures by quarter (fixture values)", [
        [],
        ["provider", "metric", "period", "value", "unit", "source"],
        ["Alibaba Cloud", "revenue", "FY2024 Q2", ("n", 276.48, None), "億元", "article"],
        ["AWS", "market_share", "2022", ("n", 0.3999, "pct"), None, "Gartner"],
        ["Microsoft Azure", "market_share", "2022", ("n", 0.21, "pct1"), None, "Gartner"],
        ["Google Cloud", "revenue", "2023Q3", ("f", "8.2+0.211", 8.411, None), "bn USD", "fixture"],
        ["Google Cloud", "revenue", "2023Q4", ("f", "SUM(D99:D100)", None, None), "bn USD", "fixture"],
    ]),
    ("Quarters", None, [
        ["provider", "metric", "unit", ("n", 45016, "date"), ("n", 45107, "iso"), ("n", 45199, "iso"),
         ("n", 45291, "date")],
        ["AWS", "revenue", "bn USD", ("n", 21.354, None), ("n", 22.14, None), ("n", 23.059, None),
         ("f", "F2*1.05", 24.2, None)],
    ]),
    ("阿里雲", None, [
        ["期間", "營收（億元）", "經調整EBITA（億元）"],
        ["2024財年第二財季", ("n", 276.48, None), ("n", 14.09, None)],
    ]),
]

XLSX_STYLES = {None: 0, "pct": 1, "pct1": 2, "date": 3, "iso": 4}


def column_name(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def xlsx_sheet(title, rows, strings):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    all_rows = ([[title]] if title else []) + rows
    width = max(len(r) for r in all_rows)
    for r, row in enumerate(all_rows):
        out.append('<row r="%d">' % (r + 1))
        for c, cell in enumerate(row):
            ref = "%s%d" % (column_name(c), r + 1)
            if cell is None:
                continue
            if isinstance(cell, str):
                if cell not in strings:
                    strings.append(cell)
                out.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, strings.index(cell)))
            elif cell[0] == "n":
                out.append('<c r="%s" s="%d"><v>%r</v></c>' % (ref, XLSX_STYLES[cell[2]], cell[1]))
            elif cell[0] == "a":
                out.append('<c r="%s"><f t="array" ref="%s">%s</f><v>%r</v></c>' % (ref, cell[2], escape(cell[1]), cell[3]))
            else:
                cached = "" if cell[2] is None else "<v>%r</v>" % cell[2]
                out.append('<c r="%s" s="%d"><f>%s</f>%s</c>' % (ref, XLSX_STYLES[cell[3]], escape(cell[1]), cached))
        out.append("</row>")
    out.append("</sheetData>")
    if title:
        out.append('<mergeCells count="1"><mergeCell ref="A1:%s1"/></mergeCells>' % column_name(width - 1))
    out.append("</worksheet>")
    return "".join(out)


def write_xlsx(path, book=None):
    book = SHEETS if book is None else book
    strings = []
    sheets = [xlsx_sheet(title, rows, strings) for _, title, rows in book]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(len(book)))
                   + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                   '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(name), i + 1, i + 1)
                             for i, (name, _, _) in enumerate(book))
                   + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(len(book)))
                   + '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                   '<Relationship Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                   '</Relationships>')
        z.writestr("xl/styles.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd"/></numFmts>'
                   '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
                   '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
                   '<borders count="1"><border/></borders>'
                   '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                   '<cellXfs count="5">'
                   '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                   '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                   '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                   '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                   '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                   '</cellXfs></styleSheet>')
        z.writestr("xl/sharedStrings.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
                   % (len(strings), len(strings))
                   + "".join("<si><t>%s</t></si>" % escape(s) for s in strings) + "</sst>")
        for i, sheet in enumerate(sheets):
            z.writestr("xl/worksheets/sheet%d.xml" % (i + 1), sheet)


ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2"')

ODS_CELL_STYLES = {None: None, "pct": "cePct2", "pct1": "cePct1", "date": "ceDate", "iso": "ceDate"}


def ods_date(serial):
    import datetime
    return (datetime.date(1899, 12, 30) + datetime.timedelta(days=serial)).isoformat()


def ods_cell(cell):
    if cell is None:
        return "<table:table-cell/>"
    if isinstance(cell, str):
        return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(cell)
    if cell[0] == "n":
        kind, value, style = cell
        formula = None
    else:
        kind, formula, value, style = cell
    attrs = ""
    if ODS_CELL_STYLES[style]:
        attrs += ' table:style-name="%s"' % ODS_CELL_STYLES[style]
    if formula:
        attrs += ' table:formula="of:=%s"' % escape(formula.replace("D99:D100", "[.D99:.D100]").replace("F2", "[.F2]"))
    if value is None:
        return "<table:table-cell%s/>" % attrs
    if style in ("date", "iso"):
        return ('<table:table-cell%s office:value-type="date" office:date-value="%s"><text:p>%s</text:p>'
                "</table:table-cell>" % (attrs, ods_date(value), ods_date(value)))
    value_type = "percentage" if style in ("pct", "pct1") else "float"
    return ('<table:table-cell%s office:value-type="%s" office:value="%r"><text:p>%r</text:p></table:table-cell>'
            % (attrs, value_type, value, value))


def write_ods(path):
    body = []
    for name, title, rows in SHEETS:
        all_rows = ([[title]] if title else []) + rows
        width = max(len(r) for r in all_rows)
        body.append('<table:table table:name="%s">' % escape(name))
        for r, row in enumerate(all_rows):
            body.append("<table:table-row>")
            if title and r == 0:
                body.append('<table:table-cell office:value-type="string" table:number-columns-spanned="%d">'
                            "<text:p>%s</text:p></table:table-cell>" % (width, escape(title)))
                body.append('<table:covered-table-cell table:number-columns-repeated="%d"/>' % (width - 1))
            else:
                body.extend(ods_cell(cell) for cell in row)
            body.append("</table:table-row>")
        body.append("</table:table>")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               "<office:automatic-styles>"
               '<number:percentage-style style:name="N11"><number:number number:decimal-places="2" number:min-integer-digits="1"/><number:text>%%</number:text></number:percentage-style>'
               '<number:percentage-style style:name="N12"><number:number number:decimal-places="1" number:min-integer-digits="1"/><number:text>%%</number:text></number:percentage-style>'
               '<number:date-style style:name="N37"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>'
               '<style:style style:name="cePct2" style:family="table-cell" style:data-style-name="N11"/>'
               '<style:style style:name="cePct1" style:family="table-cell" style:data-style-name="N12"/>'
               '<style:style style:name="ceDate" style:family="table-cell" style:data-style-name="N37"/>'
               "</office:automatic-styles><office:body><office:spreadsheet>%s</office:spreadsheet></office:body>"
               "</office:document-content>" % (ODS_NS, "".join(body)))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml",
                   '<?xml version="1.0" encoding="UTF-8"?>\n'
                   '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                   '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                   "</manifest:manifest>")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)


def write_array_over_the_sheet(path):
    """A hostile workbook of 2 KB: one array formula whose range is the whole sheet (17 billion cells)."""
    write_xlsx(path, [("Data", None, [["provider"], [("a", "1", "A2:XFD1048576", 1)]])])


if __name__ == "__main__":
    write_xlsx(os.path.join(HERE, "cloud-figures.xlsx"))
    write_ods(os.path.join(HERE, "cloud-figures.ods"))
    write_array_over_the_sheet(os.path.join(HERE, "array-over-the-sheet.xlsx"))
