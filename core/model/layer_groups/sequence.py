"""Embeddings, recurrent layers and attention: the layers of sequence models.

Recurrent layers and attention return tuples in torch; the catalogue builds the
subclasses of :mod:`core.model.sequence_layers`, which return the output tensor alone.
"""

from core.messages import msg
from core.model import sequence_layers
from core.model.layer_groups import init_texts as t

ROWS = (
    ("Embedding", 0,
     msg("Looks up a learned vector for each integer id in [0, num_embeddings); the input "
         "must be ids (fill 'ids')."),
     t.EMBEDDING),
    ("RNN", 0,
     msg("Elman recurrent layer over (batch, sequence, features) with batch_first; added as "
         "RNNOutput, nn.RNN returning only its output sequence, rnn(x)[0]."),
     t.RECURRENT),
    ("LSTM", 0,
     msg("Long short-term memory over (batch, sequence, features) with batch_first; added as "
         "LSTMOutput, nn.LSTM returning only its output sequence, lstm(x)[0]."),
     t.RECURRENT),
    ("GRU", 0,
     msg("Gated recurrent unit over (batch, sequence, features) with batch_first; added as "
         "GRUOutput, nn.GRU returning only its output sequence, gru(x)[0]."),
     t.RECURRENT),
    ("MultiheadAttention", 0,
     msg("Multi-head self-attention; added as SelfAttention, nn.MultiheadAttention returning "
         "attn(x, x, x)[0]."),
     t.ATTENTION),
    ("TransformerEncoderLayer", 0,
     msg("Self-attention then a feed-forward block, each with a residual and LayerNorm."),
     t.TRANSFORMER),
)

# Catalogue names built as a torch.nn subclass that returns a single tensor.
CLASSES = {
    "RNN": sequence_layers.RNNOutput,
    "LSTM": sequence_layers.LSTMOutput,
    "GRU": sequence_layers.GRUOutput,
    "MultiheadAttention": sequence_layers.SelfAttention,
}
