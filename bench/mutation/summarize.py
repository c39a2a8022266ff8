"""Prints the mutation score per folder of Core from Stryker's JSON report (bench/mutation.sh).

Score = (killed + timeout) / (killed + timeout + survived + no coverage), Stryker's own definition.
ConfigureAwait mutants are filtered out before the run (ignore-methods in stryker-config.json): Core runs
without a SynchronizationContext in Lambda, so ConfigureAwait(false) -> (true) changes nothing any test or user
could see. They are counted and reported, never scored.
"""
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

DETECTED = {"Killed", "Timeout"}
UNDETECTED = {"Survived", "NoCoverage"}


def folder_of(path: str) -> str:
    parts = Path(path).parts
    core = parts.index("EcsWinReconciler.Core") if "EcsWinReconciler.Core" in parts else -1
    rest = parts[core + 1:]
    # A file at the project root has no folder; subfolders roll up into their stage folder.
    return rest[0] if len(rest) > 1 else "(root)"


def line_text(source: str, line: int) -> str:
    lines = source.splitlines()
    return lines[line - 1].strip() if 0 < line <= len(lines) else ""


def main(report_path: str) -> None:
    report = json.loads(Path(report_path).read_text())
    counts: dict[str, Counter] = defaultdict(Counter)
    survivors: list[str] = []
    for path, file in sorted(report["files"].items()):
        folder = folder_of(path)
        short = "/".join(Path(path).parts[-2:])
        for m in file["mutants"]:
            status = m["status"]
            if status == "Ignored" and "ConfigureAwait" in line_text(file["source"], m["location"]["start"]["line"]):
                counts[folder]["ConfigureAwait"] += 1
                continue
            counts[folder][status] += 1
            if status in UNDETECTED:
                line = m["location"]["start"]["line"]
                survivors.append(f"  {short}:{line}  {status:<10} {m['mutatorName']}: {m.get('replacement', '')[:70]!r}")

    header = f"{'folder':<16}{'mutants':>8}{'killed':>8}{'timeout':>8}{'survived':>9}{'no cov':>8}{'score':>8}"
    print(header)
    print("-" * len(header))
    total = Counter()
    for folder in sorted(counts):
        c = counts[folder]
        total.update(c)
        print(row(folder, c))
    print("-" * len(header))
    print(row("all", total))
    excluded = {f: c["ConfigureAwait"] for f, c in counts.items() if c["ConfigureAwait"]}
    for folder, n in sorted(excluded.items()):
        c = counts[folder]
        with_them = score(c, extra_undetected=n)
        print(f"{folder}: {n} ConfigureAwait mutants excluded (equivalent: no SynchronizationContext in Lambda); "
              f"counted as survivors the score would be {with_them}")
    other_ignored = sum(c["Ignored"] for c in counts.values())
    if other_ignored:
        print(f"{other_ignored} other mutants ignored by Stryker (not scored)")
    if survivors:
        print(f"\nsurvivors ({len(survivors)}):")
        print("\n".join(survivors))


def score(c: Counter, extra_undetected: int = 0) -> str:
    detected = sum(c[s] for s in DETECTED)
    valid = detected + sum(c[s] for s in UNDETECTED) + extra_undetected
    return f"{100 * detected / valid:.1f}%" if valid else "n/a"


def row(name: str, c: Counter) -> str:
    valid = sum(c[s] for s in DETECTED | UNDETECTED)
    return (f"{name:<16}{valid:>8}{c['Killed']:>8}{c['Timeout']:>8}{c['Survived']:>9}{c['NoCoverage']:>8}"
            f"{score(c):>8}")


if __name__ == "__main__":
    main(sys.argv[1])
