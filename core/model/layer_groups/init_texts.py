"""How PyTorch initializes a layer by default, and why it matters: texts shared by groups."""

from core.messages import msg

NO_PARAMETERS = msg("No parameters: nothing to initialize.")
LINEAR = msg(
    "Default init (reset_parameters): weight ~ kaiming_uniform_(a=√5) = U(±1/√fan_in), "
    "bias ~ U(±1/√fan_in), fan_in = inputs per output (× kernel size). Its variance "
    "1/(3·fan_in) is a sixth of He init's 2/fan_in, so through ReLU layers the signal shrinks."
)
LAZY_LINEAR = msg(
    "Default init: as the eager layer, kaiming_uniform_(a=√5) = U(±1/√fan_in), but drawn only "
    "at the first forward pass, when the input size and so fan_in are known."
)
CONV_TRANSPOSE = msg(
    "Default init: the same kaiming_uniform_(a=√5) as Conv, but the weight is stored as "
    "(in_channels, out_channels/groups, *kernel), so torch's fan_in is out_channels/groups × "
    "kernel size: fan_in and fan_out are swapped relative to the signal's direction, and the "
    "bound U(±1/√fan_in) follows the output channels, not the input ones."
)
LAZY_CONV_TRANSPOSE = msg(
    "Default init: as ConvTranspose, with fan_in = out_channels/groups × kernel size (the "
    "swapped fans), drawn at the first forward pass once in_channels is known."
)
BATCH_NORM = msg(
    "Default init: weight (scale) = 1 and bias (shift) = 0, running_mean = 0 and running_var "
    "= 1: the layer starts as a pure normalization, not a random one."
)
INSTANCE_NORM = msg(
    "Default init: parameters only with affine=True (weight = 1, bias = 0), running "
    "statistics only with track_running_stats=True. Both default to False here, but to True "
    "in the lazy form."
)
LAZY_INSTANCE_NORM = msg(
    "Default init: weight = 1, bias = 0, running_mean = 0, running_var = 1, at the first "
    "forward pass. Unlike InstanceNorm*d, affine and track_running_stats default to True."
)
LAYER_NORM = msg(
    "Default init: weight = 1 and bias = 0, so the layer starts as a pure normalization."
)
EMBEDDING = msg(
    "Default init: weight ~ N(0, 1), not scaled by any fan, and the padding_idx row is set to "
    "zero (and gets no gradient). Each vector's norm is about √embedding_dim, far larger than "
    "a Linear's outputs; transformers scale embeddings or re-initialize them."
)
RECURRENT = msg(
    "Default init: every weight and bias ~ U(−1/√hidden_size, 1/√hidden_size), the input "
    "weights too, whatever input_size is. The recurrent weight_hh is applied at every time "
    "step, so its scale decides whether the state explodes or fades over time."
)
ATTENTION = msg(
    "Default init: in_proj_weight (q, k, v stacked: 3·embed_dim × embed_dim) ~ "
    "xavier_uniform_ with the stacked matrix's fans, U(±√(6/(4·embed_dim))), narrower than "
    "xavier on each projection alone; in_proj_bias and out_proj.bias = 0; out_proj.weight keeps "
    "Linear's kaiming_uniform_(a=√5)."
)
TRANSFORMER = msg(
    "Default init: each sublayer keeps its own: self_attn as MultiheadAttention (xavier_uniform_ "
    "on in_proj), linear1 and linear2 as Linear (kaiming_uniform_(a=√5)), norm1 and norm2 "
    "weight 1, bias 0. All its parameters belong to those sublayers, so an initializer the lab "
    "applies to this layer (its own parameters) does not reach them."
)
PRELU = msg(
    "Default init: weight = init (0.25) for each of its num_parameters slopes; not random, it "
    "starts as LeakyReLU(0.25) and learns the slope."
)
SELU = msg(
    "No parameters. SELU keeps mean 0 and variance 1 only if the weights before it are "
    "N(0, 1/fan_in) (kaiming_normal_ with nonlinearity='linear'); PyTorch's default Linear "
    "init is narrower, so self-normalization needs that initializer."
)
