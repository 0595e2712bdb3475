<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <location filename="../core/model/catalogue.py" line="29"/>
        <source>Lazy</source>
        <translation>Lazy</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="30"/>
        <source>Linear &amp; convolution</source>
        <translation>Linear &amp; convolution</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="31"/>
        <source>Normalization</source>
        <translation>Normalization</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="32"/>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="33"/>
        <source>Pooling, shape &amp; dropout</source>
        <translation>Pooling, shape &amp; dropout</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="34"/>
        <source>Embedding, recurrent &amp; attention</source>
        <translation>Embedding, recurrent &amp; attention</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="35"/>
        <source>Blocks: nested, residual, parallel</source>
        <translation>Blocks: nested, residual, parallel</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="28"/>
        <source>Size of each input sample (its last dimension).</source>
        <translation>Size of each input sample (its last dimension).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="29"/>
        <source>Size of each output sample.</source>
        <translation>Size of each output sample.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="30"/>
        <source>Number of channels of the input.</source>
        <translation>Number of channels of the input.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="31"/>
        <source>Number of channels the layer produces (one per filter).</source>
        <translation>Number of channels the layer produces (one per filter).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="32"/>
        <location filename="../core/model/layer_rules.py" line="109"/>
        <source>Number of channels C of the input (N, C, ...).</source>
        <translation>Number of channels C of the input (N, C, ...).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="33"/>
        <source>Size of the sliding window.</source>
        <translation>Size of the sliding window.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="34"/>
        <source>Step of the sliding window.</source>
        <translation>Step of the sliding window.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="35"/>
        <source>Zeros added on each side of the input.</source>
        <translation>Zeros added on each side of the input.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="36"/>
        <source>Spacing between the window&apos;s elements.</source>
        <translation>Spacing between the window&apos;s elements.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="39"/>
        <source>Split channels into this many independent groups; must divide the channels.</source>
        <translation>Split channels into this many independent groups; must divide the channels.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="41"/>
        <source>Learn an additive bias.</source>
        <translation>Learn an additive bias.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="44"/>
        <source>How the padded border is filled.</source>
        <translation>How the padded border is filled.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="48"/>
        <source>Small number added to the variance so that it never divides by zero.</source>
        <translation>Small number added to the variance so that it never divides by zero.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="53"/>
        <source>Weight of the newest batch in the running statistics; null for a plain average.</source>
        <translation>Weight of the newest batch in the running statistics; null for a plain average.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="56"/>
        <source>Learn a per-channel scale (weight) and shift (bias).</source>
        <translation>Learn a per-channel scale (weight) and shift (bias).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="58"/>
        <source>Keep running mean and variance buffers for evaluation mode.</source>
        <translation>Keep running mean and variance buffers for evaluation mode.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="62"/>
        <source>Trailing dimensions to normalize over, e.g. [256] or [16, 8, 8].</source>
        <translation>Trailing dimensions to normalize over, e.g. [256] or [16, 8, 8].</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="64"/>
        <source>Learn a per-element scale and shift.</source>
        <translation>Learn a per-element scale and shift.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="65"/>
        <source>Overwrite the input instead of allocating the output.</source>
        <translation>Overwrite the input instead of allocating the output.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="66"/>
        <source>Slope used for negative inputs.</source>
        <translation>Slope used for negative inputs.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="69"/>
        <source>&apos;tanh&apos; uses the faster tanh approximation of GELU.</source>
        <translation>&apos;tanh&apos; uses the faster tanh approximation of GELU.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="73"/>
        <source>Dimension that sums to 1. Defaults to -1 (torch&apos;s default is None, which guesses the dimension and warns).</source>
        <translation>Dimension that sums to 1. Defaults to -1 (torch&apos;s default is None, which guesses the dimension and warns).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="78"/>
        <source>First dimension to flatten (1 keeps the batch).</source>
        <translation>First dimension to flatten (1 keeps the batch).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="82"/>
        <source>Last dimension to flatten.</source>
        <translation>Last dimension to flatten.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="84"/>
        <source>Round the output size up instead of down.</source>
        <translation>Round the output size up instead of down.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="85"/>
        <source>Count padded zeros in the average.</source>
        <translation>Count padded zeros in the average.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="88"/>
        <source>Divide by this instead of the window size; null to use the window size.</source>
        <translation>Divide by this instead of the window size; null to use the window size.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="90"/>
        <source>Size of the output (per spatial dimension), whatever the input size.</source>
        <translation>Size of the output (per spatial dimension), whatever the input size.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="160"/>
        <source>Transposed convolutions only pad with zeros.</source>
        <translation>Transposed convolutions only pad with zeros.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="94"/>
        <source>Probability of zeroing an element.</source>
        <translation>Probability of zeroing an element.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="97"/>
        <source>Size added to one side of the output, to choose among the sizes a stride allows.</source>
        <translation>Size added to one side of the output, to choose among the sizes a stride allows.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="98"/>
        <source>Number of ids: the input holds integers from 0 to this - 1.</source>
        <translation>Number of ids: the input holds integers from 0 to this - 1.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="99"/>
        <source>Size of each embedding vector.</source>
        <translation>Size of each embedding vector.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="102"/>
        <source>Id whose vector is zero and gets no gradient; null for none.</source>
        <translation>Id whose vector is zero and gets no gradient; null for none.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="105"/>
        <source>Scale gradients by the inverse frequency of ids in the batch.</source>
        <translation>Scale gradients by the inverse frequency of ids in the batch.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="107"/>
        <source>Sparse weight gradients.</source>
        <translation>Sparse weight gradients.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="108"/>
        <source>Number of groups the channels are split into; must divide them.</source>
        <translation>Number of groups the channels are split into; must divide them.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="110"/>
        <source>Number of learned slopes: 1, or the number of channels.</source>
        <translation>Number of learned slopes: 1, or the number of channels.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="111"/>
        <source>Initial value of the learned slope.</source>
        <translation>Initial value of the learned slope.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="112"/>
        <source>Number of features of each time step of the input.</source>
        <translation>Number of features of each time step of the input.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="113"/>
        <source>Number of features of the hidden state.</source>
        <translation>Number of features of the hidden state.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="116"/>
        <source>Number of stacked recurrent layers.</source>
        <translation>Number of stacked recurrent layers.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="119"/>
        <source>Activation of the state.</source>
        <translation>Activation of the state.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="123"/>
        <source>Inputs are (batch, sequence, features); otherwise (sequence, batch, features).</source>
        <translation>Inputs are (batch, sequence, features); otherwise (sequence, batch, features).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="128"/>
        <source>Dropout probability between stacked layers or sublayers.</source>
        <translation>Dropout probability between stacked layers or sublayers.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="130"/>
        <source>Also run the sequence backwards.</source>
        <translation>Also run the sequence backwards.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="133"/>
        <source>Project the hidden state to this size (0: no projection).</source>
        <translation>Project the hidden state to this size (0: no projection).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="135"/>
        <source>Number of features of each token; must be divisible by num_heads.</source>
        <translation>Number of features of each token; must be divisible by num_heads.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="136"/>
        <location filename="../core/model/layer_rules.py" line="140"/>
        <source>Number of attention heads.</source>
        <translation>Number of attention heads.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="137"/>
        <source>Learn a bias appended to keys and values.</source>
        <translation>Learn a bias appended to keys and values.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="138"/>
        <source>Append a batch of zeros to keys and values.</source>
        <translation>Append a batch of zeros to keys and values.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="139"/>
        <source>Number of features of each token; must be divisible by nhead.</source>
        <translation>Number of features of each token; must be divisible by nhead.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="141"/>
        <source>Width of the feed-forward block.</source>
        <translation>Width of the feed-forward block.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="144"/>
        <source>Activation of the feed-forward block.</source>
        <translation>Activation of the feed-forward block.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="147"/>
        <source>eps of the LayerNorms.</source>
        <translation>eps of the LayerNorms.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="150"/>
        <source>LayerNorm before each sublayer (pre-norm) instead of after.</source>
        <translation>LayerNorm before each sublayer (pre-norm) instead of after.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="158"/>
        <source>Step of the window; null means equal to kernel_size.</source>
        <translation>Step of the window; null means equal to kernel_size.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="8"/>
        <source>Fully connected layer whose in_features is inferred at the first forward pass.</source>
        <translation>Fully connected layer whose in_features is inferred at the first forward pass.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="11"/>
        <source>1D convolution whose in_channels is inferred at the first forward pass.</source>
        <translation>1D convolution whose in_channels is inferred at the first forward pass.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="14"/>
        <source>2D convolution whose in_channels is inferred at the first forward pass.</source>
        <translation>2D convolution whose in_channels is inferred at the first forward pass.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="17"/>
        <source>3D convolution whose in_channels is inferred at the first forward pass.</source>
        <translation>3D convolution whose in_channels is inferred at the first forward pass.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="20"/>
        <source>1D transposed convolution whose in_channels is inferred at the first forward pass.</source>
        <translation>1D transposed convolution whose in_channels is inferred at the first forward pass.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="23"/>
        <source>2D transposed convolution whose in_channels is inferred at the first forward pass.</source>
        <translation>2D transposed convolution whose in_channels is inferred at the first forward pass.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="26"/>
        <source>3D transposed convolution whose in_channels is inferred at the first forward pass.</source>
        <translation>3D transposed convolution whose in_channels is inferred at the first forward pass.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="29"/>
        <source>1D batch normalization whose num_features is inferred at the first forward pass.</source>
        <translation>1D batch normalization whose num_features is inferred at the first forward pass.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="32"/>
        <source>2D batch normalization whose num_features is inferred at the first forward pass.</source>
        <translation>2D batch normalization whose num_features is inferred at the first forward pass.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="35"/>
        <source>3D batch normalization whose num_features is inferred at the first forward pass.</source>
        <translation>3D batch normalization whose num_features is inferred at the first forward pass.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="38"/>
        <source>1D instance normalization whose num_features is inferred at the first forward pass.</source>
        <translation>1D instance normalization whose num_features is inferred at the first forward pass.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="41"/>
        <source>2D instance normalization whose num_features is inferred at the first forward pass.</source>
        <translation>2D instance normalization whose num_features is inferred at the first forward pass.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="44"/>
        <source>3D instance normalization whose num_features is inferred at the first forward pass.</source>
        <translation>3D instance normalization whose num_features is inferred at the first forward pass.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/linear_conv.py" line="7"/>
        <source>Fully connected layer: y = x W^T + b, with in_features given up front.</source>
        <translation>Fully connected layer: y = x W^T + b, with in_features given up front.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/linear_conv.py" line="9"/>
        <source>1D convolution over sequences shaped (N, C, L).</source>
        <translation>1D convolution over sequences shaped (N, C, L).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/linear_conv.py" line="10"/>
        <source>2D convolution over images shaped (N, C, H, W).</source>
        <translation>2D convolution over images shaped (N, C, H, W).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/linear_conv.py" line="11"/>
        <source>3D convolution over volumes shaped (N, C, D, H, W).</source>
        <translation>3D convolution over volumes shaped (N, C, D, H, W).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/linear_conv.py" line="13"/>
        <source>1D transposed convolution: upsamples sequences shaped (N, C, L).</source>
        <translation>1D transposed convolution: upsamples sequences shaped (N, C, L).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/linear_conv.py" line="15"/>
        <source>2D transposed convolution: upsamples images, as in DCGAN generators.</source>
        <translation>2D transposed convolution: upsamples images, as in DCGAN generators.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/linear_conv.py" line="18"/>
        <source>3D transposed convolution: upsamples volumes shaped (N, C, D, H, W).</source>
        <translation>3D transposed convolution: upsamples volumes shaped (N, C, D, H, W).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/normalization.py" line="8"/>
        <source>Normalizes each channel over the batch, for inputs shaped (N, C) or (N, C, L).</source>
        <translation>Normalizes each channel over the batch, for inputs shaped (N, C) or (N, C, L).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/normalization.py" line="11"/>
        <source>Normalizes each channel over the batch, for images shaped (N, C, H, W).</source>
        <translation>Normalizes each channel over the batch, for images shaped (N, C, H, W).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/normalization.py" line="14"/>
        <source>Normalizes each channel over the batch, for volumes shaped (N, C, D, H, W).</source>
        <translation>Normalizes each channel over the batch, for volumes shaped (N, C, D, H, W).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/normalization.py" line="17"/>
        <source>Normalizes each channel of each sample over its length, for (N, C, L).</source>
        <translation>Normalizes each channel of each sample over its length, for (N, C, L).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/normalization.py" line="20"/>
        <source>Normalizes each channel of each image over its height and width (style transfer).</source>
        <translation>Normalizes each channel of each image over its height and width (style transfer).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/normalization.py" line="23"/>
        <source>Normalizes each channel of each volume over its depth, height and width.</source>
        <translation>Normalizes each channel of each volume over its depth, height and width.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/normalization.py" line="26"/>
        <source>Normalizes each sample over its trailing dimensions, independently of the batch.</source>
        <translation>Normalizes each sample over its trailing dimensions, independently of the batch.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/normalization.py" line="29"/>
        <source>Normalizes each sample over groups of channels, independently of the batch.</source>
        <translation>Normalizes each sample over groups of channels, independently of the batch.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/activation.py" line="7"/>
        <source>Keeps positive values and replaces negative ones with zero.</source>
        <translation>Keeps positive values and replaces negative ones with zero.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/activation.py" line="9"/>
        <source>Like ReLU, but negative values keep a small slope.</source>
        <translation>Like ReLU, but negative values keep a small slope.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/activation.py" line="10"/>
        <source>Like LeakyReLU, but the negative slope is learned.</source>
        <translation>Like LeakyReLU, but the negative slope is learned.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/activation.py" line="11"/>
        <source>Smooth ReLU-like activation used in transformers.</source>
        <translation>Smooth ReLU-like activation used in transformers.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/activation.py" line="12"/>
        <source>Scaled ELU: self-normalizing with the right initialization.</source>
        <translation>Scaled ELU: self-normalizing with the right initialization.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/activation.py" line="13"/>
        <source>Squashes values into (-1, 1).</source>
        <translation>Squashes values into (-1, 1).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/activation.py" line="14"/>
        <source>Squashes values into (0, 1).</source>
        <translation>Squashes values into (0, 1).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/activation.py" line="15"/>
        <source>Turns scores along one dimension into probabilities.</source>
        <translation>Turns scores along one dimension into probabilities.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="7"/>
        <source>Merges a range of dimensions into one, e.g. images into vectors.</source>
        <translation>Merges a range of dimensions into one, e.g. images into vectors.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="8"/>
        <source>Keeps the largest value of each window, shrinking sequences.</source>
        <translation>Keeps the largest value of each window, shrinking sequences.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="9"/>
        <source>Keeps the largest value of each window, shrinking images.</source>
        <translation>Keeps the largest value of each window, shrinking images.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="10"/>
        <source>Keeps the largest value of each window, shrinking volumes.</source>
        <translation>Keeps the largest value of each window, shrinking volumes.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="11"/>
        <source>Averages each window, shrinking sequences.</source>
        <translation>Averages each window, shrinking sequences.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="12"/>
        <source>Averages each window, shrinking images.</source>
        <translation>Averages each window, shrinking images.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="13"/>
        <source>Averages each window, shrinking volumes.</source>
        <translation>Averages each window, shrinking volumes.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="15"/>
        <source>Keeps the largest values into a fixed output length, whatever the input length.</source>
        <translation>Keeps the largest values into a fixed output length, whatever the input length.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="18"/>
        <source>Keeps the largest values into a fixed output height and width.</source>
        <translation>Keeps the largest values into a fixed output height and width.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="20"/>
        <source>Keeps the largest values into a fixed output depth, height and width.</source>
        <translation>Keeps the largest values into a fixed output depth, height and width.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="22"/>
        <source>Averages into a fixed output length, whatever the input length.</source>
        <translation>Averages into a fixed output length, whatever the input length.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="24"/>
        <source>Averages into a fixed output height and width, whatever the input size.</source>
        <translation>Averages into a fixed output height and width, whatever the input size.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="26"/>
        <source>Averages into a fixed output depth, height and width, whatever the input size.</source>
        <translation>Averages into a fixed output depth, height and width, whatever the input size.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="28"/>
        <source>Randomly zeroes elements while training, to reduce overfitting.</source>
        <translation>Randomly zeroes elements while training, to reduce overfitting.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="29"/>
        <source>Returns its input unchanged; a placeholder.</source>
        <translation>Returns its input unchanged; a placeholder.</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="97"/>
        <source>{help} &apos;same&apos; keeps the size (stride 1 only); &apos;valid&apos; adds none.</source>
        <translation>{help} &apos;same&apos; keeps the size (stride 1 only); &apos;valid&apos; adds none.</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="143"/>
        <location filename="../core/model/initializers.py" line="52"/>
        <source> Did you mean {name}?</source>
        <translation> Did you mean {name}?</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="148"/>
        <source>Unknown layer {shown}.{hint} Available: {names}.</source>
        <translation>Unknown layer {shown}.{hint} Available: {names}.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="36"/>
        <source>{name}: groups must divide {field} ({value}); groups={groups} does not. Allowed: a divisor of {value}.</source>
        <translation>{name}: groups must divide {field} ({value}); groups={groups} does not. Allowed: a divisor of {value}.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="44"/>
        <source>{name}: padding=&apos;same&apos; needs stride 1, got stride={stride}. Use stride 1 or give padding as integers (at least 0).</source>
        <translation>{name}: padding=&apos;same&apos; needs stride 1, got stride={stride}. Use stride 1 or give padding as integers (at least 0).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="56"/>
        <source>{name}: output_padding must be smaller than stride or dilation (in each dimension), got output_padding={output_padding} with stride={stride} and dilation={dilation}.</source>
        <translation>{name}: output_padding must be smaller than stride or dilation (in each dimension), got output_padding={output_padding} with stride={stride} and dilation={dilation}.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="72"/>
        <source>{name}: padding must be at most half of kernel_size (from 0 to {limit}), got padding={padding} with kernel_size={kernel_size}.</source>
        <translation>{name}: padding must be at most half of kernel_size (from 0 to {limit}), got padding={padding} with kernel_size={kernel_size}.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="84"/>
        <source>{name}: {part} ({parts}) must divide {whole} ({value}). Allowed: a divisor of {value}.</source>
        <translation>{name}: {part} ({parts}) must divide {whole} ({value}). Allowed: a divisor of {value}.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="97"/>
        <source>Embedding: padding_idx must be an id from {low} to {high} (or null), got {value}.</source>
        <translation>Embedding: padding_idx must be an id from {low} to {high} (or null), got {value}.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="105"/>
        <source>LSTM: proj_size ({proj}) must be smaller than hidden_size ({hidden}); 0 means no projection.</source>
        <translation>LSTM: proj_size ({proj}) must be smaller than hidden_size ({hidden}); 0 means no projection.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="126"/>
        <source>LayerNorm: normalized_shape must hold at least one integer of at least 1.</source>
        <translation>LayerNorm: normalized_shape must hold at least one integer of at least 1.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="131"/>
        <source>Flatten: start_dim ({start}) must be at most end_dim ({end}).</source>
        <translation>Flatten: start_dim ({start}) must be at most end_dim ({end}).</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="169"/>
        <source>its parameters are too large to allocate; use smaller sizes</source>
        <translation>its parameters are too large to allocate; use smaller sizes</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="170"/>
        <source>PyTorch refused these arguments (see PyTorch&apos;s message)</source>
        <translation>PyTorch refused these arguments (see PyTorch&apos;s message)</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="184"/>
        <location filename="../core/model/catalogue.py" line="240"/>
        <source>{layer}: {reason}.</source>
        <translation>{layer}: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/analysis/candidates.py" line="41"/>
        <source>inits must be a non-empty list of initializer names or {{&quot;init&quot;: name, &quot;args&quot;: {{...}}}} objects, got {value!r}.</source>
        <translation>inits must be a non-empty list of initializer names or {{&quot;init&quot;: name, &quot;args&quot;: {{...}}}} objects, got {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/analysis/candidates.py" line="45"/>
        <source>inits holds {count} initializers; compare at most {limit} at once.</source>
        <translation>inits holds {count} initializers; compare at most {limit} at once.</translation>
    </message>
    <message>
        <location filename="../core/analysis/candidates.py" line="55"/>
        <source>inits[{index}] must be an initializer name or {{&quot;init&quot;: name, &quot;args&quot;: {{...}}}}, got {value!r}.</source>
        <translation>inits[{index}] must be an initializer name or {{&quot;init&quot;: name, &quot;args&quot;: {{...}}}}, got {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/analysis/candidates.py" line="61"/>
        <source>inits[{index}]: default takes no arguments, got {args!r}.</source>
        <translation>inits[{index}]: default takes no arguments, got {args!r}.</translation>
    </message>
    <message>
        <location filename="../core/analysis/compare.py" line="122"/>
        <source>Unknown parameter {name!r}; the comparison has {names}.</source>
        <translation>Unknown parameter {name!r}; the comparison has {names}.</translation>
    </message>
    <message>
        <location filename="../core/model/stats.py" line="24"/>
        <source>bins must be a whole number from 1 to {limit}, got {value!r}.</source>
        <translation>bins must be a whole number from 1 to {limit}, got {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/analysis/compare.py" line="200"/>
        <source>clip must be a percentage above 0 and at most 100 (e.g. 99 keeps the central 99%), or null for the full range, got {value!r}.</source>
        <translation>clip must be a percentage above 0 and at most 100 (e.g. 99 keeps the central 99%), or null for the full range, got {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/analysis/candidates.py" line="73"/>
        <source>{what} needs every parameter to exist, but {names} are still uninitialized (lazy layers learn their sizes at the first forward pass). Send a sample through the network first (forward), then try again.</source>
        <translation>{what} needs every parameter to exist, but {names} are still uninitialized (lazy layers learn their sizes at the first forward pass). Send a sample through the network first (forward), then try again.</translation>
    </message>
    <message>
        <location filename="../core/analysis/candidates.py" line="79"/>
        <source>{what} needs a network with parameters; add a Linear or convolution layer first.</source>
        <translation>{what} needs a network with parameters; add a Linear or convolution layer first.</translation>
    </message>
    <message>
        <location filename="../core/analysis/candidates.py" line="86"/>
        <source>seed must be a whole number ≥ 0, got {seed!r}.</source>
        <translation>seed must be a whole number ≥ 0, got {seed!r}.</translation>
    </message>
    <message>
        <location filename="../core/analysis/candidates.py" line="89"/>
        <source>params must be weight, bias or all, got {params!r}.</source>
        <translation>params must be weight, bias or all, got {params!r}.</translation>
    </message>
    <message>
        <location filename="../core/analysis/compare.py" line="297"/>
        <source>Comparing {count} initializers on {total} parameters</source>
        <translation>Comparing {count} initializers on {total} parameters</translation>
    </message>
    <message>
        <location filename="../core/analysis/compare.py" line="299"/>
        <source>compare fewer initializers at once.</source>
        <translation>compare fewer initializers at once.</translation>
    </message>
    <message>
        <location filename="../core/analysis/compare.py" line="324"/>
        <source>Not changed by {init}: these are the network&apos;s current values.</source>
        <translation>Not changed by {init}: these are the network&apos;s current values.</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth.py" line="151"/>
        <source>Depth statistics need an input shape: give shape (e.g. [256, 20]) or run a forward pass first, whose input shape is then used.</source>
        <translation>Depth statistics need an input shape: give shape (e.g. [256, 20]) or run a forward pass first, whose input shape is then used.</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth.py" line="159"/>
        <source>shape must be a list of whole numbers ≥ 1 such as [256, 20], got {shape!r}.</source>
        <translation>shape must be a list of whole numbers ≥ 1 such as [256, 20], got {shape!r}.</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth.py" line="163"/>
        <source>shape: the batch (first dimension) must be at least 2 to measure a spread, got {shape!r}.</source>
        <translation>shape: the batch (first dimension) must be at least 2 to measure a spread, got {shape!r}.</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth.py" line="184"/>
        <source>mode must be &apos;train&apos; or &apos;eval&apos;, got {mode!r}.</source>
        <translation>mode must be &apos;train&apos; or &apos;eval&apos;, got {mode!r}.</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth.py" line="193"/>
        <source>Depth statistics on an input of shape {shape}</source>
        <translation>Depth statistics on an input of shape {shape}</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth.py" line="194"/>
        <source>use a smaller batch.</source>
        <translation>use a smaller batch.</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth.py" line="274"/>
        <location filename="../core/analysis/user_depth.py" line="47"/>
        <source>The depth batch of shape {shape} does not fit the network: {error} Give a shape whose last dimensions match the network&apos;s input.</source>
        <translation>The depth batch of shape {shape} does not fit the network: {error} Give a shape whose last dimensions match the network&apos;s input.</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="43"/>
        <location filename="../core/model/explain.py" line="190"/>
        <source>layer {name} ({kind})</source>
        <translation>layer {name} ({kind})</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="49"/>
        <source>{where} ran out of memory on an input of shape {shape}; use a smaller batch or smaller layers.</source>
        <translation>{where} ran out of memory on an input of shape {shape}; use a smaller batch or smaller layers.</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="91"/>
        <source>{where} needs a {low}-D or {high}-D input but gets a {actual}-D one, shape {got}; use the 2d variant for images or put a Flatten before it.</source>
        <translation>{where} needs a {low}-D or {high}-D input but gets a {actual}-D one, shape {got}; use the 2d variant for images or put a Flatten before it.</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="103"/>
        <source>{where}&apos;s kernel is larger than its (padded) input {got}; use a smaller kernel_size, add padding, or feed a larger input.</source>
        <translation>{where}&apos;s kernel is larger than its (padded) input {got}; use a smaller kernel_size, add padding, or feed a larger input.</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="61"/>
        <source>{where} failed on an input of shape {shape}; PyTorch says: {torch}</source>
        <translation>{where} failed on an input of shape {shape}; PyTorch says: {torch}</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="84"/>
        <source>{where} needs a {low}-D or {high}-D input but gets a {actual}-D one, shape {got}: it normalizes each channel over a batch of samples. Feed a batch, such as shape (2, {width}).</source>
        <translation>{where} needs a {low}-D or {high}-D input but gets a {actual}-D one, shape {got}: it normalizes each channel over a batch of samples. Feed a batch, such as shape (2, {width}).</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="115"/>
        <source>{where} cannot take an input of shape {got} from {source}; PyTorch says: {torch}</source>
        <translation>{where} cannot take an input of shape {got} from {source}; PyTorch says: {torch}</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="135"/>
        <source>{low}-D (unbatched) or {high}-D (batched)</source>
        <translation>{low}-D (unbatched) or {high}-D (batched)</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="136"/>
        <source>{count}-D</source>
        <translation>{count}-D</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="138"/>
        <source>{where} needs a {need} input but gets a {actual}-D one, shape {got}; change the input&apos;s shape (add or flatten dimensions), or choose a layer made for that shape.</source>
        <translation>{where} needs a {need} input but gets a {actual}-D one, shape {got}; change the input&apos;s shape (add or flatten dimensions), or choose a layer made for that shape.</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="147"/>
        <source>{where} works on dimension {wanted}, which a {rank}-D input {got} does not have; choose a dimension from {low} to {high} (edit the layer) or feed more dimensions.</source>
        <translation>{where} works on dimension {wanted}, which a {rank}-D input {got} does not have; choose a dimension from {low} to {high} (edit the layer) or feed more dimensions.</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="154"/>
        <source>{where} normalizes over trailing dimensions {trailing}, but the input {got} ends with {actual}; set normalized_shape to the input&apos;s last dimensions.</source>
        <translation>{where} normalizes over trailing dimensions {trailing}, but the input {got} ends with {actual}; set normalized_shape to the input&apos;s last dimensions.</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="162"/>
        <source>{where} needs more than one value per channel to compute batch statistics in training mode, but the input {got} has one; use a batch of at least 2 or run in eval mode.</source>
        <translation>{where} needs more than one value per channel to compute batch statistics in training mode, but the input {got} has one; use a batch of at least 2 or run in eval mode.</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="169"/>
        <source>{where}&apos;s padding is as large as its input {got}, which padding_mode &apos;{mode}&apos; cannot fill; use less padding, padding_mode &apos;zeros&apos;, or a larger input.</source>
        <translation>{where}&apos;s padding is as large as its input {got}, which padding_mode &apos;{mode}&apos; cannot fill; use less padding, padding_mode &apos;zeros&apos;, or a larger input.</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="177"/>
        <source>{where} needs an input with height and width (at least 3-D, such as (C, H, W)) but gets shape {got}; feed images or remove the layer.</source>
        <translation>{where} needs an input with height and width (at least 3-D, such as (C, H, W)) but gets shape {got}; feed images or remove the layer.</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="192"/>
        <location filename="../core/model/explain.py" line="193"/>
        <source>the input {shape}</source>
        <translation>the input {shape}</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="63"/>
        <source>Scale factor: a number, or a nonlinearity whose recommended gain to use.</source>
        <translation>Scale factor: a number, or a nonlinearity whose recommended gain to use.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="68"/>
        <source>Standard deviation of the normal distribution.</source>
        <translation>Standard deviation of the normal distribution.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="70"/>
        <source>Mean of the normal distribution.</source>
        <translation>Mean of the normal distribution.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="75"/>
        <source>Negative slope of the leaky ReLU after this layer (only used with leaky_relu).</source>
        <translation>Negative slope of the leaky ReLU after this layer (only used with leaky_relu).</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="81"/>
        <source>fan_in keeps the forward signal&apos;s variance, fan_out the gradients&apos;.</source>
        <translation>fan_in keeps the forward signal&apos;s variance, fan_out the gradients&apos;.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="87"/>
        <source>The activation after this layer; it sets the gain.</source>
        <translation>The activation after this layer; it sets the gain.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="125"/>
        <source>Keeps each layer&apos;s own reset_parameters() initialization, what PyTorch does by default.</source>
        <translation>Keeps each layer&apos;s own reset_parameters() initialization, what PyTorch does by default.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="133"/>
        <source>Uniform in ±gain·√(6/(fan_in+fan_out)), keeping the signal&apos;s variance steady forwards and backwards (Glorot).</source>
        <translation>Uniform in ±gain·√(6/(fan_in+fan_out)), keeping the signal&apos;s variance steady forwards and backwards (Glorot).</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="141"/>
        <source>Normal with std gain·√(2/(fan_in+fan_out)), keeping the signal&apos;s variance steady forwards and backwards (Glorot).</source>
        <translation>Normal with std gain·√(2/(fan_in+fan_out)), keeping the signal&apos;s variance steady forwards and backwards (Glorot).</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="150"/>
        <source>Uniform in ±gain·√(3/fan), scaled so the variance survives ReLU-like activations (He).</source>
        <translation>Uniform in ±gain·√(3/fan), scaled so the variance survives ReLU-like activations (He).</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="160"/>
        <source>Normal with std gain/√fan, scaled so the variance survives ReLU-like activations (He).</source>
        <translation>Normal with std gain/√fan, scaled so the variance survives ReLU-like activations (He).</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="169"/>
        <source>A (semi-)orthogonal matrix times gain, which preserves the length of vectors passing through the layer.</source>
        <translation>A (semi-)orthogonal matrix times gain, which preserves the length of vectors passing through the layer.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="177"/>
        <source>Draws every weight uniformly from [a, b), whatever the layer&apos;s size.</source>
        <translation>Draws every weight uniformly from [a, b), whatever the layer&apos;s size.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="179"/>
        <source>Lower bound.</source>
        <translation>Lower bound.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="180"/>
        <source>Upper bound (at least a).</source>
        <translation>Upper bound (at least a).</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="187"/>
        <source>Draws every weight from the normal distribution N(mean, std²), whatever the layer&apos;s size.</source>
        <translation>Draws every weight from the normal distribution N(mean, std²), whatever the layer&apos;s size.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="196"/>
        <source>Draws from N(mean, std²) and redraws any value outside [a, b], so no weight is extreme.</source>
        <translation>Draws from N(mean, std²) and redraws any value outside [a, b], so no weight is extreme.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="203"/>
        <source>Standard deviation of the normal distribution (above 0).</source>
        <translation>Standard deviation of the normal distribution (above 0).</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="204"/>
        <source>Lowest value kept.</source>
        <translation>Lowest value kept.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="205"/>
        <source>Highest value kept (at least a).</source>
        <translation>Highest value kept (at least a).</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="211"/>
        <source>Sets every weight to val, so all units start out identical.</source>
        <translation>Sets every weight to val, so all units start out identical.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="212"/>
        <source>The value every weight gets.</source>
        <translation>The value every weight gets.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="214"/>
        <source>Sets every weight to 1, so all units start out identical.</source>
        <translation>Sets every weight to 1, so all units start out identical.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="215"/>
        <source>Sets every weight to 0, so all units start out identical.</source>
        <translation>Sets every weight to 0, so all units start out identical.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="220"/>
        <source>Sets a 2-D weight to the identity matrix, so a Linear layer first passes inputs through.</source>
        <translation>Sets a 2-D weight to the identity matrix, so a Linear layer first passes inputs through.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="230"/>
        <source>Sets a convolution weight to a Dirac delta, so the layer first passes channels through.</source>
        <translation>Sets a convolution weight to a Dirac delta, so the layer first passes channels through.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="238"/>
        <source>Groups of the convolution; must divide out_channels.</source>
        <translation>Groups of the convolution; must divide out_channels.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="239"/>
        <source>PyTorch would divide by zero at 0</source>
        <translation>PyTorch would divide by zero at 0</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="248"/>
        <source>Zeros the fraction sparsity of each column and draws the rest from N(0, std²).</source>
        <translation>Zeros the fraction sparsity of each column and draws the rest from N(0, std²).</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="255"/>
        <source>Fraction of each column set to zero.</source>
        <translation>Fraction of each column set to zero.</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="257"/>
        <source>a fraction; PyTorch does not check it, and outside 0 to 1 it zeroes every row, or some rows for a negative value, which no fraction means</source>
        <translation>a fraction; PyTorch does not check it, and outside 0 to 1 it zeroes every row, or some rows for a negative value, which no fraction means</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="261"/>
        <source>Standard deviation of the non-zero weights.</source>
        <translation>Standard deviation of the non-zero weights.</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="32"/>
        <source>Target weights of Linear or convolution layers, not biases or normalization layers.</source>
        <translation>Target weights of Linear or convolution layers, not biases or normalization layers.</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="34"/>
        <source>Target the weight of a Linear layer.</source>
        <translation>Target the weight of a Linear layer.</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="36"/>
        <source>exactly 2 dimensions (a matrix)</source>
        <translation>exactly 2 dimensions (a matrix)</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="37"/>
        <source>exactly 2 dimensions (rows and columns)</source>
        <translation>exactly 2 dimensions (rows and columns)</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="38"/>
        <source>at least 2 dimensions (rows and columns)</source>
        <translation>at least 2 dimensions (rows and columns)</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="40"/>
        <source>3 to 5 dimensions (out_channels, in_channels and the kernel)</source>
        <translation>3 to 5 dimensions (out_channels, in_channels and the kernel)</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="41"/>
        <source>Target the weight of a Conv1d, Conv2d or Conv3d layer.</source>
        <translation>Target the weight of a Conv1d, Conv2d or Conv3d layer.</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="44"/>
        <source>at least 2 dimensions (fan_in and fan_out)</source>
        <translation>at least 2 dimensions (fan_in and fan_out)</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="54"/>
        <source>Unknown initializer {name}.{hint} Available: {names}.</source>
        <translation>Unknown initializer {name}.{hint} Available: {names}.</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="89"/>
        <source>uniform_: b must be a number of at least a = {a}</source>
        <translation>uniform_: b must be a number of at least a = {a}</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="101"/>
        <source>trunc_normal_: std must be a number greater than 0 (at 0 PyTorch divides by zero; below 0 it would draw as if std were -std)</source>
        <translation>trunc_normal_: std must be a number greater than 0 (at 0 PyTorch divides by zero; below 0 it would draw as if std were -std)</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="105"/>
        <source>trunc_normal_: b must be a number of at least a = {a}</source>
        <translation>trunc_normal_: b must be a number of at least a = {a}</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="110"/>
        <source>trunc_normal_: mean must be from {low} to {high} for std {std} and a = b = {a}. Further away, float32 rounding in PyTorch&apos;s sampler can reject every draw, and it then draws for ever (PyTorch itself does not refuse)</source>
        <translation>trunc_normal_: mean must be from {low} to {high} for std {std} and a = b = {a}. Further away, float32 rounding in PyTorch&apos;s sampler can reject every draw, and it then draws for ever (PyTorch itself does not refuse)</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="116"/>
        <source>trunc_normal_: mean must be from {low} to {high} for std {std} and [a, b] = [{a}, {b}]. Further from [a, b], PyTorch&apos;s sampler keeps under {percent}% of its draws per round and can take minutes to fill a weight (PyTorch itself does not refuse)</source>
        <translation>trunc_normal_: mean must be from {low} to {high} for std {std} and [a, b] = [{a}, {b}]. Further from [a, b], PyTorch&apos;s sampler keeps under {percent}% of its draws per round and can take minutes to fill a weight (PyTorch itself does not refuse)</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="138"/>
        <source>gain must be a number, a nonlinearity name ({names}), or {{&apos;nonlinearity&apos;: &apos;leaky_relu&apos;, &apos;param&apos;: 0.2}}</source>
        <translation>gain must be a number, a nonlinearity name ({names}), or {{&apos;nonlinearity&apos;: &apos;leaky_relu&apos;, &apos;param&apos;: 0.2}}</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="168"/>
        <source>gain&apos;s param must be a number that fits in float32 (|x| ≤ 3.4028e+38): the leaky slope</source>
        <translation>gain&apos;s param must be a number that fits in float32 (|x| ≤ 3.4028e+38): the leaky slope</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="134"/>
        <source>{what}, got {shown}.</source>
        <translation>{what}, got {shown}.</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="146"/>
        <source>{owner}: {what}</source>
        <translation>{owner}: {what}</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="162"/>
        <source>gain&apos;s param (a negative slope) only applies to &apos;leaky_relu&apos;</source>
        <translation>gain&apos;s param (a negative slope) only applies to &apos;leaky_relu&apos;</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="229"/>
        <source>PyTorch could not apply {init} to a tensor of shape {shape} ({dtype}); the values may not suit this tensor, see PyTorch&apos;s message.</source>
        <translation>PyTorch could not apply {init} to a tensor of shape {shape} ({dtype}); the values may not suit this tensor, see PyTorch&apos;s message.</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="246"/>
        <source>{init} cannot be applied yet: this weight is uninitialized (a lazy layer learns its shape on the first forward pass). Run a forward pass first.</source>
        <translation>{init} cannot be applied yet: this weight is uninitialized (a lazy layer learns its shape on the first forward pass). Run a forward pass first.</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="258"/>
        <source>{init} needs a floating-point tensor; this one holds {dtype}.</source>
        <translation>{init} needs a floating-point tensor; this one holds {dtype}.</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="267"/>
        <source>dirac_: groups = {groups} must divide the tensor&apos;s first dimension (out_channels = {out_channels}); this one has shape {shape}.</source>
        <translation>dirac_: groups = {groups} must divide the tensor&apos;s first dimension (out_channels = {out_channels}); this one has shape {shape}.</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="277"/>
        <source>{init} needs a tensor with {need}; this one has shape {shape}. {hint}</source>
        <translation>{init} needs a tensor with {need}; this one has shape {shape}. {hint}</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="40"/>
        <source>{shape} uniform ±finfo(float32).max/10</source>
        <translation>{shape} uniform ±finfo(float32).max/10</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="41"/>
        <source>{shape} uniform[{low}, {high})</source>
        <translation>{shape} uniform[{low}, {high})</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="59"/>
        <source>{shape} integer ids in [0, {vocab})</source>
        <translation>{shape} integer ids in [0, {vocab})</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="60"/>
        <location filename="../core/model/inputs.py" line="44"/>
        <source>{shape} normal(mean={mean}, std={std})</source>
        <translation>{shape} normal(mean={mean}, std={std})</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="64"/>
        <source>PyTorch&apos;s default for convolutions and linear layers is kaiming_uniform_(a=√5): weights U(±1/√fan_in), a variance of 1/(3·fan_in), a sixth of He&apos;s 2/fan_in for ReLU; biases U(±1/√fan_in) too.</source>
        <translation>PyTorch&apos;s default for convolutions and linear layers is kaiming_uniform_(a=√5): weights U(±1/√fan_in), a variance of 1/(3·fan_in), a sixth of He&apos;s 2/fan_in for ReLU; biases U(±1/√fan_in) too.</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="72"/>
        <source>ResNet-18-style CNN (small: 16-32-64-128 channels, 1×3×32×32 images)</source>
        <translation>ResNet-18-style CNN (small: 16-32-64-128 channels, 1×3×32×32 images)</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="74"/>
        <source>A 3×3 stem, four stages of two d2l Residual blocks (the first block of stages 2–4 halves the resolution and has a 1×1 convolution on its shortcut), average pooling and a LazyLinear head. Every convolution and batch norm is lazy: nothing has a shape until the first forward. {default} Batch norm starts at weight 1, bias 0 (running mean 0, variance 1), and one follows every convolution: in training mode it rescales each channel to unit variance, so the convolutions&apos; small default scale hardly matters and their biases are cancelled by the mean it subtracts. Within a stage each block adds a unit-variance branch to its identity shortcut, so the signal does not shrink with depth as in a plain stack.</source>
        <translation>A 3×3 stem, four stages of two d2l Residual blocks (the first block of stages 2–4 halves the resolution and has a 1×1 convolution on its shortcut), average pooling and a LazyLinear head. Every convolution and batch norm is lazy: nothing has a shape until the first forward. {default} Batch norm starts at weight 1, bias 0 (running mean 0, variance 1), and one follows every convolution: in training mode it rescales each channel to unit variance, so the convolutions&apos; small default scale hardly matters and their biases are cancelled by the mean it subtracts. Within a stage each block adds a unit-variance branch to its identity shortcut, so the signal does not shrink with depth as in a plain stack.</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="90"/>
        <source>Transformer encoder classifier (2 layers, width 32, token ids 1×16 in [0, 100))</source>
        <translation>Transformer encoder classifier (2 layers, width 32, token ids 1×16 in [0, 100))</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="93"/>
        <source>Embedding, fixed sinusoidal positions (a buffer: nothing to initialize), a TransformerEncoder of two TransformerEncoderLayers (4 heads, feed-forward 64, dropout 0), the mean over the sequence and a LazyLinear head. Embedding rows are N(0, 1). Self-attention&apos;s in_proj_weight, the stacked (3·32, 32) query/key/value matrix, is xavier_uniform_, and the in and out projection biases are 0; the out projection&apos;s weight and the feed-forward linears keep the default U(±1/√fan_in); LayerNorm starts at weight 1, bias 0. TransformerEncoder deep-copies the layer it is given, so both layers start with identical weights. Only the head is lazy.</source>
        <translation>Embedding, fixed sinusoidal positions (a buffer: nothing to initialize), a TransformerEncoder of two TransformerEncoderLayers (4 heads, feed-forward 64, dropout 0), the mean over the sequence and a LazyLinear head. Embedding rows are N(0, 1). Self-attention&apos;s in_proj_weight, the stacked (3·32, 32) query/key/value matrix, is xavier_uniform_, and the in and out projection biases are 0; the out projection&apos;s weight and the feed-forward linears keep the default U(±1/√fan_in); LayerNorm starts at weight 1, bias 0. TransformerEncoder deep-copies the layer it is given, so both layers start with identical weights. Only the head is lazy.</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="109"/>
        <source>LSTM sequence classifier (2 layers, hidden 32, sequences 1×20×8)</source>
        <translation>LSTM sequence classifier (2 layers, hidden 32, sequences 1×20×8)</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="111"/>
        <source>A two-layer nn.LSTM (batch_first) whose last time step goes to a LazyLinear head. Every LSTM weight and bias, of both layers and all four gates (stacked as 4·32 rows), is U(±1/√hidden_size) = U(±0.18), whatever the input size: the scale follows the hidden size, not fan_in. The forget gate&apos;s bias starts near 0, so the cell keeps about half its memory at each step (σ(0) = 0.5); the often recommended forget bias of 1 would keep 73%. There is no lazy LSTM: only the head waits for the first forward.</source>
        <translation>A two-layer nn.LSTM (batch_first) whose last time step goes to a LazyLinear head. Every LSTM weight and bias, of both layers and all four gates (stacked as 4·32 rows), is U(±1/√hidden_size) = U(±0.18), whatever the input size: the scale follows the hidden size, not fan_in. The forget gate&apos;s bias starts near 0, so the cell keeps about half its memory at each step (σ(0) = 0.5); the often recommended forget bias of 1 would keep 73%. There is no lazy LSTM: only the head waits for the first forward.</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="125"/>
        <source>d2l&apos;s LeNet, lazy (sigmoid and average pooling, 1×1×28×28 images)</source>
        <translation>d2l&apos;s LeNet, lazy (sigmoid and average pooling, 1×1×28×28 images)</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="127"/>
        <source>d2l&apos;s LeNet: two lazy convolutions with sigmoid and average pooling, then three LazyLinear layers. {default} The fans are known only after the first forward (1·5·5 for the first convolution, 6·5·5, then 16·5·5 = 400 for the first linear). The sigmoid&apos;s outputs have a mean near 0.5 and its slope is at most 1/4: gradients shrink at every layer, the case that motivated better initializations.</source>
        <translation>d2l&apos;s LeNet: two lazy convolutions with sigmoid and average pooling, then three LazyLinear layers. {default} The fans are known only after the first forward (1·5·5 for the first convolution, 6·5·5, then 16·5·5 = 400 for the first linear). The sigmoid&apos;s outputs have a mean near 0.5 and its slope is at most 1/4: gradients shrink at every layer, the case that motivated better initializations.</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="139"/>
        <source>Small VGG (VGG blocks of 16, 32, 64 channels, 1×3×32×32 images)</source>
        <translation>Small VGG (VGG blocks of 16, 32, 64 channels, 1×3×32×32 images)</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="141"/>
        <source>Three d2l vgg_blocks (3×3 lazy convolutions with ReLU, then max pooling) and three LazyLinear layers with Dropout(0.5). {default} With ReLU and no batch norm each convolution keeps a third of its input&apos;s second moment and ReLU half of that: the activations&apos; RMS shrinks by about √6 ≈ 2.4 per layer (see Depth). Dropout draws from the generator at every forward in training mode.</source>
        <translation>Three d2l vgg_blocks (3×3 lazy convolutions with ReLU, then max pooling) and three LazyLinear layers with Dropout(0.5). {default} With ReLU and no batch norm each convolution keeps a third of its input&apos;s second moment and ReLU half of that: the activations&apos; RMS shrinks by about √6 ≈ 2.4 per layer (see Depth). Dropout draws from the generator at every forward in training mode.</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="153"/>
        <source>DCGAN-style generator (lazy transposed convolutions, latent 1×16×1×1 → image 1×3×32×32)</source>
        <translation>DCGAN-style generator (lazy transposed convolutions, latent 1×16×1×1 → image 1×3×32×32)</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="156"/>
        <source>Three d2l G_blocks (LazyConvTranspose2d without bias, LazyBatchNorm2d, ReLU), a last transposed convolution to 3 channels and Tanh. A transposed convolution&apos;s weight is (in_channels, out_channels, k, k), and PyTorch computes fan_in from dimension 1: the default U(±1/√fan_in) uses out_channels·4·4, the fan_in of the convolution this layer transposes, not the in_channels it sums over: fan_in and fan_out are swapped. Batch norm starts at weight 1, bias 0 and renormalizes the first three layers; the last one feeds Tanh directly. The DCGAN paper draws every weight from N(0, 0.02) instead.</source>
        <translation>Three d2l G_blocks (LazyConvTranspose2d without bias, LazyBatchNorm2d, ReLU), a last transposed convolution to 3 channels and Tanh. A transposed convolution&apos;s weight is (in_channels, out_channels, k, k), and PyTorch computes fan_in from dimension 1: the default U(±1/√fan_in) uses out_channels·4·4, the fan_in of the convolution this layer transposes, not the in_channels it sums over: fan_in and fan_out are swapped. Batch norm starts at weight 1, bias 0 and renormalizes the first three layers; the last one feeds Tanh directly. The DCGAN paper draws every weight from N(0, 0.02) instead.</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="47"/>
        <source>{shape} ids in [{low}, {high})</source>
        <translation>{shape} ids in [{low}, {high})</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="50"/>
        <source>{shape} zeros</source>
        <translation>{shape} zeros</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="51"/>
        <source>{shape} ones</source>
        <translation>{shape} ones</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="68"/>
        <source>The input shape must be a list of 1 to {limit} sizes, got {shape}.</source>
        <translation>The input shape must be a list of 1 to {limit} sizes, got {shape}.</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="78"/>
        <source>Every input dimension must be a whole number from 1 to {largest}; got {dim} in {shape}.</source>
        <translation>Every input dimension must be a whole number from 1 to {largest}; got {dim} in {shape}.</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="88"/>
        <source>fill must be one of {fills}, got {fill}.</source>
        <translation>fill must be one of {fills}, got {fill}.</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="96"/>
        <source>{field} must be a number, got {value}.</source>
        <translation>{field} must be a number, got {value}.</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="102"/>
        <source>{field} must be a finite float32 number (|x| ≤ {limit}), got {value}.</source>
        <translation>{field} must be a finite float32 number (|x| ≤ {limit}), got {value}.</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="111"/>
        <source>low must be below high, got [{low}, {high}).</source>
        <translation>low must be below high, got [{low}, {high}).</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="117"/>
        <source>high - low must stay within float32 ({limit}); got [{low}, {high}). The seed&apos;s extreme range, ±finfo(float32).max/10, fits.</source>
        <translation>high - low must stay within float32 ({limit}); got [{low}, {high}). The seed&apos;s extreme range, ±finfo(float32).max/10, fits.</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="123"/>
        <source>std must be at least 0, got {std}.</source>
        <translation>std must be at least 0, got {std}.</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="134"/>
        <source>ids are whole numbers in [low, high): low and high must be whole numbers with 0 ≤ low &lt; high ≤ {largest}, got [{low}, {high}). For an Embedding, high is its num_embeddings.</source>
        <translation>ids are whole numbers in [low, high): low and high must be whole numbers with 0 ≤ low &lt; high ≤ {largest}, got [{low}, {high}). For an Embedding, high is its num_embeddings.</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="174"/>
        <source>seed must be a whole number from 0 to 2**63-1, got {seed}.</source>
        <translation>seed must be a whole number from 0 to 2**63-1, got {seed}.</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="57"/>
        <source>new network</source>
        <translation>new network</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="111"/>
        <source>add {layer}({args})</source>
        <translation>add {layer}({args})</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="117"/>
        <source>remove layer {name}</source>
        <translation>remove layer {name}</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="124"/>
        <source>move: &apos;to&apos; must be a position, got {to}.</source>
        <translation>move: &apos;to&apos; must be a position, got {to}.</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="129"/>
        <source>move layer {name} to {to}</source>
        <translation>move layer {name} to {to}</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="142"/>
        <source>duplicate block {name}</source>
        <translation>duplicate block {name}</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="154"/>
        <source>edit layer {name}: {layer}({args})</source>
        <translation>edit layer {name}: {layer}({args})</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="163"/>
        <source>rename layer {old} to {new}</source>
        <translation>rename layer {old} to {new}</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="172"/>
        <source>tie layer {name} to {target}</source>
        <translation>tie layer {name} to {target}</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="180"/>
        <source>Layer {name} is not tied.</source>
        <translation>Layer {name} is not tied.</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="184"/>
        <source>untie layer {name}</source>
        <translation>untie layer {name}</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="189"/>
        <source>clear</source>
        <translation>clear</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="191"/>
        <source>load network</source>
        <translation>load network</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="199"/>
        <source>reset</source>
        <translation>reset</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="208"/>
        <location filename="../core/model/tree_steps.py" line="29"/>
        <source>mode must be &apos;train&apos; or &apos;eval&apos;, got {mode}.</source>
        <translation>mode must be &apos;train&apos; or &apos;eval&apos;, got {mode}.</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="211"/>
        <location filename="../core/training/train.py" line="61"/>
        <source>The network is empty; add a layer first.</source>
        <translation>The network is empty; add a layer first.</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="217"/>
        <location filename="../core/model/tree_steps.py" line="33"/>
        <source>An input of shape {shape}</source>
        <translation>An input of shape {shape}</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="218"/>
        <location filename="../core/model/tree_steps.py" line="34"/>
        <source>use a smaller batch or width.</source>
        <translation>use a smaller batch or width.</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="245"/>
        <location filename="../core/model/tree_steps.py" line="44"/>
        <source>forward {input} (eval)</source>
        <translation>forward {input} (eval)</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="247"/>
        <location filename="../core/model/tree_steps.py" line="45"/>
        <source>forward {input}</source>
        <translation>forward {input}</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="328"/>
        <source>A network with blocks cannot have tied layers: untie them first, or tie layers in a network without blocks.</source>
        <translation>A network with blocks cannot have tied layers: untie them first, or tie layers in a network without blocks.</translation>
    </message>
    <message>
        <location filename="../core/model/forward_trace.py" line="53"/>
        <source>Layer {name} ({kind}) on an input of shape {shape}</source>
        <translation>Layer {name} ({kind}) on an input of shape {shape}</translation>
    </message>
    <message>
        <location filename="../core/model/forward_trace.py" line="56"/>
        <source>use a smaller input or fewer features.</source>
        <translation>use a smaller input or fewer features.</translation>
    </message>
    <message>
        <location filename="../core/model/forward_trace.py" line="104"/>
        <source>The statistics of layer {name}&apos;s output could not be computed ({reason}); the network was left as it was.</source>
        <translation>The statistics of layer {name}&apos;s output could not be computed ({reason}); the network was left as it was.</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="37"/>
        <source>default takes no arguments.</source>
        <translation>default takes no arguments.</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="44"/>
        <source>params must be weight, bias or all, got {params}.</source>
        <translation>params must be weight, bias or all, got {params}.</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="277"/>
        <location filename="../core/model/tree_steps.py" line="70"/>
        <source>init {initializer}{targets}</source>
        <translation>init {initializer}{targets}</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="59"/>
        <location filename="../core/model/tree_steps.py" line="86"/>
        <source>layers must be a list of names, got {layers}.</source>
        <translation>layers must be a list of names, got {layers}.</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="67"/>
        <location filename="../core/model/tree_steps.py" line="92"/>
        <source>types must be a list of names, got {types}.</source>
        <translation>types must be a list of names, got {types}.</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="74"/>
        <source>Unknown layer type {name} in types; use a class name such as Linear, Conv2d or LazyLinear.</source>
        <translation>Unknown layer type {name} in types; use a class name such as Linear, Conv2d or LazyLinear.</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="102"/>
        <source>Layer {name} ({kind}) has no parameters yet: a lazy layer learns its input size at the first forward pass, so {init} has nothing to initialize. Send a sample through the network first (forward), then initialize.</source>
        <translation>Layer {name} ({kind}) has no parameters yet: a lazy layer learns its input size at the first forward pass, so {init} has nothing to initialize. Send a sample through the network first (forward), then initialize.</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="296"/>
        <location filename="../core/model/user_model.py" line="190"/>
        <source>load weights</source>
        <translation>load weights</translation>
    </message>
    <message>
        <location filename="../core/model/lab_history.py" line="40"/>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../core/model/lab_history.py" line="46"/>
        <source>Nothing to redo.</source>
        <translation>Nothing to redo.</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="335"/>
        <source>Layer {name} ({kind})</source>
        <translation>Layer {name} ({kind})</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="336"/>
        <source>choose smaller sizes.</source>
        <translation>choose smaller sizes.</translation>
    </message>
    <message>
        <location filename="../core/model/lab_history.py" line="67"/>
        <source>The undo memory limit must be a whole number of bytes ≥ 0, got {value!r}.</source>
        <translation>The undo memory limit must be a whole number of bytes ≥ 0, got {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/model/lab_history.py" line="83"/>
        <source>The weights of step &apos;{label}&apos; are no longer kept: the undo history dropped them to stay within its memory limit. Raise the limit in Edit ▸ Preferences to keep more steps.</source>
        <translation>The weights of step &apos;{label}&apos; are no longer kept: the undo history dropped them to stay within its memory limit. Raise the limit in Edit ▸ Preferences to keep more steps.</translation>
    </message>
    <message>
        <location filename="../core/model/lab_history.py" line="91"/>
        <source>Parameter {name} has no values at step &apos;{label}&apos;.</source>
        <translation>Parameter {name} has no values at step &apos;{label}&apos;.</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="229"/>
        <source>layers {names}</source>
        <translation>layers {names}</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="231"/>
        <source>types {names}</source>
        <translation>types {names}</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="233"/>
        <source> on {first}; {second}</source>
        <translation> on {first}; {second}</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="235"/>
        <source> on {targets}</source>
        <translation> on {targets}</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="238"/>
        <source>{targets} ({params})</source>
        <translation>{targets} ({params})</translation>
    </message>
    <message>
        <location filename="../core/model/memory.py" line="61"/>
        <source>{what} would need about {size}, more than the {limit} this lab allows; {advice}</source>
        <translation>{what} would need about {size}, more than the {limit} this lab allows; {advice}</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="70"/>
        <source>none: the network is empty</source>
        <translation>none: the network is empty</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="73"/>
        <location filename="../core/model/network.py" line="99"/>
        <source>There is no layer {ref}; layers are: {listing}.</source>
        <translation>There is no layer {ref}; layers are: {listing}.</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="120"/>
        <location filename="../core/model/network.py" line="156"/>
        <source>A network holds at most {count} layers.</source>
        <translation>A network holds at most {count} layers.</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="127"/>
        <source>Cannot insert at position {position}; choose 0 to {last}.</source>
        <translation>Cannot insert at position {position}; choose 0 to {last}.</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="135"/>
        <source>Blocks nest at most {count} deep; this one would be deeper.</source>
        <translation>Blocks nest at most {count} deep; this one would be deeper.</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="186"/>
        <source>Cannot move to position {position}; choose 0 to {last}.</source>
        <translation>Cannot move to position {position}; choose 0 to {last}.</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="206"/>
        <source>edit: args must be an object, got {args}.</source>
        <translation>edit: args must be an object, got {args}.</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="213"/>
        <source>{old} cannot become {new}: a block changes only into another block, and a layer into another layer.</source>
        <translation>{old} cannot become {new}: a block changes only into another block, and a layer into another layer.</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="233"/>
        <source>Another layer (position {position}) is already named {name}; names must be unique.</source>
        <translation>Another layer (position {position}) is already named {name}; names must be unique.</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="252"/>
        <source>Layer {name} ({layer}) is not a block; only blocks (Sequential, Residual, Concat) hold layers.</source>
        <translation>Layer {name} ({layer}) is not a block; only blocks (Sequential, Residual, Concat) hold layers.</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="260"/>
        <source>Blocks cannot be tied; tie two layers at the top level.</source>
        <translation>Blocks cannot be tied; tie two layers at the top level.</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="262"/>
        <source>A layer cannot be tied to itself.</source>
        <translation>A layer cannot be tied to itself.</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="268"/>
        <source>Other layers are tied to position {position}; untie them first.</source>
        <translation>Other layers are tied to position {position}; untie them first.</translation>
    </message>
    <message>
        <location filename="../core/model/network_json.py" line="20"/>
        <source>layers must be a list of layer objects.</source>
        <translation>layers must be a list of layer objects.</translation>
    </message>
    <message>
        <location filename="../core/model/network_json.py" line="42"/>
        <source>{place} must be an object with &apos;layer&apos;.</source>
        <translation>{place} must be an object with &apos;layer&apos;.</translation>
    </message>
    <message>
        <location filename="../core/model/network_json.py" line="48"/>
        <source>{place} has unknown field {field}.</source>
        <translation>{place} has unknown field {field}.</translation>
    </message>
    <message>
        <location filename="../core/model/network_json.py" line="56"/>
        <source>{place} is a {layer}, which holds no layers; only blocks (Sequential, Residual, Concat) have &apos;layers&apos;.</source>
        <translation>{place} is a {layer}, which holds no layers; only blocks (Sequential, Residual, Concat) have &apos;layers&apos;.</translation>
    </message>
    <message>
        <location filename="../core/model/network_json.py" line="60"/>
        <source>{place}.layers must be a list of layer objects.</source>
        <translation>{place}.layers must be a list of layer objects.</translation>
    </message>
    <message>
        <location filename="../core/model/network_json.py" line="27"/>
        <source>layers[{position}].tie must be a position, got {target}.</source>
        <translation>layers[{position}].tie must be a position, got {target}.</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="321"/>
        <source>A layer name must be a non-empty text, got {name}.</source>
        <translation>A layer name must be a non-empty text, got {name}.</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="327"/>
        <source>Layer name {name} is not allowed: use up to 64 characters, no &apos;.&apos;, and not only digits (digits name unnamed positions).</source>
        <translation>Layer name {name} is not allowed: use up to 64 characters, no &apos;.&apos;, and not only digits (digits name unnamed positions).</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="336"/>
        <source>Layer name {name} is taken by nn.Sequential itself; choose another.</source>
        <translation>Layer name {name} is taken by nn.Sequential itself; choose another.</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="64"/>
        <source>the file is not UTF-8 text (byte {at} cannot be decoded); save it as UTF-8</source>
        <translation>the file is not UTF-8 text (byte {at} cannot be decoded); save it as UTF-8</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="68"/>
        <source>the file is empty; a scenario is a JSON object with &apos;format&apos; and &apos;steps&apos;</source>
        <translation>the file is empty; a scenario is a JSON object with &apos;format&apos; and &apos;steps&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="77"/>
        <source>not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>not valid JSON: {reason} (line {line}, column {column})</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="85"/>
        <source>a number has more than {digits} digits</source>
        <translation>a number has more than {digits} digits</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="86"/>
        <source>not usable JSON: {reason}</source>
        <translation>not usable JSON: {reason}</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="95"/>
        <source>the file holds text that is not valid Unicode (an unpaired surrogate such as \ud800)</source>
        <translation>the file holds text that is not valid Unicode (an unpaired surrogate such as \ud800)</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="104"/>
        <source>not usable JSON: it nests arrays or objects too deeply to read; a scenario needs only a few levels</source>
        <translation>not usable JSON: it nests arrays or objects too deeply to read; a scenario needs only a few levels</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="110"/>
        <source>the file is {size}; scenarios up to {limit} are read</source>
        <translation>the file is {size}; scenarios up to {limit} are read</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="124"/>
        <source>field {key} appears twice in one object</source>
        <translation>field {key} appears twice in one object</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="131"/>
        <source>the top level must be an object with &apos;format&apos; and &apos;steps&apos;</source>
        <translation>the top level must be an object with &apos;format&apos; and &apos;steps&apos;</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="135"/>
        <source>unknown top-level field {name}; fields are {fields}</source>
        <translation>unknown top-level field {name}; fields are {fields}</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="139"/>
        <source>fields &apos;format&apos; and &apos;steps&apos; are required</source>
        <translation>fields &apos;format&apos; and &apos;steps&apos; are required</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="141"/>
        <source>format {value} is not supported; use {format}</source>
        <translation>format {value} is not supported; use {format}</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="145"/>
        <source>field &apos;seed&apos; must be an integer from 0 to 2**63-1</source>
        <translation>field &apos;seed&apos; must be an integer from 0 to 2**63-1</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="149"/>
        <source>field &apos;bins&apos; must be an integer from 1 to {limit}</source>
        <translation>field &apos;bins&apos; must be an integer from 1 to {limit}</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="154"/>
        <source>field {name} must be a string or an object of strings</source>
        <translation>field {name} must be a string or an object of strings</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="156"/>
        <source>field &apos;language&apos; must be a string such as &quot;en&quot; or &quot;zh_CN&quot;</source>
        <translation>field &apos;language&apos; must be a string such as &quot;en&quot; or &quot;zh_CN&quot;</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="159"/>
        <source>field &apos;steps&apos; must be an array</source>
        <translation>field &apos;steps&apos; must be an array</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="161"/>
        <source>{count} steps; a scenario holds at most {limit}</source>
        <translation>{count} steps; a scenario holds at most {limit}</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="165"/>
        <source>step {index}</source>
        <translation>step {index}</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="184"/>
        <source>{path} is not a regular file (a folder or a device)</source>
        <translation>{path} is not a regular file (a folder or a device)</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="194"/>
        <source>cannot read {path}: {reason}</source>
        <translation>cannot read {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="273"/>
        <source>replaying it would hold a report of more than {limit} in memory by step {index} of {steps} (every step records every parameter&apos;s {bins}-bin histogram); lower &apos;bins&apos;, use fewer steps or layers, or split the file</source>
        <translation>replaying it would hold a report of more than {limit} in memory by step {index} of {steps} (every step records every parameter&apos;s {bins}-bin histogram); lower &apos;bins&apos;, use fewer steps or layers, or split the file</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="286"/>
        <source>This step failed unexpectedly ({type}: {reason}); the network was left as it was. Try smaller or more ordinary values.</source>
        <translation>This step failed unexpectedly ({type}: {reason}); the network was left as it was. Try smaller or more ordinary values.</translation>
    </message>
    <message>
        <location filename="../core/operations/analyses.py" line="43"/>
        <source>Compare initializers</source>
        <translation>Compare initializers</translation>
    </message>
    <message>
        <location filename="../core/operations/analyses.py" line="61"/>
        <source>This comparison would add about {size} to the report ({parameters} parameters × {count} initializers × {bins} bins), more than its limit of {limit}; compare fewer layers (layers or types), fewer initializers or fewer bins.</source>
        <translation>This comparison would add about {size} to the report ({parameters} parameters × {count} initializers × {bins} bins), more than its limit of {limit}; compare fewer layers (layers or types), fewer initializers or fewer bins.</translation>
    </message>
    <message>
        <location filename="../core/operations/analyses.py" line="70"/>
        <source>Measure the signal through depth</source>
        <translation>Measure the signal through depth</translation>
    </message>
    <message>
        <location filename="../core/operations/analyses.py" line="86"/>
        <source>Train and compare initializers</source>
        <translation>Train and compare initializers</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="47"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="49"/>
        <source>one of {choices}</source>
        <translation>one of {choices}</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="51"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="51"/>
        <source>an integer</source>
        <translation>an integer</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="54"/>
        <source>{noun} from {low} to {high}</source>
        <translation>{noun} from {low} to {high}</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="56"/>
        <source>{noun} of at least {low}</source>
        <translation>{noun} of at least {low}</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="58"/>
        <source>{noun} of at most {high}</source>
        <translation>{noun} of at most {high}</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="63"/>
        <source>{text} or a list of {count} such integers</source>
        <translation>{text} or a list of {count} such integers</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="66"/>
        <source>{text} or a list of such integers</source>
        <translation>{text} or a list of such integers</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="69"/>
        <source>{text}, or {alternatives}</source>
        <translation>{text}, or {alternatives}</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="71"/>
        <source>{text}, or null</source>
        <translation>{text}, or null</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="115"/>
        <source>{owner}: {name} must be {allowed} ({why}), got {value}.</source>
        <translation>{owner}: {name} must be {allowed} ({why}), got {value}.</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="121"/>
        <source>{owner}: {name} must be {allowed}, got {value}.</source>
        <translation>{owner}: {name} must be {allowed}, got {value}.</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="151"/>
        <source>{owner}: {name} must be {allowed}, got {value}; the lab takes finite numbers only, as its scenario and session files (strict JSON) cannot hold NaN or Infinity.</source>
        <translation>{owner}: {name} must be {allowed}, got {value}; the lab takes finite numbers only, as its scenario and session files (strict JSON) cannot hold NaN or Infinity.</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="161"/>
        <source>{owner}: {name} must be {allowed} that fits in float32 (|x| ≤ 3.4028e+38), got {value}.</source>
        <translation>{owner}: {name} must be {allowed} that fits in float32 (|x| ≤ 3.4028e+38), got {value}.</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="188"/>
        <source>{owner}: arguments must be an object, got {value}.</source>
        <translation>{owner}: arguments must be an object, got {value}.</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="57"/>
        <source>give FILE.py:NAME, the Python file and the name of the function that returns the network (or of a module-level nn.Module) in it, e.g. my_net.py:make_net.</source>
        <translation>give FILE.py:NAME, the Python file and the name of the function that returns the network (or of a module-level nn.Module) in it, e.g. my_net.py:make_net.</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="82"/>
        <location filename="../core/model/schema.py" line="195"/>
        <location filename="../core/model/user_model.py" line="64"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="84"/>
        <source>{file} has no {name}; functions and nn.Modules defined there: {listing}.</source>
        <translation>{file} has no {name}; functions and nn.Modules defined there: {listing}.</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="91"/>
        <source>{file}:{name} is a {type}, neither a function that returns an nn.Module nor an nn.Module.</source>
        <translation>{file}:{name} is a {type}, neither a function that returns an nn.Module nor an nn.Module.</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="99"/>
        <source>{name}() in {file} raised {error} at {where}</source>
        <translation>{name}() in {file} raised {error} at {where}</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="103"/>
        <source>{name}() in {file} returned {type}, not an nn.Module ({where}).</source>
        <translation>{name}() in {file} returned {type}, not an nn.Module ({where}).</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="114"/>
        <source>{file}: no such file.</source>
        <translation>{file}: no such file.</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="116"/>
        <source>{file} is not a Python file (.py).</source>
        <translation>{file} is not a Python file (.py).</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="138"/>
        <source>{file} is not valid Python: {reason} at {file}:{line}: {code}</source>
        <translation>{file} is not valid Python: {reason} at {file}:{line}: {code}</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="141"/>
        <source>{file} failed while running: {error} at {where}</source>
        <translation>{file} failed while running: {error} at {where}</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="158"/>
        <source>(no traceback)</source>
        <translation>(no traceback)</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="199"/>
        <source>{owner} has no argument {name}; it accepts: {accepted}.</source>
        <translation>{owner} has no argument {name}; it accepts: {accepted}.</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="215"/>
        <source>Seed of the random number generator: the same seed draws the same values.</source>
        <translation>Seed of the random number generator: the same seed draws the same values.</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="234"/>
        <source>{owner}: {name} is required ({allowed}).</source>
        <translation>{owner}: {name} is required ({allowed}).</translation>
    </message>
    <message>
        <location filename="../core/operations/steps.py" line="78"/>
        <source>{where}: a step must be an object, got {type}</source>
        <translation>{where}: a step must be an object, got {type}</translation>
    </message>
    <message>
        <location filename="../core/operations/steps.py" line="83"/>
        <source>{where}: field &apos;op&apos; must be a string naming the operation</source>
        <translation>{where}: field &apos;op&apos; must be a string naming the operation</translation>
    </message>
    <message>
        <location filename="../core/operations/steps.py" line="85"/>
        <source>{where}: unknown op {op}; ops are {ops}</source>
        <translation>{where}: unknown op {op}; ops are {ops}</translation>
    </message>
    <message>
        <location filename="../core/operations/steps.py" line="92"/>
        <source>{where}: op {op} has no field {name}; it takes {fields}</source>
        <translation>{where}: op {op} has no field {name}; it takes {fields}</translation>
    </message>
    <message>
        <location filename="../core/operations/steps.py" line="97"/>
        <source>{where}: field {name} must be {kinds}, got {type}</source>
        <translation>{where}: field {name} must be {kinds}, got {type}</translation>
    </message>
    <message>
        <location filename="../core/operations/steps.py" line="102"/>
        <source>{where}: field {name} must hold only {kinds} items</source>
        <translation>{where}: field {name} must hold only {kinds} items</translation>
    </message>
    <message>
        <location filename="../core/operations/steps.py" line="107"/>
        <source>{where}: op {op} needs field {name}</source>
        <translation>{where}: op {op} needs field {name}</translation>
    </message>
    <message>
        <location filename="../core/operations/steps.py" line="114"/>
        <source>{where}: field {name} must be a string or an object of strings by language</source>
        <translation>{where}: field {name} must be a string or an object of strings by language</translation>
    </message>
    <message>
        <location filename="../core/operations/expect.py" line="23"/>
        <source>{where}: field &apos;expect&apos; must be &quot;ok&quot;, &quot;error&quot; or {{&quot;error&quot;: &lt;kind&gt;}} with kind one of {kinds}</source>
        <translation>{where}: field &apos;expect&apos; must be &quot;ok&quot;, &quot;error&quot; or {{&quot;error&quot;: &lt;kind&gt;}} with kind one of {kinds}</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="25"/>
        <source>Add a layer</source>
        <translation>Add a layer</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="47"/>
        <source>Remove a layer</source>
        <translation>Remove a layer</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="66"/>
        <source>Move a layer</source>
        <translation>Move a layer</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="81"/>
        <source>Duplicate a layer</source>
        <translation>Duplicate a layer</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="102"/>
        <source>Edit a layer</source>
        <translation>Edit a layer</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="119"/>
        <source>Rename a layer</source>
        <translation>Rename a layer</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="134"/>
        <source>Tie a layer to another</source>
        <translation>Tie a layer to another</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="150"/>
        <source>Untie a layer</source>
        <translation>Untie a layer</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="166"/>
        <source>Clear the network</source>
        <translation>Clear the network</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="178"/>
        <source>Reset every layer</source>
        <translation>Reset every layer</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="190"/>
        <source>Build a whole network</source>
        <translation>Build a whole network</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="195"/>
        <source>build network</source>
        <translation>build network</translation>
    </message>
    <message>
        <location filename="../core/operations/values.py" line="30"/>
        <source>Run a forward pass</source>
        <translation>Run a forward pass</translation>
    </message>
    <message>
        <location filename="../core/operations/values.py" line="49"/>
        <source>Apply an initializer</source>
        <translation>Apply an initializer</translation>
    </message>
    <message>
        <location filename="../core/operations/values.py" line="64"/>
        <source>Load weights from a file</source>
        <translation>Load weights from a file</translation>
    </message>
    <message>
        <location filename="../core/operations/values.py" line="70"/>
        <source>load weights {name}</source>
        <translation>load weights {name}</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="210"/>
        <source>build: seed must be an integer from 0 to 2**63-1, got {seed}.</source>
        <translation>build: seed must be an integer from 0 to 2**63-1, got {seed}.</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="53"/>
        <source>The seed&apos;s MLP (20 → 256 → 10)</source>
        <translation>The seed&apos;s MLP (20 → 256 → 10)</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="58"/>
        <source>The seed&apos;s lazy MLP (LazyLinear(256) → ReLU → Linear(256, 10))</source>
        <translation>The seed&apos;s lazy MLP (LazyLinear(256) → ReLU → Linear(256, 10))</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="67"/>
        <source>Named layers (add_module &apos;Linear1&apos;, &apos;Linear2&apos;)</source>
        <translation>Named layers (add_module &apos;Linear1&apos;, &apos;Linear2&apos;)</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="75"/>
        <source>LeNet-style lazy CNN (1×28×28 images)</source>
        <translation>LeNet-style lazy CNN (1×28×28 images)</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="93"/>
        <source>d2l&apos;s rgnet: nested blocks (block2 of four block1, then LazyLinear(1))</source>
        <translation>d2l&apos;s rgnet: nested blocks (block2 of four block1, then LazyLinear(1))</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="102"/>
        <source>Small ResNet from Residual blocks (editable, 1×28×28 images)</source>
        <translation>Small ResNet from Residual blocks (editable, 1×28×28 images)</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="115"/>
        <source>Deep MLP (10 linear layers of width 256)</source>
        <translation>Deep MLP (10 linear layers of width 256)</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="120"/>
        <source>Small tanh MLP for 2-D points (2 → 16 → 2)</source>
        <translation>Small tanh MLP for 2-D points (2 → 16 → 2)</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="125"/>
        <source>10-layer tanh MLP for 2-D points (width 32)</source>
        <translation>10-layer tanh MLP for 2-D points (width 32)</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="130"/>
        <source>10-layer ReLU MLP for 2-D points (width 32)</source>
        <translation>10-layer ReLU MLP for 2-D points (width 32)</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="135"/>
        <source>10-layer ReLU MLP with batch normalization for 2-D points (width 32)</source>
        <translation>10-layer ReLU MLP with batch normalization for 2-D points (width 32)</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="144"/>
        <source>template: {title}</source>
        <translation>template: {title}</translation>
    </message>
    <message>
        <location filename="../core/analysis/distributions.py" line="241"/>
        <source>{init} needs at least 2 dimensions; this tensor has shape {shape}.</source>
        <translation>{init} needs at least 2 dimensions; this tensor has shape {shape}.</translation>
    </message>
    <message>
        <location filename="../core/analysis/distributions.py" line="281"/>
        <source>No closed form is known for {init}.</source>
        <translation>No closed form is known for {init}.</translation>
    </message>
    <message>
        <location filename="../core/analysis/distributions.py" line="298"/>
        <source>Exact: each entry is a coordinate of a random unit vector in R^{m}, so std = gain/√{m}.</source>
        <translation>Exact: each entry is a coordinate of a random unit vector in R^{m}, so std = gain/√{m}.</translation>
    </message>
    <message>
        <location filename="../core/analysis/theory_defaults.py" line="43"/>
        <location filename="../core/analysis/theory_defaults.py" line="63"/>
        <source>No closed form is known for {layer}&apos;s default.</source>
        <translation>No closed form is known for {layer}&apos;s default.</translation>
    </message>
    <message>
        <location filename="../core/analysis/theory_defaults.py" line="70"/>
        <source>A transposed convolution stores its weight as (in_channels, out_channels/groups, *kernel), so torch&apos;s fan_in ({fan_in}) counts output channels: the fans are swapped.</source>
        <translation>A transposed convolution stores its weight as (in_channels, out_channels/groups, *kernel), so torch&apos;s fan_in ({fan_in}) counts output channels: the fans are swapped.</translation>
    </message>
    <message>
        <location filename="../core/analysis/theory.py" line="64"/>
        <source>The expected distribution {formula} cannot be computed in double precision (its interval holds too little probability, or its numbers are too large); no curve is drawn.</source>
        <translation>The expected distribution {formula} cannot be computed in double precision (its interval holds too little probability, or its numbers are too large); no curve is drawn.</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="48"/>
        <source>Cannot open {path}: {reason}.</source>
        <translation>Cannot open {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="53"/>
        <source>{name} is not a regular file (a folder or a device); choose a .pt file.</source>
        <translation>{name} is not a regular file (a folder or a device); choose a .pt file.</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="59"/>
        <source>{name} is {size}; weights files up to 8 GiB load.</source>
        <translation>{name} is {size}; weights files up to 8 GiB load.</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="65"/>
        <source>Loading {name} ({size} of tensors once unpacked)</source>
        <translation>Loading {name} ({size} of tensors once unpacked)</translation>
    </message>
    <message>
        <location filename="../core/io/weight_store.py" line="274"/>
        <source>Restoring the autosaved weights ({size} of tensors)</source>
        <translation>Restoring the autosaved weights ({size} of tensors)</translation>
    </message>
    <message>
        <location filename="../core/io/weight_store.py" line="276"/>
        <location filename="../core/io/weights.py" line="67"/>
        <source>build a smaller network or raise the memory limit.</source>
        <translation>build a smaller network or raise the memory limit.</translation>
    </message>
    <message>
        <location filename="../core/io/weight_store.py" line="280"/>
        <source>The autosaved weights ({name}) are damaged or incomplete; the values replayed from the steps were kept.</source>
        <translation>The autosaved weights ({name}) are damaged or incomplete; the values replayed from the steps were kept.</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="75"/>
        <source>{name} is not a weights file this lab can read safely (a state_dict saved with torch.save); it was not loaded.</source>
        <translation>{name} is not a weights file this lab can read safely (a state_dict saved with torch.save); it was not loaded.</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="83"/>
        <source>{name} is not a state_dict (a mapping of parameter names to tensors): {problem}; it was not loaded.</source>
        <translation>{name} is not a state_dict (a mapping of parameter names to tensors): {problem}; it was not loaded.</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="92"/>
        <source>it holds a {type}</source>
        <translation>it holds a {type}</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="95"/>
        <source>the key {key} is not a name</source>
        <translation>the key {key} is not a name</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="97"/>
        <source>{key} holds a {type}, not a tensor</source>
        <translation>{key} holds a {type}, not a tensor</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="99"/>
        <source>{key} is a sparse or data-less (meta) tensor</source>
        <translation>{key} is a sparse or data-less (meta) tensor</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="101"/>
        <source>{key} holds complex numbers ({dtype})</source>
        <translation>{key} holds complex numbers ({dtype})</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="117"/>
        <source>This file has no values for {keys}, parameters of lazy layers still uninitialized here: a file saved before their first forward pass leaves them out, as they did not exist yet, and PyTorch&apos;s load_state_dict refuses a file missing any parameter. Run a forward pass before saving, then load that file.</source>
        <translation>This file has no values for {keys}, parameters of lazy layers still uninitialized here: a file saved before their first forward pass leaves them out, as they did not exist yet, and PyTorch&apos;s load_state_dict refuses a file missing any parameter. Run a forward pass before saving, then load that file.</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="125"/>
        <source>missing {keys}</source>
        <translation>missing {keys}</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="127"/>
        <source>not in this network {keys}</source>
        <translation>not in this network {keys}</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="130"/>
        <source>These weights are for another architecture ({parts}). Build the network they were saved from, then load them.</source>
        <translation>These weights are for another architecture ({parts}). Build the network they were saved from, then load them.</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="134"/>
        <source>{key} is {theirs} in the file but {mine} here</source>
        <translation>{key} is {theirs} in the file but {mine} here</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="142"/>
        <source>These weights do not fit this network&apos;s shapes ({wrong}); build the network they were saved from (same sizes), then load them.</source>
        <translation>These weights do not fit this network&apos;s shapes ({wrong}); build the network they were saved from (same sizes), then load them.</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="153"/>
        <source>These weights do not fit this network&apos;s shapes; build the network they were saved from (same sizes), then load them.</source>
        <translation>These weights do not fit this network&apos;s shapes; build the network they were saved from (same sizes), then load them.</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="180"/>
        <source>{key} is {theirs} in the file but must be {mine} here</source>
        <translation>{key} is {theirs} in the file but must be {mine} here</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="203"/>
        <source>a shape this layer defines</source>
        <translation>a shape this layer defines</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="158"/>
        <source>a lesson needs at least one step in &apos;steps&apos;</source>
        <translation>a lesson needs at least one step in &apos;steps&apos;</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="182"/>
        <source>{where} must be a text or an object of texts by language, such as {example}</source>
        <translation>{where} must be a text or an object of texts by language, such as {example}</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="187"/>
        <source>{where}: {code} is not a language code; use codes such as &quot;en&quot;, &quot;zh_CN&quot;</source>
        <translation>{where}: {code} is not a language code; use codes such as &quot;en&quot;, &quot;zh_CN&quot;</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="190"/>
        <source>{where}: the {code} text must be a string</source>
        <translation>{where}: the {code} text must be a string</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="201"/>
        <source>{where} uses {field}, which is not a placeholder; only {names} are filled in</source>
        <translation>{where} uses {field}, which is not a placeholder; only {names} are filled in</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="216"/>
        <source>{where} must be an object with task, answers and otherwise</source>
        <translation>{where} must be an object with task, answers and otherwise</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="220"/>
        <location filename="../core/lesson/lesson.py" line="244"/>
        <source>{where} has no field {name}; it takes {fields}</source>
        <translation>{where} has no field {name}; it takes {fields}</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="224"/>
        <source>{where} needs field {name}</source>
        <translation>{where} needs field {name}</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="229"/>
        <source>{where}.answers must be a non-empty array of objects</source>
        <translation>{where}.answers must be a non-empty array of objects</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="240"/>
        <source>{where} must be an object with op, expect and explain</source>
        <translation>{where} must be an object with op, expect and explain</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="247"/>
        <source>{where} needs fields &apos;op&apos; and &apos;explain&apos;</source>
        <translation>{where} needs fields &apos;op&apos; and &apos;explain&apos;</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="251"/>
        <source>{where}: op {op} is not an operation; ops are {ops}</source>
        <translation>{where}: op {op} is not an operation; ops are {ops}</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="260"/>
        <source>{where}.solved must be true or false</source>
        <translation>{where}.solved must be true or false</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="263"/>
        <source>{where}.layer must be a layer name as print(net) shows it, such as &quot;2&quot; or &quot;Linear1&quot;</source>
        <translation>{where}.layer must be a layer name as print(net) shows it, such as &quot;2&quot; or &quot;Linear1&quot;</translation>
    </message>
    <message>
        <location filename="../gui/session/session_errors.py" line="16"/>
        <source>This file cannot be used: {reason}.</source>
        <translation>This file cannot be used: {reason}.</translation>
    </message>
    <message>
        <location filename="../gui/session/session_errors.py" line="21"/>
        <source>Unexpected error ({kind}: {text}); the network was left unchanged.</source>
        <translation>Unexpected error ({kind}: {text}); the network was left unchanged.</translation>
    </message>
    <message>
        <location filename="../core/session.py" line="174"/>
        <source>There is no comparison to re-bin; compare first.</source>
        <translation>There is no comparison to re-bin; compare first.</translation>
    </message>
    <message>
        <location filename="../core/session.py" line="348"/>
        <source>No lesson is open.</source>
        <translation>No lesson is open.</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="300"/>
        <source>succeeded, but the file expects an error.</source>
        <translation>succeeded, but the file expects an error.</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="303"/>
        <source>{name} was not opened: its step {index} ({op}) does not replay: {reason} The network was left as it was; fix the step or remove it.</source>
        <translation>{name} was not opened: its step {index} ({op}) does not replay: {reason} The network was left as it was; fix the step or remove it.</translation>
    </message>
    <message>
        <location filename="../gui/session/session.py" line="165"/>
        <source>This operation is malformed and was not run: {reason}.</source>
        <translation>This operation is malformed and was not run: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/session.py" line="250"/>
        <source>{name} cannot be opened: {reason}.</source>
        <translation>{name} cannot be opened: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/session.py" line="374"/>
        <source>The script could not be written to {path}: {reason}</source>
        <translation>The script could not be written to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/io/recovery.py" line="119"/>
        <source>restore autosaved weights</source>
        <translation>restore autosaved weights</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="82"/>
        <source>{where} reads its num_features from dimension 1 of its input, but the input {got} has no dimension 1: it normalizes each channel of a batch of images. Feed images shaped (N, C, H, W), such as (2, 3, 8, 8).</source>
        <translation>{where} reads its num_features from dimension 1 of its input, but the input {got} has no dimension 1: it normalizes each channel of a batch of images. Feed images shaped (N, C, H, W), such as (2, 3, 8, 8).</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="88"/>
        <source>{where} reads its num_features from dimension 1 of its input, but the input {got} has no dimension 1: it normalizes each channel over a batch of samples. Feed a batch, such as shape (2, {width}).</source>
        <translation>{where} reads its num_features from dimension 1 of its input, but the input {got} has no dimension 1: it normalizes each channel over a batch of samples. Feed a batch, such as shape (2, {width}).</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="96"/>
        <source>input features</source>
        <translation>input features</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="100"/>
        <source>channels</source>
        <translation>channels</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="133"/>
        <source>{where} is the same module as layer {first} (tied): it took {expected} {unit} when layer {first} ran earlier in this forward pass, but {source} gives it {given}. Tied places share one weight, so each must receive the same size; change the layers before one of them, or untie layer {name}.</source>
        <translation>{where} is the same module as layer {first} (tied): it took {expected} {unit} when layer {first} ran earlier in this forward pass, but {source} gives it {given}. Tied places share one weight, so each must receive the same size; change the layers before one of them, or untie layer {name}.</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="139"/>
        <source>{where} was materialized by an earlier forward pass with {expected} {unit}, but {source} gives it {given}. A lazy layer binds its shape at its first forward pass: reset the network to feed another size, or tie the layer behind a per-size adapter.</source>
        <translation>{where} was materialized by an earlier forward pass with {expected} {unit}, but {source} gives it {given}. A lazy layer binds its shape at its first forward pass: reset the network to feed another size, or tie the layer behind a per-size adapter.</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="145"/>
        <source>{where} holds weights loaded from a file for {expected} {unit}, but {source} gives it {given}. It is still lazy, yet the loaded weights fixed its size: feed {expected} {unit}, or reset the network so that it infers the size again (the loaded weights are then discarded).</source>
        <translation>{where} holds weights loaded from a file for {expected} {unit}, but {source} gives it {given}. It is still lazy, yet the loaded weights fixed its size: feed {expected} {unit}, or reset the network so that it infers the size again (the loaded weights are then discarded).</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="151"/>
        <source>{where} expects {expected} {unit} but {source} gives it {given}; it is the same module as layer {first} (tied), so both places take {expected}. Change the layers before it, or untie layer {name}.</source>
        <translation>{where} expects {expected} {unit} but {source} gives it {given}; it is the same module as layer {first} (tied), so both places take {expected}. Change the layers before it, or untie layer {name}.</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="156"/>
        <source>{where} expects {expected} {unit} but {source} gives it {given}; set layer {name}&apos;s {field} to {given} or make it {lazy}.</source>
        <translation>{where} expects {expected} {unit} but {source} gives it {given}; set layer {name}&apos;s {field} to {given} or make it {lazy}.</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="167"/>
        <source>{where} splits its input channels into groups = {groups}, but {source} gives it {channels} channels (input shape {got}), which {groups} does not divide. Feed a channel count divisible by {groups}, or edit the layer&apos;s groups.</source>
        <translation>{where} splits its input channels into groups = {groups}, but {source} gives it {channels} channels (input shape {got}), which {groups} does not divide. Feed a channel count divisible by {groups}, or edit the layer&apos;s groups.</translation>
    </message>
    <message>
        <location filename="../core/model/fixes.py" line="44"/>
        <source>Set {field} to {value}</source>
        <translation>Set {field} to {value}</translation>
    </message>
    <message>
        <location filename="../core/model/fixes.py" line="50"/>
        <source>Make it {lazy}</source>
        <translation>Make it {lazy}</translation>
    </message>
    <message>
        <location filename="../core/model/fixes.py" line="59"/>
        <source>Reset the network (lazy layers forget their shapes)</source>
        <translation>Reset the network (lazy layers forget their shapes)</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson_focus.py" line="40"/>
        <source>{where}: field &apos;focus&apos; must be a view or a list of one to {most} views, such as &quot;trace&quot; or [&quot;cards&quot;, &quot;trace&quot;]</source>
        <translation>{where}: field &apos;focus&apos; must be a view or a list of one to {most} views, such as &quot;trace&quot; or [&quot;cards&quot;, &quot;trace&quot;]</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson_focus.py" line="45"/>
        <source>{where}: field &apos;focus&apos;: {name} is not a view; views are {views}</source>
        <translation>{where}: field &apos;focus&apos;: {name} is not a view; views are {views}</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson_focus.py" line="48"/>
        <source>{where}: field &apos;focus&apos; names a view twice</source>
        <translation>{where}: field &apos;focus&apos; names a view twice</translation>
    </message>
    <message>
        <location filename="../core/io/limits.py" line="43"/>
        <source>the number {number} is out of range (numbers must stay within ±1.8e308, and arguments within float32&apos;s ±3.4e38)</source>
        <translation>the number {number} is out of range (numbers must stay within ±1.8e308, and arguments within float32&apos;s ±3.4e38)</translation>
    </message>
    <message>
        <location filename="../core/io/limits.py" line="55"/>
        <source>{where} nests arrays or objects more than {limit} levels deep; a scenario needs only a few levels</source>
        <translation>{where} nests arrays or objects more than {limit} levels deep; a scenario needs only a few levels</translation>
    </message>
    <message>
        <location filename="../core/io/limits.py" line="56"/>
        <source>the file</source>
        <translation>the file</translation>
    </message>
    <message>
        <location filename="../core/io/limits.py" line="62"/>
        <source>the top level</source>
        <translation>the top level</translation>
    </message>
    <message>
        <location filename="../core/io/limits.py" line="79"/>
        <source>{where} holds a text of {count} characters; at most {limit} are allowed there (narration up to {text_limit}, names and labels up to {name_limit})</source>
        <translation>{where} holds a text of {count} characters; at most {limit} are allowed there (narration up to {text_limit}, names and labels up to {name_limit})</translation>
    </message>
    <message>
        <location filename="../core/io/limits.py" line="81"/>
        <source>a field name</source>
        <translation>a field name</translation>
    </message>
    <message>
        <location filename="../core/io/report.py" line="130"/>
        <source>The report would grow past {limit} at step {index} of {steps}: each step records every parameter&apos;s statistics and its {bins}-bin histogram. Lower &apos;bins&apos;, run fewer steps or layers, or split the scenario into several.</source>
        <translation>The report would grow past {limit} at step {index} of {steps}: each step records every parameter&apos;s statistics and its {bins}-bin histogram. Lower &apos;bins&apos;, run fewer steps or layers, or split the scenario into several.</translation>
    </message>
    <message>
        <location filename="../core/operations/model_opening.py" line="36"/>
        <source>Your model could not be opened: {reason}</source>
        <translation>Your model could not be opened: {reason}</translation>
    </message>
    <message>
        <location filename="../core/operations/model_opening.py" line="58"/>
        <source>There is no architecture template {key}; the templates are {known}.</source>
        <translation>There is no architecture template {key}; the templates are {known}.</translation>
    </message>
    <message>
        <location filename="../core/analysis/user_depth.py" line="53"/>
        <source>Depth statistics need the model to return one tensor, but it returned {type}.</source>
        <translation>Depth statistics need the model to return one tensor, but it returned {type}.</translation>
    </message>
    <message>
        <location filename="../core/model/opening.py" line="39"/>
        <location filename="../core/model/user_model.py" line="94"/>
        <source>open {name}</source>
        <translation>open {name}</translation>
    </message>
    <message>
        <location filename="../core/model/opening.py" line="51"/>
        <location filename="../core/model/user_model.py" line="158"/>
        <source>example_input must be a tensor, got {type}.</source>
        <translation>example_input must be a tensor, got {type}.</translation>
    </message>
    <message>
        <location filename="../core/model/opening.py" line="73"/>
        <source>A copy of your model</source>
        <translation>A copy of your model</translation>
    </message>
    <message>
        <location filename="../core/model/opening.py" line="73"/>
        <source>open a smaller model.</source>
        <translation>open a smaller model.</translation>
    </message>
    <message>
        <location filename="../core/model/user_capture.py" line="84"/>
        <source>The lab works on a copy of the model so that a failed step changes nothing, but this model cannot be copied ({error}); keep only tensors and modules on it.</source>
        <translation>The lab works on a copy of the model so that a failed step changes nothing, but this model cannot be copied ({error}); keep only tensors and modules on it.</translation>
    </message>
    <message>
        <location filename="../core/model/user_capture.py" line="134"/>
        <source>Module {name} ({kind}) on an input of shape {shape}</source>
        <translation>Module {name} ({kind}) on an input of shape {shape}</translation>
    </message>
    <message>
        <location filename="../core/model/user_capture.py" line="136"/>
        <source>use a smaller input.</source>
        <translation>use a smaller input.</translation>
    </message>
    <message>
        <location filename="../core/model/user_capture.py" line="149"/>
        <source>The statistics of module {name}&apos;s output could not be computed ({reason}); the network was left as it was.</source>
        <translation>The statistics of module {name}&apos;s output could not be computed ({reason}); the network was left as it was.</translation>
    </message>
    <message>
        <location filename="../core/model/user_capture.py" line="180"/>
        <source>The model&apos;s forward failed outside its submodules on an input of shape {shape}: {reason} The network was left as it was.</source>
        <translation>The model&apos;s forward failed outside its submodules on an input of shape {shape}: {reason} The network was left as it was.</translation>
    </message>
    <message>
        <location filename="../core/model/user_capture.py" line="185"/>
        <source>The forward pass failed in module {name} ({kind}) on an input of shape {shape}: {reason} The network was left as it was.</source>
        <translation>The forward pass failed in module {name} ({kind}) on an input of shape {shape}: {reason} The network was left as it was.</translation>
    </message>
    <message>
        <location filename="../core/model/user_model.py" line="63"/>
        <source>There is no module {ref} in this model; modules are: {listing}.</source>
        <translation>There is no module {ref} in this model; modules are: {listing}.</translation>
    </message>
    <message>
        <location filename="../core/model/user_model.py" line="109"/>
        <source>{op} changes the network&apos;s structure, but this is your own model ({type}), whose structure is its code: change the code and open it again (only a plain nn.Sequential of the lab&apos;s layers is edited here). Forward, initialize, Compare, Depth, weights and undo work on it.</source>
        <translation>{op} changes the network&apos;s structure, but this is your own model ({type}), whose structure is its code: change the code and open it again (only a plain nn.Sequential of the lab&apos;s layers is edited here). Forward, initialize, Compare, Depth, weights and undo work on it.</translation>
    </message>
    <message>
        <location filename="../core/model/user_model.py" line="160"/>
        <source>{shape} example input</source>
        <translation>{shape} example input</translation>
    </message>
    <message>
        <location filename="../core/model/tree_steps.py" line="97"/>
        <source>This model has no module of type {name}; its types are {types}.</source>
        <translation>This model has no module of type {name}; its types are {types}.</translation>
    </message>
    <message>
        <location filename="../core/model/user_model.py" line="226"/>
        <source>open_model needs an nn.Module, got {type}.</source>
        <translation>open_model needs an nn.Module, got {type}.</translation>
    </message>
    <message>
        <location filename="../core/model/tree_steps.py" line="116"/>
        <source>Module {name} ({kind}) has no parameters yet: a lazy module learns its input size at the first forward pass, so {init} has nothing to initialize. Send a sample through the network first (forward), then initialize.</source>
        <translation>Module {name} ({kind}) has no parameters yet: a lazy module learns its input size at the first forward pass, so {init} has nothing to initialize. Send a sample through the network first (forward), then initialize.</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="39"/>
        <source>adam: torch.optim.Adam (momentum is its β1); sgd: torch.optim.SGD with momentum.</source>
        <translation>adam: torch.optim.Adam (momentum is its β1); sgd: torch.optim.SGD with momentum.</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="42"/>
        <source>The learning rate, above 0: about 0.01 for adam, 0.1 for sgd.</source>
        <translation>The learning rate, above 0: about 0.01 for adam, 0.1 for sgd.</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="44"/>
        <source>0 up to (not including) 1; 0.9 is usual.</source>
        <translation>0 up to (not including) 1; 0.9 is usual.</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="46"/>
        <source>Examples per step, at most the task&apos;s size.</source>
        <translation>Examples per step, at most the task&apos;s size.</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="48"/>
        <source>Optimizer steps per initializer.</source>
        <translation>Optimizer steps per initializer.</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="50"/>
        <source>One seed for the data, the batch order and the initializers: the same seed gives the same curves.</source>
        <translation>One seed for the data, the batch order and the initializers: the same seed gives the same curves.</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="77"/>
        <source>{name} must be a whole number from {low} to {high}, got {value!r}.</source>
        <translation>{name} must be a whole number from {low} to {high}, got {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="89"/>
        <source>optimizer must be sgd (with momentum) or adam, got {value!r}.</source>
        <translation>optimizer must be sgd (with momentum) or adam, got {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="92"/>
        <source>lr (the learning rate) must be a number above 0 and at most {limit:g}, such as 0.1 for SGD or 0.001 for Adam; got {value!r}.</source>
        <translation>lr (the learning rate) must be a number above 0 and at most {limit:g}, such as 0.1 for SGD or 0.001 for Adam; got {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="97"/>
        <source>momentum must be a number from 0 up to (not including) 1, such as 0.9; with adam it is β1. Got {value!r}.</source>
        <translation>momentum must be a number from 0 up to (not including) 1, such as 0.9; with adam it is β1. Got {value!r}.</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="193"/>
        <source>a smaller learning rate (lr)</source>
        <translation>a smaller learning rate (lr)</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="194"/>
        <source>another initializer, or normalization layers</source>
        <translation>another initializer, or normalization layers</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="196"/>
        <source>grew to {value:.3g}, more than {factor:,.0f} times its first value,</source>
        <translation>grew to {value:.3g}, more than {factor:,.0f} times its first value,</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="199"/>
        <source>became {value} (the numbers left float32&apos;s range)</source>
        <translation>became {value} (the numbers left float32&apos;s range)</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="201"/>
        <source>Diverged: the loss {what} at step {step}, so this run stopped there. With lr {lr:g} and {optimizer} this initializer does not train; try {hint}.</source>
        <translation>Diverged: the loss {what} at step {step}, so this run stopped there. With lr {lr:g} and {optimizer} this initializer does not train; try {hint}.</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="65"/>
        <source>The {task} task has {classes} classes, so the network must give one score per class, an output of shape [batch, {classes}]; it gives {shape} per example. End the network with Flatten and a Linear layer with out_features {classes}.</source>
        <translation>The {task} task has {classes} classes, so the network must give one score per class, an output of shape [batch, {classes}]; it gives {shape} per example. End the network with Flatten and a Linear layer with out_features {classes}.</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="72"/>
        <source>The {task} task has {classes} classes, so the network&apos;s output must have width {classes} (shape [batch, {classes}]), but it gives {shape} per example. Make the last layer&apos;s out_features {classes}.</source>
        <translation>The {task} task has {classes} classes, so the network&apos;s output must have width {classes} (shape [batch, {classes}]), but it gives {shape} per example. Make the last layer&apos;s out_features {classes}.</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="80"/>
        <source>The task&apos;s targets have shape {wanted} per example, so the network&apos;s output must have width {width}, but it gives {shape}. Make the last layer&apos;s out_features {width}.</source>
        <translation>The task&apos;s targets have shape {wanted} per example, so the network&apos;s output must have width {width}, but it gives {shape}. Make the last layer&apos;s out_features {width}.</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="105"/>
        <location filename="../core/training/tasks.py" line="126"/>
        <source>task must be one of {names} or {{&quot;npz&quot;: &quot;file.npz&quot;}}, got {value}.</source>
        <translation>task must be one of {names} or {{&quot;npz&quot;: &quot;file.npz&quot;}}, got {value}.</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="141"/>
        <source>The teacher task makes inputs as wide as the network takes, but the network&apos;s input width is not known yet: send a sample through it first (forward), then train.</source>
        <translation>The teacher task makes inputs as wide as the network takes, but the network&apos;s input width is not known yet: send a sample through it first (forward), then train.</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="161"/>
        <source>Cannot read {path} as an .npz file ({reason}); save one with numpy.savez(path, x=inputs, y=targets).</source>
        <translation>Cannot read {path} as an .npz file ({reason}); save one with numpy.savez(path, x=inputs, y=targets).</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="165"/>
        <source>{path} must hold arrays named x and y (numpy.savez(path, x=inputs, y=targets)); it holds {names}.</source>
        <translation>{path} must hold arrays named x and y (numpy.savez(path, x=inputs, y=targets)); it holds {names}.</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="171"/>
        <source>{path} holds {size} of data; at most {limit} are read for training.</source>
        <translation>{path} holds {size} of data; at most {limit} are read for training.</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="178"/>
        <source>Cannot read the arrays of {path} ({reason}); x and y must be plain number arrays (no objects).</source>
        <translation>Cannot read the arrays of {path} ({reason}); x and y must be plain number arrays (no objects).</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="187"/>
        <source>{name} in {path} holds {dtype} values; it must hold numbers.</source>
        <translation>{name} in {path} holds {dtype} values; it must hold numbers.</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="191"/>
        <source>x must have shape (examples, features...) with 2 to {dims} dimensions and y shape (examples,) or (examples, outputs); {path} has x {x} and y {y}.</source>
        <translation>x must have shape (examples, features...) with 2 to {dims} dimensions and y shape (examples,) or (examples, outputs); {path} has x {x} and y {y}.</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="196"/>
        <source>x has {x} examples but y has {y} in {path}; they must match one to one.</source>
        <translation>x has {x} examples but y has {y} in {path}; they must match one to one.</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="201"/>
        <source>x in {path} holds NaN or infinite values (or numbers beyond float32); training needs finite inputs.</source>
        <translation>x in {path} holds NaN or infinite values (or numbers beyond float32); training needs finite inputs.</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="206"/>
        <source>y in {path} holds the class label {label}; labels are 0, 1, 2, ...</source>
        <translation>y in {path} holds the class label {label}; labels are 0, 1, 2, ...</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="211"/>
        <source>y in {path} has labels 0 to {top}; a task with classes needs from 2 to 100,000 of them (store float targets for a regression).</source>
        <translation>y in {path} has labels 0 to {top}; a task with classes needs from 2 to 100,000 of them (store float targets for a regression).</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="217"/>
        <source>y in {path} holds NaN or infinite values (or numbers beyond float32); training needs finite targets.</source>
        <translation>y in {path} holds NaN or infinite values (or numbers beyond float32); training needs finite targets.</translation>
    </message>
    <message>
        <location filename="../core/training/train.py" line="65"/>
        <source>batch is {batch}, but the {task} task has only {size} examples; use a batch of at most {size}.</source>
        <translation>batch is {batch}, but the {task} task has only {size} examples; use a batch of at most {size}.</translation>
    </message>
    <message>
        <location filename="../core/training/train.py" line="97"/>
        <source>The {task} task gives inputs of shape {shape} (batch first), which the network does not take: {reason}</source>
        <translation>The {task} task gives inputs of shape {shape} (batch first), which the network does not take: {reason}</translation>
    </message>
    <message>
        <location filename="../core/training/train.py" line="102"/>
        <source>Training needs a network with parameters; add a Linear or convolution layer.</source>
        <translation>Training needs a network with parameters; add a Linear or convolution layer.</translation>
    </message>
    <message>
        <location filename="../core/training/train.py" line="134"/>
        <source>Training with {init} failed: {reason} The network was left as it was.</source>
        <translation>Training with {init} failed: {reason} The network was left as it was.</translation>
    </message>
    <message>
        <location filename="../core/training/train.py" line="154"/>
        <source>Training {count} copies of a network of {total} parameters</source>
        <translation>Training {count} copies of a network of {total} parameters</translation>
    </message>
    <message>
        <location filename="../core/training/train.py" line="156"/>
        <source>use a smaller network or task.</source>
        <translation>use a smaller network or task.</translation>
    </message>
    <message>
        <location filename="../core/operations/history.py" line="11"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../core/operations/history.py" line="19"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth_notes.py" line="31"/>
        <source>a recurrent layer applies the same weights at every time step, through tanh and sigmoid gates, and no closed form is used for it</source>
        <translation>a recurrent layer applies the same weights at every time step, through tanh and sigmoid gates, and no closed form is used for it</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth_notes.py" line="34"/>
        <source>attention mixes time steps through a softmax of products of weights, and no closed form is used for it</source>
        <translation>attention mixes time steps through a softmax of products of weights, and no closed form is used for it</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth_notes.py" line="37"/>
        <source>a transposed convolution sums a different number of terms into each output (borders, stride), so one fan does not describe it</source>
        <translation>a transposed convolution sums a different number of terms into each output (borders, stride), so one fan does not describe it</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth_notes.py" line="39"/>
        <source>the lab&apos;s variance propagation covers Linear and convolution layers with zero-mean weights, ReLU, LeakyReLU, PReLU with one slope, Identity, Flatten, Dropout and a first Embedding</source>
        <translation>the lab&apos;s variance propagation covers Linear and convolution layers with zero-mean weights, ReLU, LeakyReLU, PReLU with one slope, Identity, Flatten, Dropout and a first Embedding</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth_notes.py" line="48"/>
        <source>The input is integer ids for the Embedding: ids have no gradient, so the first gradient measured is that of the Embedding&apos;s output.</source>
        <translation>The input is integer ids for the Embedding: ids have no gradient, so the first gradient measured is that of the Embedding&apos;s output.</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth_notes.py" line="54"/>
        <source>Theory stops at layer {name} ({kind}): {reason}. The measured lines go on.</source>
        <translation>Theory stops at layer {name} ({kind}): {reason}. The measured lines go on.</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sequence.py" line="20"/>
        <source>{where} looks up integer ids, but gets floating-point values from {source}. Use fill &apos;ids&apos; in [0, {count}) for the input, and put the Embedding first: no layer turns floats back into ids.</source>
        <translation>{where} looks up integer ids, but gets floating-point values from {source}. Use fill &apos;ids&apos; in [0, {count}) for the input, and put the Embedding first: no layer turns floats back into ids.</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sequence.py" line="27"/>
        <source>{where} has {count} vectors, so its ids must be from 0 to {last}, but the input holds larger ones; draw ids in [0, {count}) (fill &apos;ids&apos;, high = {count}) or raise num_embeddings.</source>
        <translation>{where} has {count} vectors, so its ids must be from 0 to {last}, but the input holds larger ones; draw ids in [0, {count}) (fill &apos;ids&apos;, high = {count}) or raise num_embeddings.</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sequence.py" line="34"/>
        <source>(batch, sequence, features)</source>
        <translation>(batch, sequence, features)</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sequence.py" line="35"/>
        <source>(sequence, batch, features)</source>
        <translation>(sequence, batch, features)</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sequence.py" line="37"/>
        <source>{where} takes a 3-D input {order} but gets a {rank}-D one, shape {got}; torch would read a 2-D input as one unbatched sequence whose length is the batch. Feed 3-D sequences (the &apos;sequence&apos; layout) and check batch_first.</source>
        <translation>{where} takes a 3-D input {order} but gets a {rank}-D one, shape {got}; torch would read a 2-D input as one unbatched sequence whose length is the batch. Feed 3-D sequences (the &apos;sequence&apos; layout) and check batch_first.</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sequence.py" line="47"/>
        <source>{where} expects {expected} features per time step (its last dimension), but its input {got}, from {source}, has {actual}; edit the layer or the input.</source>
        <translation>{where} expects {expected} features per time step (its last dimension), but its input {got}, from {source}, has {actual}; edit the layer or the input.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="5"/>
        <source>No parameters: nothing to initialize.</source>
        <translation>No parameters: nothing to initialize.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="7"/>
        <source>Default init (reset_parameters): weight ~ kaiming_uniform_(a=√5) = U(±1/√fan_in), bias ~ U(±1/√fan_in), fan_in = inputs per output (× kernel size). Its variance 1/(3·fan_in) is a sixth of He init&apos;s 2/fan_in, so through ReLU layers the signal shrinks.</source>
        <translation>Default init (reset_parameters): weight ~ kaiming_uniform_(a=√5) = U(±1/√fan_in), bias ~ U(±1/√fan_in), fan_in = inputs per output (× kernel size). Its variance 1/(3·fan_in) is a sixth of He init&apos;s 2/fan_in, so through ReLU layers the signal shrinks.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="12"/>
        <source>Default init: as the eager layer, kaiming_uniform_(a=√5) = U(±1/√fan_in), but drawn only at the first forward pass, when the input size and so fan_in are known.</source>
        <translation>Default init: as the eager layer, kaiming_uniform_(a=√5) = U(±1/√fan_in), but drawn only at the first forward pass, when the input size and so fan_in are known.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="16"/>
        <source>Default init: the same kaiming_uniform_(a=√5) as Conv, but the weight is stored as (in_channels, out_channels/groups, *kernel), so torch&apos;s fan_in is out_channels/groups × kernel size: fan_in and fan_out are swapped relative to the signal&apos;s direction, and the bound U(±1/√fan_in) follows the output channels, not the input ones.</source>
        <translation>Default init: the same kaiming_uniform_(a=√5) as Conv, but the weight is stored as (in_channels, out_channels/groups, *kernel), so torch&apos;s fan_in is out_channels/groups × kernel size: fan_in and fan_out are swapped relative to the signal&apos;s direction, and the bound U(±1/√fan_in) follows the output channels, not the input ones.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="22"/>
        <source>Default init: as ConvTranspose, with fan_in = out_channels/groups × kernel size (the swapped fans), drawn at the first forward pass once in_channels is known.</source>
        <translation>Default init: as ConvTranspose, with fan_in = out_channels/groups × kernel size (the swapped fans), drawn at the first forward pass once in_channels is known.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="26"/>
        <source>Default init: weight (scale) = 1 and bias (shift) = 0, running_mean = 0 and running_var = 1: the layer starts as a pure normalization, not a random one.</source>
        <translation>Default init: weight (scale) = 1 and bias (shift) = 0, running_mean = 0 and running_var = 1: the layer starts as a pure normalization, not a random one.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="30"/>
        <source>Default init: parameters only with affine=True (weight = 1, bias = 0), running statistics only with track_running_stats=True. Both default to False here, but to True in the lazy form.</source>
        <translation>Default init: parameters only with affine=True (weight = 1, bias = 0), running statistics only with track_running_stats=True. Both default to False here, but to True in the lazy form.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="35"/>
        <source>Default init: weight = 1, bias = 0, running_mean = 0, running_var = 1, at the first forward pass. Unlike InstanceNorm*d, affine and track_running_stats default to True.</source>
        <translation>Default init: weight = 1, bias = 0, running_mean = 0, running_var = 1, at the first forward pass. Unlike InstanceNorm*d, affine and track_running_stats default to True.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="39"/>
        <source>Default init: weight = 1 and bias = 0, so the layer starts as a pure normalization.</source>
        <translation>Default init: weight = 1 and bias = 0, so the layer starts as a pure normalization.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="42"/>
        <source>Default init: weight ~ N(0, 1), not scaled by any fan, and the padding_idx row is set to zero (and gets no gradient). Each vector&apos;s norm is about √embedding_dim, far larger than a Linear&apos;s outputs; transformers scale embeddings or re-initialize them.</source>
        <translation>Default init: weight ~ N(0, 1), not scaled by any fan, and the padding_idx row is set to zero (and gets no gradient). Each vector&apos;s norm is about √embedding_dim, far larger than a Linear&apos;s outputs; transformers scale embeddings or re-initialize them.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="47"/>
        <source>Default init: every weight and bias ~ U(−1/√hidden_size, 1/√hidden_size), the input weights too, whatever input_size is. The recurrent weight_hh is applied at every time step, so its scale decides whether the state explodes or fades over time.</source>
        <translation>Default init: every weight and bias ~ U(−1/√hidden_size, 1/√hidden_size), the input weights too, whatever input_size is. The recurrent weight_hh is applied at every time step, so its scale decides whether the state explodes or fades over time.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="52"/>
        <source>Default init: in_proj_weight (q, k, v stacked: 3·embed_dim × embed_dim) ~ xavier_uniform_ with the stacked matrix&apos;s fans, U(±√(6/(4·embed_dim))), narrower than xavier on each projection alone; in_proj_bias and out_proj.bias = 0; out_proj.weight keeps Linear&apos;s kaiming_uniform_(a=√5).</source>
        <translation>Default init: in_proj_weight (q, k, v stacked: 3·embed_dim × embed_dim) ~ xavier_uniform_ with the stacked matrix&apos;s fans, U(±√(6/(4·embed_dim))), narrower than xavier on each projection alone; in_proj_bias and out_proj.bias = 0; out_proj.weight keeps Linear&apos;s kaiming_uniform_(a=√5).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="58"/>
        <source>Default init: each sublayer keeps its own: self_attn as MultiheadAttention (xavier_uniform_ on in_proj), linear1 and linear2 as Linear (kaiming_uniform_(a=√5)), norm1 and norm2 weight 1, bias 0. All its parameters belong to those sublayers, so an initializer the lab applies to this layer (its own parameters) does not reach them.</source>
        <translation>Default init: each sublayer keeps its own: self_attn as MultiheadAttention (xavier_uniform_ on in_proj), linear1 and linear2 as Linear (kaiming_uniform_(a=√5)), norm1 and norm2 weight 1, bias 0. All its parameters belong to those sublayers, so an initializer the lab applies to this layer (its own parameters) does not reach them.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="64"/>
        <source>Default init: weight = init (0.25) for each of its num_parameters slopes; not random, it starts as LeakyReLU(0.25) and learns the slope.</source>
        <translation>Default init: weight = init (0.25) for each of its num_parameters slopes; not random, it starts as LeakyReLU(0.25) and learns the slope.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="68"/>
        <source>No parameters. SELU keeps mean 0 and variance 1 only if the weights before it are N(0, 1/fan_in) (kaiming_normal_ with nonlinearity=&apos;linear&apos;); PyTorch&apos;s default Linear init is narrower, so self-normalization needs that initializer.</source>
        <translation>No parameters. SELU keeps mean 0 and variance 1 only if the weights before it are N(0, 1/fan_in) (kaiming_normal_ with nonlinearity=&apos;linear&apos;); PyTorch&apos;s default Linear init is narrower, so self-normalization needs that initializer.</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/sequence.py" line="13"/>
        <source>Looks up a learned vector for each integer id in [0, num_embeddings); the input must be ids (fill &apos;ids&apos;).</source>
        <translation>Looks up a learned vector for each integer id in [0, num_embeddings); the input must be ids (fill &apos;ids&apos;).</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/sequence.py" line="17"/>
        <source>Elman recurrent layer over (batch, sequence, features) with batch_first; added as RNNOutput, nn.RNN returning only its output sequence, rnn(x)[0].</source>
        <translation>Elman recurrent layer over (batch, sequence, features) with batch_first; added as RNNOutput, nn.RNN returning only its output sequence, rnn(x)[0].</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/sequence.py" line="21"/>
        <source>Long short-term memory over (batch, sequence, features) with batch_first; added as LSTMOutput, nn.LSTM returning only its output sequence, lstm(x)[0].</source>
        <translation>Long short-term memory over (batch, sequence, features) with batch_first; added as LSTMOutput, nn.LSTM returning only its output sequence, lstm(x)[0].</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/sequence.py" line="25"/>
        <source>Gated recurrent unit over (batch, sequence, features) with batch_first; added as GRUOutput, nn.GRU returning only its output sequence, gru(x)[0].</source>
        <translation>Gated recurrent unit over (batch, sequence, features) with batch_first; added as GRUOutput, nn.GRU returning only its output sequence, gru(x)[0].</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/sequence.py" line="29"/>
        <source>Multi-head self-attention; added as SelfAttention, nn.MultiheadAttention returning attn(x, x, x)[0].</source>
        <translation>Multi-head self-attention; added as SelfAttention, nn.MultiheadAttention returning attn(x, x, x)[0].</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/sequence.py" line="33"/>
        <source>Self-attention then a feed-forward block, each with a residual and LayerNorm.</source>
        <translation>Self-attention then a feed-forward block, each with a residual and LayerNorm.</translation>
    </message>
    <message>
        <location filename="../core/model/containers.py" line="28"/>
        <source>Output channels of d2l&apos;s 1×1 convolution shortcut (use_1x1conv); empty: the input itself is added. Set it when the body changes the channels or the size.</source>
        <translation>Output channels of d2l&apos;s 1×1 convolution shortcut (use_1x1conv); empty: the input itself is added. Set it when the body changes the channels or the size.</translation>
    </message>
    <message>
        <location filename="../core/model/containers.py" line="32"/>
        <source>Stride of the 1×1 shortcut convolution: the body&apos;s stride.</source>
        <translation>Stride of the 1×1 shortcut convolution: the body&apos;s stride.</translation>
    </message>
    <message>
        <location filename="../core/model/containers.py" line="38"/>
        <source>A named block of layers run one after another: a nested nn.Sequential, as d2l&apos;s block1() and block2() build them. Select it, then add layers from the palette to put them inside.</source>
        <translation>A named block of layers run one after another: a nested nn.Sequential, as d2l&apos;s block1() and block2() build them. Select it, then add layers from the palette to put them inside.</translation>
    </message>
    <message>
        <location filename="../core/model/containers.py" line="41"/>
        <source>d2l&apos;s residual block: relu(body(x) + shortcut(x)). Select it, then add the body&apos;s layers from the palette; the shortcut is x itself or a 1×1 convolution.</source>
        <translation>d2l&apos;s residual block: relu(body(x) + shortcut(x)). Select it, then add the body&apos;s layers from the palette; the shortcut is x itself or a 1×1 convolution.</translation>
    </message>
    <message>
        <location filename="../core/model/containers.py" line="44"/>
        <source>Parallel branches on the same input, concatenated along the channels as in GoogLeNet&apos;s Inception block. Each layer added into it is one branch; use a Sequential block for a longer branch.</source>
        <translation>Parallel branches on the same input, concatenated along the channels as in GoogLeNet&apos;s Inception block. Each layer added into it is one branch; use a Sequential block for a longer branch.</translation>
    </message>
    <message>
        <location filename="../core/model/containers.py" line="50"/>
        <source>A container has no parameters of its own (a Residual&apos;s 1×1 shortcut is a LazyConv2d, initialized as convolutions are). net.apply visits its children first, depth-first, then the container itself.</source>
        <translation>A container has no parameters of its own (a Residual&apos;s 1×1 shortcut is a LazyConv2d, initialized as convolutions are). net.apply visits its children first, depth-first, then the container itself.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="85"/>
        <source>About Lazy Init Lab</source>
        <translation>About Lazy Init Lab</translation>
    </message>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="87"/>
        <source>Lazy Init Lab: assemble a network, watch PyTorch&apos;s lazy initialization happen, and compare initializers by their histograms.</source>
        <translation>Lazy Init Lab: assemble a network, watch PyTorch&apos;s lazy initialization happen, and compare initializers by their histograms.</translation>
    </message>
</context>
<context>
    <name>ArgField</name>
    <message>
        <location filename="../gui/forms/arg_form.py" line="109"/>
        <source>integers</source>
        <translation>integers</translation>
    </message>
    <message>
        <location filename="../gui/forms/arg_form.py" line="109"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../gui/forms/arg_form.py" line="112"/>
        <source>Give {name} as a number, or pick one of its named values.</source>
        <translation>Give {name} as a number, or pick one of its named values.</translation>
    </message>
    <message>
        <location filename="../gui/forms/arg_form.py" line="117"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../gui/forms/arg_form.py" line="119"/>
        <source>Pass None for {name}: {help}</source>
        <translation>Pass None for {name}: {help}</translation>
    </message>
</context>
<context>
    <name>ArgForm</name>
    <message>
        <location filename="../gui/forms/arg_editors.py" line="121"/>
        <source>e.g. 3 or {example}</source>
        <translation>e.g. 3 or {example}</translation>
    </message>
    <message>
        <location filename="../gui/forms/arg_form.py" line="222"/>
        <source>No arguments to set.</source>
        <translation>No arguments to set.</translation>
    </message>
    <message>
        <location filename="../gui/forms/arg_form.py" line="265"/>
        <source>{help}
Allowed: {range}.
Required.</source>
        <translation>{help}
Allowed: {range}.
Required.</translation>
    </message>
    <message>
        <location filename="../gui/forms/arg_form.py" line="267"/>
        <source>{help}
Allowed: {range}.</source>
        <translation>{help}
Allowed: {range}.</translation>
    </message>
</context>
<context>
    <name>ArgumentsDialog</name>
    <message>
        <location filename="../gui/network/layer_editor.py" line="79"/>
        <source>Add {layer}</source>
        <translation>Add {layer}</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="84"/>
        <source>Arguments in bold are required; hover a name for its range.</source>
        <translation>Arguments in bold are required; hover a name for its range.</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="90"/>
        <source>Add layer</source>
        <translation>Add layer</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="95"/>
        <source>New {layer}</source>
        <translation>New {layer}</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../gui/kit/busy_indicator.py" line="52"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../gui/kit/busy_indicator.py" line="54"/>
        <source>Stop the running operation after the current layer (Esc); the network stays as it was</source>
        <translation>Stop the running operation after the current layer (Esc); the network stays as it was</translation>
    </message>
    <message>
        <location filename="../gui/kit/busy_indicator.py" line="87"/>
        <source>{done} / {total}</source>
        <translation>{done} / {total}</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <location filename="../gui/network/card_list.py" line="110"/>
        <source>No layers yet.
Drag a layer here from the palette, or double-click it there.</source>
        <translation>No layers yet.
Drag a layer here from the palette, or double-click it there.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../gui/analysis/chart_export.py" line="35"/>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location filename="../gui/analysis/chart_export.py" line="36"/>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../gui/analysis/chart_export.py" line="41"/>
        <source>Export chart data</source>
        <translation>Export chart data</translation>
    </message>
    <message>
        <location filename="../gui/analysis/chart_export.py" line="42"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/analysis/chart_export.py" line="58"/>
        <source>Could not save {path}: {error}</source>
        <translation>Could not save {path}: {error}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/chart_export.py" line="62"/>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
<context>
    <name>ChooserToggle</name>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="212"/>
        <source>Show or hide the initializers and their arguments</source>
        <translation>Show or hide the initializers and their arguments</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="221"/>
        <source>Initializers ({count}) {arrow}</source>
        <translation>Initializers ({count}) {arrow}</translation>
    </message>
</context>
<context>
    <name>ClassStart</name>
    <message>
        <location filename="../gui/lesson/class_start.py" line="37"/>
        <source>The lesson has steps 1 to {count}</source>
        <translation>The lesson has steps 1 to {count}</translation>
    </message>
    <message>
        <location filename="../gui/lesson/class_start.py" line="44"/>
        <source>Busy: wait for the running operation</source>
        <translation>Busy: wait for the running operation</translation>
    </message>
    <message>
        <location filename="../gui/lesson/class_start.py" line="53"/>
        <source>The lesson could not move on from step {n}</source>
        <translation>The lesson could not move on from step {n}</translation>
    </message>
</context>
<context>
    <name>CodeExport</name>
    <message>
        <location filename="../gui/window/code_export.py" line="29"/>
        <source>Export the whole session as PyTorch code</source>
        <translation>Export the whole session as PyTorch code</translation>
    </message>
    <message>
        <location filename="../gui/window/code_export.py" line="30"/>
        <source>Export the network on screen as PyTorch code</source>
        <translation>Export the network on screen as PyTorch code</translation>
    </message>
    <message>
        <location filename="../gui/window/code_export.py" line="38"/>
        <source>PyTorch script written to {path} ({steps} steps: the whole session).</source>
        <translation>PyTorch script written to {path} ({steps} steps: the whole session).</translation>
    </message>
    <message>
        <location filename="../gui/window/code_export.py" line="41"/>
        <source>PyTorch script written to {path} (the network on screen: the last {steps} of {total} steps).</source>
        <translation>PyTorch script written to {path} (the network on screen: the last {steps} of {total} steps).</translation>
    </message>
    <message>
        <location filename="../gui/window/code_export.py" line="45"/>
        <source>Running it gives back these exact weights.</source>
        <translation>Running it gives back these exact weights.</translation>
    </message>
    <message>
        <location filename="../gui/window/code_export.py" line="46"/>
        <source>Its weights are not the lab&apos;s: the script&apos;s header says why.</source>
        <translation>Its weights are not the lab&apos;s: the script&apos;s header says why.</translation>
    </message>
    <message>
        <location filename="../gui/window/code_export.py" line="49"/>
        <source>Export the whole session (Ctrl+Shift+E) to replay every step.</source>
        <translation>Export the whole session (Ctrl+Shift+E) to replay every step.</translation>
    </message>
</context>
<context>
    <name>CompareControls</name>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="42"/>
        <source>The parameter to show</source>
        <translation>The parameter to show</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="43"/>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="43"/>
        <source>Small multiples</source>
        <translation>Small multiples</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="44"/>
        <source>All parameters</source>
        <translation>All parameters</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="46"/>
        <source>Overlaid on one plot, one plot per initializer on shared axes, or every parameter at once</source>
        <translation>Overlaid on one plot, one plot per initializer on shared axes, or every parameter at once</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="48"/>
        <source>Theory</source>
        <translation>Theory</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="49"/>
        <source>Draw the expected density (dashed), from each parameter&apos;s fan_in, fan_out and gain</source>
        <translation>Draw the expected density (dashed), from each parameter&apos;s fan_in, fan_out and gain</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="51"/>
        <source>Log counts</source>
        <translation>Log counts</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="53"/>
        <source>Full range</source>
        <translation>Full range</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="54"/>
        <source>Central {percent}%</source>
        <translation>Central {percent}%</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="56"/>
        <source>Clip the range to central percentiles so a few outliers do not squash the rest</source>
        <translation>Clip the range to central percentiles so a few outliers do not squash the rest</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="58"/>
        <source>bins </source>
        <translation>bins </translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="59"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="60"/>
        <source>Export the chart as a PNG image</source>
        <translation>Export the chart as a PNG image</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="61"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="62"/>
        <source>Export the bins and expected counts as CSV</source>
        <translation>Export the bins and expected counts as CSV</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="115"/>
        <source>Apply and compare</source>
        <translation>Apply and compare</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="117"/>
        <source>Apply each ticked initializer to a copy of the network with the same seed and compare the weights (Ctrl+Shift+C). The network itself is not changed.</source>
        <translation>Apply each ticked initializer to a copy of the network with the same seed and compare the weights (Ctrl+Shift+C). The network itself is not changed.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="121"/>
        <source>Tick initializers and press “Apply and compare”: each is applied to a copy of the network with the same seed, and their weights appear here.</source>
        <translation>Tick initializers and press “Apply and compare”: each is applied to a copy of the network with the same seed, and their weights appear here.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="119"/>
        <source>Point at the chart to read a bin&apos;s range and counts</source>
        <translation>Point at the chart to read a bin&apos;s range and counts</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="187"/>
        <source>Tick at least one initializer to compare.</source>
        <translation>Tick at least one initializer to compare.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="200"/>
        <source>Busy: wait for the running operation</source>
        <translation>Busy: wait for the running operation</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="205"/>
        <source>Applying {count} initializers to copies of the network…</source>
        <translation>Applying {count} initializers to copies of the network…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_texts.py" line="16"/>
        <source>Compared {count} initializers with seed {seed}; the network is unchanged.</source>
        <translation>Compared {count} initializers with seed {seed}; the network is unchanged.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_texts.py" line="20"/>
        <source>{label} failed: {message}</source>
        <translation>{label} failed: {message}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_texts.py" line="27"/>
        <source>This comparison was made for an earlier network; the layers or their shapes have changed since. Press “Apply and compare” to compare the network as it is now.</source>
        <translation>This comparison was made for an earlier network; the layers or their shapes have changed since. Press “Apply and compare” to compare the network as it is now.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="339"/>
        <source>Applying {label} ({number} of {total})…</source>
        <translation>Applying {label} ({number} of {total})…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="277"/>
        <source>Nothing to export: run a comparison first</source>
        <translation>Nothing to export: run a comparison first</translation>
    </message>
</context>
<context>
    <name>DepthView</name>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="124"/>
        <source>batch </source>
        <translation>batch </translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="125"/>
        <source>Rows of the random batch x ~ N(0, 1); the other dimensions follow the last forward pass&apos;s input</source>
        <translation>Rows of the random batch x ~ N(0, 1); the other dimensions follow the last forward pass&apos;s input</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="127"/>
        <source>train mode</source>
        <translation>train mode</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="128"/>
        <source>eval mode</source>
        <translation>eval mode</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="129"/>
        <source>Theory</source>
        <translation>Theory</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="131"/>
        <source>Dashed: Var(out) = fan_in·E[w²]·E[x²] + E[b²] forwards, fan_out·E[w²] backwards, halved by ReLU; drawn while every layer so far is covered</source>
        <translation>Dashed: Var(out) = fan_in·E[w²]·E[x²] + E[b²] forwards, fan_out·E[w²] backwards, halved by ReLU; drawn while every layer so far is covered</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="133"/>
        <source>Run depth statistics</source>
        <translation>Run depth statistics</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="135"/>
        <source>Initialize copies of the network with each initializer ticked in the Compare tab, forward a batch and backward a simple loss; the network itself is not changed.</source>
        <translation>Initialize copies of the network with each initializer ticked in the Compare tab, forward a batch and backward a simple loss; the network itself is not changed.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="137"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="138"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="141"/>
        <source>Build a deep stack (e.g. Network ▸ Start from template ▸ Deep MLP), send a sample through it, then run: the lines show how the signal&apos;s spread grows or shrinks layer by layer under each initializer.</source>
        <translation>Build a deep stack (e.g. Network ▸ Start from template ▸ Deep MLP), send a sample through it, then run: the lines show how the signal&apos;s spread grows or shrinks layer by layer under each initializer.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="145"/>
        <source>Point at a layer to read its values</source>
        <translation>Point at a layer to read its values</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="261"/>
        <source>These lines were measured on an earlier network; the layers or their shapes have changed since. Run depth statistics again for the network as it is now.</source>
        <translation>These lines were measured on an earlier network; the layers or their shapes have changed since. Run depth statistics again for the network as it is now.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="310"/>
        <source>Activation std per layer</source>
        <translation>Activation std per layer</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="311"/>
        <source>Gradient std per layer</source>
        <translation>Gradient std per layer</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="315"/>
        <source>std (log scale)</source>
        <translation>std (log scale)</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="159"/>
        <source>Tick at least one initializer in the Compare tab.</source>
        <translation>Tick at least one initializer in the Compare tab.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="175"/>
        <source>Busy: wait for the running operation</source>
        <translation>Busy: wait for the running operation</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="179"/>
        <source>Forward and backward through copies of the network…</source>
        <translation>Forward and backward through copies of the network…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="244"/>
        <source>Batch {shape} ({mode} mode), seed {seed}; the network is unchanged.</source>
        <translation>Batch {shape} ({mode} mode), seed {seed}; the network is unchanged.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="249"/>
        <source>{label} failed: {message}</source>
        <translation>{label} failed: {message}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="294"/>
        <source>dashed: theory</source>
        <translation>dashed: theory</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="314"/>
        <source>layer with its activation</source>
        <translation>layer with its activation</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="337"/>
        <source>{label}: activation {a}, gradient {g}</source>
        <translation>{label}: activation {a}, gradient {g}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="340"/>
        <source>layer {name}</source>
        <translation>layer {name}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="356"/>
        <source>Forward and backward with {label} ({number} of {total})…</source>
        <translation>Forward and backward with {label} ({number} of {total})…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="228"/>
        <source>Nothing to export: run depth statistics first</source>
        <translation>Nothing to export: run depth statistics first</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../gui/window/error_banner.py" line="69"/>
        <source>PyTorch&apos;s message</source>
        <translation>PyTorch&apos;s message</translation>
    </message>
    <message>
        <location filename="../gui/window/error_banner.py" line="70"/>
        <source>Show or hide the error exactly as PyTorch gave it</source>
        <translation>Show or hide the error exactly as PyTorch gave it</translation>
    </message>
    <message>
        <location filename="../gui/window/error_banner.py" line="71"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../gui/window/error_banner.py" line="72"/>
        <source>Hide this message (Esc)</source>
        <translation>Hide this message (Esc)</translation>
    </message>
    <message>
        <location filename="../gui/window/error_banner.py" line="122"/>
        <source>Fix it with one step; Ctrl+Z undoes it</source>
        <translation>Fix it with one step; Ctrl+Z undoes it</translation>
    </message>
    <message>
        <location filename="../gui/window/error_banner.py" line="113"/>
        <source>Layer {name}: the operation was refused ({kind})</source>
        <translation>Layer {name}: the operation was refused ({kind})</translation>
    </message>
    <message>
        <location filename="../gui/window/error_banner.py" line="115"/>
        <source>The operation was refused ({kind})</source>
        <translation>The operation was refused ({kind})</translation>
    </message>
    <message>
        <location filename="../gui/window/error_banner.py" line="117"/>
        <source>{message}
The network was left as it was.</source>
        <translation>{message}
The network was left as it was.</translation>
    </message>
    <message>
        <location filename="../gui/window/error_banner.py" line="119"/>
        <source>(PyTorch raised nothing)</source>
        <translation>(PyTorch raised nothing)</translation>
    </message>
</context>
<context>
    <name>FileMenuMixin</name>
    <message>
        <location filename="../gui/window/file_menu.py" line="42"/>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="48"/>
        <source>Busy: wait for the running operation</source>
        <translation>Busy: wait for the running operation</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="78"/>
        <source>Open session</source>
        <translation>Open session</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="92"/>
        <source>{name} could not be opened and was removed from Open Recent.</source>
        <translation>{name} could not be opened and was removed from Open Recent.</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="105"/>
        <source>Save session</source>
        <translation>Save session</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="117"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="118"/>
        <source>The session could not be saved to {path}: {reason}</source>
        <translation>The session could not be saved to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="123"/>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="143"/>
        <source>Import weights</source>
        <translation>Import weights</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="148"/>
        <source>Export weights</source>
        <translation>Export weights</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="154"/>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="157"/>
        <source>Weights written to {path}</source>
        <translation>Weights written to {path}</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="176"/>
        <source>Not exported: an operation is still running; export again when it ends.</source>
        <translation>Not exported: an operation is still running; export again when it ends.</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="182"/>
        <source>{name}[*] — Lazy Init Lab</source>
        <translation>{name}[*] — Lazy Init Lab</translation>
    </message>
</context>
<context>
    <name>ForwardPanel</name>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="127"/>
        <source>vector (N, features)</source>
        <translation>vector (N, features)</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="127"/>
        <source>image (N, C, H, W)</source>
        <translation>image (N, C, H, W)</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="128"/>
        <source>sequence (N, C, L)</source>
        <translation>sequence (N, C, L)</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="132"/>
        <source>Linear layers take vectors; Conv2d takes images; Conv1d takes sequences.</source>
        <translation>Linear layers take vectors; Conv2d takes images; Conv1d takes sequences.</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="133"/>
        <source>batch N</source>
        <translation>batch N</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="133"/>
        <source>features</source>
        <translation>features</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="134"/>
        <source>channels C</source>
        <translation>channels C</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="134"/>
        <source>height H</source>
        <translation>height H</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="135"/>
        <source>width W</source>
        <translation>width W</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="135"/>
        <source>length L</source>
        <translation>length L</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="140"/>
        <source>uniform in [low, high)</source>
        <translation>uniform in [low, high)</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="141"/>
        <source>normal (mean, std)</source>
        <translation>normal (mean, std)</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="141"/>
        <source>zeros</source>
        <translation>zeros</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="142"/>
        <source>ones</source>
        <translation>ones</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="143"/>
        <source>ids: whole numbers in [low, high), for an Embedding</source>
        <translation>ids: whole numbers in [low, high), for an Embedding</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="136"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="136"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="136"/>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="137"/>
        <source>std</source>
        <translation>std</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="148"/>
        <source>Any float32 number; scientific notation such as -3.4e+37 works.</source>
        <translation>Any float32 number; scientific notation such as -3.4e+37 works.</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="149"/>
        <source>torch.rand: uniform [0, 1)</source>
        <translation>torch.rand: uniform [0, 1)</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="150"/>
        <source>What torch.rand draws: uniform between 0 and 1.</source>
        <translation>What torch.rand draws: uniform between 0 and 1.</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="151"/>
        <source>Seed&apos;s extreme range (±finfo(float32).max/10)</source>
        <translation>Seed&apos;s extreme range (±finfo(float32).max/10)</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="153"/>
        <source>Uniform between finfo(float32).min/10 and finfo(float32).max/10, the input of the original lesson: watch what such values do to the layers.</source>
        <translation>Uniform between finfo(float32).min/10 and finfo(float32).max/10, the input of the original lesson: watch what such values do to the layers.</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="155"/>
        <source>fixed seed</source>
        <translation>fixed seed</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="157"/>
        <source>Draw the same input every run; off: a new one each time.</source>
        <translation>Draw the same input every run; off: a new one each time.</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="158"/>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="159"/>
        <source>eval</source>
        <translation>eval</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="161"/>
        <source>train: BatchNorm uses the batch&apos;s statistics and Dropout drops; eval: running statistics, no dropout.</source>
        <translation>train: BatchNorm uses the batch&apos;s statistics and Dropout drops; eval: running statistics, no dropout.</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="163"/>
        <source>Run forward</source>
        <translation>Run forward</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="165"/>
        <source>Send this input through the network (Ctrl+R); lazy layers learn their shapes.</source>
        <translation>Send this input through the network (Ctrl+R); lazy layers learn their shapes.</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="166"/>
        <source>Input shape</source>
        <translation>Input shape</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="168"/>
        <source>layout</source>
        <translation>layout</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="167"/>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="169"/>
        <source>fill</source>
        <translation>fill</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="170"/>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="268"/>
        <source>Layout switched to {layout}: the network starts with {layer}.</source>
        <translation>Layout switched to {layout}: the network starts with {layer}.</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="279"/>
        <source>Fill switched to ids in [0, {count}): the network starts with Embedding, which looks up integer ids.</source>
        <translation>Fill switched to ids in [0, {count}): the network starts with Embedding, which looks up integer ids.</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="323"/>
        <source>{field} must be a number such as 0.5 or -1e+30, got &apos;{text}&apos;.</source>
        <translation>{field} must be a number such as 0.5 or -1e+30, got &apos;{text}&apos;.</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="372"/>
        <source>The input tensor&apos;s shape: ({shape})</source>
        <translation>The input tensor&apos;s shape: ({shape})</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../gui/window/actions.py" line="157"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="159"/>
        <source>Every action&apos;s keyboard shortcut (Ctrl+/)</source>
        <translation>Every action&apos;s keyboard shortcut (Ctrl+/)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="160"/>
        <source>&amp;Lesson guide</source>
        <translation>&amp;Lesson guide</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="162"/>
        <source>How to walk, present and start a lesson</source>
        <translation>How to walk, present and start a lesson</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="163"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="276"/>
        <source>Nothing to show yet</source>
        <translation>Nothing to show yet</translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="145"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="146"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="179"/>
        <source>No finite values to plot</source>
        <translation>No finite values to plot</translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="240"/>
        <source>mean {mean}    std {std}    min {min}    max {max}    numel {numel}</source>
        <translation>mean {mean}    std {std}    min {min}    max {max}    numel {numel}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="251"/>
        <source>nan {count}</source>
        <translation>nan {count}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="252"/>
        <source>+inf {count}</source>
        <translation>+inf {count}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="253"/>
        <source>-inf {count}</source>
        <translation>-inf {count}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="255"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/analysis/histogram_view.py" line="256"/>
        <source>%n non-finite values not shown ({details})</source>
        <translation>
            <numerusform>%n non-finite values not shown ({details})</numerusform>
            <numerusform>%n non-finite values not shown ({details})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="287"/>
        <source>[{start}, {end}]: {count}</source>
        <translation>[{start}, {end}]: {count}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="287"/>
        <source>[{start}, {end}): {count}</source>
        <translation>[{start}, {end}): {count}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="306"/>
        <source>Point at a bar to see its range and count</source>
        <translation>Point at a bar to see its range and count</translation>
    </message>
</context>
<context>
    <name>HistoryChooser</name>
    <message>
        <location filename="../gui/analysis/compare_history.py" line="37"/>
        <source>Also overlay from history</source>
        <translation>Also overlay from history</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_history.py" line="39"/>
        <source>Snapshots in which this parameter changed; ticked ones are drawn rescaled to the comparison&apos;s bins.</source>
        <translation>Snapshots in which this parameter changed; ticked ones are drawn rescaled to the comparison&apos;s bins.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../gui/history/history_panel.py" line="257"/>
        <source>Steps that changed it</source>
        <translation>Steps that changed it</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="125"/>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="126"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="127"/>
        <source>Log counts</source>
        <translation>Log counts</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="128"/>
        <source>Bins:</source>
        <translation>Bins:</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="130"/>
        <source>How many equal bins the histogram has. Other counts than 100 are computed in the background from the weights that step kept.</source>
        <translation>How many equal bins the histogram has. Other counts than 100 are computed in the background from the weights that step kept.</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="188"/>
        <source>Export histogram</source>
        <translation>Export histogram</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="196"/>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="200"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="259"/>
        <source>Select a parameter to see its histogram</source>
        <translation>Select a parameter to see its histogram</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="137"/>
        <location filename="../gui/history/history_panel.py" line="262"/>
        <source>Steps that changed {name}</source>
        <translation>Steps that changed {name}</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="290"/>
        <source>{name} {shape}</source>
        <translation>{name} {shape}</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="301"/>
        <source>Computing {bins} bins…</source>
        <translation>Computing {bins} bins…</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="357"/>
        <source>{name} does not exist in the network at this step</source>
        <translation>{name} does not exist in the network at this step</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="360"/>
        <source>{name} is uninitialized: run a forward pass to materialize it</source>
        <translation>{name} is uninitialized: run a forward pass to materialize it</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="376"/>
        <source>Nothing to export: no histogram is shown</source>
        <translation>Nothing to export: no histogram is shown</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="386"/>
        <source>Could not save {path}: {error}</source>
        <translation>Could not save {path}: {error}</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="389"/>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
<context>
    <name>InitChooser</name>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="98"/>
        <source>Tick the initializers to compare; select one to edit its arguments.</source>
        <translation>Tick the initializers to compare; select one to edit its arguments.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="103"/>
        <source>Every initializer draws with this seed, so the copies differ only by the initializer.</source>
        <translation>Every initializer draws with this seed, so the copies differ only by the initializer.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="105"/>
        <source>weights</source>
        <translation>weights</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="105"/>
        <source>biases</source>
        <translation>biases</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="106"/>
        <source>weights and biases</source>
        <translation>weights and biases</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="108"/>
        <source>Which parameters each initializer is applied to; the others keep the network&apos;s current values.</source>
        <translation>Which parameters each initializer is applied to; the others keep the network&apos;s current values.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="110"/>
        <source>Initializers to compare</source>
        <translation>Initializers to compare</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="111"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="112"/>
        <source>Apply to</source>
        <translation>Apply to</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="192"/>
        <source>Arguments of {name}</source>
        <translation>Arguments of {name}</translation>
    </message>
</context>
<context>
    <name>InitPanel</name>
    <message>
        <location filename="../gui/forms/init_panel.py" line="123"/>
        <source>all layers</source>
        <translation>all layers</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="124"/>
        <source>selected layers</source>
        <translation>selected layers</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="125"/>
        <source>layers of these types:</source>
        <translation>layers of these types:</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="127"/>
        <source>Types as the network has them now; layers without parameters are not listed.</source>
        <translation>Types as the network has them now; layers without parameters are not listed.</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="129"/>
        <source>No layer with parameters yet.</source>
        <translation>No layer with parameters yet.</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="130"/>
        <source>weights</source>
        <translation>weights</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="131"/>
        <source>biases</source>
        <translation>biases</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="132"/>
        <source>both</source>
        <translation>both</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="133"/>
        <source>fixed seed</source>
        <translation>fixed seed</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="134"/>
        <source>Draw the same weights every time.</source>
        <translation>Draw the same weights every time.</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="135"/>
        <source>Apply initializer</source>
        <translation>Apply initializer</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="136"/>
        <source>Initialize the chosen parameters now (Ctrl+I).</source>
        <translation>Initialize the chosen parameters now (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="377"/>
        <source>layer {name}</source>
        <translation>layer {name}</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="378"/>
        <source>layer {name} ({type})</source>
        <translation>layer {name} ({type})</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_remedy.py" line="46"/>
        <source>Send a sample through first</source>
        <translation>Send a sample through first</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_remedy.py" line="47"/>
        <source>Run a forward pass with the Forward tab&apos;s input, so lazy layers learn their shapes; then this initializer is applied again.</source>
        <translation>Run a forward pass with the Forward tab&apos;s input, so lazy layers learn their shapes; then this initializer is applied again.</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_remedy.py" line="51"/>
        <source>Nothing to initialize yet</source>
        <translation>Nothing to initialize yet</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="120"/>
        <source>Initializer</source>
        <translation>Initializer</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="121"/>
        <source>Apply to</source>
        <translation>Apply to</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="122"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="215"/>
        <source>No layer is selected: select layers in the network view, or apply to all layers.</source>
        <translation>No layer is selected: select layers in the network view, or apply to all layers.</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="223"/>
        <source>Check at least one layer type to initialize.</source>
        <translation>Check at least one layer type to initialize.</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_remedy.py" line="54"/>
        <source>Lazy layers get their shapes at the first forward pass; until then their parameters have no values to initialize.</source>
        <translation>Lazy layers get their shapes at the first forward pass; until then their parameters have no values to initialize.</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="353"/>
        <source>{init} needs tensors with at least {dims} dimensions; biases have one, so they would be refused. Choose weights.</source>
        <translation>{init} needs tensors with at least {dims} dimensions; biases have one, so they would be refused. Choose weights.</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="367"/>
        <source>Selected: {names}</source>
        <translation>Selected: {names}</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="370"/>
        <source>None selected: click layers in the network view.</source>
        <translation>None selected: click layers in the network view.</translation>
    </message>
</context>
<context>
    <name>LayerEditor</name>
    <message>
        <location filename="../gui/network/layer_editor.py" line="180"/>
        <source>Select a layer in the network to see and edit its arguments.</source>
        <translation>Select a layer in the network to see and edit its arguments.</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="182"/>
        <source>Apply changes</source>
        <translation>Apply changes</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="184"/>
        <source>Rebuild this layer with these arguments (it gets fresh weights).</source>
        <translation>Rebuild this layer with these arguments (it gets fresh weights).</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="236"/>
        <source>Layer {name}: {layer}</source>
        <translation>Layer {name}: {layer}</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="240"/>
        <source>Declared as {layer}; now a {type} ({state}).</source>
        <translation>Declared as {layer}; now a {type} ({state}).</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="246"/>
        <source>Type {type} ({state}).</source>
        <translation>Type {type} ({state}).</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="255"/>
        <source>uninitialized until the first forward pass</source>
        <translation>uninitialized until the first forward pass</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="256"/>
        <source>materialized</source>
        <translation>materialized</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="257"/>
        <source>weights loaded, still lazy until a forward pass</source>
        <translation>weights loaded, still lazy until a forward pass</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="258"/>
        <source>no parameters</source>
        <translation>no parameters</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="265"/>
        <source>Tied to position {position}: both are the same module, so an edit changes both.</source>
        <translation>Tied to position {position}: both are the same module, so an edit changes both.</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="268"/>
        <source>Applying rebuilds the layer: its weights start afresh.</source>
        <translation>Applying rebuilds the layer: its weights start afresh.</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="189"/>
        <location filename="../gui/network/layer_editor.py" line="292"/>
        <source>Nothing changed: every argument is as before.</source>
        <translation>Nothing changed: every argument is as before.</translation>
    </message>
</context>
<context>
    <name>LessonDock</name>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="324"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
</context>
<context>
    <name>LessonGuideDialog</name>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="60"/>
        <source>Lesson guide</source>
        <translation>Lesson guide</translation>
    </message>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="62"/>
        <source>&lt;p&gt;&lt;b&gt;Open a lesson&lt;/b&gt;: Lesson ▸ Lazy initialization (built-in), or Lesson ▸ Open lesson… for your own file.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next&lt;/b&gt;: PageDown or Alt+Right performs the next step and explains it. &lt;b&gt;Back&lt;/b&gt;: PageUp or Alt+Left returns to the previous step exactly as it was.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Exercises&lt;/b&gt;: on a task page, try it in the app; every attempt is explained. Next then shows the answer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Presenter mode&lt;/b&gt;: View ▸ Presenter mode (Ctrl+Shift+P or F11) makes texts large and shows what each step is about: the changed card, the visit log, the shape trace or a histogram.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start class in one command&lt;/b&gt;:&lt;br&gt;&lt;code&gt;python main.py --lesson lazy_initialization --step 7 --presenter&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Writing your own lessons: docs/lessons.md.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Open a lesson&lt;/b&gt;: Lesson ▸ Lazy initialization (built-in), or Lesson ▸ Open lesson… for your own file.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next&lt;/b&gt;: PageDown or Alt+Right performs the next step and explains it. &lt;b&gt;Back&lt;/b&gt;: PageUp or Alt+Left returns to the previous step exactly as it was.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Exercises&lt;/b&gt;: on a task page, try it in the app; every attempt is explained. Next then shows the answer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Presenter mode&lt;/b&gt;: View ▸ Presenter mode (Ctrl+Shift+P or F11) makes texts large and shows what each step is about: the changed card, the visit log, the shape trace or a histogram.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start class in one command&lt;/b&gt;:&lt;br&gt;&lt;code&gt;python main.py --lesson lazy_initialization --step 7 --presenter&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Writing your own lessons: docs/lessons.md.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="215"/>
        <source>◀ Back</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="216"/>
        <source>The previous step, exactly as it was (PageUp, Alt+Left)</source>
        <translation>The previous step, exactly as it was (PageUp, Alt+Left)</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="222"/>
        <location filename="../gui/lesson/lesson_panel.py" line="239"/>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="218"/>
        <source>Close lesson</source>
        <translation>Close lesson</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="219"/>
        <source>Leave the lesson; the network stays as it is</source>
        <translation>Leave the lesson; the network stays as it is</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="227"/>
        <source>Step {page} of {count}</source>
        <translation>Step {page} of {count}</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="231"/>
        <source>Your turn: {title}</source>
        <translation>Your turn: {title}</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="232"/>
        <source>Your turn</source>
        <translation>Your turn</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="233"/>
        <source>Step {n}</source>
        <translation>Step {n}</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="238"/>
        <source>Show the answer ▶</source>
        <translation>Show the answer ▶</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="241"/>
        <source>Perform the worked answer from the lesson&apos;s own state (PageDown, Alt+Right)</source>
        <translation>Perform the worked answer from the lesson&apos;s own state (PageDown, Alt+Right)</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="243"/>
        <source>Perform the next step (PageDown, Alt+Right)</source>
        <translation>Perform the next step (PageDown, Alt+Right)</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="254"/>
        <source>✓ {text}</source>
        <translation>✓ {text}</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="256"/>
        <source>✗ {text}</source>
        <translation>✗ {text}</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="258"/>
        <source>Try it in the app now; each attempt is explained here. Then press Next to see the answer.</source>
        <translation>Try it in the app now; each attempt is explained here. Then press Next to see the answer.</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="263"/>
        <source>⚠ This step did not go as the lesson expects: {message}</source>
        <translation>⚠ This step did not go as the lesson expects: {message}</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="266"/>
        <source>⚠ This step succeeded, but the lesson expected an error.</source>
        <translation>⚠ This step succeeded, but the lesson expected an error.</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="270"/>
        <source>Refused, as the lesson expects: {message}</source>
        <translation>Refused, as the lesson expects: {message}</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_menu.py" line="60"/>
        <source>This lesson cannot be opened</source>
        <translation>This lesson cannot be opened</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_menu.py" line="61"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_menu.py" line="71"/>
        <source>Busy: wait for the running operation</source>
        <translation>Busy: wait for the running operation</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_menu.py" line="50"/>
        <source>Open lesson</source>
        <translation>Open lesson</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="133"/>
        <source>&amp;Lazy initialization (built-in)</source>
        <translation>&amp;Lazy initialization (built-in)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="135"/>
        <source>The chapter&apos;s lesson, step by step, with its three exercises</source>
        <translation>The chapter&apos;s lesson, step by step, with its three exercises</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="138"/>
        <source>&amp;Does it train? Initialization in practice (built-in)</source>
        <translation>&amp;Does it train? Initialization in practice (built-in)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="141"/>
        <source>Symmetry, vanishing and exploding gradients, Xavier, Kaiming and batch normalization, trained side by side</source>
        <translation>Symmetry, vanishing and exploding gradients, Xavier, Kaiming and batch normalization, trained side by side</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="144"/>
        <source>&amp;Open lesson…</source>
        <translation>&amp;Open lesson…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="146"/>
        <source>Open a lesson or any scenario file as a lesson</source>
        <translation>Open a lesson or any scenario file as a lesson</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="147"/>
        <source>&amp;Next step</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="150"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="153"/>
        <source>&amp;Close lesson</source>
        <translation>&amp;Close lesson</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="178"/>
        <source>&amp;Lesson</source>
        <translation>&amp;Lesson</translation>
    </message>
</context>
<context>
    <name>LoadingWindow</name>
    <message>
        <location filename="../gui/app.py" line="104"/>
        <source>Lazy Init Lab — loading PyTorch…</source>
        <translation>Lazy Init Lab — loading PyTorch…</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="114"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="114"/>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="114"/>
        <source>Histograms and parameters</source>
        <translation>Histograms and parameters</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="141"/>
        <source>Lazy Init Lab</source>
        <translation>Lazy Init Lab</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="150"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="170"/>
        <source>Lazy Init Lab could not load its modules. If PyTorch is missing, install the requirements (pip install -r requirements.txt) and start again.

{detail}</source>
        <translation>Lazy Init Lab could not load its modules. If PyTorch is missing, install the requirements (pip install -r requirements.txt) and start again.

{detail}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/window/file_menu.py" line="21"/>
        <source>Lazy Init Lab session (*.json)</source>
        <translation>Lazy Init Lab session (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="22"/>
        <source>PyTorch state_dict (*.pt *.pth)</source>
        <translation>PyTorch state_dict (*.pt *.pth)</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="23"/>
        <source>Python script (*.py)</source>
        <translation>Python script (*.py)</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="138"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="138"/>
        <source>Initialize</source>
        <translation>Initialize</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="139"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="140"/>
        <source>print(net)</source>
        <translation>print(net)</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="141"/>
        <source>Shape trace</source>
        <translation>Shape trace</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="142"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="143"/>
        <source>Histogram</source>
        <translation>Histogram</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="144"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="144"/>
        <source>Depth</source>
        <translation>Depth</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="145"/>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="43"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="45"/>
        <source>Start an empty network</source>
        <translation>Start an empty network</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="46"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="48"/>
        <source>Open a session or scenario and replay its steps</source>
        <translation>Open a session or scenario and replay its steps</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="49"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="51"/>
        <source>Save the steps so far as a session</source>
        <translation>Save the steps so far as a session</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="52"/>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="54"/>
        <source>&amp;Import weights…</source>
        <translation>&amp;Import weights…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="56"/>
        <source>Load a state_dict (.pt); a lazy network gets shapes and values</source>
        <translation>Load a state_dict (.pt); a lazy network gets shapes and values</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="58"/>
        <source>&amp;Export weights…</source>
        <translation>&amp;Export weights…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="60"/>
        <source>Save the current state_dict (.pt); uninitialized parameters are left out</source>
        <translation>Save the current state_dict (.pt); uninitialized parameters are left out</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="62"/>
        <source>Export as PyTorch &amp;code…</source>
        <translation>Export as PyTorch &amp;code…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="65"/>
        <source>Save a Python script that rebuilds the network on screen and replays its forward passes and initializers (Ctrl+E)</source>
        <translation>Save a Python script that rebuilds the network on screen and replays its forward passes and initializers (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="69"/>
        <source>Export whole session as PyTorch code…</source>
        <translation>Export whole session as PyTorch code…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="71"/>
        <source>Save a Python script that replays every step of the session: each network it held, in order (Ctrl+Shift+E)</source>
        <translation>Save a Python script that replays every step of the session: each network it held, in order (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="74"/>
        <source>Export plot as &amp;PNG…</source>
        <translation>Export plot as &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="78"/>
        <source>Export plot as &amp;CSV…</source>
        <translation>Export plot as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="80"/>
        <source>Save the data of the shown tab&apos;s chart as CSV</source>
        <translation>Save the data of the shown tab&apos;s chart as CSV</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="111"/>
        <source>&amp;Compare initializers</source>
        <translation>&amp;Compare initializers</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="113"/>
        <source>Apply each initializer ticked in the Compare tab to a copy of the network and compare their weights (Ctrl+Shift+C)</source>
        <translation>Apply each initializer ticked in the Compare tab to a copy of the network and compare their weights (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="116"/>
        <source>&amp;Depth statistics</source>
        <translation>&amp;Depth statistics</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="118"/>
        <source>Activation and gradient spread per layer under each ticked initializer (Ctrl+Shift+D)</source>
        <translation>Activation and gradient spread per layer under each ticked initializer (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="81"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="76"/>
        <source>Save the chart of the shown tab (Histogram, Compare, Depth or Train) as PNG</source>
        <translation>Save the chart of the shown tab (Histogram, Compare, Depth or Train) as PNG</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="84"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="86"/>
        <source>Undo the last operation (Ctrl+Z)</source>
        <translation>Undo the last operation (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="88"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="90"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="98"/>
        <source>Run &amp;forward</source>
        <translation>Run &amp;forward</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="100"/>
        <source>Send the input through the network (Ctrl+R)</source>
        <translation>Send the input through the network (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="101"/>
        <source>&amp;Initialize</source>
        <translation>&amp;Initialize</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="103"/>
        <source>Apply the chosen initializer (Ctrl+I)</source>
        <translation>Apply the chosen initializer (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="104"/>
        <source>&amp;Reset</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="106"/>
        <source>Rebuild every layer: lazy layers uninitialized again, fresh default weights</source>
        <translation>Rebuild every layer: lazy layers uninitialized again, fresh default weights</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="108"/>
        <source>&amp;Clear</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="110"/>
        <source>Remove every layer</source>
        <translation>Remove every layer</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="120"/>
        <source>&amp;Train and compare</source>
        <translation>&amp;Train and compare</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="122"/>
        <source>Train a copy of the network per initializer ticked in the Train tab on a small task and draw their losses side by side (Ctrl+Shift+T)</source>
        <translation>Train a copy of the network per initializer ticked in the Train tab on a small task and draw their losses side by side (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="170"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="185"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="173"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="92"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="94"/>
        <source>Settings such as the undo history&apos;s memory limit (Ctrl+,)</source>
        <translation>Settings such as the undo history&apos;s memory limit (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="175"/>
        <source>&amp;Network</source>
        <translation>&amp;Network</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="186"/>
        <source>Start from &amp;template</source>
        <translation>Start from &amp;template</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="177"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="187"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="181"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../gui/window/main_window.py" line="161"/>
        <source>Busy: wait for the running operation</source>
        <translation>Busy: wait for the running operation</translation>
    </message>
    <message>
        <location filename="../gui/window/main_window.py" line="237"/>
        <source>Last: {label}  ·  {count} parameters</source>
        <translation>Last: {label}  ·  {count} parameters</translation>
    </message>
    <message>
        <location filename="../gui/window/error_actions.py" line="23"/>
        <source>Send a sample through first, then initialize</source>
        <translation>Send a sample through first, then initialize</translation>
    </message>
    <message>
        <location filename="../gui/window/error_actions.py" line="48"/>
        <source>Cancelled: the network was left as it was.</source>
        <translation>Cancelled: the network was left as it was.</translation>
    </message>
    <message>
        <location filename="../gui/window/error_actions.py" line="53"/>
        <source>Cancelling after the current layer…</source>
        <translation>Cancelling after the current layer…</translation>
    </message>
    <message>
        <location filename="../gui/window/main_window.py" line="133"/>
        <source>Real &amp;architectures</source>
        <translation>Real &amp;architectures</translation>
    </message>
    <message>
        <location filename="../gui/window/main_window.py" line="137"/>
        <source>Input: {input}
{description}</source>
        <translation>Input: {input}
{description}</translation>
    </message>
    <message>
        <location filename="../gui/window/main_window.py" line="248"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../gui/window/main_window.py" line="264"/>
        <source>Played {n} steps; {k} ended with an error (the last: {message})</source>
        <translation>Played {n} steps; {k} ended with an error (the last: {message})</translation>
    </message>
    <message>
        <location filename="../gui/window/main_window.py" line="280"/>
        <source>Undo memory limit: {mb} MB</source>
        <translation>Undo memory limit: {mb} MB</translation>
    </message>
</context>
<context>
    <name>MultiplesChart</name>
    <message>
        <location filename="../gui/analysis/compare_multiples.py" line="100"/>
        <source>shared axes; dashed: theory</source>
        <translation>shared axes; dashed: theory</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_multiples.py" line="100"/>
        <source>shared axes</source>
        <translation>shared axes</translation>
    </message>
</context>
<context>
    <name>NetworkModel</name>
    <message>
        <location filename="../gui/network/network_model.py" line="266"/>
        <source>declared as {layer}</source>
        <translation>declared as {layer}</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="268"/>
        <source>in {input}  →  out {output}</source>
        <translation>in {input}  →  out {output}</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="282"/>
        <source>uninitialized</source>
        <translation>uninitialized</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="283"/>
        <source>materialized</source>
        <translation>materialized</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="284"/>
        <source>half-lazy</source>
        <translation>half-lazy</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="285"/>
        <source>no parameters</source>
        <translation>no parameters</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="290"/>
        <source>Its parameters have no shape yet: the first forward pass infers it from the input.</source>
        <translation>Its parameters have no shape yet: the first forward pass infers it from the input.</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="292"/>
        <source>Its parameters exist with their final shapes.</source>
        <translation>Its parameters exist with their final shapes.</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="293"/>
        <source>Weights were loaded, but the module stays Lazy until the next forward pass.</source>
        <translation>Weights were loaded, but the module stays Lazy until the next forward pass.</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="295"/>
        <source>This layer has no parameters.</source>
        <translation>This layer has no parameters.</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="299"/>
        <source>{name}  {type}</source>
        <translation>{name}  {type}</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="326"/>
        <source>{doc}

{repr}

{state}</source>
        <translation>{doc}

{repr}

{state}</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="347"/>
        <source>{param}: UninitializedParameter</source>
        <translation>{param}: UninitializedParameter</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="349"/>
        <source>{param} {shape}</source>
        <translation>{param} {shape}</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="352"/>
        <source>{count} params</source>
        <translation>{count} params</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="361"/>
        <source>tied to layer {position}</source>
        <translation>tied to layer {position}</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="363"/>
        <source>tied to layer {position} ({name})</source>
        <translation>tied to layer {position} ({name})</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="367"/>
        <source>shared with layer {position}</source>
        <translation>shared with layer {position}</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="369"/>
        <source>shared with layers {positions}</source>
        <translation>shared with layers {positions}</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../gui/network/network_view.py" line="242"/>
        <source>Rename layer</source>
        <translation>Rename layer</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="243"/>
        <source>New name (leave empty for the default number):</source>
        <translation>New name (leave empty for the default number):</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="254"/>
        <source>Tie layer</source>
        <translation>Tie layer</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="255"/>
        <source>Layer {position} will use the very same parameters as:</source>
        <translation>Layer {position} will use the very same parameters as:</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="265"/>
        <source>Edit arguments…</source>
        <translation>Edit arguments…</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="265"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="266"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="266"/>
        <source>Tie to layer…</source>
        <translation>Tie to layer…</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="267"/>
        <source>Untie</source>
        <translation>Untie</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="267"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="268"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="268"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="269"/>
        <source>Collapse block</source>
        <translation>Collapse block</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="269"/>
        <source>Expand block</source>
        <translation>Expand block</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="385"/>
        <source>Input {shape}  ·  {total} parameters</source>
        <translation>Input {shape}  ·  {total} parameters</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="388"/>
        <source>Uninitialized parameter tensors: {count}</source>
        <translation>Uninitialized parameter tensors: {count}</translation>
    </message>
</context>
<context>
    <name>OverlayChart</name>
    <message>
        <location filename="../gui/analysis/compare_overlay.py" line="128"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_overlay.py" line="129"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_overlay.py" line="176"/>
        <source>dashed: theory</source>
        <translation>dashed: theory</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_overlay.py" line="178"/>
        <source>history: {label}</source>
        <translation>history: {label}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_overlay.py" line="204"/>
        <source>[{start}, {end}): {counts}</source>
        <translation>[{start}, {end}): {counts}</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../gui/network/palette.py" line="293"/>
        <source>Filter layers…</source>
        <translation>Filter layers…</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="287"/>
        <source>No layer matches “{text}”. Clear the filter to see every layer.</source>
        <translation>No layer matches “{text}”. Clear the filter to see every layer.</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="235"/>
        <source>becomes {cls} · needs {args}</source>
        <translation>becomes {cls} · needs {args}</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="237"/>
        <source>becomes {cls}</source>
        <translation>becomes {cls}</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="239"/>
        <source>needs {args}</source>
        <translation>needs {args}</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="240"/>
        <source>ready to add</source>
        <translation>ready to add</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="247"/>
        <source>Lazy</source>
        <translation>Lazy</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="248"/>
        <source>Linear &amp; convolution</source>
        <translation>Linear &amp; convolution</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="249"/>
        <source>Normalization</source>
        <translation>Normalization</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="250"/>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="251"/>
        <source>Pooling, shape &amp; dropout</source>
        <translation>Pooling, shape &amp; dropout</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="252"/>
        <source>Embedding, recurrent &amp; attention</source>
        <translation>Embedding, recurrent &amp; attention</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="280"/>
        <source>{doc}
{init}
{hint}
Double-click, press Enter or drag it into the network to add it.</source>
        <translation>{doc}
{init}
{hint}
Double-click, press Enter or drag it into the network to add it.</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="318"/>
        <source>{name}: {doc}</source>
        <translation>{name}: {doc}</translation>
    </message>
</context>
<context>
    <name>ParametersGrid</name>
    <message>
        <location filename="../gui/analysis/compare_multiples.py" line="126"/>
        <source>dashed: theory</source>
        <translation>dashed: theory</translation>
    </message>
</context>
<context>
    <name>ParamsModel</name>
    <message>
        <location filename="../gui/network/params_table.py" line="43"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="44"/>
        <source>Shape</source>
        <translation>Shape</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="45"/>
        <source>Numel</source>
        <translation>Numel</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="46"/>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="47"/>
        <source>Std</source>
        <translation>Std</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="48"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="49"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="50"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="99"/>
        <source>{name} is uninitialized: run a forward pass to materialize it</source>
        <translation>{name} is uninitialized: run a forward pass to materialize it</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="119"/>
        <source>UninitializedParameter</source>
        <translation>UninitializedParameter</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="124"/>
        <source>● changed</source>
        <translation>● changed</translation>
    </message>
</context>
<context>
    <name>ParamsTable</name>
    <message>
        <location filename="../gui/network/params_table.py" line="155"/>
        <source>Parameters: net.named_parameters()</source>
        <translation>Parameters: net.named_parameters()</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../gui/window/preferences_dialog.py" line="37"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../gui/window/preferences_dialog.py" line="41"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../gui/window/preferences_dialog.py" line="45"/>
        <source>Undo keeps the weights each step replaced. When they take more than this, the oldest steps are forgotten first. 0 keeps only steps that replaced no weights.</source>
        <translation>Undo keeps the weights each step replaced. When they take more than this, the oldest steps are forgotten first. 0 keeps only steps that replaced no weights.</translation>
    </message>
    <message>
        <location filename="../gui/window/preferences_dialog.py" line="48"/>
        <source>The history now keeps {steps} steps to undo, holding {size} MB of earlier weights.</source>
        <translation>The history now keeps {steps} steps to undo, holding {size} MB of earlier weights.</translation>
    </message>
    <message>
        <location filename="../gui/window/preferences_dialog.py" line="52"/>
        <source>Undo memory limit:</source>
        <translation>Undo memory limit:</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../gui/window/actions.py" line="126"/>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Presenter mode</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="128"/>
        <source>Large text, plots and print(net) for a projector (Ctrl+Shift+P or F11)</source>
        <translation>Large text, plots and print(net) for a projector (Ctrl+Shift+P or F11)</translation>
    </message>
</context>
<context>
    <name>PrintPane</name>
    <message>
        <location filename="../gui/network/print_pane.py" line="114"/>
        <source>print(net)</source>
        <translation>print(net)</translation>
    </message>
    <message>
        <location filename="../gui/network/print_pane.py" line="115"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../gui/network/print_pane.py" line="116"/>
        <source>Copy the print(net) text</source>
        <translation>Copy the print(net) text</translation>
    </message>
    <message>
        <location filename="../gui/network/print_pane.py" line="117"/>
        <source>net.apply visit log</source>
        <translation>net.apply visit log</translation>
    </message>
    <message>
        <location filename="../gui/network/print_pane.py" line="119"/>
        <source>Initialize the network to see the order in which net.apply visits modules</source>
        <translation>Initialize the network to see the order in which net.apply visits modules</translation>
    </message>
    <message>
        <location filename="../gui/network/print_pane.py" line="121"/>
        <source>Copy log</source>
        <translation>Copy log</translation>
    </message>
    <message>
        <location filename="../gui/network/print_pane.py" line="122"/>
        <source>Clear log</source>
        <translation>Clear log</translation>
    </message>
    <message>
        <location filename="../gui/network/print_pane.py" line="224"/>
        <source># {label}</source>
        <translation># {label}</translation>
    </message>
</context>
<context>
    <name>RecoveryMixin</name>
    <message>
        <location filename="../gui/session/recovery.py" line="63"/>
        <source>The unsaved session was discarded.</source>
        <translation>The unsaved session was discarded.</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="83"/>
        <source>Skipped {count} unreadable autosave folder(s); the first: {folder} ({reason}). This session is autosaved as usual.</source>
        <translation>Skipped {count} unreadable autosave folder(s); the first: {folder} ({reason}). This session is autosaved as usual.</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="114"/>
        <source>Autosave is failing: {problem}
It tries again at every change. Until then, save the session yourself (Ctrl+S).</source>
        <translation>Autosave is failing: {problem}
It tries again at every change. Until then, save the session yourself (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="94"/>
        <source>Autosave failed ({problem}); save the session yourself (Ctrl+S).</source>
        <translation>Autosave failed ({problem}); save the session yourself (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="112"/>
        <source>⚠ Autosave failing</source>
        <translation>⚠ Autosave failing</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="127"/>
        <source>Restore the last session?</source>
        <translation>Restore the last session?</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="128"/>
        <source>Lazy Init Lab was closed without saving last time.</source>
        <translation>Lazy Init Lab was closed without saving last time.</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="130"/>
        <source>Lazy Init Lab did not close properly last time.</source>
        <translation>Lazy Init Lab did not close properly last time.</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="132"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="133"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="134"/>
        <source>Replay its steps and put back its exact weights</source>
        <translation>Replay its steps and put back its exact weights</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="135"/>
        <source>Delete the autosave and start with an empty network</source>
        <translation>Delete the autosave and start with an empty network</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="143"/>
        <source>Saved automatically: {time}</source>
        <translation>Saved automatically: {time}</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="144"/>
        <source>Steps: {steps} (the last: “{label}”)</source>
        <translation>Steps: {steps} (the last: “{label}”)</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="147"/>
        <source>Parameters: {count}</source>
        <translation>Parameters: {count}</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="148"/>
        <source>File: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="149"/>
        <source>File: none (never saved)</source>
        <translation>File: none (never saved)</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="150"/>
        <source>Restore it, with its exact weights?</source>
        <translation>Restore it, with its exact weights?</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="159"/>
        <source>The autosave in {folder} could not be deleted ({reason}); it will not be offered again.</source>
        <translation>The autosave in {folder} could not be deleted ({reason}); it will not be offered again.</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="168"/>
        <source>Restored the autosaved session ({steps} steps).</source>
        <translation>Restored the autosaved session ({steps} steps).</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="174"/>
        <source>The autosaved session could not be restored; its files are in {folder}</source>
        <translation>The autosaved session could not be restored; its files are in {folder}</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="200"/>
        <source>Closing… — Lazy Init Lab</source>
        <translation>Closing… — Lazy Init Lab</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="202"/>
        <source>Closing when the running operation finishes…</source>
        <translation>Closing when the running operation finishes…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="31"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="33"/>
        <source>Selected layer card</source>
        <translation>Selected layer card</translation>
    </message>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="36"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="36"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="37"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>TheoryTable</name>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="42"/>
        <source>KS statistic: the largest gap between the measured and the expected cumulative distribution (0 is a perfect fit).</source>
        <translation>KS statistic: the largest gap between the measured and the expected cumulative distribution (0 is a perfect fit).</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="49"/>
        <source>Initializer</source>
        <translation>Initializer</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="49"/>
        <source>Expected
distribution</source>
        <translation>Expected
distribution</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="50"/>
        <source>Expected
std</source>
        <translation>Expected
std</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="50"/>
        <source>Measured
std</source>
        <translation>Measured
std</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="51"/>
        <source>KS
statistic</source>
        <translation>KS
statistic</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="51"/>
        <source>Outside
range</source>
        <translation>Outside
range</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="95"/>
        <source>no closed form</source>
        <translation>no closed form</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="97"/>
        <source>{count} values</source>
        <translation>{count} values</translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <location filename="../gui/network/trace_table.py" line="203"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="204"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="205"/>
        <source>Input
shape</source>
        <translation>Input
shape</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="206"/>
        <source>Output
shape</source>
        <translation>Output
shape</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="207"/>
        <source>Param #</source>
        <translation>Param #</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="208"/>
        <source>Output
mean</source>
        <translation>Output
mean</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="209"/>
        <source>Output
std</source>
        <translation>Output
std</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="210"/>
        <source>Output
min</source>
        <translation>Output
min</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="211"/>
        <source>Output
max</source>
        <translation>Output
max</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="253"/>
        <source>Output has {nan} nan, {posinf} +inf, {neginf} -inf values</source>
        <translation>Output has {nan} nan, {posinf} +inf, {neginf} -inf values</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="286"/>
        <source>shared with {name}</source>
        <translation>shared with {name}</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="288"/>
        <source>uninitialized</source>
        <translation>uninitialized</translation>
    </message>
</context>
<context>
    <name>TraceTable</name>
    <message>
        <location filename="../gui/network/trace_table.py" line="332"/>
        <source>Shape trace of the last forward pass</source>
        <translation>Shape trace of the last forward pass</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="333"/>
        <source>Run a forward pass to see the shape after every layer</source>
        <translation>Run a forward pass to see the shape after every layer</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="383"/>
        <source>Total params: {total}    Trainable params: {trainable}    Input shape: {shape}</source>
        <translation>Total params: {total}    Trainable params: {trainable}    Input shape: {shape}</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="387"/>
        <source>Uninitialized parameters, not counted: {count}</source>
        <translation>Uninitialized parameters, not counted: {count}</translation>
    </message>
</context>
<context>
    <name>TrainControls</name>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="83"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="85"/>
        <source>Two spirals (2-D points, 2 classes)</source>
        <translation>Two spirals (2-D points, 2 classes)</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="86"/>
        <source>Checkerboard (2-D points, 2 classes)</source>
        <translation>Checkerboard (2-D points, 2 classes)</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="87"/>
        <source>Teacher network (regression, any input)</source>
        <translation>Teacher network (regression, any input)</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="88"/>
        <source>Sequence: remember the first sign (2 classes)</source>
        <translation>Sequence: remember the first sign (2 classes)</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="89"/>
        <source>Digits: 8×8 images, 10 classes</source>
        <translation>Digits: 8×8 images, 10 classes</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="90"/>
        <source>Your own data (.npz with x and y)…</source>
        <translation>Your own data (.npz with x and y)…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="95"/>
        <source>What each copy of the network learns. Spirals and checkerboard draw a decision boundary; they need an output of width 2 (e.g. a last Linear with out_features 2).</source>
        <translation>What each copy of the network learns. Spirals and checkerboard draw a decision boundary; they need an output of width 2 (e.g. a last Linear with out_features 2).</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="97"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="99"/>
        <source>An .npz file with an array x (examples first) and an array y: integer labels for classes, or float targets for a regression</source>
        <translation>An .npz file with an array x (examples first) and an array y: integer labels for classes, or float targets for a regression</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="120"/>
        <source>Tick at least one initializer to train.</source>
        <translation>Tick at least one initializer to train.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="123"/>
        <source>Choose the .npz file to train on (Choose file…).</source>
        <translation>Choose the .npz file to train on (Choose file…).</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="145"/>
        <source>Train on your own data</source>
        <translation>Train on your own data</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="146"/>
        <source>NumPy arrays (*.npz)</source>
        <translation>NumPy arrays (*.npz)</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="171"/>
        <source>No file chosen yet.</source>
        <translation>No file chosen yet.</translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <location filename="../gui/analysis/train_view.py" line="125"/>
        <source>Train and compare</source>
        <translation>Train and compare</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="127"/>
        <source>Train a copy of the network per ticked initializer, from the same seed on the same batches, and draw their losses (Ctrl+Shift+T). The network itself is not changed.</source>
        <translation>Train a copy of the network per ticked initializer, from the same seed on the same batches, and draw their losses (Ctrl+Shift+T). The network itself is not changed.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="130"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="131"/>
        <source>Stop training (Esc); nothing is changed</source>
        <translation>Stop training (Esc); nothing is changed</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="132"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="133"/>
        <source>Save the loss and accuracy chart as PNG</source>
        <translation>Save the loss and accuracy chart as PNG</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="134"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="135"/>
        <source>Save every initializer&apos;s loss and accuracy per step as CSV</source>
        <translation>Save every initializer&apos;s loss and accuracy per step as CSV</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="137"/>
        <source>How each parameter learned</source>
        <translation>How each parameter learned</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="138"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="140"/>
        <source>The parameter whose gradient norm, update-to-weight ratio and histograms are shown</source>
        <translation>The parameter whose gradient norm, update-to-weight ratio and histograms are shown</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="141"/>
        <source>Values before (grey) and after training</source>
        <translation>Values before (grey) and after training</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="143"/>
        <source>Decision boundary after training (blue: class 0, orange: class 1)</source>
        <translation>Decision boundary after training (blue: class 0, orange: class 1)</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="147"/>
        <source>Pick a task and press “Train and compare”: each ticked initializer trains a copy of the network, and their losses appear here as they train.</source>
        <translation>Pick a task and press “Train and compare”: each ticked initializer trains a copy of the network, and their losses appear here as they train.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="158"/>
        <source>Training loss (log scale)</source>
        <translation>Training loss (log scale)</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="158"/>
        <source>Batch accuracy</source>
        <translation>Batch accuracy</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="159"/>
        <location filename="../gui/analysis/train_view.py" line="162"/>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="159"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="159"/>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="160"/>
        <source>Gradient norm (log scale)</source>
        <translation>Gradient norm (log scale)</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="161"/>
        <source>Update-to-weight ratio (log scale)</source>
        <translation>Update-to-weight ratio (log scale)</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="176"/>
        <source>Busy: wait for the running operation</source>
        <translation>Busy: wait for the running operation</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="197"/>
        <source>Training copies of the network…</source>
        <translation>Training copies of the network…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="237"/>
        <source>Training with {label}: {done} of {total} steps…</source>
        <translation>Training with {label}: {done} of {total} steps…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="265"/>
        <source>Training cancelled: nothing was changed.</source>
        <translation>Training cancelled: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="270"/>
        <source>Training failed: {message}</source>
        <translation>Training failed: {message}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="302"/>
        <source>Trained {count} copies on {task}: {steps} steps of {batch}, {optimizer} with lr {lr:g}, seed {seed}; the network is unchanged.</source>
        <translation>Trained {count} copies on {task}: {steps} steps of {batch}, {optimizer} with lr {lr:g}, seed {seed}; the network is unchanged.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="310"/>
        <source>{label}: {message}</source>
        <translation>{label}: {message}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="317"/>
        <source>{label} (failed)</source>
        <translation>{label} (failed)</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="319"/>
        <source>{label} (diverged at step {step})</source>
        <translation>{label} (diverged at step {step})</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="331"/>
        <source>These curves were trained on an earlier network; the layers or their shapes have changed since. Train again for the network as it is now.</source>
        <translation>These curves were trained on an earlier network; the layers or their shapes have changed since. Train again for the network as it is now.</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="348"/>
        <source>Nothing to export: train first</source>
        <translation>Nothing to export: train first</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../gui/window/unsaved.py" line="24"/>
        <source>Save changes?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../gui/window/unsaved.py" line="25"/>
        <source>Do you want to save the changes to {name}?</source>
        <translation>Do you want to save the changes to {name}?</translation>
    </message>
    <message>
        <location filename="../gui/window/unsaved.py" line="28"/>
        <source>If you don&apos;t save, the session is kept only as an autosave: the next start offers to restore it.</source>
        <translation>If you don&apos;t save, the session is kept only as an autosave: the next start offers to restore it.</translation>
    </message>
    <message>
        <location filename="../gui/window/unsaved.py" line="33"/>
        <source>Autosave is not working, so if you don&apos;t save, your changes are lost.</source>
        <translation>Autosave is not working, so if you don&apos;t save, your changes are lost.</translation>
    </message>
    <message>
        <location filename="../gui/window/unsaved.py" line="37"/>
        <source>If you don&apos;t save, the current network is replaced; Undo (Ctrl+Z) still brings it back.</source>
        <translation>If you don&apos;t save, the current network is replaced; Undo (Ctrl+Z) still brings it back.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../gui/app.py" line="59"/>
        <source>Loading PyTorch…</source>
        <translation>Loading PyTorch…</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="61"/>
        <source>Loading the plotting library…</source>
        <translation>Loading the plotting library…</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="63"/>
        <source>Loading the lab…</source>
        <translation>Loading the lab…</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="64"/>
        <source>Building the window…</source>
        <translation>Building the window…</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../gui/i18n/language.py" line="108"/>
        <source>No font with Chinese characters is installed, so the interface stays in English. On Debian or Ubuntu: sudo apt-get install fonts-wqy-microhei</source>
        <translation>No font with Chinese characters is installed, so the interface stays in English. On Debian or Ubuntu: sudo apt-get install fonts-wqy-microhei</translation>
    </message>
    <message>
        <location filename="../gui/i18n/language_menu.py" line="33"/>
        <source>&amp;System default</source>
        <translation>&amp;System default</translation>
    </message>
</context>
</TS>
