#!/usr/bin/env python3
"""The README's accuracy table, from the project's scorer.

usage: score-table.py [--cmd 'CLI ARGS'] [--check README.md | --write README.md]

Scores the CLI on the seed reports and on the twelve real provincial work
reports (tests/fixtures/{seeds,real} against their gold) with
tests/fixtures/score.py, and prints a Markdown table. --write replaces the
table between the README's `<!-- scores -->` and `<!-- /scores -->` marks;
--check exits 1 when the README's table is not what the parser scores now,
so the docs cannot go stale (tests/seeds.rs runs it).
"""
import json, os, subprocess, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
SETS = [
    ('seeds (5 district and city reports)', 'tests/fixtures/seeds', 'tests/fixtures/gold'),
    ('real (12 provincial 政府工作报告, 2025 and 2026)', 'tests/fixtures/real', 'tests/fixtures/real/gold'),
]
COLUMNS = [('headings_f1', 'headings F1'), ('heading_title_acc', 'exact titles'),
           ('indicators_f1', 'indicators F1'), ('indicator_value_acc', 'value fields'),
           ('meta_acc', 'meta')]
START, END = '<!-- scores -->', '<!-- /scores -->'


def table(cmd):
    rows = ['| set | ' + ' | '.join(label for _, label in COLUMNS) + ' |',
            '|---|' + '---|' * len(COLUMNS)]
    for name, texts, gold in SETS:
        out = subprocess.run([sys.executable, os.path.join(ROOT, 'tests/fixtures/score.py'), '--cmd', cmd, '--json',
                              os.path.join(ROOT, texts), os.path.join(ROOT, gold)],
                             capture_output=True, check=True, text=True)
        scores = json.loads(out.stdout)
        rows.append(f'| {name} | ' + ' | '.join(f'{scores[key]:.3f}' for key, _ in COLUMNS) + ' |')
    return '\n'.join(rows)


def main():
    args = sys.argv[1:]
    cmd = os.path.join(ROOT, 'target/release/gongwen') + ' parse'
    if '--cmd' in args:
        i = args.index('--cmd'); cmd = args[i + 1]; del args[i:i + 2]
    text = table(cmd)
    if not args:
        print(text); return
    mode, path = args
    readme = open(path, encoding='utf-8').read()
    if START not in readme or END not in readme:
        sys.exit(f'{path}: no {START} … {END} section')
    before, rest = readme.split(START, 1)
    current, after = rest.split(END, 1)
    if mode == '--write':
        open(path, 'w', encoding='utf-8').write(before + START + '\n' + text + '\n' + END + after)
    elif current.strip() != text.strip():
        sys.exit(f'{path}: the score table is stale; run scripts/score-table.py --write {path}\n\nnow:\n{text}')


if __name__ == '__main__':
    main()
