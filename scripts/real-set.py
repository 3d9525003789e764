#!/usr/bin/env python3
"""Lays out the real development set from its sources.csv.

usage: scripts/real-set.py [DIR]      (default: engine/src/test/resources/real)

sources.csv is the one record of the set: each text's url, publisher, kind, title, country, coverage year
and split (tune or test). This script moves every text into the folder of its split (DIR/tune, DIR/test)
and writes each folder's manifest.yaml from sources.csv, so that `./yoy extract --corpus DIR/tune` reads
the tuning part with its metadata. RealSetLayoutTest checks that the folders agree with sources.csv.
"""
import csv, json, os, sys

def main(argv):
    root = argv[0] if argv else 'engine/src/test/resources/real'
    with open(os.path.join(root, 'sources.csv'), encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f))
    where = {}
    for part in ('tune', 'test'):
        os.makedirs(os.path.join(root, part), exist_ok=True)
        for name in os.listdir(os.path.join(root, part)):
            if name.endswith('.txt'):
                where[name] = os.path.join(root, part, name)
    for r in rows:
        if r['split'] not in ('tune', 'test'):
            sys.exit(f"sources.csv: {r['file']}: split must be tune or test, not {r['split']!r}")
        src = where.get(r['file'])
        if src is None:
            sys.exit(f"sources.csv: {r['file']}: no such text under {root}/tune or {root}/test")
        dst = os.path.join(root, r['split'], r['file'])
        if src != dst:
            os.replace(src, dst)
    for part in ('tune', 'test'):
        out = ['# Written by scripts/real-set.py from ../sources.csv: edit that file, then run the script.',
               'documents:']
        for r in sorted((r for r in rows if r['split'] == part), key=lambda r: r['file']):
            out.append(f"  - file: {r['file']}")
            out.append(f"    title: {json.dumps(r['title'], ensure_ascii=False)}")
            out.append(f"    publisher: {json.dumps(r['publisher'], ensure_ascii=False)}")
            out.append(f"    country: {json.dumps(r['country'], ensure_ascii=False)}")
            out.append(f"    coverage_year: {int(r['coverage_year'])}")
            if r['url'].startswith(('http://', 'https://')):
                out.append(f"    url: {json.dumps(r['url'], ensure_ascii=False)}")
        with open(os.path.join(root, part, 'manifest.yaml'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out) + '\n')

if __name__ == '__main__':
    main(sys.argv[1:])
