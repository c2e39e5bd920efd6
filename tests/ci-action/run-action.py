#!/usr/bin/env python3
"""Runs the bash steps of the composite action (action.yml) the way a GitHub runner does, for tests/ci-action/check.sh.

usage: run-action.py ACTION_YML WORKDIR KEY=VALUE...
  KEY=VALUE: the action's inputs (paths=..., version=...) and github.* values (github.action_ref=v0.1.0).
Each step with `run:` runs in bash (`set -eo pipefail`, as `shell: bash` does) in WORKDIR, with the step's `env:`
evaluated (`${{ a || b || 'literal' }}`, inputs.*, github.*, steps.ID.outputs.*) and GITHUB_OUTPUT, GITHUB_ENV,
RUNNER_TEMP, GITHUB_ACTION_PATH set. A step's `if:` is evaluated for the forms action.yml uses: `inputs.x == ''`,
`a == 'b'`, `&&`, `||`, parentheses, always() and success() (a step with no `if:` runs only while no step failed). `uses:` steps (upload-sarif) are not run: their name and `with:` are
printed. Prints each step's outputs; exits with the first failing step's exit code (as the job would fail), else 0.
"""
import os
import re
import subprocess
import sys
import tempfile

import yaml


def main():
    action_file, workdir, *pairs = sys.argv[1:]
    with open(action_file, encoding="utf-8") as f:
        action = yaml.safe_load(f)
    context = {}
    for name, spec in (action.get("inputs") or {}).items():
        context["inputs." + name] = str(spec.get("default", ""))
    for pair in pairs:
        key, _, value = pair.partition("=")
        context[key if "." in key else "inputs." + key] = value
    context.setdefault("github.token", "")
    context.setdefault("github.action_ref", "")
    context.setdefault("github.action_repository", "")

    runner_temp = tempfile.mkdtemp(prefix="runner-temp-")
    failed = False
    for step in action["runs"]["steps"]:
        condition = step.get("if") or "success()"
        if not truthy(evaluate_condition(condition, context, failed)):
            print(f"skip: {step.get('name', step.get('id'))}")
            continue
        if "uses" in step:
            with_ = {k: substitute(str(v), context) for k, v in (step.get("with") or {}).items()}
            print(f"uses: {step['uses']} {with_} (not run here)")
            continue
        output_file = os.path.join(runner_temp, "output")
        open(output_file, "w").close()
        env = dict(os.environ)
        env.update({k: substitute(str(v), context) for k, v in (step.get("env") or {}).items()})
        env.update({"GITHUB_OUTPUT": output_file, "GITHUB_ENV": os.path.join(runner_temp, "env"),
                    "RUNNER_TEMP": runner_temp, "GITHUB_ACTION_PATH": os.path.dirname(os.path.abspath(action_file))})
        code = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                              cwd=workdir, env=env).returncode
        with open(output_file, encoding="utf-8") as f:
            for line in f:
                key, _, value = line.rstrip("\n").partition("=")
                if step.get("id"):
                    context[f"steps.{step['id']}.outputs.{key}"] = value
                    print(f"output: steps.{step['id']}.outputs.{key}={value}")
        print(f"step: {step.get('name')}: exit {code}")
        if code != 0 and not failed:
            failed = True
            first_failure = code
    sys.exit(first_failure if failed else 0)


def substitute(text, context):
    return re.sub(r"\$\{\{\s*(.*?)\s*\}\}", lambda m: str(evaluate(m.group(1), context)), text)


def evaluate(expression, context):
    """`a || b || 'c'`: the first operand that is not empty."""
    for operand in (part.strip() for part in expression.split("||")):
        value = operand[1:-1] if operand.startswith("'") else context.get(operand, "")
        if value:
            return value
    return ""


def evaluate_condition(condition, context, failed):
    tokens = re.findall(r"\(|\)|&&|\|\||==|!=|'[^']*'|always\(\)|success\(\)|[A-Za-z_][\w.-]*", condition)
    position = 0

    def peek():
        return tokens[position] if position < len(tokens) else None

    def take():
        nonlocal position
        position += 1
        return tokens[position - 1]

    def primary():
        token = take()
        if token == "(":
            value = disjunction()
            take()
            return value
        if token in ("always()", "success()"):
            return token == "always()" or not failed
        if token.startswith("'"):
            return token[1:-1]
        return context.get(token, "")

    def comparison():
        left = primary()
        while peek() in ("==", "!="):
            operator, right = take(), primary()
            left = (left == right) if operator == "==" else (left != right)
        return left

    def conjunction():
        value = comparison()
        while peek() == "&&":
            take()
            right = comparison()
            value = value if not truthy(value) else right
        return value

    def disjunction():
        value = conjunction()
        while peek() == "||":
            take()
            right = conjunction()
            value = value if truthy(value) else right
        return value

    value = disjunction()
    # A condition without always() is not run after a failed step, as on GitHub.
    return value if ("always()" in condition or not failed) else False


def truthy(value):
    return value not in (False, "", None, "false")


if __name__ == "__main__":
    main()
