#!/usr/bin/env bash
# Creates (once) the Python virtual environment of the sentence-transformers baseline, pinned to
# the same torch the Rust side links against. torch comes without its CUDA dependencies (the
# baseline runs on the CPU); only the two small CUDA runtime wheels its loader insists on are added.
# Usage: bench/python-venv.sh DIR   (prints nothing; the venv's python is DIR/bin/python)
set -euo pipefail
venv="$1"
if [[ -x "$venv/bin/python" && -f "$venv/.complete-v1" ]]; then
  exit 0
fi
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --no-deps torch==2.4.0 \
  nvidia-cuda-runtime-cu12==12.1.105 nvidia-cuda-cupti-cu12==12.1.105
"$venv/bin/python" -m pip install --quiet filelock sympy networkx jinja2 fsspec typing-extensions \
  'numpy<2' 'transformers<5' 'sentence-transformers<6' psutil
"$venv/bin/python" -c 'import torch, sentence_transformers' >/dev/null
touch "$venv/.complete-v1"
