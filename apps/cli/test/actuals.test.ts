import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { forecard, ROOT } from "./run-cli.js";

const EXAMPLES = join(ROOT, "examples/actuals");
const FAST = ["--samples", "500"];

/** A scratch folder with the pilot proposal (and its comments) and the example measurements. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "forecard-actuals-"));
  for (const f of ["pilot-1b3.yaml", "probe-160m.yaml", "emissions.csv", "power-log.csv"])
    copyFileSync(join(EXAMPLES, f), join(dir, f));
  return dir;
}

const measurements = (file: string) => parse(readFileSync(file, "utf8")).actuals.measurements;

// CodeCarbon 2.8 column set (codecarbon/output_methods/emissions_data.py); values chosen by hand.
const CC_HEADER =
  "timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,on_cloud,pue";
const ccRow = (run: string, duration: number, kWh: number, kg: number, gpus: number) =>
  `2024-05-01T12:00:00,p,${run},e,${duration},${kg},0,1,1,1,0,0,0,${kWh},Sweden,SWE,,gcp,europe-north1,Linux,3.11,2.8.3,8,cpu,${gpus},${gpus} x NVIDIA A100,0,0,1000,machine,Y,1.1`;

describe("forecard actuals import", () => {
  it("sums a CodeCarbon file per run (last cumulative row) and writes only the summary, keeping comments", () => {
    const dir = scratch();
    const csv = join(dir, "cc.csv");
    writeFileSync(
      csv,
      [
        CC_HEADER,
        ccRow("run-a", 1800, 2.5, 0.1, 4), // flush: cumulative, superseded by the next row
        ccRow("run-a", 3600, 5, 0.2, 4),
        ccRow("run-b", 7200, 12.25, 0.49, 8),
      ].join("\n"),
    );
    const result = forecard(["actuals", "import", csv, "--into", join(dir, "pilot-1b3.yaml")]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, "pilot-1b3.yaml"), "utf8");
    expect(text).toContain("# Synthetic: the organisation, the run and its measurements");
    expect(text).toContain("pue: 1.2 # the facility's annual average");
    expect(text).not.toContain("europe-north1,Linux"); // no raw rows
    const [m] = measurements(join(dir, "pilot-1b3.yaml"));
    expect(m.kind).toBe("codecarbon");
    expect(m.file).toBe("cc.csv");
    expect(m.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(m.runs).toHaveLength(2);
    expect(m.energyKWh).toBeCloseTo(5 + 12.25, 10);
    expect(m.emissionsKg).toBeCloseTo(0.2 + 0.49, 10);
    expect(m.durationHours).toBeCloseTo(1 + 2, 10);
    expect(m.acceleratorHours).toBeCloseTo(1 * 4 + 2 * 8, 10);
    expect(m.pue).toEqual([1.1]);
    expect(m.countries).toEqual(["SWE"]);
    expect(m.cloudRegions).toEqual(["gcp:europe-north1"]);
  });

  it("accepts CodeCarbon 1.x files (no run_id, no gpu_count): each row is a run", () => {
    const dir = scratch();
    const csv = join(dir, "v1.csv");
    // Column set of CodeCarbon v1.2.0 (codecarbon/output.py).
    writeFileSync(
      csv,
      "timestamp,experiment_id,project_name,duration,emissions,energy_consumed,country_name,country_iso_code,region,on_cloud,cloud_provider,cloud_region\n" +
        "2022-01-01T00:00:00,e,p,100,0.01,0.04,France,FRA,,N,,\n" +
        "2022-01-02T00:00:00,e,p,200,0.02,0.06,France,FRA,,N,,\n",
    );
    const result = forecard(["actuals", "import", csv, "--into", join(dir, "pilot-1b3.yaml")]);
    expect(result.code).toBe(0);
    const [m] = measurements(join(dir, "pilot-1b3.yaml"));
    expect(m.runs).toHaveLength(2);
    expect(m.energyKWh).toBeCloseTo(0.1, 10);
    expect(m.acceleratorHours).toBeUndefined();
  });

  it("integrates a power log by the trapezoid rule, reporting a gap and a clock jump without filling them", () => {
    const dir = scratch();
    const csv = join(dir, "log.csv");
    writeFileSync(
      csv,
      [
        "timestamp, index, power.draw [W]",
        "2024/05/01 00:00:00.000, 0, 100.00 W",
        "2024/05/01 00:00:10.000, 0, 300.00 W", // 10 s x 200 W = 2000 J
        "2024/05/01 00:00:20.000, 0, 300.00 W", // 10 s x 300 W = 3000 J
        "2024/05/01 00:05:00.000, 0, 500.00 W", // 280 s: a gap, not integrated
        "2024/05/01 00:05:10.000, 0, 500.00 W", // 10 s x 500 W = 5000 J
        "2024/05/01 00:05:05.000, 0, 100.00 W", // clock went back: reported, restart
        "2024/05/01 00:05:15.000, 0, 300.00 W", // 10 s x 200 W = 2000 J
        "2024/05/01 00:00:00.000, 1, 50.00 W",
        "2024/05/01 00:00:10.000, 1, 50.00 W", // 10 s x 50 W = 500 J
      ].join("\n"),
    );
    const result = forecard(["actuals", "import", csv, "--into", join(dir, "probe-160m.yaml")]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("1 gaps");
    const [m] = measurements(join(dir, "probe-160m.yaml"));
    expect(m.series).toBe(2);
    expect(m.energyKWh).toBeCloseTo((2000 + 3000 + 5000 + 2000 + 500) / 3.6e6, 12);
    expect(m.coveredHours).toBeCloseTo(50 / 3600, 12);
    expect(m.gapCount).toBe(1);
    expect(m.gapSeconds).toBe(280);
    expect(m.gaps[0]).toMatchObject({ series: "0", seconds: 280 });
    expect(m.clockJumpCount).toBe(1);
    expect(m.clockJumps[0]).toMatchObject({ series: "0", line: 7 });
  });

  it("rejects a truncated or mis-typed file with its line and leaves the proposal untouched", () => {
    const dir = scratch();
    const target = join(dir, "pilot-1b3.yaml");
    const before = readFileSync(target);
    const truncated = join(dir, "truncated.csv");
    const full = readFileSync(join(dir, "emissions.csv"), "utf8");
    writeFileSync(truncated, full.slice(0, full.lastIndexOf(",") - 40));
    const cut = forecard(["actuals", "import", truncated, "--into", target]);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(
      /^.*truncated\.csv:4: expected 32 columns as in the header, got \d+/,
    );
    expect(cut.stderr).not.toContain("    at ");

    const typo = join(dir, "typo.csv");
    writeFileSync(typo, full.replace("37.440000", "37.44O000"));
    const bad = forecard(["actuals", "import", typo, "--into", target]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      `${typo}:3: energy_consumed: expected an energy in kWh, got "37.44O000"\n`,
    );

    const log = join(dir, "bad-log.csv");
    writeFileSync(
      log,
      "timestamp, power.draw [W]\n2024/05/01 00:00:00.000, 250.13 W\nyesterday, 250 W\n",
    );
    const when = forecard(["actuals", "import", log, "--into", target]);
    expect(when.code).toBe(2);
    expect(when.stderr).toContain(`${log}:3: timestamp: expected a timestamp`);
    expect(readFileSync(target).equals(before)).toBe(true);
  });

  it("replaces the summary of the same file when imported twice", () => {
    const dir = scratch();
    const target = join(dir, "pilot-1b3.yaml");
    forecard(["actuals", "import", join(dir, "emissions.csv"), "--into", target]);
    const once = readFileSync(target, "utf8");
    forecard(["actuals", "import", join(dir, "emissions.csv"), "--into", target]);
    expect(readFileSync(target, "utf8")).toBe(once);
  });
});

describe("forecast vs actual", () => {
  function imported(): string {
    const dir = scratch();
    const target = join(dir, "pilot-1b3.yaml");
    expect(forecard(["actuals", "import", join(dir, "emissions.csv"), "--into", target]).code).toBe(
      0,
    );
    return target;
  }

  it("puts forecast, p5-p95, actual and error in the estimate JSON", () => {
    const target = imported();
    const result = forecard(["estimate", target, "--json", ...FAST]);
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    const energy = document.actuals.find((a: { key: string }) => a.key === "energy.trainingMWh");
    // 37.44 + 40.56 kWh of energy_consumed in examples/actuals/emissions.csv.
    expect(energy.actual).toBeCloseTo(0.078, 12);
    expect(energy.forecast.value).toBe(document.figures["energy.trainingMWh"].value);
    expect(energy.relativeError).toBeCloseTo(0.078 / energy.forecast.value - 1, 12);
    expect(energy.basis).toContain("CodeCarbon energy_consumed");
  });

  it("reports measured co2_eq_emissions on the Hugging Face card and a Forecast vs actual section", () => {
    const target = imported();
    const out = mkdtempSync(join(tmpdir(), "forecard-actuals-report-"));
    const result = forecard([
      "report",
      target,
      "--format",
      "md,html",
      "--out",
      out,
      "--date",
      "2024-06-01",
      ...FAST,
    ]);
    expect(result.stderr).toBe("");
    const card = readFileSync(join(out, "pilot-1-3b.model-card.md"), "utf8");
    const front = parse(card.split("---\n")[1] as string);
    // 14.2272 + 15.4128 kg in examples/actuals/emissions.csv, in grams.
    // 14.2272 + 15.4128 kg = 29,640 g, to the Hub's three significant digits.
    expect(front.co2_eq_emissions.emissions).toBe(29600);
    expect(front.co2_eq_emissions.source).toMatch(/^measured: CodeCarbon emissions/);
    const html = readFileSync(join(out, "pilot-1-3b.impact-report.html"), "utf8");
    expect(html).toContain("8a. Forecast vs actual");
    expect(html).toContain("Forecast (p5–p95) and actual");
    expect(html).toMatch(/<td class="num">[−+]\d+%<\/td>/);
  });

  it("leaves the report without the section when there are no actuals", () => {
    const out = mkdtempSync(join(tmpdir(), "forecard-actuals-report-"));
    forecard([
      "report",
      join(EXAMPLES, "pilot-1b3.yaml"),
      "--format",
      "html",
      "--out",
      out,
      ...FAST,
    ]);
    const html = readFileSync(join(out, "pilot-1-3b.impact-report.html"), "utf8");
    expect(html).not.toContain("Forecast vs actual");
  });

  it("fails a policy whose rule on actuals the measured energy breaks, and shows actuals in diff", () => {
    const target = imported();
    const dir = join(target, "..");
    const policy = join(dir, "policy.yaml");
    const rule = (ratio: number) =>
      `schemaVersion: 1\nactuals:\n  - id: energy-within-envelope\n    figure: energy.trainingMWh\n    maxRatio: ${ratio}\n`;
    const p95 = JSON.parse(forecard(["estimate", target, "--json", ...FAST]).stdout).figures[
      "energy.trainingMWh"
    ].p95 as number;
    // The measured 78 kWh against ratios just above and just below actual / p95.
    writeFileSync(policy, rule(Number(((0.078 / p95) * 1.1).toFixed(3))));
    expect(forecard(["check", target, "--policy", policy, ...FAST]).code).toBe(0);
    writeFileSync(policy, rule(Number(((0.078 / p95) * 0.9).toFixed(3))));
    const failed = forecard(["check", target, "--policy", policy, ...FAST]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(
      "energy-within-envelope: actual energy.trainingMWh = 78 kWh exceeds",
    );

    const diff = forecard([
      "diff",
      join(EXAMPLES, "pilot-1b3.yaml"),
      target,
      ...FAST,
      "--today",
      "2024-06-01",
    ]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain("### Actuals (measured after training)");
    expect(diff.stdout).toContain("| Training energy | — | 78 kWh |");
    expect(diff.stdout).toContain("Imported files: `none` → `codecarbon emissions.csv");
  });
});

describe("forecard calibrate", () => {
  it("writes a calibration file that estimates then list under assumptions", () => {
    const dir = scratch();
    for (const [proposal, csv] of [
      ["pilot-1b3.yaml", "emissions.csv"],
      ["probe-160m.yaml", "power-log.csv"],
    ] as const)
      forecard(["actuals", "import", join(dir, csv), "--into", join(dir, proposal)]);
    const calibration = join(dir, "calibration.yaml");
    const result = forecard(
      ["calibrate", "pilot-1b3.yaml", "probe-160m.yaml", "--out", calibration, ...FAST],
      dir,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Leave-one-out, built-in -> calibrated:");
    const written = parse(readFileSync(calibration, "utf8"));
    expect(written.forecardCalibration).toBe(1);
    expect(written.fittedOn).toHaveLength(2);
    // Only the pilot measured accelerator-hours: 100 h (12.5 h x 8 GPUs) against its forecast.
    expect(written.acceleratorHours.runs).toBe(1);

    const proposal = join(dir, "next.yaml");
    writeFileSync(
      proposal,
      readFileSync(join(EXAMPLES, "pilot-1b3.yaml"), "utf8") +
        "\ncalibration:\n  file: calibration.yaml\n",
    );
    const estimate = JSON.parse(forecard(["estimate", proposal, "--json", ...FAST]).stdout);
    const assumption = estimate.assumptions.find((a: { path: string }) => a.path === "calibration");
    expect(assumption.sources[0]).toContain("calibration.yaml");
    const plain = JSON.parse(
      forecard(["estimate", join(EXAMPLES, "pilot-1b3.yaml"), "--json", ...FAST]).stdout,
    );
    expect(estimate.figures["time.acceleratorHours"].value).toBeCloseTo(
      plain.figures["time.acceleratorHours"].value * written.acceleratorHours.factor,
      6,
    );
  });

  it("refuses a proposal without actuals", () => {
    const result = forecard([
      "calibrate",
      join(EXAMPLES, "pilot-1b3.yaml"),
      "--out",
      join(tmpdir(), "x.yaml"),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("records no actuals");
  });
});

describe("a calibration named by the policy", () => {
  it("applies to proposals that name none, so a budget sees the calibrated hours", () => {
    const dir = scratch();
    writeFileSync(
      join(dir, "org.yaml"),
      "forecardCalibration: 1\nfittedOn: []\nacceleratorHours: { factor: 2, sigmaLog: 0, runs: 5 }\n",
    );
    const plain = JSON.parse(
      forecard(["estimate", join(dir, "pilot-1b3.yaml"), "--json", ...FAST]).stdout,
    ).figures["time.acceleratorHours"].value as number;
    // A ceiling between the built-in forecast and twice it.
    const policy = (calibration: string) =>
      `schemaVersion: 1\n${calibration}budgets:\n  - id: hours\n    figure: time.acceleratorHours\n    max: ${Math.round(plain * 1.5)}\n`;
    writeFileSync(join(dir, "policy.yaml"), policy(""));
    expect(
      forecard(["check", "pilot-1b3.yaml", "--policy", "policy.yaml", ...FAST], dir).code,
    ).toBe(0);
    const sha = createHash("sha256")
      .update(readFileSync(join(dir, "org.yaml")))
      .digest("hex");
    writeFileSync(join(dir, "policy.yaml"), policy("calibration:\n  file: org.yaml\n"));
    // A policy's calibration must pin its SHA-256.
    expect(
      forecard(["check", "pilot-1b3.yaml", "--policy", "policy.yaml", ...FAST], dir).code,
    ).toBe(2);
    writeFileSync(
      join(dir, "policy.yaml"),
      policy(`calibration:\n  file: org.yaml\n  sha256: ${sha}\n`),
    );
    const calibrated = forecard(
      ["check", "pilot-1b3.yaml", "--policy", "policy.yaml", ...FAST],
      dir,
    );
    expect(calibrated.code).toBe(1);
    expect(calibrated.stdout).toContain("hours: time.acceleratorHours");
    writeFileSync(
      join(dir, "policy.yaml"),
      policy(`calibration:\n  file: ../../etc/passwd\n  sha256: ${sha}\n`),
    );
    const escaping = forecard(["check", "pilot-1b3.yaml", "--policy", "policy.yaml", ...FAST], dir);
    expect(escaping.code).toBe(2);
    expect(escaping.stderr).toContain("calibration.file");
  });
});
