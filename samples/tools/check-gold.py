#!/usr/bin/env python3
"""Sanity checks for hand-made gold files (samples/gold/*.json), stdlib only.

For every gold file: the inputs exist, every article id is found in them, every claim fragment, quote,
date and quantity text occurs in its article, sameAs links are symmetric, and (as a reminder for the
annotator) numbers in the text that no date or quantity covers are listed.
Usage: python3 samples/tools/check-gold.py [gold files...]   (default: samples/gold/*.json)
"""
import html
import json
import re
import sys
from pathlib import Path

NUMBER_WORDS = r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million)\b"


def norm(text):
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def strip_front_matter(text):
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end >= 0:
            return text[end + 4:]
    return text


def html_text(markup):
    markup = re.sub(r"(?is)<(script|style|head|nav|header|footer|aside|figcaption)[^>]*>.*?</\1>", " ", markup)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def load(path):
    articles = {}
    if path.suffix == ".jsonl":
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                articles[record["id"]] = record.get("text") or html_text(record.get("html", ""))
    elif path.suffix in (".html", ".htm"):
        articles[path.stem] = html_text(path.read_text(encoding="utf-8"))
    else:
        articles[path.stem] = strip_front_matter(path.read_text(encoding="utf-8"))
    return articles


def check(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    problems = []
    texts = {}
    for rel in gold["inputs"]:
        path = (gold_path.parent / rel).resolve()
        if not path.exists():
            problems.append(f"missing input {rel}")
            continue
        texts.update(load(path))
    for article in gold["articles"]:
        if article not in texts:
            problems.append(f"article {article} not in inputs")

    def occurs(article, fragment, what):
        if article not in gold["articles"]:
            problems.append(f"{what}: article {article} not listed in articles")
        elif norm(fragment).rstrip(".") not in norm(texts.get(article, "")):
            problems.append(f"{what}: '{fragment}' not in {article}")

    for claim in gold["claims"]:
        occurs(claim["article"], claim["fragment"], "claim")
        for other in claim.get("supportedBy", []) + claim.get("contradictedBy", []):
            if other not in gold["articles"]:
                problems.append(f"claim '{claim['fragment']}': unknown article {other}")
    quotes = {q["id"]: q for q in gold["quotes"]}
    names = {e["name"] for e in gold["entities"]}
    for quote in gold["quotes"]:
        occurs(quote["article"], quote["text"], "quote")
        if quote["speaker"] not in names:
            problems.append(f"quote {quote['id']}: speaker {quote['speaker']} is not an entity")
        for other in quote["sameAs"]:
            if other not in quotes or quote["id"] not in quotes[other]["sameAs"]:
                problems.append(f"quote {quote['id']}: sameAs {other} missing or not symmetric")
    for speaker in gold.get("speakers", []):
        if speaker not in names:
            problems.append(f"speaker {speaker} is not an entity")
    for date in gold["dates"]:
        occurs(date["article"], date["text"], "date")
    for quantity in gold["quantities"]:
        occurs(quantity["article"], quantity["text"], "quantity")
    for entry in gold["publicationDates"] + gold["rewrites"]:
        if entry["article"] not in gold["articles"]:
            problems.append(f"unknown article {entry['article']}")

    for article in gold["articles"]:
        text = norm(texts.get(article, ""))
        covered = [norm(d["text"]) for d in gold["dates"] if d["article"] == article]
        covered += [norm(q["text"]) for q in gold["quantities"] if q["article"] == article]
        for match in re.finditer(r"\d[\d,.]*|" + NUMBER_WORDS, text):
            start, end = match.span()
            if not any(c and any(text.find(c, max(0, start - len(c)), end + len(c)) >= 0 and
                                 text.find(c, max(0, start - len(c)), end + len(c)) <= start < text.find(c, max(0, start - len(c)), end + len(c)) + len(c)
                                 for _ in [0]) for c in covered):
                context = text[max(0, start - 30):end + 30]
                print(f"  note {gold_path.name} {article}: uncovered number '{match.group()}' in '...{context}...'")
    return problems


def main(argv):
    root = Path(__file__).resolve().parent.parent
    paths = [Path(p) for p in argv] or sorted((root / "gold").glob("*.json"))
    failed = False
    for path in paths:
        if path.name == "floors.json":
            continue
        problems = check(path)
        print(f"{path.name}: {'ok' if not problems else str(len(problems)) + ' problem(s)'}")
        for problem in problems:
            print(f"  {problem}")
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
