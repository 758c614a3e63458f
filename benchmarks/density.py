"""How many sentences a 4 KB report holds: real reports (../shared/corpus) beside the
generated posts, so the ingest benchmark times text as dense as what outlets write.

    python benchmarks/density.py                  # corpus dev and wild, and 300 generated posts
    python benchmarks/density.py FOLDER ...       # any folders of reports
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

CORPUS = HERE.parent.parent / "shared" / "corpus"
_OPENING_TAG = re.compile(rb"<[A-Za-z]")


def density(folder: Path) -> tuple[int, float, float, float]:
    """(reports, median bytes per sentence, sentences per 4 KB of text, opening tags
    per 4 KB of file) of a folder: what parsing and extracting a report cost scale with."""
    from claimtrack.errors import ClaimtrackError
    from claimtrack.extract.sentences import split_sentences
    from claimtrack.readers import read_report

    per_sentence, per_4k, tags_4k = [], [], []
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".md", ".html", ".htm", ".txt"):
            continue
        try:
            text = read_report(str(path)).text
        except ClaimtrackError:
            continue
        size, count = len(text.encode("utf-8")), len(split_sentences(text))
        if size >= 500 and count:  # a stub says nothing about prose
            per_sentence.append(size / count)
            per_4k.append(count * 4096 / size)
            source = path.read_bytes()
            tags_4k.append(len(_OPENING_TAG.findall(source)) * 4096 / len(source))
    if not per_sentence:
        return 0, 0.0, 0.0, 0.0
    return (len(per_sentence), statistics.median(per_sentence), statistics.median(per_4k),
            statistics.median(tags_4k))


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]]
    with tempfile.TemporaryDirectory() as generated:
        if not folders:
            from make_reports import write_posts

            write_posts(Path(generated), 300)
            folders = [CORPUS / "dev", CORPUS / "wild", Path(generated)]
        print("| reports | count | bytes per sentence | sentences per 4 KB | opening tags per 4 KB |\n"
              "|---|---:|---:|---:|---:|")
        for folder in folders:
            if not folder.is_dir():
                print(f"| {folder} | missing | | | |")
                continue
            count, per_sentence, per_4k, tags = density(folder)
            name = "generated (make_reports.py)" if str(folder) == generated else str(folder)
            print(f"| {name} | {count} | {per_sentence:.0f} | {per_4k:.0f} | {tags:.0f} |")


if __name__ == "__main__":
    main()
