/**
 * Reciprocal-rank fusion: each list contributes 1 / (k + rank) to an item's score (rank from 1). k = 60 is the
 * constant of Cormack et al. (2009); it lets items that rank well in either list rise without score calibration.
 * @example reciprocalRankFusion([[3, 1], [1, 2]]) // [{item: 1, score: …}, {item: 3, …}, {item: 2, …}]
 */
export function reciprocalRankFusion(
  rankings: ReadonlyArray<readonly number[]>,
  k = 60,
  weights: readonly number[] = rankings.map(() => 1),
): Array<{ item: number; score: number }> {
  const scores = new Map<number, number>();
  rankings.forEach((ranking, list) => {
    ranking.forEach((item, rank) => {
      scores.set(item, (scores.get(item) ?? 0) + (weights[list] ?? 1) / (k + rank + 1));
    });
  });
  return [...scores].map(([item, score]) => ({ item, score })).sort((a, b) => b.score - a.score || a.item - b.item);
}

/** Moves the items that pass `first` ahead of the rest, keeping the order within each group. */
export function moveFirst<T>(items: readonly T[], first: (item: T) => boolean): T[] {
  return [...items.filter(first), ...items.filter((item) => !first(item))];
}
