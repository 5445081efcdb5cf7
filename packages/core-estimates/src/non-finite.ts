/**
 * Thrown when an input makes a figure (or one of its percentiles) infinite or NaN. Such a figure
 * is an error, never "not estimated": dropping it would let a budget on it pass unevaluated.
 */
export class NonFiniteFigureError extends Error {
  /** The figure key, e.g. `time.trainingDays`. */
  readonly figure: string;
  /** Proposal paths of the inputs the figure is computed from, for locating the error. */
  readonly inputPaths: string[];
  constructor(figure: string, inputPaths: string[]) {
    super(
      `${figure} is not a finite number with these inputs (${inputPaths.join(", ") || "defaults"}); check them for extreme values`,
    );
    this.figure = figure;
    this.inputPaths = inputPaths;
  }
}
