"""The ch06 training step in numpy float64, as the book's own code does it (Affine, ReLU,
SoftmaxWithLoss, SGD lr 0.01; ch06/optimizer_compare_mnist.py's network), for
bench/ch06-step.bench.ts to compare kobai with. The caller sets OPENBLAS_NUM_THREADS=1.

    python3 bench/ch06_numpy.py <batches prefix> <seconds per run>

Reads <prefix>.x (float64, batches × 128 × 784) and <prefix>.y (int32 labels), prints JSON:
seconds per step of 5 runs (wall and CPU) and which BLAS numpy runs."""
import json
import sys
import time

import numpy as np

prefix, seconds = sys.argv[1], float(sys.argv[2])
x = np.fromfile(prefix + ".x", dtype=np.float64).reshape(-1, 128, 784)
t = np.fromfile(prefix + ".y", dtype=np.int32).reshape(len(x), 128)
sizes = [784, 100, 100, 100, 100, 10]
rng = np.random.default_rng(0)
W = [rng.standard_normal((a, b)) * np.sqrt(2.0 / a) for a, b in zip(sizes, sizes[1:])]  # He
B = [np.zeros(b) for b in sizes[1:]]
rows = np.arange(128)


def step(i):
    xb, tb = x[i % len(x)], t[i % len(t)]
    hs = [xb]
    h = xb
    for layer in range(5):
        h = h @ W[layer] + B[layer]
        if layer < 4:
            h = np.maximum(h, 0)
        hs.append(h)
    z = h - h.max(axis=1, keepdims=True)
    p = np.exp(z)
    p /= p.sum(axis=1, keepdims=True)
    loss = -np.log(p[rows, tb] + 1e-7).mean()
    d = p
    d[rows, tb] -= 1
    d /= len(tb)
    for layer in range(4, -1, -1):
        grad_w = hs[layer].T @ d
        grad_b = d.sum(axis=0)
        if layer > 0:  # no ∂L/∂x for the data, as kobai's lean backward
            d = (d @ W[layer].T) * (hs[layer] > 0)
        W[layer] -= 0.01 * grad_w
        B[layer] -= 0.01 * grad_b
    return loss


for i in range(20):
    step(i)
start = time.perf_counter()
for i in range(10):
    step(i)
iterations = max(10, int(seconds / ((time.perf_counter() - start) / 10)))
wall, cpu = [], []
for run in range(5):
    w0, c0 = time.perf_counter(), time.process_time()
    for i in range(iterations):
        loss = step(i)
    wall.append((time.perf_counter() - w0) / iterations)
    cpu.append((time.process_time() - c0) / iterations)
if not np.isfinite(loss):
    raise SystemExit(f"numpy step diverged: loss {loss}")

blas = "?"
try:
    blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]["name"]
except Exception:
    pass
try:
    from threadpoolctl import threadpool_info

    blas = "; ".join(f"{i['internal_api']} {i.get('architecture', '')} {i['num_threads']} thread(s)" for i in threadpool_info())
except ImportError:  # ask the OpenBLAS numpy loaded which core kernel it picked
    import ctypes

    with open("/proc/self/maps") as maps:
        libs = sorted({line.split()[-1] for line in maps if "openblas" in line.lower() and ".so" in line})
    for lib in libs:
        for prefix in ("scipy_openblas_", "openblas_"):
            for suffix in ("64_", ""):
                try:
                    so = ctypes.CDLL(lib)
                    corename = getattr(so, f"{prefix}get_corename{suffix}")
                    threads = getattr(so, f"{prefix}get_num_threads{suffix}")
                except (OSError, AttributeError):
                    continue
                corename.restype = ctypes.c_char_p
                blas += f", core {corename().decode()}, {threads()} thread(s) (threadpoolctl not installed)"
                break
            else:
                continue
            break
        else:
            continue
        break
print(json.dumps({"wall": wall, "cpu": cpu, "numpy": np.__version__, "blas": blas, "iterations": iterations}))
