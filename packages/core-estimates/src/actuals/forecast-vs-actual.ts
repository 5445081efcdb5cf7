import type { Figure } from "../types.js";
import type { ActualFigure } from "./actual-figures.js";

/** One figure's forecast (with its p5-p95) beside what was measured, in the figure's unit. */
export interface ForecastVersusActual {
  key: string;
  unit: string;
  /** Absent when the proposal's inputs did not allow a forecast of this figure. */
  forecast?: { value: number; p5: number; p50: number; p95: number };
  actual: number;
  /** How the actual was obtained. */
  basis: string;
  /** (actual - forecast) / forecast; absent without a forecast or when it is 0. */
  relativeError?: number;
  /** Whether the actual lies inside the forecast's p5-p95 (false without a forecast). */
  withinInterval: boolean;
}

/**
 * Pairs measured figures with the forecast of the same key. A measured figure the estimate could
 * not forecast is kept without a forecast, so it is never silently dropped. Pure.
 */
export function forecastVersusActual(
  figures: Record<string, Figure>,
  actuals: Record<string, ActualFigure>,
): ForecastVersusActual[] {
  return Object.entries(actuals).map(([key, actual]) => {
    const figure = figures[key];
    const row: ForecastVersusActual = {
      key,
      unit: actual.unit,
      actual: actual.value,
      basis: actual.basis,
      withinInterval: figure ? actual.value >= figure.p5 && actual.value <= figure.p95 : false,
    };
    if (figure) {
      row.forecast = { value: figure.value, p5: figure.p5, p50: figure.p50, p95: figure.p95 };
      if (figure.value !== 0) row.relativeError = (actual.value - figure.value) / figure.value;
    }
    return row;
  });
}
