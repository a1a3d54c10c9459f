/**
 * The glossary: every term kobai uses, with the Japanese term that
 * 『ゼロから作るDeep Learning』 uses for it. Lessons list the ids they use in their
 * frontmatter (`terms: [...]`, validated against this list at build time) and link
 * terms in prose with `<Term id="..."/>`.
 */

/** One glossary entry. */
export interface GlossaryTerm {
  /** Anchor on /glossary/ and the value used in `<Term id>` and lesson frontmatter. */
  id: string;
  /** English term as used in kobai's prose. */
  en: string;
  /** Japanese term as the book writes it. */
  ja: string;
  /** Reading of `ja` in kana, when it contains kanji or Latin letters. */
  reading?: string;
  /** One or two sentences, in the lessons' notation. */
  definition: string;
  /** The definition in Japanese (です・ます, the book's terms), shown by the Japanese edition. */
  definitionJa?: string;
  /** Ids of related terms. */
  seeAlso?: string[];
}

export const terms: GlossaryTerm[] = [
  {
    id: "perceptron",
    en: "perceptron",
    ja: "パーセプトロン",
    definition:
      "A unit that outputs 1 when the weighted sum of its inputs plus a bias is positive and 0 otherwise: y = h(b + w₁x₁ + w₂x₂).",
    seeAlso: ["weight", "bias", "step-function"],
  },
  {
    id: "weight",
    en: "weight",
    ja: "重み",
    reading: "おもみ",
    definition: "A parameter that scales one input; it says how much that input matters to the unit's output.",
    seeAlso: ["bias", "parameter"],
  },
  {
    id: "bias",
    en: "bias",
    ja: "バイアス",
    definition:
      "A parameter added to the weighted sum; it shifts how easily the unit fires, independent of the inputs.",
    seeAlso: ["weight", "threshold"],
  },
  {
    id: "threshold",
    en: "threshold",
    ja: "閾値",
    reading: "しきい値",
    definition:
      "The value the weighted sum must exceed for a perceptron to output 1; writing b = −θ turns the threshold into a bias.",
    seeAlso: ["bias", "perceptron"],
  },
  {
    id: "logic-gate",
    en: "logic gate",
    ja: "論理回路",
    reading: "ろんりかいろ",
    definition:
      "AND, OR, NAND and XOR: functions of two binary inputs; a single perceptron can compute the first three but not XOR.",
    seeAlso: ["perceptron", "multilayer-perceptron"],
  },
  {
    id: "linear-separability",
    en: "linear separability",
    ja: "線形分離可能",
    reading: "せんけいぶんりかのう",
    definition:
      "Two classes are linearly separable when one straight line (a hyperplane in more dimensions) puts them on opposite sides. XOR's outputs are not.",
    seeAlso: ["perceptron", "nonlinear"],
  },
  {
    id: "nonlinear",
    en: "nonlinear",
    ja: "非線形",
    reading: "ひせんけい",
    definition:
      "Not of the form y = ax + b. Stacking linear layers gives another linear map, so a network needs a nonlinear activation to gain anything from depth.",
    seeAlso: ["activation-function"],
  },
  {
    id: "multilayer-perceptron",
    en: "multilayer perceptron",
    ja: "多層パーセプトロン",
    reading: "たそうパーセプトロン",
    definition: "Perceptrons stacked in layers; two layers are enough to compute XOR as AND(NAND(x₁, x₂), OR(x₁, x₂)).",
    seeAlso: ["perceptron", "neural-network"],
  },
  {
    id: "neural-network",
    en: "neural network",
    ja: "ニューラルネットワーク",
    definition:
      "Layers of units, each computing an activation of a weighted sum, whose weights are learned from data by gradient descent.",
    seeAlso: ["layer", "activation-function"],
  },
  {
    id: "layer",
    en: "layer",
    ja: "層",
    reading: "そう",
    definition:
      "One stage of a network: input layer, hidden layers (中間層, 隠れ層) and output layer. In code, a layer is an object with forward and backward.",
    seeAlso: ["affine-layer", "neural-network"],
  },
  {
    id: "activation-function",
    en: "activation function",
    ja: "活性化関数",
    reading: "かっせいかかんすう",
    definition: "The function h applied to a unit's weighted sum: step, sigmoid, tanh or ReLU. It must be nonlinear.",
    seeAlso: ["step-function", "sigmoid", "relu", "tanh"],
  },
  {
    id: "step-function",
    en: "step function",
    ja: "ステップ関数",
    reading: "ステップかんすう",
    definition:
      "h(x) = 1 if x > 0 else 0. The perceptron's activation; its derivative is 0 almost everywhere, so it cannot be trained by gradients.",
    seeAlso: ["activation-function", "sigmoid"],
  },
  {
    id: "sigmoid",
    en: "sigmoid function",
    ja: "シグモイド関数",
    reading: "シグモイドかんすう",
    definition: "σ(x) = 1 / (1 + exp(−x)): a smooth step from 0 to 1 whose derivative is σ(x)(1 − σ(x)), at most 0.25.",
    seeAlso: ["activation-function", "vanishing-gradient"],
  },
  {
    id: "tanh",
    en: "hyperbolic tangent (tanh)",
    ja: "tanh関数",
    definition: "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ): like the sigmoid but centred on 0, with outputs in (−1, 1).",
    seeAlso: ["sigmoid", "xavier-initialization"],
  },
  {
    id: "relu",
    en: "ReLU",
    ja: "ReLU関数",
    definition:
      "Rectified Linear Unit: h(x) = max(0, x). Its gradient is 1 for positive inputs, so it does not shrink gradients the way the sigmoid does.",
    seeAlso: ["activation-function", "he-initialization"],
  },
  {
    id: "identity-function",
    en: "identity function",
    ja: "恒等関数",
    reading: "こうとうかんすう",
    definition: "h(x) = x. The usual output activation for regression.",
    seeAlso: ["softmax"],
  },
  {
    id: "softmax",
    en: "softmax function",
    ja: "ソフトマックス関数",
    reading: "ソフトマックスかんすう",
    definition:
      "yₖ = exp(aₖ) / Σᵢ exp(aᵢ): turns scores into probabilities that sum to 1. Subtracting max(a) first avoids overflow without changing the result.",
    seeAlso: ["cross-entropy-error", "softmax-with-loss"],
  },
  {
    id: "loss-function",
    en: "loss function",
    ja: "損失関数",
    reading: "そんしつかんすう",
    definition: "A number that measures how wrong the network's outputs are on the data; training minimises it.",
    seeAlso: ["sum-of-squared-error", "cross-entropy-error"],
  },
  {
    id: "sum-of-squared-error",
    en: "sum of squared errors",
    ja: "2乗和誤差",
    reading: "にじょうわごさ",
    definition: "E = ½ Σₖ (yₖ − tₖ)², the book's form. Its gradient with respect to y is simply y − t.",
    seeAlso: ["mean-squared-error", "loss-function"],
  },
  {
    id: "mean-squared-error",
    en: "mean squared error",
    ja: "平均2乗誤差",
    reading: "へいきんにじょうごさ",
    definition:
      "L = (1/N) Σᵢ (yᵢ − tᵢ)², PyTorch's MSELoss: the squared error averaged over all elements, without the ½.",
    seeAlso: ["sum-of-squared-error"],
  },
  {
    id: "cross-entropy-error",
    en: "cross-entropy error",
    ja: "交差エントロピー誤差",
    reading: "こうさエントロピーごさ",
    definition:
      "E = −Σₖ tₖ log yₖ: minus the log of the probability given to the correct class. With softmax, its gradient is y − t.",
    seeAlso: ["softmax", "one-hot", "loss-function"],
  },
  {
    id: "one-hot",
    en: "one-hot encoding",
    ja: "one-hot表現",
    reading: "ワンホットひょうげん",
    definition: "A label written as a vector with 1 at the correct class and 0 elsewhere.",
    seeAlso: ["cross-entropy-error", "teacher-data"],
  },
  {
    id: "teacher-data",
    en: "label (target)",
    ja: "教師データ",
    reading: "きょうしデータ",
    definition:
      "The correct answer t for each training example (正解ラベル); the loss compares the network's output y with it.",
    seeAlso: ["one-hot", "training-data"],
  },
  {
    id: "training-data",
    en: "training data",
    ja: "訓練データ",
    reading: "くんれんデータ",
    definition: "The examples the parameters are fitted on (also called 教師データ in the sense of supervised data).",
    seeAlso: ["test-data", "validation-data"],
  },
  {
    id: "test-data",
    en: "test data",
    ja: "テストデータ",
    definition:
      "Examples held back until the end to estimate how well the trained network generalises; never used to choose anything.",
    seeAlso: ["validation-data", "generalization"],
  },
  {
    id: "validation-data",
    en: "validation data",
    ja: "検証データ",
    reading: "けんしょうデータ",
    definition:
      "Examples held out from training and used to choose hyperparameters, so the test data stays an honest judge.",
    seeAlso: ["hyperparameter", "test-data"],
  },
  {
    id: "generalization",
    en: "generalisation",
    ja: "汎化能力",
    reading: "はんかのうりょく",
    definition: "How well a trained network performs on data it has never seen.",
    seeAlso: ["overfitting"],
  },
  {
    id: "mini-batch",
    en: "mini-batch",
    ja: "ミニバッチ",
    definition:
      "A small random subset of the training data used for one gradient step; its loss is the average over its examples.",
    seeAlso: ["batch", "epoch", "sgd"],
  },
  {
    id: "batch",
    en: "batch",
    ja: "バッチ",
    definition:
      "A group of inputs processed together as one matrix. Batch learning uses all the training data for every step; online learning uses one example.",
    seeAlso: ["mini-batch"],
  },
  {
    id: "epoch",
    en: "epoch",
    ja: "エポック",
    definition: "One pass over the training data: with N examples and batch size B, about N / B steps.",
    seeAlso: ["mini-batch", "iteration"],
  },
  {
    id: "iteration",
    en: "iteration (step)",
    ja: "イテレーション",
    definition: "One parameter update: compute the gradient on one mini-batch and apply the update rule once.",
    seeAlso: ["epoch"],
  },
  {
    id: "derivative",
    en: "derivative",
    ja: "微分",
    reading: "びぶん",
    definition: "The rate of change of a function at a point, df/dx = lim_{h→0} (f(x + h) − f(x)) / h.",
    seeAlso: ["numerical-differentiation", "partial-derivative"],
  },
  {
    id: "numerical-differentiation",
    en: "numerical differentiation",
    ja: "数値微分",
    reading: "すうちびぶん",
    definition:
      "Estimating a derivative with a small finite h; the central difference (f(x + h) − f(x − h)) / 2h has error O(h²).",
    seeAlso: ["central-difference", "gradient-check"],
  },
  {
    id: "central-difference",
    en: "central difference",
    ja: "中心差分",
    reading: "ちゅうしんさぶん",
    definition:
      "(f(x + h) − f(x − h)) / 2h: more accurate than the forward difference (f(x + h) − f(x)) / h, whose error is O(h).",
    seeAlso: ["numerical-differentiation"],
  },
  {
    id: "analytic-differentiation",
    en: "analytic differentiation",
    ja: "解析的微分",
    reading: "かいせきてきびぶん",
    definition:
      "Differentiating with the rules of calculus to get an exact formula, as backpropagation does layer by layer.",
    seeAlso: ["numerical-differentiation", "backpropagation"],
  },
  {
    id: "partial-derivative",
    en: "partial derivative",
    ja: "偏微分",
    reading: "へんびぶん",
    definition: "∂f/∂x₀: the derivative with respect to one variable while the others are held fixed.",
    seeAlso: ["gradient"],
  },
  {
    id: "gradient",
    en: "gradient",
    ja: "勾配",
    reading: "こうばい",
    definition:
      "The vector of all partial derivatives, ∇f = (∂f/∂x₀, ∂f/∂x₁, …). It points where f increases fastest; kobai is named after it.",
    seeAlso: ["gradient-descent", "partial-derivative"],
  },
  {
    id: "gradient-descent",
    en: "gradient descent",
    ja: "勾配降下法",
    reading: "こうばいこうかほう",
    definition:
      "Repeating W ← W − η ∂L/∂W: step against the gradient to reduce the loss. The book calls the family 勾配法.",
    seeAlso: ["learning-rate", "sgd"],
  },
  {
    id: "learning-rate",
    en: "learning rate",
    ja: "学習率",
    reading: "がくしゅうりつ",
    definition:
      "η, the size of each gradient step. Too small and training crawls; too large and it oscillates or diverges. Chapter 6 of the book also calls it 学習係数.",
    seeAlso: ["gradient-descent", "hyperparameter"],
  },
  {
    id: "learning-rate-decay",
    en: "learning rate decay",
    ja: "学習係数の減衰",
    reading: "がくしゅうけいすうのげんすい",
    definition: "Making the step size smaller as training goes on; AdaGrad does it per parameter, automatically.",
    seeAlso: ["adagrad", "learning-rate"],
  },
  {
    id: "saddle-point",
    en: "saddle point",
    ja: "鞍点",
    reading: "あんてん",
    definition:
      "A point where the gradient is zero but which is a minimum in some directions and a maximum in others; gradient descent can slow down near one.",
    seeAlso: ["local-minimum", "plateau"],
  },
  {
    id: "local-minimum",
    en: "local minimum",
    ja: "極小値",
    reading: "きょくしょうち",
    definition: "A point lower than everything near it, but not necessarily the lowest point overall (最小値).",
    seeAlso: ["saddle-point"],
  },
  {
    id: "plateau",
    en: "plateau",
    ja: "プラトー",
    definition: "A nearly flat region of the loss where learning stalls because the gradient is tiny.",
    seeAlso: ["saddle-point"],
  },
  {
    id: "computational-graph",
    en: "computational graph",
    ja: "計算グラフ",
    reading: "けいさんグラフ",
    definition:
      "A calculation drawn as nodes (operations) and edges (values). Forward propagation runs it left to right; backpropagation carries derivatives right to left.",
    seeAlso: ["local-computation", "backpropagation"],
  },
  {
    id: "local-computation",
    en: "local computation",
    ja: "局所的な計算",
    reading: "きょくしょてきなけいさん",
    definition:
      "Each node of a computational graph needs only its own inputs to compute its output and its own local derivative to pass gradients back.",
    seeAlso: ["computational-graph"],
  },
  {
    id: "forward-propagation",
    en: "forward propagation",
    ja: "順伝播",
    reading: "じゅんでんぱ",
    definition: "Computing the outputs (and the loss) from the inputs, layer by layer.",
    seeAlso: ["backward-propagation"],
  },
  {
    id: "backward-propagation",
    en: "backward propagation",
    ja: "逆伝播",
    reading: "ぎゃくでんぱ",
    definition:
      "Passing the derivative of the loss back through the graph: each node multiplies the upstream gradient by its local derivative.",
    seeAlso: ["chain-rule", "backpropagation"],
  },
  {
    id: "chain-rule",
    en: "chain rule",
    ja: "連鎖律",
    reading: "れんさりつ",
    definition:
      "The derivative of a composite function is the product of the derivatives of its parts: ∂z/∂x = (∂z/∂t)(∂t/∂x).",
    seeAlso: ["backward-propagation"],
  },
  {
    id: "backpropagation",
    en: "backpropagation",
    ja: "誤差逆伝播法",
    reading: "ごさぎゃくでんぱほう",
    definition:
      "Computing every parameter's gradient in one backward pass by applying the chain rule node by node; as costly as one forward pass.",
    seeAlso: ["chain-rule", "computational-graph", "gradient-check"],
  },
  {
    id: "affine-layer",
    en: "affine layer",
    ja: "Affineレイヤ",
    reading: "アフィンレイヤ",
    definition:
      "Y = XW + B. Backward: ∂L/∂X = (∂L/∂Y)Wᵀ, ∂L/∂W = Xᵀ(∂L/∂Y), ∂L/∂B = the column sums of ∂L/∂Y. PyTorch calls it Linear.",
    seeAlso: ["layer", "backpropagation"],
  },
  {
    id: "softmax-with-loss",
    en: "Softmax-with-Loss layer",
    ja: "Softmax-with-Lossレイヤ",
    definition: "Softmax followed by cross-entropy as one layer; its backward is (y − t) / N for a batch of N.",
    seeAlso: ["softmax", "cross-entropy-error"],
  },
  {
    id: "gradient-check",
    en: "gradient check",
    ja: "勾配確認",
    reading: "こうばいかくにん",
    definition: "Comparing backpropagation's gradients with numerical ones to catch bugs in a backward pass.",
    seeAlso: ["numerical-differentiation", "backpropagation"],
  },
  {
    id: "parameter",
    en: "parameter",
    ja: "パラメータ",
    definition: "A number the network learns: its weights and biases (and BN's γ and β).",
    seeAlso: ["hyperparameter", "weight"],
  },
  {
    id: "hyperparameter",
    en: "hyperparameter",
    ja: "ハイパーパラメータ",
    definition:
      "A setting chosen by people rather than learned: learning rate, batch size, number of layers, weight decay strength, dropout ratio.",
    seeAlso: ["validation-data", "random-search"],
  },
  {
    id: "random-search",
    en: "random search",
    ja: "ランダムサーチ",
    definition:
      "Choosing hyperparameters by sampling them at random (the learning rate on a log scale) and keeping what scores best on validation data.",
    seeAlso: ["hyperparameter", "validation-data"],
  },
  {
    id: "optimization",
    en: "optimisation",
    ja: "最適化",
    reading: "さいてきか",
    definition:
      "Finding parameters that make the loss as small as possible. The update rules that do it are called optimizers.",
    seeAlso: ["sgd", "adam"],
  },
  {
    id: "sgd",
    en: "stochastic gradient descent (SGD)",
    ja: "確率的勾配降下法",
    reading: "かくりつてきこうばいこうかほう",
    definition: "Gradient descent on randomly chosen mini-batches: W ← W − η ∂L/∂W.",
    seeAlso: ["gradient-descent", "momentum"],
  },
  {
    id: "momentum",
    en: "Momentum",
    ja: "Momentum",
    reading: "モーメンタム",
    definition:
      "SGD with a velocity: v ← μv + g, W ← W − ηv. Consistent gradients build up speed; alternating ones cancel.",
    seeAlso: ["sgd", "nesterov"],
  },
  {
    id: "nesterov",
    en: "Nesterov momentum",
    ja: "Nesterovの加速勾配法",
    reading: "ネステロフのかそくこうばいほう",
    definition:
      "Momentum that looks ahead: the step uses g + μv, as if the gradient had been taken after the momentum step.",
    seeAlso: ["momentum"],
  },
  {
    id: "adagrad",
    en: "AdaGrad",
    ja: "AdaGrad",
    reading: "アダグラッド",
    definition:
      "Divides each parameter's step by the root of its summed squared gradients, so often-updated parameters slow down.",
    seeAlso: ["rmsprop", "learning-rate-decay"],
  },
  {
    id: "rmsprop",
    en: "RMSProp",
    ja: "RMSProp",
    reading: "アールエムエスプロップ",
    definition:
      "AdaGrad with an exponential moving average of squared gradients instead of a sum, so old gradients are forgotten.",
    seeAlso: ["adagrad", "adam", "moving-average"],
  },
  {
    id: "adam",
    en: "Adam",
    ja: "Adam",
    reading: "アダム",
    definition: "Momentum plus RMSProp with bias correction: steps by m̂ / (√v̂ + ε).",
    seeAlso: ["momentum", "rmsprop", "bias-correction"],
  },
  {
    id: "moving-average",
    en: "exponential moving average",
    ja: "指数移動平均",
    reading: "しすういどうへいきん",
    definition: "s ← ρs + (1 − ρ)x: an average in which older values fade by a factor ρ each step.",
    seeAlso: ["rmsprop", "adam"],
  },
  {
    id: "bias-correction",
    en: "bias correction",
    ja: "バイアス補正",
    reading: "バイアスほせい",
    definition:
      "Dividing Adam's moving averages by 1 − βᵗ so that, starting from zero, they are not too small in the first steps.",
    seeAlso: ["adam"],
  },
  {
    id: "weight-initialization",
    en: "weight initialisation",
    ja: "重みの初期値",
    reading: "おもみのしょきち",
    definition:
      "How the weights are drawn before training. All zeros (or any equal values) make every unit learn the same thing; the scale decides whether activations survive the depth.",
    seeAlso: ["xavier-initialization", "he-initialization"],
  },
  {
    id: "xavier-initialization",
    en: "Xavier initialisation",
    ja: "Xavierの初期値",
    reading: "ザビエルのしょきち",
    definition:
      "Weights with standard deviation 1/√n for n inputs (the book's form; Glorot & Bengio also give √(2/(n_in + n_out))). Suited to sigmoid and tanh.",
    seeAlso: ["weight-initialization", "he-initialization"],
  },
  {
    id: "he-initialization",
    en: "He initialisation",
    ja: "Heの初期値",
    definition:
      "Weights with standard deviation √(2/n) for n inputs, twice Xavier's variance because ReLU zeroes half its inputs.",
    seeAlso: ["weight-initialization", "relu"],
  },
  {
    id: "activation-distribution",
    en: "activation distribution",
    ja: "アクティベーション分布",
    reading: "アクティベーションぶんぷ",
    definition:
      "The histogram of a layer's outputs. Collapsed at 0 and 1, or all at one value, signals a network that will learn badly.",
    seeAlso: ["weight-initialization", "vanishing-gradient"],
  },
  {
    id: "vanishing-gradient",
    en: "vanishing gradient",
    ja: "勾配消失",
    reading: "こうばいしょうしつ",
    definition:
      "Gradients shrinking layer by layer on the way back (e.g. saturated sigmoids) until the early layers stop learning.",
    seeAlso: ["sigmoid", "activation-distribution"],
  },
  {
    id: "batch-normalization",
    en: "batch normalisation",
    ja: "バッチ正規化",
    reading: "バッチせいきか",
    definition:
      "The book's Batch Normalization (6.3). Normalising each feature over the mini-batch to mean 0 and variance 1, then scaling by γ and shifting by β: ŷ = γ (x − μ_B)/√(σ²_B + ε) + β.",
    seeAlso: ["normalization", "weight-initialization"],
  },
  {
    id: "normalization",
    en: "normalisation",
    ja: "正規化",
    reading: "せいきか",
    definition: "Rescaling data to a fixed range or to mean 0 and variance 1.",
    seeAlso: ["batch-normalization"],
  },
  {
    id: "overfitting",
    en: "overfitting",
    ja: "過学習",
    reading: "かがくしゅう",
    definition:
      "Fitting the training data so closely that accuracy on new data falls: a growing gap between training and test accuracy.",
    seeAlso: ["regularization", "weight-decay", "dropout"],
  },
  {
    id: "regularization",
    en: "regularisation",
    ja: "正則化",
    reading: "せいそくか",
    definition: "Anything that discourages a network from overfitting: weight decay, dropout, more data.",
    seeAlso: ["weight-decay", "dropout"],
  },
  {
    id: "weight-decay",
    en: "weight decay",
    ja: "荷重減衰",
    reading: "かじゅうげんすい",
    definition:
      "The book's Weight decay (6.4.2): adding ½λ‖W‖² to the loss, which adds λW to each weight's gradient and shrinks large weights.",
    seeAlso: ["l2-norm", "regularization"],
  },
  {
    id: "l2-norm",
    en: "L2 norm",
    ja: "L2ノルム",
    reading: "エルツーノルム",
    definition: "‖W‖₂ = √(Σ wᵢ²), the length of the weights as a vector.",
    seeAlso: ["weight-decay"],
  },
  {
    id: "dropout",
    en: "dropout",
    ja: "ドロップアウト",
    definition:
      "The book's Dropout (6.4.3). Zeroing each hidden unit at random with probability p during training. PyTorch scales survivors by 1/(1 − p); the book scales by (1 − p) at test time instead.",
    seeAlso: ["regularization", "ensemble-learning"],
  },
  {
    id: "ensemble-learning",
    en: "ensemble learning",
    ja: "アンサンブル学習",
    reading: "アンサンブルがくしゅう",
    definition:
      "Averaging the outputs of several separately trained networks; dropout acts like training many thinned networks at once.",
    seeAlso: ["dropout"],
  },
  {
    id: "accuracy",
    en: "accuracy",
    ja: "認識精度",
    reading: "にんしきせいど",
    definition: "The fraction of examples whose highest-scoring class is the correct one.",
    seeAlso: ["loss-function"],
  },
  // ── loss-functions / gradient-descent (chapters 3–4) ──
  {
    id: "forward-difference",
    en: "forward difference",
    ja: "前方差分",
    reading: "ぜんぽうさぶん",
    definition:
      "(f(x + h) − f(x)) / h: the one-sided estimate of a derivative; its error shrinks only like h, against h² for the central difference.",
    seeAlso: ["central-difference", "numerical-differentiation"],
  },
  {
    id: "rounding-error",
    en: "rounding error",
    ja: "丸め誤差",
    reading: "まるめごさ",
    definition:
      "The error from storing a number in finitely many bits. In float64, 5 + 1e-50 is exactly 5, which is why a tiny h gives a numerical derivative of 0.",
    seeAlso: ["numerical-differentiation"],
  },
  {
    id: "online-learning",
    en: "online learning",
    ja: "オンライン学習",
    reading: "オンラインがくしゅう",
    definition: "Gradient descent on one example at a time (a mini-batch of size 1): N noisy updates per epoch.",
    seeAlso: ["mini-batch", "batch", "sgd"],
  },
  // ── perceptron and activation-functions chapters ──────────────────────────────────
  {
    id: "perceptron-learning-rule",
    en: "perceptron learning rule",
    ja: "パーセプトロンの学習則",
    reading: "パーセプトロンのがくしゅうそく",
    definition:
      "Rosenblatt's rule (1958, not in the book): for each example, w ← w + η(t − y)x and b ← b + η(t − y). It stops on linearly separable data and cycles for ever on XOR.",
    seeAlso: ["perceptron", "linear-separability"],
  },
  {
    id: "leaky-relu",
    en: "leaky ReLU",
    ja: "Leaky ReLU",
    definition:
      "h(x) = x for x > 0 and ax for x ≤ 0 with a small slope a (PyTorch: 0.01), so a unit that is off still passes a little gradient.",
    seeAlso: ["relu"],
  },
  {
    id: "saturation",
    en: "saturation",
    ja: "飽和",
    reading: "ほうわ",
    definition:
      "A sigmoid or tanh unit whose input is far from 0 sits on a flat part of the curve: its output barely changes and its slope is nearly 0, so little gradient passes through.",
    seeAlso: ["sigmoid", "vanishing-gradient"],
  },
  // ── initialization and batch-normalization chapters ─────────────────────────────────
  {
    id: "representational-power",
    en: "limited representational power",
    ja: "表現力の制限",
    reading: "ひょうげんりょくのせいげん",
    definition:
      "The book's name (6.2.2) for a layer whose units all output nearly the same value: many units then do the work of one, so the layer can express little.",
    seeAlso: ["activation-distribution", "weight-symmetry"],
  },
  {
    id: "weight-symmetry",
    en: "weight symmetry",
    ja: "重みの対称性",
    reading: "おもみのたいしょうせい",
    definition:
      "Units of a layer that start with equal weights compute the same output and receive the same gradient, so they stay equal for ever; random initial weights break the symmetry.",
    seeAlso: ["weight-initialization"],
  },
  // ── backpropagation chapter ─────────────────────────────────────────────────────
  {
    id: "truncation-error",
    en: "truncation error",
    ja: "打ち切り誤差",
    reading: "うちきりごさ",
    definition:
      "The error of a formula that stops a series early: the central difference (f(x + h) − f(x − h)) / 2h is off by about h²·f‴(x)/6, which shrinks as h does, while the rounding error grows like ε/h.",
    seeAlso: ["central-difference", "rounding-error"],
  },
  // ── rmsprop, adam and optimizer-comparison chapters ─────────────────────────────────
  {
    id: "adamw",
    en: "AdamW (decoupled weight decay)",
    ja: "AdamW（分離された荷重減衰）",
    reading: "アダムダブリュー",
    definition:
      "Adam whose weight decay shrinks every weight by the factor 1 − ηλ each step instead of adding λW to the gradient, where Adam would divide it by √v̂.",
    seeAlso: ["adam", "weight-decay"],
  },
];

/** Terms by id, for components and schema validation. */
export const termsById: ReadonlyMap<string, GlossaryTerm> = new Map(terms.map((term) => [term.id, term]));

/**
 * Look up a term, failing with a clear message when the id is unknown.
 * @example
 * getTerm("learning-rate").ja; // "学習率"
 */
export function getTerm(id: string): GlossaryTerm {
  const term = termsById.get(id);
  if (!term) {
    throw new Error(`glossary: no term with id "${id}"; add it to src/glossary/terms.ts or fix the id`);
  }
  return term;
}
