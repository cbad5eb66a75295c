/**
 * DECK_SECTIONS: the deck's sections in deck order. A section that a later issue adds
 * (governance heatmap, scaling blueprint, voting) goes in this list where it belongs.
 */
import type { DeckSection } from '../section.ts';
import { BALANCE_SECTION } from './balance.ts';
import { BLUEPRINT_SECTION } from './blueprint.ts';
import { CHANGE_SECTION } from './change.ts';
import { GOVERNANCE_SECTION } from './governance.ts';
import { TALENT_SECTION } from './talent.ts';
import { CANDIDATES_SECTION } from './candidates.ts';
import { COVER_SECTION } from './cover.ts';
import { MATRIX_SECTION } from './matrix.ts';
import { METHOD_SECTION } from './method.ts';
import { RANKED_SECTION } from './ranked.ts';
import { REUSE_SECTION } from './reuse.ts';
import {
  AGENDA_SECTION,
  CHANGES_SECTION,
  DECISIONS_SECTION,
  DISAGREEMENT_SECTION,
  VOTES_SECTION,
} from './room.ts';
import { ROADMAP_SECTION } from './roadmap.ts';
import { SCENARIOS_SECTION, SENSITIVITY_SECTION } from './sensitivity.ts';
import { SUMMARY_SECTION } from './summary.ts';

export const DECK_SECTIONS: readonly DeckSection[] = [
  COVER_SECTION,
  SUMMARY_SECTION,
  MATRIX_SECTION,
  RANKED_SECTION,
  ROADMAP_SECTION,
  BALANCE_SECTION,
  SENSITIVITY_SECTION,
  SCENARIOS_SECTION,
  REUSE_SECTION,
  GOVERNANCE_SECTION,
  BLUEPRINT_SECTION,
  TALENT_SECTION,
  CHANGE_SECTION,
  VOTES_SECTION,
  DISAGREEMENT_SECTION,
  CHANGES_SECTION,
  DECISIONS_SECTION,
  AGENDA_SECTION,
  CANDIDATES_SECTION,
  METHOD_SECTION,
];
