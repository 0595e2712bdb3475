"""Exported scripts are valid Python for every network, and never run text from the session.

Names that are not identifiers, keywords, builtins and the script's own names, tied or
not; labels, titles and file names holding newlines, line separators, quotes,
backslashes and ``#``: every script compiles, runs, prints the lab's ``print(net)`` and
rebuilds its weights tensor by tensor, and hostile text stays data.
"""

from __future__ import annotations

import ast
import builtins
import keyword
import subprocess
import sys
from pathlib import Path

import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.export import codegen
from core.export.code_text import SCRIPT_NAMES, comment, escaped, literal
from tests.core.test_codegen import check_export, expected_tail, run_session

# Every character str.splitlines splits on, and the characters that end literals early.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
HOSTILE_CHARS = LINE_BREAKS + "\"'\\#\t "
SCRIPT_OWN = sorted(SCRIPT_NAMES | {"init_normal", "init_weights", "init_uniform", "init_zeros",
                                     "layer3", "layer_net", "fi", "ﬁ", "__name__"})
NAMES = st.one_of(
    st.sampled_from(SCRIPT_OWN),
    st.sampled_from(keyword.kwlist + keyword.softkwlist),
    st.sampled_from(["print", "range", "type", "isinstance", "getattr", "dict", "float", "id"]),
    st.sampled_from(["my layer", 'say "hi"', "back\\slash", "# not a comment", "it's",
                     "层", "隐藏 层", "x-y", "3d", "_private", "a\\", "'''", '"""']),
    st.text(st.sampled_from("ab_ 1\"'\\#层ﬁé"), min_size=1, max_size=6),
)
WIDTH = 4
LINEAR = {"layer": "Linear", "args": {"in_features": WIDTH, "out_features": WIDTH}}
LAYERS = st.sampled_from([
    LINEAR, {"layer": "LazyLinear", "args": {"out_features": WIDTH}}, {"layer": "ReLU"},
    {"layer": "LazyBatchNorm1d"},
])
POSITION = st.integers(0, 5)
HOSTILE_TEXT = st.text(st.sampled_from(HOSTILE_CHARS + "abopen()=;"), max_size=12)
STEP = st.one_of(
    st.builds(lambda layer, name: {"op": "add", **layer, "name": name}, LAYERS, NAMES),
    st.builds(lambda at, to: {"op": "tie", "at": at, "to": to}, POSITION, POSITION),
    st.builds(lambda at, to: {"op": "tie", "at": at, "to": to}, POSITION, POSITION),
    st.builds(lambda at: {"op": "untie", "at": at}, POSITION),
    st.builds(lambda at, name: {"op": "rename", "at": at, "name": name}, POSITION, NAMES),
    st.builds(lambda at: {"op": "remove", "at": at}, POSITION),
    st.builds(lambda at, to: {"op": "move", "at": at, "to": to}, POSITION, POSITION),
    st.builds(lambda batch: {"op": "forward", "shape": [batch, WIDTH]}, st.integers(1, 3)),
    st.builds(lambda at, init: {"op": "init", "init": init, "layers": [at], "params": "all"},
              POSITION, st.sampled_from(["normal_", "uniform_", "zeros_", "default"])),
    st.builds(lambda types: {"op": "init", "init": "normal_", "types": types},
              st.sampled_from([["Linear"], ["Linear", "BatchNorm1d"]])),
    st.builds(lambda label, names: {"op": "build", "label": label, "layers": [
        {**LINEAR, "name": names[0]}, {"layer": "ReLU"}, {**LINEAR, "name": names[1], "tie": 0}]},
        HOSTILE_TEXT, st.tuples(NAMES, NAMES)),
    st.just({"op": "reset"}),
)
START = st.lists(st.builds(lambda layer, name: {"op": "add", **layer, "name": name},
                           LAYERS, NAMES), min_size=2, max_size=4)
FEW = settings(max_examples=40, deadline=None,
               suppress_health_check=[HealthCheck.function_scoped_fixture])


def layer_variables(source: str) -> set[str]:
    """Names the script binds to a layer it constructs (``shared = nn.Linear(...)``)."""
    tree = ast.parse(source)
    return {node.targets[0].id for node in ast.walk(tree)
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call) and ast.unparse(node.value).startswith("nn.")
            and node.targets[0].id != "net"}


def defined_functions(source: str) -> set[str]:
    return {node.name for node in ast.walk(ast.parse(source)) if isinstance(node, ast.FunctionDef)}


@FEW
@given(START, st.lists(STEP, min_size=1, max_size=10))
def test_any_names_and_ties_export_a_script_that_rebuilds_the_network(tmp_path, start, steps):
    lab = run_session(start + steps)
    source = check_export(lab, tmp_path)  # compiles, runs, same print(net), same tensors
    variables = layer_variables(source)
    assert all(name.isidentifier() and not keyword.iskeyword(name) for name in variables)
    assert not variables & (SCRIPT_NAMES | set(dir(builtins)) | defined_functions(source))


@settings(max_examples=60, deadline=None)
@given(HOSTILE_TEXT.filter(bool))
def test_hostile_text_changes_no_code(text):
    """A label lives only in a comment and a title only in the docstring: the same code."""
    layers = [{**LINEAR, "name": "a"}, {"layer": "ReLU"}]
    plain = codegen.export_script([{"op": "build", "label": "plain", "layers": layers}],
                                  0, title="plain")
    hostile = codegen.export_script([{"op": "build", "label": text, "layers": layers}],
                                    0, title=text)
    plain_tree, hostile_tree = ast.parse(plain), ast.parse(hostile)
    docstring = ast.get_docstring(hostile_tree, clean=False)
    assert docstring.startswith(f"{text}, exported as PyTorch code.\n")
    hostile_tree.body[0].value.value = ast.get_docstring(plain_tree, clean=False)
    assert ast.dump(hostile_tree) == ast.dump(plain_tree)


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=0, max_size=20) | HOSTILE_TEXT)
def test_literals_read_back_exactly_and_comments_stay_one_line(text):
    assert ast.literal_eval(literal(text)) == text
    assert ast.literal_eval(f'"""{escaped(text)}"""') == text
    assert len(comment(text).splitlines()) == 1
    tree = ast.parse(f"{comment(text)}\nvalue = 1\n")
    assert [type(node) for node in tree.body] == [ast.Assign]


def test_hostile_file_names_are_loaded_as_data(tmp_path):
    names = ["w\nopen('x','w')\n.pt", 'say "hi".pt', "back\\slash.pt", "sep\u2028x.pt",
             "'''.pt", '""".pt', "#.pt", "x\x85y\x0bz.pt"]
    steps = [{"op": "add", **LINEAR}]
    for index, name in enumerate(names):
        torch.manual_seed(index)
        torch.save(torch.nn.Sequential(torch.nn.Linear(WIDTH, WIDTH)).state_dict(),
                   tmp_path / name)
        steps.append({"op": "load_weights", "path": str(tmp_path / name)})
    lab = run_session(steps)
    assert len(lab.version.steps) == 1 + len(names)  # every file loaded in the lab
    check_export(lab, tmp_path)  # the last file's weights, read by the script itself


MARKER_PAYLOADS = [
    "\nopen({marker!r}, 'w')\n",
    "\r__import__('os').system('touch ' + {marker!r})\r",
    "x\u2028open({marker!r}, 'w')\u2029y",
    "\x0bopen({marker!r}, 'w')\x0c",
    "\x1copen({marker!r}, 'w')\x1d\x1e\x85",
    '"""\nopen({marker!r}, \'w\')\n"""',
    "\\\nopen({marker!r}, 'w')  # \\",
    "\"\nimport os; os.system('touch ' + {marker!r})\n#",
]


def test_a_hostile_session_does_not_run_its_text_when_the_script_runs(tmp_path):
    marker = tmp_path / "marker"
    payloads = [p.format(marker=str(marker)) for p in MARKER_PAYLOADS]
    proof = subprocess.run([sys.executable, "-I", "-c", payloads[0]], cwd=tmp_path)
    assert proof.returncode == 0 and marker.exists()  # executed, each payload would act
    marker.unlink()
    steps = []
    for index, payload in enumerate(payloads):
        steps.append({"op": "build", "label": payload, "layers": [
            {**LINEAR, "name": f"n{index}"}]})
        steps.append({"op": "add", "layer": "ReLU", "name": f"'\"#{index}\\"})
        steps.append({"op": "tie", "at": 0, "to": 0})  # refused: not in the script
    last = f"n{len(payloads) - 1}"
    weights = tmp_path / "w\nopen('marker', 'w')\n\u2028#\".pt"  # 'marker' is in the run's cwd
    torch.save({f"{last}.weight": torch.ones(WIDTH, WIDTH), f"{last}.bias": torch.ones(WIDTH)},
               weights)
    steps.append({"op": "load_weights", "path": str(weights)})
    lab = run_session(steps)
    assert lab.version.steps[-1]["op"] == "load_weights"
    script = tmp_path / "hostile.py"
    for scope in codegen.SCOPES:
        script.write_text(codegen.export(lab, 0, title=payloads[5], scope=scope).source,
                          encoding="utf-8")
        done = subprocess.run([sys.executable, "-I", str(script)], capture_output=True,
                              text=True, timeout=120, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert done.stdout.endswith(expected_tail(lab))
        assert not marker.exists()


# -- several random networks, one interpreter --------------------------------------------

DRIVER = """
import contextlib, io, runpy, sys
import torch
from torch.nn.parameter import is_lazy

for script in sys.argv[1:]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        namespace = runpy.run_path(script, run_name="__main__")
    state = {k: v for k, v in namespace["net"].state_dict().items() if not is_lazy(v)}
    torch.save(state, script + ".pt")
    with open(script + ".out", "w", encoding="utf-8") as handle:
        handle.write(out.getvalue())
"""


@settings(max_examples=2, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(START, st.lists(STEP, min_size=1, max_size=8)), min_size=4,
                max_size=4))
def test_random_scripts_run_alone_and_save_the_labs_tensors(tmp_path, sessions):
    """``python -I``: no test process state helps the script; its saved tensors are compared."""
    labs, paths = [], []
    for index, (start, steps) in enumerate(sessions):
        lab = run_session(start + steps, seed=index)
        path = tmp_path / f"net{index}.py"
        path.write_text(codegen.export_lab(lab, index), encoding="utf-8")
        labs.append(lab)
        paths.append(str(path))
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    done = subprocess.run([sys.executable, "-I", str(driver), *paths], capture_output=True,
                          text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    for lab, path in zip(labs, paths, strict=True):
        assert Path(path + ".out").read_text(encoding="utf-8").endswith(expected_tail(lab))
        saved = torch.load(path + ".pt", weights_only=True)
        ours = lab.state_dict()
        assert saved.keys() == ours.keys()
        for key, value in ours.items():
            assert torch.equal(saved[key], value), (path, key)


def test_a_layer_named_like_a_helper_does_not_replace_it(tmp_path):
    lab = run_session([
        {"op": "build", "layers": [
            {**LINEAR, "name": "init_normal"}, {**LINEAR, "name": "net", "tie": 0},
            {**LINEAR, "name": "my layer", "tie": 0}, {**LINEAR, "name": "print"},
            {**LINEAR, "name": "层 1", "tie": 3}]},
        {"op": "init", "init": "normal_", "layers": ["net"]},
        {"op": "init", "init": "normal_", "types": ["Linear"]},
        {"op": "forward", "shape": [2, WIDTH]},
    ])
    source = check_export(lab, tmp_path)
    assert "layer_init_normal = nn.Linear(4, 4)" in source
    assert "layer_print = nn.Linear(4, 4)" in source
    assert '("my layer", layer_init_normal),' in source
    assert '("层 1", layer_print),' in source
    assert "def init_normal(m):" in source and "def init_normal_2(m):" in source


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=8) | NAMES, min_size=1, max_size=8))
def test_variables_are_valid_unique_and_never_the_scripts_own(names):
    import unicodedata

    from core.export.code_text import Identifiers

    identifiers = Identifiers()
    taken = SCRIPT_NAMES | set(dir(builtins)) | {identifiers.function("init_normal")}
    made = [identifiers.variable(name) for name in names]
    assert len(set(made)) == len(made)
    for variable in made:
        assert variable.isidentifier() and not keyword.iskeyword(variable)
        assert unicodedata.normalize("NFKC", variable) == variable  # as Python will read it
        assert variable not in taken


def test_variables_stay_readable():
    from core.export.code_text import Identifiers

    identifiers = Identifiers()
    made = [identifiers.variable(name) for name in
            ["shared", "my layer", "3", "print", "net", "层", "ﬁ", "fi", "ｉｆ", "init_normal"]]
    assert made == ["shared", "my_layer", "layer3", "layer_print", "layer_net", "层", "fi",
                    "fi_2", "layer_if", "layer_init_normal"]
