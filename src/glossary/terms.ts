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
  /** The definition in Japanese (です・ます, the book's terms, the same formulas), for the Japanese edition. */
  definitionJa: string;
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
    definitionJa:
      "入力の重み付き和にバイアスを加えた値が正なら 1、そうでなければ 0 を出力するユニットです。y = h(b + w₁x₁ + w₂x₂) と書けます。",
    seeAlso: ["weight", "bias", "step-function"],
  },
  {
    id: "weight",
    en: "weight",
    ja: "重み",
    reading: "おもみ",
    definition: "A parameter that scales one input; it says how much that input matters to the unit's output.",
    definitionJa: "1つの入力にかける係数となるパラメータです。その入力が出力にどれだけ効くかを表します。",
    seeAlso: ["bias", "parameter"],
  },
  {
    id: "bias",
    en: "bias",
    ja: "バイアス",
    definition:
      "A parameter added to the weighted sum; it shifts how easily the unit fires, independent of the inputs.",
    definitionJa: "重み付き和に加えるパラメータです。入力とは関係なく、ユニットの発火しやすさを調整します。",
    seeAlso: ["weight", "threshold"],
  },
  {
    id: "threshold",
    en: "threshold",
    ja: "閾値",
    reading: "しきい値",
    definition:
      "The value the weighted sum must exceed for a perceptron to output 1; writing b = −θ turns the threshold into a bias.",
    definitionJa:
      "パーセプトロンが 1 を出力するために、重み付き和が超えなければならない値です。b = −θ と置くと、閾値はバイアスになります。",
    seeAlso: ["bias", "perceptron"],
  },
  {
    id: "logic-gate",
    en: "logic gate",
    ja: "論理回路",
    reading: "ろんりかいろ",
    definition:
      "AND, OR, NAND and XOR: functions of two binary inputs; a single perceptron can compute the first three but not XOR.",
    definitionJa:
      "AND、OR、NAND、XOR のように、2つの2値入力から1つの値を返す関数です。パーセプトロン1つで最初の3つは作れますが、XOR は作れません。",
    seeAlso: ["perceptron", "multilayer-perceptron"],
  },
  {
    id: "linear-separability",
    en: "linear separability",
    ja: "線形分離可能",
    reading: "せんけいぶんりかのう",
    definition:
      "Two classes are linearly separable when one straight line (a hyperplane in more dimensions) puts them on opposite sides. XOR's outputs are not.",
    definitionJa:
      "1本の直線(高次元では超平面)で2つのクラスを両側に分けられることです。XOR の出力は線形分離可能ではありません。",
    seeAlso: ["perceptron", "nonlinear"],
  },
  {
    id: "nonlinear",
    en: "nonlinear",
    ja: "非線形",
    reading: "ひせんけい",
    definition:
      "Not of the form y = ax + b. Stacking linear layers gives another linear map, so a network needs a nonlinear activation to gain anything from depth.",
    definitionJa:
      "y = ax + b の形で書けないことです。線形な層を重ねても線形な写像にしかならないので、層を深くする意味を持たせるには非線形な活性化関数が必要です。",
    seeAlso: ["activation-function"],
  },
  {
    id: "multilayer-perceptron",
    en: "multilayer perceptron",
    ja: "多層パーセプトロン",
    reading: "たそうパーセプトロン",
    definition: "Perceptrons stacked in layers; two layers are enough to compute XOR as AND(NAND(x₁, x₂), OR(x₁, x₂)).",
    definitionJa:
      "パーセプトロンを層状に重ねたものです。2層あれば、XOR を AND(NAND(x₁, x₂), OR(x₁, x₂)) として計算できます。",
    seeAlso: ["perceptron", "neural-network"],
  },
  {
    id: "neural-network",
    en: "neural network",
    ja: "ニューラルネットワーク",
    definition:
      "Layers of units, each computing an activation of a weighted sum, whose weights are learned from data by gradient descent.",
    definitionJa:
      "重み付き和に活性化関数をかけるユニットを層状に並べたものです。重みは、勾配法でデータから学習します。",
    seeAlso: ["layer", "activation-function"],
  },
  {
    id: "layer",
    en: "layer",
    ja: "層",
    reading: "そう",
    definition:
      "One stage of a network: input layer, hidden layers (中間層, 隠れ層) and output layer. In code, a layer is an object with forward and backward.",
    definitionJa:
      "ネットワークの1段です。入力層、中間層(隠れ層)、出力層があります。コードでは、forward と backward を持つオブジェクトが1つの層です。",
    seeAlso: ["affine-layer", "neural-network"],
  },
  {
    id: "activation-function",
    en: "activation function",
    ja: "活性化関数",
    reading: "かっせいかかんすう",
    definition: "The function h applied to a unit's weighted sum: step, sigmoid, tanh or ReLU. It must be nonlinear.",
    definitionJa:
      "ユニットの重み付き和にかける関数 h です。ステップ関数、シグモイド関数、tanh、ReLU などがあり、非線形でなければなりません。",
    seeAlso: ["step-function", "sigmoid", "relu", "tanh"],
  },
  {
    id: "step-function",
    en: "step function",
    ja: "ステップ関数",
    reading: "ステップかんすう",
    definition:
      "h(x) = 1 if x > 0 else 0. The perceptron's activation; its derivative is 0 almost everywhere, so it cannot be trained by gradients.",
    definitionJa:
      "x > 0 なら 1、そうでなければ 0 を返す関数 h(x) です。パーセプトロンの活性化関数です。微分がほとんどの場所で 0 なので、勾配では学習できません。",
    seeAlso: ["activation-function", "sigmoid"],
  },
  {
    id: "sigmoid",
    en: "sigmoid function",
    ja: "シグモイド関数",
    reading: "シグモイドかんすう",
    definition: "σ(x) = 1 / (1 + exp(−x)): a smooth step from 0 to 1 whose derivative is σ(x)(1 − σ(x)), at most 0.25.",
    definitionJa:
      "σ(x) = 1 / (1 + exp(−x)) です。0 から 1 へなめらかに変わる関数で、微分は σ(x)(1 − σ(x)) です。その最大値は 0.25 です。",
    seeAlso: ["activation-function", "vanishing-gradient"],
  },
  {
    id: "tanh",
    en: "hyperbolic tangent (tanh)",
    ja: "tanh関数",
    definition: "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ): like the sigmoid but centred on 0, with outputs in (−1, 1).",
    definitionJa:
      "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) です。シグモイド関数に似ていますが、0 を中心とし、出力は (−1, 1) の範囲に入ります。",
    seeAlso: ["sigmoid", "xavier-initialization"],
  },
  {
    id: "relu",
    en: "ReLU",
    ja: "ReLU関数",
    definition:
      "Rectified Linear Unit: h(x) = max(0, x). Its gradient is 1 for positive inputs, so it does not shrink gradients the way the sigmoid does.",
    definitionJa:
      "Rectified Linear Unit の略で、h(x) = max(0, x) です。正の入力に対する勾配は 1 なので、シグモイド関数のように勾配を小さくしません。",
    seeAlso: ["activation-function", "he-initialization"],
  },
  {
    id: "identity-function",
    en: "identity function",
    ja: "恒等関数",
    reading: "こうとうかんすう",
    definition: "h(x) = x. The usual output activation for regression.",
    definitionJa: "h(x) = x です。回帰問題の出力層でよく使う活性化関数です。",
    seeAlso: ["softmax"],
  },
  {
    id: "softmax",
    en: "softmax function",
    ja: "ソフトマックス関数",
    reading: "ソフトマックスかんすう",
    definition:
      "yₖ = exp(aₖ) / Σᵢ exp(aᵢ): turns scores into probabilities that sum to 1. Subtracting max(a) first avoids overflow without changing the result.",
    definitionJa:
      "yₖ = exp(aₖ) / Σᵢ exp(aᵢ) です。スコアを、合計が 1 になる確率に変えます。先に max(a) を引くと、結果を変えずにオーバーフローを防げます。",
    seeAlso: ["cross-entropy-error", "softmax-with-loss"],
  },
  {
    id: "loss-function",
    en: "loss function",
    ja: "損失関数",
    reading: "そんしつかんすう",
    definition: "A number that measures how wrong the network's outputs are on the data; training minimises it.",
    definitionJa: "ネットワークの出力がデータに対してどれだけ間違っているかを表す数です。学習はこれを最小にします。",
    seeAlso: ["sum-of-squared-error", "cross-entropy-error"],
  },
  {
    id: "sum-of-squared-error",
    en: "sum of squared errors",
    ja: "2乗和誤差",
    reading: "にじょうわごさ",
    definition: "E = ½ Σₖ (yₖ − tₖ)², the book's form. Its gradient with respect to y is simply y − t.",
    definitionJa: "本書の形は E = ½ Σₖ (yₖ − tₖ)² です。y についての勾配は、単に y − t になります。",
    seeAlso: ["mean-squared-error", "loss-function"],
  },
  {
    id: "mean-squared-error",
    en: "mean squared error",
    ja: "平均2乗誤差",
    reading: "へいきんにじょうごさ",
    definition:
      "L = (1/N) Σᵢ (yᵢ − tᵢ)², PyTorch's MSELoss: the squared error averaged over all elements, without the ½.",
    definitionJa:
      "L = (1/N) Σᵢ (yᵢ − tᵢ)² です。PyTorch の MSELoss にあたり、½ を付けずに全要素の2乗誤差を平均します。",
    seeAlso: ["sum-of-squared-error"],
  },
  {
    id: "cross-entropy-error",
    en: "cross-entropy error",
    ja: "交差エントロピー誤差",
    reading: "こうさエントロピーごさ",
    definition:
      "E = −Σₖ tₖ log yₖ: minus the log of the probability given to the correct class. With softmax, its gradient is y − t.",
    definitionJa:
      "E = −Σₖ tₖ log yₖ です。正解クラスに与えた確率の対数に、マイナスを付けたものです。ソフトマックス関数と組み合わせると、勾配は y − t になります。",
    seeAlso: ["softmax", "one-hot", "loss-function"],
  },
  {
    id: "one-hot",
    en: "one-hot encoding",
    ja: "one-hot表現",
    reading: "ワンホットひょうげん",
    definition: "A label written as a vector with 1 at the correct class and 0 elsewhere.",
    definitionJa: "正解のクラスだけを 1、ほかを 0 としたベクトルでラベルを表す方法です。",
    seeAlso: ["cross-entropy-error", "teacher-data"],
  },
  {
    id: "teacher-data",
    en: "label (target)",
    ja: "教師データ",
    reading: "きょうしデータ",
    definition:
      "The correct answer t for each training example (正解ラベル); the loss compares the network's output y with it.",
    definitionJa:
      "訓練データの1つ1つに対する正解 t(正解ラベル)です。損失関数は、ネットワークの出力 y をこれと比べます。",
    seeAlso: ["one-hot", "training-data"],
  },
  {
    id: "training-data",
    en: "training data",
    ja: "訓練データ",
    reading: "くんれんデータ",
    definition: "The examples the parameters are fitted on (also called 教師データ in the sense of supervised data).",
    definitionJa:
      "パラメータを合わせ込むのに使うデータです(教師あり学習のデータという意味で、教師データとも呼びます)。",
    seeAlso: ["test-data", "validation-data"],
  },
  {
    id: "test-data",
    en: "test data",
    ja: "テストデータ",
    definition:
      "Examples held back until the end to estimate how well the trained network generalises; never used to choose anything.",
    definitionJa: "学習した後の汎化能力を見積もるために、最後まで取っておくデータです。何かを選ぶためには使いません。",
    seeAlso: ["validation-data", "generalization"],
  },
  {
    id: "validation-data",
    en: "validation data",
    ja: "検証データ",
    reading: "けんしょうデータ",
    definition:
      "Examples held out from training and used to choose hyperparameters, so the test data stays an honest judge.",
    definitionJa:
      "訓練から外しておき、ハイパーパラメータを選ぶのに使うデータです。こうすると、テストデータを公正な判定役として残せます。",
    seeAlso: ["hyperparameter", "test-data"],
  },
  {
    id: "generalization",
    en: "generalisation",
    ja: "汎化能力",
    reading: "はんかのうりょく",
    definition: "How well a trained network performs on data it has never seen.",
    definitionJa: "学習したネットワークが、まだ見たことのないデータに対してどれだけうまく働くかを表す力です。",
    seeAlso: ["overfitting"],
  },
  {
    id: "mini-batch",
    en: "mini-batch",
    ja: "ミニバッチ",
    definition:
      "A small random subset of the training data used for one gradient step; its loss is the average over its examples.",
    definitionJa:
      "訓練データから無作為に選んだ小さな部分集合です。1回の勾配の更新に使い、その損失は含まれる例の平均です。",
    seeAlso: ["batch", "epoch", "sgd"],
  },
  {
    id: "batch",
    en: "batch",
    ja: "バッチ",
    definition:
      "A group of inputs processed together as one matrix. Batch learning uses all the training data for every step; online learning uses one example.",
    definitionJa:
      "まとめて1つの行列として処理する入力の束です。バッチ学習は毎回すべての訓練データを使い、オンライン学習は1つの例だけを使います。",
    seeAlso: ["mini-batch"],
  },
  {
    id: "epoch",
    en: "epoch",
    ja: "エポック",
    definition: "One pass over the training data: with N examples and batch size B, about N / B steps.",
    definitionJa: "訓練データをひととおり使い切る単位です。例が N 個、バッチサイズが B なら、約 N / B ステップです。",
    seeAlso: ["mini-batch", "iteration"],
  },
  {
    id: "iteration",
    en: "iteration (step)",
    ja: "イテレーション",
    definition: "One parameter update: compute the gradient on one mini-batch and apply the update rule once.",
    definitionJa: "パラメータの更新1回のことです。1つのミニバッチで勾配を求め、更新式を1回適用します。",
    seeAlso: ["epoch"],
  },
  {
    id: "derivative",
    en: "derivative",
    ja: "微分",
    reading: "びぶん",
    definition: "The rate of change of a function at a point, df/dx = lim_{h→0} (f(x + h) − f(x)) / h.",
    definitionJa: "ある点での関数の変化の割合で、df/dx = lim_{h→0} (f(x + h) − f(x)) / h です。",
    seeAlso: ["numerical-differentiation", "partial-derivative"],
  },
  {
    id: "numerical-differentiation",
    en: "numerical differentiation",
    ja: "数値微分",
    reading: "すうちびぶん",
    definition:
      "Estimating a derivative with a small finite h; the central difference (f(x + h) − f(x − h)) / 2h has error O(h²).",
    definitionJa:
      "小さな有限の h を使って微分を近似することです。中心差分 (f(x + h) − f(x − h)) / 2h の誤差は O(h²) です。",
    seeAlso: ["central-difference", "gradient-check"],
  },
  {
    id: "central-difference",
    en: "central difference",
    ja: "中心差分",
    reading: "ちゅうしんさぶん",
    definition:
      "(f(x + h) − f(x − h)) / 2h: more accurate than the forward difference (f(x + h) − f(x)) / h, whose error is O(h).",
    definitionJa: "(f(x + h) − f(x − h)) / 2h です。誤差が O(h) の前方差分 (f(x + h) − f(x)) / h より正確です。",
    seeAlso: ["numerical-differentiation"],
  },
  {
    id: "analytic-differentiation",
    en: "analytic differentiation",
    ja: "解析的微分",
    reading: "かいせきてきびぶん",
    definition:
      "Differentiating with the rules of calculus to get an exact formula, as backpropagation does layer by layer.",
    definitionJa: "微分の公式を使って、正確な式を求めることです。誤差逆伝播法は、これを層ごとに行います。",
    seeAlso: ["numerical-differentiation", "backpropagation"],
  },
  {
    id: "partial-derivative",
    en: "partial derivative",
    ja: "偏微分",
    reading: "へんびぶん",
    definition: "∂f/∂x₀: the derivative with respect to one variable while the others are held fixed.",
    definitionJa: "ほかの変数を固定して、1つの変数について微分したもの ∂f/∂x₀ です。",
    seeAlso: ["gradient"],
  },
  {
    id: "gradient",
    en: "gradient",
    ja: "勾配",
    reading: "こうばい",
    definition:
      "The vector of all partial derivatives, ∇f = (∂f/∂x₀, ∂f/∂x₁, …). It points where f increases fastest; kobai is named after it.",
    definitionJa:
      "すべての偏微分をまとめたベクトル ∇f = (∂f/∂x₀, ∂f/∂x₁, …) です。f が最も速く増える向きを指します。kobai(勾配)の名前の由来です。",
    seeAlso: ["gradient-descent", "partial-derivative"],
  },
  {
    id: "gradient-descent",
    en: "gradient descent",
    ja: "勾配降下法",
    reading: "こうばいこうかほう",
    definition:
      "Repeating W ← W − η ∂L/∂W: step against the gradient to reduce the loss. The book calls the family 勾配法.",
    definitionJa:
      "W ← W − η ∂L/∂W をくり返し、勾配と逆向きに進んで損失を減らす方法です。本書はこの仲間を勾配法と呼びます。",
    seeAlso: ["learning-rate", "sgd"],
  },
  {
    id: "learning-rate",
    en: "learning rate",
    ja: "学習率",
    reading: "がくしゅうりつ",
    definition:
      "η, the size of each gradient step. Too small and training crawls; too large and it oscillates or diverges. Chapter 6 of the book also calls it 学習係数.",
    definitionJa:
      "1回の更新の大きさ η です。小さすぎると学習がなかなか進まず、大きすぎると振動したり発散したりします。本書の6章では学習係数とも呼びます。",
    seeAlso: ["gradient-descent", "hyperparameter"],
  },
  {
    id: "learning-rate-decay",
    en: "learning rate decay",
    ja: "学習係数の減衰",
    reading: "がくしゅうけいすうのげんすい",
    definition: "Making the step size smaller as training goes on; AdaGrad does it per parameter, automatically.",
    definitionJa:
      "学習が進むにつれて更新の大きさを小さくしていくことです。AdaGrad は、これをパラメータごとに自動で行います。",
    seeAlso: ["adagrad", "learning-rate"],
  },
  {
    id: "saddle-point",
    en: "saddle point",
    ja: "鞍点",
    reading: "あんてん",
    definition:
      "A point where the gradient is zero but which is a minimum in some directions and a maximum in others; gradient descent can slow down near one.",
    definitionJa:
      "勾配は 0 なのに、ある方向では極小、別の方向では極大になっている点です。勾配法は、その近くで遅くなることがあります。",
    seeAlso: ["local-minimum", "plateau"],
  },
  {
    id: "local-minimum",
    en: "local minimum",
    ja: "極小値",
    reading: "きょくしょうち",
    definition: "A point lower than everything near it, but not necessarily the lowest point overall (最小値).",
    definitionJa: "周りのどの点よりも低いものの、全体で最も低いとは限らない点です(全体で最も低い点は最小値です)。",
    seeAlso: ["saddle-point"],
  },
  {
    id: "plateau",
    en: "plateau",
    ja: "プラトー",
    definition: "A nearly flat region of the loss where learning stalls because the gradient is tiny.",
    definitionJa: "損失がほとんど平らな領域です。勾配がごく小さいので、学習が止まったように見えます。",
    seeAlso: ["saddle-point"],
  },
  {
    id: "computational-graph",
    en: "computational graph",
    ja: "計算グラフ",
    reading: "けいさんグラフ",
    definition:
      "A calculation drawn as nodes (operations) and edges (values). Forward propagation runs it left to right; backpropagation carries derivatives right to left.",
    definitionJa:
      "計算を、ノード(演算)とエッジ(値)で表した図です。順伝播は左から右へ、逆伝播は右から左へ微分を運びます。",
    seeAlso: ["local-computation", "backpropagation"],
  },
  {
    id: "local-computation",
    en: "local computation",
    ja: "局所的な計算",
    reading: "きょくしょてきなけいさん",
    definition:
      "Each node of a computational graph needs only its own inputs to compute its output and its own local derivative to pass gradients back.",
    definitionJa:
      "計算グラフの各ノードは、自分の入力だけから出力を計算し、自分の局所的な微分だけを使って勾配を戻せます。",
    seeAlso: ["computational-graph"],
  },
  {
    id: "forward-propagation",
    en: "forward propagation",
    ja: "順伝播",
    reading: "じゅんでんぱ",
    definition: "Computing the outputs (and the loss) from the inputs, layer by layer.",
    definitionJa: "入力から出力(と損失)を、層ごとに順に計算することです。",
    seeAlso: ["backward-propagation"],
  },
  {
    id: "backward-propagation",
    en: "backward propagation",
    ja: "逆伝播",
    reading: "ぎゃくでんぱ",
    definition:
      "Passing the derivative of the loss back through the graph: each node multiplies the upstream gradient by its local derivative.",
    definitionJa:
      "損失の微分をグラフの逆向きに伝えることです。各ノードは、上流から来た勾配に自分の局所的な微分をかけて渡します。",
    seeAlso: ["chain-rule", "backpropagation"],
  },
  {
    id: "chain-rule",
    en: "chain rule",
    ja: "連鎖律",
    reading: "れんさりつ",
    definition:
      "The derivative of a composite function is the product of the derivatives of its parts: ∂z/∂x = (∂z/∂t)(∂t/∂x).",
    definitionJa: "合成関数の微分は、それぞれの関数の微分の積で表せます。∂z/∂x = (∂z/∂t)(∂t/∂x) です。",
    seeAlso: ["backward-propagation"],
  },
  {
    id: "backpropagation",
    en: "backpropagation",
    ja: "誤差逆伝播法",
    reading: "ごさぎゃくでんぱほう",
    definition:
      "Computing every parameter's gradient in one backward pass by applying the chain rule node by node; as costly as one forward pass.",
    definitionJa:
      "連鎖律をノードごとに適用し、1回の逆向きの計算で全パラメータの勾配を求める方法です。計算量は順伝播1回とほぼ同じです。",
    seeAlso: ["chain-rule", "computational-graph", "gradient-check"],
  },
  {
    id: "affine-layer",
    en: "affine layer",
    ja: "Affineレイヤ",
    reading: "アフィンレイヤ",
    definition:
      "Y = XW + B. Backward: ∂L/∂X = (∂L/∂Y)Wᵀ, ∂L/∂W = Xᵀ(∂L/∂Y), ∂L/∂B = the column sums of ∂L/∂Y. PyTorch calls it Linear.",
    definitionJa:
      "Y = XW + B を計算する層です。逆伝播は ∂L/∂X = (∂L/∂Y)Wᵀ、∂L/∂W = Xᵀ(∂L/∂Y)、∂L/∂B は ∂L/∂Y の列ごとの和です。PyTorch では Linear と呼びます。",
    seeAlso: ["layer", "backpropagation"],
  },
  {
    id: "softmax-with-loss",
    en: "Softmax-with-Loss layer",
    ja: "Softmax-with-Lossレイヤ",
    definition: "Softmax followed by cross-entropy as one layer; its backward is (y − t) / N for a batch of N.",
    definitionJa:
      "ソフトマックス関数と交差エントロピー誤差を1つにまとめた層です。N 個のバッチに対する逆伝播は (y − t) / N です。",
    seeAlso: ["softmax", "cross-entropy-error"],
  },
  {
    id: "gradient-check",
    en: "gradient check",
    ja: "勾配確認",
    reading: "こうばいかくにん",
    definition: "Comparing backpropagation's gradients with numerical ones to catch bugs in a backward pass.",
    definitionJa: "誤差逆伝播法で求めた勾配を数値微分の勾配と比べて、逆伝播の実装の誤りを見つけることです。",
    seeAlso: ["numerical-differentiation", "backpropagation"],
  },
  {
    id: "parameter",
    en: "parameter",
    ja: "パラメータ",
    definition: "A number the network learns: its weights and biases (and BN's γ and β).",
    definitionJa: "ネットワークが学習する数です。重みとバイアス(Batch Normalization の γ と β も)がこれにあたります。",
    seeAlso: ["hyperparameter", "weight"],
  },
  {
    id: "hyperparameter",
    en: "hyperparameter",
    ja: "ハイパーパラメータ",
    definition:
      "A setting chosen by people rather than learned: learning rate, batch size, number of layers, weight decay strength, dropout ratio.",
    definitionJa:
      "学習ではなく人が決める設定です。学習係数、バッチサイズ、層の数、Weight decay の強さ、Dropout の割合などがあります。",
    seeAlso: ["validation-data", "random-search"],
  },
  {
    id: "random-search",
    en: "random search",
    ja: "ランダムサーチ",
    definition:
      "Choosing hyperparameters by sampling them at random (the learning rate on a log scale) and keeping what scores best on validation data.",
    definitionJa:
      "ハイパーパラメータを無作為に選び(学習係数は対数スケールで)、検証データで最もよかったものを残す探し方です。",
    seeAlso: ["hyperparameter", "validation-data"],
  },
  {
    id: "optimization",
    en: "optimisation",
    ja: "最適化",
    reading: "さいてきか",
    definition:
      "Finding parameters that make the loss as small as possible. The update rules that do it are called optimizers.",
    definitionJa: "損失ができるだけ小さくなるパラメータを探すことです。そのための更新式をオプティマイザと呼びます。",
    seeAlso: ["sgd", "adam"],
  },
  {
    id: "sgd",
    en: "stochastic gradient descent (SGD)",
    ja: "確率的勾配降下法",
    reading: "かくりつてきこうばいこうかほう",
    definition: "Gradient descent on randomly chosen mini-batches: W ← W − η ∂L/∂W.",
    definitionJa: "無作為に選んだミニバッチで行う勾配法です。W ← W − η ∂L/∂W と更新します。",
    seeAlso: ["gradient-descent", "momentum"],
  },
  {
    id: "momentum",
    en: "Momentum",
    ja: "Momentum",
    reading: "モーメンタム",
    definition:
      "SGD with a velocity: v ← μv + g, W ← W − ηv. Consistent gradients build up speed; alternating ones cancel.",
    definitionJa:
      "速度を持たせた SGD です。v ← μv + g、W ← W − ηv と更新します。向きのそろった勾配では速度が増し、向きが交互に変わる勾配では打ち消し合います。",
    seeAlso: ["sgd", "nesterov"],
  },
  {
    id: "nesterov",
    en: "Nesterov momentum",
    ja: "Nesterovの加速勾配法",
    reading: "ネステロフのかそくこうばいほう",
    definition:
      "Momentum that looks ahead: the step uses g + μv, as if the gradient had been taken after the momentum step.",
    definitionJa:
      "先を見る Momentum です。更新に g + μv を使い、Momentum の一歩を進んだ先で勾配を求めたかのように動きます。",
    seeAlso: ["momentum"],
  },
  {
    id: "adagrad",
    en: "AdaGrad",
    ja: "AdaGrad",
    reading: "アダグラッド",
    definition:
      "Divides each parameter's step by the root of its summed squared gradients, so often-updated parameters slow down.",
    definitionJa:
      "各パラメータの更新の大きさを、これまでの勾配の2乗和の平方根で割る手法です。よく更新されるパラメータほど、歩幅が小さくなります。",
    seeAlso: ["rmsprop", "learning-rate-decay"],
  },
  {
    id: "rmsprop",
    en: "RMSProp",
    ja: "RMSProp",
    reading: "アールエムエスプロップ",
    definition:
      "AdaGrad with an exponential moving average of squared gradients instead of a sum, so old gradients are forgotten.",
    definitionJa: "AdaGrad の勾配の2乗和を、指数移動平均に置き換えた手法です。古い勾配は徐々に忘れられます。",
    seeAlso: ["adagrad", "adam", "moving-average"],
  },
  {
    id: "adam",
    en: "Adam",
    ja: "Adam",
    reading: "アダム",
    definition: "Momentum plus RMSProp with bias correction: steps by m̂ / (√v̂ + ε).",
    definitionJa: "Momentum と RMSProp を組み合わせ、バイアス補正を加えた手法です。m̂ / (√v̂ + ε) の大きさで更新します。",
    seeAlso: ["momentum", "rmsprop", "bias-correction"],
  },
  {
    id: "moving-average",
    en: "exponential moving average",
    ja: "指数移動平均",
    reading: "しすういどうへいきん",
    definition: "s ← ρs + (1 − ρ)x: an average in which older values fade by a factor ρ each step.",
    definitionJa: "s ← ρs + (1 − ρ)x で求める平均です。古い値ほど、1ステップごとに ρ 倍ずつ影響が薄れます。",
    seeAlso: ["rmsprop", "adam"],
  },
  {
    id: "bias-correction",
    en: "bias correction",
    ja: "バイアス補正",
    reading: "バイアスほせい",
    definition:
      "Dividing Adam's moving averages by 1 − βᵗ so that, starting from zero, they are not too small in the first steps.",
    definitionJa: "Adam の移動平均を 1 − βᵗ で割ることです。0 から始めた平均が、最初のうち小さすぎないようにします。",
    seeAlso: ["adam"],
  },
  {
    id: "weight-initialization",
    en: "weight initialisation",
    ja: "重みの初期値",
    reading: "おもみのしょきち",
    definition:
      "How the weights are drawn before training. All zeros (or any equal values) make every unit learn the same thing; the scale decides whether activations survive the depth.",
    definitionJa:
      "学習を始める前に重みをどう決めるかです。すべて 0(または同じ値)にすると、どのユニットも同じことを学習してしまいます。また、そのスケールによって、層を重ねてもアクティベーションが残るかどうかが決まります。",
    seeAlso: ["xavier-initialization", "he-initialization"],
  },
  {
    id: "xavier-initialization",
    en: "Xavier initialisation",
    ja: "Xavierの初期値",
    reading: "ザビエルのしょきち",
    definition:
      "Weights with standard deviation 1/√n for n inputs (the book's form; Glorot & Bengio also give √(2/(n_in + n_out))). Suited to sigmoid and tanh.",
    definitionJa:
      "入力が n 個のとき、標準偏差 1/√n で重みを決める方法です(本書の形です。Glorot と Bengio は √(2/(n_in + n_out)) も示しています)。シグモイド関数や tanh に向いています。",
    seeAlso: ["weight-initialization", "he-initialization"],
  },
  {
    id: "he-initialization",
    en: "He initialisation",
    ja: "Heの初期値",
    definition:
      "Weights with standard deviation √(2/n) for n inputs, twice Xavier's variance because ReLU zeroes half its inputs.",
    definitionJa:
      "入力が n 個のとき、標準偏差 √(2/n) で重みを決める方法です。ReLU は入力の半分を 0 にするので、分散を Xavier の初期値の2倍にします。",
    seeAlso: ["weight-initialization", "relu"],
  },
  {
    id: "activation-distribution",
    en: "activation distribution",
    ja: "アクティベーション分布",
    reading: "アクティベーションぶんぷ",
    definition:
      "The histogram of a layer's outputs. Collapsed at 0 and 1, or all at one value, signals a network that will learn badly.",
    definitionJa:
      "ある層の出力のヒストグラムです。0 と 1 に偏っていたり、1つの値に集まっていたりすると、うまく学習できないサインです。",
    seeAlso: ["weight-initialization", "vanishing-gradient"],
  },
  {
    id: "vanishing-gradient",
    en: "vanishing gradient",
    ja: "勾配消失",
    reading: "こうばいしょうしつ",
    definition:
      "Gradients shrinking layer by layer on the way back (e.g. saturated sigmoids) until the early layers stop learning.",
    definitionJa:
      "逆伝播で勾配が層ごとに小さくなり(たとえば飽和したシグモイド関数で)、入力に近い層が学習しなくなることです。",
    seeAlso: ["sigmoid", "activation-distribution"],
  },
  {
    id: "batch-normalization",
    en: "batch normalisation",
    ja: "バッチ正規化",
    reading: "バッチせいきか",
    definition:
      "The book's Batch Normalization (6.3). Normalising each feature over the mini-batch to mean 0 and variance 1, then scaling by γ and shifting by β: ŷ = γ (x − μ_B)/√(σ²_B + ε) + β.",
    definitionJa:
      "本書の Batch Normalization(6.3節)です。ミニバッチごとに各特徴量を平均 0、分散 1 に正規化し、γ 倍して β だけずらします。ŷ = γ (x − μ_B)/√(σ²_B + ε) + β です。",
    seeAlso: ["normalization", "weight-initialization"],
  },
  {
    id: "normalization",
    en: "normalisation",
    ja: "正規化",
    reading: "せいきか",
    definition: "Rescaling data to a fixed range or to mean 0 and variance 1.",
    definitionJa: "データを決まった範囲や、平均 0、分散 1 になるように変換することです。",
    seeAlso: ["batch-normalization"],
  },
  {
    id: "overfitting",
    en: "overfitting",
    ja: "過学習",
    reading: "かがくしゅう",
    definition:
      "Fitting the training data so closely that accuracy on new data falls: a growing gap between training and test accuracy.",
    definitionJa:
      "訓練データに合わせすぎて、新しいデータに対する精度が下がることです。訓練データとテストデータの認識精度の差が広がっていきます。",
    seeAlso: ["regularization", "weight-decay", "dropout"],
  },
  {
    id: "regularization",
    en: "regularisation",
    ja: "正則化",
    reading: "せいそくか",
    definition: "Anything that discourages a network from overfitting: weight decay, dropout, more data.",
    definitionJa: "過学習を抑えるための工夫の総称です。Weight decay、Dropout、データを増やすことなどがあります。",
    seeAlso: ["weight-decay", "dropout"],
  },
  {
    id: "weight-decay",
    en: "weight decay",
    ja: "荷重減衰",
    reading: "かじゅうげんすい",
    definition:
      "The book's Weight decay (6.4.2): adding ½λ‖W‖² to the loss, which adds λW to each weight's gradient and shrinks large weights.",
    definitionJa:
      "本書の Weight decay(6.4.2項)です。損失に ½λ‖W‖² を加えます。すると各重みの勾配に λW が加わり、大きな重みが縮みます。",
    seeAlso: ["l2-norm", "regularization"],
  },
  {
    id: "l2-norm",
    en: "L2 norm",
    ja: "L2ノルム",
    reading: "エルツーノルム",
    definition: "‖W‖₂ = √(Σ wᵢ²), the length of the weights as a vector.",
    definitionJa: "重みをベクトルとみたときの長さ ‖W‖₂ = √(Σ wᵢ²) です。",
    seeAlso: ["weight-decay"],
  },
  {
    id: "dropout",
    en: "dropout",
    ja: "ドロップアウト",
    definition:
      "The book's Dropout (6.4.3). Zeroing each hidden unit at random with probability p during training. PyTorch scales survivors by 1/(1 − p); the book scales by (1 − p) at test time instead.",
    definitionJa:
      "本書の Dropout(6.4.3項)です。学習中、隠れ層の各ユニットを確率 p で無作為に 0 にします。PyTorch は残ったユニットを 1/(1 − p) 倍し、本書は代わりにテスト時に (1 − p) 倍します。",
    seeAlso: ["regularization", "ensemble-learning"],
  },
  {
    id: "ensemble-learning",
    en: "ensemble learning",
    ja: "アンサンブル学習",
    reading: "アンサンブルがくしゅう",
    definition:
      "Averaging the outputs of several separately trained networks; dropout acts like training many thinned networks at once.",
    definitionJa:
      "別々に学習した複数のネットワークの出力を平均することです。Dropout は、間引いた多数のネットワークを一度に学習しているようなものです。",
    seeAlso: ["dropout"],
  },
  {
    id: "accuracy",
    en: "accuracy",
    ja: "認識精度",
    reading: "にんしきせいど",
    definition: "The fraction of examples whose highest-scoring class is the correct one.",
    definitionJa: "最も高いスコアのクラスが正解と一致する例の割合です。",
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
    definitionJa:
      "(f(x + h) − f(x)) / h で微分を近似する片側の方法です。誤差は h に比例してしか小さくなりません(中心差分は h² に比例します)。",
    seeAlso: ["central-difference", "numerical-differentiation"],
  },
  {
    id: "rounding-error",
    en: "rounding error",
    ja: "丸め誤差",
    reading: "まるめごさ",
    definition:
      "The error from storing a number in finitely many bits. In float64, 5 + 1e-50 is exactly 5, which is why a tiny h gives a numerical derivative of 0.",
    definitionJa:
      "数を有限のビットで表すことによる誤差です。float64 では 5 + 1e-50 がちょうど 5 になります。そのため、h が小さすぎると数値微分が 0 になります。",
    seeAlso: ["numerical-differentiation"],
  },
  {
    id: "online-learning",
    en: "online learning",
    ja: "オンライン学習",
    reading: "オンラインがくしゅう",
    definition: "Gradient descent on one example at a time (a mini-batch of size 1): N noisy updates per epoch.",
    definitionJa: "1つの例ごとに行う勾配法(サイズ 1 のミニバッチ)です。1エポックで N 回、ノイズの多い更新をします。",
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
    definitionJa:
      "Rosenblatt の学習則(1958年、本書にはありません)です。各例について w ← w + η(t − y)x、b ← b + η(t − y) と更新します。線形分離可能なデータでは止まり、XOR ではいつまでも回り続けます。",
    seeAlso: ["perceptron", "linear-separability"],
  },
  {
    id: "leaky-relu",
    en: "leaky ReLU",
    ja: "Leaky ReLU",
    definition:
      "h(x) = x for x > 0 and ax for x ≤ 0 with a small slope a (PyTorch: 0.01), so a unit that is off still passes a little gradient.",
    definitionJa:
      "x > 0 なら x、x ≤ 0 なら小さな傾き a で ax を返す関数 h(x) です。PyTorch の a は 0.01 です。オフのユニットにも少しだけ勾配が流れます。",
    seeAlso: ["relu"],
  },
  {
    id: "saturation",
    en: "saturation",
    ja: "飽和",
    reading: "ほうわ",
    definition:
      "A sigmoid or tanh unit whose input is far from 0 sits on a flat part of the curve: its output barely changes and its slope is nearly 0, so little gradient passes through.",
    definitionJa:
      "シグモイド関数や tanh のユニットで、入力が 0 から遠く、曲線の平らな部分にいる状態です。出力はほとんど変わらず、傾きもほぼ 0 なので、勾配がほとんど流れません。",
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
    definitionJa:
      "層のユニットがみな同じような値を出力する状態を、本書(6.2.2項)はこう呼びます。多くのユニットが1つ分の仕事しかしないので、その層が表せることはわずかです。",
    seeAlso: ["activation-distribution", "weight-symmetry"],
  },
  {
    id: "weight-symmetry",
    en: "weight symmetry",
    ja: "重みの対称性",
    reading: "おもみのたいしょうせい",
    definition:
      "Units of a layer that start with equal weights compute the same output and receive the same gradient, so they stay equal for ever; random initial weights break the symmetry.",
    definitionJa:
      "同じ重みから始めた層のユニットは、同じ出力を計算し、同じ勾配を受け取ります。そのため、いつまでも同じままです。重みの初期値を無作為にすると、この対称性が崩れます。",
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
    definitionJa:
      "級数を途中で打ち切った式の誤差です。中心差分 (f(x + h) − f(x − h)) / 2h は約 h²·f‴(x)/6 ずれます。これは h とともに小さくなりますが、丸め誤差は ε/h のように大きくなります。",
    seeAlso: ["central-difference", "rounding-error"],
  },
  // ── rmsprop, adam and optimizer-comparison chapters ─────────────────────────────────
  {
    id: "adamw",
    en: "AdamW (decoupled weight decay)",
    ja: "AdamW(分離された荷重減衰)",
    reading: "アダムダブリュー",
    definition:
      "Adam whose weight decay shrinks every weight by the factor 1 − ηλ each step instead of adding λW to the gradient, where Adam would divide it by √v̂.",
    definitionJa:
      "重みの減衰を勾配に λW として加える代わりに、毎ステップすべての重みを 1 − ηλ 倍して縮める Adam です。Adam のやり方では、λW も √v̂ で割られてしまいます。",
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
