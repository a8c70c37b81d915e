#!/usr/bin/env python3
"""Validate heldout-16 against ../labels.md with heldout-11's checks (the two sets have the same
shape and counts). Exit 0 when valid."""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], HERE]
runpy.run_path(os.path.join(HERE, "..", "heldout-11", "validate.py"), run_name="__main__")
