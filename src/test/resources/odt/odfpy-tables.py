# Prints the tables of an ODT as odfpy reads them, as JSON: a list of tables, each a list of rows (header rows
# included), each a list of cells, each a list of the texts of the cell's paragraphs and headings.
import json
import sys

from odf import teletype
from odf.opendocument import load
from odf.table import Table, TableRow, TableCell
from odf.namespaces import TEXTNS

document = load(sys.argv[1])
tables = []
for table in document.getElementsByType(Table):
    rows = []
    for row in table.getElementsByType(TableRow):
        cells = []
        for cell in row.getElementsByType(TableCell):
            texts = [teletype.extractText(child) for child in cell.childNodes
                     if child.qname in ((TEXTNS, "p"), (TEXTNS, "h"))]
            cells.append(texts)
        rows.append(cells)
    tables.append(rows)
json.dump(tables, sys.stdout, ensure_ascii=False)
