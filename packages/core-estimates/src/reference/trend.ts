/** A least-squares fit of y on a polynomial in x, with what a prediction interval needs. */
export interface PolynomialFit {
  /** Coefficients, constant first: y = c0 + c1 x (+ c2 x^2). */
  coefficients: number[];
  /** Share of the variance of y the fit explains. */
  r2: number;
  /** Residual standard error. */
  sigma: number;
  /** Observations. */
  n: number;
  /** (X'X)^-1, for the prediction interval. */
  covariance: number[][];
  /** x is centred on this value before fitting, for numerical stability. */
  xCentre: number;
}

// Reads a matrix cell; the matrices here are dense and square, so a miss is a bug, read as 0.
const cell = (m: number[][], i: number, j: number) => m[i]?.[j] ?? 0;

function solve(matrix: number[][]): number[][] {
  // Gauss-Jordan inverse of a small symmetric positive-definite matrix.
  const n = matrix.length;
  const a = matrix.map((row, i) => [
    ...row,
    ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  ]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++)
      if (Math.abs(cell(a, row, col)) > Math.abs(cell(a, pivot, col))) pivot = row;
    const swapped = a[pivot] ?? [];
    a[pivot] = a[col] ?? [];
    a[col] = swapped;
    const p = cell(a, col, col);
    if (Math.abs(p) < 1e-12) throw new Error("degenerate fit: the years do not vary enough");
    a[col] = swapped.map((value) => value / p);
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const factor = cell(a, row, col);
      a[row] = (a[row] ?? []).map((value, k) => value - factor * cell(a, col, k));
    }
  }
  return a.map((row) => row.slice(n));
}

/**
 * Fits y = c0 + c1 (x - x̄) (+ c2 (x - x̄)^2) by ordinary least squares.
 * @param degree - 1 for a line, 2 for a parabola.
 */
export function fitPolynomial(
  xs: readonly number[],
  ys: readonly number[],
  degree: 1 | 2,
): PolynomialFit {
  const n = xs.length;
  const xCentre = xs.reduce((s, x) => s + x, 0) / n;
  const rows = xs.map((x) => Array.from({ length: degree + 1 }, (_, k) => (x - xCentre) ** k));
  const xtx = Array.from({ length: degree + 1 }, (_, i) =>
    Array.from({ length: degree + 1 }, (_, j) =>
      rows.reduce((s, r) => s + (r[i] ?? 0) * (r[j] ?? 0), 0),
    ),
  );
  const xty = Array.from({ length: degree + 1 }, (_, i) =>
    rows.reduce((s, r, k) => s + (r[i] ?? 0) * (ys[k] ?? 0), 0),
  );
  const covariance = solve(xtx);
  const coefficients = covariance.map((row) => row.reduce((s, c, j) => s + c * (xty[j] ?? 0), 0));
  const predicted = rows.map((r) =>
    r.reduce((s, value, k) => s + value * (coefficients[k] ?? 0), 0),
  );
  const mean = ys.reduce((s, y) => s + y, 0) / n;
  const ssRes = ys.reduce((s, y, i) => s + (y - (predicted[i] ?? 0)) ** 2, 0);
  const ssTot = ys.reduce((s, y) => s + (y - mean) ** 2, 0);
  return {
    coefficients,
    r2: 1 - ssRes / ssTot,
    sigma: Math.sqrt(ssRes / (n - degree - 1)),
    n,
    covariance,
    xCentre,
  };
}

/** Two-sided 95% quantile of Student's t with `df` degrees of freedom (Abramowitz and Stegun 26.7.5). */
export function t975(df: number): number {
  const z = 1.959964;
  return (
    z +
    (z ** 3 + z) / (4 * df) +
    (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2) +
    (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / (384 * df ** 3)
  );
}

/** The fitted value at x and its 95% prediction interval for a new observation. */
export function predict(
  fit: PolynomialFit,
  x: number,
): { value: number; low: number; high: number } {
  const row = fit.coefficients.map((_, k) => (x - fit.xCentre) ** k);
  const value = row.reduce((s, r, k) => s + r * (fit.coefficients[k] ?? 0), 0);
  const leverage = row.reduce(
    (s, ri, i) => s + ri * row.reduce((t, rj, j) => t + cell(fit.covariance, i, j) * rj, 0),
    0,
  );
  const half = t975(fit.n - fit.coefficients.length) * fit.sigma * Math.sqrt(1 + leverage);
  return { value, low: value - half, high: value + half };
}

/**
 * The first year from `from` at which a rising curve reaches `target`, to 0.01 year (rounded to
 * 0.1), or undefined when it does not by 2200.
 */
export function firstYearReaching(
  curve: (x: number) => number,
  target: number,
  from: number,
): number | undefined {
  // Whole years first, then bisection inside the crossing year down to 0.01 year.
  for (let year = from; year <= 2200; year += 1) {
    if (curve(year) < target) continue;
    let low = year - 1;
    let high = year;
    if (year === from || curve(low) >= target) return Math.round(year * 10) / 10;
    while (high - low > 0.01) {
      const middle = (low + high) / 2;
      if (curve(middle) >= target) high = middle;
      else low = middle;
    }
    return Math.round(high * 10) / 10;
  }
  return undefined;
}
