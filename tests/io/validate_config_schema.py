#!/usr/bin/python3
"""The config document's JSON Schema against the shipped defaults and the bad documents.

usage: validate_config_schema.py SCHEMA DEFAULTS BAD_DIR

The defaults document (comments allowed, as kefu reads it) must be valid; every bad document
that tests/io/config_bad/expected.txt marks "schema" must be invalid. Uses Debian's
python3-jsonschema (draft 2020-12)."""

import json
import pathlib
import sys

import jsonschema


def strip_comments(text):
    """JSON with // and /* */ comments and trailing commas, as kefu reads it, to plain JSON."""
    out, i, in_string = [], 0, False
    while i < len(text):
        c = text[i]
        if in_string:
            out.append(c)
            if c == '\\':
                out.append(text[i + 1])
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
            out.append(c)
        elif text.startswith('//', i):
            while i < len(text) and text[i] != '\n':
                i += 1
            continue
        elif text.startswith('/*', i):
            i = text.index('*/', i) + 2
            continue
        else:
            out.append(c)
        i += 1
    plain = ''.join(out)
    # Trailing commas: a comma followed only by white space before ] or }.
    result, in_string = [], False
    for j, c in enumerate(plain):
        if in_string:
            if c == '"' and plain[j - 1] != '\\':
                in_string = False
        elif c == '"':
            in_string = True
        elif c == ',' and plain[j + 1:].lstrip()[:1] in (']', '}'):
            continue
        result.append(c)
    return ''.join(result)


def main():
    schema_path, defaults_path, bad_dir = map(pathlib.Path, sys.argv[1:4])
    schema = json.loads(schema_path.read_text(encoding='utf-8'))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = []
    defaults = json.loads(strip_comments(defaults_path.read_text(encoding='utf-8')))
    for error in validator.iter_errors(defaults):
        failures.append(f'{defaults_path.name}: {error.json_path}: {error.message[:200]}')
    for minimal in ({'kefu_config': 1}, {'kefu_config': 1, 'lifecycle': {'reopen_window': '72 h'}}):
        for error in validator.iter_errors(minimal):
            failures.append(f'{minimal}: {error.message[:200]}')
    checked = 0
    for line in (bad_dir / 'expected.txt').read_text(encoding='utf-8').splitlines():
        name, caught_by, _ = line.split('\t', 2)
        if caught_by != 'schema':
            continue
        document = json.loads((bad_dir / f'{name}.json').read_text(encoding='utf-8'))
        checked += 1
        if validator.is_valid(document):
            failures.append(f'{name}.json: the schema accepts it')
    for failure in failures:
        print(failure)
    print(f'{checked} bad documents refused by the schema; {len(failures)} failures')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
