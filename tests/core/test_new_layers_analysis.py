"""Theory, Depth, Compare and code export on the layers real networks use (issue 14).

Expected distributions are checked against the tensors torch's own constructors draw
and against torch's ``_calculate_fan_in_and_fan_out``, computed here.
"""

from __future__ import annotations

import math

import pytest
import torch
from torch import nn
from torch.nn import init

from core.analysis import theory
from core.analysis.compare import compare
from core.analysis.depth import depth_statistics
from core.model import sequence_layers
from core.model.catalogue import LAYERS
from core.model.inputs import input_spec
from core.model.lab import Lab
from tests.core.test_codegen import check_export, run_session


def fits(tensor: torch.Tensor, dist: theory.Distribution) -> bool:
    """Whether the tensor's values pass a Kolmogorov–Smirnov test of ``dist`` at p ≈ 0.001
    (the statistic's critical value is about 1.95/√n)."""
    values = torch.sort(tensor.detach().reshape(-1).float()).values
    return theory.fit(values, dist, is_sorted=True).ks < 1.95 / math.sqrt(values.numel())


# (module built by torch, parameter, how far apart the fans of the weight tensor are)
DEFAULTS = [
    (lambda: nn.ConvTranspose2d(8, 32, 3), "weight"),
    (lambda: nn.ConvTranspose2d(8, 32, 3), "bias"),
    (lambda: nn.ConvTranspose1d(4, 12, 5, groups=2), "weight"),
    (lambda: nn.Embedding(400, 32), "weight"),
    (lambda: nn.Embedding(50, 64, padding_idx=3), "weight"),
    (lambda: sequence_layers.LSTMOutput(16, 40), "weight_hh_l0"),
    (lambda: sequence_layers.GRUOutput(16, 40), "bias_ih_l0"),
    (lambda: sequence_layers.RNNOutput(16, 90), "weight_ih_l0"),
    (lambda: sequence_layers.SelfAttention(48, 4), "in_proj_weight"),
    (lambda: sequence_layers.SelfAttention(48, 4), "in_proj_bias"),
    (lambda: sequence_layers.SelfAttention(48, 4, add_bias_kv=True), "bias_k"),
    (lambda: nn.PReLU(4, init=0.3), "weight"),
    (lambda: nn.GroupNorm(2, 8), "weight"),
]


@pytest.mark.parametrize(("make", "attr"), DEFAULTS)
def test_default_distribution_fits_what_torch_draws(make, attr) -> None:
    torch.manual_seed(0)
    module = make()
    dist = theory.default_for(module, attr)
    assert dist.known, dist.note
    assert fits(getattr(module, attr), dist)


def test_transposed_convolution_fans_are_torchs_swapped_ones() -> None:
    module = nn.ConvTranspose2d(8, 32, 3)
    fan_in, fan_out = init._calculate_fan_in_and_fan_out(module.weight)
    assert (fan_in, fan_out) == (32 * 9, 8 * 9)  # out_channels × k: the swap the card names
    dist = theory.default_for(module, "weight")
    assert (dist.fan_in, dist.fan_out) == (fan_in, fan_out)
    assert dist.params["high"] == pytest.approx(1 / math.sqrt(fan_in))
    assert "swapped" in dist.note


def test_recurrent_and_attention_bounds_follow_torch() -> None:
    lstm = sequence_layers.LSTMOutput(16, 40)
    for name, _ in lstm.named_parameters():
        dist = theory.default_for(lstm, name)
        assert dist.params["high"] == pytest.approx(1 / math.sqrt(lstm.hidden_size))
    attention = sequence_layers.SelfAttention(48, 4)
    fan_in, fan_out = init._calculate_fan_in_and_fan_out(attention.in_proj_weight)
    dist = theory.default_for(attention, "in_proj_weight")
    assert dist.params["high"] == pytest.approx(math.sqrt(6 / (fan_in + fan_out)))
    assert theory.default_for(attention.out_proj, "bias").atoms == ((0.0, 1.0),)


def test_embedding_padding_row_is_a_point_mass_at_zero() -> None:
    module = nn.Embedding(50, 64, padding_idx=3)
    dist = theory.default_for(module, "weight")
    assert dist.atoms == ((0.0, 1 / 50),)
    assert torch.count_nonzero(module.weight[3]) == 0
    assert dist.second_moment == pytest.approx(49 / 50)


def test_every_card_says_how_pytorch_initializes_the_layer() -> None:
    for spec in LAYERS.values():
        assert spec.default_init.endswith("."), spec.name
    assert "swapped" in LAYERS["ConvTranspose2d"].default_init
    assert "N(0, 1)" in LAYERS["Embedding"].default_init
    assert "padding_idx" in LAYERS["Embedding"].default_init
    assert "1/√hidden_size" in LAYERS["LSTM"].default_init
    assert "xavier_uniform_" in LAYERS["MultiheadAttention"].default_init
    assert "LSTMOutput" in LAYERS["LSTM"].doc and "SelfAttention" in LAYERS[
        "MultiheadAttention"].doc


def _lab(layers, spec) -> Lab:
    torch.manual_seed(0)
    lab = Lab()
    for name, args in layers:
        lab.add(name, args)
    lab.forward(spec)
    return lab


EMBEDDING_MLP = [("Embedding", {"num_embeddings": 50, "embedding_dim": 64}),
                 ("Linear", {"in_features": 64, "out_features": 64}), ("ReLU", {})]


def test_depth_feeds_ids_to_an_embedding_and_predicts_its_spread() -> None:
    lab = _lab(EMBEDDING_MLP, input_spec([4, 5], "ids", low=0, high=50))
    result = depth_statistics(lab, inits=["default", "normal_"], shape=[256, 8])
    for curve in result.curves:
        first = curve.layers[0]
        assert first.expected_activation_std == pytest.approx(1.0)  # N(0, 1) either way
        assert first.activation_std == pytest.approx(1.0, rel=0.1)
        assert math.isfinite(first.gradient_std)
        assert all(math.isfinite(s.expected_activation_std) for s in curve.layers)
        assert curve.layers[1].activation_std == pytest.approx(
            curve.layers[1].expected_activation_std, rel=0.15)
    assert any("ids" in note for note in result.notes)
    assert not any("Theory stops" in note for note in result.notes)


@pytest.mark.parametrize(("layers", "shape", "stops"), [
    ([("LSTM", {"input_size": 8, "hidden_size": 6, "batch_first": True})], [2, 3, 8],
     "LSTMOutput"),
    ([("Linear", {"in_features": 8, "out_features": 8}),
      ("MultiheadAttention", {"embed_dim": 8, "num_heads": 2, "batch_first": True}),
      ("TransformerEncoderLayer", {"d_model": 8, "nhead": 2, "dim_feedforward": 16,
                                   "batch_first": True})], [2, 3, 8], "SelfAttention"),
    ([("ConvTranspose2d", {"in_channels": 3, "out_channels": 4, "kernel_size": 3,
                           "stride": 2}), ("GroupNorm", {"num_groups": 2, "num_channels": 4}),
      ("SELU", {})], [2, 3, 5, 5], "ConvTranspose2d"),
])
def test_depth_measures_every_new_layer_and_says_where_theory_stops(layers, shape,
                                                                    stops) -> None:
    lab = _lab(layers, input_spec(shape))
    result = depth_statistics(lab, inits=["default", "uniform_"], params="all", shape=shape)
    for curve in result.curves:
        assert curve.error is None
        assert len(curve.layers) == len(layers)
        assert all(math.isfinite(s.activation_std) for s in curve.layers)
    notes = [note for note in result.notes if "Theory stops" in note]
    assert len(notes) == 1 and f"({stops})" in notes[0]
    assert result.to_json()["notes"] == [str(note) for note in result.notes]


def test_compare_shows_theory_for_recurrent_and_attention_parameters() -> None:
    lab = _lab([("LSTM", {"input_size": 8, "hidden_size": 6, "batch_first": True}),
                ("MultiheadAttention", {"embed_dim": 6, "num_heads": 2, "batch_first": True})],
               input_spec([2, 3, 8]))
    result = compare(lab, ["default"], params="all")
    net = lab.version.net()
    assert list(result.parameters) == [n for n, _ in net.named_parameters()]
    for name in ("0.weight_hh_l0", "1.in_proj_weight", "1.in_proj_bias", "1.out_proj.bias"):
        (series,) = result.series(name)
        assert series.dist.known and fits(net.get_parameter(name), series.dist), name


EXPORTED = [
    [{"op": "add", "layer": "Embedding", "args": {"num_embeddings": 20, "embedding_dim": 8,
                                                  "padding_idx": 0}},
     {"op": "add", "layer": "LSTM", "args": {"input_size": 8, "hidden_size": 6,
                                            "batch_first": True}},
     {"op": "add", "layer": "MultiheadAttention", "args": {"embed_dim": 6, "num_heads": 3,
                                                          "batch_first": True}},
     {"op": "add", "layer": "TransformerEncoderLayer", "args": {
         "d_model": 6, "nhead": 2, "dim_feedforward": 12, "batch_first": True}},
     {"op": "forward", "shape": [2, 5], "fill": "ids", "low": 0, "high": 20, "seed": 4},
     {"op": "init", "init": "uniform_", "params": "all", "types": ["LSTMOutput"]},
     {"op": "init", "init": "default", "params": "all", "types": ["SelfAttention"]},
     {"op": "forward", "shape": [2, 5], "fill": "ids", "low": 0, "high": 20, "mode": "eval"}],
    [{"op": "add", "layer": "LazyConvTranspose2d", "args": {"out_channels": 4, "kernel_size": 4,
                                                            "stride": 2, "padding": 1}},
     {"op": "add", "layer": "LazyInstanceNorm2d"},
     {"op": "add", "layer": "PReLU"},
     {"op": "add", "layer": "Flatten", "args": {"start_dim": 2}},
     {"op": "add", "layer": "GRU", "args": {"input_size": 64, "hidden_size": 3}},
     {"op": "forward", "shape": [2, 3, 4, 4]},
     {"op": "init", "init": "kaiming_normal_", "types": ["ConvTranspose2d"]}],
    [{"op": "add", "layer": "Linear", "args": {"in_features": 4, "out_features": 3}},
     {"op": "init", "init": "ones_", "types": ["GRUOutput", "Linear"]}],  # GRU: none here
]


@pytest.mark.parametrize("steps", EXPORTED)
def test_exported_script_defines_the_single_output_layers_and_reproduces_the_tensors(
    steps, tmp_path
) -> None:
    lab = run_session(steps, seed=3)
    assert len(lab.version.steps) == len(steps)  # every step succeeded
    source = check_export(lab, tmp_path, seed=3)  # runs it: print(net), shapes, weights
    named = {t for s in steps for t in s.get("types", ())}
    for spec in LAYERS.values():
        if not spec.wrapped:
            continue
        built = any(s.get("layer") == spec.name for s in steps)
        # defined exactly when the script builds it or its init names it
        assert (f"class {spec.becomes}(nn." in source) == (built or spec.becomes in named)
        if built:
            assert f"{spec.becomes}(" in source.split("net = ")[1]
    if any(s.get("fill") == "ids" for s in steps):
        assert "torch.randint(0, 20, [2, 5]" in source
