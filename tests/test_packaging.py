"""An installed wheel works outside the checkout: it carries prompts/ and data/."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_the_wheel_carries_prompts_and_data_and_works_outside_the_checkout(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path / "dist"), str(ROOT)], check=True, timeout=300)
    [wheel] = (tmp_path / "dist").glob("promo_ai-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "promo_ai/prompts/email_sections.j2" in names
    assert "promo_ai/prompts/refine_system.j2" in names
    assert "promo_ai/data/examples/business-analyst.yaml" in names
    assert sum(n.startswith("promo_ai/data/guidance/") for n in names) >= 12

    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = ("import promo_ai, sys; from promo_ai.settings import resource_dir; "
            "from promo_ai.case import load_case; from promo_ai.workflow import Workflow; "
            "print(promo_ai.__file__); print(resource_dir('prompts')); "
            "d = Workflow().draft(load_case(resource_dir('data') / 'examples' / 'teacher.yaml'), with_guidance=False); "
            "print(d.value.passed)")
    out = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, capture_output=True, text=True, timeout=300,
                         env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                              "PROMO_AI_HOME": str(tmp_path / "home")})
    assert out.returncode == 0, out.stderr
    module_file, prompts, passed = out.stdout.split()
    assert module_file.startswith(str(target))
    assert prompts == str(target / "promo_ai" / "prompts")
    assert passed == "True"
