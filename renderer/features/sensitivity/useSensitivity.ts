import { useEffect, useMemo, useState } from 'react';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { QUADRANT_LABELS } from '../../../shared/domain/scoring.ts';
import { roomQuadrant } from '../../../shared/domain/standing.ts';
import { rankCandidates } from '../../../shared/sensitivity/grid.ts';
import type { BadgeReason, CloseCall } from '../../../shared/sensitivity/robustness.ts';
import {
  closeCalls,
  robustnessBadges,
  scoreNudges,
  thresholdMove,
  thresholdSentence,
} from '../../../shared/sensitivity/robustness.ts';
import type { TornadoBar } from '../../../shared/sensitivity/robustness.ts';
import type { OffThreadSensitivity } from './gridOffThread.ts';
import { gridOffThread } from './gridOffThread.ts';

/** One row of the ranking with its sensitivity. */
export interface RankingRow {
  rank: number;
  id: string;
  title: string;
  priority: number;
  quadrant: string;
  /** Where a threshold must go to change its quadrant, in words; null when none can. */
  quadrantMove: string | null;
  /** Null while the grid is computed and no faster rule has decided. */
  badge: BadgeReason | null;
  grid: { bestRank: number; worstRank: number; topShare: number } | null;
}

export interface Sensitivity {
  topN: number;
  rows: RankingRow[];
  calls: CloseCall[];
  /** Null while its worker computes it. */
  bars: TornadoBar[] | null;
}

/**
 * Everything the Sensitivity screen shows, from the one rule of each (shared/sensitivity/): the
 * close calls, nudges and threshold moves at once, the grid and the tornado when the workers
 * answer. An answer for other candidates or settings than the ones on screen is never used.
 */
export function useSensitivity(doc: WorkshopDocument): Sensitivity {
  const { candidates } = doc;
  const settings = doc.workshop.settings;
  const topN = settings.sensitivityTopN;
  const [answer, setAnswer] = useState<{ key: unknown[]; found: OffThreadSensitivity } | null>(
    null,
  );

  useEffect(() => {
    let isCurrent = true;
    const key = [candidates, settings];
    void gridOffThread(candidates, settings, topN).then((found) => {
      if (isCurrent) setAnswer({ key, found });
    });
    return () => {
      isCurrent = false;
    };
  }, [candidates, settings, topN]);

  const found =
    answer !== null && answer.key[0] === candidates && answer.key[1] === settings
      ? answer.found
      : null;
  const grid = found?.grid ?? null;

  const fast = useMemo(() => {
    const ranked = rankCandidates(candidates, settings);
    return {
      ranked,
      calls: closeCalls(candidates, settings, topN, ranked),
      nudges: scoreNudges(candidates, settings, topN, ranked),
    };
  }, [candidates, settings, topN]);

  return useMemo(() => {
    const badges = robustnessBadges(candidates, settings, topN, grid, fast.calls, fast.nudges);
    const standings = new Map(grid?.standings.map((s) => [s.id, s]));
    const rows = fast.ranked.map(({ candidate, priority }, i): RankingRow => {
      const quadrant = roomQuadrant(candidate, settings);
      const move = thresholdMove(candidate, settings);
      const standing = standings.get(candidate.id);
      return {
        rank: i + 1,
        id: candidate.id,
        title: candidate.title,
        priority,
        quadrant: quadrant === null ? '–' : QUADRANT_LABELS[quadrant],
        quadrantMove: move === null ? null : thresholdSentence(move, settings),
        badge: badges.get(candidate.id) ?? null,
        grid:
          standing === undefined || grid === null
            ? null
            : {
                bestRank: standing.bestRank,
                worstRank: standing.worstRank,
                topShare: standing.topCount / Math.max(grid.scenarios, 1),
              },
      };
    });
    return { topN, rows, calls: fast.calls, bars: found?.bars ?? null };
  }, [candidates, settings, topN, grid, found, fast]);
}
