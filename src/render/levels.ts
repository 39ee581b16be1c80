import type { LevelSummary, LevelsView, Ref, ScopeScale } from "../core/views.js";

/** Levels grouped by track (one group without a track for a single-track ladder), in ladder order. */
export function trackGroups(view: LevelsView): { track: Ref | null; levels: LevelSummary[]; scope: ScopeScale[] }[] {
  if (view.tracks.length === 0) return [{ track: null, levels: view.levels, scope: view.scope }];
  return view.tracks.map((track) => ({
    track,
    levels: view.levels.filter((l) => l.track?.id === track.id),
    scope: view.scope.filter((s) => s.track?.id === track.id),
  }));
}
