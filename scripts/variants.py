#!/usr/bin/env python3
"""Re-encode the seed reports the way real files arrive, with gold to match.

usage: variants.py SEEDS_DIR GOLD_DIR OUT_DIR

Writes OUT_DIR/<variant>/seeds/*.txt and OUT_DIR/<variant>/gold/… for each
variant, with the gold's line numbers and code-point offsets remapped, so
that `../shared/eval/score.py OUT_DIR/<variant>/seeds OUT_DIR/<variant>/gold`
scores the parser on it:

  crlf        CRLF line endings
  fullwidth   full-width digits, letters and punctuation, U+3000 indents
  gb18030     GB18030 bytes
  wrapped     hard-wrapped PDF-style lines of 38 code points, blank lines kept
  pdf         hard-wrapped at 36, no blank lines, spaces inside numbers
  flat        the whole text on one line (line breaks removed)
  flatspace   the whole text on one line (line breaks become spaces)
"""
import json, os, re, sys


def read_text(path):
    raw = open(path, 'rb').read()
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        return raw.decode('gb18030')


def build(old, pieces):
    """pieces: list of (old_index or None, new_char). Returns new text and old->new map."""
    new = []
    mapping = [0] * (len(old) + 1)
    for oi, ch in pieces:
        if oi is not None:
            mapping[oi] = len(new)
        new.extend(ch)
    mapping[len(old)] = len(new)
    # Removed characters map to the next kept position.
    last = len(new)
    seen = [False] * (len(old) + 1)
    for oi, _ in pieces:
        if oi is not None:
            seen[oi] = True
    for i in range(len(old), -1, -1):
        if seen[i] or i == len(old):
            last = mapping[i]
        else:
            mapping[i] = last
    return ''.join(new), mapping


def crlf(text):
    return build(text, [(i, c) if c != '\n' else (i, '\r\n') for i, c in enumerate(text)])


FULL = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def fullwidth(text):
    pieces = []
    at_line_start = True
    for i, c in enumerate(text):
        if c == '\n':
            pieces.append((i, c)); at_line_start = True; continue
        if at_line_start and c == ' ':
            pieces.append((i, '\u3000')); continue
        at_line_start = False
        pieces.append((i, FULL.get(c, c)))
    return build(text, pieces)


def wrap(text, width, blank_lines=True, split_numbers=False):
    pieces = []
    for line_start, line in iter_lines(text):
        if not line.strip():
            if blank_lines:
                pieces.append((line_start + len(line), '\n') if line_start + len(line) < len(text) else (None, ''))
            continue
        col = 0
        for j, c in enumerate(line):
            if col >= width:
                pieces.append((None, '\n')); col = 0
            pieces.append((line_start + j, c)); col += 1
            if split_numbers and c.isdigit() and j + 1 < len(line) and line[j + 1] in '亿万%' and (j + 2 >= len(line) or True):
                pieces.append((None, ' '))
        end = line_start + len(line)
        if end < len(text):
            pieces.append((end, '\n'))
    pieces = [p for p in pieces if p[1] != '']
    return build(text, pieces)


def iter_lines(text):
    start = 0
    for m in re.finditer('\n', text):
        yield start, text[start:m.start()]
        start = m.end()
    yield start, text[start:]


def flat(text, joiner):
    pieces = []
    for i, c in enumerate(text):
        if c in '\r\n':
            if joiner and not (pieces and pieces[-1][1] == joiner):
                pieces.append((i, joiner))
        else:
            pieces.append((i, c))
    return build(text, pieces)


VARIANTS = {
    'crlf': crlf,
    'fullwidth': fullwidth,
    'gb18030': lambda t: build(t, list(enumerate(t))),
    'wrapped': lambda t: wrap(t, 38),
    'pdf': lambda t: wrap(t, 36, blank_lines=False, split_numbers=True),
    'flat': lambda t: flat(t, ''),
    'flatspace': lambda t: flat(t, ' '),
}


def line_start_offset(text, line):
    """Code-point offset of the first non-blank character of 1-based line."""
    pos = 0
    for _ in range(line - 1):
        pos = text.index('\n', pos) + 1
    while pos < len(text) and text[pos] in ' \t\u3000\u00a0':
        pos += 1
    return pos


def new_line(new_text, offset):
    return new_text.count('\n', 0, offset) + 1


def remap_gold(name, old_text, new_text, mapping, gold_dir, out_gold):
    stem = name[:-4]
    os.makedirs(os.path.join(out_gold, 'quantities'), exist_ok=True)
    for suffix in ('.meta.json', '.indicators.json'):
        src = os.path.join(gold_dir, stem + suffix)
        if os.path.exists(src):
            data = json.load(open(src, encoding='utf-8'))
            if suffix == '.indicators.json':
                for r in data['indicators']:
                    t = r.get('text') or ''
                    i = old_text.find(t)
                    if i >= 0:
                        r['text'] = new_text[mapping[i]:mapping[i + len(t)]]
            json.dump(data, open(os.path.join(out_gold, stem + suffix), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    src = os.path.join(gold_dir, stem + '.outline.json')
    if os.path.exists(src):
        data = json.load(open(src, encoding='utf-8'))
        for key in ('headings', 'list_items', 'glossary'):
            for item in data.get(key, []):
                if 'line' in item:
                    item['line'] = new_line(new_text, mapping[line_start_offset(old_text, item['line'])])
        json.dump(data, open(os.path.join(out_gold, stem + '.outline.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    for suffix in ('.jsonl', '.ignore.jsonl', '.regions.jsonl'):
        src = os.path.join(gold_dir, 'quantities', stem + suffix)
        if not os.path.exists(src):
            continue
        out = []
        for line in open(src, encoding='utf-8'):
            if not line.strip():
                continue
            r = json.loads(line)
            r['start'], r['end'] = mapping[r['start']], mapping[r['end']]
            if 'text' in r:
                r['text'] = new_text[r['start']:r['end']]
            out.append(json.dumps(r, ensure_ascii=False))
        open(os.path.join(out_gold, 'quantities', stem + suffix), 'w', encoding='utf-8').write('\n'.join(out) + '\n')


def main():
    seeds, gold, out = sys.argv[1:4]
    for variant, fn in VARIANTS.items():
        out_seeds = os.path.join(out, variant, 'seeds')
        out_gold = os.path.join(out, variant, 'gold')
        os.makedirs(out_seeds, exist_ok=True)
        for name in sorted(os.listdir(seeds)):
            if not name.endswith('.txt'):
                continue
            old = read_text(os.path.join(seeds, name))
            new, mapping = fn(old)
            encoding = 'gb18030' if variant == 'gb18030' else 'utf-8'
            # newline='' keeps \r\n as written.
            with open(os.path.join(out_seeds, name), 'w', encoding=encoding, newline='') as f:
                f.write(new)
            remap_gold(name, old, new, mapping, gold, out_gold)
    print('\n'.join(sorted(VARIANTS)))


if __name__ == '__main__':
    main()
