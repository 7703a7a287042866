"""Package discovery that pyproject.toml cannot express; everything else is in pyproject.toml.

The wheel holds `diagnose` and every subpackage found under it, and the knowledge base, rules/, as the package
`diagnose.rules` with each of its folders (data only: listed as packages so that setuptools installs them), and
the HTML report's templates, diagnose/report/templates, listed the same way.
"""

from setuptools import find_namespace_packages, find_packages, setup

setup(
    packages=[
        *find_packages(include=["diagnose", "diagnose.*"]),
        "diagnose.rules",
        *(f"diagnose.rules.{folder}" for folder in find_namespace_packages("rules")),
        "diagnose.report.templates",
    ],
    package_dir={"diagnose.rules": "rules"},
)
