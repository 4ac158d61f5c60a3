// How the reports write numbers for people: the progress lines and the HTML table say them alike.

/** A loss: 4 decimals ("nan", "inf" when it diverged). */
export const formatLoss = (x: number): string => (Number.isFinite(x) ? x.toFixed(4) : String(x).toLowerCase().replace('infinity', 'inf'));

/** A fraction in [0, 1] as a percentage with 1 decimal. */
export const formatPercent = (x: number): string => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : formatLoss(x));

/** A rate or a time: 3 significant digits below 1000, whole numbers above. */
export const formatAmount = (x: number): string =>
  (!Number.isFinite(x) ? formatLoss(x) : Math.abs(x) >= 1000 ? x.toFixed(0) : x.toPrecision(3).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''));

/** A duration in seconds as h:mm:ss, or m:ss under an hour. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(r)}` : `${m}:${pad(r)}`;
}
