"""What the cycle collector cost each process of a bench run: ``python bench/gcprobe/report.py DIR``.

DIR is the ``GCPROBE`` directory ``bench/gcprobe/sitecustomize.py`` wrote; see there."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def main(folder: str) -> None:
    print(f"{'process':<34} {'collections 0/1/2':>18} {'collector CPU s':>16} {'of process':>10} "
          f"{'longest full ms':>15} {'tracked':>8} {'frozen':>8}")
    for path in sorted(Path(folder).glob("*.json")):
        d = json.loads(path.read_text())
        program, *args = d["argv"] or ["python"]
        name = " ".join(args[:2]) if program == "cli.py" else program  # a role: "service tourism", "gateway"
        cpu = sum(d["cpu_s"])
        share = cpu / d["process_cpu_s"] if d["process_cpu_s"] else 0.0
        counts = "/".join(str(n) for n in d["collections"])
        print(f"{name[:34]:<34} {counts:>18} {cpu:>16.2f} {share:>10.1%} {d['longest_ms'][2]:>15.1f} "
              f"{d['tracked']:>8} {d['frozen']:>8}")


if __name__ == "__main__":
    main(sys.argv[1])
