#!/usr/bin/env python3
"""Writes fictional news reports as CrossCheck JSONL: STORIES distinct events, 2-4 reports each from different
outlets (the same facts in a different selection and order of sentences, sometimes a differing figure), for the web load test.
Usage: generate_stories.py OUT.jsonl [STORIES] [SEED]"""
import json
import random
import sys
from datetime import date, timedelta

CONSONANTS = "bdfghklmnprstvz"
VOWELS = "aeiou"
OUTLETS = ["Harbor Wire", "Vela Courier", "Coast Post", "Island Daily", "Northgate Ledger", "Valley Herald",
           "Morning Lantern", "Ridge Gazette"]
NOUNS = ["bridge", "dam", "harbour", "school", "hospital", "railway", "market", "factory", "library", "stadium",
         "tunnel", "reservoir", "airport", "museum", "ferry", "mine", "power station", "court", "prison", "farm"]
EVENTS = [("closed", "closure"), ("flooded", "flooding"), ("reopened", "reopening"), ("sold", "sale"),
          ("evacuated", "evacuation"), ("inspected", "inspection"), ("expanded", "expansion"), ("struck", "strike"),
          ("audited", "audit"), ("burned", "fire")]
SENTENCES = [
    "The {org} {verb} the {noun} in {town} on {day}, {person} said.",
    "{person}, who speaks for the {org}, said {n1} {thing}s were affected and {n2} staff were sent to {place}.",
    "The {event} will cost about {n3} thousand crowns, according to figures seen by reporters in {town}.",
    "Residents of {place} said the {noun} had worried them since the {thing} of {year}.",
    "{second} of the {group} asked the {org} to publish its report on the {event} by {day}.",
    "About {n4} people use the {noun} every week, and {n1} of them live in {place}.",
    "Officials in {town} expect the {event} to last {n2} days.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LEADS = ["", "Officials confirmed the news.", "Residents reacted with concern.", "The announcement came late.",
         "Local radio first reported it.", "Details emerged during the morning."]


def name(rng, syllables):
    return "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(syllables)).capitalize()


def main():
    out = sys.argv[1]
    stories = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    start = date(2030, 1, 1)
    used = set()
    with open(out, "w", encoding="utf-8") as f:
        for s in range(stories):
            while True:
                town = name(rng, 3)
                if town not in used:
                    used.add(town)
                    break
            verb, event = rng.choice(EVENTS)
            facts = {
                "town": town, "org": name(rng, 3) + rng.choice([" Authority", " Institute", " Group", " Works"]),
                "person": name(rng, 2) + " " + name(rng, 3), "second": name(rng, 2) + " " + name(rng, 2),
                "group": name(rng, 3) + " " + rng.choice(["Union", "Council", "Association", "League"]),
                "place": name(rng, 3), "noun": rng.choice(NOUNS), "verb": verb, "event": event,
                "thing": name(rng, 2).lower(), "day": rng.choice(DAYS), "year": rng.randint(1990, 2029),
                "n1": rng.randint(3, 90), "n2": rng.randint(2, 40), "n3": rng.randint(100, 5000), "n4": rng.randint(200, 9000),
            }
            title = "{town} {noun} {verb} as {org} acts".format(**facts)
            published = start + timedelta(days=rng.randint(0, 364))
            for a, outlet in enumerate(rng.sample(OUTLETS, rng.randint(2, 4))):
                variant = dict(facts)
                if a > 0 and rng.random() < 0.3:
                    variant["n1"] = facts["n1"] + rng.randint(1, 5)
                sentences = [t.format(**variant) for t in SENTENCES]
                body = [sentences[0]] + rng.sample(sentences[1:], 4)
                record = {
                    "id": f"s{s:04d}-{a}",
                    "published": (published + timedelta(days=a // 2)).isoformat(),
                    "outlet": outlet,
                    "title": title if a == 0 else f"{title} ({outlet})",
                    "text": " ".join([rng.choice(LEADS)] + body).strip(),
                }
                f.write(json.dumps(record) + "\n")
    print(f"wrote {stories} stories to {out}")


if __name__ == "__main__":
    main()
