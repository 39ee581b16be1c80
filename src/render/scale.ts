/** Bar lengths for the scope picture, on a log scale: team sizes and horizons grow by multiples. */
export function barLengths(magnitudes: number[], room: number): number[] {
  const logs = magnitudes.map((m) => Math.log(Math.max(m, 1e-3)));
  const lo = Math.min(...logs);
  const hi = Math.max(...logs);
  if (hi === lo) return magnitudes.map(() => room);
  return logs.map((l) => 1 + Math.round(((l - lo) / (hi - lo)) * (room - 1)));
}
