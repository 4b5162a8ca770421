"""The console's translation catalogues: find the words to translate, keep them, compile them.

Qt's `lupdate` finds every `self.tr(...)`, `translate(...)` and `QT_TRANSLATE_NOOP(...)` in the
package; the catalogues are Qt's own `.ts` files under `translations/`, one per language, which
Qt Linguist opens too. Merging is done here rather than by `lupdate` itself because `lupdate`
marks a plural (`%n`) as such only in `self.tr`, and would turn the plural forms of a
`translate(...)` call into one string on the next update. English has a catalogue of its own
holding only the plurals ("1 order", "2 orders").

    python scripts/translations.py build            # compile resources/i18n/*.qm (lrelease)
    python scripts/translations.py check            # every message translated? (exit 1 if not)
    python scripts/translations.py missing --lang fr [--only PATH...]   # JSON to translate
    python scripts/translations.py fill FILE.json --lang fr [--part NAME]
    python scripts/translations.py update           # rewrite the catalogues from the sources
    python scripts/translations.py pseudo --out DIR # every message as ⟦source⟧, compiled

`missing` prints what has no translation yet as a JSON list; give each entry a "translation"
(a string, or for a plural a list of its forms: [one, many]) and `fill` writes them in. With
`--part NAME` they go to `translations/parts/NAME_<lang>.ts`, so several people translating at
once never edit the same file; `update` folds the parts into the catalogues.

`pseudo` compiles a catalogue in which every message reads as its source between markers
("⟦Orders⟧", "⟦%n orders⟧"): installed, any word on screen without them was never translated.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "approval_console"
CATALOGUES = ROOT / "translations"
PARTS = CATALOGUES / "parts"
COMPILED = ROOT / "resources" / "i18n"
# The sandbox stands in for the vendors' servers; its words are theirs, never the console's.
NOT_SCANNED = ("sandbox",)
LANGUAGES = {"fr": "fr_FR", "de": "de_DE"}  # shipped translations
PLURALS_ONLY = {"en": "en_US"}  # the source language: only its plural forms
PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*\}|%n|%[1-9]")

Key = tuple[str, str, str]  # context, source, disambiguation comment ("" for none)


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)

    @property
    def plural(self) -> bool:
        return "%n" in self.source


Translation = str | list[str]


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(found) if found.exists() else f"pyside6-{name}"


def sources(only: Sequence[str] = ()) -> list[Path]:
    if only:
        picked: list[Path] = []
        for entry in only:
            path = Path(entry).resolve()
            picked.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
        return picked
    return [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if not any(part in NOT_SCANNED for part in path.relative_to(PACKAGE).parts)
    ]


def extract(only: Sequence[str] = ()) -> list[Message]:
    """Every message in the sources, in the order lupdate finds them."""
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "sources.lst"
        listing.write_text("\n".join(str(path) for path in sources(only)), encoding="utf-8")
        found = Path(scratch) / "found.ts"
        subprocess.run(
            [_tool("lupdate"), f"@{listing}", "-locations", "absolute", "-ts", str(found)],
            check=True,
            capture_output=True,
        )
        root = ET.parse(found).getroot()
    messages: dict[Key, Message] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            message = Message(
                name, element.findtext("source") or "", element.findtext("comment") or ""
            )
            kept = messages.setdefault(message.key, message)
            for location in element.iter("location"):
                filename = Path(location.get("filename", ""))
                if not filename.is_absolute():
                    filename = (found.parent / filename).resolve()
                try:
                    shown = str(filename.relative_to(ROOT))
                except ValueError:
                    shown = str(filename)
                kept.locations.append((shown, int(location.get("line", "0"))))
    return list(messages.values())


def calls(only: Sequence[str] = ()) -> list[tuple[str | None, str, str]]:
    """(context or None for `tr`, source, "file:line") of every translation call in the
    sources, read by Python itself: what lupdate should have found."""
    found: list[tuple[str | None, str, str]] = []
    for path in sources(only):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            texts = [a.value if isinstance(a, ast.Constant) else None for a in node.args[:2]]
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if name in {"translate", "QT_TRANSLATE_NOOP"} and len(texts) == 2:
                context, source = texts
                if isinstance(context, str) and isinstance(source, str):
                    found.append((context, source, where))
            elif name == "tr" and isinstance(texts[0], str):
                found.append((None, texts[0], where))
    return found


def unread(messages: Iterable[Message], only: Sequence[str] = ()) -> list[str]:
    """Translation calls lupdate did not find: their words would never be translated.

    lupdate's Python reader gives up on a `translate(...)` whose count is anything but a
    plain name (`len(orders)`, `self.count`): such a call is named here, to be rewritten with
    the count in a variable first."""
    known = {(m.context, m.source) for m in messages}
    sources_found = {m.source for m in messages}
    return [
        f"{where}: lupdate cannot read this call ({source!r}); give its count as a plain name"
        for context, source, where in calls(only)
        if ((context, source) not in known if context is not None else source not in sources_found)
    ]


def read_catalogue(path: Path) -> dict[Key, Translation]:
    """The finished translations of one .ts file."""
    if not path.exists():
        return {}
    found: dict[Key, Translation] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            key = (name, element.findtext("source") or "", element.findtext("comment") or "")
            translation = element.find("translation")
            if translation is None or translation.get("type") in {
                "unfinished",
                "obsolete",
                "vanished",
            }:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if element.get("numerus") == "yes":
                if forms and all(forms):
                    found[key] = forms
            elif translation.text:
                found[key] = translation.text
    return found


def known(lang: str) -> dict[Key, Translation]:
    """Every translation kept for `lang`: the catalogue's, then the parts'."""
    merged = read_catalogue(catalogue_path(lang))
    for part in sorted(PARTS.glob(f"*_{lang}.ts")):
        merged.update(read_catalogue(part))
    return merged


def catalogue_path(lang: str) -> Path:
    return CATALOGUES / f"approval_console_{lang}.ts"


def write_catalogue(
    path: Path, lang: str, messages: Iterable[Message], translations: dict[Key, Translation]
) -> None:
    root = ET.Element("TS", version="2.1", language={**LANGUAGES, **PLURALS_ONLY}[lang])
    contexts: dict[str, ET.Element] = {}
    for message in sorted(messages, key=lambda m: (m.context, m.source, m.comment)):
        context = contexts.get(message.context)
        if context is None:
            context = contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = message.context
        element = ET.SubElement(context, "message")
        if message.plural:
            element.set("numerus", "yes")
        # Files without lines: a line number would change the catalogue at every edit above it.
        for filename in dict.fromkeys(filename for filename, _line in message.locations):
            ET.SubElement(element, "location", filename=f"../{filename}")
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        translation = ET.SubElement(element, "translation")
        done = translations.get(message.key)
        if done is None:
            translation.set("type", "unfinished")
        if message.plural:
            forms = done if isinstance(done, list) else [done or "", done or ""]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        elif done is not None:
            translation.text = done if isinstance(done, str) else done[0]
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def wanted(lang: str, messages: Iterable[Message]) -> list[Message]:
    """What `lang` translates: every message, or for the source language its plurals."""
    return [m for m in messages if lang in LANGUAGES or m.plural]


def problems(lang: str, message: Message, translation: Translation | None) -> list[str]:
    if translation is None:
        return ["no translation"]
    forms = translation if isinstance(translation, list) else [translation]
    if message.plural and (not isinstance(translation, list) or len(forms) < 2):
        return ["a plural needs its forms: [one, many]"]
    expected = sorted(set(PLACEHOLDER.findall(message.source)))
    found = []
    for form in forms:
        names = sorted(set(PLACEHOLDER.findall(form)))
        # A singular form may say "one" in words instead of %n ("1 commande" or "une commande").
        if message.plural and form is forms[0]:
            names = sorted(set(names) | {"%n"}) if "%n" in expected else names
        if names != expected:
            found.append(f"placeholders {names} in {form!r}, the source has {expected}")
    return found


def cmd_missing(args: argparse.Namespace) -> int:
    translations = known(args.lang)
    todo = [
        {
            "context": m.context,
            "source": m.source,
            **({"comment": m.comment} if m.comment else {}),
            "plural": m.plural,
            "where": f"{m.locations[0][0]}:{m.locations[0][1]}" if m.locations else "",
        }
        for m in wanted(args.lang, extract(args.only))
        if problems(args.lang, m, translations.get(m.key))
    ]
    print(json.dumps(todo, ensure_ascii=False, indent=1))
    return 0


def cmd_fill(args: argparse.Namespace) -> int:
    entries = json.loads(Path(args.file).read_text(encoding="utf-8"))
    target = PARTS / f"{args.part}_{args.lang}.ts" if args.part else catalogue_path(args.lang)
    translations = read_catalogue(target)
    messages = {m.key: m for m in extract()}
    kept: dict[Key, Message] = {}
    for key in translations:
        if key in messages:
            kept[key] = messages[key]
    refused = 0
    for entry in entries:
        key = (entry["context"], entry["source"], entry.get("comment", ""))
        message = messages.get(key)
        if message is None:
            print(f"not in the sources: {key}", file=sys.stderr)
            refused += 1
            continue
        wrong = problems(args.lang, message, entry.get("translation"))
        if wrong:
            print(f"{key}: {'; '.join(wrong)}", file=sys.stderr)
            refused += 1
            continue
        translations[key] = entry["translation"]
        kept[key] = message
    write_catalogue(target, args.lang, kept.values(), translations)
    print(f"{len(entries) - refused} written to {target.relative_to(ROOT)}, {refused} refused")
    return 1 if refused else 0


def cmd_update(_args: argparse.Namespace) -> int:
    messages = extract()
    for lang in (*LANGUAGES, *PLURALS_ONLY):
        write_catalogue(catalogue_path(lang), lang, wanted(lang, messages), known(lang))
    for part in PARTS.glob("*.ts"):
        part.unlink()
    if PARTS.exists() and not any(PARTS.iterdir()):
        PARTS.rmdir()
    return cmd_check(_args)


def inherited_plurals(only: Sequence[str] = ()) -> list[str]:
    """Plural `self.tr(text, disambiguation, n)` calls in a class the package subclasses.

    PySide6 looks `self.tr` up under each class of the instance's MRO, most derived first, and
    keeps the first answer that differs from the source; a plural's answer always differs (its
    `%n` is filled in), so the subclass's context, where the message is not, wins and the words
    stay English. Such a call names its class: `translate("Class", ...)` from `core.i18n`."""
    subclassed: set[str] = set()
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                subclassed.update(
                    base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
                    for base in node.bases
                )
    found: list[str] = []
    for path in sources(only):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef) or node.name not in subclassed:
                continue
            for call in ast.walk(node):
                func = getattr(call, "func", None)
                if (
                    isinstance(call, ast.Call)
                    and isinstance(func, ast.Attribute)
                    and func.attr == "tr"
                    and isinstance(func.value, ast.Name)
                    and func.value.id == "self"
                    and len(call.args) >= 3
                ):
                    found.append(
                        f"{path.relative_to(ROOT)}:{call.lineno}: a plural self.tr in "
                        f"{node.name}, which is subclassed, is never translated; use "
                        f'translate("{node.name}", ...) from core.i18n'
                    )
    return found


def check_problems(only: Sequence[str] = ()) -> tuple[dict[str, list[str]], int]:
    """Each language's problems, one line each (source, context, file), and how many messages
    the sources hold; calls lupdate could not read come first, under "all"."""
    messages = extract(only)
    found: dict[str, list[str]] = {}
    unreadable = unread(messages, only) + inherited_plurals(only)
    if unreadable:
        found["all"] = unreadable
    for lang in (*LANGUAGES, *PLURALS_ONLY):
        translations = known(lang)
        for message in wanted(lang, messages):
            for problem in problems(lang, message, translations.get(message.key)):
                where = ", ".join(f"{f}:{line}" for f, line in message.locations[:2])
                found.setdefault(lang, []).append(
                    f"{message.source!r} ({message.context}, {where}): {problem}"
                )
    return found, len(messages)


def cmd_check(args: argparse.Namespace) -> int:
    found, count = check_problems(getattr(args, "only", None) or ())
    failed = 0
    for lang, lines in found.items():
        for line in lines:
            print(f"{lang}: {line}")
            failed += 1
    print(f"{failed} problem(s) in {count} messages")
    return 1 if failed else 0


def cmd_build(args: argparse.Namespace) -> int:
    """Compile each language's catalogue and parts into one .qm under resources/i18n."""
    out = Path(args.out) if args.out else COMPILED
    out.mkdir(parents=True, exist_ok=True)
    messages = extract()
    with tempfile.TemporaryDirectory() as scratch:
        for lang in (*LANGUAGES, *PLURALS_ONLY):
            combined = Path(scratch) / f"approval_console_{lang}.ts"
            write_catalogue(combined, lang, wanted(lang, messages), known(lang))
            subprocess.run(
                [
                    _tool("lrelease"),
                    "-silent",
                    str(combined),
                    "-qm",
                    str(out / f"approval_console_{lang}.qm"),
                ],
                check=True,
            )
    print(f"compiled {', '.join((*LANGUAGES, *PLURALS_ONLY))} into {out}")
    return 0


PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"


def pseudo_translation(message: Message) -> Translation:
    """The source between markers; a plural's two forms with "(s)" resolved as English does."""
    if message.plural:
        one = message.source.replace("(s)", "")
        many = message.source.replace("(s)", "s")
        return [f"{PSEUDO_OPEN}{one}{PSEUDO_CLOSE}", f"{PSEUDO_OPEN}{many}{PSEUDO_CLOSE}"]
    return f"{PSEUDO_OPEN}{message.source}{PSEUDO_CLOSE}"


def build_pseudo(out: Path) -> Path:
    """Compile the pseudo-locale catalogue into `out`; returns the `.qm` file's path."""
    out.mkdir(parents=True, exist_ok=True)
    messages = extract()
    compiled = out / "approval_console_pseudo.qm"
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "approval_console_pseudo.ts"
        # English plural rules (two forms), which the pseudo forms follow.
        write_catalogue(source, "en", messages, {m.key: pseudo_translation(m) for m in messages})
        subprocess.run(
            [_tool("lrelease"), "-silent", str(source), "-qm", str(compiled)], check=True
        )
    return compiled


def cmd_pseudo(args: argparse.Namespace) -> int:
    print(f"compiled {build_pseudo(Path(args.out))}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build")
    build.add_argument("--out")
    check = commands.add_parser("check")
    check.add_argument("--only", nargs="*", default=[])
    missing = commands.add_parser("missing")
    missing.add_argument("--lang", required=True, choices=[*LANGUAGES, *PLURALS_ONLY])
    missing.add_argument("--only", nargs="*", default=[])
    fill = commands.add_parser("fill")
    fill.add_argument("file")
    fill.add_argument("--lang", required=True, choices=[*LANGUAGES, *PLURALS_ONLY])
    fill.add_argument("--part")
    commands.add_parser("update")
    pseudo = commands.add_parser("pseudo")
    pseudo.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    handler = {
        "build": cmd_build,
        "check": cmd_check,
        "missing": cmd_missing,
        "fill": cmd_fill,
        "update": cmd_update,
        "pseudo": cmd_pseudo,
    }[args.command]
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
