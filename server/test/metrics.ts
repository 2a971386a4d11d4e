import parsePrometheusTextFormat, { type PrometheusFamily } from "parse-prometheus-text-format";
import { expect } from "vitest";

/** A scrape, parsed twice by the Prometheus text parser: as families, and as plain series. */
export interface Scrape {
  /** Each family with its declared type (the parser folds a histogram's labelled series into one). */
  families: PrometheusFamily[];
  /** Every series on its own, a histogram's `_bucket`, `_sum` and `_count` each with its labels. */
  series: PrometheusFamily[];
}

/** Scrapes `/metrics` on the management port and parses it with a Prometheus text-format parser. */
export async function scrape(managementUrl: string): Promise<Scrape> {
  const response = await fetch(`${managementUrl}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  // Without the histogram TYPE lines the parser reads their series as untyped samples, labels kept.
  const untypedHistograms = text.replace(/^# TYPE \S+ histogram$/gm, "");
  return { families: parsePrometheusTextFormat(text), series: parsePrometheusTextFormat(untypedHistograms) };
}

/** Every sample named `name`: untyped, a histogram's series come as one family per label set. */
const samplesOf = (series: PrometheusFamily[], name: string) =>
  series.filter((family) => family.name === name).flatMap((family) => family.metrics);

/** The sum of the series `name` whose labels include `labels` (0 when none): counters and `_count`s. */
export function sampleValue({ series }: Scrape, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const sample of samplesOf(series, name)) {
    const matches = Object.entries(labels).every(([key, value]) => sample.labels?.[key] === value);
    if (matches) total += Number(sample.value ?? 0);
  }
  return total;
}

/** The values label `label` takes among the series `name`. */
export function labelValues({ series }: Scrape, name: string, label: string): Set<string | undefined> {
  return new Set(
    series.find((family) => family.name === name)?.metrics.map((sample) => sample.labels?.[label]),
  );
}
