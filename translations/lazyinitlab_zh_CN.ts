<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../core/model/catalogue.py" line="29"/>
        <source>Lazy</source>
        <translation>延迟初始化</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="30"/>
        <source>Linear &amp; convolution</source>
        <translation>线性层与卷积层</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="31"/>
        <source>Normalization</source>
        <translation>规范化</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="32"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="33"/>
        <source>Pooling, shape &amp; dropout</source>
        <translation>池化、形状与暂退法</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="34"/>
        <source>Embedding, recurrent &amp; attention</source>
        <translation>嵌入、循环与注意力</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="35"/>
        <source>Blocks: nested, residual, parallel</source>
        <translation>块：嵌套、残差、并行</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="28"/>
        <source>Size of each input sample (its last dimension).</source>
        <translation>每个输入样本的大小（其最后一维）。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="29"/>
        <source>Size of each output sample.</source>
        <translation>每个输出样本的大小。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="30"/>
        <source>Number of channels of the input.</source>
        <translation>输入的通道数。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="31"/>
        <source>Number of channels the layer produces (one per filter).</source>
        <translation>该层输出的通道数（每个卷积核一个）。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="32"/>
        <location filename="../core/model/layer_rules.py" line="109"/>
        <source>Number of channels C of the input (N, C, ...).</source>
        <translation>输入 (N, C, ...) 的通道数 C。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="33"/>
        <source>Size of the sliding window.</source>
        <translation>滑动窗口的大小。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="34"/>
        <source>Step of the sliding window.</source>
        <translation>滑动窗口的步幅。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="35"/>
        <source>Zeros added on each side of the input.</source>
        <translation>在输入每一侧填充的零的个数。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="36"/>
        <source>Spacing between the window&apos;s elements.</source>
        <translation>窗口中元素之间的间距。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="39"/>
        <source>Split channels into this many independent groups; must divide the channels.</source>
        <translation>把通道分成这么多个相互独立的组；必须能整除通道数。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="41"/>
        <source>Learn an additive bias.</source>
        <translation>学习一个加性偏置。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="44"/>
        <source>How the padded border is filled.</source>
        <translation>填充边界的方式。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="48"/>
        <source>Small number added to the variance so that it never divides by zero.</source>
        <translation>加到方差上的小数，以免除以零。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="53"/>
        <source>Weight of the newest batch in the running statistics; null for a plain average.</source>
        <translation>最新批量在滑动统计量中的权重；为 null 时取普通平均。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="56"/>
        <source>Learn a per-channel scale (weight) and shift (bias).</source>
        <translation>学习逐通道的缩放（权重）和平移（偏置）。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="58"/>
        <source>Keep running mean and variance buffers for evaluation mode.</source>
        <translation>保留滑动均值和方差缓冲区，供评估模式使用。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="62"/>
        <source>Trailing dimensions to normalize over, e.g. [256] or [16, 8, 8].</source>
        <translation>要做规范化的末尾维度，例如 [256] 或 [16, 8, 8]。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="64"/>
        <source>Learn a per-element scale and shift.</source>
        <translation>学习逐元素的缩放和平移。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="65"/>
        <source>Overwrite the input instead of allocating the output.</source>
        <translation>直接覆盖输入，而不为输出另外分配内存。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="66"/>
        <source>Slope used for negative inputs.</source>
        <translation>负输入所用的斜率。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="69"/>
        <source>&apos;tanh&apos; uses the faster tanh approximation of GELU.</source>
        <translation>&apos;tanh&apos; 使用 GELU 更快的 tanh 近似。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="73"/>
        <source>Dimension that sums to 1. Defaults to -1 (torch&apos;s default is None, which guesses the dimension and warns).</source>
        <translation>求和为 1 的维度。默认为 -1（torch 的默认值是 None，它会猜测维度并发出警告）。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="78"/>
        <source>First dimension to flatten (1 keeps the batch).</source>
        <translation>展平的第一个维度（1 保留批量维）。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="82"/>
        <source>Last dimension to flatten.</source>
        <translation>展平的最后一个维度。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="84"/>
        <source>Round the output size up instead of down.</source>
        <translation>输出大小向上取整而不是向下取整。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="85"/>
        <source>Count padded zeros in the average.</source>
        <translation>求平均时把填充的零计算在内。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="88"/>
        <source>Divide by this instead of the window size; null to use the window size.</source>
        <translation>用这个数代替窗口大小作除数；为 null 时使用窗口大小。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="90"/>
        <source>Size of the output (per spatial dimension), whatever the input size.</source>
        <translation>输出的大小（每个空间维度），与输入大小无关。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="160"/>
        <source>Transposed convolutions only pad with zeros.</source>
        <translation>转置卷积只能用零填充。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="94"/>
        <source>Probability of zeroing an element.</source>
        <translation>把一个元素置零的概率。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="97"/>
        <source>Size added to one side of the output, to choose among the sizes a stride allows.</source>
        <translation>加到输出一侧的大小，用于在步幅允许的几种输出大小中选择。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="98"/>
        <source>Number of ids: the input holds integers from 0 to this - 1.</source>
        <translation>id 的数量：输入是 0 到该值减 1 的整数。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="99"/>
        <source>Size of each embedding vector.</source>
        <translation>每个嵌入向量的大小。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="102"/>
        <source>Id whose vector is zero and gets no gradient; null for none.</source>
        <translation>其向量为零且不接收梯度的 id；null 表示没有。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="105"/>
        <source>Scale gradients by the inverse frequency of ids in the batch.</source>
        <translation>按 id 在批次中出现频率的倒数缩放梯度。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="107"/>
        <source>Sparse weight gradients.</source>
        <translation>权重使用稀疏梯度。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="108"/>
        <source>Number of groups the channels are split into; must divide them.</source>
        <translation>通道被分成的组数；必须整除通道数。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="110"/>
        <source>Number of learned slopes: 1, or the number of channels.</source>
        <translation>学习的斜率个数：1，或通道数。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="111"/>
        <source>Initial value of the learned slope.</source>
        <translation>学习斜率的初始值。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="112"/>
        <source>Number of features of each time step of the input.</source>
        <translation>输入每个时间步的特征数。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="113"/>
        <source>Number of features of the hidden state.</source>
        <translation>隐藏状态的特征数。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="116"/>
        <source>Number of stacked recurrent layers.</source>
        <translation>堆叠的循环层数。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="119"/>
        <source>Activation of the state.</source>
        <translation>状态的激活函数。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="123"/>
        <source>Inputs are (batch, sequence, features); otherwise (sequence, batch, features).</source>
        <translation>输入形状为 (batch, sequence, features)；否则为 (sequence, batch, features)。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="128"/>
        <source>Dropout probability between stacked layers or sublayers.</source>
        <translation>堆叠层或子层之间的 dropout 概率。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="130"/>
        <source>Also run the sequence backwards.</source>
        <translation>同时反向处理序列。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="133"/>
        <source>Project the hidden state to this size (0: no projection).</source>
        <translation>把隐藏状态投影到这个大小（0：不投影）。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="135"/>
        <source>Number of features of each token; must be divisible by num_heads.</source>
        <translation>每个 token 的特征数；必须能被 num_heads 整除。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="136"/>
        <location filename="../core/model/layer_rules.py" line="140"/>
        <source>Number of attention heads.</source>
        <translation>注意力头的数量。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="137"/>
        <source>Learn a bias appended to keys and values.</source>
        <translation>学习一个附加到键和值上的偏置。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="138"/>
        <source>Append a batch of zeros to keys and values.</source>
        <translation>在键和值后附加一批零。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="139"/>
        <source>Number of features of each token; must be divisible by nhead.</source>
        <translation>每个 token 的特征数；必须能被 nhead 整除。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="141"/>
        <source>Width of the feed-forward block.</source>
        <translation>前馈块的宽度。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="144"/>
        <source>Activation of the feed-forward block.</source>
        <translation>前馈块的激活函数。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="147"/>
        <source>eps of the LayerNorms.</source>
        <translation>各 LayerNorm 的 eps。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="150"/>
        <source>LayerNorm before each sublayer (pre-norm) instead of after.</source>
        <translation>在每个子层之前（pre-norm）而不是之后做 LayerNorm。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_rules.py" line="158"/>
        <source>Step of the window; null means equal to kernel_size.</source>
        <translation>窗口的步幅；为 null 表示等于 kernel_size。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="8"/>
        <source>Fully connected layer whose in_features is inferred at the first forward pass.</source>
        <translation>全连接层，其 in_features 在第一次前向传播时推断。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="11"/>
        <source>1D convolution whose in_channels is inferred at the first forward pass.</source>
        <translation>一维卷积，其 in_channels 在第一次前向传播时推断。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="14"/>
        <source>2D convolution whose in_channels is inferred at the first forward pass.</source>
        <translation>二维卷积，其 in_channels 在第一次前向传播时推断。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="17"/>
        <source>3D convolution whose in_channels is inferred at the first forward pass.</source>
        <translation>三维卷积，in_channels 在第一次前向传播时推断。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="20"/>
        <source>1D transposed convolution whose in_channels is inferred at the first forward pass.</source>
        <translation>一维转置卷积，in_channels 在第一次前向传播时推断。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="23"/>
        <source>2D transposed convolution whose in_channels is inferred at the first forward pass.</source>
        <translation>二维转置卷积，in_channels 在第一次前向传播时推断。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="26"/>
        <source>3D transposed convolution whose in_channels is inferred at the first forward pass.</source>
        <translation>三维转置卷积，in_channels 在第一次前向传播时推断。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="29"/>
        <source>1D batch normalization whose num_features is inferred at the first forward pass.</source>
        <translation>一维批量规范化，其 num_features 在第一次前向传播时推断。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="32"/>
        <source>2D batch normalization whose num_features is inferred at the first forward pass.</source>
        <translation>二维批量规范化，其 num_features 在第一次前向传播时推断。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="35"/>
        <source>3D batch normalization whose num_features is inferred at the first forward pass.</source>
        <translation>三维批归一化，num_features 在第一次前向传播时推断。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="38"/>
        <source>1D instance normalization whose num_features is inferred at the first forward pass.</source>
        <translation>一维实例归一化，num_features 在第一次前向传播时推断。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="41"/>
        <source>2D instance normalization whose num_features is inferred at the first forward pass.</source>
        <translation>二维实例归一化，num_features 在第一次前向传播时推断。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/lazy.py" line="44"/>
        <source>3D instance normalization whose num_features is inferred at the first forward pass.</source>
        <translation>三维实例归一化，num_features 在第一次前向传播时推断。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/linear_conv.py" line="7"/>
        <source>Fully connected layer: y = x W^T + b, with in_features given up front.</source>
        <translation>全连接层：y = x W^T + b，in_features 需预先给定。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/linear_conv.py" line="9"/>
        <source>1D convolution over sequences shaped (N, C, L).</source>
        <translation>对形状为 (N, C, L) 的序列做一维卷积。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/linear_conv.py" line="10"/>
        <source>2D convolution over images shaped (N, C, H, W).</source>
        <translation>对形状为 (N, C, H, W) 的图像做二维卷积。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/linear_conv.py" line="11"/>
        <source>3D convolution over volumes shaped (N, C, D, H, W).</source>
        <translation>对形状为 (N, C, D, H, W) 的体数据做三维卷积。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/linear_conv.py" line="13"/>
        <source>1D transposed convolution: upsamples sequences shaped (N, C, L).</source>
        <translation>一维转置卷积：对形状为 (N, C, L) 的序列上采样。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/linear_conv.py" line="15"/>
        <source>2D transposed convolution: upsamples images, as in DCGAN generators.</source>
        <translation>二维转置卷积：对图像上采样，如 DCGAN 生成器中所用。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/linear_conv.py" line="18"/>
        <source>3D transposed convolution: upsamples volumes shaped (N, C, D, H, W).</source>
        <translation>三维转置卷积：对形状为 (N, C, D, H, W) 的体数据上采样。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/normalization.py" line="8"/>
        <source>Normalizes each channel over the batch, for inputs shaped (N, C) or (N, C, L).</source>
        <translation>在批量上对每个通道做规范化，输入形状为 (N, C) 或 (N, C, L)。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/normalization.py" line="11"/>
        <source>Normalizes each channel over the batch, for images shaped (N, C, H, W).</source>
        <translation>在批量上对每个通道做规范化，图像形状为 (N, C, H, W)。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/normalization.py" line="14"/>
        <source>Normalizes each channel over the batch, for volumes shaped (N, C, D, H, W).</source>
        <translation>在批次上对每个通道做归一化，用于形状为 (N, C, D, H, W) 的体数据。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/normalization.py" line="17"/>
        <source>Normalizes each channel of each sample over its length, for (N, C, L).</source>
        <translation>对每个样本的每个通道沿长度做归一化，用于 (N, C, L)。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/normalization.py" line="20"/>
        <source>Normalizes each channel of each image over its height and width (style transfer).</source>
        <translation>对每张图像的每个通道沿高和宽做归一化（风格迁移）。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/normalization.py" line="23"/>
        <source>Normalizes each channel of each volume over its depth, height and width.</source>
        <translation>对每个体数据的每个通道沿深、高、宽做归一化。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/normalization.py" line="26"/>
        <source>Normalizes each sample over its trailing dimensions, independently of the batch.</source>
        <translation>在每个样本的末尾维度上做规范化，与批量无关。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/normalization.py" line="29"/>
        <source>Normalizes each sample over groups of channels, independently of the batch.</source>
        <translation>对每个样本按通道分组做归一化，与批次无关。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/activation.py" line="7"/>
        <source>Keeps positive values and replaces negative ones with zero.</source>
        <translation>保留正值，把负值替换为零。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/activation.py" line="9"/>
        <source>Like ReLU, but negative values keep a small slope.</source>
        <translation>与 ReLU 类似，但负值保留一个小斜率。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/activation.py" line="10"/>
        <source>Like LeakyReLU, but the negative slope is learned.</source>
        <translation>类似 LeakyReLU，但负斜率是学习得到的。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/activation.py" line="11"/>
        <source>Smooth ReLU-like activation used in transformers.</source>
        <translation>平滑的类 ReLU 激活函数，用于 Transformer。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/activation.py" line="12"/>
        <source>Scaled ELU: self-normalizing with the right initialization.</source>
        <translation>缩放的 ELU：配合合适的初始化可自归一化。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/activation.py" line="13"/>
        <source>Squashes values into (-1, 1).</source>
        <translation>把数值压缩到 (-1, 1)。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/activation.py" line="14"/>
        <source>Squashes values into (0, 1).</source>
        <translation>把数值压缩到 (0, 1)。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/activation.py" line="15"/>
        <source>Turns scores along one dimension into probabilities.</source>
        <translation>把某一维上的分数变为概率。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="7"/>
        <source>Merges a range of dimensions into one, e.g. images into vectors.</source>
        <translation>把若干相邻维度合并为一维，例如把图像变为向量。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="8"/>
        <source>Keeps the largest value of each window, shrinking sequences.</source>
        <translation>保留每个窗口中的最大值，缩短序列。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="9"/>
        <source>Keeps the largest value of each window, shrinking images.</source>
        <translation>保留每个窗口中的最大值，使图像变小。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="10"/>
        <source>Keeps the largest value of each window, shrinking volumes.</source>
        <translation>保留每个窗口中的最大值，缩小体数据。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="11"/>
        <source>Averages each window, shrinking sequences.</source>
        <translation>对每个窗口取平均，缩短序列。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="12"/>
        <source>Averages each window, shrinking images.</source>
        <translation>对每个窗口求平均，使图像变小。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="13"/>
        <source>Averages each window, shrinking volumes.</source>
        <translation>对每个窗口取平均，缩小体数据。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="15"/>
        <source>Keeps the largest values into a fixed output length, whatever the input length.</source>
        <translation>取最大值得到固定的输出长度，与输入长度无关。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="18"/>
        <source>Keeps the largest values into a fixed output height and width.</source>
        <translation>取最大值得到固定的输出高和宽。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="20"/>
        <source>Keeps the largest values into a fixed output depth, height and width.</source>
        <translation>取最大值得到固定的输出深、高、宽。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="22"/>
        <source>Averages into a fixed output length, whatever the input length.</source>
        <translation>取平均得到固定的输出长度，与输入长度无关。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="24"/>
        <source>Averages into a fixed output height and width, whatever the input size.</source>
        <translation>平均到固定的输出高度和宽度，与输入大小无关。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="26"/>
        <source>Averages into a fixed output depth, height and width, whatever the input size.</source>
        <translation>取平均得到固定的输出深、高、宽，与输入大小无关。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="28"/>
        <source>Randomly zeroes elements while training, to reduce overfitting.</source>
        <translation>训练时随机把元素置零，以减轻过拟合。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/shape.py" line="29"/>
        <source>Returns its input unchanged; a placeholder.</source>
        <translation>原样返回输入；用作占位。</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="97"/>
        <source>{help} &apos;same&apos; keeps the size (stride 1 only); &apos;valid&apos; adds none.</source>
        <translation>{help} &apos;same&apos; 保持大小不变（仅限步幅 1）；&apos;valid&apos; 不做填充。</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="143"/>
        <location filename="../core/model/initializers.py" line="52"/>
        <source> Did you mean {name}?</source>
        <translation> 您是想用 {name} 吗？</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="148"/>
        <source>Unknown layer {shown}.{hint} Available: {names}.</source>
        <translation>未知的层 {shown}。{hint} 可用的层：{names}。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="36"/>
        <source>{name}: groups must divide {field} ({value}); groups={groups} does not. Allowed: a divisor of {value}.</source>
        <translation>{name}：groups 必须整除 {field}（{value}）；groups={groups} 不能整除。允许的值：{value} 的约数。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="44"/>
        <source>{name}: padding=&apos;same&apos; needs stride 1, got stride={stride}. Use stride 1 or give padding as integers (at least 0).</source>
        <translation>{name}：padding=&apos;same&apos; 要求步幅为 1，实际 stride={stride}。请使用步幅 1，或把 padding 设为整数（至少为 0）。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="56"/>
        <source>{name}: output_padding must be smaller than stride or dilation (in each dimension), got output_padding={output_padding} with stride={stride} and dilation={dilation}.</source>
        <translation>{name}：output_padding 必须（在每个维度上）小于 stride 或 dilation，但得到 output_padding={output_padding}，stride={stride}，dilation={dilation}。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="72"/>
        <source>{name}: padding must be at most half of kernel_size (from 0 to {limit}), got padding={padding} with kernel_size={kernel_size}.</source>
        <translation>{name}：padding 最多为 kernel_size 的一半（0 到 {limit}），实际 padding={padding}，kernel_size={kernel_size}。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="84"/>
        <source>{name}: {part} ({parts}) must divide {whole} ({value}). Allowed: a divisor of {value}.</source>
        <translation>{name}：{part}（{parts}）必须整除 {whole}（{value}）。允许的值：{value} 的约数。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="97"/>
        <source>Embedding: padding_idx must be an id from {low} to {high} (or null), got {value}.</source>
        <translation>Embedding：padding_idx 必须是 {low} 到 {high} 之间的 id（或 null），但得到 {value}。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="105"/>
        <source>LSTM: proj_size ({proj}) must be smaller than hidden_size ({hidden}); 0 means no projection.</source>
        <translation>LSTM：proj_size（{proj}）必须小于 hidden_size（{hidden}）；0 表示不投影。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="126"/>
        <source>LayerNorm: normalized_shape must hold at least one integer of at least 1.</source>
        <translation>LayerNorm：normalized_shape 必须至少包含一个不小于 1 的整数。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_checks.py" line="131"/>
        <source>Flatten: start_dim ({start}) must be at most end_dim ({end}).</source>
        <translation>Flatten：start_dim（{start}）必须不大于 end_dim（{end}）。</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="169"/>
        <source>its parameters are too large to allocate; use smaller sizes</source>
        <translation>它的参数太大，无法分配；请使用更小的尺寸</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="170"/>
        <source>PyTorch refused these arguments (see PyTorch&apos;s message)</source>
        <translation>PyTorch 拒绝了这些参数（见 PyTorch 的消息）</translation>
    </message>
    <message>
        <location filename="../core/model/catalogue.py" line="184"/>
        <location filename="../core/model/catalogue.py" line="240"/>
        <source>{layer}: {reason}.</source>
        <translation>{layer}：{reason}。</translation>
    </message>
    <message>
        <location filename="../core/analysis/candidates.py" line="41"/>
        <source>inits must be a non-empty list of initializer names or {{&quot;init&quot;: name, &quot;args&quot;: {{...}}}} objects, got {value!r}.</source>
        <translation>inits 必须是由初始化方法名或 {{&quot;init&quot;: name, &quot;args&quot;: {{...}}}} 对象组成的非空列表，实际为 {value!r}。</translation>
    </message>
    <message>
        <location filename="../core/analysis/candidates.py" line="45"/>
        <source>inits holds {count} initializers; compare at most {limit} at once.</source>
        <translation>inits 包含 {count} 个初始化方法；一次最多比较 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../core/analysis/candidates.py" line="55"/>
        <source>inits[{index}] must be an initializer name or {{&quot;init&quot;: name, &quot;args&quot;: {{...}}}}, got {value!r}.</source>
        <translation>inits[{index}] 必须是初始化方法名或 {{&quot;init&quot;: name, &quot;args&quot;: {{...}}}}，实际为 {value!r}。</translation>
    </message>
    <message>
        <location filename="../core/analysis/candidates.py" line="61"/>
        <source>inits[{index}]: default takes no arguments, got {args!r}.</source>
        <translation>inits[{index}]：default 不接受参数，实际为 {args!r}。</translation>
    </message>
    <message>
        <location filename="../core/analysis/compare.py" line="122"/>
        <source>Unknown parameter {name!r}; the comparison has {names}.</source>
        <translation>未知的参数 {name!r}；该比较包含 {names}。</translation>
    </message>
    <message>
        <location filename="../core/model/stats.py" line="24"/>
        <source>bins must be a whole number from 1 to {limit}, got {value!r}.</source>
        <translation>bins 必须是 1 到 {limit} 之间的整数，实际为 {value!r}。</translation>
    </message>
    <message>
        <location filename="../core/analysis/compare.py" line="200"/>
        <source>clip must be a percentage above 0 and at most 100 (e.g. 99 keeps the central 99%), or null for the full range, got {value!r}.</source>
        <translation>clip 必须是大于 0 且不超过 100 的百分数（例如 99 保留中间 99%），或为 null 表示完整范围，实际为 {value!r}。</translation>
    </message>
    <message>
        <location filename="../core/analysis/candidates.py" line="73"/>
        <source>{what} needs every parameter to exist, but {names} are still uninitialized (lazy layers learn their sizes at the first forward pass). Send a sample through the network first (forward), then try again.</source>
        <translation>{what}需要每个参数都已存在，但 {names} 仍未初始化（延迟初始化的层在第一次前向传播时才得知自己的大小）。请先让一个样本通过网络（前向传播），然后重试。</translation>
    </message>
    <message>
        <location filename="../core/analysis/candidates.py" line="79"/>
        <source>{what} needs a network with parameters; add a Linear or convolution layer first.</source>
        <translation>{what}需要一个带参数的网络；请先添加一个线性层或卷积层。</translation>
    </message>
    <message>
        <location filename="../core/analysis/candidates.py" line="86"/>
        <source>seed must be a whole number ≥ 0, got {seed!r}.</source>
        <translation>seed 必须是不小于 0 的整数，实际为 {seed!r}。</translation>
    </message>
    <message>
        <location filename="../core/analysis/candidates.py" line="89"/>
        <source>params must be weight, bias or all, got {params!r}.</source>
        <translation>params 必须是 weight、bias 或 all，实际为 {params!r}。</translation>
    </message>
    <message>
        <location filename="../core/analysis/compare.py" line="297"/>
        <source>Comparing {count} initializers on {total} parameters</source>
        <translation>在 {total} 个参数上比较 {count} 个初始化方法</translation>
    </message>
    <message>
        <location filename="../core/analysis/compare.py" line="299"/>
        <source>compare fewer initializers at once.</source>
        <translation>请一次比较更少的初始化方法。</translation>
    </message>
    <message>
        <location filename="../core/analysis/compare.py" line="324"/>
        <source>Not changed by {init}: these are the network&apos;s current values.</source>
        <translation>未被 {init} 改变：这些是网络当前的值。</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth.py" line="151"/>
        <source>Depth statistics need an input shape: give shape (e.g. [256, 20]) or run a forward pass first, whose input shape is then used.</source>
        <translation>逐层统计需要输入形状：请给出 shape（例如 [256, 20]），或先运行一次前向传播，届时将使用其输入形状。</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth.py" line="159"/>
        <source>shape must be a list of whole numbers ≥ 1 such as [256, 20], got {shape!r}.</source>
        <translation>shape 必须是由不小于 1 的整数组成的列表，例如 [256, 20]，实际为 {shape!r}。</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth.py" line="163"/>
        <source>shape: the batch (first dimension) must be at least 2 to measure a spread, got {shape!r}.</source>
        <translation>shape：批量（第一维）至少为 2 才能衡量离散程度，实际为 {shape!r}。</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth.py" line="184"/>
        <source>mode must be &apos;train&apos; or &apos;eval&apos;, got {mode!r}.</source>
        <translation>mode 必须是 &apos;train&apos; 或 &apos;eval&apos;，实际为 {mode!r}。</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth.py" line="193"/>
        <source>Depth statistics on an input of shape {shape}</source>
        <translation>在形状为 {shape} 的输入上计算逐层统计</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth.py" line="194"/>
        <source>use a smaller batch.</source>
        <translation>请使用更小的批量。</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth.py" line="274"/>
        <location filename="../core/analysis/user_depth.py" line="47"/>
        <source>The depth batch of shape {shape} does not fit the network: {error} Give a shape whose last dimensions match the network&apos;s input.</source>
        <translation>形状为 {shape} 的逐层统计批量与网络不匹配：{error} 请给出末尾维度与网络输入相符的形状。</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="43"/>
        <location filename="../core/model/explain.py" line="190"/>
        <source>layer {name} ({kind})</source>
        <translation>层 {name}（{kind}）</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="49"/>
        <source>{where} ran out of memory on an input of shape {shape}; use a smaller batch or smaller layers.</source>
        <translation>{where}在形状为 {shape} 的输入上内存不足；请使用更小的批量或更小的层。</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="91"/>
        <source>{where} needs a {low}-D or {high}-D input but gets a {actual}-D one, shape {got}; use the 2d variant for images or put a Flatten before it.</source>
        <translation>{where}需要 {low} 维或 {high} 维的输入，但得到的是 {actual} 维，形状 {got}；图像请使用 2d 版本，或在它前面加一个 Flatten。</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="103"/>
        <source>{where}&apos;s kernel is larger than its (padded) input {got}; use a smaller kernel_size, add padding, or feed a larger input.</source>
        <translation>{where}的卷积核比它（填充后）的输入 {got} 还大；请使用更小的 kernel_size、增加填充，或输入更大的数据。</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="61"/>
        <source>{where} failed on an input of shape {shape}; PyTorch says: {torch}</source>
        <translation>{where}在形状为 {shape} 的输入上失败；PyTorch 的原话：{torch}</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="84"/>
        <source>{where} needs a {low}-D or {high}-D input but gets a {actual}-D one, shape {got}: it normalizes each channel over a batch of samples. Feed a batch, such as shape (2, {width}).</source>
        <translation>{where}需要 {low} 维或 {high} 维的输入，却得到 {actual} 维的输入，形状为 {got}：它在一批样本上对每个通道做规范化。请输入一批样本，例如形状 (2, {width})。</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="115"/>
        <source>{where} cannot take an input of shape {got} from {source}; PyTorch says: {torch}</source>
        <translation>{where}无法接受来自{source}的形状为 {got} 的输入；PyTorch 的原话：{torch}</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="135"/>
        <source>{low}-D (unbatched) or {high}-D (batched)</source>
        <translation>{low} 维（无批量）或 {high} 维（有批量）</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="136"/>
        <source>{count}-D</source>
        <translation>{count} 维</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="138"/>
        <source>{where} needs a {need} input but gets a {actual}-D one, shape {got}; change the input&apos;s shape (add or flatten dimensions), or choose a layer made for that shape.</source>
        <translation>{where}需要 {need} 的输入，但得到的是 {actual} 维，形状 {got}；请改变输入的形状（增加维度或展平），或选择适合该形状的层。</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="147"/>
        <source>{where} works on dimension {wanted}, which a {rank}-D input {got} does not have; choose a dimension from {low} to {high} (edit the layer) or feed more dimensions.</source>
        <translation>{where}作用于第 {wanted} 维，而 {rank} 维的输入 {got} 没有这一维；请选择 {low} 到 {high} 之间的维度（编辑该层），或输入更多维度。</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="154"/>
        <source>{where} normalizes over trailing dimensions {trailing}, but the input {got} ends with {actual}; set normalized_shape to the input&apos;s last dimensions.</source>
        <translation>{where}在末尾维度 {trailing} 上做规范化，但输入 {got} 的末尾是 {actual}；请把 normalized_shape 设为输入的最后几个维度。</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="162"/>
        <source>{where} needs more than one value per channel to compute batch statistics in training mode, but the input {got} has one; use a batch of at least 2 or run in eval mode.</source>
        <translation>{where}在训练模式下计算批量统计量时，每个通道需要不止一个值，但输入 {got} 只有一个；请使用至少为 2 的批量，或在评估模式下运行。</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="169"/>
        <source>{where}&apos;s padding is as large as its input {got}, which padding_mode &apos;{mode}&apos; cannot fill; use less padding, padding_mode &apos;zeros&apos;, or a larger input.</source>
        <translation>{where}的填充与其输入 {got} 一样大，padding_mode &apos;{mode}&apos; 无法填充；请减少填充、使用 padding_mode &apos;zeros&apos;，或输入更大的数据。</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="177"/>
        <source>{where} needs an input with height and width (at least 3-D, such as (C, H, W)) but gets shape {got}; feed images or remove the layer.</source>
        <translation>{where}需要带有高和宽的输入（至少 3 维，例如 (C, H, W)），但得到的形状是 {got}；请输入图像或移除该层。</translation>
    </message>
    <message>
        <location filename="../core/model/explain.py" line="192"/>
        <location filename="../core/model/explain.py" line="193"/>
        <source>the input {shape}</source>
        <translation>输入 {shape}</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="63"/>
        <source>Scale factor: a number, or a nonlinearity whose recommended gain to use.</source>
        <translation>缩放因子：一个数，或一个非线性函数名（使用其推荐增益）。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="68"/>
        <source>Standard deviation of the normal distribution.</source>
        <translation>正态分布的标准差。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="70"/>
        <source>Mean of the normal distribution.</source>
        <translation>正态分布的均值。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="75"/>
        <source>Negative slope of the leaky ReLU after this layer (only used with leaky_relu).</source>
        <translation>该层之后 leaky ReLU 的负斜率（仅用于 leaky_relu）。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="81"/>
        <source>fan_in keeps the forward signal&apos;s variance, fan_out the gradients&apos;.</source>
        <translation>fan_in 保持前向信号的方差，fan_out 保持梯度的方差。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="87"/>
        <source>The activation after this layer; it sets the gain.</source>
        <translation>该层之后的激活函数；它决定增益。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="125"/>
        <source>Keeps each layer&apos;s own reset_parameters() initialization, what PyTorch does by default.</source>
        <translation>保留每一层自己的 reset_parameters() 初始化，即 PyTorch 的默认做法。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="133"/>
        <source>Uniform in ±gain·√(6/(fan_in+fan_out)), keeping the signal&apos;s variance steady forwards and backwards (Glorot).</source>
        <translation>在 ±gain·√(6/(fan_in+fan_out)) 范围内均匀分布，使信号的方差在前向和反向传播中保持稳定（Glorot）。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="141"/>
        <source>Normal with std gain·√(2/(fan_in+fan_out)), keeping the signal&apos;s variance steady forwards and backwards (Glorot).</source>
        <translation>标准差为 gain·√(2/(fan_in+fan_out)) 的正态分布，使信号的方差在前向和反向传播中保持稳定（Glorot）。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="150"/>
        <source>Uniform in ±gain·√(3/fan), scaled so the variance survives ReLU-like activations (He).</source>
        <translation>在 ±gain·√(3/fan) 范围内均匀分布，缩放后方差能经受住类 ReLU 激活函数（He）。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="160"/>
        <source>Normal with std gain/√fan, scaled so the variance survives ReLU-like activations (He).</source>
        <translation>标准差为 gain/√fan 的正态分布，缩放后方差能经受住类 ReLU 激活函数（He）。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="169"/>
        <source>A (semi-)orthogonal matrix times gain, which preserves the length of vectors passing through the layer.</source>
        <translation>一个（半）正交矩阵乘以 gain，它保持通过该层的向量的长度。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="177"/>
        <source>Draws every weight uniformly from [a, b), whatever the layer&apos;s size.</source>
        <translation>每个权重都从 [a, b) 中均匀抽取，与层的大小无关。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="179"/>
        <source>Lower bound.</source>
        <translation>下界。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="180"/>
        <source>Upper bound (at least a).</source>
        <translation>上界（至少为 a）。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="187"/>
        <source>Draws every weight from the normal distribution N(mean, std²), whatever the layer&apos;s size.</source>
        <translation>每个权重都从正态分布 N(mean, std²) 中抽取，与层的大小无关。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="196"/>
        <source>Draws from N(mean, std²) and redraws any value outside [a, b], so no weight is extreme.</source>
        <translation>从 N(mean, std²) 中抽取，并重新抽取 [a, b] 之外的值，因此没有极端的权重。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="203"/>
        <source>Standard deviation of the normal distribution (above 0).</source>
        <translation>正态分布的标准差（大于 0）。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="204"/>
        <source>Lowest value kept.</source>
        <translation>保留的最小值。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="205"/>
        <source>Highest value kept (at least a).</source>
        <translation>保留的最大值（不小于 a）。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="211"/>
        <source>Sets every weight to val, so all units start out identical.</source>
        <translation>把每个权重都设为 val，因此所有单元一开始完全相同。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="212"/>
        <source>The value every weight gets.</source>
        <translation>每个权重得到的值。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="214"/>
        <source>Sets every weight to 1, so all units start out identical.</source>
        <translation>把每个权重都设为 1，因此所有单元一开始完全相同。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="215"/>
        <source>Sets every weight to 0, so all units start out identical.</source>
        <translation>把每个权重都设为 0，因此所有单元一开始完全相同。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="220"/>
        <source>Sets a 2-D weight to the identity matrix, so a Linear layer first passes inputs through.</source>
        <translation>把二维权重设为单位矩阵，使线性层一开始直接传递输入。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="230"/>
        <source>Sets a convolution weight to a Dirac delta, so the layer first passes channels through.</source>
        <translation>把卷积权重设为 Dirac δ 函数，使该层一开始直接传递各通道。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="238"/>
        <source>Groups of the convolution; must divide out_channels.</source>
        <translation>卷积的分组数；必须整除 out_channels。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="239"/>
        <source>PyTorch would divide by zero at 0</source>
        <translation>取 0 时 PyTorch 会除以零</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="248"/>
        <source>Zeros the fraction sparsity of each column and draws the rest from N(0, std²).</source>
        <translation>把每列中比例为 sparsity 的元素置零，其余从 N(0, std²) 中抽取。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="255"/>
        <source>Fraction of each column set to zero.</source>
        <translation>每列中置零的比例。</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="257"/>
        <source>a fraction; PyTorch does not check it, and outside 0 to 1 it zeroes every row, or some rows for a negative value, which no fraction means</source>
        <translation>它是一个比例；PyTorch 不检查它，超出 0 到 1 时会把每一行置零，取负值时会把部分行置零，这都不是任何比例的含义</translation>
    </message>
    <message>
        <location filename="../core/model/init_specs.py" line="261"/>
        <source>Standard deviation of the non-zero weights.</source>
        <translation>非零权重的标准差。</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="32"/>
        <source>Target weights of Linear or convolution layers, not biases or normalization layers.</source>
        <translation>请以线性层或卷积层的权重为目标，而不是偏置或规范化层。</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="34"/>
        <source>Target the weight of a Linear layer.</source>
        <translation>请以线性层的权重为目标。</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="36"/>
        <source>exactly 2 dimensions (a matrix)</source>
        <translation>恰好 2 个维度（一个矩阵）</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="37"/>
        <source>exactly 2 dimensions (rows and columns)</source>
        <translation>恰好 2 个维度（行和列）</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="38"/>
        <source>at least 2 dimensions (rows and columns)</source>
        <translation>至少 2 个维度（行和列）</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="40"/>
        <source>3 to 5 dimensions (out_channels, in_channels and the kernel)</source>
        <translation>3 到 5 个维度（out_channels、in_channels 和卷积核）</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="41"/>
        <source>Target the weight of a Conv1d, Conv2d or Conv3d layer.</source>
        <translation>请以 Conv1d、Conv2d 或 Conv3d 层的权重为目标。</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="44"/>
        <source>at least 2 dimensions (fan_in and fan_out)</source>
        <translation>至少 2 个维度（fan_in 和 fan_out）</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="54"/>
        <source>Unknown initializer {name}.{hint} Available: {names}.</source>
        <translation>未知的初始化方法 {name}。{hint} 可用的方法：{names}。</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="89"/>
        <source>uniform_: b must be a number of at least a = {a}</source>
        <translation>uniform_：b 必须是不小于 a = {a} 的数</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="101"/>
        <source>trunc_normal_: std must be a number greater than 0 (at 0 PyTorch divides by zero; below 0 it would draw as if std were -std)</source>
        <translation>trunc_normal_：std 必须是大于 0 的数（取 0 时 PyTorch 会除以零；小于 0 时它会当作 std 为 -std 来抽样）</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="105"/>
        <source>trunc_normal_: b must be a number of at least a = {a}</source>
        <translation>trunc_normal_：b 必须是不小于 a = {a} 的数</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="110"/>
        <source>trunc_normal_: mean must be from {low} to {high} for std {std} and a = b = {a}. Further away, float32 rounding in PyTorch&apos;s sampler can reject every draw, and it then draws for ever (PyTorch itself does not refuse)</source>
        <translation>trunc_normal_：当 std 为 {std} 且 a = b = {a} 时，mean 必须在 {low} 到 {high} 之间。超出这个范围，PyTorch 采样器中的 float32 舍入可能拒绝每一次抽样，它会永远抽下去（PyTorch 本身不会拒绝）</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="116"/>
        <source>trunc_normal_: mean must be from {low} to {high} for std {std} and [a, b] = [{a}, {b}]. Further from [a, b], PyTorch&apos;s sampler keeps under {percent}% of its draws per round and can take minutes to fill a weight (PyTorch itself does not refuse)</source>
        <translation>trunc_normal_：在 std 为 {std}、[a, b] = [{a}, {b}] 时，mean 必须在 {low} 到 {high} 之间。离 [a, b] 更远时，PyTorch 的抽样器每轮保留的抽样不到 {percent}%，填满一个权重可能要几分钟（PyTorch 本身不会拒绝）</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="138"/>
        <source>gain must be a number, a nonlinearity name ({names}), or {{&apos;nonlinearity&apos;: &apos;leaky_relu&apos;, &apos;param&apos;: 0.2}}</source>
        <translation>gain 必须是一个数、一个非线性函数名（{names}），或 {{&apos;nonlinearity&apos;: &apos;leaky_relu&apos;, &apos;param&apos;: 0.2}}</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="168"/>
        <source>gain&apos;s param must be a number that fits in float32 (|x| ≤ 3.4028e+38): the leaky slope</source>
        <translation>gain 的 param 必须是 float32 能表示的数（|x| ≤ 3.4028e+38）：即 leaky ReLU 的斜率</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="134"/>
        <source>{what}, got {shown}.</source>
        <translation>{what}，实际为 {shown}。</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="146"/>
        <source>{owner}: {what}</source>
        <translation>{owner}：{what}</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="162"/>
        <source>gain&apos;s param (a negative slope) only applies to &apos;leaky_relu&apos;</source>
        <translation>gain 的 param（负斜率）只适用于 &apos;leaky_relu&apos;</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="229"/>
        <source>PyTorch could not apply {init} to a tensor of shape {shape} ({dtype}); the values may not suit this tensor, see PyTorch&apos;s message.</source>
        <translation>PyTorch 无法把 {init} 应用于形状为 {shape}（{dtype}）的张量；这些数值可能不适合该张量，见 PyTorch 的消息。</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="246"/>
        <source>{init} cannot be applied yet: this weight is uninitialized (a lazy layer learns its shape on the first forward pass). Run a forward pass first.</source>
        <translation>{init} 还不能应用：该权重尚未初始化（延迟初始化的层在第一次前向传播时才得知自己的形状）。请先运行一次前向传播。</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="258"/>
        <source>{init} needs a floating-point tensor; this one holds {dtype}.</source>
        <translation>{init} 需要浮点张量；这个张量的类型是 {dtype}。</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="267"/>
        <source>dirac_: groups = {groups} must divide the tensor&apos;s first dimension (out_channels = {out_channels}); this one has shape {shape}.</source>
        <translation>dirac_：groups = {groups} 必须整除张量的第一维（out_channels = {out_channels}）；这个张量的形状是 {shape}。</translation>
    </message>
    <message>
        <location filename="../core/model/initializers.py" line="277"/>
        <source>{init} needs a tensor with {need}; this one has shape {shape}. {hint}</source>
        <translation>{init} 需要具有{need}的张量；这个张量的形状是 {shape}。{hint}</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="40"/>
        <source>{shape} uniform ±finfo(float32).max/10</source>
        <translation>{shape} 均匀分布 ±finfo(float32).max/10</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="41"/>
        <source>{shape} uniform[{low}, {high})</source>
        <translation>{shape} 均匀分布 [{low}, {high})</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="59"/>
        <source>{shape} integer ids in [0, {vocab})</source>
        <translation>{shape} 取值于 [0, {vocab}) 的整数 id</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="60"/>
        <location filename="../core/model/inputs.py" line="44"/>
        <source>{shape} normal(mean={mean}, std={std})</source>
        <translation>{shape} 正态分布 (mean={mean}, std={std})</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="64"/>
        <source>PyTorch&apos;s default for convolutions and linear layers is kaiming_uniform_(a=√5): weights U(±1/√fan_in), a variance of 1/(3·fan_in), a sixth of He&apos;s 2/fan_in for ReLU; biases U(±1/√fan_in) too.</source>
        <translation>PyTorch 对卷积层和线性层的默认初始化是 kaiming_uniform_(a=√5)：权重服从 U(±1/√fan_in)，方差为 1/(3·fan_in)，只有 He 初始化为 ReLU 给出的 2/fan_in 的六分之一；偏置也服从 U(±1/√fan_in)。</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="72"/>
        <source>ResNet-18-style CNN (small: 16-32-64-128 channels, 1×3×32×32 images)</source>
        <translation>ResNet-18 风格的 CNN（小型：16-32-64-128 通道，1×3×32×32 图像）</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="74"/>
        <source>A 3×3 stem, four stages of two d2l Residual blocks (the first block of stages 2–4 halves the resolution and has a 1×1 convolution on its shortcut), average pooling and a LazyLinear head. Every convolution and batch norm is lazy: nothing has a shape until the first forward. {default} Batch norm starts at weight 1, bias 0 (running mean 0, variance 1), and one follows every convolution: in training mode it rescales each channel to unit variance, so the convolutions&apos; small default scale hardly matters and their biases are cancelled by the mean it subtracts. Within a stage each block adds a unit-variance branch to its identity shortcut, so the signal does not shrink with depth as in a plain stack.</source>
        <translation>一个 3×3 的起始卷积（stem），四个阶段、每个阶段两个 d2l 的 Residual 块（第 2–4 阶段的第一个块把分辨率减半，并在捷径上使用 1×1 卷积），平均池化，以及一个 LazyLinear 输出头。所有卷积和批量归一化都是延迟初始化的：在第一次前向传播之前都没有形状。{default} 批量归一化的初始值为权重 1、偏置 0（运行均值 0、方差 1），并且每个卷积后面都跟着一个：在训练模式下它把每个通道重新缩放到单位方差，所以卷积默认的较小尺度几乎无关紧要，卷积的偏置也会被它减去的均值抵消。在同一阶段内，每个块把一个单位方差的分支加到恒等捷径上，因此信号不会像普通堆叠网络那样随深度衰减。</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="90"/>
        <source>Transformer encoder classifier (2 layers, width 32, token ids 1×16 in [0, 100))</source>
        <translation>Transformer 编码器分类器（2 层，宽度 32，1×16 个取值于 [0, 100) 的词元 id）</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="93"/>
        <source>Embedding, fixed sinusoidal positions (a buffer: nothing to initialize), a TransformerEncoder of two TransformerEncoderLayers (4 heads, feed-forward 64, dropout 0), the mean over the sequence and a LazyLinear head. Embedding rows are N(0, 1). Self-attention&apos;s in_proj_weight, the stacked (3·32, 32) query/key/value matrix, is xavier_uniform_, and the in and out projection biases are 0; the out projection&apos;s weight and the feed-forward linears keep the default U(±1/√fan_in); LayerNorm starts at weight 1, bias 0. TransformerEncoder deep-copies the layer it is given, so both layers start with identical weights. Only the head is lazy.</source>
        <translation>Embedding、固定的正弦位置编码（一个缓冲区：无需初始化）、由两个 TransformerEncoderLayer 组成的 TransformerEncoder（4 个头，前馈层 64，dropout 为 0）、沿序列取平均，以及一个 LazyLinear 输出头。Embedding 的各行服从 N(0, 1)。自注意力的 in_proj_weight（堆叠的 (3·32, 32) 查询/键/值矩阵）使用 xavier_uniform_，输入和输出投影的偏置为 0；输出投影的权重和前馈线性层保持默认的 U(±1/√fan_in)；LayerNorm 的初始值为权重 1、偏置 0。TransformerEncoder 会深拷贝传给它的层，所以两层的初始权重完全相同。只有输出头是延迟初始化的。</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="109"/>
        <source>LSTM sequence classifier (2 layers, hidden 32, sequences 1×20×8)</source>
        <translation>LSTM 序列分类器（2 层，隐藏单元 32，序列 1×20×8）</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="111"/>
        <source>A two-layer nn.LSTM (batch_first) whose last time step goes to a LazyLinear head. Every LSTM weight and bias, of both layers and all four gates (stacked as 4·32 rows), is U(±1/√hidden_size) = U(±0.18), whatever the input size: the scale follows the hidden size, not fan_in. The forget gate&apos;s bias starts near 0, so the cell keeps about half its memory at each step (σ(0) = 0.5); the often recommended forget bias of 1 would keep 73%. There is no lazy LSTM: only the head waits for the first forward.</source>
        <translation>一个两层的 nn.LSTM（batch_first），其最后一个时间步的输出送入 LazyLinear 输出头。LSTM 的每个权重和偏置（两层、全部四个门，堆叠为 4·32 行）都服从 U(±1/√hidden_size) = U(±0.18)，与输入大小无关：尺度取决于隐藏单元数，而不是 fan_in。遗忘门的偏置初始接近 0，所以细胞在每一步大约保留一半的记忆（σ(0) = 0.5）；常被推荐的遗忘门偏置 1 会保留 73%。没有延迟初始化的 LSTM：只有输出头要等到第一次前向传播。</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="125"/>
        <source>d2l&apos;s LeNet, lazy (sigmoid and average pooling, 1×1×28×28 images)</source>
        <translation>d2l 的 LeNet，延迟初始化版本（sigmoid 与平均池化，1×1×28×28 图像）</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="127"/>
        <source>d2l&apos;s LeNet: two lazy convolutions with sigmoid and average pooling, then three LazyLinear layers. {default} The fans are known only after the first forward (1·5·5 for the first convolution, 6·5·5, then 16·5·5 = 400 for the first linear). The sigmoid&apos;s outputs have a mean near 0.5 and its slope is at most 1/4: gradients shrink at every layer, the case that motivated better initializations.</source>
        <translation>d2l 的 LeNet：两个带 sigmoid 和平均池化的延迟卷积层，然后是三个 LazyLinear 层。{default} 扇入要到第一次前向传播之后才知道（第一个卷积为 1·5·5，然后是 6·5·5，第一个线性层为 16·5·5 = 400）。sigmoid 的输出均值接近 0.5，斜率至多为 1/4：梯度在每一层都会缩小，这正是促使人们寻找更好初始化方法的情形。</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="139"/>
        <source>Small VGG (VGG blocks of 16, 32, 64 channels, 1×3×32×32 images)</source>
        <translation>小型 VGG（16、32、64 通道的 VGG 块，1×3×32×32 图像）</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="141"/>
        <source>Three d2l vgg_blocks (3×3 lazy convolutions with ReLU, then max pooling) and three LazyLinear layers with Dropout(0.5). {default} With ReLU and no batch norm each convolution keeps a third of its input&apos;s second moment and ReLU half of that: the activations&apos; RMS shrinks by about √6 ≈ 2.4 per layer (see Depth). Dropout draws from the generator at every forward in training mode.</source>
        <translation>三个 d2l 的 vgg_block（带 ReLU 的 3×3 延迟卷积，然后最大池化）以及三个带 Dropout(0.5) 的 LazyLinear 层。{default} 在使用 ReLU 且没有批量归一化时，每个卷积只保留输入二阶矩的三分之一，ReLU 再减半：激活的均方根每层缩小约 √6 ≈ 2.4 倍（见“深度”）。在训练模式下，Dropout 每次前向传播都会从随机数生成器中抽取。</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="153"/>
        <source>DCGAN-style generator (lazy transposed convolutions, latent 1×16×1×1 → image 1×3×32×32)</source>
        <translation>DCGAN 风格的生成器（延迟转置卷积，潜变量 1×16×1×1 → 图像 1×3×32×32）</translation>
    </message>
    <message>
        <location filename="../core/model/architectures.py" line="156"/>
        <source>Three d2l G_blocks (LazyConvTranspose2d without bias, LazyBatchNorm2d, ReLU), a last transposed convolution to 3 channels and Tanh. A transposed convolution&apos;s weight is (in_channels, out_channels, k, k), and PyTorch computes fan_in from dimension 1: the default U(±1/√fan_in) uses out_channels·4·4, the fan_in of the convolution this layer transposes, not the in_channels it sums over: fan_in and fan_out are swapped. Batch norm starts at weight 1, bias 0 and renormalizes the first three layers; the last one feeds Tanh directly. The DCGAN paper draws every weight from N(0, 0.02) instead.</source>
        <translation>三个 d2l 的 G_block（不带偏置的 LazyConvTranspose2d、LazyBatchNorm2d、ReLU），最后一个输出 3 通道的转置卷积，以及 Tanh。转置卷积的权重形状为 (in_channels, out_channels, k, k)，而 PyTorch 按第 1 维计算 fan_in：默认的 U(±1/√fan_in) 用的是 out_channels·4·4，即该层所转置的那个卷积的 fan_in，而不是它实际求和的 in_channels：fan_in 与 fan_out 互换了。批量归一化的初始值为权重 1、偏置 0，并对前三层重新归一化；最后一层直接送入 Tanh。DCGAN 论文则把所有权重都从 N(0, 0.02) 中抽取。</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="47"/>
        <source>{shape} ids in [{low}, {high})</source>
        <translation>{shape} 取值于 [{low}, {high}) 的 id</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="50"/>
        <source>{shape} zeros</source>
        <translation>{shape} 全零</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="51"/>
        <source>{shape} ones</source>
        <translation>{shape} 全一</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="68"/>
        <source>The input shape must be a list of 1 to {limit} sizes, got {shape}.</source>
        <translation>输入形状必须是由 1 到 {limit} 个大小组成的列表，实际为 {shape}。</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="78"/>
        <source>Every input dimension must be a whole number from 1 to {largest}; got {dim} in {shape}.</source>
        <translation>输入的每个维度都必须是 1 到 {largest} 之间的整数；{shape} 中的 {dim} 不符合。</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="88"/>
        <source>fill must be one of {fills}, got {fill}.</source>
        <translation>fill 必须是 {fills} 之一，实际为 {fill}。</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="96"/>
        <source>{field} must be a number, got {value}.</source>
        <translation>{field} 必须是一个数，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="102"/>
        <source>{field} must be a finite float32 number (|x| ≤ {limit}), got {value}.</source>
        <translation>{field} 必须是有限的 float32 数（|x| ≤ {limit}），实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="111"/>
        <source>low must be below high, got [{low}, {high}).</source>
        <translation>low 必须小于 high，实际为 [{low}, {high})。</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="117"/>
        <source>high - low must stay within float32 ({limit}); got [{low}, {high}). The seed&apos;s extreme range, ±finfo(float32).max/10, fits.</source>
        <translation>high - low 必须在 float32 范围（{limit}）之内；实际为 [{low}, {high})。原文中的极端范围 ±finfo(float32).max/10 符合要求。</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="123"/>
        <source>std must be at least 0, got {std}.</source>
        <translation>std 必须不小于 0，实际为 {std}。</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="134"/>
        <source>ids are whole numbers in [low, high): low and high must be whole numbers with 0 ≤ low &lt; high ≤ {largest}, got [{low}, {high}). For an Embedding, high is its num_embeddings.</source>
        <translation>id 是 [low, high) 中的整数：low 和 high 必须是整数，且 0 ≤ low &lt; high ≤ {largest}，但得到 [{low}, {high})。对于 Embedding，high 就是它的 num_embeddings。</translation>
    </message>
    <message>
        <location filename="../core/model/inputs.py" line="174"/>
        <source>seed must be a whole number from 0 to 2**63-1, got {seed}.</source>
        <translation>seed 必须是 0 到 2**63-1 之间的整数，实际为 {seed}。</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="57"/>
        <source>new network</source>
        <translation>新网络</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="111"/>
        <source>add {layer}({args})</source>
        <translation>添加 {layer}({args})</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="117"/>
        <source>remove layer {name}</source>
        <translation>移除层 {name}</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="124"/>
        <source>move: &apos;to&apos; must be a position, got {to}.</source>
        <translation>move：&apos;to&apos; 必须是一个位置，实际为 {to}。</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="129"/>
        <source>move layer {name} to {to}</source>
        <translation>把层 {name}移到位置 {to}</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="142"/>
        <source>duplicate block {name}</source>
        <translation>复制块 {name}</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="154"/>
        <source>edit layer {name}: {layer}({args})</source>
        <translation>编辑层 {name}：{layer}({args})</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="163"/>
        <source>rename layer {old} to {new}</source>
        <translation>把层 {old}重命名为 {new}</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="172"/>
        <source>tie layer {name} to {target}</source>
        <translation>把层 {name}与层 {target}共享参数</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="180"/>
        <source>Layer {name} is not tied.</source>
        <translation>层 {name}没有共享参数。</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="184"/>
        <source>untie layer {name}</source>
        <translation>取消层 {name}的参数共享</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="189"/>
        <source>clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="191"/>
        <source>load network</source>
        <translation>加载网络</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="199"/>
        <source>reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="208"/>
        <location filename="../core/model/tree_steps.py" line="29"/>
        <source>mode must be &apos;train&apos; or &apos;eval&apos;, got {mode}.</source>
        <translation>mode 必须是 &apos;train&apos; 或 &apos;eval&apos;，实际为 {mode}。</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="211"/>
        <location filename="../core/training/train.py" line="61"/>
        <source>The network is empty; add a layer first.</source>
        <translation>网络是空的；请先添加一层。</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="217"/>
        <location filename="../core/model/tree_steps.py" line="33"/>
        <source>An input of shape {shape}</source>
        <translation>形状为 {shape} 的输入</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="218"/>
        <location filename="../core/model/tree_steps.py" line="34"/>
        <source>use a smaller batch or width.</source>
        <translation>请使用更小的批量或宽度。</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="245"/>
        <location filename="../core/model/tree_steps.py" line="44"/>
        <source>forward {input} (eval)</source>
        <translation>前向传播 {input}（评估模式）</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="247"/>
        <location filename="../core/model/tree_steps.py" line="45"/>
        <source>forward {input}</source>
        <translation>前向传播 {input}</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="328"/>
        <source>A network with blocks cannot have tied layers: untie them first, or tie layers in a network without blocks.</source>
        <translation>含有块的网络不能有绑定的层：请先解除绑定，或在不含块的网络中绑定层。</translation>
    </message>
    <message>
        <location filename="../core/model/forward_trace.py" line="53"/>
        <source>Layer {name} ({kind}) on an input of shape {shape}</source>
        <translation>层 {name}（{kind}）在形状为 {shape} 的输入上</translation>
    </message>
    <message>
        <location filename="../core/model/forward_trace.py" line="56"/>
        <source>use a smaller input or fewer features.</source>
        <translation>请使用更小的输入或更少的特征。</translation>
    </message>
    <message>
        <location filename="../core/model/forward_trace.py" line="104"/>
        <source>The statistics of layer {name}&apos;s output could not be computed ({reason}); the network was left as it was.</source>
        <translation>无法计算第 {name} 层输出的统计量（{reason}）；网络保持原样。</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="37"/>
        <source>default takes no arguments.</source>
        <translation>default 不接受参数。</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="44"/>
        <source>params must be weight, bias or all, got {params}.</source>
        <translation>params 必须是 weight、bias 或 all，实际为 {params}。</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="277"/>
        <location filename="../core/model/tree_steps.py" line="70"/>
        <source>init {initializer}{targets}</source>
        <translation>初始化 {initializer}{targets}</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="59"/>
        <location filename="../core/model/tree_steps.py" line="86"/>
        <source>layers must be a list of names, got {layers}.</source>
        <translation>layers 必须是由名称组成的列表，实际为 {layers}。</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="67"/>
        <location filename="../core/model/tree_steps.py" line="92"/>
        <source>types must be a list of names, got {types}.</source>
        <translation>types 必须是由名称组成的列表，实际为 {types}。</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="74"/>
        <source>Unknown layer type {name} in types; use a class name such as Linear, Conv2d or LazyLinear.</source>
        <translation>types 中有未知的层类型 {name}；请使用类名，例如 Linear、Conv2d 或 LazyLinear。</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="102"/>
        <source>Layer {name} ({kind}) has no parameters yet: a lazy layer learns its input size at the first forward pass, so {init} has nothing to initialize. Send a sample through the network first (forward), then initialize.</source>
        <translation>层 {name}（{kind}）还没有参数：延迟初始化的层在第一次前向传播时才得知输入大小，因此 {init} 没有可初始化的对象。请先让一个样本通过网络（前向传播），然后再初始化。</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="296"/>
        <location filename="../core/model/user_model.py" line="190"/>
        <source>load weights</source>
        <translation>加载权重</translation>
    </message>
    <message>
        <location filename="../core/model/lab_history.py" line="40"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../core/model/lab_history.py" line="46"/>
        <source>Nothing to redo.</source>
        <translation>没有可重做的操作。</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="335"/>
        <source>Layer {name} ({kind})</source>
        <translation>层 {name}（{kind}）</translation>
    </message>
    <message>
        <location filename="../core/model/lab.py" line="336"/>
        <source>choose smaller sizes.</source>
        <translation>请选择更小的尺寸。</translation>
    </message>
    <message>
        <location filename="../core/model/lab_history.py" line="67"/>
        <source>The undo memory limit must be a whole number of bytes ≥ 0, got {value!r}.</source>
        <translation>撤销历史的内存上限必须是不小于 0 的整数字节数，实际为 {value!r}。</translation>
    </message>
    <message>
        <location filename="../core/model/lab_history.py" line="83"/>
        <source>The weights of step &apos;{label}&apos; are no longer kept: the undo history dropped them to stay within its memory limit. Raise the limit in Edit ▸ Preferences to keep more steps.</source>
        <translation>步骤“{label}”的权重已不再保留：撤销历史为了不超出内存上限而丢弃了它们。在 编辑 ▸ 首选项 中提高上限可以保留更多步骤。</translation>
    </message>
    <message>
        <location filename="../core/model/lab_history.py" line="91"/>
        <source>Parameter {name} has no values at step &apos;{label}&apos;.</source>
        <translation>参数 {name} 在步骤“{label}”中没有数值。</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="229"/>
        <source>layers {names}</source>
        <translation>层 {names}</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="231"/>
        <source>types {names}</source>
        <translation>类型 {names}</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="233"/>
        <source> on {first}; {second}</source>
        <translation>，作用于{first}；{second}</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="235"/>
        <source> on {targets}</source>
        <translation>，作用于{targets}</translation>
    </message>
    <message>
        <location filename="../core/model/init_apply.py" line="238"/>
        <source>{targets} ({params})</source>
        <translation>{targets}（{params}）</translation>
    </message>
    <message>
        <location filename="../core/model/memory.py" line="61"/>
        <source>{what} would need about {size}, more than the {limit} this lab allows; {advice}</source>
        <translation>{what}大约需要 {size}，超过了本实验室允许的 {limit}；{advice}</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="70"/>
        <source>none: the network is empty</source>
        <translation>无：网络是空的</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="73"/>
        <location filename="../core/model/network.py" line="99"/>
        <source>There is no layer {ref}; layers are: {listing}.</source>
        <translation>没有层 {ref}；现有的层：{listing}。</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="120"/>
        <location filename="../core/model/network.py" line="156"/>
        <source>A network holds at most {count} layers.</source>
        <translation>一个网络最多包含 {count} 层。</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="127"/>
        <source>Cannot insert at position {position}; choose 0 to {last}.</source>
        <translation>无法插入到位置 {position}；请选择 0 到 {last}。</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="135"/>
        <source>Blocks nest at most {count} deep; this one would be deeper.</source>
        <translation>块最多嵌套 {count} 层；这个块会嵌套得更深。</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="186"/>
        <source>Cannot move to position {position}; choose 0 to {last}.</source>
        <translation>无法移动到位置 {position}；请选择 0 到 {last}。</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="206"/>
        <source>edit: args must be an object, got {args}.</source>
        <translation>edit：args 必须是一个对象，实际为 {args}。</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="213"/>
        <source>{old} cannot become {new}: a block changes only into another block, and a layer into another layer.</source>
        <translation>{old} 不能变成 {new}：块只能换成另一种块，层只能换成另一种层。</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="233"/>
        <source>Another layer (position {position}) is already named {name}; names must be unique.</source>
        <translation>另一层（位置 {position}）已命名为 {name}；名称必须唯一。</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="252"/>
        <source>Layer {name} ({layer}) is not a block; only blocks (Sequential, Residual, Concat) hold layers.</source>
        <translation>层 {name}（{layer}）不是块；只有块（Sequential、Residual、Concat）能容纳层。</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="260"/>
        <source>Blocks cannot be tied; tie two layers at the top level.</source>
        <translation>块不能绑定；请绑定两个顶层的层。</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="262"/>
        <source>A layer cannot be tied to itself.</source>
        <translation>一层不能与自身共享参数。</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="268"/>
        <source>Other layers are tied to position {position}; untie them first.</source>
        <translation>有其他层与位置 {position} 共享参数；请先取消共享。</translation>
    </message>
    <message>
        <location filename="../core/model/network_json.py" line="20"/>
        <source>layers must be a list of layer objects.</source>
        <translation>layers 必须是由层对象组成的列表。</translation>
    </message>
    <message>
        <location filename="../core/model/network_json.py" line="42"/>
        <source>{place} must be an object with &apos;layer&apos;.</source>
        <translation>{place} 必须是带有 &apos;layer&apos; 的对象。</translation>
    </message>
    <message>
        <location filename="../core/model/network_json.py" line="48"/>
        <source>{place} has unknown field {field}.</source>
        <translation>{place} 有未知字段 {field}。</translation>
    </message>
    <message>
        <location filename="../core/model/network_json.py" line="56"/>
        <source>{place} is a {layer}, which holds no layers; only blocks (Sequential, Residual, Concat) have &apos;layers&apos;.</source>
        <translation>{place} 是 {layer}，它不容纳层；只有块（Sequential、Residual、Concat）才有 &apos;layers&apos;。</translation>
    </message>
    <message>
        <location filename="../core/model/network_json.py" line="60"/>
        <source>{place}.layers must be a list of layer objects.</source>
        <translation>{place}.layers 必须是层对象的列表。</translation>
    </message>
    <message>
        <location filename="../core/model/network_json.py" line="27"/>
        <source>layers[{position}].tie must be a position, got {target}.</source>
        <translation>layers[{position}].tie 必须是一个位置，实际为 {target}。</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="321"/>
        <source>A layer name must be a non-empty text, got {name}.</source>
        <translation>层名必须是非空文本，实际为 {name}。</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="327"/>
        <source>Layer name {name} is not allowed: use up to 64 characters, no &apos;.&apos;, and not only digits (digits name unnamed positions).</source>
        <translation>层名 {name} 不可用：最多 64 个字符，不能含 &apos;.&apos;，也不能只由数字组成（数字用来称呼未命名的位置）。</translation>
    </message>
    <message>
        <location filename="../core/model/network.py" line="336"/>
        <source>Layer name {name} is taken by nn.Sequential itself; choose another.</source>
        <translation>层名 {name} 已被 nn.Sequential 自身占用；请另选一个。</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="64"/>
        <source>the file is not UTF-8 text (byte {at} cannot be decoded); save it as UTF-8</source>
        <translation>文件不是 UTF-8 文本（第 {at} 个字节无法解码）；请以 UTF-8 保存</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="68"/>
        <source>the file is empty; a scenario is a JSON object with &apos;format&apos; and &apos;steps&apos;</source>
        <translation>文件是空的；场景是一个带有 &apos;format&apos; 和 &apos;steps&apos; 的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="77"/>
        <source>not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>不是有效的 JSON：{reason}（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="85"/>
        <source>a number has more than {digits} digits</source>
        <translation>某个数字超过了 {digits} 位</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="86"/>
        <source>not usable JSON: {reason}</source>
        <translation>无法使用的 JSON：{reason}</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="95"/>
        <source>the file holds text that is not valid Unicode (an unpaired surrogate such as \ud800)</source>
        <translation>文件中含有无效的 Unicode 文本（例如未配对的代理项 \ud800）</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="104"/>
        <source>not usable JSON: it nests arrays or objects too deeply to read; a scenario needs only a few levels</source>
        <translation>无法使用的 JSON：数组或对象嵌套太深，无法读取；场景只需要几层嵌套</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="110"/>
        <source>the file is {size}; scenarios up to {limit} are read</source>
        <translation>文件大小为 {size}；只读取不超过 {limit} 的场景</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="124"/>
        <source>field {key} appears twice in one object</source>
        <translation>字段 {key} 在同一个对象中出现了两次</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="131"/>
        <source>the top level must be an object with &apos;format&apos; and &apos;steps&apos;</source>
        <translation>顶层必须是带有 &apos;format&apos; 和 &apos;steps&apos; 的对象</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="135"/>
        <source>unknown top-level field {name}; fields are {fields}</source>
        <translation>未知的顶层字段 {name}；可用的字段有 {fields}</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="139"/>
        <source>fields &apos;format&apos; and &apos;steps&apos; are required</source>
        <translation>字段 &apos;format&apos; 和 &apos;steps&apos; 是必需的</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="141"/>
        <source>format {value} is not supported; use {format}</source>
        <translation>不支持格式 {value}；请使用 {format}</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="145"/>
        <source>field &apos;seed&apos; must be an integer from 0 to 2**63-1</source>
        <translation>字段 &apos;seed&apos; 必须是 0 到 2**63-1 之间的整数</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="149"/>
        <source>field &apos;bins&apos; must be an integer from 1 to {limit}</source>
        <translation>字段 &apos;bins&apos; 必须是 1 到 {limit} 之间的整数</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="154"/>
        <source>field {name} must be a string or an object of strings</source>
        <translation>字段 {name} 必须是字符串或由字符串组成的对象</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="156"/>
        <source>field &apos;language&apos; must be a string such as &quot;en&quot; or &quot;zh_CN&quot;</source>
        <translation>字段 &apos;language&apos; 必须是字符串，例如 &quot;en&quot; 或 &quot;zh_CN&quot;</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="159"/>
        <source>field &apos;steps&apos; must be an array</source>
        <translation>字段 &apos;steps&apos; 必须是数组</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="161"/>
        <source>{count} steps; a scenario holds at most {limit}</source>
        <translation>{count} 个步骤；一个场景最多包含 {limit} 个步骤</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="165"/>
        <source>step {index}</source>
        <translation>第 {index} 步</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="184"/>
        <source>{path} is not a regular file (a folder or a device)</source>
        <translation>{path} 不是普通文件（而是文件夹或设备）</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="194"/>
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="273"/>
        <source>replaying it would hold a report of more than {limit} in memory by step {index} of {steps} (every step records every parameter&apos;s {bins}-bin histogram); lower &apos;bins&apos;, use fewer steps or layers, or split the file</source>
        <translation>重放它会在第 {index} 步（共 {steps} 步）时在内存中保存超过 {limit} 的报告（每一步都记录每个参数的 {bins} 个分箱的直方图）；请降低 &apos;bins&apos;，使用更少的步骤或层，或拆分该文件</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="286"/>
        <source>This step failed unexpectedly ({type}: {reason}); the network was left as it was. Try smaller or more ordinary values.</source>
        <translation>这一步意外失败（{type}：{reason}）；网络保持原样。请尝试更小或更常规的值。</translation>
    </message>
    <message>
        <location filename="../core/operations/analyses.py" line="43"/>
        <source>Compare initializers</source>
        <translation>比较初始化方法</translation>
    </message>
    <message>
        <location filename="../core/operations/analyses.py" line="61"/>
        <source>This comparison would add about {size} to the report ({parameters} parameters × {count} initializers × {bins} bins), more than its limit of {limit}; compare fewer layers (layers or types), fewer initializers or fewer bins.</source>
        <translation>这次比较会给报告增加约 {size}（{parameters} 个参数 × {count} 个初始化方法 × {bins} 个分箱），超过其上限 {limit}；请比较更少的层（layers 或 types）、更少的初始化方法或更少的分箱。</translation>
    </message>
    <message>
        <location filename="../core/operations/analyses.py" line="70"/>
        <source>Measure the signal through depth</source>
        <translation>测量信号随深度的变化</translation>
    </message>
    <message>
        <location filename="../core/operations/analyses.py" line="86"/>
        <source>Train and compare initializers</source>
        <translation>训练并比较初始化方法</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="47"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="49"/>
        <source>one of {choices}</source>
        <translation>{choices} 之一</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="51"/>
        <source>a number</source>
        <translation>数</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="51"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="54"/>
        <source>{noun} from {low} to {high}</source>
        <translation>{low} 到 {high} 之间的{noun}</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="56"/>
        <source>{noun} of at least {low}</source>
        <translation>不小于 {low} 的{noun}</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="58"/>
        <source>{noun} of at most {high}</source>
        <translation>不大于 {high} 的{noun}</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="63"/>
        <source>{text} or a list of {count} such integers</source>
        <translation>{text}，或由 {count} 个这样的整数组成的列表</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="66"/>
        <source>{text} or a list of such integers</source>
        <translation>{text}，或由这样的整数组成的列表</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="69"/>
        <source>{text}, or {alternatives}</source>
        <translation>{text}，或 {alternatives}</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="71"/>
        <source>{text}, or null</source>
        <translation>{text}，或 null</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="115"/>
        <source>{owner}: {name} must be {allowed} ({why}), got {value}.</source>
        <translation>{owner}：{name} 必须是{allowed}（{why}），实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="121"/>
        <source>{owner}: {name} must be {allowed}, got {value}.</source>
        <translation>{owner}：{name} 必须是{allowed}，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="151"/>
        <source>{owner}: {name} must be {allowed}, got {value}; the lab takes finite numbers only, as its scenario and session files (strict JSON) cannot hold NaN or Infinity.</source>
        <translation>{owner}：{name} 必须是{allowed}，实际为 {value}；本实验室只接受有限的数，因为它的场景文件和会话文件（严格 JSON）无法保存 NaN 或 Infinity。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="161"/>
        <source>{owner}: {name} must be {allowed} that fits in float32 (|x| ≤ 3.4028e+38), got {value}.</source>
        <translation>{owner}：{name} 必须是{allowed}，且能用 float32 表示（|x| ≤ 3.4028e+38），实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="188"/>
        <source>{owner}: arguments must be an object, got {value}.</source>
        <translation>{owner}：参数必须是一个对象，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="57"/>
        <source>give FILE.py:NAME, the Python file and the name of the function that returns the network (or of a module-level nn.Module) in it, e.g. my_net.py:make_net.</source>
        <translation>请写成 FILE.py:NAME：Python 文件，以及其中返回网络的函数名（或模块级 nn.Module 的名字），例如 my_net.py:make_net。</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="82"/>
        <location filename="../core/model/schema.py" line="195"/>
        <location filename="../core/model/user_model.py" line="64"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="84"/>
        <source>{file} has no {name}; functions and nn.Modules defined there: {listing}.</source>
        <translation>{file} 中没有 {name}；其中定义的函数和 nn.Module 有：{listing}。</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="91"/>
        <source>{file}:{name} is a {type}, neither a function that returns an nn.Module nor an nn.Module.</source>
        <translation>{file}:{name} 是 {type}，既不是返回 nn.Module 的函数，也不是 nn.Module。</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="99"/>
        <source>{name}() in {file} raised {error} at {where}</source>
        <translation>{file} 中的 {name}() 引发了 {error}，位置 {where}</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="103"/>
        <source>{name}() in {file} returned {type}, not an nn.Module ({where}).</source>
        <translation>{file} 中的 {name}() 返回了 {type}，而不是 nn.Module（{where}）。</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="114"/>
        <source>{file}: no such file.</source>
        <translation>{file}：没有这个文件。</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="116"/>
        <source>{file} is not a Python file (.py).</source>
        <translation>{file} 不是 Python 文件（.py）。</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="138"/>
        <source>{file} is not valid Python: {reason} at {file}:{line}: {code}</source>
        <translation>{file} 不是有效的 Python：{reason}，位置 {file}:{line}: {code}</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="141"/>
        <source>{file} failed while running: {error} at {where}</source>
        <translation>{file} 运行时出错：{error}，位置 {where}</translation>
    </message>
    <message>
        <location filename="../core/model/model_file.py" line="158"/>
        <source>(no traceback)</source>
        <translation>（没有回溯信息）</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="199"/>
        <source>{owner} has no argument {name}; it accepts: {accepted}.</source>
        <translation>{owner} 没有参数 {name}；它接受：{accepted}。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="215"/>
        <source>Seed of the random number generator: the same seed draws the same values.</source>
        <translation>随机数生成器的种子：同一个种子抽取出相同的值。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.py" line="234"/>
        <source>{owner}: {name} is required ({allowed}).</source>
        <translation>{owner}：{name} 是必需的（{allowed}）。</translation>
    </message>
    <message>
        <location filename="../core/operations/steps.py" line="78"/>
        <source>{where}: a step must be an object, got {type}</source>
        <translation>{where}：步骤必须是一个对象，实际为 {type}</translation>
    </message>
    <message>
        <location filename="../core/operations/steps.py" line="83"/>
        <source>{where}: field &apos;op&apos; must be a string naming the operation</source>
        <translation>{where}：字段 &apos;op&apos; 必须是表示操作名称的字符串</translation>
    </message>
    <message>
        <location filename="../core/operations/steps.py" line="85"/>
        <source>{where}: unknown op {op}; ops are {ops}</source>
        <translation>{where}：未知的操作 {op}；可用的操作有 {ops}</translation>
    </message>
    <message>
        <location filename="../core/operations/steps.py" line="92"/>
        <source>{where}: op {op} has no field {name}; it takes {fields}</source>
        <translation>{where}：操作 {op} 没有字段 {name}；它接受 {fields}</translation>
    </message>
    <message>
        <location filename="../core/operations/steps.py" line="97"/>
        <source>{where}: field {name} must be {kinds}, got {type}</source>
        <translation>{where}：字段 {name} 必须是 {kinds}，实际为 {type}</translation>
    </message>
    <message>
        <location filename="../core/operations/steps.py" line="102"/>
        <source>{where}: field {name} must hold only {kinds} items</source>
        <translation>{where}：字段 {name} 只能包含 {kinds} 类型的元素</translation>
    </message>
    <message>
        <location filename="../core/operations/steps.py" line="107"/>
        <source>{where}: op {op} needs field {name}</source>
        <translation>{where}：操作 {op} 需要字段 {name}</translation>
    </message>
    <message>
        <location filename="../core/operations/steps.py" line="114"/>
        <source>{where}: field {name} must be a string or an object of strings by language</source>
        <translation>{where}：字段 {name} 必须是字符串，或按语言给出的字符串对象</translation>
    </message>
    <message>
        <location filename="../core/operations/expect.py" line="23"/>
        <source>{where}: field &apos;expect&apos; must be &quot;ok&quot;, &quot;error&quot; or {{&quot;error&quot;: &lt;kind&gt;}} with kind one of {kinds}</source>
        <translation>{where}：字段 &apos;expect&apos; 必须是 &quot;ok&quot;、&quot;error&quot; 或 {{&quot;error&quot;: &lt;kind&gt;}}，其中 kind 是 {kinds} 之一</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="25"/>
        <source>Add a layer</source>
        <translation>添加一层</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="47"/>
        <source>Remove a layer</source>
        <translation>移除一层</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="66"/>
        <source>Move a layer</source>
        <translation>移动一层</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="81"/>
        <source>Duplicate a layer</source>
        <translation>复制一层</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="102"/>
        <source>Edit a layer</source>
        <translation>编辑一层</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="119"/>
        <source>Rename a layer</source>
        <translation>重命名一层</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="134"/>
        <source>Tie a layer to another</source>
        <translation>让一层与另一层共享参数</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="150"/>
        <source>Untie a layer</source>
        <translation>取消一层的参数共享</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="166"/>
        <source>Clear the network</source>
        <translation>清空网络</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="178"/>
        <source>Reset every layer</source>
        <translation>重置每一层</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="190"/>
        <source>Build a whole network</source>
        <translation>构建整个网络</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="195"/>
        <source>build network</source>
        <translation>构建网络</translation>
    </message>
    <message>
        <location filename="../core/operations/values.py" line="30"/>
        <source>Run a forward pass</source>
        <translation>运行一次前向传播</translation>
    </message>
    <message>
        <location filename="../core/operations/values.py" line="49"/>
        <source>Apply an initializer</source>
        <translation>应用初始化方法</translation>
    </message>
    <message>
        <location filename="../core/operations/values.py" line="64"/>
        <source>Load weights from a file</source>
        <translation>从文件加载权重</translation>
    </message>
    <message>
        <location filename="../core/operations/values.py" line="70"/>
        <source>load weights {name}</source>
        <translation>加载权重 {name}</translation>
    </message>
    <message>
        <location filename="../core/operations/structure.py" line="210"/>
        <source>build: seed must be an integer from 0 to 2**63-1, got {seed}.</source>
        <translation>build：seed 必须是 0 到 2**63-1 之间的整数，实际为 {seed}。</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="53"/>
        <source>The seed&apos;s MLP (20 → 256 → 10)</source>
        <translation>原文中的多层感知机（20 → 256 → 10）</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="58"/>
        <source>The seed&apos;s lazy MLP (LazyLinear(256) → ReLU → Linear(256, 10))</source>
        <translation>原文中延迟初始化的多层感知机（LazyLinear(256) → ReLU → Linear(256, 10)）</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="67"/>
        <source>Named layers (add_module &apos;Linear1&apos;, &apos;Linear2&apos;)</source>
        <translation>命名的层（add_module &apos;Linear1&apos;、&apos;Linear2&apos;）</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="75"/>
        <source>LeNet-style lazy CNN (1×28×28 images)</source>
        <translation>LeNet 风格的延迟初始化卷积神经网络（1×28×28 图像）</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="93"/>
        <source>d2l&apos;s rgnet: nested blocks (block2 of four block1, then LazyLinear(1))</source>
        <translation>d2l 的 rgnet：嵌套块（由四个 block1 组成的 block2，再接 LazyLinear(1)）</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="102"/>
        <source>Small ResNet from Residual blocks (editable, 1×28×28 images)</source>
        <translation>由 Residual 块组成的小型 ResNet（可编辑，1×28×28 图像）</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="115"/>
        <source>Deep MLP (10 linear layers of width 256)</source>
        <translation>深层多层感知机（10 个宽度为 256 的线性层）</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="120"/>
        <source>Small tanh MLP for 2-D points (2 → 16 → 2)</source>
        <translation>用于二维点的小型 tanh 多层感知机（2 → 16 → 2）</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="125"/>
        <source>10-layer tanh MLP for 2-D points (width 32)</source>
        <translation>用于二维点的 10 层 tanh 多层感知机（宽度 32）</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="130"/>
        <source>10-layer ReLU MLP for 2-D points (width 32)</source>
        <translation>用于二维点的 10 层 ReLU 多层感知机（宽度 32）</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="135"/>
        <source>10-layer ReLU MLP with batch normalization for 2-D points (width 32)</source>
        <translation>用于二维点的带批量规范化的 10 层 ReLU 多层感知机（宽度 32）</translation>
    </message>
    <message>
        <location filename="../core/model/templates.py" line="144"/>
        <source>template: {title}</source>
        <translation>模板：{title}</translation>
    </message>
    <message>
        <location filename="../core/analysis/distributions.py" line="241"/>
        <source>{init} needs at least 2 dimensions; this tensor has shape {shape}.</source>
        <translation>{init} 需要至少 2 个维度；这个张量的形状是 {shape}。</translation>
    </message>
    <message>
        <location filename="../core/analysis/distributions.py" line="281"/>
        <source>No closed form is known for {init}.</source>
        <translation>{init} 没有已知的解析形式。</translation>
    </message>
    <message>
        <location filename="../core/analysis/distributions.py" line="298"/>
        <source>Exact: each entry is a coordinate of a random unit vector in R^{m}, so std = gain/√{m}.</source>
        <translation>精确值：每个元素是 R^{m} 中随机单位向量的一个坐标，因此 std = gain/√{m}。</translation>
    </message>
    <message>
        <location filename="../core/analysis/theory_defaults.py" line="43"/>
        <location filename="../core/analysis/theory_defaults.py" line="63"/>
        <source>No closed form is known for {layer}&apos;s default.</source>
        <translation>{layer} 的默认初始化没有已知的解析形式。</translation>
    </message>
    <message>
        <location filename="../core/analysis/theory_defaults.py" line="70"/>
        <source>A transposed convolution stores its weight as (in_channels, out_channels/groups, *kernel), so torch&apos;s fan_in ({fan_in}) counts output channels: the fans are swapped.</source>
        <translation>转置卷积的权重存储为 (in_channels, out_channels/groups, *kernel)，因此 torch 的 fan_in（{fan_in}）数的是输出通道：扇入和扇出互换了。</translation>
    </message>
    <message>
        <location filename="../core/analysis/theory.py" line="64"/>
        <source>The expected distribution {formula} cannot be computed in double precision (its interval holds too little probability, or its numbers are too large); no curve is drawn.</source>
        <translation>预期分布 {formula} 无法用双精度计算（其区间内的概率太小，或数值太大）；不绘制曲线。</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="48"/>
        <source>Cannot open {path}: {reason}.</source>
        <translation>无法打开 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="53"/>
        <source>{name} is not a regular file (a folder or a device); choose a .pt file.</source>
        <translation>{name} 不是普通文件（而是文件夹或设备）；请选择一个 .pt 文件。</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="59"/>
        <source>{name} is {size}; weights files up to 8 GiB load.</source>
        <translation>{name} 大小为 {size}；只加载不超过 8 GiB 的权重文件。</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="65"/>
        <source>Loading {name} ({size} of tensors once unpacked)</source>
        <translation>加载 {name}（解包后张量共 {size}）</translation>
    </message>
    <message>
        <location filename="../core/io/weight_store.py" line="274"/>
        <source>Restoring the autosaved weights ({size} of tensors)</source>
        <translation>恢复自动保存的权重（张量共 {size}）</translation>
    </message>
    <message>
        <location filename="../core/io/weight_store.py" line="276"/>
        <location filename="../core/io/weights.py" line="67"/>
        <source>build a smaller network or raise the memory limit.</source>
        <translation>请构建更小的网络，或提高内存上限。</translation>
    </message>
    <message>
        <location filename="../core/io/weight_store.py" line="280"/>
        <source>The autosaved weights ({name}) are damaged or incomplete; the values replayed from the steps were kept.</source>
        <translation>自动保存的权重（{name}）已损坏或不完整；已保留按步骤重放得到的值。</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="75"/>
        <source>{name} is not a weights file this lab can read safely (a state_dict saved with torch.save); it was not loaded.</source>
        <translation>{name} 不是本实验室能安全读取的权重文件（用 torch.save 保存的 state_dict）；未加载。</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="83"/>
        <source>{name} is not a state_dict (a mapping of parameter names to tensors): {problem}; it was not loaded.</source>
        <translation>{name} 不是 state_dict（参数名到张量的映射）：{problem}；未加载。</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="92"/>
        <source>it holds a {type}</source>
        <translation>它包含的是 {type}</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="95"/>
        <source>the key {key} is not a name</source>
        <translation>键 {key} 不是名称</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="97"/>
        <source>{key} holds a {type}, not a tensor</source>
        <translation>{key} 包含的是 {type}，而不是张量</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="99"/>
        <source>{key} is a sparse or data-less (meta) tensor</source>
        <translation>{key} 是稀疏张量或无数据的（meta）张量</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="101"/>
        <source>{key} holds complex numbers ({dtype})</source>
        <translation>{key} 包含复数（{dtype}）</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="117"/>
        <source>This file has no values for {keys}, parameters of lazy layers still uninitialized here: a file saved before their first forward pass leaves them out, as they did not exist yet, and PyTorch&apos;s load_state_dict refuses a file missing any parameter. Run a forward pass before saving, then load that file.</source>
        <translation>该文件中没有 {keys} 的值，它们是这里仍未初始化的延迟初始化层的参数：在这些层第一次前向传播之前保存的文件不包含它们，因为那时它们还不存在；而 PyTorch 的 load_state_dict 会拒绝缺少任何参数的文件。请先进行一次前向传播再保存，然后加载那个文件。</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="125"/>
        <source>missing {keys}</source>
        <translation>缺少 {keys}</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="127"/>
        <source>not in this network {keys}</source>
        <translation>本网络中没有 {keys}</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="130"/>
        <source>These weights are for another architecture ({parts}). Build the network they were saved from, then load them.</source>
        <translation>这些权重属于另一种架构（{parts}）。请先构建保存它们时的网络，然后再加载。</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="134"/>
        <source>{key} is {theirs} in the file but {mine} here</source>
        <translation>{key} 在文件中是 {theirs}，在这里是 {mine}</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="142"/>
        <source>These weights do not fit this network&apos;s shapes ({wrong}); build the network they were saved from (same sizes), then load them.</source>
        <translation>这些权重与本网络的形状不符（{wrong}）；请先构建保存它们时的网络（相同的大小），然后再加载。</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="153"/>
        <source>These weights do not fit this network&apos;s shapes; build the network they were saved from (same sizes), then load them.</source>
        <translation>这些权重与本网络的形状不符；请先构建保存它们时的网络（相同的大小），然后再加载。</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="180"/>
        <source>{key} is {theirs} in the file but must be {mine} here</source>
        <translation>{key} 在文件中是 {theirs}，但这里必须是 {mine}</translation>
    </message>
    <message>
        <location filename="../core/io/weights.py" line="203"/>
        <source>a shape this layer defines</source>
        <translation>该层规定的形状</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="158"/>
        <source>a lesson needs at least one step in &apos;steps&apos;</source>
        <translation>一节课在 &apos;steps&apos; 中至少需要一个步骤</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="182"/>
        <source>{where} must be a text or an object of texts by language, such as {example}</source>
        <translation>{where} 必须是文本，或按语言给出的文本对象，例如 {example}</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="187"/>
        <source>{where}: {code} is not a language code; use codes such as &quot;en&quot;, &quot;zh_CN&quot;</source>
        <translation>{where}：{code} 不是语言代码；请使用 &quot;en&quot;、&quot;zh_CN&quot; 这样的代码</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="190"/>
        <source>{where}: the {code} text must be a string</source>
        <translation>{where}：{code} 文本必须是字符串</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="201"/>
        <source>{where} uses {field}, which is not a placeholder; only {names} are filled in</source>
        <translation>{where} 使用了 {field}，它不是占位符；只会填入 {names}</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="216"/>
        <source>{where} must be an object with task, answers and otherwise</source>
        <translation>{where} 必须是带有 task、answers 和 otherwise 的对象</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="220"/>
        <location filename="../core/lesson/lesson.py" line="244"/>
        <source>{where} has no field {name}; it takes {fields}</source>
        <translation>{where} 没有字段 {name}；它接受 {fields}</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="224"/>
        <source>{where} needs field {name}</source>
        <translation>{where} 需要字段 {name}</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="229"/>
        <source>{where}.answers must be a non-empty array of objects</source>
        <translation>{where}.answers 必须是由对象组成的非空数组</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="240"/>
        <source>{where} must be an object with op, expect and explain</source>
        <translation>{where} 必须是带有 op、expect 和 explain 的对象</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="247"/>
        <source>{where} needs fields &apos;op&apos; and &apos;explain&apos;</source>
        <translation>{where} 需要字段 &apos;op&apos; 和 &apos;explain&apos;</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="251"/>
        <source>{where}: op {op} is not an operation; ops are {ops}</source>
        <translation>{where}：op {op} 不是一种操作；可用的操作有 {ops}</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="260"/>
        <source>{where}.solved must be true or false</source>
        <translation>{where}.solved 必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson.py" line="263"/>
        <source>{where}.layer must be a layer name as print(net) shows it, such as &quot;2&quot; or &quot;Linear1&quot;</source>
        <translation>{where}.layer 必须是 print(net) 中显示的层名，例如 &quot;2&quot; 或 &quot;Linear1&quot;</translation>
    </message>
    <message>
        <location filename="../gui/session/session_errors.py" line="16"/>
        <source>This file cannot be used: {reason}.</source>
        <translation>无法使用这个文件：{reason}。</translation>
    </message>
    <message>
        <location filename="../gui/session/session_errors.py" line="21"/>
        <source>Unexpected error ({kind}: {text}); the network was left unchanged.</source>
        <translation>意外错误（{kind}：{text}）；网络保持原样，未被改动。</translation>
    </message>
    <message>
        <location filename="../core/session.py" line="174"/>
        <source>There is no comparison to re-bin; compare first.</source>
        <translation>没有可重新分箱的比较结果；请先进行比较。</translation>
    </message>
    <message>
        <location filename="../core/session.py" line="348"/>
        <source>No lesson is open.</source>
        <translation>没有打开的课程。</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="300"/>
        <source>succeeded, but the file expects an error.</source>
        <translation>成功了，但文件预期会出错。</translation>
    </message>
    <message>
        <location filename="../core/io/scenario.py" line="303"/>
        <source>{name} was not opened: its step {index} ({op}) does not replay: {reason} The network was left as it was; fix the step or remove it.</source>
        <translation>未打开 {name}：它的第 {index} 步（{op}）无法重放：{reason} 网络保持原样；请修正或删除这一步。</translation>
    </message>
    <message>
        <location filename="../gui/session/session.py" line="165"/>
        <source>This operation is malformed and was not run: {reason}.</source>
        <translation>这个操作格式有误，未被执行：{reason}。</translation>
    </message>
    <message>
        <location filename="../core/session.py" line="250"/>
        <source>{name} cannot be opened: {reason}.</source>
        <translation>无法打开 {name}：{reason}。</translation>
    </message>
    <message>
        <location filename="../core/session.py" line="374"/>
        <source>The script could not be written to {path}: {reason}</source>
        <translation>无法将脚本写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../core/io/recovery.py" line="119"/>
        <source>restore autosaved weights</source>
        <translation>恢复自动保存的权重</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="82"/>
        <source>{where} reads its num_features from dimension 1 of its input, but the input {got} has no dimension 1: it normalizes each channel of a batch of images. Feed images shaped (N, C, H, W), such as (2, 3, 8, 8).</source>
        <translation>{where}从输入的第 1 维读取 num_features，但输入 {got} 没有第 1 维：它对一批图像的每个通道做规范化。请输入形状为 (N, C, H, W) 的图像，例如 (2, 3, 8, 8)。</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="88"/>
        <source>{where} reads its num_features from dimension 1 of its input, but the input {got} has no dimension 1: it normalizes each channel over a batch of samples. Feed a batch, such as shape (2, {width}).</source>
        <translation>{where}从输入的第 1 维读取 num_features，但输入 {got} 没有第 1 维：它在一批样本上对每个通道做规范化。请输入一批样本，例如形状 (2, {width})。</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="96"/>
        <source>input features</source>
        <translation>个输入特征</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="100"/>
        <source>channels</source>
        <translation>个通道</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="133"/>
        <source>{where} is the same module as layer {first} (tied): it took {expected} {unit} when layer {first} ran earlier in this forward pass, but {source} gives it {given}. Tied places share one weight, so each must receive the same size; change the layers before one of them, or untie layer {name}.</source>
        <translation>{where}与层 {first} 是同一个模块（参数绑定）：在本次前向传播中层 {first} 先运行时，它接受了 {expected} {unit}，但{source}给它 {given}。绑定的各处共享同一份权重，所以每处必须收到相同的大小；请修改其中一处之前的层，或解除层 {name} 的绑定。</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="139"/>
        <source>{where} was materialized by an earlier forward pass with {expected} {unit}, but {source} gives it {given}. A lazy layer binds its shape at its first forward pass: reset the network to feed another size, or tie the layer behind a per-size adapter.</source>
        <translation>{where}已在之前的前向传播中以 {expected} {unit}完成初始化，但{source}给它 {given}。延迟初始化的层在第一次前向传播时确定形状：要输入其他大小，请重置网络，或在该层前为每种大小放一个适配层再绑定它。</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="145"/>
        <source>{where} holds weights loaded from a file for {expected} {unit}, but {source} gives it {given}. It is still lazy, yet the loaded weights fixed its size: feed {expected} {unit}, or reset the network so that it infers the size again (the loaded weights are then discarded).</source>
        <translation>{where}持有从文件加载的权重，对应 {expected} {unit}，但{source}给它 {given}。它仍是延迟初始化的层，但加载的权重已确定了它的大小：请输入 {expected} {unit}，或重置网络让它重新推断大小（加载的权重随之丢弃）。</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="151"/>
        <source>{where} expects {expected} {unit} but {source} gives it {given}; it is the same module as layer {first} (tied), so both places take {expected}. Change the layers before it, or untie layer {name}.</source>
        <translation>{where}需要 {expected} {unit}，但{source}给它 {given}；它与层 {first} 是同一个模块（参数绑定），所以两处都接受 {expected}。请修改它之前的层，或解除层 {name} 的绑定。</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="156"/>
        <source>{where} expects {expected} {unit} but {source} gives it {given}; set layer {name}&apos;s {field} to {given} or make it {lazy}.</source>
        <translation>{where}需要 {expected} {unit}，但{source}给它 {given}；请把层 {name} 的 {field} 设为 {given}，或改用 {lazy}。</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sizes.py" line="167"/>
        <source>{where} splits its input channels into groups = {groups}, but {source} gives it {channels} channels (input shape {got}), which {groups} does not divide. Feed a channel count divisible by {groups}, or edit the layer&apos;s groups.</source>
        <translation>{where}把输入通道分成 groups = {groups} 组，但{source}给它 {channels} 个通道（输入形状 {got}），不能被 {groups} 整除。请输入能被 {groups} 整除的通道数，或修改该层的 groups。</translation>
    </message>
    <message>
        <location filename="../core/model/fixes.py" line="44"/>
        <source>Set {field} to {value}</source>
        <translation>把 {field} 设为 {value}</translation>
    </message>
    <message>
        <location filename="../core/model/fixes.py" line="50"/>
        <source>Make it {lazy}</source>
        <translation>改成 {lazy}</translation>
    </message>
    <message>
        <location filename="../core/model/fixes.py" line="59"/>
        <source>Reset the network (lazy layers forget their shapes)</source>
        <translation>重置网络（延迟初始化的层忘记其形状）</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson_focus.py" line="40"/>
        <source>{where}: field &apos;focus&apos; must be a view or a list of one to {most} views, such as &quot;trace&quot; or [&quot;cards&quot;, &quot;trace&quot;]</source>
        <translation>{where}：字段 &apos;focus&apos; 必须是一个视图，或由一到 {most} 个视图组成的列表，例如 &quot;trace&quot; 或 [&quot;cards&quot;, &quot;trace&quot;]</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson_focus.py" line="45"/>
        <source>{where}: field &apos;focus&apos;: {name} is not a view; views are {views}</source>
        <translation>{where}：字段 &apos;focus&apos;：{name} 不是视图；可用的视图有 {views}</translation>
    </message>
    <message>
        <location filename="../core/lesson/lesson_focus.py" line="48"/>
        <source>{where}: field &apos;focus&apos; names a view twice</source>
        <translation>{where}：字段 &apos;focus&apos; 两次列出了同一个视图</translation>
    </message>
    <message>
        <location filename="../core/io/limits.py" line="43"/>
        <source>the number {number} is out of range (numbers must stay within ±1.8e308, and arguments within float32&apos;s ±3.4e38)</source>
        <translation>数 {number} 超出范围（数必须在 ±1.8e308 之内，参数必须在 float32 的 ±3.4e38 之内）</translation>
    </message>
    <message>
        <location filename="../core/io/limits.py" line="55"/>
        <source>{where} nests arrays or objects more than {limit} levels deep; a scenario needs only a few levels</source>
        <translation>{where} 中数组或对象的嵌套超过 {limit} 层；场景只需要几层</translation>
    </message>
    <message>
        <location filename="../core/io/limits.py" line="56"/>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location filename="../core/io/limits.py" line="62"/>
        <source>the top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <location filename="../core/io/limits.py" line="79"/>
        <source>{where} holds a text of {count} characters; at most {limit} are allowed there (narration up to {text_limit}, names and labels up to {name_limit})</source>
        <translation>{where} 含有 {count} 个字符的文本；此处最多允许 {limit} 个（讲解文字最多 {text_limit} 个，名称和标签最多 {name_limit} 个）</translation>
    </message>
    <message>
        <location filename="../core/io/limits.py" line="81"/>
        <source>a field name</source>
        <translation>字段名</translation>
    </message>
    <message>
        <location filename="../core/io/report.py" line="130"/>
        <source>The report would grow past {limit} at step {index} of {steps}: each step records every parameter&apos;s statistics and its {bins}-bin histogram. Lower &apos;bins&apos;, run fewer steps or layers, or split the scenario into several.</source>
        <translation>报告会在第 {index} 步（共 {steps} 步）超过 {limit}：每一步都记录每个参数的统计量及其 {bins} 个分箱的直方图。请降低 &apos;bins&apos;，运行更少的步骤或层，或把场景拆分成几个。</translation>
    </message>
    <message>
        <location filename="../core/operations/model_opening.py" line="36"/>
        <source>Your model could not be opened: {reason}</source>
        <translation>无法打开你的模型：{reason}</translation>
    </message>
    <message>
        <location filename="../core/operations/model_opening.py" line="58"/>
        <source>There is no architecture template {key}; the templates are {known}.</source>
        <translation>没有名为 {key} 的架构模板；可用的模板有：{known}。</translation>
    </message>
    <message>
        <location filename="../core/analysis/user_depth.py" line="53"/>
        <source>Depth statistics need the model to return one tensor, but it returned {type}.</source>
        <translation>深度统计需要模型返回一个张量，但它返回了 {type}。</translation>
    </message>
    <message>
        <location filename="../core/model/opening.py" line="39"/>
        <location filename="../core/model/user_model.py" line="94"/>
        <source>open {name}</source>
        <translation>打开 {name}</translation>
    </message>
    <message>
        <location filename="../core/model/opening.py" line="51"/>
        <location filename="../core/model/user_model.py" line="158"/>
        <source>example_input must be a tensor, got {type}.</source>
        <translation>example_input 必须是张量，得到的是 {type}。</translation>
    </message>
    <message>
        <location filename="../core/model/opening.py" line="73"/>
        <source>A copy of your model</source>
        <translation>你的模型的副本</translation>
    </message>
    <message>
        <location filename="../core/model/opening.py" line="73"/>
        <source>open a smaller model.</source>
        <translation>请打开更小的模型。</translation>
    </message>
    <message>
        <location filename="../core/model/user_capture.py" line="84"/>
        <source>The lab works on a copy of the model so that a failed step changes nothing, but this model cannot be copied ({error}); keep only tensors and modules on it.</source>
        <translation>本实验室在模型的副本上操作，这样失败的步骤不会改变任何东西，但这个模型无法复制（{error}）；请只在模型上保存张量和模块。</translation>
    </message>
    <message>
        <location filename="../core/model/user_capture.py" line="134"/>
        <source>Module {name} ({kind}) on an input of shape {shape}</source>
        <translation>模块 {name}（{kind}）在形状为 {shape} 的输入上</translation>
    </message>
    <message>
        <location filename="../core/model/user_capture.py" line="136"/>
        <source>use a smaller input.</source>
        <translation>请使用更小的输入。</translation>
    </message>
    <message>
        <location filename="../core/model/user_capture.py" line="149"/>
        <source>The statistics of module {name}&apos;s output could not be computed ({reason}); the network was left as it was.</source>
        <translation>无法计算模块 {name} 输出的统计量（{reason}）；网络保持原样。</translation>
    </message>
    <message>
        <location filename="../core/model/user_capture.py" line="180"/>
        <source>The model&apos;s forward failed outside its submodules on an input of shape {shape}: {reason} The network was left as it was.</source>
        <translation>模型的 forward 在其子模块之外、对形状为 {shape} 的输入失败：{reason} 网络保持原样。</translation>
    </message>
    <message>
        <location filename="../core/model/user_capture.py" line="185"/>
        <source>The forward pass failed in module {name} ({kind}) on an input of shape {shape}: {reason} The network was left as it was.</source>
        <translation>前向传播在模块 {name}（{kind}）处、对形状为 {shape} 的输入失败：{reason} 网络保持原样。</translation>
    </message>
    <message>
        <location filename="../core/model/user_model.py" line="63"/>
        <source>There is no module {ref} in this model; modules are: {listing}.</source>
        <translation>这个模型中没有模块 {ref}；模块有：{listing}。</translation>
    </message>
    <message>
        <location filename="../core/model/user_model.py" line="109"/>
        <source>{op} changes the network&apos;s structure, but this is your own model ({type}), whose structure is its code: change the code and open it again (only a plain nn.Sequential of the lab&apos;s layers is edited here). Forward, initialize, Compare, Depth, weights and undo work on it.</source>
        <translation>{op} 会改变网络结构，但这是你自己的模型（{type}），它的结构由代码决定：请修改代码后重新打开（这里只能编辑由本实验室的层组成的普通 nn.Sequential）。前向传播、初始化、比较、深度、权重和撤销都可以在它上面使用。</translation>
    </message>
    <message>
        <location filename="../core/model/user_model.py" line="160"/>
        <source>{shape} example input</source>
        <translation>{shape} 示例输入</translation>
    </message>
    <message>
        <location filename="../core/model/tree_steps.py" line="97"/>
        <source>This model has no module of type {name}; its types are {types}.</source>
        <translation>这个模型中没有类型为 {name} 的模块；它的类型有：{types}。</translation>
    </message>
    <message>
        <location filename="../core/model/user_model.py" line="226"/>
        <source>open_model needs an nn.Module, got {type}.</source>
        <translation>open_model 需要一个 nn.Module，得到的是 {type}。</translation>
    </message>
    <message>
        <location filename="../core/model/tree_steps.py" line="116"/>
        <source>Module {name} ({kind}) has no parameters yet: a lazy module learns its input size at the first forward pass, so {init} has nothing to initialize. Send a sample through the network first (forward), then initialize.</source>
        <translation>模块 {name}（{kind}）还没有参数：延迟模块在第一次前向传播时才得知输入大小，所以 {init} 没有可初始化的内容。请先让一个样本通过网络（前向传播），再初始化。</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="39"/>
        <source>adam: torch.optim.Adam (momentum is its β1); sgd: torch.optim.SGD with momentum.</source>
        <translation>adam：torch.optim.Adam（momentum 即其 β1）；sgd：带动量的 torch.optim.SGD。</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="42"/>
        <source>The learning rate, above 0: about 0.01 for adam, 0.1 for sgd.</source>
        <translation>学习率，大于 0：adam 约为 0.01，sgd 约为 0.1。</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="44"/>
        <source>0 up to (not including) 1; 0.9 is usual.</source>
        <translation>从 0 到 1（不含 1）；通常取 0.9。</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="46"/>
        <source>Examples per step, at most the task&apos;s size.</source>
        <translation>每步的样本数，最多为任务的样本总数。</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="48"/>
        <source>Optimizer steps per initializer.</source>
        <translation>每个初始化方法的优化步数。</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="50"/>
        <source>One seed for the data, the batch order and the initializers: the same seed gives the same curves.</source>
        <translation>数据、批次顺序和初始化共用一个种子：相同的种子得到相同的曲线。</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="77"/>
        <source>{name} must be a whole number from {low} to {high}, got {value!r}.</source>
        <translation>{name} 必须是 {low} 到 {high} 之间的整数，得到的是 {value!r}。</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="89"/>
        <source>optimizer must be sgd (with momentum) or adam, got {value!r}.</source>
        <translation>optimizer 必须是 sgd（带动量）或 adam，得到的是 {value!r}。</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="92"/>
        <source>lr (the learning rate) must be a number above 0 and at most {limit:g}, such as 0.1 for SGD or 0.001 for Adam; got {value!r}.</source>
        <translation>lr（学习率）必须是大于 0 且不超过 {limit:g} 的数，例如 SGD 用 0.1、Adam 用 0.001；得到的是 {value!r}。</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="97"/>
        <source>momentum must be a number from 0 up to (not including) 1, such as 0.9; with adam it is β1. Got {value!r}.</source>
        <translation>momentum 必须是从 0 到 1（不含 1）的数，例如 0.9；用 adam 时它就是 β1。得到的是 {value!r}。</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="193"/>
        <source>a smaller learning rate (lr)</source>
        <translation>更小的学习率（lr）</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="194"/>
        <source>another initializer, or normalization layers</source>
        <translation>换一种初始化方法，或加入归一化层</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="196"/>
        <source>grew to {value:.3g}, more than {factor:,.0f} times its first value,</source>
        <translation>增大到 {value:.3g}，超过第一步的 {factor:,.0f} 倍，</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="199"/>
        <source>became {value} (the numbers left float32&apos;s range)</source>
        <translation>变成了 {value}（数值超出了 float32 的范围），</translation>
    </message>
    <message>
        <location filename="../core/training/loop.py" line="201"/>
        <source>Diverged: the loss {what} at step {step}, so this run stopped there. With lr {lr:g} and {optimizer} this initializer does not train; try {hint}.</source>
        <translation>发散：损失在第 {step} 步{what}这次训练就停在那里。在 lr {lr:g} 和 {optimizer} 下，这种初始化训练不起来；请试试{hint}。</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="65"/>
        <source>The {task} task has {classes} classes, so the network must give one score per class, an output of shape [batch, {classes}]; it gives {shape} per example. End the network with Flatten and a Linear layer with out_features {classes}.</source>
        <translation>{task} 任务有 {classes} 个类别，所以网络必须为每个类别给出一个分数，即形状为 [batch, {classes}] 的输出；它对每个样本给出的是 {shape}。请在网络末尾加上 Flatten 和一个 out_features 为 {classes} 的 Linear 层。</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="72"/>
        <source>The {task} task has {classes} classes, so the network&apos;s output must have width {classes} (shape [batch, {classes}]), but it gives {shape} per example. Make the last layer&apos;s out_features {classes}.</source>
        <translation>{task} 任务有 {classes} 个类别，所以网络输出的宽度必须是 {classes}（形状 [batch, {classes}]），但它对每个样本给出的是 {shape}。请把最后一层的 out_features 设为 {classes}。</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="80"/>
        <source>The task&apos;s targets have shape {wanted} per example, so the network&apos;s output must have width {width}, but it gives {shape}. Make the last layer&apos;s out_features {width}.</source>
        <translation>该任务每个样本的目标形状是 {wanted}，所以网络输出的宽度必须是 {width}，但它给出的是 {shape}。请把最后一层的 out_features 设为 {width}。</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="105"/>
        <location filename="../core/training/tasks.py" line="126"/>
        <source>task must be one of {names} or {{&quot;npz&quot;: &quot;file.npz&quot;}}, got {value}.</source>
        <translation>task 必须是 {names} 之一，或 {{&quot;npz&quot;: &quot;file.npz&quot;}}，得到的是 {value}。</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="141"/>
        <source>The teacher task makes inputs as wide as the network takes, but the network&apos;s input width is not known yet: send a sample through it first (forward), then train.</source>
        <translation>teacher 任务生成的输入宽度要与网络接受的一致，但网络的输入宽度还不知道：请先让一个样本通过网络（前向传播），再训练。</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="161"/>
        <source>Cannot read {path} as an .npz file ({reason}); save one with numpy.savez(path, x=inputs, y=targets).</source>
        <translation>无法把 {path} 读作 .npz 文件（{reason}）；请用 numpy.savez(path, x=inputs, y=targets) 保存一个。</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="165"/>
        <source>{path} must hold arrays named x and y (numpy.savez(path, x=inputs, y=targets)); it holds {names}.</source>
        <translation>{path} 必须包含名为 x 和 y 的数组（numpy.savez(path, x=inputs, y=targets)）；它包含的是 {names}。</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="171"/>
        <source>{path} holds {size} of data; at most {limit} are read for training.</source>
        <translation>{path} 含有 {size} 的数据；训练最多读取 {limit}。</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="178"/>
        <source>Cannot read the arrays of {path} ({reason}); x and y must be plain number arrays (no objects).</source>
        <translation>无法读取 {path} 中的数组（{reason}）；x 和 y 必须是普通的数值数组（不能含对象）。</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="187"/>
        <source>{name} in {path} holds {dtype} values; it must hold numbers.</source>
        <translation>{path} 中的 {name} 存的是 {dtype} 类型的值；它必须存数值。</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="191"/>
        <source>x must have shape (examples, features...) with 2 to {dims} dimensions and y shape (examples,) or (examples, outputs); {path} has x {x} and y {y}.</source>
        <translation>x 的形状必须是 (样本数, 特征...)，有 2 到 {dims} 个维度；y 的形状必须是 (样本数,) 或 (样本数, 输出数)；{path} 中 x 为 {x}，y 为 {y}。</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="196"/>
        <source>x has {x} examples but y has {y} in {path}; they must match one to one.</source>
        <translation>{path} 中 x 有 {x} 个样本，而 y 有 {y} 个；两者必须一一对应。</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="201"/>
        <source>x in {path} holds NaN or infinite values (or numbers beyond float32); training needs finite inputs.</source>
        <translation>{path} 中的 x 含有 NaN 或无穷大（或超出 float32 的数）；训练需要有限的输入。</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="206"/>
        <source>y in {path} holds the class label {label}; labels are 0, 1, 2, ...</source>
        <translation>{path} 中的 y 含有类别标签 {label}；标签应为 0, 1, 2, ...</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="211"/>
        <source>y in {path} has labels 0 to {top}; a task with classes needs from 2 to 100,000 of them (store float targets for a regression).</source>
        <translation>{path} 中的 y 标签为 0 到 {top}；分类任务需要 2 到 100,000 个类别（回归任务请存浮点目标）。</translation>
    </message>
    <message>
        <location filename="../core/training/tasks.py" line="217"/>
        <source>y in {path} holds NaN or infinite values (or numbers beyond float32); training needs finite targets.</source>
        <translation>{path} 中的 y 含有 NaN 或无穷大（或超出 float32 的数）；训练需要有限的目标。</translation>
    </message>
    <message>
        <location filename="../core/training/train.py" line="65"/>
        <source>batch is {batch}, but the {task} task has only {size} examples; use a batch of at most {size}.</source>
        <translation>batch 是 {batch}，但 {task} 任务只有 {size} 个样本；请使用不超过 {size} 的批量。</translation>
    </message>
    <message>
        <location filename="../core/training/train.py" line="97"/>
        <source>The {task} task gives inputs of shape {shape} (batch first), which the network does not take: {reason}</source>
        <translation>{task} 任务给出的输入形状为 {shape}（第一维是批量），网络不接受：{reason}</translation>
    </message>
    <message>
        <location filename="../core/training/train.py" line="102"/>
        <source>Training needs a network with parameters; add a Linear or convolution layer.</source>
        <translation>训练需要一个有参数的网络；请添加一个 Linear 层或卷积层。</translation>
    </message>
    <message>
        <location filename="../core/training/train.py" line="134"/>
        <source>Training with {init} failed: {reason} The network was left as it was.</source>
        <translation>用 {init} 训练失败：{reason} 网络保持原样。</translation>
    </message>
    <message>
        <location filename="../core/training/train.py" line="154"/>
        <source>Training {count} copies of a network of {total} parameters</source>
        <translation>训练有 {total} 个参数的网络的 {count} 个副本</translation>
    </message>
    <message>
        <location filename="../core/training/train.py" line="156"/>
        <source>use a smaller network or task.</source>
        <translation>请使用更小的网络或任务。</translation>
    </message>
    <message>
        <location filename="../core/operations/history.py" line="11"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../core/operations/history.py" line="19"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth_notes.py" line="31"/>
        <source>a recurrent layer applies the same weights at every time step, through tanh and sigmoid gates, and no closed form is used for it</source>
        <translation>循环层在每个时间步经由 tanh 和 sigmoid 门重复使用同一组权重，这里不对它使用闭式公式</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth_notes.py" line="34"/>
        <source>attention mixes time steps through a softmax of products of weights, and no closed form is used for it</source>
        <translation>注意力通过权重乘积的 softmax 混合各时间步，这里不对它使用闭式公式</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth_notes.py" line="37"/>
        <source>a transposed convolution sums a different number of terms into each output (borders, stride), so one fan does not describe it</source>
        <translation>转置卷积对每个输出累加的项数各不相同（边界、步幅），因此一个扇入值无法描述它</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth_notes.py" line="39"/>
        <source>the lab&apos;s variance propagation covers Linear and convolution layers with zero-mean weights, ReLU, LeakyReLU, PReLU with one slope, Identity, Flatten, Dropout and a first Embedding</source>
        <translation>本实验室的方差传播只覆盖权重均值为零的 Linear 和卷积层、ReLU、LeakyReLU、单一斜率的 PReLU、Identity、Flatten、Dropout 以及位于第一层的 Embedding</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth_notes.py" line="48"/>
        <source>The input is integer ids for the Embedding: ids have no gradient, so the first gradient measured is that of the Embedding&apos;s output.</source>
        <translation>输入是供 Embedding 使用的整数 id：id 没有梯度，因此测得的第一个梯度是 Embedding 输出处的梯度。</translation>
    </message>
    <message>
        <location filename="../core/analysis/depth_notes.py" line="54"/>
        <source>Theory stops at layer {name} ({kind}): {reason}. The measured lines go on.</source>
        <translation>理论在第 {name} 层（{kind}）处停止：{reason}。实测曲线继续。</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sequence.py" line="20"/>
        <source>{where} looks up integer ids, but gets floating-point values from {source}. Use fill &apos;ids&apos; in [0, {count}) for the input, and put the Embedding first: no layer turns floats back into ids.</source>
        <translation>{where} 查找的是整数 id，但从 {source} 得到的是浮点数。请把输入的填充方式设为 [0, {count}) 中的 &apos;ids&apos;，并把 Embedding 放在第一层：没有哪一层能把浮点数变回 id。</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sequence.py" line="27"/>
        <source>{where} has {count} vectors, so its ids must be from 0 to {last}, but the input holds larger ones; draw ids in [0, {count}) (fill &apos;ids&apos;, high = {count}) or raise num_embeddings.</source>
        <translation>{where} 有 {count} 个向量，所以 id 必须在 0 到 {last} 之间，但输入中有更大的 id；请在 [0, {count}) 中抽取 id（填充 &apos;ids&apos;，high = {count}），或增大 num_embeddings。</translation>
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
        <translation>{where} 接受三维输入 {order}，但得到的是 {rank} 维输入，形状 {got}；torch 会把二维输入当作一条不分批的序列，其长度就是批大小。请输入三维序列（“sequence”布局）并检查 batch_first。</translation>
    </message>
    <message>
        <location filename="../core/model/explain_sequence.py" line="47"/>
        <source>{where} expects {expected} features per time step (its last dimension), but its input {got}, from {source}, has {actual}; edit the layer or the input.</source>
        <translation>{where} 期望每个时间步有 {expected} 个特征（最后一维），但来自 {source} 的输入 {got} 有 {actual} 个；请修改该层或输入。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="5"/>
        <source>No parameters: nothing to initialize.</source>
        <translation>没有参数：无需初始化。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="7"/>
        <source>Default init (reset_parameters): weight ~ kaiming_uniform_(a=√5) = U(±1/√fan_in), bias ~ U(±1/√fan_in), fan_in = inputs per output (× kernel size). Its variance 1/(3·fan_in) is a sixth of He init&apos;s 2/fan_in, so through ReLU layers the signal shrinks.</source>
        <translation>默认初始化（reset_parameters）：weight ~ kaiming_uniform_(a=√5) = U(±1/√fan_in)，bias ~ U(±1/√fan_in)，fan_in 为每个输出的输入数（× 卷积核大小）。其方差 1/(3·fan_in) 只有 He 初始化 2/fan_in 的六分之一，因此信号经过 ReLU 层会逐层缩小。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="12"/>
        <source>Default init: as the eager layer, kaiming_uniform_(a=√5) = U(±1/√fan_in), but drawn only at the first forward pass, when the input size and so fan_in are known.</source>
        <translation>默认初始化：与普通层相同，kaiming_uniform_(a=√5) = U(±1/√fan_in)，但要到第一次前向传播、输入大小（从而 fan_in）已知时才抽取。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="16"/>
        <source>Default init: the same kaiming_uniform_(a=√5) as Conv, but the weight is stored as (in_channels, out_channels/groups, *kernel), so torch&apos;s fan_in is out_channels/groups × kernel size: fan_in and fan_out are swapped relative to the signal&apos;s direction, and the bound U(±1/√fan_in) follows the output channels, not the input ones.</source>
        <translation>默认初始化：与 Conv 相同的 kaiming_uniform_(a=√5)，但权重存储为 (in_channels, out_channels/groups, *kernel)，所以 torch 的 fan_in 是 out_channels/groups × 卷积核大小：相对于信号的方向，fan_in 与 fan_out 互换了，边界 U(±1/√fan_in) 取决于输出通道而不是输入通道。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="22"/>
        <source>Default init: as ConvTranspose, with fan_in = out_channels/groups × kernel size (the swapped fans), drawn at the first forward pass once in_channels is known.</source>
        <translation>默认初始化：与 ConvTranspose 相同，fan_in = out_channels/groups × 卷积核大小（互换后的扇入扇出），在第一次前向传播、in_channels 已知时抽取。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="26"/>
        <source>Default init: weight (scale) = 1 and bias (shift) = 0, running_mean = 0 and running_var = 1: the layer starts as a pure normalization, not a random one.</source>
        <translation>默认初始化：weight（缩放）= 1，bias（平移）= 0，running_mean = 0，running_var = 1：该层一开始就是纯粹的归一化，而不是随机的。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="30"/>
        <source>Default init: parameters only with affine=True (weight = 1, bias = 0), running statistics only with track_running_stats=True. Both default to False here, but to True in the lazy form.</source>
        <translation>默认初始化：只有 affine=True 时才有参数（weight = 1，bias = 0），只有 track_running_stats=True 时才有运行统计量。这两者在这里默认是 False，但在惰性版本中默认是 True。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="35"/>
        <source>Default init: weight = 1, bias = 0, running_mean = 0, running_var = 1, at the first forward pass. Unlike InstanceNorm*d, affine and track_running_stats default to True.</source>
        <translation>默认初始化：在第一次前向传播时 weight = 1，bias = 0，running_mean = 0，running_var = 1。与 InstanceNorm*d 不同，affine 和 track_running_stats 默认是 True。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="39"/>
        <source>Default init: weight = 1 and bias = 0, so the layer starts as a pure normalization.</source>
        <translation>默认初始化：weight = 1，bias = 0，因此该层一开始就是纯粹的归一化。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="42"/>
        <source>Default init: weight ~ N(0, 1), not scaled by any fan, and the padding_idx row is set to zero (and gets no gradient). Each vector&apos;s norm is about √embedding_dim, far larger than a Linear&apos;s outputs; transformers scale embeddings or re-initialize them.</source>
        <translation>默认初始化：weight ~ N(0, 1)，不按任何扇入扇出缩放，padding_idx 那一行被置为零（且不接收梯度）。每个向量的范数约为 √embedding_dim，远大于 Linear 的输出；Transformer 会缩放嵌入或重新初始化它们。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="47"/>
        <source>Default init: every weight and bias ~ U(−1/√hidden_size, 1/√hidden_size), the input weights too, whatever input_size is. The recurrent weight_hh is applied at every time step, so its scale decides whether the state explodes or fades over time.</source>
        <translation>默认初始化：每个权重和偏置都 ~ U(−1/√hidden_size, 1/√hidden_size)，输入权重也一样，与 input_size 无关。循环权重 weight_hh 在每个时间步都会被使用，所以它的尺度决定了状态随时间是爆炸还是衰减。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="52"/>
        <source>Default init: in_proj_weight (q, k, v stacked: 3·embed_dim × embed_dim) ~ xavier_uniform_ with the stacked matrix&apos;s fans, U(±√(6/(4·embed_dim))), narrower than xavier on each projection alone; in_proj_bias and out_proj.bias = 0; out_proj.weight keeps Linear&apos;s kaiming_uniform_(a=√5).</source>
        <translation>默认初始化：in_proj_weight（q、k、v 堆叠：3·embed_dim × embed_dim）~ xavier_uniform_，使用堆叠后矩阵的扇入扇出，即 U(±√(6/(4·embed_dim)))，比对每个投影单独做 xavier 更窄；in_proj_bias 和 out_proj.bias = 0；out_proj.weight 保持 Linear 的 kaiming_uniform_(a=√5)。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="58"/>
        <source>Default init: each sublayer keeps its own: self_attn as MultiheadAttention (xavier_uniform_ on in_proj), linear1 and linear2 as Linear (kaiming_uniform_(a=√5)), norm1 and norm2 weight 1, bias 0. All its parameters belong to those sublayers, so an initializer the lab applies to this layer (its own parameters) does not reach them.</source>
        <translation>默认初始化：每个子层保持自己的默认值：self_attn 同 MultiheadAttention（in_proj 上的 xavier_uniform_），linear1 和 linear2 同 Linear（kaiming_uniform_(a=√5)），norm1 和 norm2 的 weight 为 1、bias 为 0。它的所有参数都属于这些子层，所以本实验室对该层施加的初始化（只作用于该层自身的参数）不会触及它们。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="64"/>
        <source>Default init: weight = init (0.25) for each of its num_parameters slopes; not random, it starts as LeakyReLU(0.25) and learns the slope.</source>
        <translation>默认初始化：num_parameters 个斜率的 weight 都等于 init（0.25）；不是随机的，它一开始就是 LeakyReLU(0.25)，然后学习斜率。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/init_texts.py" line="68"/>
        <source>No parameters. SELU keeps mean 0 and variance 1 only if the weights before it are N(0, 1/fan_in) (kaiming_normal_ with nonlinearity=&apos;linear&apos;); PyTorch&apos;s default Linear init is narrower, so self-normalization needs that initializer.</source>
        <translation>没有参数。只有当它前面的权重服从 N(0, 1/fan_in)（kaiming_normal_ 且 nonlinearity=&apos;linear&apos;）时，SELU 才能保持均值 0、方差 1；PyTorch 默认的 Linear 初始化更窄，所以自归一化需要这种初始化。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/sequence.py" line="13"/>
        <source>Looks up a learned vector for each integer id in [0, num_embeddings); the input must be ids (fill &apos;ids&apos;).</source>
        <translation>为 [0, num_embeddings) 中的每个整数 id 查找一个学习得到的向量；输入必须是 id（填充 &apos;ids&apos;）。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/sequence.py" line="17"/>
        <source>Elman recurrent layer over (batch, sequence, features) with batch_first; added as RNNOutput, nn.RNN returning only its output sequence, rnn(x)[0].</source>
        <translation>Elman 循环层，设置 batch_first 时输入为 (batch, sequence, features)；以 RNNOutput 添加，即只返回输出序列 rnn(x)[0] 的 nn.RNN。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/sequence.py" line="21"/>
        <source>Long short-term memory over (batch, sequence, features) with batch_first; added as LSTMOutput, nn.LSTM returning only its output sequence, lstm(x)[0].</source>
        <translation>长短期记忆层，设置 batch_first 时输入为 (batch, sequence, features)；以 LSTMOutput 添加，即只返回输出序列 lstm(x)[0] 的 nn.LSTM。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/sequence.py" line="25"/>
        <source>Gated recurrent unit over (batch, sequence, features) with batch_first; added as GRUOutput, nn.GRU returning only its output sequence, gru(x)[0].</source>
        <translation>门控循环单元，设置 batch_first 时输入为 (batch, sequence, features)；以 GRUOutput 添加，即只返回输出序列 gru(x)[0] 的 nn.GRU。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/sequence.py" line="29"/>
        <source>Multi-head self-attention; added as SelfAttention, nn.MultiheadAttention returning attn(x, x, x)[0].</source>
        <translation>多头自注意力；以 SelfAttention 添加，即返回 attn(x, x, x)[0] 的 nn.MultiheadAttention。</translation>
    </message>
    <message>
        <location filename="../core/model/layer_groups/sequence.py" line="33"/>
        <source>Self-attention then a feed-forward block, each with a residual and LayerNorm.</source>
        <translation>先自注意力再前馈块，两者都带残差连接和 LayerNorm。</translation>
    </message>
    <message>
        <location filename="../core/model/containers.py" line="28"/>
        <source>Output channels of d2l&apos;s 1×1 convolution shortcut (use_1x1conv); empty: the input itself is added. Set it when the body changes the channels or the size.</source>
        <translation>d2l 的 1×1 卷积捷径（use_1x1conv）的输出通道数；留空：直接加上输入本身。当主体改变通道数或尺寸时设置它。</translation>
    </message>
    <message>
        <location filename="../core/model/containers.py" line="32"/>
        <source>Stride of the 1×1 shortcut convolution: the body&apos;s stride.</source>
        <translation>1×1 捷径卷积的步幅：与主体的步幅相同。</translation>
    </message>
    <message>
        <location filename="../core/model/containers.py" line="38"/>
        <source>A named block of layers run one after another: a nested nn.Sequential, as d2l&apos;s block1() and block2() build them. Select it, then add layers from the palette to put them inside.</source>
        <translation>一个命名的块，其中的层依次运行：嵌套的 nn.Sequential，就像 d2l 的 block1() 和 block2() 构建的那样。选中它，再从层面板添加层，即可放入其中。</translation>
    </message>
    <message>
        <location filename="../core/model/containers.py" line="41"/>
        <source>d2l&apos;s residual block: relu(body(x) + shortcut(x)). Select it, then add the body&apos;s layers from the palette; the shortcut is x itself or a 1×1 convolution.</source>
        <translation>d2l 的残差块：relu(body(x) + shortcut(x))。选中它，再从层面板添加主体的层；捷径是 x 本身或一个 1×1 卷积。</translation>
    </message>
    <message>
        <location filename="../core/model/containers.py" line="44"/>
        <source>Parallel branches on the same input, concatenated along the channels as in GoogLeNet&apos;s Inception block. Each layer added into it is one branch; use a Sequential block for a longer branch.</source>
        <translation>对同一输入的并行分支，沿通道维连结，如 GoogLeNet 的 Inception 块。加入其中的每一层是一个分支；较长的分支请用 Sequential 块。</translation>
    </message>
    <message>
        <location filename="../core/model/containers.py" line="50"/>
        <source>A container has no parameters of its own (a Residual&apos;s 1×1 shortcut is a LazyConv2d, initialized as convolutions are). net.apply visits its children first, depth-first, then the container itself.</source>
        <translation>容器本身没有参数（Residual 的 1×1 捷径是 LazyConv2d，按卷积的方式初始化）。net.apply 先深度优先访问其子模块，再访问容器本身。</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="85"/>
        <source>About Lazy Init Lab</source>
        <translation>关于 Lazy Init Lab</translation>
    </message>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="87"/>
        <source>Lazy Init Lab: assemble a network, watch PyTorch&apos;s lazy initialization happen, and compare initializers by their histograms.</source>
        <translation>Lazy Init Lab：搭建一个网络，观察 PyTorch 的延迟初始化如何发生，并通过直方图比较各种初始化方法。</translation>
    </message>
</context>
<context>
    <name>ArgField</name>
    <message>
        <location filename="../gui/forms/arg_form.py" line="109"/>
        <source>integers</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../gui/forms/arg_form.py" line="109"/>
        <source>number</source>
        <translation>数</translation>
    </message>
    <message>
        <location filename="../gui/forms/arg_form.py" line="112"/>
        <source>Give {name} as a number, or pick one of its named values.</source>
        <translation>请把 {name} 填为一个数，或选择它的一个命名值。</translation>
    </message>
    <message>
        <location filename="../gui/forms/arg_form.py" line="117"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../gui/forms/arg_form.py" line="119"/>
        <source>Pass None for {name}: {help}</source>
        <translation>为 {name} 传入 None：{help}</translation>
    </message>
</context>
<context>
    <name>ArgForm</name>
    <message>
        <location filename="../gui/forms/arg_editors.py" line="121"/>
        <source>e.g. 3 or {example}</source>
        <translation>例如 3 或 {example}</translation>
    </message>
    <message>
        <location filename="../gui/forms/arg_form.py" line="222"/>
        <source>No arguments to set.</source>
        <translation>没有需要设置的参数。</translation>
    </message>
    <message>
        <location filename="../gui/forms/arg_form.py" line="265"/>
        <source>{help}
Allowed: {range}.
Required.</source>
        <translation>{help}
允许的值：{range}。
必需。</translation>
    </message>
    <message>
        <location filename="../gui/forms/arg_form.py" line="267"/>
        <source>{help}
Allowed: {range}.</source>
        <translation>{help}
允许的值：{range}。</translation>
    </message>
</context>
<context>
    <name>ArgumentsDialog</name>
    <message>
        <location filename="../gui/network/layer_editor.py" line="79"/>
        <source>Add {layer}</source>
        <translation>添加 {layer}</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="84"/>
        <source>Arguments in bold are required; hover a name for its range.</source>
        <translation>粗体的参数是必需的；把鼠标悬停在名称上可查看其取值范围。</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="90"/>
        <source>Add layer</source>
        <translation>添加层</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="95"/>
        <source>New {layer}</source>
        <translation>新的 {layer}</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../gui/kit/busy_indicator.py" line="52"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../gui/kit/busy_indicator.py" line="54"/>
        <source>Stop the running operation after the current layer (Esc); the network stays as it was</source>
        <translation>在当前层之后停止正在运行的操作（Esc）；网络保持原样</translation>
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
        <translation>还没有层。
从层面板把层拖到这里，或在面板中双击它。</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../gui/analysis/chart_export.py" line="35"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../gui/analysis/chart_export.py" line="36"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../gui/analysis/chart_export.py" line="41"/>
        <source>Export chart data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <location filename="../gui/analysis/chart_export.py" line="42"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/analysis/chart_export.py" line="58"/>
        <source>Could not save {path}: {error}</source>
        <translation>无法保存 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/chart_export.py" line="62"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>ChooserToggle</name>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="212"/>
        <source>Show or hide the initializers and their arguments</source>
        <translation>显示或隐藏初始化方法及其参数</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="221"/>
        <source>Initializers ({count}) {arrow}</source>
        <translation>初始化方法（{count}）{arrow}</translation>
    </message>
</context>
<context>
    <name>ClassStart</name>
    <message>
        <location filename="../gui/lesson/class_start.py" line="37"/>
        <source>The lesson has steps 1 to {count}</source>
        <translation>这个课程的步骤是 1 到 {count}</translation>
    </message>
    <message>
        <location filename="../gui/lesson/class_start.py" line="44"/>
        <source>Busy: wait for the running operation</source>
        <translation>忙碌：请等待正在进行的操作</translation>
    </message>
    <message>
        <location filename="../gui/lesson/class_start.py" line="53"/>
        <source>The lesson could not move on from step {n}</source>
        <translation>课程无法从第 {n} 步继续</translation>
    </message>
</context>
<context>
    <name>CodeExport</name>
    <message>
        <location filename="../gui/window/code_export.py" line="29"/>
        <source>Export the whole session as PyTorch code</source>
        <translation>将整个会话导出为 PyTorch 代码</translation>
    </message>
    <message>
        <location filename="../gui/window/code_export.py" line="30"/>
        <source>Export the network on screen as PyTorch code</source>
        <translation>将屏幕上的网络导出为 PyTorch 代码</translation>
    </message>
    <message>
        <location filename="../gui/window/code_export.py" line="38"/>
        <source>PyTorch script written to {path} ({steps} steps: the whole session).</source>
        <translation>PyTorch 脚本已写入 {path}（{steps} 步：整个会话）。</translation>
    </message>
    <message>
        <location filename="../gui/window/code_export.py" line="41"/>
        <source>PyTorch script written to {path} (the network on screen: the last {steps} of {total} steps).</source>
        <translation>PyTorch 脚本已写入 {path}（屏幕上的网络：共 {total} 步中的最后 {steps} 步）。</translation>
    </message>
    <message>
        <location filename="../gui/window/code_export.py" line="45"/>
        <source>Running it gives back these exact weights.</source>
        <translation>运行它会得到完全相同的权重。</translation>
    </message>
    <message>
        <location filename="../gui/window/code_export.py" line="46"/>
        <source>Its weights are not the lab&apos;s: the script&apos;s header says why.</source>
        <translation>它的权重与实验室中的不同：脚本开头的说明给出了原因。</translation>
    </message>
    <message>
        <location filename="../gui/window/code_export.py" line="49"/>
        <source>Export the whole session (Ctrl+Shift+E) to replay every step.</source>
        <translation>导出整个会话（Ctrl+Shift+E）可重放每一步。</translation>
    </message>
</context>
<context>
    <name>CompareControls</name>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="42"/>
        <source>The parameter to show</source>
        <translation>要显示的参数</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="43"/>
        <source>Overlay</source>
        <translation>叠加</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="43"/>
        <source>Small multiples</source>
        <translation>小多图</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="44"/>
        <source>All parameters</source>
        <translation>所有参数</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="46"/>
        <source>Overlaid on one plot, one plot per initializer on shared axes, or every parameter at once</source>
        <translation>叠加在一张图上、每个初始化方法一张图（共享坐标轴），或一次显示所有参数</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="48"/>
        <source>Theory</source>
        <translation>理论</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="49"/>
        <source>Draw the expected density (dashed), from each parameter&apos;s fan_in, fan_out and gain</source>
        <translation>根据每个参数的 fan_in、fan_out 和 gain 绘制期望密度（虚线）</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="51"/>
        <source>Log counts</source>
        <translation>对数计数</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="53"/>
        <source>Full range</source>
        <translation>完整范围</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="54"/>
        <source>Central {percent}%</source>
        <translation>中间 {percent}%</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="56"/>
        <source>Clip the range to central percentiles so a few outliers do not squash the rest</source>
        <translation>把范围裁剪到中间的百分位，以免少数离群值压缩其余部分</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="58"/>
        <source>bins </source>
        <translation>分箱 </translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="59"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="60"/>
        <source>Export the chart as a PNG image</source>
        <translation>把图表导出为 PNG 图像</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="61"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_controls.py" line="62"/>
        <source>Export the bins and expected counts as CSV</source>
        <translation>把分箱和期望计数导出为 CSV</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="115"/>
        <source>Apply and compare</source>
        <translation>应用并比较</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="117"/>
        <source>Apply each ticked initializer to a copy of the network with the same seed and compare the weights (Ctrl+Shift+C). The network itself is not changed.</source>
        <translation>把每个勾选的初始化方法以相同的随机种子应用到网络的副本上，并比较权重（Ctrl+Shift+C）。网络本身不会改变。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="121"/>
        <source>Tick initializers and press “Apply and compare”: each is applied to a copy of the network with the same seed, and their weights appear here.</source>
        <translation>勾选初始化方法并按“应用并比较”：每个方法都以相同的随机种子应用到网络的副本上，它们的权重会显示在这里。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="119"/>
        <source>Point at the chart to read a bin&apos;s range and counts</source>
        <translation>把鼠标指向图表，读取某个分箱的范围和计数</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="187"/>
        <source>Tick at least one initializer to compare.</source>
        <translation>请至少勾选一个要比较的初始化方法。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="200"/>
        <source>Busy: wait for the running operation</source>
        <translation>忙碌：请等待正在进行的操作</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="205"/>
        <source>Applying {count} initializers to copies of the network…</source>
        <translation>正在把 {count} 个初始化方法应用到网络的副本上…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_texts.py" line="16"/>
        <source>Compared {count} initializers with seed {seed}; the network is unchanged.</source>
        <translation>已用随机种子 {seed} 比较了 {count} 个初始化方法；网络未改变。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_texts.py" line="20"/>
        <source>{label} failed: {message}</source>
        <translation>{label} 失败：{message}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_texts.py" line="27"/>
        <source>This comparison was made for an earlier network; the layers or their shapes have changed since. Press “Apply and compare” to compare the network as it is now.</source>
        <translation>此比较基于较早的网络；此后层或其形状已改变。按“应用并比较”以比较当前的网络。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="339"/>
        <source>Applying {label} ({number} of {total})…</source>
        <translation>正在应用 {label}（第 {number} 个，共 {total} 个）…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_view.py" line="277"/>
        <source>Nothing to export: run a comparison first</source>
        <translation>没有可导出的内容：请先运行一次比较</translation>
    </message>
</context>
<context>
    <name>DepthView</name>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="124"/>
        <source>batch </source>
        <translation>批量 </translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="125"/>
        <source>Rows of the random batch x ~ N(0, 1); the other dimensions follow the last forward pass&apos;s input</source>
        <translation>随机批量 x ~ N(0, 1) 的行数；其他维度沿用上一次前向传播的输入</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="127"/>
        <source>train mode</source>
        <translation>训练模式</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="128"/>
        <source>eval mode</source>
        <translation>评估模式</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="129"/>
        <source>Theory</source>
        <translation>理论</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="131"/>
        <source>Dashed: Var(out) = fan_in·E[w²]·E[x²] + E[b²] forwards, fan_out·E[w²] backwards, halved by ReLU; drawn while every layer so far is covered</source>
        <translation>虚线：前向 Var(out) = fan_in·E[w²]·E[x²] + E[b²]，反向 fan_out·E[w²]，经过 ReLU 减半；只要到目前为止的每一层都适用就会绘制</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="133"/>
        <source>Run depth statistics</source>
        <translation>运行逐层统计</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="135"/>
        <source>Initialize copies of the network with each initializer ticked in the Compare tab, forward a batch and backward a simple loss; the network itself is not changed.</source>
        <translation>用比较页中勾选的每个初始化方法初始化网络的副本，前向传播一个批量并对一个简单的损失做反向传播；网络本身不会改变。</translation>
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
        <translation>搭建一个深层网络（例如 网络 ▸ 从模板开始 ▸ 深层多层感知机），让一个样本通过它，然后运行：曲线显示在每种初始化方法下，信号的离散程度如何逐层增大或减小。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="145"/>
        <source>Point at a layer to read its values</source>
        <translation>把鼠标指向某一层，读取它的数值</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="261"/>
        <source>These lines were measured on an earlier network; the layers or their shapes have changed since. Run depth statistics again for the network as it is now.</source>
        <translation>这些曲线测自较早的网络；此后层或其形状已改变。请对当前的网络重新运行深度统计。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="310"/>
        <source>Activation std per layer</source>
        <translation>每层激活值的标准差</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="311"/>
        <source>Gradient std per layer</source>
        <translation>每层梯度的标准差</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="315"/>
        <source>std (log scale)</source>
        <translation>标准差（对数刻度）</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="159"/>
        <source>Tick at least one initializer in the Compare tab.</source>
        <translation>请在比较页中至少勾选一个初始化方法。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="175"/>
        <source>Busy: wait for the running operation</source>
        <translation>忙碌：请等待正在进行的操作</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="179"/>
        <source>Forward and backward through copies of the network…</source>
        <translation>正在对网络的副本做前向和反向传播…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="244"/>
        <source>Batch {shape} ({mode} mode), seed {seed}; the network is unchanged.</source>
        <translation>批量 {shape}（{mode}模式），随机种子 {seed}；网络未改变。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="249"/>
        <source>{label} failed: {message}</source>
        <translation>{label} 失败：{message}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="294"/>
        <source>dashed: theory</source>
        <translation>虚线：理论值</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="314"/>
        <source>layer with its activation</source>
        <translation>层（连同其后的激活函数）</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="337"/>
        <source>{label}: activation {a}, gradient {g}</source>
        <translation>{label}：激活值 {a}，梯度 {g}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="340"/>
        <source>layer {name}</source>
        <translation>层 {name}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="356"/>
        <source>Forward and backward with {label} ({number} of {total})…</source>
        <translation>正在用 {label} 做前向和反向传播（第 {number} 个，共 {total} 个）…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/depth_view.py" line="228"/>
        <source>Nothing to export: run depth statistics first</source>
        <translation>没有可导出的内容：请先运行逐层统计</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../gui/window/error_banner.py" line="69"/>
        <source>PyTorch&apos;s message</source>
        <translation>PyTorch 的消息</translation>
    </message>
    <message>
        <location filename="../gui/window/error_banner.py" line="70"/>
        <source>Show or hide the error exactly as PyTorch gave it</source>
        <translation>显示或隐藏 PyTorch 给出的原始错误</translation>
    </message>
    <message>
        <location filename="../gui/window/error_banner.py" line="71"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../gui/window/error_banner.py" line="72"/>
        <source>Hide this message (Esc)</source>
        <translation>隐藏这条消息（Esc）</translation>
    </message>
    <message>
        <location filename="../gui/window/error_banner.py" line="122"/>
        <source>Fix it with one step; Ctrl+Z undoes it</source>
        <translation>一步修复；Ctrl+Z 可撤销</translation>
    </message>
    <message>
        <location filename="../gui/window/error_banner.py" line="113"/>
        <source>Layer {name}: the operation was refused ({kind})</source>
        <translation>层 {name}：操作被拒绝（{kind}）</translation>
    </message>
    <message>
        <location filename="../gui/window/error_banner.py" line="115"/>
        <source>The operation was refused ({kind})</source>
        <translation>操作被拒绝（{kind}）</translation>
    </message>
    <message>
        <location filename="../gui/window/error_banner.py" line="117"/>
        <source>{message}
The network was left as it was.</source>
        <translation>{message}
网络保持原样，未被改动。</translation>
    </message>
    <message>
        <location filename="../gui/window/error_banner.py" line="119"/>
        <source>(PyTorch raised nothing)</source>
        <translation>（PyTorch 没有报错）</translation>
    </message>
</context>
<context>
    <name>FileMenuMixin</name>
    <message>
        <location filename="../gui/window/file_menu.py" line="42"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="48"/>
        <source>Busy: wait for the running operation</source>
        <translation>忙碌：请等待正在进行的操作</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="78"/>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="92"/>
        <source>{name} could not be opened and was removed from Open Recent.</source>
        <translation>{name} 无法打开，已从“最近打开”中移除。</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="105"/>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="117"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="118"/>
        <source>The session could not be saved to {path}: {reason}</source>
        <translation>会话无法保存到 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="123"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="143"/>
        <source>Import weights</source>
        <translation>导入权重</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="148"/>
        <source>Export weights</source>
        <translation>导出权重</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="154"/>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="157"/>
        <source>Weights written to {path}</source>
        <translation>权重已写入 {path}</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="176"/>
        <source>Not exported: an operation is still running; export again when it ends.</source>
        <translation>未导出：仍有操作在运行；请在它结束后再导出。</translation>
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
        <translation>向量 (N, features)</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="127"/>
        <source>image (N, C, H, W)</source>
        <translation>图像 (N, C, H, W)</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="128"/>
        <source>sequence (N, C, L)</source>
        <translation>序列 (N, C, L)</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="132"/>
        <source>Linear layers take vectors; Conv2d takes images; Conv1d takes sequences.</source>
        <translation>线性层接受向量；Conv2d 接受图像；Conv1d 接受序列。</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="133"/>
        <source>batch N</source>
        <translation>批量 N</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="133"/>
        <source>features</source>
        <translation>特征数</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="134"/>
        <source>channels C</source>
        <translation>通道 C</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="134"/>
        <source>height H</source>
        <translation>高 H</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="135"/>
        <source>width W</source>
        <translation>宽 W</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="135"/>
        <source>length L</source>
        <translation>长度 L</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="140"/>
        <source>uniform in [low, high)</source>
        <translation>均匀分布 [low, high)</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="141"/>
        <source>normal (mean, std)</source>
        <translation>正态分布 (mean, std)</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="141"/>
        <source>zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="142"/>
        <source>ones</source>
        <translation>全一</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="143"/>
        <source>ids: whole numbers in [low, high), for an Embedding</source>
        <translation>ids：[low, high) 中的整数，用于 Embedding</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="136"/>
        <source>low</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="136"/>
        <source>high</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="136"/>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="137"/>
        <source>std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="148"/>
        <source>Any float32 number; scientific notation such as -3.4e+37 works.</source>
        <translation>任意 float32 数；可以使用科学计数法，例如 -3.4e+37。</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="149"/>
        <source>torch.rand: uniform [0, 1)</source>
        <translation>torch.rand：均匀分布 [0, 1)</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="150"/>
        <source>What torch.rand draws: uniform between 0 and 1.</source>
        <translation>torch.rand 的取值：0 到 1 之间的均匀分布。</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="151"/>
        <source>Seed&apos;s extreme range (±finfo(float32).max/10)</source>
        <translation>原文中的极端范围（±finfo(float32).max/10）</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="153"/>
        <source>Uniform between finfo(float32).min/10 and finfo(float32).max/10, the input of the original lesson: watch what such values do to the layers.</source>
        <translation>在 finfo(float32).min/10 和 finfo(float32).max/10 之间均匀分布，即原课程中的输入：看看这样的数值会对各层造成什么影响。</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="155"/>
        <source>fixed seed</source>
        <translation>固定随机种子</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="157"/>
        <source>Draw the same input every run; off: a new one each time.</source>
        <translation>每次运行都抽取相同的输入；关闭时每次抽取新的输入。</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="158"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="159"/>
        <source>eval</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="161"/>
        <source>train: BatchNorm uses the batch&apos;s statistics and Dropout drops; eval: running statistics, no dropout.</source>
        <translation>训练：BatchNorm 使用批量的统计量，Dropout 会丢弃元素；评估：使用滑动统计量，不做暂退。</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="163"/>
        <source>Run forward</source>
        <translation>运行前向传播</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="165"/>
        <source>Send this input through the network (Ctrl+R); lazy layers learn their shapes.</source>
        <translation>让这个输入通过网络（Ctrl+R）；延迟初始化的层会得知自己的形状。</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="166"/>
        <source>Input shape</source>
        <translation>输入形状</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="168"/>
        <source>layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="167"/>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="169"/>
        <source>fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="170"/>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="268"/>
        <source>Layout switched to {layout}: the network starts with {layer}.</source>
        <translation>布局已切换为{layout}：网络以 {layer} 开头。</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="279"/>
        <source>Fill switched to ids in [0, {count}): the network starts with Embedding, which looks up integer ids.</source>
        <translation>填充方式已切换为 [0, {count}) 中的 id：网络以 Embedding 开头，它查找的是整数 id。</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="323"/>
        <source>{field} must be a number such as 0.5 or -1e+30, got &apos;{text}&apos;.</source>
        <translation>{field} 必须是一个数，例如 0.5 或 -1e+30，实际为 &apos;{text}&apos;。</translation>
    </message>
    <message>
        <location filename="../gui/forms/forward_panel.py" line="372"/>
        <source>The input tensor&apos;s shape: ({shape})</source>
        <translation>输入张量的形状：({shape})</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../gui/window/actions.py" line="157"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="159"/>
        <source>Every action&apos;s keyboard shortcut (Ctrl+/)</source>
        <translation>每个操作的键盘快捷键（Ctrl+/）</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="160"/>
        <source>&amp;Lesson guide</source>
        <translation>课程指南(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="162"/>
        <source>How to walk, present and start a lesson</source>
        <translation>如何逐步讲解、演示和启动课程</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="163"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="276"/>
        <source>Nothing to show yet</source>
        <translation>暂无内容</translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="145"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="146"/>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="179"/>
        <source>No finite values to plot</source>
        <translation>没有可绘制的有限值</translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="240"/>
        <source>mean {mean}    std {std}    min {min}    max {max}    numel {numel}</source>
        <translation>均值 {mean}    标准差 {std}    最小值 {min}    最大值 {max}    元素数 {numel}</translation>
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
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/analysis/histogram_view.py" line="256"/>
        <source>%n non-finite values not shown ({details})</source>
        <translation>
            <numerusform>%n 个非有限值未显示（{details}）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="287"/>
        <source>[{start}, {end}]: {count}</source>
        <translation>[{start}, {end}]：{count}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="287"/>
        <source>[{start}, {end}): {count}</source>
        <translation>[{start}, {end})：{count}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/histogram_view.py" line="306"/>
        <source>Point at a bar to see its range and count</source>
        <translation>把鼠标指向某个柱子，查看其范围和计数</translation>
    </message>
</context>
<context>
    <name>HistoryChooser</name>
    <message>
        <location filename="../gui/analysis/compare_history.py" line="37"/>
        <source>Also overlay from history</source>
        <translation>同时叠加历史记录</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_history.py" line="39"/>
        <source>Snapshots in which this parameter changed; ticked ones are drawn rescaled to the comparison&apos;s bins.</source>
        <translation>该参数发生变化的快照；勾选的快照会按比较所用的分箱重新缩放后绘制。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../gui/history/history_panel.py" line="257"/>
        <source>Steps that changed it</source>
        <translation>改变过它的步骤</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="125"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="126"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="127"/>
        <source>Log counts</source>
        <translation>对数计数</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="128"/>
        <source>Bins:</source>
        <translation>分箱数：</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="130"/>
        <source>How many equal bins the histogram has. Other counts than 100 are computed in the background from the weights that step kept.</source>
        <translation>直方图等宽分箱的个数。100 以外的分箱数会在后台根据该步骤保留的权重计算。</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="188"/>
        <source>Export histogram</source>
        <translation>导出直方图</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="196"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="200"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="259"/>
        <source>Select a parameter to see its histogram</source>
        <translation>选择一个参数以查看其直方图</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="137"/>
        <location filename="../gui/history/history_panel.py" line="262"/>
        <source>Steps that changed {name}</source>
        <translation>改变过 {name} 的步骤</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="290"/>
        <source>{name} {shape}</source>
        <translation>{name} {shape}</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="301"/>
        <source>Computing {bins} bins…</source>
        <translation>正在计算 {bins} 个分箱…</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="357"/>
        <source>{name} does not exist in the network at this step</source>
        <translation>在这一步，网络中不存在 {name}</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="360"/>
        <source>{name} is uninitialized: run a forward pass to materialize it</source>
        <translation>{name} 尚未初始化：运行一次前向传播来实例化它</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="376"/>
        <source>Nothing to export: no histogram is shown</source>
        <translation>没有可导出的内容：当前没有显示直方图</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="386"/>
        <source>Could not save {path}: {error}</source>
        <translation>无法保存 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../gui/history/history_panel.py" line="389"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>InitChooser</name>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="98"/>
        <source>Tick the initializers to compare; select one to edit its arguments.</source>
        <translation>勾选要比较的初始化方法；选中其中一个以编辑它的参数。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="103"/>
        <source>Every initializer draws with this seed, so the copies differ only by the initializer.</source>
        <translation>每个初始化方法都使用这个随机种子抽取，因此各副本只因初始化方法而不同。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="105"/>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="105"/>
        <source>biases</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="106"/>
        <source>weights and biases</source>
        <translation>权重和偏置</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="108"/>
        <source>Which parameters each initializer is applied to; the others keep the network&apos;s current values.</source>
        <translation>每个初始化方法应用于哪些参数；其他参数保留网络当前的值。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="110"/>
        <source>Initializers to compare</source>
        <translation>要比较的初始化方法</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="111"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="112"/>
        <source>Apply to</source>
        <translation>应用于</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_chooser.py" line="192"/>
        <source>Arguments of {name}</source>
        <translation>{name} 的参数</translation>
    </message>
</context>
<context>
    <name>InitPanel</name>
    <message>
        <location filename="../gui/forms/init_panel.py" line="123"/>
        <source>all layers</source>
        <translation>所有层</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="124"/>
        <source>selected layers</source>
        <translation>选中的层</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="125"/>
        <source>layers of these types:</source>
        <translation>以下类型的层：</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="127"/>
        <source>Types as the network has them now; layers without parameters are not listed.</source>
        <translation>网络中现有的类型；没有参数的层不在此列。</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="129"/>
        <source>No layer with parameters yet.</source>
        <translation>还没有带参数的层。</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="130"/>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="131"/>
        <source>biases</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="132"/>
        <source>both</source>
        <translation>两者</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="133"/>
        <source>fixed seed</source>
        <translation>固定随机种子</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="134"/>
        <source>Draw the same weights every time.</source>
        <translation>每次都抽取相同的权重。</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="135"/>
        <source>Apply initializer</source>
        <translation>应用初始化</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="136"/>
        <source>Initialize the chosen parameters now (Ctrl+I).</source>
        <translation>立即初始化所选的参数（Ctrl+I）。</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="377"/>
        <source>layer {name}</source>
        <translation>层 {name}</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="378"/>
        <source>layer {name} ({type})</source>
        <translation>层 {name}（{type}）</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_remedy.py" line="46"/>
        <source>Send a sample through first</source>
        <translation>先让一个样本通过网络</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_remedy.py" line="47"/>
        <source>Run a forward pass with the Forward tab&apos;s input, so lazy layers learn their shapes; then this initializer is applied again.</source>
        <translation>用“前向传播”页的输入运行一次前向传播，让延迟初始化的层得知自己的形状；然后再次应用这个初始化方法。</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_remedy.py" line="51"/>
        <source>Nothing to initialize yet</source>
        <translation>还没有可初始化的内容</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="120"/>
        <source>Initializer</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="121"/>
        <source>Apply to</source>
        <translation>应用于</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="122"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="215"/>
        <source>No layer is selected: select layers in the network view, or apply to all layers.</source>
        <translation>没有选中任何层：请在网络视图中选择层，或应用于所有层。</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="223"/>
        <source>Check at least one layer type to initialize.</source>
        <translation>请至少勾选一种要初始化的层类型。</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_remedy.py" line="54"/>
        <source>Lazy layers get their shapes at the first forward pass; until then their parameters have no values to initialize.</source>
        <translation>延迟初始化的层在第一次前向传播时才确定形状；在此之前，它们的参数还没有可初始化的值。</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="353"/>
        <source>{init} needs tensors with at least {dims} dimensions; biases have one, so they would be refused. Choose weights.</source>
        <translation>{init} 需要至少 {dims} 维的张量；偏置只有一维，因此会被拒绝。请选择权重。</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="367"/>
        <source>Selected: {names}</source>
        <translation>已选中：{names}</translation>
    </message>
    <message>
        <location filename="../gui/forms/init_panel.py" line="370"/>
        <source>None selected: click layers in the network view.</source>
        <translation>未选中：请在网络视图中点击层。</translation>
    </message>
</context>
<context>
    <name>LayerEditor</name>
    <message>
        <location filename="../gui/network/layer_editor.py" line="180"/>
        <source>Select a layer in the network to see and edit its arguments.</source>
        <translation>在网络中选择一层，以查看和编辑它的参数。</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="182"/>
        <source>Apply changes</source>
        <translation>应用更改</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="184"/>
        <source>Rebuild this layer with these arguments (it gets fresh weights).</source>
        <translation>用这些参数重建该层（它会得到新的权重）。</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="236"/>
        <source>Layer {name}: {layer}</source>
        <translation>层 {name}：{layer}</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="240"/>
        <source>Declared as {layer}; now a {type} ({state}).</source>
        <translation>声明为 {layer}；现在是 {type}（{state}）。</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="246"/>
        <source>Type {type} ({state}).</source>
        <translation>类型 {type}（{state}）。</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="255"/>
        <source>uninitialized until the first forward pass</source>
        <translation>在第一次前向传播之前未初始化</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="256"/>
        <source>materialized</source>
        <translation>已实例化</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="257"/>
        <source>weights loaded, still lazy until a forward pass</source>
        <translation>已加载权重，但在前向传播之前仍是延迟初始化的</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="258"/>
        <source>no parameters</source>
        <translation>没有参数</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="265"/>
        <source>Tied to position {position}: both are the same module, so an edit changes both.</source>
        <translation>与位置 {position} 共享参数：两者是同一个模块，所以编辑会同时改变两者。</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="268"/>
        <source>Applying rebuilds the layer: its weights start afresh.</source>
        <translation>应用时会重建该层：它的权重会重新开始。</translation>
    </message>
    <message>
        <location filename="../gui/network/layer_editor.py" line="189"/>
        <location filename="../gui/network/layer_editor.py" line="292"/>
        <source>Nothing changed: every argument is as before.</source>
        <translation>没有变化：每个参数都与之前相同。</translation>
    </message>
</context>
<context>
    <name>LessonDock</name>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="324"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>LessonGuideDialog</name>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="60"/>
        <source>Lesson guide</source>
        <translation>课程指南</translation>
    </message>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="62"/>
        <source>&lt;p&gt;&lt;b&gt;Open a lesson&lt;/b&gt;: Lesson ▸ Lazy initialization (built-in), or Lesson ▸ Open lesson… for your own file.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Next&lt;/b&gt;: PageDown or Alt+Right performs the next step and explains it. &lt;b&gt;Back&lt;/b&gt;: PageUp or Alt+Left returns to the previous step exactly as it was.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Exercises&lt;/b&gt;: on a task page, try it in the app; every attempt is explained. Next then shows the answer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Presenter mode&lt;/b&gt;: View ▸ Presenter mode (Ctrl+Shift+P or F11) makes texts large and shows what each step is about: the changed card, the visit log, the shape trace or a histogram.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start class in one command&lt;/b&gt;:&lt;br&gt;&lt;code&gt;python main.py --lesson lazy_initialization --step 7 --presenter&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Writing your own lessons: docs/lessons.md.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;打开课程&lt;/b&gt;：课程 ▸ 延迟初始化（内置），或者用 课程 ▸ 打开课程… 打开你自己的文件。&lt;/p&gt;&lt;p&gt;&lt;b&gt;下一步&lt;/b&gt;：PageDown 或 Alt+→ 执行下一步并加以讲解。&lt;b&gt;上一步&lt;/b&gt;：PageUp 或 Alt+← 回到上一步，与当时完全一样。&lt;/p&gt;&lt;p&gt;&lt;b&gt;练习&lt;/b&gt;：在任务页上，先在应用中自己尝试；每次尝试都会得到讲解。然后按“下一步”查看答案。&lt;/p&gt;&lt;p&gt;&lt;b&gt;演示模式&lt;/b&gt;：视图 ▸ 演示模式（Ctrl+Shift+P 或 F11）放大文字，并显示每一步讲的内容：改变的卡片、访问日志、形状追踪或直方图。&lt;/p&gt;&lt;p&gt;&lt;b&gt;一条命令开始上课&lt;/b&gt;：&lt;br&gt;&lt;code&gt;python main.py --lesson lazy_initialization --step 7 --presenter&lt;/code&gt;&lt;/p&gt;&lt;p&gt;编写自己的课程：docs/lessons.md。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="215"/>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="216"/>
        <source>The previous step, exactly as it was (PageUp, Alt+Left)</source>
        <translation>回到上一步，与当时完全相同（PageUp，Alt+Left）</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="222"/>
        <location filename="../gui/lesson/lesson_panel.py" line="239"/>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="218"/>
        <source>Close lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="219"/>
        <source>Leave the lesson; the network stays as it is</source>
        <translation>离开课程；网络保持原样</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="227"/>
        <source>Step {page} of {count}</source>
        <translation>第 {page} 步，共 {count} 步</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="231"/>
        <source>Your turn: {title}</source>
        <translation>轮到你了：{title}</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="232"/>
        <source>Your turn</source>
        <translation>轮到你了</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="233"/>
        <source>Step {n}</source>
        <translation>第 {n} 步</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="238"/>
        <source>Show the answer ▶</source>
        <translation>显示答案 ▶</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="241"/>
        <source>Perform the worked answer from the lesson&apos;s own state (PageDown, Alt+Right)</source>
        <translation>从课程自身的状态出发执行示范答案（PageDown，Alt+Right）</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="243"/>
        <source>Perform the next step (PageDown, Alt+Right)</source>
        <translation>执行下一步（PageDown，Alt+Right）</translation>
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
        <translation>现在就在应用中试一试；每次尝试都会在这里得到解释。然后按“下一步”查看答案。</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="263"/>
        <source>⚠ This step did not go as the lesson expects: {message}</source>
        <translation>⚠ 这一步的结果与课程预期不同：{message}</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="266"/>
        <source>⚠ This step succeeded, but the lesson expected an error.</source>
        <translation>⚠ 这一步成功了，但课程预期会出错。</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_panel.py" line="270"/>
        <source>Refused, as the lesson expects: {message}</source>
        <translation>按课程预期被拒绝：{message}</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_menu.py" line="60"/>
        <source>This lesson cannot be opened</source>
        <translation>无法打开这节课</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_menu.py" line="61"/>
        <source>{path}: {reason}</source>
        <translation>{path}：{reason}</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_menu.py" line="71"/>
        <source>Busy: wait for the running operation</source>
        <translation>忙碌：请等待正在进行的操作</translation>
    </message>
    <message>
        <location filename="../gui/lesson/lesson_menu.py" line="50"/>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="133"/>
        <source>&amp;Lazy initialization (built-in)</source>
        <translation>延迟初始化（内置）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="135"/>
        <source>The chapter&apos;s lesson, step by step, with its three exercises</source>
        <translation>本章的课程，逐步讲解，附带三道练习</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="138"/>
        <source>&amp;Does it train? Initialization in practice (built-in)</source>
        <translation>能训练吗？实践中的初始化（内置）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="141"/>
        <source>Symmetry, vanishing and exploding gradients, Xavier, Kaiming and batch normalization, trained side by side</source>
        <translation>对称性、梯度消失和梯度爆炸、Xavier 初始化、Kaiming 初始化与批量规范化：并排训练比较</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="144"/>
        <source>&amp;Open lesson…</source>
        <translation>打开课程(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="146"/>
        <source>Open a lesson or any scenario file as a lesson</source>
        <translation>把课程或任意场景文件作为课程打开</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="147"/>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="150"/>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="153"/>
        <source>&amp;Close lesson</source>
        <translation>关闭课程(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="178"/>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LoadingWindow</name>
    <message>
        <location filename="../gui/app.py" line="104"/>
        <source>Lazy Init Lab — loading PyTorch…</source>
        <translation>Lazy Init Lab — 正在加载 PyTorch…</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="114"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="114"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="114"/>
        <source>Histograms and parameters</source>
        <translation>直方图与参数</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="141"/>
        <source>Lazy Init Lab</source>
        <translation>Lazy Init Lab</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="150"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="170"/>
        <source>Lazy Init Lab could not load its modules. If PyTorch is missing, install the requirements (pip install -r requirements.txt) and start again.

{detail}</source>
        <translation>Lazy Init Lab 无法加载它的模块。如果缺少 PyTorch，请安装依赖（pip install -r requirements.txt）后重新启动。

{detail}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/window/file_menu.py" line="21"/>
        <source>Lazy Init Lab session (*.json)</source>
        <translation>Lazy Init Lab 会话 (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="22"/>
        <source>PyTorch state_dict (*.pt *.pth)</source>
        <translation>PyTorch state_dict (*.pt *.pth)</translation>
    </message>
    <message>
        <location filename="../gui/window/file_menu.py" line="23"/>
        <source>Python script (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="138"/>
        <source>Forward</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="138"/>
        <source>Initialize</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="139"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="140"/>
        <source>print(net)</source>
        <translation>print(net)</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="141"/>
        <source>Shape trace</source>
        <translation>形状追踪</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="142"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="143"/>
        <source>Histogram</source>
        <translation>直方图</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="144"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="144"/>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location filename="../gui/window/window_layout.py" line="145"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="43"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="45"/>
        <source>Start an empty network</source>
        <translation>从空网络开始</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="46"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="48"/>
        <source>Open a session or scenario and replay its steps</source>
        <translation>打开会话或场景，并重放其中的步骤</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="49"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="51"/>
        <source>Save the steps so far as a session</source>
        <translation>把到目前为止的步骤保存为会话</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="52"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="54"/>
        <source>&amp;Import weights…</source>
        <translation>导入权重(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="56"/>
        <source>Load a state_dict (.pt); a lazy network gets shapes and values</source>
        <translation>加载 state_dict（.pt）；延迟初始化的网络会获得形状和数值</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="58"/>
        <source>&amp;Export weights…</source>
        <translation>导出权重(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="60"/>
        <source>Save the current state_dict (.pt); uninitialized parameters are left out</source>
        <translation>保存当前的 state_dict（.pt）；未初始化的参数不包含在内</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="62"/>
        <source>Export as PyTorch &amp;code…</source>
        <translation>导出为 PyTorch 代码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="65"/>
        <source>Save a Python script that rebuilds the network on screen and replays its forward passes and initializers (Ctrl+E)</source>
        <translation>保存一个 Python 脚本：重建屏幕上的网络，并重放其前向传播和初始化（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="69"/>
        <source>Export whole session as PyTorch code…</source>
        <translation>将整个会话导出为 PyTorch 代码…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="71"/>
        <source>Save a Python script that replays every step of the session: each network it held, in order (Ctrl+Shift+E)</source>
        <translation>保存一个 Python 脚本：按顺序重放会话的每一步及其中的每个网络（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="74"/>
        <source>Export plot as &amp;PNG…</source>
        <translation>将图导出为 &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="78"/>
        <source>Export plot as &amp;CSV…</source>
        <translation>将图导出为 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="80"/>
        <source>Save the data of the shown tab&apos;s chart as CSV</source>
        <translation>把当前页图表的数据保存为 CSV</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="111"/>
        <source>&amp;Compare initializers</source>
        <translation>比较初始化方法(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="113"/>
        <source>Apply each initializer ticked in the Compare tab to a copy of the network and compare their weights (Ctrl+Shift+C)</source>
        <translation>把比较页中勾选的每个初始化方法应用到网络的副本上，并比较它们的权重（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="116"/>
        <source>&amp;Depth statistics</source>
        <translation>逐层统计(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="118"/>
        <source>Activation and gradient spread per layer under each ticked initializer (Ctrl+Shift+D)</source>
        <translation>在每个勾选的初始化方法下，各层激活值和梯度的离散程度（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="81"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="76"/>
        <source>Save the chart of the shown tab (Histogram, Compare, Depth or Train) as PNG</source>
        <translation>将当前标签页（直方图、比较、深度或训练）的图表保存为 PNG</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="84"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="86"/>
        <source>Undo the last operation (Ctrl+Z)</source>
        <translation>撤销上一步操作（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="88"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="90"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="98"/>
        <source>Run &amp;forward</source>
        <translation>运行前向传播(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="100"/>
        <source>Send the input through the network (Ctrl+R)</source>
        <translation>让输入通过网络（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="101"/>
        <source>&amp;Initialize</source>
        <translation>初始化(&amp;I)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="103"/>
        <source>Apply the chosen initializer (Ctrl+I)</source>
        <translation>应用所选的初始化方法（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="104"/>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="106"/>
        <source>Rebuild every layer: lazy layers uninitialized again, fresh default weights</source>
        <translation>重建每一层：延迟初始化的层重新变为未初始化，权重为新的默认值</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="108"/>
        <source>&amp;Clear</source>
        <translation>清空(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="110"/>
        <source>Remove every layer</source>
        <translation>移除所有层</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="120"/>
        <source>&amp;Train and compare</source>
        <translation>训练并比较(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="122"/>
        <source>Train a copy of the network per initializer ticked in the Train tab on a small task and draw their losses side by side (Ctrl+Shift+T)</source>
        <translation>按“训练”标签页中勾选的每个初始化方法，在一个小任务上训练网络的一个副本，并将它们的损失并排绘出（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="170"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="185"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="173"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="92"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="94"/>
        <source>Settings such as the undo history&apos;s memory limit (Ctrl+,)</source>
        <translation>设置，例如撤销历史的内存上限（Ctrl+,）</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="175"/>
        <source>&amp;Network</source>
        <translation>网络(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="186"/>
        <source>Start from &amp;template</source>
        <translation>从模板开始(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="177"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="187"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="181"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/window/main_window.py" line="161"/>
        <source>Busy: wait for the running operation</source>
        <translation>忙碌：请等待正在进行的操作</translation>
    </message>
    <message>
        <location filename="../gui/window/main_window.py" line="237"/>
        <source>Last: {label}  ·  {count} parameters</source>
        <translation>上一步：{label}  ·  {count} 个参数</translation>
    </message>
    <message>
        <location filename="../gui/window/error_actions.py" line="23"/>
        <source>Send a sample through first, then initialize</source>
        <translation>先让一个样本通过网络，然后初始化</translation>
    </message>
    <message>
        <location filename="../gui/window/error_actions.py" line="48"/>
        <source>Cancelled: the network was left as it was.</source>
        <translation>已取消：网络保持原样。</translation>
    </message>
    <message>
        <location filename="../gui/window/error_actions.py" line="53"/>
        <source>Cancelling after the current layer…</source>
        <translation>将在当前层之后取消……</translation>
    </message>
    <message>
        <location filename="../gui/window/main_window.py" line="133"/>
        <source>Real &amp;architectures</source>
        <translation>真实架构(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/window/main_window.py" line="137"/>
        <source>Input: {input}
{description}</source>
        <translation>输入：{input}
{description}</translation>
    </message>
    <message>
        <location filename="../gui/window/main_window.py" line="248"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../gui/window/main_window.py" line="264"/>
        <source>Played {n} steps; {k} ended with an error (the last: {message})</source>
        <translation>已运行 {n} 个步骤；其中 {k} 个以错误结束（最后一个：{message}）</translation>
    </message>
    <message>
        <location filename="../gui/window/main_window.py" line="280"/>
        <source>Undo memory limit: {mb} MB</source>
        <translation>撤销内存上限：{mb} MB</translation>
    </message>
</context>
<context>
    <name>MultiplesChart</name>
    <message>
        <location filename="../gui/analysis/compare_multiples.py" line="100"/>
        <source>shared axes; dashed: theory</source>
        <translation>共用坐标轴；虚线：理论值</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_multiples.py" line="100"/>
        <source>shared axes</source>
        <translation>共用坐标轴</translation>
    </message>
</context>
<context>
    <name>NetworkModel</name>
    <message>
        <location filename="../gui/network/network_model.py" line="266"/>
        <source>declared as {layer}</source>
        <translation>声明为 {layer}</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="268"/>
        <source>in {input}  →  out {output}</source>
        <translation>输入 {input}  →  输出 {output}</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="282"/>
        <source>uninitialized</source>
        <translation>未初始化</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="283"/>
        <source>materialized</source>
        <translation>已实例化</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="284"/>
        <source>half-lazy</source>
        <translation>半延迟初始化</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="285"/>
        <source>no parameters</source>
        <translation>没有参数</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="290"/>
        <source>Its parameters have no shape yet: the first forward pass infers it from the input.</source>
        <translation>它的参数还没有形状：第一次前向传播会根据输入推断出形状。</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="292"/>
        <source>Its parameters exist with their final shapes.</source>
        <translation>它的参数已经以最终形状存在。</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="293"/>
        <source>Weights were loaded, but the module stays Lazy until the next forward pass.</source>
        <translation>权重已加载，但在下一次前向传播之前，该模块仍是延迟初始化的。</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="295"/>
        <source>This layer has no parameters.</source>
        <translation>这一层没有参数。</translation>
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
        <translation>{param}：UninitializedParameter</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="349"/>
        <source>{param} {shape}</source>
        <translation>{param} {shape}</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="352"/>
        <source>{count} params</source>
        <translation>{count} 个参数</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="361"/>
        <source>tied to layer {position}</source>
        <translation>与层 {position} 共享参数</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="363"/>
        <source>tied to layer {position} ({name})</source>
        <translation>与层 {position}（{name}）共享参数</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="367"/>
        <source>shared with layer {position}</source>
        <translation>被层 {position} 共享</translation>
    </message>
    <message>
        <location filename="../gui/network/network_model.py" line="369"/>
        <source>shared with layers {positions}</source>
        <translation>被层 {positions} 共享</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../gui/network/network_view.py" line="242"/>
        <source>Rename layer</source>
        <translation>重命名层</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="243"/>
        <source>New name (leave empty for the default number):</source>
        <translation>新名称（留空则使用默认编号）：</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="254"/>
        <source>Tie layer</source>
        <translation>共享参数</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="255"/>
        <source>Layer {position} will use the very same parameters as:</source>
        <translation>层 {position} 将使用与下面这一层完全相同的参数：</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="265"/>
        <source>Edit arguments…</source>
        <translation>编辑参数…</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="265"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="266"/>
        <source>Duplicate</source>
        <translation>复制一份</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="266"/>
        <source>Tie to layer…</source>
        <translation>与某层共享参数…</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="267"/>
        <source>Untie</source>
        <translation>取消共享</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="267"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="268"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="268"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="269"/>
        <source>Collapse block</source>
        <translation>折叠块</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="269"/>
        <source>Expand block</source>
        <translation>展开块</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="385"/>
        <source>Input {shape}  ·  {total} parameters</source>
        <translation>输入 {shape}  ·  {total} 个参数</translation>
    </message>
    <message>
        <location filename="../gui/network/network_view.py" line="388"/>
        <source>Uninitialized parameter tensors: {count}</source>
        <translation>未初始化的参数张量：{count}</translation>
    </message>
</context>
<context>
    <name>OverlayChart</name>
    <message>
        <location filename="../gui/analysis/compare_overlay.py" line="128"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_overlay.py" line="129"/>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_overlay.py" line="176"/>
        <source>dashed: theory</source>
        <translation>虚线：理论值</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_overlay.py" line="178"/>
        <source>history: {label}</source>
        <translation>历史：{label}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_overlay.py" line="204"/>
        <source>[{start}, {end}): {counts}</source>
        <translation>[{start}, {end})：{counts}</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../gui/network/palette.py" line="293"/>
        <source>Filter layers…</source>
        <translation>筛选层…</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="287"/>
        <source>No layer matches “{text}”. Clear the filter to see every layer.</source>
        <translation>没有与“{text}”匹配的层。清空筛选框即可看到所有层。</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="235"/>
        <source>becomes {cls} · needs {args}</source>
        <translation>变为 {cls} · 需要 {args}</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="237"/>
        <source>becomes {cls}</source>
        <translation>变为 {cls}</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="239"/>
        <source>needs {args}</source>
        <translation>需要 {args}</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="240"/>
        <source>ready to add</source>
        <translation>可直接添加</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="247"/>
        <source>Lazy</source>
        <translation>延迟初始化</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="248"/>
        <source>Linear &amp; convolution</source>
        <translation>线性层与卷积层</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="249"/>
        <source>Normalization</source>
        <translation>规范化</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="250"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="251"/>
        <source>Pooling, shape &amp; dropout</source>
        <translation>池化、形状与暂退法</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="252"/>
        <source>Embedding, recurrent &amp; attention</source>
        <translation>嵌入、循环与注意力</translation>
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
双击、按 Enter 或拖到网络中即可添加。</translation>
    </message>
    <message>
        <location filename="../gui/network/palette.py" line="318"/>
        <source>{name}: {doc}</source>
        <translation>{name}：{doc}</translation>
    </message>
</context>
<context>
    <name>ParametersGrid</name>
    <message>
        <location filename="../gui/analysis/compare_multiples.py" line="126"/>
        <source>dashed: theory</source>
        <translation>虚线：理论值</translation>
    </message>
</context>
<context>
    <name>ParamsModel</name>
    <message>
        <location filename="../gui/network/params_table.py" line="43"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="44"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="45"/>
        <source>Numel</source>
        <translation>元素数</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="46"/>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="47"/>
        <source>Std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="48"/>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="49"/>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="50"/>
        <source>Changed</source>
        <translation>已改变</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="99"/>
        <source>{name} is uninitialized: run a forward pass to materialize it</source>
        <translation>{name} 尚未初始化：运行一次前向传播来实例化它</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="119"/>
        <source>UninitializedParameter</source>
        <translation>UninitializedParameter</translation>
    </message>
    <message>
        <location filename="../gui/network/params_table.py" line="124"/>
        <source>● changed</source>
        <translation>● 已改变</translation>
    </message>
</context>
<context>
    <name>ParamsTable</name>
    <message>
        <location filename="../gui/network/params_table.py" line="155"/>
        <source>Parameters: net.named_parameters()</source>
        <translation>参数：net.named_parameters()</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../gui/window/preferences_dialog.py" line="37"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../gui/window/preferences_dialog.py" line="41"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../gui/window/preferences_dialog.py" line="45"/>
        <source>Undo keeps the weights each step replaced. When they take more than this, the oldest steps are forgotten first. 0 keeps only steps that replaced no weights.</source>
        <translation>撤销会保留每一步所替换的权重。当它们占用的内存超过这个值时，最早的步骤会最先被遗忘。设为 0 时只保留没有替换权重的步骤。</translation>
    </message>
    <message>
        <location filename="../gui/window/preferences_dialog.py" line="48"/>
        <source>The history now keeps {steps} steps to undo, holding {size} MB of earlier weights.</source>
        <translation>历史记录现在保留 {steps} 个可撤销的步骤，其中存有 {size} MB 的先前权重。</translation>
    </message>
    <message>
        <location filename="../gui/window/preferences_dialog.py" line="52"/>
        <source>Undo memory limit:</source>
        <translation>撤销内存上限：</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../gui/window/actions.py" line="126"/>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gui/window/actions.py" line="128"/>
        <source>Large text, plots and print(net) for a projector (Ctrl+Shift+P or F11)</source>
        <translation>为投影仪放大文字、图表和 print(net)（Ctrl+Shift+P 或 F11）</translation>
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
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../gui/network/print_pane.py" line="116"/>
        <source>Copy the print(net) text</source>
        <translation>复制 print(net) 的文本</translation>
    </message>
    <message>
        <location filename="../gui/network/print_pane.py" line="117"/>
        <source>net.apply visit log</source>
        <translation>net.apply 访问记录</translation>
    </message>
    <message>
        <location filename="../gui/network/print_pane.py" line="119"/>
        <source>Initialize the network to see the order in which net.apply visits modules</source>
        <translation>初始化网络，查看 net.apply 访问各模块的顺序</translation>
    </message>
    <message>
        <location filename="../gui/network/print_pane.py" line="121"/>
        <source>Copy log</source>
        <translation>复制记录</translation>
    </message>
    <message>
        <location filename="../gui/network/print_pane.py" line="122"/>
        <source>Clear log</source>
        <translation>清除记录</translation>
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
        <translation>未保存的会话已被丢弃。</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="83"/>
        <source>Skipped {count} unreadable autosave folder(s); the first: {folder} ({reason}). This session is autosaved as usual.</source>
        <translation>跳过了 {count} 个无法读取的自动保存文件夹；第一个：{folder}（{reason}）。本次会话照常自动保存。</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="114"/>
        <source>Autosave is failing: {problem}
It tries again at every change. Until then, save the session yourself (Ctrl+S).</source>
        <translation>自动保存失败：{problem}
每次更改时都会重试。在此之前，请自行保存会话（Ctrl+S）。</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="94"/>
        <source>Autosave failed ({problem}); save the session yourself (Ctrl+S).</source>
        <translation>自动保存失败（{problem}）；请自行保存会话（Ctrl+S）。</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="112"/>
        <source>⚠ Autosave failing</source>
        <translation>⚠ 自动保存失败</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="127"/>
        <source>Restore the last session?</source>
        <translation>恢复上一次的会话？</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="128"/>
        <source>Lazy Init Lab was closed without saving last time.</source>
        <translation>上次关闭 Lazy Init Lab 时没有保存。</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="130"/>
        <source>Lazy Init Lab did not close properly last time.</source>
        <translation>Lazy Init Lab 上次没有正常关闭。</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="132"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="133"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="134"/>
        <source>Replay its steps and put back its exact weights</source>
        <translation>重放它的步骤，并恢复其精确的权重</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="135"/>
        <source>Delete the autosave and start with an empty network</source>
        <translation>删除自动保存，从空网络开始</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="143"/>
        <source>Saved automatically: {time}</source>
        <translation>自动保存于：{time}</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="144"/>
        <source>Steps: {steps} (the last: “{label}”)</source>
        <translation>步骤：{steps}（最后一步：“{label}”）</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="147"/>
        <source>Parameters: {count}</source>
        <translation>参数：{count}</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="148"/>
        <source>File: {name}</source>
        <translation>文件：{name}</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="149"/>
        <source>File: none (never saved)</source>
        <translation>文件：无（从未保存）</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="150"/>
        <source>Restore it, with its exact weights?</source>
        <translation>恢复它，并恢复其确切的权重吗？</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="159"/>
        <source>The autosave in {folder} could not be deleted ({reason}); it will not be offered again.</source>
        <translation>{folder} 中的自动保存无法删除（{reason}）；以后不会再提供恢复。</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="168"/>
        <source>Restored the autosaved session ({steps} steps).</source>
        <translation>已恢复自动保存的会话（{steps} 个步骤）。</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="174"/>
        <source>The autosaved session could not be restored; its files are in {folder}</source>
        <translation>无法恢复自动保存的会话；它的文件在 {folder}</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="200"/>
        <source>Closing… — Lazy Init Lab</source>
        <translation>正在关闭… — Lazy Init Lab</translation>
    </message>
    <message>
        <location filename="../gui/session/recovery.py" line="202"/>
        <source>Closing when the running operation finishes…</source>
        <translation>正在运行的操作完成后将关闭…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="31"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="33"/>
        <source>Selected layer card</source>
        <translation>选中的层卡片</translation>
    </message>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="36"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="36"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../gui/window/help_dialogs.py" line="37"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>TheoryTable</name>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="42"/>
        <source>KS statistic: the largest gap between the measured and the expected cumulative distribution (0 is a perfect fit).</source>
        <translation>KS 统计量：实测累积分布与期望累积分布之间的最大差距（0 表示完全吻合）。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="49"/>
        <source>Initializer</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="49"/>
        <source>Expected
distribution</source>
        <translation>期望
分布</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="50"/>
        <source>Expected
std</source>
        <translation>期望
标准差</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="50"/>
        <source>Measured
std</source>
        <translation>实测
标准差</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="51"/>
        <source>KS
statistic</source>
        <translation>KS
统计量</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="51"/>
        <source>Outside
range</source>
        <translation>超出
范围</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="95"/>
        <source>no closed form</source>
        <translation>没有解析形式</translation>
    </message>
    <message>
        <location filename="../gui/analysis/compare_table.py" line="97"/>
        <source>{count} values</source>
        <translation>{count} 个值</translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <location filename="../gui/network/trace_table.py" line="203"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="204"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="205"/>
        <source>Input
shape</source>
        <translation>输入
形状</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="206"/>
        <source>Output
shape</source>
        <translation>输出
形状</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="207"/>
        <source>Param #</source>
        <translation>参数个数</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="208"/>
        <source>Output
mean</source>
        <translation>输出
均值</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="209"/>
        <source>Output
std</source>
        <translation>输出
标准差</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="210"/>
        <source>Output
min</source>
        <translation>输出
最小值</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="211"/>
        <source>Output
max</source>
        <translation>输出
最大值</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="253"/>
        <source>Output has {nan} nan, {posinf} +inf, {neginf} -inf values</source>
        <translation>输出中有 {nan} 个 nan、{posinf} 个 +inf、{neginf} 个 -inf</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="286"/>
        <source>shared with {name}</source>
        <translation>与 {name} 共享</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="288"/>
        <source>uninitialized</source>
        <translation>未初始化</translation>
    </message>
</context>
<context>
    <name>TraceTable</name>
    <message>
        <location filename="../gui/network/trace_table.py" line="332"/>
        <source>Shape trace of the last forward pass</source>
        <translation>上一次前向传播的形状追踪</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="333"/>
        <source>Run a forward pass to see the shape after every layer</source>
        <translation>运行一次前向传播，查看每一层之后的形状</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="383"/>
        <source>Total params: {total}    Trainable params: {trainable}    Input shape: {shape}</source>
        <translation>参数总数：{total}    可训练参数：{trainable}    输入形状：{shape}</translation>
    </message>
    <message>
        <location filename="../gui/network/trace_table.py" line="387"/>
        <source>Uninitialized parameters, not counted: {count}</source>
        <translation>未初始化的参数，未计入：{count}</translation>
    </message>
</context>
<context>
    <name>TrainControls</name>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="83"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="85"/>
        <source>Two spirals (2-D points, 2 classes)</source>
        <translation>双螺旋（二维点，2 类）</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="86"/>
        <source>Checkerboard (2-D points, 2 classes)</source>
        <translation>棋盘格（二维点，2 类）</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="87"/>
        <source>Teacher network (regression, any input)</source>
        <translation>教师网络（回归，任意输入）</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="88"/>
        <source>Sequence: remember the first sign (2 classes)</source>
        <translation>序列：记住第一个值的符号（2 类）</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="89"/>
        <source>Digits: 8×8 images, 10 classes</source>
        <translation>手写数字：8×8 图像，10 类</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="90"/>
        <source>Your own data (.npz with x and y)…</source>
        <translation>自己的数据（含 x 和 y 的 .npz）…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="95"/>
        <source>What each copy of the network learns. Spirals and checkerboard draw a decision boundary; they need an output of width 2 (e.g. a last Linear with out_features 2).</source>
        <translation>网络的每个副本要学习的内容。双螺旋和棋盘格会画出决策边界；它们需要宽度为 2 的输出（例如最后一层 Linear 的 out_features 为 2）。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="97"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="99"/>
        <source>An .npz file with an array x (examples first) and an array y: integer labels for classes, or float targets for a regression</source>
        <translation>一个 .npz 文件，含数组 x（第一维为样本）和数组 y：分类用整数标签，回归用浮点目标值</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="120"/>
        <source>Tick at least one initializer to train.</source>
        <translation>请至少勾选一个要训练的初始化方法。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="123"/>
        <source>Choose the .npz file to train on (Choose file…).</source>
        <translation>请选择用于训练的 .npz 文件（选择文件…）。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="145"/>
        <source>Train on your own data</source>
        <translation>用自己的数据训练</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="146"/>
        <source>NumPy arrays (*.npz)</source>
        <translation>NumPy 数组 (*.npz)</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_controls.py" line="171"/>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <location filename="../gui/analysis/train_view.py" line="125"/>
        <source>Train and compare</source>
        <translation>训练并比较</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="127"/>
        <source>Train a copy of the network per ticked initializer, from the same seed on the same batches, and draw their losses (Ctrl+Shift+T). The network itself is not changed.</source>
        <translation>按每个勾选的初始化方法训练网络的一个副本，使用相同的种子和相同的批次，并绘出它们的损失（Ctrl+Shift+T）。网络本身不会改变。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="130"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="131"/>
        <source>Stop training (Esc); nothing is changed</source>
        <translation>停止训练（Esc）；不会改变任何内容</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="132"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="133"/>
        <source>Save the loss and accuracy chart as PNG</source>
        <translation>将损失和准确率图表保存为 PNG</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="134"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="135"/>
        <source>Save every initializer&apos;s loss and accuracy per step as CSV</source>
        <translation>将每个初始化方法每一步的损失和准确率保存为 CSV</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="137"/>
        <source>How each parameter learned</source>
        <translation>每个参数的学习情况</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="138"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="140"/>
        <source>The parameter whose gradient norm, update-to-weight ratio and histograms are shown</source>
        <translation>显示其梯度范数、更新与权重之比和直方图的参数</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="141"/>
        <source>Values before (grey) and after training</source>
        <translation>训练前（灰色）与训练后的取值</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="143"/>
        <source>Decision boundary after training (blue: class 0, orange: class 1)</source>
        <translation>训练后的决策边界（蓝色：类别 0，橙色：类别 1）</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="147"/>
        <source>Pick a task and press “Train and compare”: each ticked initializer trains a copy of the network, and their losses appear here as they train.</source>
        <translation>选择一个任务并按“训练并比较”：每个勾选的初始化方法训练网络的一个副本，训练过程中它们的损失会显示在这里。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="158"/>
        <source>Training loss (log scale)</source>
        <translation>训练损失（对数刻度）</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="158"/>
        <source>Batch accuracy</source>
        <translation>批次准确率</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="159"/>
        <location filename="../gui/analysis/train_view.py" line="162"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="159"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="159"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="160"/>
        <source>Gradient norm (log scale)</source>
        <translation>梯度范数（对数刻度）</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="161"/>
        <source>Update-to-weight ratio (log scale)</source>
        <translation>更新与权重之比（对数刻度）</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="176"/>
        <source>Busy: wait for the running operation</source>
        <translation>忙碌：请等待正在进行的操作</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="197"/>
        <source>Training copies of the network…</source>
        <translation>正在训练网络的副本…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="237"/>
        <source>Training with {label}: {done} of {total} steps…</source>
        <translation>正在用 {label} 训练：第 {done} 步，共 {total} 步…</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="265"/>
        <source>Training cancelled: nothing was changed.</source>
        <translation>训练已取消：没有改变任何内容。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="270"/>
        <source>Training failed: {message}</source>
        <translation>训练失败：{message}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="302"/>
        <source>Trained {count} copies on {task}: {steps} steps of {batch}, {optimizer} with lr {lr:g}, seed {seed}; the network is unchanged.</source>
        <translation>已在 {task} 上训练 {count} 个副本：{steps} 步，每批 {batch} 个样本，{optimizer}，学习率 {lr:g}，种子 {seed}；网络未改变。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="310"/>
        <source>{label}: {message}</source>
        <translation>{label}：{message}</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="317"/>
        <source>{label} (failed)</source>
        <translation>{label}（失败）</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="319"/>
        <source>{label} (diverged at step {step})</source>
        <translation>{label}（在第 {step} 步发散）</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="331"/>
        <source>These curves were trained on an earlier network; the layers or their shapes have changed since. Train again for the network as it is now.</source>
        <translation>这些曲线是在较早的网络上训练得到的；之后层或其形状已改变。请针对当前网络重新训练。</translation>
    </message>
    <message>
        <location filename="../gui/analysis/train_view.py" line="348"/>
        <source>Nothing to export: train first</source>
        <translation>没有可导出的内容：请先训练</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../gui/window/unsaved.py" line="24"/>
        <source>Save changes?</source>
        <translation>保存更改？</translation>
    </message>
    <message>
        <location filename="../gui/window/unsaved.py" line="25"/>
        <source>Do you want to save the changes to {name}?</source>
        <translation>要保存对 {name} 的更改吗？</translation>
    </message>
    <message>
        <location filename="../gui/window/unsaved.py" line="28"/>
        <source>If you don&apos;t save, the session is kept only as an autosave: the next start offers to restore it.</source>
        <translation>如果不保存，会话只作为自动保存保留：下次启动时会提供恢复。</translation>
    </message>
    <message>
        <location filename="../gui/window/unsaved.py" line="33"/>
        <source>Autosave is not working, so if you don&apos;t save, your changes are lost.</source>
        <translation>自动保存未在工作，如果不保存，你的更改将会丢失。</translation>
    </message>
    <message>
        <location filename="../gui/window/unsaved.py" line="37"/>
        <source>If you don&apos;t save, the current network is replaced; Undo (Ctrl+Z) still brings it back.</source>
        <translation>如果不保存，当前网络将被替换；撤销（Ctrl+Z）仍可将其恢复。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../gui/app.py" line="59"/>
        <source>Loading PyTorch…</source>
        <translation>正在加载 PyTorch…</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="61"/>
        <source>Loading the plotting library…</source>
        <translation>正在加载绘图库…</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="63"/>
        <source>Loading the lab…</source>
        <translation>正在加载实验室…</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="64"/>
        <source>Building the window…</source>
        <translation>正在构建窗口…</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../gui/i18n/language.py" line="108"/>
        <source>No font with Chinese characters is installed, so the interface stays in English. On Debian or Ubuntu: sudo apt-get install fonts-wqy-microhei</source>
        <translation>没有安装含中文字符的字体，因此界面保持为英文。在 Debian 或 Ubuntu 上：sudo apt-get install fonts-wqy-microhei</translation>
    </message>
    <message>
        <location filename="../gui/i18n/language_menu.py" line="33"/>
        <source>&amp;System default</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
</TS>
