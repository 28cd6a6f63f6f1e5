"""Turn a ``.gold`` file of a bench/histories-* directory ({text|value|mod} markup, one ``### id`` per text) into WikiWars-style keyinline
files, for ``python -m timeline eval DIR --no-events --mode narrative``.

usage: python bench/gold_to_keyinline.py bench/histories-s33narr/values.gold OUTDIR (any histories-* set's .gold file)
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path


def main() -> int:
    """Write one ``ID.key.xml`` per text of the gold file into the output directory; print how many timexes."""
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    docs = re.split(r"^### (\S+)\n", src.read_text(encoding="utf-8"), flags=re.M)[1:]
    n = 0
    for k in range(0, len(docs), 2):
        did, body = docs[k], docs[k + 1].strip() + "\n"

        def rep(m: "re.Match[str]") -> str:
            nonlocal n
            n += 1
            parts = m.group(1).split("|")
            attrs = f' val="{parts[1]}"' if parts[1] else ""
            if len(parts) > 2 and parts[2]:
                attrs += f' mod="{parts[2]}"'
            return f"<TIMEX2{attrs}>{html.escape(parts[0], quote=False)}</TIMEX2>"

        body = re.sub(r"\{([^{}]+)\}", rep, body)
        (out / f"{did}.key.xml").write_text(
            f'<DOC>\n<DOCID>{did}</DOCID>\n<DOCTYPE SOURCE="x"> HISTORY ARTICLE </DOCTYPE>\n'
            f'<DATETIME> <TIMEX2 val="2009-12-19T17:00:00">2009-12-19T17:00:00</TIMEX2> </DATETIME>\n<TEXT>\n{body}</TEXT>\n</DOC>\n',
            encoding="utf-8")
    print(n, "timexes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
