#!/usr/bin/env python3
"""Writes fictional news reports as CrossCheck JSONL: STORIES distinct events, 2-4 reports each from different
outlets (same facts, different wording, sometimes a differing figure), for the web load test.
Usage: generate_stories.py OUT.jsonl [STORIES] [SEED]"""
import json
import random
import sys
from datetime import date, timedelta

CONSONANTS = "bdfghklmnprstvz"
VOWELS = "aeiou"
OUTLETS = ["Harbor Wire", "Vela Courier", "Coast Post", "Island Daily", "Northgate Ledger", "Valley Herald",
           "Morning Lantern", "Ridge Gazette"]
KINDS = [
    ("bridge", "{town} bridge closed after {org} finds cracks",
     "The {org} closed the {town} bridge on {day} after inspectors found cracks in {n1} support beams. "
     "{person}, who leads the {org}, said repairs would take {n2} weeks and cost {n3} thousand crowns. "
     "About {n4} drivers a day will use a detour through {place}."),
    ("strike", "{org} workers in {town} strike over pay",
     "Workers at the {org} in {town} walked out on {day} in a dispute over pay. "
     "Union spokesperson {person} said {n1} staff joined the strike and asked for a raise of {n2} percent. "
     "Talks are set to resume in {place} next week, with {n3} shifts already cancelled."),
    ("fire", "Fire destroys warehouse in {town}",
     "A fire destroyed a warehouse of the {org} in {town} on {day}, the fire service said. "
     "Chief officer {person} said {n1} firefighters fought the blaze for {n2} hours. "
     "Nobody was hurt, but {n3} tonnes of grain were lost and roads near {place} stayed shut."),
    ("council", "{town} council approves {org} budget",
     "The council of {town} approved a budget of {n3} thousand crowns for the {org} on {day}. "
     "Mayor {person} said the money would pay for {n1} new teachers and {n2} buses. "
     "Opponents in {place} said the plan raised local taxes by {n4} crowns a household."),
    ("flood", "Floods force evacuations in {town}",
     "Floodwater forced {n4} residents of {town} from their homes on {day}, the {org} said. "
     "{person} of the {org} said the river rose {n1} centimetres overnight and {n2} schools were closed. "
     "Shelters in {place} took in {n3} families."),
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
            kind, title, body = rng.choice(KINDS)
            facts = {
                "town": town, "org": name(rng, 3) + rng.choice([" Authority", " Institute", " Group", " Works"]),
                "person": name(rng, 2) + " " + name(rng, 3), "place": name(rng, 3),
                "day": rng.choice(DAYS), "n1": rng.randint(3, 90), "n2": rng.randint(2, 40),
                "n3": rng.randint(100, 5000), "n4": rng.randint(200, 9000),
            }
            published = start + timedelta(days=rng.randint(0, 364))
            for a, outlet in enumerate(rng.sample(OUTLETS, rng.randint(2, 4))):
                variant = dict(facts)
                if a > 0 and rng.random() < 0.3:
                    variant["n1"] = facts["n1"] + rng.randint(1, 5)
                record = {
                    "id": f"s{s:04d}-{a}",
                    "published": (published + timedelta(days=a // 2)).isoformat(),
                    "outlet": outlet,
                    "title": title.format(**variant),
                    "text": (rng.choice(LEADS) + " " + body.format(**variant)).strip(),
                }
                f.write(json.dumps(record) + "\n")
    print(f"wrote {stories} stories to {out}")


if __name__ == "__main__":
    main()
