/**
 * Every operation that changes the data, as a named edit: its name, how the undo history and the
 * write-failure banner call it, and the change it makes (a pure edit from shared/domain). Screens
 * run them with `runEdit` (or, on the roadmap, through its optimistic `write`), so an operation
 * is written, labelled and undone the same way wherever it starts. A new operation is added here.
 */
import {
  deleteCandidate,
  keepPlacement,
  placeCandidate,
  saveCandidate,
} from '../../shared/domain/candidate-edits.ts';
import type { Change, ExactWrite } from '../../shared/domain/change.ts';
import { combineChanges, NO_CHANGE } from '../../shared/domain/change.ts';
import type { ComponentFields } from '../../shared/domain/component-edits.ts';
import {
  createComponent,
  deleteComponent,
  editComponent,
} from '../../shared/domain/component-edits.ts';
import type { ReplicaDocument, WorkshopDocument } from '../../shared/domain/document.ts';
import type { CandidateFields, WorkshopFields } from '../../shared/domain/factories.ts';
import type { PhaseFields } from '../../shared/domain/phase-edits.ts';
import type {
  DecisionFields,
  ParticipantFields,
  RoundFields,
  StepFields,
} from '../../shared/domain/room-edits.ts';
import {
  addParticipant,
  addStep,
  adoptMedians,
  castBallot,
  deleteDecision,
  deleteParticipant,
  deleteRound,
  deleteSnapshot,
  deleteStep,
  editDecision,
  editParticipant,
  editStep,
  extendTimer,
  logDecision,
  moveStep,
  nextStep,
  pauseTimer,
  restoreSnapshot,
  resumeTimer,
  revealRound,
  startRound,
  startStep,
  takeSnapshot,
} from '../../shared/domain/room-edits.ts';
import type { AgendaStep } from '../../shared/records/agenda.ts';
import type { BallotDot, BallotScore } from '../../shared/records/ballot.ts';
import type { Decision } from '../../shared/records/decision.ts';
import type { Participant } from '../../shared/records/participant.ts';
import type { Round } from '../../shared/records/round.ts';
import type { Snapshot } from '../../shared/records/snapshot.ts';
import type { Scenario } from '../../shared/records/scenario.ts';
import type { ScenarioFields } from '../../shared/domain/scenario-edits.ts';
import {
  adoptScenario,
  deleteScenario,
  editScenario,
  saveScenario,
} from '../../shared/domain/scenario-edits.ts';
import type { CapabilityFields } from '../../shared/domain/scale-edits.ts';
import type { DuplicateChoice } from '../../shared/csv/plan.ts';
import { importChange } from '../../shared/csv/plan.ts';
import type { ImportRow } from '../../shared/csv/rows.ts';
import {
  addSeedCapabilities,
  createCapability,
  deleteCapability,
  editCapability,
  editPeoplePlans,
  setGovernanceState,
} from '../../shared/domain/scale-edits.ts';
import {
  addPhase,
  deletePhase,
  editPhase,
  moveCandidate,
  movePhase,
} from '../../shared/domain/phase-edits.ts';
import {
  createDocument,
  editWorkshopDetails,
  editWorkshopSettings,
  importDocument,
  removeWorkshop,
} from '../../shared/domain/workshop-edits.ts';
import type { Candidate, Placement } from '../../shared/records/candidate.ts';
import type { Capability } from '../../shared/records/capability.ts';
import type { Component } from '../../shared/records/component.ts';
import { GOVERNANCE_ITEM_INFO, GOVERNANCE_STATE_LABELS } from '../../shared/records/governance.ts';
import type { GovernanceItem, GovernanceState } from '../../shared/records/governance.ts';
import type { ChangePlan, Literacy } from '../../shared/records/people.ts';
import type { Phase } from '../../shared/records/phase.ts';
import type { Workshop, WorkshopSettings } from '../../shared/records/workshop.ts';
import type { SequenceSuggestion } from '../../shared/roadmap/sequence.ts';
import { applySequence } from '../../shared/roadmap/sequence.ts';
import { recordEnv } from '../state/env.ts';
import { perform } from '../state/perform.ts';

export interface Edit<A> {
  name: string;
  /** What the history and the banner call it: `Move “Chatbot”`. */
  label(args: A): string;
  change(args: A): Change;
}

function edit<A>(definition: Edit<A>): Edit<A> {
  return definition;
}

/** Runs an edit: one write, one undo step, in `scope`'s history. */
export function runEdit<A>(definition: Edit<A>, args: A, scope: string): Promise<boolean> {
  return perform(definition.label(args), definition.change(args), scope);
}

/** An edit of the roadmap: computed from the document on screen (see usePendingDoc). */
export type RoadmapEdit<A> = Edit<A & { doc: WorkshopDocument }>;

export const EDITS = {
  // The library.
  createWorkshop: edit({
    name: 'create-workshop',
    label: ({ doc }: { doc: WorkshopDocument }) => `Create “${doc.workshop.title}”`,
    change: ({ doc }) => createDocument(doc),
  }),
  addCopy: edit({
    name: 'add-copy',
    label: ({ action }: { action: string; copy: WorkshopDocument }) => action,
    change: ({ copy }) => createDocument(copy),
  }),
  duplicateWorkshop: edit({
    name: 'duplicate-workshop',
    label: ({ workshop }: { workshop: Workshop; copy: WorkshopDocument }) =>
      `Duplicate “${workshop.title}”`,
    change: ({ copy }) => createDocument(copy),
  }),
  deleteWorkshop: edit({
    name: 'delete-workshop',
    label: ({ workshop }: { workshop: Workshop }) => `Delete “${workshop.title}”`,
    change: ({ workshop }) => removeWorkshop(workshop.id),
  }),
  renameWorkshop: edit({
    name: 'rename-workshop',
    label: ({ workshop }: { workshop: Workshop; fields: WorkshopFields }) =>
      `Rename “${workshop.title}”`,
    change: ({ workshop, fields }) => editWorkshopDetails(workshop, fields),
  }),
  importWorkshop: edit({
    name: 'import-workshop',
    label: ({ action }: { action: string; replica: ReplicaDocument }) => action,
    change: ({ replica }) => importDocument(replica),
  }),
  mergeFile: edit({
    name: 'merge-file',
    label: ({ fileName }: { fileName: string; writes: ExactWrite[]; clock: number }) =>
      `merge of “${fileName}”`,
    change: ({ writes, clock }) => ({ exact: writes, expect: { clock } }),
  }),

  // Candidates and the matrix.
  saveCandidate: edit({
    name: 'save-candidate',
    label: ({
      opened,
      fields,
    }: {
      workshopId: string;
      opened: Candidate | null;
      fields: CandidateFields;
    }) => `${opened ? 'Save' : 'Add'} “${fields.title.trim()}”`,
    change: ({ workshopId, opened, fields }) =>
      saveCandidate(workshopId, opened, fields, recordEnv),
  }),
  deleteCandidate: edit({
    name: 'delete-candidate',
    label: ({ candidate }: { doc: WorkshopDocument; candidate: Candidate }) =>
      `Delete “${candidate.title}”`,
    change: ({ doc, candidate }) => deleteCandidate(doc, candidate.id),
  }),
  placeCard: edit({
    name: 'place-card',
    label: ({
      candidate,
      placement,
      isScored,
    }: {
      candidate: Candidate;
      placement: Placement | null;
      isScored: boolean;
    }) =>
      placement !== null
        ? `Move “${candidate.title}”`
        : isScored
          ? `Snap “${candidate.title}” to scores`
          : `Return “${candidate.title}” to the tray`,
    change: ({ candidate, placement }) => placeCandidate(candidate, placement),
  }),
  keepPlacement: edit({
    name: 'keep-placement',
    label: ({ candidate }: { candidate: Candidate; reason: string; settings: WorkshopSettings }) =>
      `Keep the placement of “${candidate.title}”`,
    // The reason is the decision's why: the log records it in the same step.
    change: ({ candidate, reason, settings }) =>
      combineChanges(
        keepPlacement(candidate, reason, settings),
        logDecision(
          candidate.workshopId,
          {
            what: `Kept the placement of “${candidate.title}”`,
            why: reason,
            candidateIds: [candidate.id],
          },
          recordEnv,
        ),
      ),
  }),

  // Settings.
  changeSettings: edit({
    name: 'change-settings',
    label: ({ what }: { workshop: Workshop; settings: WorkshopSettings; what: string }) =>
      `Change ${what}`,
    change: ({ workshop, settings }) => editWorkshopSettings(workshop, settings),
  }),

  // Components.
  saveComponent: edit({
    name: 'save-component',
    label: ({
      opened,
      fields,
    }: {
      workshopId: string;
      opened: Component | null;
      fields: ComponentFields;
    }) => `${opened ? 'Save' : 'Add'} component “${fields.name.trim()}”`,
    change: ({ workshopId, opened, fields }) =>
      opened ? editComponent(opened, fields) : createComponent(workshopId, fields, recordEnv),
  }),
  deleteComponent: edit({
    name: 'delete-component',
    label: ({ component }: { component: Component }) => `Delete component “${component.name}”`,
    change: ({ component }) => deleteComponent(component.id),
  }),

  // From pilot to scale: governance, capabilities, the people plans.
  setGovernance: edit({
    name: 'set-governance',
    label: ({
      candidate,
      item,
      state,
    }: {
      candidate: Candidate;
      item: GovernanceItem;
      state: GovernanceState;
    }) =>
      `Set ${GOVERNANCE_ITEM_INFO[item].label} of “${candidate.title}” to ${GOVERNANCE_STATE_LABELS[state].toLowerCase()}`,
    change: ({ candidate, item, state }) => setGovernanceState(candidate, item, state),
  }),
  addCapability: edit({
    name: 'add-capability',
    label: ({ fields }: { workshopId: string; fields: CapabilityFields }) =>
      `Add capability “${fields.name.trim()}”`,
    change: ({ workshopId, fields }) => createCapability(workshopId, fields, recordEnv),
  }),
  addSeedCapabilities: edit({
    name: 'add-seed-capabilities',
    label: () => "Add the seed's roles",
    change: ({ doc }: { doc: WorkshopDocument }) => addSeedCapabilities(doc, recordEnv),
  }),
  editCapability: edit({
    name: 'edit-capability',
    label: ({
      capability,
      what,
    }: {
      capability: Capability;
      fields: Partial<CapabilityFields>;
      what: string;
    }) => `Change ${what} of “${capability.name}”`,
    change: ({ capability, fields }) => editCapability(capability, fields),
  }),
  deleteCapability: edit({
    name: 'delete-capability',
    label: ({ capability }: { doc: WorkshopDocument; capability: Capability }) =>
      `Delete capability “${capability.name}”`,
    change: ({ doc, capability }) => deleteCapability(doc, capability.id),
  }),
  editPeoplePlans: edit({
    name: 'edit-people-plans',
    label: ({
      what,
    }: {
      workshop: Workshop;
      plans: { literacy?: Literacy; changePlan?: ChangePlan };
      what: string;
    }) => `Change ${what}`,
    change: ({ workshop, plans }) => editPeoplePlans(workshop, plans),
  }),

  // Running the room: participants, rounds and ballots, the agenda, snapshots, decisions.
  addParticipant: edit({
    name: 'add-participant',
    label: ({ fields }: { workshopId: string; fields: ParticipantFields }) =>
      `Add participant “${fields.name.trim()}”`,
    change: ({ workshopId, fields }) => addParticipant(workshopId, fields, recordEnv),
  }),
  editParticipant: edit({
    name: 'edit-participant',
    label: ({ participant }: { participant: Participant; fields: ParticipantFields }) =>
      `Edit participant “${participant.name}”`,
    change: ({ participant, fields }) => editParticipant(participant, fields),
  }),
  deleteParticipant: edit({
    name: 'delete-participant',
    label: ({ participant }: { participant: Participant }) =>
      `Remove participant “${participant.name}”`,
    change: ({ participant }) => deleteParticipant(participant.id),
  }),
  startRound: edit({
    name: 'start-round',
    label: ({ fields }: { workshopId: string; fields: RoundFields }) =>
      `Start round “${fields.name.trim()}”`,
    change: ({ workshopId, fields }) => startRound(workshopId, fields, recordEnv),
  }),
  castBallot: edit({
    name: 'cast-ballot',
    label: ({
      round,
      voter,
    }: {
      doc: WorkshopDocument;
      round: Round;
      voter: Participant | null;
      votes: { dots?: BallotDot[]; scores?: BallotScore[] };
    }) =>
      voter === null ? `Enter the counts of “${round.name}”` : `Cast the ballot of ${voter.name}`,
    change: ({ doc, round, voter, votes }) =>
      castBallot(doc, round, voter?.id ?? null, votes, recordEnv),
  }),
  revealRound: edit({
    name: 'reveal-round',
    label: ({ round }: { round: Round }) => `Reveal “${round.name}”`,
    change: ({ round }) => revealRound(round, recordEnv.now()),
  }),
  deleteRound: edit({
    name: 'delete-round',
    label: ({ round }: { doc: WorkshopDocument; round: Round }) => `Delete round “${round.name}”`,
    change: ({ doc, round }) => deleteRound(doc, round),
  }),
  adoptMedians: edit({
    name: 'adopt-medians',
    label: ({ round }: { doc: WorkshopDocument; round: Round }) =>
      `Adopt the medians of “${round.name}”`,
    change: ({ doc, round }) => adoptMedians(doc, round, recordEnv),
  }),
  addStep: edit({
    name: 'add-step',
    label: ({ fields }: { doc: WorkshopDocument; fields: StepFields }) =>
      `Add agenda step “${fields.name.trim()}”`,
    change: ({ doc, fields }) => addStep(doc, fields, recordEnv),
  }),
  editStep: edit({
    name: 'edit-step',
    label: ({ step }: { step: AgendaStep; fields: StepFields }) =>
      `Edit agenda step “${step.name}”`,
    change: ({ step, fields }) => editStep(step, fields),
  }),
  moveStep: edit({
    name: 'move-step',
    label: ({ step, direction }: { doc: WorkshopDocument; step: AgendaStep; direction: -1 | 1 }) =>
      `Move “${step.name}” ${direction < 0 ? 'earlier' : 'later'}`,
    change: ({ doc, step, direction }) => moveStep(doc, step.id, direction),
  }),
  deleteStep: edit({
    name: 'delete-step',
    label: ({ step }: { doc: WorkshopDocument; step: AgendaStep }) =>
      `Delete agenda step “${step.name}”`,
    change: ({ doc, step }) => deleteStep(doc, step.id),
  }),
  timer: edit({
    name: 'timer',
    label: ({
      what,
    }: {
      doc: WorkshopDocument;
      what: 'start' | 'pause' | 'resume' | 'extend' | 'next';
      step?: AgendaStep;
    }) =>
      ({
        start: 'Start the countdown',
        pause: 'Pause the countdown',
        resume: 'Resume the countdown',
        extend: 'Add 5 minutes',
        next: 'Next agenda step',
      })[what],
    change: ({ doc, what, step }) => {
      const now = Date.parse(recordEnv.now());
      if (what === 'start') return step === undefined ? NO_CHANGE : startStep(doc, step, now);
      if (what === 'pause') return pauseTimer(doc, now);
      if (what === 'resume') return resumeTimer(doc, now);
      if (what === 'extend') return extendTimer(doc, 5);
      return nextStep(doc, now);
    },
  }),
  takeSnapshot: edit({
    name: 'take-snapshot',
    label: ({ name }: { doc: WorkshopDocument; name: string }) => `Take snapshot “${name.trim()}”`,
    change: ({ doc, name }) => takeSnapshot(doc, name, recordEnv),
  }),
  restoreSnapshot: edit({
    name: 'restore-snapshot',
    label: ({ snapshot }: { doc: WorkshopDocument; snapshot: Snapshot }) =>
      `Restore snapshot “${snapshot.name}”`,
    change: ({ doc, snapshot }) => restoreSnapshot(doc, snapshot),
  }),
  deleteSnapshot: edit({
    name: 'delete-snapshot',
    label: ({ snapshot }: { snapshot: Snapshot }) => `Delete snapshot “${snapshot.name}”`,
    change: ({ snapshot }) => deleteSnapshot(snapshot.id),
  }),
  logDecision: edit({
    name: 'log-decision',
    label: ({ fields }: { workshopId: string; fields: DecisionFields }) =>
      `Log the decision “${fields.what}”`,
    change: ({ workshopId, fields }) => logDecision(workshopId, fields, recordEnv),
  }),
  editDecision: edit({
    name: 'edit-decision',
    label: () => 'Edit a decision',
    change: ({
      decision,
      fields,
    }: {
      decision: Decision;
      fields: Pick<Decision, 'what' | 'why'>;
    }) => editDecision(decision, fields),
  }),
  deleteDecision: edit({
    name: 'delete-decision',
    label: ({ decision }: { decision: Decision }) => `Delete the decision “${decision.what}”`,
    change: ({ decision }) => deleteDecision(decision.id),
  }),

  // Scenarios.
  saveScenario: edit({
    name: 'save-scenario',
    label: ({ name }: { doc: WorkshopDocument; name: string }) =>
      `Save the settings as scenario “${name.trim()}”`,
    change: ({ doc, name }) => saveScenario(doc, name, recordEnv),
  }),
  editScenario: edit({
    name: 'edit-scenario',
    label: ({
      scenario,
      what,
    }: {
      scenario: Scenario;
      fields: Partial<ScenarioFields>;
      what: string;
    }) => `Change ${what} of scenario “${scenario.name}”`,
    change: ({ scenario, fields }) => editScenario(scenario, fields),
  }),
  deleteScenario: edit({
    name: 'delete-scenario',
    label: ({ scenario }: { scenario: Scenario }) => `Delete scenario “${scenario.name}”`,
    change: ({ scenario }) => deleteScenario(scenario.id),
  }),
  adoptScenario: edit({
    name: 'adopt-scenario',
    label: ({ scenario }: { doc: WorkshopDocument; scenario: Scenario }) =>
      `Adopt scenario “${scenario.name}”`,
    change: ({ doc, scenario }) => adoptScenario(doc, scenario, recordEnv),
  }),

  // Spreadsheets.
  importSpreadsheet: edit({
    name: 'import-spreadsheet',
    label: ({
      fileName,
    }: {
      doc: WorkshopDocument;
      fileName: string;
      rows: ImportRow[];
      onDuplicate: DuplicateChoice;
    }) => `Import “${fileName}”`,
    change: ({ doc, rows, onDuplicate }) => importChange(doc, rows, onDuplicate, recordEnv),
  }),
  newWorkshopFromSpreadsheet: edit({
    name: 'new-workshop-from-spreadsheet',
    label: ({ doc }: { doc: WorkshopDocument; fileName: string }) =>
      `Create “${doc.workshop.title}” from a spreadsheet`,
    change: ({ doc }) => createDocument(doc),
  }),

  // The roadmap (computed from the document on screen).
  moveCard: edit({
    name: 'move-card',
    label: ({
      title,
      where,
    }: {
      doc: WorkshopDocument;
      candidateId: string;
      phaseId: string | null;
      index: number;
      title: string;
      where: string;
    }) => `Move “${title}” to ${where}`,
    change: ({ doc, candidateId, phaseId, index }) =>
      moveCandidate(doc, candidateId, phaseId, index),
  }),
  addPhase: edit({
    name: 'add-phase',
    label: () => 'Add a phase',
    change: ({ doc }: { doc: WorkshopDocument }) => addPhase(doc, recordEnv),
  }),
  editPhase: edit({
    name: 'edit-phase',
    label: ({ opened }: { doc: WorkshopDocument; opened: Phase; fields: PhaseFields }) =>
      `Edit ${opened.name}`,
    change: ({ opened, fields }) => editPhase(opened, fields),
  }),
  movePhase: edit({
    name: 'move-phase',
    label: ({
      name,
      direction,
    }: {
      doc: WorkshopDocument;
      phaseId: string;
      direction: -1 | 1;
      name: string;
    }) => `Move ${name} ${direction < 0 ? 'earlier' : 'later'}`,
    change: ({ doc, phaseId, direction }) => movePhase(doc, phaseId, direction),
  }),
  deletePhase: edit({
    name: 'delete-phase',
    label: ({ name }: { doc: WorkshopDocument; phaseId: string; name: string }) => `Delete ${name}`,
    change: ({ doc, phaseId }) => deletePhase(doc, phaseId),
  }),
  acceptSequence: edit({
    name: 'accept-sequence',
    label: () => 'Accept the suggested sequence',
    change: ({ doc, suggestion }: { doc: WorkshopDocument; suggestion: SequenceSuggestion }) =>
      applySequence(doc, suggestion),
  }),
} as const;
