;; The matrix-multiply micro-kernel in WebAssembly SIMD: C = A · B, four rows by four
;; columns of C at a time.
;;
;;   C[i][j] = Σₚ A[i][p] · B[p][j]
;;
;; A v128 register holds two float64 ("f64x2"), so one multiply and one add do the work of
;; two output columns: the kernel is vectorised across columns j, j+1. Each lane still adds
;; its products one step p at a time, in order, with a separate multiply and add (no fused
;; multiply-add, no relaxed SIMD), so every C[i][j] is the same sum, rounded the same way,
;; as in the plain TypeScript kernel (matmul.ts): the results are bit for bit equal.
;;
;; wasm-simd.ts copies the operands in, padded so that the loops have no special cases:
;; A has zero rows up to a multiple of 4, and B zero columns up to a multiple of 4, so every
;; tile is full; C has the padded size and the caller keeps the real part. Then:
;; - `pack` copies A in blocks of 4 rows ("panels", as in matmul.ts): step t of a block holds
;;   A[i][p], A[i+1][p], A[i+2][p], A[i+3][p] side by side, and steps where all four are 0
;;   are left out (MNIST digits are mostly black). For each kept step, `steps` holds where
;;   row p of B starts (in bytes, from B).
;; - `multiply` runs the micro-kernel over the panels.
;;
;; The tile is 4 × 4 because its 8 accumulators, 2 numbers-pairs of B and one of A fit in
;; the 16 vector registers of an x86-64 or the 32 of an ARM64 core without spilling.
;;
;; Compiled to bytes by scripts/build-wasm.mjs (the npm package wabt), embedded in
;; matmul-wasm.generated.ts.
(module
;; 64 pages of 64 KiB = 4 MiB from the start, enough for the ch06 network's largest product
  ;; (784 × 100 by 128). Growing the memory later detaches its old ArrayBuffer, and the first
  ;; detach in a thread makes V8 check every typed array access for it from then on: all of
  ;; kobai's loops run slower. So it grows only for bigger products than the lessons use.
  (memory (export "memory") 64)

  ;; Packs A into panels. A[i][p] is at a + i·rowStride + p·stepStride (bytes), so A·B
  ;; (rowStride 8k, stepStride 8) and Aᵀ·B (rowStride 8, stepStride 8m) pack the same way.
  ;; 0 · ∞ is NaN, not 0: the caller asks to skip zero steps only when B is finite.
  (func (export "pack")
    (param $a i32) (param $rowStride i32) (param $stepStride i32)
    (param $blocks i32) (param $k i32)
    (param $rowOfB i32)    ;; bytes from one row of B to the next
    (param $skipZeros i32) ;; 1: leave out steps where the block's four numbers are all 0
    (param $panels i32) (param $steps i32) (param $counts i32)
    (local $block i32) (local $p i32) (local $from i32) (local $q i32) (local $t i32) (local $first i32)
    (local $x0 f64) (local $x1 f64) (local $x2 f64) (local $x3 f64)
    (local.set $block (i32.const 0))
    (block $blocksDone (loop $blocksLoop
      (br_if $blocksDone (i32.ge_u (local.get $block) (local.get $blocks)))
      (local.set $from (i32.add (local.get $a) (i32.mul (i32.shl (local.get $block) (i32.const 2)) (local.get $rowStride))))
      (local.set $q (i32.add (local.get $panels) (i32.shl (i32.mul (local.get $block) (local.get $k)) (i32.const 5))))
      (local.set $first (i32.add (local.get $steps) (i32.shl (i32.mul (local.get $block) (local.get $k)) (i32.const 2))))
      (local.set $t (local.get $first))
      (local.set $p (i32.const 0))
      (block $stepsDone (loop $stepsLoop
        (br_if $stepsDone (i32.ge_u (local.get $p) (local.get $k)))
        (local.set $x0 (f64.load (local.get $from)))
        (local.set $x1 (f64.load (i32.add (local.get $from) (local.get $rowStride))))
        (local.set $x2 (f64.load (i32.add (local.get $from) (i32.shl (local.get $rowStride) (i32.const 1)))))
        (local.set $x3 (f64.load (i32.add (local.get $from) (i32.mul (local.get $rowStride) (i32.const 3)))))
        (if (i32.eqz (i32.and (local.get $skipZeros)
              (i32.and (i32.and (f64.eq (local.get $x0) (f64.const 0)) (f64.eq (local.get $x1) (f64.const 0)))
                       (i32.and (f64.eq (local.get $x2) (f64.const 0)) (f64.eq (local.get $x3) (f64.const 0))))))
          (then
            (f64.store (local.get $q) (local.get $x0))
            (f64.store offset=8 (local.get $q) (local.get $x1))
            (f64.store offset=16 (local.get $q) (local.get $x2))
            (f64.store offset=24 (local.get $q) (local.get $x3))
            (i32.store (local.get $t) (i32.mul (local.get $p) (local.get $rowOfB)))
            (local.set $q (i32.add (local.get $q) (i32.const 32)))
            (local.set $t (i32.add (local.get $t) (i32.const 4)))))
        (local.set $from (i32.add (local.get $from) (local.get $stepStride)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $stepsLoop)))
      (i32.store (i32.add (local.get $counts) (i32.shl (local.get $block) (i32.const 2)))
                 (i32.shr_u (i32.sub (local.get $t) (local.get $first)) (i32.const 2)))
      (local.set $block (i32.add (local.get $block) (i32.const 1)))
      (br $blocksLoop)))
  )

  ;; C = A · B over the packed panels of A, a 4 × 4 tile of C at a time.
  (func (export "multiply")
    (param $panels i32) ;; byte address of the packed blocks of A, block b at panels + b·k·32
    (param $steps i32)  ;; byte address of the i32 step lists, block b's at steps + b·k·4
    (param $counts i32) ;; byte address of one i32 per block: how many steps it kept
    (param $blocks i32) ;; number of blocks of 4 rows
    (param $k i32)      ;; room per block, in steps (the length of the sum)
    (param $b i32)      ;; byte address of B (k rows of `width` float64)
    (param $width i32)  ;; columns of B and C, a multiple of 4
    (param $c i32)      ;; byte address of C (4·blocks rows of `width` float64), overwritten
    (local $rowBytes i32) (local $column i32) (local $block i32)
    (local $q i32) (local $t i32) (local $tEnd i32) (local $bRow i32) (local $out i32)
    (local $x v128) (local $y0 v128) (local $y1 v128)
    ;; c<r><h>: row r of the tile, columns j, j+1 (h = 0) or j+2, j+3 (h = 1)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)

    (local.set $rowBytes (i32.shl (local.get $width) (i32.const 3)))

    ;; For each strip of 4 columns (column = byte offset of column j within a row) …
    (local.set $column (i32.const 0))
    (block $columnsDone (loop $columns
      (br_if $columnsDone (i32.ge_u (local.get $column) (local.get $rowBytes)))

      ;; … every block of 4 rows passes over it, while the strip of B stays in cache.
      (local.set $block (i32.const 0))
      (block $blocksDone (loop $rows
        (br_if $blocksDone (i32.ge_u (local.get $block) (local.get $blocks)))

        (local.set $c00 (v128.const f64x2 0 0)) (local.set $c01 (v128.const f64x2 0 0))
        (local.set $c10 (v128.const f64x2 0 0)) (local.set $c11 (v128.const f64x2 0 0))
        (local.set $c20 (v128.const f64x2 0 0)) (local.set $c21 (v128.const f64x2 0 0))
        (local.set $c30 (v128.const f64x2 0 0)) (local.set $c31 (v128.const f64x2 0 0))

        (local.set $q (i32.add (local.get $panels)
          (i32.shl (i32.mul (local.get $block) (local.get $k)) (i32.const 5))))
        (local.set $t (i32.add (local.get $steps)
          (i32.shl (i32.mul (local.get $block) (local.get $k)) (i32.const 2))))
        (local.set $tEnd (i32.add (local.get $t)
          (i32.shl (i32.load (i32.add (local.get $counts) (i32.shl (local.get $block) (i32.const 2))))
                   (i32.const 2))))

        ;; The sum over p, in order: c += A[i+r][p] · B[p][j … j+3] for r = 0 … 3.
        (block $stepsDone (loop $sum
          (br_if $stepsDone (i32.ge_u (local.get $t) (local.get $tEnd)))
          (local.set $bRow (i32.add (i32.add (local.get $b) (local.get $column)) (i32.load (local.get $t))))
          (local.set $y0 (v128.load (local.get $bRow)))           ;; B[p][j], B[p][j+1]
          (local.set $y1 (v128.load offset=16 (local.get $bRow))) ;; B[p][j+2], B[p][j+3]

          (local.set $x (v128.load64_splat (local.get $q)))       ;; A[i][p] in both lanes
          (local.set $c00 (f64x2.add (local.get $c00) (f64x2.mul (local.get $x) (local.get $y0))))
          (local.set $c01 (f64x2.add (local.get $c01) (f64x2.mul (local.get $x) (local.get $y1))))
          (local.set $x (v128.load64_splat offset=8 (local.get $q)))  ;; A[i+1][p]
          (local.set $c10 (f64x2.add (local.get $c10) (f64x2.mul (local.get $x) (local.get $y0))))
          (local.set $c11 (f64x2.add (local.get $c11) (f64x2.mul (local.get $x) (local.get $y1))))
          (local.set $x (v128.load64_splat offset=16 (local.get $q))) ;; A[i+2][p]
          (local.set $c20 (f64x2.add (local.get $c20) (f64x2.mul (local.get $x) (local.get $y0))))
          (local.set $c21 (f64x2.add (local.get $c21) (f64x2.mul (local.get $x) (local.get $y1))))
          (local.set $x (v128.load64_splat offset=24 (local.get $q))) ;; A[i+3][p]
          (local.set $c30 (f64x2.add (local.get $c30) (f64x2.mul (local.get $x) (local.get $y0))))
          (local.set $c31 (f64x2.add (local.get $c31) (f64x2.mul (local.get $x) (local.get $y1))))

          (local.set $q (i32.add (local.get $q) (i32.const 32))) ;; next step: 4 float64 of A
          (local.set $t (i32.add (local.get $t) (i32.const 4)))  ;; and its i32 row offset
          (br $sum)))

        ;; C is written once, never read: the kernel overwrites, it does not add.
        (local.set $out (i32.add (i32.add (local.get $c) (local.get $column))
          (i32.mul (i32.shl (local.get $block) (i32.const 2)) (local.get $rowBytes))))
        (v128.store (local.get $out) (local.get $c00))
        (v128.store offset=16 (local.get $out) (local.get $c01))
        (local.set $out (i32.add (local.get $out) (local.get $rowBytes)))
        (v128.store (local.get $out) (local.get $c10))
        (v128.store offset=16 (local.get $out) (local.get $c11))
        (local.set $out (i32.add (local.get $out) (local.get $rowBytes)))
        (v128.store (local.get $out) (local.get $c20))
        (v128.store offset=16 (local.get $out) (local.get $c21))
        (local.set $out (i32.add (local.get $out) (local.get $rowBytes)))
        (v128.store (local.get $out) (local.get $c30))
        (v128.store offset=16 (local.get $out) (local.get $c31))

        (local.set $block (i32.add (local.get $block) (i32.const 1)))
        (br $rows)))

      (local.set $column (i32.add (local.get $column) (i32.const 32))) ;; 4 float64 further
      (br $columns)))
  )
)
