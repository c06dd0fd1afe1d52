#!/usr/bin/env python3
"""The baseline `helpkit units` is measured against: what a user would write instead.

Reads each article's front matter with PyYAML (its C loader when built with
libyaml) for the locale, parses the article with lxml.html, pairs every
<span data-ttu-id> with the sxs-lookup span's <span data-stu-id> of the same
id, and prints one JSON object per unit (path, locale, id, source, target),
like `helpkit units`. An HTML parser run
over raw markdown drops pseudo-tags such as <Group Name>: that loss is the
reason helpkit has its own scanner, but this script stays what a user would write.

Usage: lxml_units.py FILE_OR_FOLDER...
"""
import json
import os
import sys

import lxml.html
import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def articles(paths):
    for path in paths:
        if os.path.isdir(path):
            for folder, subfolders, names in os.walk(path):
                subfolders.sort()
                for name in sorted(names):
                    if name.endswith(".md"):
                        yield os.path.join(folder, name)
        else:
            yield path


def units(path):
    with open(path, "rb") as file:
        data = file.read()
    if not data.strip():
        return
    locale = front_matter(data).get("ms.contentlocale") or os.path.basename(os.path.dirname(path))
    root = lxml.html.fromstring(data.decode("utf-8", errors="replace"))
    sources = {span.get("data-stu-id"): span.text_content()
               for span in root.xpath("//span[@class='sxs-lookup']/span[@data-stu-id]")}
    for span in root.xpath("//span[@data-ttu-id]"):
        unit_id = span.get("data-ttu-id")
        yield {"path": path, "locale": locale, "id": unit_id, "source": sources.get(unit_id), "target": span.text_content()}


def front_matter(data):
    """The YAML between the first two `---` lines, as a dict; empty when there is none or it is broken."""
    lines = data.split(b"\n")
    if not lines or lines[0].strip() != b"---":
        return {}
    for end, line in enumerate(lines[1:], start=1):
        if line.strip() == b"---":
            try:
                value = yaml.load(b"\n".join(lines[1:end]), Loader=LOADER)
            except yaml.YAMLError:
                return {}
            return value if isinstance(value, dict) else {}
    return {}


def main():
    out = sys.stdout
    for path in articles(sys.argv[1:]):
        for unit in units(path):
            out.write(json.dumps(unit, ensure_ascii=False))
            out.write("\n")


if __name__ == "__main__":
    main()
