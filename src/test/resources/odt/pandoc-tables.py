# Reads Pandoc's JSON of a document on standard input and prints its tables as JSON: a list of tables, each a
# list of rows (the head's, then the bodies'), each a list of cells, each a list of the texts of the cell's blocks.
import json
import sys


def text(inline):
    kind = inline["t"]
    if kind == "Str":
        return inline["c"]
    if kind in ("Space", "SoftBreak"):
        return " "
    if kind == "LineBreak":
        return "\n"
    if kind in ("Emph", "Strong", "Underline", "Strikeout", "SmallCaps", "Superscript", "Subscript"):
        return "".join(text(i) for i in inline["c"])
    if kind in ("Link", "Span"):
        return "".join(text(i) for i in inline["c"][1])
    if kind == "Quoted":
        mark = "\u201c" if inline["c"][0]["t"] == "DoubleQuote" else "\u2018"
        close = "\u201d" if mark == "\u201c" else "\u2019"
        return mark + "".join(text(i) for i in inline["c"][1]) + close
    return ""


def block(b):
    if b["t"] in ("Para", "Plain"):
        return ["".join(text(i) for i in b["c"])]
    if b["t"] == "Header":
        return ["".join(text(i) for i in b["c"][2])]
    if b["t"] == "Div":
        return [t for inner in b["c"][1] for t in block(inner)]
    return []


def row(r):
    return [[t for b in cell[4] for t in block(b)] for cell in r[1]]


tables = []
for b in json.load(sys.stdin)["blocks"]:
    if b["t"] == "Table":
        head = b["c"][3][1]
        rows = [row(r) for r in head]
        for body in b["c"][4]:
            rows += [row(r) for r in body[2]] + [row(r) for r in body[3]]
        tables.append(rows)
json.dump(tables, sys.stdout, ensure_ascii=False)
