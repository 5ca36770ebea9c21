#!/usr/bin/env python3
"""Checks Tokenwise's Qt Linguist .ts files and the translation contexts in the sources.

  check-translations.py TS_FILE...
      Fails when a live message is unfinished or empty, a plural message lacks one of the language's forms,
      the %1/%L1/%n placeholders of a translation differ from its source, or an accelerator (&x) got lost.
  check-translations.py --sources SRC_DIR [--aliases LUPDATE_ALIAS_LIST]
      Fails when a file translates through a helper, tr(text) -> QCoreApplication::translate("Ctx", text),
      without a matching TOKENWISE_TR_CONTEXT(Ctx) marker (src/core/TrContext.h): lupdate would file its
      strings under a context nothing looks up, and they would never be translated. Helpers other than tr()
      must also be in lupdate's -tr-function-alias list (src/app/CMakeLists.txt) or lupdate never sees them.
"""
import argparse
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

# Plural forms per language, as lrelease counts them (Qt's numerus rules).
PLURAL_FORMS = {"de": 2, "ja": 1, "zh": 1}
PLACEHOLDER = re.compile(r"%(?:L?[1-9][0-9]?|n)")
# An accelerator is "&" followed by a visible character other than "&" ("&&" is a literal ampersand).
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def has_accelerator(text):
    return bool(ACCELERATOR.search((text or "").replace("&&", "")))


def check_ts(path):
    problems = []
    root = ET.parse(path).getroot()
    language = root.get("language") or ""
    if not language:
        problems.append(f"{path}: the <TS> element has no language attribute")
    expected_forms = PLURAL_FORMS.get(language.split("_")[0])
    expected_language = path.stem.split("_", 1)[1] if "_" in path.stem else ""
    if expected_language and language != expected_language:
        problems.append(f"{path}: language is '{language}', the file name says '{expected_language}'")
    live = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            live += 1
            source = message.findtext("source") or ""
            where = f"{path.name}: [{name}] {source!r}"
            if translation is None:
                problems.append(f"{where}: no <translation>")
                continue
            if kind == "unfinished":
                problems.append(f"{where}: unfinished")
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.findall("numerusform")]
                if expected_forms is not None and len(forms) != expected_forms:
                    problems.append(f"{where}: {len(forms)} plural forms, '{language}' has {expected_forms}")
            else:
                forms = [translation.text or ""]
            for form in forms:
                if not form.strip():
                    problems.append(f"{where}: empty translation")
                    continue
                if placeholders(form) != placeholders(source):
                    problems.append(f"{where}: placeholders {placeholders(form)} in {form!r}, "
                                    f"source has {placeholders(source)}")
                if has_accelerator(source) and not has_accelerator(form):
                    problems.append(f"{where}: the accelerator of the source is missing in {form!r}")
    return live, problems


# QString name(const char *text, ...) { return QCoreApplication::translate("Ctx", text ...); }
# or a helper forwarding to another one: { return otherHelper(text ...); }
HELPER = re.compile(
    r"QString\s+(\w+)\s*\(\s*const\s+char\s*\*\s*(\w+)[^)]*\)\s*\{\s*return\s+"
    r"(?:QCoreApplication::translate\(\s*\"([^\"]+)\"\s*,\s*\2\b|(\w+)\(\s*\2\b)")
MARKER = re.compile(r"^TOKENWISE_TR_CONTEXT\((\w+)\)", re.MULTILINE)


def check_sources(src_dir, aliases):
    problems = []
    files = sorted(p for p in src_dir.rglob("*") if p.suffix in (".cpp", ".h") and p.is_file())
    texts = {p: p.read_text(encoding="utf-8") for p in files}
    if texts.get(src_dir / "core" / "TrContext.h") is not None:
        del texts[src_dir / "core" / "TrContext.h"]
    # Pass 1: every helper and its context; forwarding helpers resolve through the one they call.
    direct, forwarding = {}, {}
    for path, text in texts.items():
        for name, _, context, target in HELPER.findall(text):
            if context:
                direct.setdefault(name, {})[path] = context
            else:
                forwarding.setdefault(name, {})[path] = target
    shared = {name: next(iter(by_file.values())) for name, by_file in direct.items() if name != "tr"}
    for name, by_file in forwarding.items():
        for path, target in by_file.items():
            if target in shared:
                direct.setdefault(name, {})[path] = shared[target]
    shared = {name: next(iter(by_file.values())) for name, by_file in direct.items() if name != "tr"}
    # Pass 2: the context each file's literal calls need, and the marker it has.
    for path, text in texts.items():
        needed = set()
        if path in direct.get("tr", {}):
            needed.add(direct["tr"][path])
        for name, context in shared.items():
            if re.search(r"\b" + name + r"\(\s*\"", text):
                needed.add(context)
                if name not in aliases:
                    problems.append(f"{path}: lupdate does not extract {name}(\"…\") calls; add "
                                    f"'tr+={name}' to TOKENWISE_TR_FUNCTION_ALIASES in src/app/CMakeLists.txt")
        markers = set(MARKER.findall(text))
        if len(needed) > 1:
            problems.append(f"{path}: translates in several contexts through helpers: {sorted(needed)}")
        for context in needed - markers:
            problems.append(f"{path}: strings go to the context '{context}' through a helper; add "
                            f"'#include \"core/TrContext.h\"' and 'TOKENWISE_TR_CONTEXT({context})' at file scope")
        for context in markers - needed:
            problems.append(f"{path}: TOKENWISE_TR_CONTEXT({context}) does not match a helper in this file")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ts_files", nargs="*", type=pathlib.Path)
    parser.add_argument("--sources", type=pathlib.Path, help="source tree to check for helper contexts")
    parser.add_argument("--aliases", default="", help="lupdate's -tr-function-alias value")
    args = parser.parse_args()
    if not args.ts_files and not args.sources:
        parser.error("give .ts files or --sources")

    problems = []
    for path in args.ts_files:
        live, found = check_ts(path)
        problems += found
        print(f"{path.name}: {live} messages, {len(found)} problems")
    if args.sources:
        aliases = {a.split("+=", 1)[1] for a in args.aliases.split(",") if a.startswith("tr+=")}
        found = check_sources(args.sources, aliases)
        problems += found
        print(f"{args.sources}: {len(found)} helper-context problems")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
