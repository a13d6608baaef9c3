#!/usr/bin/env python3
"""Derives the compact entity/speech lexicon used by CrossCheck.Analysis.Entities and .Quotes from
WordNet 3.0 (Debian package wordnet-base, files under /usr/share/wordnet).

Output: src/CrossCheck/Text/Gazetteer/Data/gazetteer.tsv, one `kind<TAB>key<TAB>value` per line:
  N  name          P|O|L    proper name (instance or named class) typed person / organization / place
  A  acronym       expansion  acronym and its expansion from the same synset (NATO -> North Atlantic ...)
  D  demonym       place      adjective or people noun that pertains to a place (serbian -> Serbia)
  R  role noun     -          person noun for an office, rank or profession ("minister", "general",
                              "spokesman"), usable as a title before a name or alone ("the minister")
  O  org head      -          common noun for a kind of organization ("ministry", "council")
  L  place head    -          common noun for a kind of place ("city", "province")
  V  speech verb   -          verb lemma from WordNet's verb.communication lexicographer file
  S  saying verb   -          speech verb with the frame "Somebody ----s that CLAUSE" (say, warn, state)
  X  verb form     lemma      irregular inflection of a speech verb ("said" -> "say")
  H  org name      class words  single-word classes of a named organisation ("NATO" -> alliance|coalition|...)
  P  plural form   singular   irregular noun plural from noun.exc ("men" -> "man")
  W  common word   -          lower-case word with tagged senses in SemCor counts (cntlist)

Usage: python3 scripts/build-gazetteer/build_gazetteer.py [--wordnet DIR]
"""
import argparse
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "src", "CrossCheck", "Text", "Gazetteer", "Data", "gazetteer.tsv")

# Synsets whose hyponym closure gives each type, named by lemma and sense number.
PERSON_ROOTS = [("person", 1)]
ORG_ROOTS = [("organization", 1)]
PLACE_ROOTS = [("location", 1), ("body_of_water", 1), ("geological_formation", 1)]
ROLE_ROOTS = [("leader", 1), ("official", 1), ("representative", 1), ("spokesperson", 1),
              ("military_officer", 1), ("politician", 1), ("diplomat", 1), ("administrator", 1),
              ("executive", 1), ("head", 4), ("negotiator", 1), ("lawman", 1), ("lawyer", 1),
              ("professional", 1), ("judge", 1), ("clergyman", 1), ("sovereign", 1), ("aristocrat", 1)]
VERB_COMMUNICATION = 32
CLAUSE_FRAME = 26  # WordNet verb frame "Somebody ----s that CLAUSE": verbs that report speech
# Heads of official state names ("Republic of North Macedonia") that WordNet files under political
# systems rather than places.
OFFICIAL_PLACE_HEADS = ["republic", "principality", "emirate", "sultanate", "commonwealth"]


def read_synsets(path, pos):
    synsets = {}
    with open(path, encoding="latin-1") as handle:
        for line in handle:
            if line.startswith("  "):
                continue
            data, _, gloss = line.partition(" | ")
            fields = data.split()
            offset, lexfile = fields[0], int(fields[1])
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i] for i in range(count)]
            words = [re.sub(r"\((a|p|ip)\)$", "", w) for w in words]
            at = 4 + 2 * count
            pointer_count = int(fields[at])
            pointers = []
            for i in range(pointer_count):
                symbol, target, target_pos = fields[at + 1 + 4 * i: at + 4 + 4 * i]
                pointers.append((symbol, target, target_pos))
            frames = set()
            at += 1 + 4 * pointer_count
            if pos == "v" and at < len(fields):
                frames = {int(fields[at + 2 + 3 * i]) for i in range(int(fields[at]))}
            synsets[offset] = {"lexfile": lexfile, "words": words, "pointers": pointers,
                               "gloss": gloss.strip(), "pos": pos, "frames": frames}
    return synsets


def sense_offset(wordnet, lemma, sense, pos="noun"):
    with open(os.path.join(wordnet, "index." + pos), encoding="latin-1") as handle:
        for line in handle:
            if line.startswith(lemma + " "):
                fields = line.split()
                synset_count = int(fields[2])
                return fields[-synset_count:][sense - 1]
    raise SystemExit(f"{lemma} not in index.{pos}")


def noun_sense_ranks(wordnet):
    ranks = {}
    with open(os.path.join(wordnet, "index.noun"), encoding="latin-1") as handle:
        for line in handle:
            if line.startswith(" "):
                continue
            fields = line.split()
            count = int(fields[2])
            for rank, offset in enumerate(fields[-count:]):
                ranks[(fields[0], offset)] = rank
    return ranks


def ancestors(nouns, offset):
    seen, stack = set(), [offset]
    while stack:
        current = stack.pop()
        for symbol, target, target_pos in nouns[current]["pointers"]:
            if symbol in ("@", "@i") and target_pos == "n" and target not in seen:
                seen.add(target)
                stack.append(target)
    return seen


def closure(nouns, roots):
    children = {}
    for offset, synset in nouns.items():
        for symbol, target, target_pos in synset["pointers"]:
            if symbol in ("@", "@i") and target_pos == "n":
                children.setdefault(target, []).append(offset)
    seen, stack = set(), list(roots)
    while stack:
        offset = stack.pop()
        if offset in seen:
            continue
        seen.add(offset)
        stack.extend(children.get(offset, []))
    return seen


def surface(word):
    return word.replace("_", " ")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    args = parser.parse_args()
    wn = args.wordnet
    if not os.path.exists(os.path.join(wn, "data.noun")):
        sys.exit(f"WordNet not found in {wn}: apt-get install wordnet-base")
    nouns = read_synsets(os.path.join(wn, "data.noun"), "n")
    adjs = read_synsets(os.path.join(wn, "data.adj"), "a")
    verbs = read_synsets(os.path.join(wn, "data.verb"), "v")

    def roots(spec):
        return [sense_offset(wn, lemma, sense) for lemma, sense in spec]

    ranks = noun_sense_ranks(wn)

    def sense_rank(lemma, offset):
        """0 for a word's most frequent noun sense: "wire" is a place only in a rare sense."""
        return ranks.get((lemma.replace(" ", "_").lower(), offset), 99)

    person = closure(nouns, roots(PERSON_ROOTS))
    org = closure(nouns, roots(ORG_ROOTS))
    place = closure(nouns, roots(PLACE_ROOTS))
    role = closure(nouns, roots(ROLE_ROOTS))

    lines = set()
    names = {}
    capitalised_roles = set()
    for offset, synset in nouns.items():
        kind = "L" if offset in place else "O" if offset in org else "P" if offset in person else None
        if kind is None:
            continue
        is_instance = any(p[0] == "@i" for p in synset["pointers"])
        is_people = any(p[0] == "#m" and p[1] in place for p in synset["pointers"])
        for word in synset["words"]:
            text = surface(word)
            if text[0].isupper():
                if is_people:
                    continue  # "Serbian": a kind of people, not a name
                if kind == "P" and not is_instance:
                    if offset in role:  # "Secretary General": a title, not a name
                        capitalised_roles.add(text)
                    continue
                names.setdefault(text, set()).add(kind)
            elif kind == "P" and text.count(" ") <= 1 and offset in role:
                lines.add(("R", text, ""))
            elif kind == "O" and " " not in text:
                lines.add(("O", text, ""))
            elif kind == "L" and " " not in text and not is_instance and sense_rank(text, offset) == 0:
                lines.add(("L", text, ""))
        # Acronyms: an all-capitals lemma beside a longer capitalised one in the same synset.
        upper = [surface(w) for w in synset["words"] if re.fullmatch(r"[A-Z][A-Z0-9&.]{1,9}", w)]
        longer = [surface(w) for w in synset["words"] if "_" in w and w[0].isupper()]
        for acronym in upper:
            for expansion in longer[:1]:
                lines.add(("A", acronym, expansion))
    # Class words of named organisations: NATO is an alliance, so "the Alliance" can be NATO.
    for offset, synset in nouns.items():
        if offset in org and synset["words"][0][0].isupper():
            heads = sorted({w.lower() for a in ancestors(nouns, offset) if a in org
                            for w in nouns[a]["words"] if w.isalpha() and w.lower() != "organization"})
            for word in synset["words"]:
                if heads and word[0].isupper():
                    lines.add(("H", surface(word), "|".join(heads)))
    for name, kinds in names.items():
        # A name that is both a place and its government ("United States") is kept as the place.
        lines.add(("N", name, next(k for k in "LOP" if k in kinds)))
    for head in OFFICIAL_PLACE_HEADS:
        lines.add(("L", head, ""))
    # A capitalised role lemma ("Monsignor", "CEO") is a title, except a one-word one that WordNet also
    # gives as a person's name ("Daniel", the prophet): before a surname it is a first name.
    for text in capitalised_roles:
        if " " in text or "P" not in names.get(text, set()):
            lines.add(("R", text.lower(), ""))

    # Demonyms: adjectives pertaining to a place; people nouns that are members of a place.
    def place_name(offset):
        synset = nouns.get(offset)
        if synset is None or offset not in place:
            return None
        first = surface(synset["words"][0])
        return first if first[0].isupper() else None

    for synset in adjs.values():
        for symbol, target, target_pos in synset["pointers"]:
            if symbol == "\\" and target_pos == "n" and (name := place_name(target)):
                for word in synset["words"]:
                    if word[0].isupper() and "_" not in word:
                        lines.add(("D", word.lower(), name))
    for synset in nouns.values():
        for symbol, target, target_pos in synset["pointers"]:
            if symbol == "#m" and target_pos == "n" and (name := place_name(target)):
                for word in synset["words"]:
                    if word[0].isupper() and "_" not in word:
                        lines.add(("D", word.lower(), name))

    speech = set()
    for synset in verbs.values():
        if synset["lexfile"] == VERB_COMMUNICATION:
            for word in synset["words"]:
                if "_" not in word and word.isalpha() and word.islower():
                    speech.add(word)
                    if CLAUSE_FRAME in synset["frames"]:
                        lines.add(("S", word, ""))
    for word in speech:
        lines.add(("V", word, ""))
    with open(os.path.join(wn, "verb.exc"), encoding="latin-1") as handle:
        for line in handle:
            form, *bases = line.split()
            for base in bases:
                if base in speech:
                    lines.add(("X", form, base))

    with open(os.path.join(wn, "noun.exc"), encoding="latin-1") as handle:
        for line in handle:
            form, *bases = line.split()
            if form.isalpha() and bases and bases[0].isalpha() and form != bases[0]:
                lines.add(("P", form, bases[0]))

    lower_words = set()
    for table in (nouns, adjs, verbs):
        for synset in table.values():
            for word in synset["words"]:
                if word.islower() and word.isalpha():
                    lower_words.add(word)
    with open(os.path.join(wn, "cntlist.rev"), encoding="latin-1") as handle:
        for line in handle:
            key = line.split("%", 1)[0]
            if key in lower_words or ("_" not in key and key.isalpha() and key.endswith("ly")):
                lines.add(("W", key, ""))

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Derived from WordNet 3.0 by scripts/build-gazetteer/build_gazetteer.py; see WORDNET-LICENSE.\n")
        for kind, key, value in sorted(lines):
            out.write(f"{kind}\t{key}\t{value}\n")
    print(f"wrote {len(lines)} entries to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
